"""The counts file's month-level by_referral_partner: written from the sessions, read back, optional in older files."""

import json
from datetime import UTC, datetime

import pytest

from desk.domain.codes import Outcome, ReferralTarget
from desk.store.opening import open_local
from desk.store.sessions import SessionRepository
from desk.sync import counts
from desk.sync.counts import CountsFileError, check_file, seal
from desk.sync.snapshot import Identity, build_document
from tests.support.factories import make_draft

IDENTITY = Identity("kallio", "Kallion kirjasto", "Uusimaa", "0123456789abcdef", "0.1.0", 1)
NOW = datetime(2026, 4, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def database(data_dir):
    db = open_local(data_dir / "desk.sqlite3")
    repo = SessionRepository(db)
    referred = {"outcome": Outcome.REFERRED, "duration_minutes": 10, "services": ("email",)}
    for day, partner, target in (
        (2, "kela", ReferralTarget.KELA),
        (3, "kela", ReferralTarget.KELA),
        (4, "helsinki-digituki", ReferralTarget.OTHER_DIGITUKI),
        (5, None, ReferralTarget.OTHER),
    ):
        repo.add(
            make_draft(
                started_at=datetime(2026, 3, day, 10), referral_target=target, referral_partner=partner, **referred
            )
        )
    repo.add(make_draft(started_at=datetime(2026, 3, 6, 10), outcome=Outcome.SOLVED, duration_minutes=5))
    yield db
    db.close()


def _march(database, threshold=1):
    with database.session() as session:
        return build_document(session, "2026-03", IDENTITY, NOW, threshold=threshold)


def test_referrals_by_partner_are_counted_per_month_and_read_back(database):
    document = _march(database)
    assert document["counts"]["month"]["by_referral_partner"] == {"kela": 2, "helsinki-digituki": 1}
    for day in document["counts"]["days"].values():
        assert "by_referral_partner" not in day  # month level only
    raw = seal(document)
    assert counts.schema_problem(json.loads(raw)) is None
    checked = check_file(raw)
    assert json.loads(checked.month_detail)["by_referral_partner"] == {"helsinki-digituki": 1, "kela": 2}


def test_a_quiet_month_still_sends_its_partner_counts(database):
    month = _march(database, threshold=50)["counts"]["month"]
    assert month["by_referral_partner"] == {"kela": 2, "helsinki-digituki": 1}  # organisations, not people
    assert "by_referral_partner" not in month.get("withheld", {})


def test_an_older_file_without_the_key_is_valid(database):
    document = _march(database)
    del document["counts"]["month"]["by_referral_partner"]
    raw = seal(document)
    assert counts.schema_problem(json.loads(raw)) is None
    assert "by_referral_partner" not in json.loads(check_file(raw).month_detail)


@pytest.mark.parametrize("key", ["Maija Virtanen", "kela--x", "x" * 61, "-kela"])
def test_a_partner_key_that_is_not_a_code_is_refused(database, key):
    document = _march(database)
    document["counts"]["month"]["by_referral_partner"] = {key: 1}
    raw = seal(document)
    assert counts.schema_problem(json.loads(raw)) is not None
    with pytest.raises(CountsFileError):
        check_file(raw)
