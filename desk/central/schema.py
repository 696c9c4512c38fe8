"""The central database's tables (format :data:`CENTRAL_FORMAT_VERSION`) and the breakdown keys it stores.

Tables (format version kept in ``central_meta``):

- ``branch``: one row per branch id: name, region, municipality code and name, and library
  organisation taken from its newest file ("" when its files are older than the municipality keys).
- ``count_file``: one row per collected counts file (branch, device, month), its hash and header,
  its days and its month section. A device's month is stored once, under its newest branch id.

  - ``sessions``, ``minutes``, ``solved``: summed over the file's days (what whole months need);
  - ``day_totals``: ``{"YYYY-MM-DD": [sessions, minutes, solved sessions]}`` for each day of the
    file (what day ranges and the daily chart need, without reading the days' breakdowns);
  - ``days``: the file's days as JSON, ``{"YYYY-MM-DD": {...}}``, each day as the file has it:
    sessions, minutes and the per-day breakdowns (by_service, by_service_all, by_outcome,
    by_referral, by_channel, by_mode, by_duration_band, by_provider_role, by_event_kind; each a
    ``{code: count}`` object; and events, participants_under_18, participants_18_plus as numbers,
    absent in files older than events); read only for months a period cuts;
  - ``month_detail``: the file's month section as JSON: the per-day breakdowns summed over the
    month, and the month-only breakdowns; in a month below the device's disclosure threshold the
    demographic breakdowns are empty and ``withheld`` holds how many sessions each one had, see
    docs/share-format.md. It adds ``by_event`` (kind -> organiser -> content category -> cell)
    and ``by_partner`` (partner code -> cell), a cell holding events, events_mostly_under_18,
    participants_under_18 and participants_18_plus.

  One row per file, not per day, keeps a collection to one insert per file (format 3; format 2
  had a ``day_count`` row per day). Whole months are read from the per-file sums and the month
  section, the months a period cuts from ``day_totals`` and ``days`` (``json_each``).
- ``skipped_file``: files the last collection did not count, and why (``reason``: a JSON object
  ``{"code": desk.share.reasons.SkipReason value, "params": {...}}``).
- ``seen_file``: size and modification time of each collected file, so an unchanged file is not
  read again.

Counts are kept as codes exactly as the branches logged them (a retired service code stays as
it is); map retired codes with ``Catalogue.current_code`` when presenting them. Only
:mod:`desk.central.database` reads or writes these tables.
"""

from sqlalchemy import Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk.domain.details import MONTH_DETAIL_KEYS

#: Version of the central database's tables; a newer one is refused, an older one is emptied and
#: rebuilt by the next collection (the database is a cache of the share).
CENTRAL_FORMAT_VERSION = 3

#: Per-day breakdowns, in the shape of ``desk stats --json`` (desk.store.stats.local_totals).
DAY_BREAKDOWNS = (
    "by_service",
    "by_outcome",
    "by_channel",
    "by_service_all",
    "by_mode",
    "by_referral",
    "by_duration_band",
    "by_provider_role",
    "by_event_kind",
)
#: Month-level breakdowns (demographic fields never cross a day).
#: Month-level {code: count} breakdowns (by_referral_partner: referred sessions by partner directory code).
MONTH_BREAKDOWNS = (*MONTH_DETAIL_KEYS, "guides_used", "by_referral_partner")
#: Month-level cross tables: {row code: {column code: count}}.
MONTH_CROSS_TABLES = ("by_service_age_band", "by_weekday_hour")


class CentralBase(DeclarativeBase):
    """Declarative base of the central database."""

    metadata = MetaData()


class CentralMeta(CentralBase):
    """Key/value facts: ``format_version``."""

    __tablename__ = "central_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Branch(CentralBase):
    """A branch as its newest counts file names it."""

    __tablename__ = "branch"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(80))
    municipality_code: Mapped[str] = mapped_column(String(3), default="")
    municipality_name: Mapped[str] = mapped_column(String(120), default="")
    library_organisation: Mapped[str] = mapped_column(String(120), default="")
    newest_generated_at: Mapped[str] = mapped_column(String(40))


class CountFile(CentralBase):
    """One collected counts file: one device's complete snapshot of one month."""

    __tablename__ = "count_file"
    __table_args__ = (Index("ix_count_file_identity", "branch_id", "device_id", "month", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    relpath: Mapped[str] = mapped_column(String(300), unique=True)
    branch_id: Mapped[str] = mapped_column(String(80))
    device_id: Mapped[str] = mapped_column(String(40))
    month: Mapped[str] = mapped_column(String(7))
    content_sha256: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40))
    catalogue_version: Mapped[int] = mapped_column(Integer)
    branch_name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(80))
    municipality_code: Mapped[str] = mapped_column(String(3), default="")
    municipality_name: Mapped[str] = mapped_column(String(120), default="")
    library_organisation: Mapped[str] = mapped_column(String(120), default="")
    sessions: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    solved: Mapped[int] = mapped_column(Integer)
    day_totals: Mapped[str] = mapped_column(Text)
    days: Mapped[str] = mapped_column(Text)
    month_detail: Mapped[str] = mapped_column(Text)


#: Tables of older formats, dropped with the rest when an older central database is emptied.
RETIRED_TABLES = ("day_count",)


class SkippedFile(CentralBase):
    """A file the last collection did not count."""

    __tablename__ = "skipped_file"

    relpath: Mapped[str] = mapped_column(String(300), primary_key=True)
    reason: Mapped[str] = mapped_column(String(300))


class SeenFile(CentralBase):
    """Size and modification time of a collected file when it was last read."""

    __tablename__ = "seen_file"

    relpath: Mapped[str] = mapped_column(String(300), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
