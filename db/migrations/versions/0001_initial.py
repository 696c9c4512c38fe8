"""Initial schema: catalogue, help sessions, their services and guides, sync state.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _in(column, values, nullable=True):
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


# Frozen copies of the code lists as they were at this revision.
CHANNELS = ("in-person", "phone", "remote")
MODES = ("walk-in", "appointment")
OUTCOMES = ("solved", "partly", "referred", "not-solved")
REFERRALS = ("bank-insurer", "kela", "other-authority", "kansalaisneuvonta", "other-digituki", "other")
AGE_BANDS = ("under-65", "65-74", "75-plus", "not-asked")
LANGUAGES = ("fi", "sv", "en", "other")
DEVICES = ("own-phone", "own-tablet", "own-computer", "library-computer", "other")


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "service_category",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("label_fi", sa.String(120), nullable=False),
        sa.Column("label_sv", sa.String(120), nullable=False),
        sa.Column("label_en", sa.String(120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_service_category"),
    )
    op.create_table(
        "service_type",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("category_code", sa.String(40), nullable=False),
        sa.Column("label_fi", sa.String(120), nullable=False),
        sa.Column("label_sv", sa.String(120), nullable=False),
        sa.Column("label_en", sa.String(120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("successor_code", sa.String(40), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_code"], ["service_category.code"], name="fk_service_type_category_code_service_category"
        ),
        sa.ForeignKeyConstraint(["successor_code"], ["service_type.code"], name="fk_service_type_successor_code_service_type"),
        sa.PrimaryKeyConstraint("code", name="pk_service_type"),
    )
    op.create_table(
        "help_session",
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
        sa.PrimaryKeyConstraint("id", name="pk_help_session"),
        sa.UniqueConstraint("entry_id", name="uq_help_session_entry_id"),
    )
    op.create_index("ix_help_session_started_at", "help_session", ["started_at"])
    op.create_index("ix_help_session_is_open", "help_session", ["is_open"])
    op.create_table(
        "session_service",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["help_session.id"], name="fk_session_service_session_id_help_session", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["service_code"], ["service_type.code"], name="fk_session_service_service_code_service_type"
        ),
        sa.PrimaryKeyConstraint("session_id", "position", name="pk_session_service"),
    )
    op.create_index("ix_session_service_service_code", "session_service", ["service_code"])
    op.create_table(
        "session_guide",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("guide_id", sa.String(80), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["help_session.id"], name="fk_session_guide_session_id_help_session", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("session_id", "guide_id", name="pk_session_guide"),
    )
    op.create_table(
        "sync_month",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("month", name="pk_sync_month"),
    )


def downgrade() -> None:
    for table in ("sync_month", "session_guide", "session_service", "help_session", "service_type", "service_category", "meta"):
        op.drop_table(table)
