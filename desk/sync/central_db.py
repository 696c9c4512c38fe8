"""The coordinator's central database of every branch's counts files, and its query API.

Built by ``desk central collect`` (see :mod:`desk.sync.collect`); read by the network page,
``desk central stats`` and the network report. The query API below is stable: reports code
calls only the public methods of :class:`CentralDatabase`.

Tables (format version :data:`CENTRAL_FORMAT_VERSION`, kept in ``central_meta``):

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
  ``{"code": desk.sync.reasons.SkipReason value, "params": {...}}``).
- ``seen_file``: size and modification time of each collected file, so an unchanged file is not
  read again.

Counts are kept as codes exactly as the branches logged them (a retired service code stays as
it is); map retired codes with ``Catalogue.current_code`` when presenting them.
"""

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Index, Integer, MetaData, String, Text, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk.domain.details import MONTH_DETAIL_KEYS
from desk.errors import SyncError
from desk.sync.counts import EVENT_CELL_KEYS, EVENT_TOTAL_KEYS
from desk.sync.reasons import Skipped

__all__ = ["Skipped"]

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
MONTH_BREAKDOWNS = (*MONTH_DETAIL_KEYS, "guides_used")
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
_RETIRED_TABLES = ("day_count",)


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


@dataclass(frozen=True)
class BranchSummary:
    """A branch in the network view."""

    id: str
    name: str
    region: str
    devices: int
    months: int
    #: Newest generation time of any of its files (the device's clock, UTC), i.e. its last sync.
    last_sync: datetime | None
    #: Statistics Finland municipality code and name, library organisation ("" when its files do not say).
    municipality_code: str = ""
    municipality_name: str = ""
    library_organisation: str = ""


@dataclass(frozen=True)
class Municipality:
    """A municipality as the branches' files name it."""

    code: str
    name: str
    organisations: tuple[str, ...]
    branches: int


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _sorted(result: dict[str, Any]) -> dict[str, Any]:
    return {key: dict(sorted(value.items())) if isinstance(value, dict) else value for key, value in result.items()}


