"""SQLAlchemy models of the local database (docs/architecture.md).

No column can hold free text about a customer or a staff member: every text
column is a code checked against a fixed list, or a catalogue/guide code.
"""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desk.domain.codes import (
    Channel,
    ContentCategory,
    EventKind,
    Mode,
    Organiser,
    Outcome,
    ProviderRole,
    ReferralTarget,
)
from desk.domain.dates import EARLIEST_DATE, LATEST_DATE
from desk.domain.details import DETAIL_FIELDS

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: type, nullable: bool = True) -> str:
    listed = ", ".join(f"'{member.value}'" for member in values)  # type: ignore[attr-defined]
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


_AFTER_LATEST = date(LATEST_DATE.year + 1, 1, 1)
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*"
_UUID_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))


def in_date_range(column: str, nullable: bool = False) -> str:
    """SQL: a stamp as SQLAlchemy stores it ('YYYY-MM-DD HH:MM:SS…') within the desk's date range."""
    condition = (
        f"({column} GLOB '{_DATE_GLOB}' AND {column} >= '{EARLIEST_DATE.isoformat()}' "
        f"AND {column} < '{_AFTER_LATEST.isoformat()}')"
    )
    return f"({column} IS NULL OR {condition})" if nullable else condition


def is_guide_code(column: str) -> str:
    """SQL: lowercase a-z, 0-9 and single inner hyphens, 1 to 60 characters (desk.domain.slug)."""
    return (
        f"(length({column}) BETWEEN 1 AND 60 AND {column} NOT GLOB '*[^a-z0-9-]*' "
        f"AND {column} NOT GLOB '-*' AND {column} NOT GLOB '*-' AND {column} NOT GLOB '*--*')"
    )


def _referral_partner_rule() -> str:
    """SQL: no partner, or a directory code on a referred session."""
    return f"referral_partner IS NULL OR (outcome = '{Outcome.REFERRED.value}' AND {is_guide_code('referral_partner')})"


def is_uuid(column: str) -> str:
    """SQL: a lowercase UUID in its 36-character form."""
    return f"(length({column}) = 36 AND {column} GLOB '{_UUID_GLOB}')"


def is_month(column: str) -> str:
    """SQL: 'YYYY-MM' within the desk's date range."""
    return (
        f"({column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr({column}, 6, 2) BETWEEN '01' AND '12' "
        f"AND {column} BETWEEN '{EARLIEST_DATE:%Y-%m}' AND '{LATEST_DATE:%Y-%m}')"
    )


class Base(DeclarativeBase):
    """Declarative base with named constraints (needed for batch migrations)."""

    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small key/value facts about this installation: device id, catalogue version."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class ServiceCategory(Base):
    """A group of service types."""

    __tablename__ = "service_category"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_fi: Mapped[str] = mapped_column(String(120))
    label_sv: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServiceType(Base):
    """A service type from the catalogue; retired ones point to their successor."""

    __tablename__ = "service_type"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("service_category.code"))
    label_fi: Mapped[str] = mapped_column(String(120))
    label_sv: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    successor_code: Mapped[str | None] = mapped_column(ForeignKey("service_type.code"), nullable=True)


