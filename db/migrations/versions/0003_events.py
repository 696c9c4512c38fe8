"""Group events, the provider role, the home-visit channel and the under-18 and 18-64 age bands.

- help_session gains provider_role (nullable: sessions logged before it have it "not recorded");
  its channel check admits home-visit and its age band check under-18 and 18-64 (under-65 stays
  valid for old rows and reads as "18-64 or under 18, unknown");
- new tables group_event and event_service: codes and participant counts only, never names.
Downgrading drops the events, the provider roles, and turns the new channel and age band codes
back into in-person and not recorded (the pre-migration backup keeps them).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copies of the rules as they are at this revision.
EARLIEST = "2000-01-01"
AFTER_LATEST = "2101-01-01"
HEX = "[0-9a-f]"
UUID_GLOB = "-".join(HEX * n for n in (8, 4, 4, 4, 12))
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*"

OLD_CHANNELS = ("in-person", "phone", "remote")
CHANNELS = (*OLD_CHANNELS, "home-visit")
MODES = ("walk-in", "appointment")
OUTCOMES = ("solved", "partly", "referred", "not-solved")
REFERRALS = ("bank-insurer", "kela", "other-authority", "kansalaisneuvonta", "other-digituki", "other")
OLD_AGE_BANDS = ("under-65", "65-74", "75-plus", "not-asked")
AGE_BANDS = ("under-18", "18-64", "65-74", "75-plus", "under-65", "not-asked")
LANGUAGES = ("fi", "sv", "en", "other")
DEVICES = ("own-phone", "own-tablet", "own-computer", "library-computer", "other")
PROVIDER_ROLES = ("staff", "volunteer", "conscript", "trainee", "partner")
EVENT_KINDS = ("digipaja", "course", "lecture", "partner-visit", "outreach")
ORGANISERS = ("library", "municipal", "external")
CONTENT_CATEGORIES = ("literacy", "ict", "other")


def in_range(column: str, nullable: bool = False) -> str:
    """A stamp stored by SQLAlchemy ('YYYY-MM-DD HH:MM:SS…') within 2000-01-01..2100-12-31."""
    condition = f"({column} GLOB '{DATE_GLOB}' AND {column} >= '{EARLIEST}' AND {column} < '{AFTER_LATEST}')"
    return f"({column} IS NULL OR {condition})" if nullable else condition


def code(column: str) -> str:
    """Lowercase a-z, 0-9 and single inner hyphens, 1 to 60 characters (desk.domain.slug)."""
    return (
        f"(length({column}) BETWEEN 1 AND 60 AND {column} NOT GLOB '*[^a-z0-9-]*' "
        f"AND {column} NOT GLOB '-*' AND {column} NOT GLOB '*-' AND {column} NOT GLOB '*--*')"
    )


ENTRY_ID = f"(length(entry_id) = 36 AND entry_id GLOB '{UUID_GLOB}')"


def _in(column, values, nullable=True):
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def help_session_table(new: bool = True) -> sa.Table:
    """help_session as at 0002, plus provider_role and the new codes unless downgrading."""
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
        *([sa.Column("provider_role", sa.String(20), nullable=True)] if new else []),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            _in("channel", CHANNELS if new else OLD_CHANNELS, nullable=False), name="ck_help_session_channel"
        ),
        sa.CheckConstraint(_in("mode", MODES, nullable=False), name="ck_help_session_mode"),
        sa.CheckConstraint(_in("outcome", OUTCOMES), name="ck_help_session_outcome"),
        sa.CheckConstraint(_in("referral_target", REFERRALS), name="ck_help_session_referral_target"),
        sa.CheckConstraint(_in("age_band", AGE_BANDS if new else OLD_AGE_BANDS), name="ck_help_session_age_band"),
        sa.CheckConstraint(_in("language", LANGUAGES), name="ck_help_session_language"),
        sa.CheckConstraint(_in("device", DEVICES), name="ck_help_session_device"),
        *([sa.CheckConstraint(_in("provider_role", PROVIDER_ROLES), name="ck_help_session_provider_role")] if new else []),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR (duration_minutes BETWEEN 1 AND 480)", name="ck_help_session_duration"
        ),
        sa.CheckConstraint("is_open IN (0, 1)", name="ck_help_session_is_open"),
        sa.CheckConstraint(
            "is_open = 1 OR (duration_minutes IS NOT NULL AND outcome IS NOT NULL)", name="ck_help_session_closed"
        ),
        sa.CheckConstraint(ENTRY_ID, name="ck_help_session_entry_id"),
        sa.CheckConstraint(in_range("started_at"), name="ck_help_session_started_at"),
        sa.CheckConstraint(in_range("created_at"), name="ck_help_session_created_at"),
        sa.CheckConstraint(in_range("updated_at"), name="ck_help_session_updated_at"),
        sa.CheckConstraint(in_range("deleted_at", nullable=True), name="ck_help_session_deleted_at"),
        sa.PrimaryKeyConstraint("id", name="pk_help_session"),
        sa.UniqueConstraint("entry_id", name="uq_help_session_entry_id"),
        sa.Index("ix_help_session_started_at", "started_at"),
        sa.Index("ix_help_session_is_open", "is_open"),
    )


def upgrade() -> None:
    op.add_column("help_session", sa.Column("provider_role", sa.String(20), nullable=True))
    table = help_session_table()
    with op.batch_alter_table(table.name, copy_from=table, recreate="always"):
        pass
    op.create_table(
        "group_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("organiser", sa.String(20), nullable=False),
        sa.Column("partner_code", sa.String(60), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("content_category", sa.String(20), nullable=False),
        sa.Column("provider_role", sa.String(20), nullable=True),
        sa.Column("participants_under_18", sa.Integer(), nullable=False),
        sa.Column("participants_18_plus", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_in("kind", EVENT_KINDS, nullable=False), name=op.f("ck_group_event_kind")),
        sa.CheckConstraint(_in("organiser", ORGANISERS, nullable=False), name=op.f("ck_group_event_organiser")),
        sa.CheckConstraint(
            _in("content_category", CONTENT_CATEGORIES, nullable=False), name=op.f("ck_group_event_content_category")
        ),
        sa.CheckConstraint(_in("provider_role", PROVIDER_ROLES), name=op.f("ck_group_event_provider_role")),
        sa.CheckConstraint(f"partner_code IS NULL OR {code('partner_code')}", name=op.f("ck_group_event_partner_code")),
        sa.CheckConstraint("duration_minutes BETWEEN 1 AND 480", name=op.f("ck_group_event_duration")),
        sa.CheckConstraint("participants_under_18 BETWEEN 0 AND 9999", name=op.f("ck_group_event_participants_under_18")),
        sa.CheckConstraint("participants_18_plus BETWEEN 0 AND 9999", name=op.f("ck_group_event_participants_18_plus")),
        sa.CheckConstraint(ENTRY_ID, name=op.f("ck_group_event_entry_id")),
        sa.CheckConstraint(in_range("started_at"), name=op.f("ck_group_event_started_at")),
        sa.CheckConstraint(in_range("created_at"), name=op.f("ck_group_event_created_at")),
        sa.CheckConstraint(in_range("updated_at"), name=op.f("ck_group_event_updated_at")),
        sa.CheckConstraint(in_range("deleted_at", nullable=True), name=op.f("ck_group_event_deleted_at")),
        sa.PrimaryKeyConstraint("id", name="pk_group_event"),
        sa.UniqueConstraint("entry_id", name="uq_group_event_entry_id"),
    )
    op.create_index("ix_group_event_started_at", "group_event", ["started_at"])
    op.create_table(
        "event_service",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["group_event.id"], name="fk_event_service_event_id_group_event", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["service_code"], ["service_type.code"], name="fk_event_service_service_code_service_type"),
        sa.PrimaryKeyConstraint("event_id", "position", name="pk_event_service"),
    )
    op.create_index("ix_event_service_service_code", "event_service", ["service_code"])


def downgrade() -> None:
    op.drop_index("ix_event_service_service_code", table_name="event_service")
    op.drop_table("event_service")
    op.drop_index("ix_group_event_started_at", table_name="group_event")
    op.drop_table("group_event")
    op.execute("UPDATE help_session SET channel = 'in-person' WHERE channel = 'home-visit'")
    op.execute("UPDATE help_session SET age_band = NULL WHERE age_band IN ('under-18', '18-64')")
    table = help_session_table(new=False)
    with op.batch_alter_table(table.name, copy_from=table, recreate="always"):
        pass  # the copy leaves provider_role behind