class CentralDatabase:
    """An opened central database file.

    Args:
        path: the SQLite file; created when missing.

    Raises:
        SyncError: the file was made by a newer version, or is not a central database.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        # Pooled connections may be handed to another worker thread (never used by two at once).
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", connect_args={"check_same_thread": False})

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        self._prepare()

    def _prepare(self) -> None:
        with self.raw() as connection:
            try:
                tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            except sqlite3.DatabaseError as exc:
                raise SyncError(f"{self.path} is not a central database ({exc})") from exc
            outdated = False
            if tables and "central_meta" not in tables:
                raise SyncError(f"{self.path} is not a central database of Digituki Desk; choose another file")
            if "central_meta" in tables:
                row = connection.execute("SELECT value FROM central_meta WHERE key='format_version'").fetchone()
                version = int(row[0]) if row else 0
                if version > CENTRAL_FORMAT_VERSION:
                    raise SyncError(
                        f"{self.path} was made by a newer Digituki Desk (format {version}); update the app to read it"
                    )
                outdated = version < CENTRAL_FORMAT_VERSION
        if "central_meta" in tables and outdated:
            with self.raw() as connection:
                for name in _RETIRED_TABLES:
                    connection.execute(f"DROP TABLE IF EXISTS {name}")
                connection.commit()
            CentralBase.metadata.drop_all(self.engine)  # a cache of the share: the next collection fills it again
        CentralBase.metadata.create_all(self.engine)
        with self.raw() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO central_meta(key, value) VALUES ('format_version', ?)",
                (str(CENTRAL_FORMAT_VERSION),),
            )
            connection.commit()

    def raw(self) -> "_RawConnection":
        """A DB-API connection (context manager) for fast bulk work; used by the collector only.

        Readers use the query API below: every read of these tables is written in this module.
        """
        return _RawConnection(self.engine)

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    # --- query API (stable: used by the network page, central stats and the network report) ---

    def branches(self) -> list[BranchSummary]:
        """Every branch with its name, region, number of devices and months, and last sync time."""
        query = """
            SELECT b.id, b.name, b.region, COUNT(DISTINCT f.device_id), COUNT(DISTINCT f.month), MAX(f.generated_at),
                   b.municipality_code, b.municipality_name, b.library_organisation
            FROM branch b LEFT JOIN count_file f ON f.branch_id = b.id
            GROUP BY b.id ORDER BY b.region, b.name, b.id
        """
        with self.raw() as connection:
            return [
                BranchSummary(
                    row[0], row[1], row[2], int(row[3]), int(row[4]), _parse_time(row[5]), row[6], row[7], row[8]
                )
                for row in connection.execute(query)
            ]

    def municipalities(self) -> list[Municipality]:
        """Municipalities of the collected branches by code ("" for branches whose files do not say)."""
        query = "SELECT municipality_code, municipality_name, library_organisation FROM branch ORDER BY 1, 2, 3"
        found: dict[str, tuple[str, set[str], list[int]]] = {}
        with self.raw() as connection:
            for code, name, organisation in connection.execute(query):
                known = found.setdefault(code, (name, set(), [0]))
                if organisation:
                    known[1].add(organisation)
                known[2][0] += 1
        return [
            Municipality(code, name, tuple(sorted(organisations)), count[0])
            for code, (name, organisations, count) in found.items()
        ]

    def skipped_files(self) -> list[Skipped]:
        """Files the last collection left out, with the reason."""
        with self.raw() as connection:
            return [
                Skipped.from_stored(row[0], row[1])
                for row in connection.execute("SELECT relpath, reason FROM skipped_file ORDER BY relpath")
            ]

    def totals(
        self,
        start: date,
        end: date,
        branch_id: str | None = None,
        region: str | None = None,
        municipality: str | None = None,
    ) -> dict[str, Any]:
        """Totals over the days start..end (inclusive) in the shape of ``desk stats --json``.

        Keys: sessions, minutes, events, participants_under_18, participants_18_plus, by_service
        (main service), by_outcome, by_channel, by_service_all, by_mode, by_referral,
        by_duration_band, by_provider_role, by_event_kind. Optionally limited to one branch, one
        region or one municipality code (as the branch's newest file says).
        """
        grouped = self._day_totals(start, end, None, branch_id, region, municipality)
        return grouped.get("", _empty_totals())

    def totals_by_branch(
        self, start: date, end: date, region: str | None = None, municipality: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each branch id with counts in the period."""
        return self._day_totals(start, end, "f.branch_id", None, region, municipality)

    def totals_by_region(self, start: date, end: date) -> dict[str, dict[str, Any]]:
        """``totals`` for each region with counts in the period."""
        return self._day_totals(start, end, "b.region", None, None)

    def totals_by_municipality(self, start: date, end: date, region: str | None = None) -> dict[str, dict[str, Any]]:
        """``totals`` for each municipality code with counts in the period ("" for files that do not say)."""
        return self._day_totals(start, end, "b.municipality_code", None, region)

    def totals_by_organisation(
        self, start: date, end: date, municipality: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each library organisation with counts in the period ("" for files that do not say)."""
        return self._day_totals(start, end, "b.library_organisation", None, None, municipality)

    def totals_by_month(
        self,
        start: date,
        end: date,
        branch_id: str | None = None,
        region: str | None = None,
        municipality: str | None = None,
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each month (``YYYY-MM``) with counts in the period."""
        return self._day_totals(start, end, "f.month", branch_id, region, municipality)

    def event_tables(
        self,
        start: date,
        end: date,
        branch_id: str | None = None,
        region: str | None = None,
        municipality: str | None = None,
    ) -> dict[str, Any]:
        """The month-level event tables of every month that overlaps start..end (whole months).

        ``by_event``: {kind: {organiser: {content category: cell}}}; ``by_partner``: {partner code:
        cell}; a cell is {events, events_mostly_under_18, participants_under_18, participants_18_plus}.
        Not suppressed here; the report applies suppression.
        """
        extra, extra_params = _file_filters(branch_id, region, municipality)
        where, params = f"f.month BETWEEN ? AND ?{extra}", [f"{start:%Y-%m}", f"{end:%Y-%m}", *extra_params]
        by_event: dict[str, dict[str, dict[str, dict[str, int]]]] = {}
        by_partner: dict[str, dict[str, int]] = {}
        query = f"SELECT f.month_detail FROM count_file f JOIN branch b ON b.id = f.branch_id WHERE {where}"
        with self.raw() as connection:
            for (text,) in connection.execute(query, params):
                detail = json.loads(text)
                for kind, organisers in detail.get("by_event", {}).items():
                    for organiser, categories in organisers.items():
                        for category, cell in categories.items():
                            target = by_event.setdefault(kind, {}).setdefault(organiser, {})
                            _add_cell(target.setdefault(category, dict.fromkeys(EVENT_CELL_KEYS, 0)), cell)
                for partner, cell in detail.get("by_partner", {}).items():
                    _add_cell(by_partner.setdefault(partner, dict.fromkeys(EVENT_CELL_KEYS, 0)), cell)
        return {"by_event": by_event, "by_partner": dict(sorted(by_partner.items()))}

    def month_breakdowns(
        self,
        start: date,
        end: date,
        branch_id: str | None = None,
        region: str | None = None,
        municipality: str | None = None,
    ) -> dict[str, Any]:
        """Month-level aggregates of every month that overlaps start..end (whole months).

        Returns ``by_age_band``, ``by_language``, ``by_device``, ``guides_used`` as
        ``{code: count}``, ``by_service_age_band`` as ``{service: {age band: count}}`` and
        ``by_weekday_hour`` as ``{"1".."7" (ISO weekday): {"0".."23": count}}``, plus
        ``months``: the list of months included. Demographic cells are NOT suppressed here;
        the report applies suppression.
        """
        first, last = f"{start:%Y-%m}", f"{end:%Y-%m}"
        params: list[Any] = [first, last]
        where = "f.month BETWEEN ? AND ?"
        if branch_id is not None:
            where += " AND f.branch_id = ?"
            params.append(branch_id)
        if region is not None:
            where += " AND b.region = ?"
            params.append(region)
        if municipality is not None:
            where += " AND b.municipality_code = ?"
            params.append(municipality)
        flat: dict[str, Counter[str]] = {name: Counter() for name in MONTH_BREAKDOWNS}
        cross: dict[str, dict[str, Counter[str]]] = {name: {} for name in MONTH_CROSS_TABLES}
        months: set[str] = set()
        query = f"SELECT f.month, f.month_detail FROM count_file f JOIN branch b ON b.id = f.branch_id WHERE {where}"
        with self.raw() as connection:
            for month, text in connection.execute(query, params):
                months.add(month)
                detail = json.loads(text)
                for name in MONTH_BREAKDOWNS:
                    flat[name].update(detail.get(name, {}))
                for name in MONTH_CROSS_TABLES:
                    for row_code, cells in detail.get(name, {}).items():
                        cross[name].setdefault(row_code, Counter()).update(cells)
        result: dict[str, Any] = {name: dict(sorted(counter.items())) for name, counter in flat.items()}
        for name in MONTH_CROSS_TABLES:
            result[name] = {row: dict(sorted(cells.items())) for row, cells in sorted(cross[name].items())}
        result["months"] = sorted(months)
        return result

    # --- single-pass reads for the network report (700 branches within its time budget) ---

    def branch_figures(self, start: date, end: date) -> dict[str, dict[str, Any]]:
        """Sessions, minutes and solved sessions per branch id: what the branch and region tables need.

        One pass without unpacking every breakdown, which is what keeps 700 branches fast.
        """
        with self.raw() as connection:
            sums = _day_sums(connection, start, end, "f.branch_id")
        return {
            branch: {"sessions": n, "minutes": m, "by_outcome": {"solved": solved}}
            for branch, (n, m, solved) in sums.items()
        }

    def network_totals(self, start: date, end: date) -> dict[str, Any]:
        """``totals`` of the whole network with every per-day breakdown, parsing each day's detail once."""
        totals: dict[str, Any] = _empty_totals()
        whole, partial = _split_months(start, end)
        sources: list[tuple[str, list[Any]]] = []
        if whole:
            sources.append(
                (
                    "SELECT j.path, j.key, j.value FROM count_file f, json_tree(f.month_detail) j "
                    f"WHERE f.month IN ({','.join('?' * len(whole))}) AND j.type = 'integer'",
                    whole,
                )
            )
        for first, last in partial:
            sources.append(
                (
                    "SELECT t.path, t.key, t.value FROM count_file f, json_each(f.days) d, json_tree(d.value) t "
                    "WHERE f.month = ? AND d.key BETWEEN ? AND ? AND t.type = 'integer'",
                    [f"{first:%Y-%m}", first.isoformat(), last.isoformat()],
                )
            )
        with self.raw() as connection:
            sums = _day_sums(connection, start, end, None)
            rows: list[Any] = []
            if sources:
                union = " UNION ALL ".join(query for query, _params in sources)
                params = [param for _query, source_params in sources for param in source_params]
                rows = connection.execute(f"SELECT path, key, SUM(value) FROM ({union}) GROUP BY 1, 2", params).fetchall()
        totals["sessions"], totals["minutes"] = sums.get("", (0, 0, 0))[:2]
        for path, code, count in rows:
            name = str(path).removeprefix("$.").strip('"')  # SQLite versions differ in quoting the key
            if name in totals and isinstance(totals[name], dict):
                totals[name][str(code)] = int(count)
            elif name == "$" and code in EVENT_TOTAL_KEYS:
                totals[str(code)] = int(count)
        return totals

    def headline_totals(self, start: date, end: date) -> dict[str, Any]:
        """Sessions, minutes and solved sessions of the whole network (for comparison columns)."""
        with self.raw() as connection:
            sessions, minutes, solved = _day_sums(connection, start, end, None).get("", (0, 0, 0))
        return {"sessions": sessions, "minutes": minutes, "by_outcome": {"solved": solved}}

    def daily_sessions(self, start: date, end: date) -> dict[date, int]:
        """Sessions of the whole network per day (days without sessions are absent)."""
        query = (
            "SELECT d.key, SUM(json_extract(d.value, '$[0]')) FROM count_file f, json_each(f.day_totals) d "
            "WHERE f.month BETWEEN ? AND ? AND d.key BETWEEN ? AND ? GROUP BY 1"
        )
        params = (f"{start:%Y-%m}", f"{end:%Y-%m}", start.isoformat(), end.isoformat())
        with self.raw() as connection:
            rows = connection.execute(query, params).fetchall()
        return {date.fromisoformat(day): int(n) for day, n in rows if n}

    def first_session_day(self) -> date | None:
        """The first day any branch logged a session (None when none has); reports draw no data before it."""
        with self.raw() as connection:
            (day,) = connection.execute(
                "SELECT MIN(d.key) FROM count_file f, json_each(f.day_totals) d "
                "WHERE f.sessions > 0 AND json_extract(d.value, '$[0]') > 0"
            ).fetchone()
        return date.fromisoformat(day) if day else None

    def sync_state(self, first_month: str, last_month: str) -> tuple[set[str], dict[str, str]]:
        """Branch ids with a counts file for a month in first..last ('YYYY-MM'), and each branch's newest month."""
        with self.raw() as connection:
            synced = {
                row[0]
                for row in connection.execute(
                    "SELECT DISTINCT branch_id FROM count_file WHERE month BETWEEN ? AND ?", (first_month, last_month)
                )
            }
            newest = {
                row[0]: row[1] for row in connection.execute("SELECT branch_id, MAX(month) FROM count_file GROUP BY 1")
            }
        return synced, newest

    def _day_totals(
        self,
        start: date,
        end: date,
        group: str | None,
        branch_id: str | None,
        region: str | None,
        municipality: str | None = None,
    ) -> dict[str, dict[str, Any]]:
        """Totals per group: whole months from each file's month sums, edge months from its days."""
        key = group or "''"
        results: dict[str, dict[str, Any]] = {}
        whole, partial = _split_months(start, end)
        file_where, file_params = _file_filters(branch_id, region, municipality)
        with self.raw() as connection:
            for group_key, (sessions, minutes, _solved) in _day_sums(
                connection, start, end, key, file_where, file_params
            ).items():
                totals = _empty_totals()
                totals["sessions"], totals["minutes"] = sessions, minutes
                results[group_key] = totals
            sources: list[tuple[str, list[Any]]] = []
            if whole:
                marks = ",".join("?" * len(whole))
                sources.append(
                    (
                        f"SELECT {key}, f.month_detail FROM count_file f JOIN branch b ON b.id = f.branch_id "
                        f"WHERE f.month IN ({marks}){file_where}",
                        [*whole, *file_params],
                    )
                )
            for first, last in partial:
                sources.append(
                    (
                        f"SELECT {key}, d.value FROM count_file f JOIN branch b ON b.id = f.branch_id, "
                        f"json_each(f.days) d WHERE f.month = ? AND d.key BETWEEN ? AND ?{file_where}",
                        [f"{first:%Y-%m}", first.isoformat(), last.isoformat(), *file_params],
                    )
                )
            for query, query_params in sources:
                for group_key, text in connection.execute(query, query_params):
                    target = results.setdefault(str(group_key), _empty_totals())
                    detail = json.loads(text)
                    for name in EVENT_TOTAL_KEYS:
                        target[name] += int(detail.get(name, 0))
                    for name in DAY_BREAKDOWNS:
                        counts = target[name]
                        for code, count in detail.get(name, {}).items():
                            counts[code] = counts.get(code, 0) + count
        return {group_key: _sorted(totals) for group_key, totals in sorted(results.items())}


def _day_sums(
    connection: sqlite3.Connection,
    start: date,
    end: date,
    group: str | None,
    file_where: str = "",
    file_params: list[Any] | None = None,
) -> dict[str, tuple[int, int, int]]:
    """(sessions, minutes, solved) over the days start..end per group, for groups with a day in the period.

    Whole months come from each file's sums, the months the period cuts from its day totals.
    ``file_where`` (starting with " AND ") may filter on the file (f) and its branch (b).
    """
    key = group or "''"
    whole, partial = _split_months(start, end)
    joins = "FROM count_file f JOIN branch b ON b.id = f.branch_id" if " b." in f" {key} {file_where}" else "FROM count_file f"
    parts: list[str] = []
    params: list[Any] = []
    if whole:
        parts.append(
            f"SELECT {key} AS g, f.sessions AS s, f.minutes AS m, f.solved AS v {joins} "
            f"WHERE f.month IN ({','.join('?' * len(whole))}) AND f.day_totals != '{{}}'{file_where}"
        )
        params += [*whole, *(file_params or [])]
    for first, last in partial:
        parts.append(
            f"SELECT {key} AS g, json_extract(d.value, '$[0]') AS s, json_extract(d.value, '$[1]') AS m, "
            f"json_extract(d.value, '$[2]') AS v {joins}, json_each(f.day_totals) d "
            f"WHERE f.month = ? AND d.key BETWEEN ? AND ?{file_where}"
        )
        params += [f"{first:%Y-%m}", first.isoformat(), last.isoformat(), *(file_params or [])]
    if not parts:
        return {}
    query = f"SELECT g, SUM(s), SUM(m), SUM(v) FROM ({' UNION ALL '.join(parts)}) GROUP BY 1"
    return {
        str(group_key): (int(n or 0), int(m or 0), int(v or 0))
        for group_key, n, m, v in connection.execute(query, params)
    }


def _empty_totals() -> dict[str, Any]:
    """Zero totals, keys in the order ``desk stats --json`` prints them (events just before by_event_kind)."""
    totals: dict[str, Any] = {"sessions": 0, "minutes": 0}
    for name in DAY_BREAKDOWNS:
        if name == "by_event_kind":
            totals.update(dict.fromkeys(EVENT_TOTAL_KEYS, 0))
        totals[name] = {}
    return totals


def _add_cell(target: dict[str, int], cell: dict[str, int]) -> None:
    for name in EVENT_CELL_KEYS:
        target[name] += int(cell.get(name, 0))


def _file_filters(branch_id: str | None, region: str | None, municipality: str | None = None) -> tuple[str, list[Any]]:
    where, params = "", []
    if municipality is not None:
        where += " AND b.municipality_code = ?"
        params.append(municipality)
    if branch_id is not None:
        where += " AND f.branch_id = ?"
        params.append(branch_id)
    if region is not None:
        where += " AND b.region = ?"
        params.append(region)
    return where, params


def _split_months(start: date, end: date) -> tuple[list[str], list[tuple[date, date]]]:
    """Months lying wholly inside start..end, and the (first, last) day ranges of the months cut by it."""
    whole: list[str] = []
    partial: list[tuple[date, date]] = []
    first = start.replace(day=1)
    while first <= end:
        following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
        last = following - timedelta(days=1)
        if start <= first and last <= end:
            whole.append(f"{first:%Y-%m}")
        else:
            partial.append((max(first, start), min(last, end)))
        first = following
    return whole, partial


class _RawConnection:
    """Context manager around a pooled DB-API connection."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Any = None

    def __enter__(self) -> sqlite3.Connection:
        self._connection = self._engine.raw_connection()
        connection: sqlite3.Connection = self._connection.driver_connection
        return connection

    def __exit__(self, *exc_info: object) -> None:
        self._connection.close()


def open_central(path: Path) -> CentralDatabase:
    """Open (creating when missing) a central database; refuses one from a newer version."""
    return CentralDatabase(path)
