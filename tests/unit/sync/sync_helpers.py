"""Helpers for sync tests: branch databases with known sessions, share folders, snapshots of local data."""

import hashlib
import os
from datetime import datetime
from pathlib import Path

from desk.config import Config
from desk.domain.codes import AgeBand, Channel, Device, Mode, Outcome, ReferralTarget, ServiceLanguage
from desk.store.database import Database
from desk.store.sessions import SessionRepository
from tests.support.factories import make_draft


def branch_config(data_dir: Path, branch_id: str = "kallio", name: str = "Kallion kirjasto", region: str = "Uusimaa"):
    """Save branch settings for the data dir in use and return a fresh Config."""
    config = Config()
    config.save_user({"branch.id": branch_id, "branch.name": name, "branch.region": region})
    return Config()


def add_sessions(database: Database) -> dict[str, int]:
    """A known little history over two months; returns ids by name."""
    repo = SessionRepository(database)
    ids = {}
    ids["march_a"] = repo.add(
        make_draft(
            services=("netbank", "strong-id"),
            started_at=datetime(2026, 3, 2, 10, 15),
            duration_minutes=25,
            outcome=Outcome.REFERRED,
            referral_target=ReferralTarget.KELA,
            channel=Channel.IN_PERSON,
            mode=Mode.WALK_IN,
            age_band=AgeBand.AGE_75_PLUS,
            language=ServiceLanguage.FI,
            device=Device.OWN_PHONE,
            guides=(),
        )
    ).id
    repo.add_guide(ids["march_a"], "bank-codes")
    ids["march_b"] = repo.add(
        make_draft(
            services=("email",),
            started_at=datetime(2026, 3, 2, 14, 5),
            duration_minutes=5,
            outcome=Outcome.SOLVED,
            channel=Channel.PHONE,
            mode=Mode.APPOINTMENT,
            age_band=AgeBand.AGE_65_74,
        )
    ).id
    ids["march_c"] = repo.add(
        make_draft(services=("email",), started_at=datetime(2026, 3, 20, 9, 0), duration_minutes=70)
    ).id
    ids["april_a"] = repo.add(
        make_draft(services=("omakela",), started_at=datetime(2026, 4, 1, 12, 30), duration_minutes=40)
    ).id
    ids["deleted"] = repo.add(make_draft(services=("scams",), started_at=datetime(2026, 3, 3, 11, 0))).id
    repo.delete(ids["deleted"])
    ids["open"] = repo.add(
        make_draft(
            services=("scams",),
            started_at=datetime(2026, 3, 4, 11, 0),
            duration_minutes=None,
            outcome=None,
            is_open=True,
        )
    ).id
    return ids


def local_rows(database: Database) -> list[tuple]:
    """Every session, service and guide row: what 'local data unchanged' compares."""
    with database.engine.connect() as connection:
        rows = []
        for table in ("help_session", "session_service", "session_guide", "sync_month"):
            rows.extend((table, *row) for row in connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2"))
    return rows


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def share_files(share: Path) -> dict[str, bytes]:
    """Every file under the share, by relative path."""
    result = {}
    for folder, _dirs, files in os.walk(share):
        for name in files:
            path = Path(folder) / name
            result[path.relative_to(share).as_posix()] = path.read_bytes()
    return result


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def add_events(database: Database, day: int = 4) -> list[int]:
    """Three events over March and April 2026 (a digipaja with a partner, a course, a lecture); returns ids."""
    from desk.domain.codes import ContentCategory, EventKind, Organiser
    from desk.domain.events import EventDraft
    from desk.store.events import EventRepository

    repo = EventRepository(database)
    drafts = [
        EventDraft(
            EventKind.DIGIPAJA, Organiser.LIBRARY, datetime(2026, 3, day, 13, 0), 90, ("netbank",),
            ContentCategory.ICT, participants_under_18=1, participants_18_plus=7,
        ),
        EventDraft(
            EventKind.PARTNER_VISIT, Organiser.EXTERNAL, datetime(2026, 3, day + 10, 10, 0), 120, ("omakela",),
            ContentCategory.ICT, participants_18_plus=12, partner_code="kela",
        ),
        EventDraft(
            EventKind.COURSE, Organiser.MUNICIPAL, datetime(2026, 4, day, 17, 0), 60, ("email",),
            ContentCategory.LITERACY, participants_under_18=9, participants_18_plus=2,
        ),
    ]  # fmt: skip
    return [repo.add(draft).id for draft in drafts]
