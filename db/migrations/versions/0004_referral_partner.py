"""A referred session may name the partner it was referred to: help_session gains referral_partner.

The value is a partner directory code (an organisation, never a person): lowercase a-z, 0-9 and
single inner hyphens, at most 60 characters, and only on sessions whose outcome is referred.
Sessions logged before it have no partner. Downgrading drops the column (the pre-migration backup
keeps it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copies of the rules as they are at this revision.
EARLIEST = "2000-01-01"
AFTER_LATEST = "2101-01-01"
HEX = "[0-9a-f]"
UUID_GLOB = "-".join(HEX * n for n in (8, 4, 4, 4, 12))
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*"

CHANNELS = ("in-person", "phone", "remote", "home-visit")
MODES = ("walk-in", "appointment")
OUTCOMES = ("solved", "partly", "referred", "not-solved")
REFERRALS = ("bank-insurer", "kela", "other-authority", "kansalaisneuvonta", "other-digituki", "other")
AGE_BANDS = ("under-18", "18-64", "65-74", "75-plus", "under-65", "not-asked")
LANGUAGES = ("fi", "sv", "en", "other")
DEVICES = ("own-phone", "own-tablet", "own-computer", "library-computer", "other")
PROVIDER_ROLES = ("staff", "volunteer", "conscript", "trainee", "partner")


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


PARTNER_RULE = f"referral_partner IS NULL OR (outcome = 'referred' AND {code('referral_partner')})"
ENTRY_ID = f"(length(entry_id) = 36 AND entry_id GLOB '{UUID_GLOB}')"


def _in(column, values, nullable=True):
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def help_session_table(new: bool = True) -> sa.Table:
    """help_session as at 0003, plus referral_partner and its check unless downgrading."""
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
        *([sa.Column("referral_partner", sa.String(60), nullable=True)] if new else []),
        sa.Column("provider_role", sa.String(20), nullable=True),
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
        sa.CheckConstraint(_in("provider_role", PROVIDER_ROLES), name="ck_help_session_provider_role"),
        *([sa.CheckConstraint(PARTNER_RULE, name="ck_help_session_referral_partner")] if new else []),
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
    op.add_column("help_session", sa.Column("referral_partner", sa.String(60), nullable=True))
    table = help_session_table()
    with op.batch_alter_table(table.name, copy_from=table, recreate="always"):
        pass


def downgrade() -> None:
    table = help_session_table(new=False)
    with op.batch_alter_table(table.name, copy_from=table, recreate="always"):
        pass  # the copy leaves referral_partner behind
