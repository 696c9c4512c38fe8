"""Every field is enforced: guide ids are codes, entry ids are UUIDs, every date lies in 2000..2100.

Invalid rows left by older versions are cleaned first, and each clean-up is logged:
- a guide link whose id is not a guide code is removed (such text may name a person);
- an entry id that is not a UUID gets a new random one (the entry itself is kept);
- a created, updated or deleted stamp outside the range is set from the session's start;
- a session that starts outside 2000-01-01..2100-12-31 (e.g. `desk demo --until 9999-12-31`)
  cannot be a real entry: it is removed with its links; the pre-migration backup keeps it;
- sync records of impossible months are removed (the month is simply sent again).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import logging
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

log = logging.getLogger("desk.migrations.0002")

# Frozen copies of the rules as they are at this revision.
EARLIEST = "2000-01-01"
AFTER_LATEST = "2101-01-01"
HEX = "[0-9a-f]"
UUID_GLOB = "-".join(HEX * n for n in (8, 4, 4, 4, 12))
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*"
MONTH_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]"


def in_range(column: str, nullable: bool = False) -> str:
    """A stamp stored by SQLAlchemy ('YYYY-MM-DD HH:MM:SS…') within 2000-01-01..2100-12-31."""
    condition = f"({column} GLOB '{DATE_GLOB}' AND {column} >= '{EARLIEST}' AND {column} < '{AFTER_LATEST}')"
    return f"({column} IS NULL OR {condition})" if nullable else condition


def guide_code(column: str) -> str:
    """Lowercase a-z, 0-9 and single inner hyphens, 1 to 60 characters (desk.domain.slug)."""
    return (
        f"(length({column}) BETWEEN 1 AND 60 AND {column} NOT GLOB '*[^a-z0-9-]*' "
        f"AND {column} NOT GLOB '-*' AND {column} NOT GLOB '*-' AND {column} NOT GLOB '*--*')"
    )


ENTRY_ID = f"(length(entry_id) = 36 AND entry_id GLOB '{UUID_GLOB}')"
MONTH = f"(month GLOB '{MONTH_GLOB}' AND substr(month, 6, 2) BETWEEN '01' AND '12' AND month BETWEEN '2000-01' AND '2100-12')"

CHANNELS = ("in-person", "phone", "remote")
MODES = ("walk-in", "appointment")
OUTCOMES = ("solved", "partly", "referred", "not-solved")
REFERRALS = ("bank-insurer", "kela", "other-authority", "kansalaisneuvonta", "other-digituki", "other")
AGE_BANDS = ("under-65", "65-74", "75-plus", "not-asked")
LANGUAGES = ("fi", "sv", "en", "other")
DEVICES = ("own-phone", "own-tablet", "own-computer", "library-computer", "other")


def _in(column, values, nullable=True):
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def help_session_table(new_checks: bool = True) -> sa.Table:
    """help_session as at 0001, plus the new checks unless downgrading."""
    checks = [
        sa.CheckConstraint(ENTRY_ID, name="ck_help_session_entry_id"),
        sa.CheckConstraint(in_range("started_at"), name="ck_help_session_started_at"),
        sa.CheckConstraint(in_range("created_at"), name="ck_help_session_created_at"),
        sa.CheckConstraint(in_range("updated_at"), name="ck_help_session_updated_at"),
        sa.CheckConstraint(in_range("deleted_at", nullable=True), name="ck_help_session_deleted_at"),
    ]
    return sa.Table(
        "help_session",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("referral_target", sa.String(20), nullable=True),
        sa.Column("age_band", sa.String(20), nullable=True),
        sa.Column("language", sa.String(20), nullable=True),
        sa.Column("device", sa.String(20), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_in("channel", CHANNELS, nullable=False), name="ck_help_session_channel"),
        sa.CheckConstraint(_in("mode", MODES, nullable=False), name="ck_help_session_mode"),
        sa.CheckConstraint(_in("outcome", OUTCOMES), name="ck_help_session_outcome"),
        sa.CheckConstraint(_in("referral_target", REFERRALS), name="ck_help_session_referral_target"),
        sa.CheckConstraint(_in("age_band", AGE_BANDS), name="ck_help_session_age_band"),
        sa.CheckConstraint(_in("language", LANGUAGES), name="ck_help_session_language"),
        sa.CheckConstraint(_in("device", DEVICES), name="ck_help_session_device"),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR (duration_minutes BETWEEN 1 AND 480)", name="ck_help_session_duration"
        ),
        sa.CheckConstraint("is_open IN (0, 1)", name="ck_help_session_is_open"),
        sa.CheckConstraint(
            "is_open = 1 OR (duration_minutes IS NOT NULL AND outcome IS NOT NULL)", name="ck_help_session_closed"
        ),
        *(checks if new_checks else []),
        sa.PrimaryKeyConstraint("id", name="pk_help_session"),
        sa.UniqueConstraint("entry_id", name="uq_help_session_entry_id"),
        sa.Index("ix_help_session_started_at", "started_at"),
        sa.Index("ix_help_session_is_open", "is_open"),
    )


def session_guide_table(new_checks: bool = True) -> sa.Table:
    """session_guide as at 0001, plus the guide code check unless downgrading."""
    checks = [sa.CheckConstraint(guide_code("guide_id"), name="ck_session_guide_guide_id")]
    metadata = sa.MetaData()
    sa.Table("help_session", metadata, sa.Column("id", sa.Integer(), primary_key=True))
    return sa.Table(
        "session_guide",
        metadata,
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("guide_id", sa.String(80), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["help_session.id"], name="fk_session_guide_session_id_help_session", ondelete="CASCADE"
        ),
        *(checks if new_checks else []),
        sa.PrimaryKeyConstraint("session_id", "guide_id", name="pk_session_guide"),
    )


def sync_month_table(new_checks: bool = True) -> sa.Table:
    """sync_month as at 0001, plus month and stamp checks unless downgrading."""
    checks = [
        sa.CheckConstraint(MONTH, name="ck_sync_month_month"),
        sa.CheckConstraint(in_range("written_at"), name="ck_sync_month_written_at"),
    ]
    return sa.Table(
        "sync_month",
        sa.MetaData(),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        *(checks if new_checks else []),
        sa.PrimaryKeyConstraint("month", name="pk_sync_month"),
    )


def _clean(connection: sa.Connection, what: str, sql: str) -> None:
    removed = connection.exec_driver_sql(sql).rowcount
    if removed:
        log.warning("upgrading the database: %s: %d row(s)", what, removed)


def _clean_sessions(connection: sa.Connection) -> None:
    bad_start = f"NOT {in_range('started_at')}"
    for child in ("session_service", "session_guide"):
        _clean(
            connection,
            f"removed the {child} links of sessions dated outside {EARLIEST}..2100-12-31",
            f"DELETE FROM {child} WHERE session_id IN (SELECT id FROM help_session WHERE {bad_start})",
        )
    _clean(
        connection,
        f"removed sessions dated outside {EARLIEST}..2100-12-31 (the pre-migration backup keeps them)",
        f"DELETE FROM help_session WHERE {bad_start}",
    )
    for column in ("created_at", "updated_at"):
        _clean(
            connection,
            f"set {column} from the start time where it lay outside the range",
            f"UPDATE help_session SET {column} = started_at WHERE NOT {in_range(column)}",
        )
    _clean(
        connection,
        "set deleted_at from updated_at where it lay outside the range",
        f"UPDATE help_session SET deleted_at = updated_at WHERE NOT {in_range('deleted_at', nullable=True)}",
    )
    bad_ids = connection.exec_driver_sql(f"SELECT id FROM help_session WHERE NOT {ENTRY_ID}").fetchall()
    for (row_id,) in bad_ids:
        connection.exec_driver_sql(
            "UPDATE help_session SET entry_id = ? WHERE id = ?", (str(uuid.uuid4()), row_id)
        )
    if bad_ids:
        log.warning("upgrading the database: gave %d entry id(s) that were not UUIDs a new random one", len(bad_ids))


def upgrade() -> None:
    connection = op.get_bind()
    _clean_sessions(connection)
    _clean(
        connection,
        "removed guide links whose id is not a guide code",
        f"DELETE FROM session_guide WHERE NOT {guide_code('guide_id')}",
    )
    _clean(
        connection,
        "removed sync records of impossible months (they are sent again)",
        f"DELETE FROM sync_month WHERE NOT ({MONTH} AND {in_range('written_at')})",
    )
    for table in (help_session_table(), session_guide_table(), sync_month_table()):
        with op.batch_alter_table(table.name, copy_from=table, recreate="always"):
            pass


def downgrade() -> None:
    for table in (help_session_table(False), session_guide_table(False), sync_month_table(False)):
        with op.batch_alter_table(table.name, copy_from=table, recreate="always"):
            pass