class HelpSession(Base):
    """One help session, open (timer running) or closed; soft-deleted rows keep deleted_at.

    The detail columns (channel ... device) follow desk.domain.details.DETAIL_FIELDS; a test holds them to it.
    """

    __tablename__ = "help_session"
    __table_args__ = (
        CheckConstraint(_in("outcome", Outcome), name="outcome"),
        CheckConstraint(_in("referral_target", ReferralTarget), name="referral_target"),
        CheckConstraint(_referral_partner_rule(), name="referral_partner"),
        *(CheckConstraint(_in(d.name, d.codes, d.nullable), name=d.name) for d in DETAIL_FIELDS),
        CheckConstraint("duration_minutes IS NULL OR (duration_minutes BETWEEN 1 AND 480)", name="duration"),
        CheckConstraint("is_open IN (0, 1)", name="is_open"),
        CheckConstraint("is_open = 1 OR (duration_minutes IS NOT NULL AND outcome IS NOT NULL)", name="closed"),
        CheckConstraint(is_uuid("entry_id"), name="entry_id"),
        CheckConstraint(in_date_range("started_at"), name="started_at"),
        CheckConstraint(in_date_range("created_at"), name="created_at"),
        CheckConstraint(in_date_range("updated_at"), name="updated_at"),
        CheckConstraint(in_date_range("deleted_at", nullable=True), name="deleted_at"),
        Index("ix_help_session_started_at", "started_at"),
        Index("ix_help_session_is_open", "is_open"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str] = mapped_column(String(36), unique=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(20), default=Channel.IN_PERSON.value)
    mode: Mapped[str] = mapped_column(String(20), default=Mode.WALK_IN.value)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    referral_target: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: A partner directory code (an organisation, never a person); only on referred sessions.
    referral_partner: Mapped[str | None] = mapped_column(String(60), nullable=True)
    age_band: Mapped[str | None] = mapped_column(String(20), nullable=True)
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    device: Mapped[str | None] = mapped_column(String(20), nullable=True)
    provider_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    services: Mapped[list["SessionService"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionService.position"
    )
    guides: Mapped[list["SessionGuide"]] = relationship(back_populates="session", cascade="all, delete-orphan")


class SessionService(Base):
    """A service a session helped with; position 0 is the main one."""

    __tablename__ = "session_service"
    __table_args__ = (Index("ix_session_service_service_code", "service_code"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("help_session.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("service_type.code"))

    session: Mapped[HelpSession] = relationship(back_populates="services")


class SessionGuide(Base):
    """A guide opened during a session (guide ids are codes, not text)."""

    __tablename__ = "session_guide"
    __table_args__ = (CheckConstraint(is_guide_code("guide_id"), name="guide_id"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("help_session.id", ondelete="CASCADE"), primary_key=True)
    guide_id: Mapped[str] = mapped_column(String(80), primary_key=True)

    session: Mapped[HelpSession] = relationship(back_populates="guides")


class GroupEvent(Base):
    """One group event (digipaja, course, partner's visit...): codes and participant counts, never names."""

    __tablename__ = "group_event"
    __table_args__ = (
        CheckConstraint(_in("kind", EventKind, nullable=False), name="kind"),
        CheckConstraint(_in("organiser", Organiser, nullable=False), name="organiser"),
        CheckConstraint(_in("content_category", ContentCategory, nullable=False), name="content_category"),
        CheckConstraint(_in("provider_role", ProviderRole), name="provider_role"),
        CheckConstraint(f"partner_code IS NULL OR {is_guide_code('partner_code')}", name="partner_code"),
        CheckConstraint("duration_minutes BETWEEN 1 AND 480", name="duration"),
        CheckConstraint("participants_under_18 BETWEEN 0 AND 9999", name="participants_under_18"),
        CheckConstraint("participants_18_plus BETWEEN 0 AND 9999", name="participants_18_plus"),
        CheckConstraint(is_uuid("entry_id"), name="entry_id"),
        CheckConstraint(in_date_range("started_at"), name="started_at"),
        CheckConstraint(in_date_range("created_at"), name="created_at"),
        CheckConstraint(in_date_range("updated_at"), name="updated_at"),
        CheckConstraint(in_date_range("deleted_at", nullable=True), name="deleted_at"),
        Index("ix_group_event_started_at", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    organiser: Mapped[str] = mapped_column(String(20))
    partner_code: Mapped[str | None] = mapped_column(String(60), nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    content_category: Mapped[str] = mapped_column(String(20))
    provider_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    participants_under_18: Mapped[int] = mapped_column(Integer, default=0)
    participants_18_plus: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    services: Mapped[list["EventService"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventService.position"
    )


class EventService(Base):
    """A catalogue service an event covered; position 0 is the main one."""

    __tablename__ = "event_service"
    __table_args__ = (Index("ix_event_service_service_code", "service_code"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("group_event.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("service_type.code"))

    event: Mapped[GroupEvent] = relationship(back_populates="services")


class SyncMonth(Base):
    """The last successful write of one month's counts file to the share."""

    __tablename__ = "sync_month"
    __table_args__ = (
        CheckConstraint(is_month("month"), name="month"),
        CheckConstraint(in_date_range("written_at"), name="written_at"),
    )

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[datetime] = mapped_column(DateTime)
