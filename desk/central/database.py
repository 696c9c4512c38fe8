"""Every SQL statement on the central database: the query API the reports and the UI use, and collection's writes.

Built by ``desk central collect`` (:mod:`desk.sync.collect`, which writes only through
:class:`CentralWriter`); read by the network page, ``desk central stats`` and the network report
through the public methods of :class:`CentralDatabase` (a stable API). The tables are described
in :mod:`desk.central.schema`; how a file's days are laid out in them is private to this module.
"""

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, create_engine, event

from desk.central.schema import (
    CENTRAL_FORMAT_VERSION,
    DAY_BREAKDOWNS,
    MONTH_BREAKDOWNS,
    MONTH_CROSS_TABLES,
    RETIRED_TABLES,
    CentralBase,
)
from desk.domain.events import EVENT_CELL_KEYS, EVENT_TOTAL_KEYS
from desk.errors import SyncError
from desk.share.reasons import Skipped


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
        """Check the format version; empty an older database, create missing tables."""
        with self._connect() as connection:
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
            with self._connect() as connection:
                for name in RETIRED_TABLES:
                    connection.execute(f"DROP TABLE IF EXISTS {name}")
                connection.commit()
            CentralBase.metadata.drop_all(self.engine)  # a cache of the share: the next collection fills it again
        CentralBase.metadata.create_all(self.engine)
        with self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO central_meta(key, value) VALUES ('format_version', ?)",
                (str(CENTRAL_FORMAT_VERSION),),
            )
            connection.commit()

    def _connect(self) -> "_RawConnection":
        """A pooled DB-API connection (context manager); SQLAlchemy's core would cost more than the queries."""
        return _RawConnection(self.engine)

    @contextmanager
    def writing(self) -> Iterator["CentralWriter"]:
        """Collection's one write transaction (``BEGIN IMMEDIATE``): committed on success, rolled back on any error."""
        with self._connect() as connection:
            connection.isolation_level = None
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield CentralWriter(connection)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def known_devices(self) -> set[tuple[str, str]]:
        """(branch id, device id) of every device with a collected file."""
        with self._connect() as connection:
            return {
                (branch, device)
                for branch, device in connection.execute("SELECT DISTINCT branch_id, device_id FROM count_file")
            }

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    # --- query API (stable: used by the network page, central stats and the network report) ---

    def branches(self, municipality: str | None = None, organisation: str | None = None) -> list[BranchSummary]:
        """Every branch (or one municipality's or library organisation's) with its devices, months and last sync."""
        where, params = _file_filters(None, None, municipality, organisation)
        query = f"""
            SELECT b.id, b.name, b.region, COUNT(DISTINCT f.device_id), COUNT(DISTINCT f.month), MAX(f.generated_at),
                   b.municipality_code, b.municipality_name, b.library_organisation
            FROM branch b LEFT JOIN count_file f ON f.branch_id = b.id WHERE 1 = 1{where}
            GROUP BY b.id ORDER BY b.region, b.name, b.id
        """
        with self._connect() as connection:
            return [
                BranchSummary(
                    row[0], row[1], row[2], int(row[3]), int(row[4]), _parse_time(row[5]), row[6], row[7], row[8]
                )
                for row in connection.execute(query, params)
            ]

    def organisations(self) -> list[str]:
        """The library organisations the collected branches name, sorted (branches that name none are left out)."""
        query = "SELECT DISTINCT library_organisation FROM branch WHERE library_organisation != '' ORDER BY 1"
        with self._connect() as connection:
            return [row[0] for row in connection.execute(query)]

    def municipalities(self) -> list[Municipality]:
        """Municipalities of the collected branches by code ("" for branches whose files do not say)."""
        query = "SELECT municipality_code, municipality_name, library_organisation FROM branch ORDER BY 1, 2, 3"
        found: dict[str, tuple[str, set[str], list[int]]] = {}
        with self._connect() as connection:
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
        with self._connect() as connection:
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
        organisation: str | None = None,
    ) -> dict[str, Any]:
        """Totals over the days start..end (inclusive) in the shape of ``desk stats --json``.

        Keys: sessions, minutes, events, participants_under_18, participants_18_plus, by_service
        (main service), by_outcome, by_channel, by_service_all, by_mode, by_referral,
        by_duration_band, by_provider_role, by_event_kind. Optionally limited to one branch, one
        region, one municipality code or one library organisation (as the branch's newest file says).
        """
        grouped = self._day_totals(start, end, None, branch_id, region, municipality, organisation)
        return grouped.get("", _empty_totals())

    def totals_by_branch(
        self,
        start: date,
        end: date,
        region: str | None = None,
        municipality: str | None = None,
        organisation: str | None = None,
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each branch id with counts in the period."""
        return self._day_totals(start, end, "f.branch_id", None, region, municipality, organisation)

    def totals_by_region(
        self, start: date, end: date, municipality: str | None = None, organisation: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each region with counts in the period."""
        return self._day_totals(start, end, "b.region", None, None, municipality, organisation)

    def totals_by_municipality(
        self, start: date, end: date, region: str | None = None, organisation: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each municipality code with counts in the period ("" for files that do not say)."""
        return self._day_totals(start, end, "b.municipality_code", None, region, None, organisation)

    def totals_by_organisation(
        self, start: date, end: date, municipality: str | None = None, organisation: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each library organisation with counts in the period ("" for files that do not say)."""
        return self._day_totals(start, end, "b.library_organisation", None, None, municipality, organisation)

    def totals_by_month(
        self,
        start: date,
        end: date,
        branch_id: str | None = None,
        region: str | None = None,
        municipality: str | None = None,
        organisation: str | None = None,
    ) -> dict[str, dict[str, Any]]:
        """``totals`` for each month (``YYYY-MM``) with counts in the period."""
        return self._day_totals(start, end, "f.month", branch_id, region, municipality, organisation)

    def event_tables(
        self,
        start: date,
        end: date,
        branch_id: str | None = None,
        region: str | None = None,
        municipality: str | None = None,
        organisation: str | None = None,
    ) -> dict[str, Any]:
        """The month-level event tables of every month that overlaps start..end (whole months).

        ``by_event``: {kind: {organiser: {content category: cell}}}; ``by_partner``: {partner code:
        cell}; a cell is {events, events_mostly_under_18, participants_under_18, participants_18_plus}.
        Not suppressed here; the report applies suppression.
        """
        extra, extra_params = _file_filters(branch_id, region, municipality, organisation)
        where, params = f"f.month BETWEEN ? AND ?{extra}", [f"{start:%Y-%m}", f"{end:%Y-%m}", *extra_params]
        by_event: dict[str, dict[str, dict[str, dict[str, int]]]] = {}
        by_partner: dict[str, dict[str, int]] = {}
        query = f"SELECT f.month_detail FROM count_file f JOIN branch b ON b.id = f.branch_id WHERE {where}"
        with self._connect() as connection:
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
        organisation: str | None = None,
    ) -> dict[str, Any]:
        """Month-level aggregates of every month that overlaps start..end (whole months).

        Returns ``by_age_band``, ``by_language``, ``by_device``, ``guides_used`` as
        ``{code: count}``, ``by_service_age_band`` as ``{service: {age band: count}}`` and
        ``by_weekday_hour`` as ``{"1".."7" (ISO weekday): {"0".."23": count}}``, plus
        ``months``: the list of months included. Demographic cells are NOT suppressed here;
        the report applies suppression.
        """
        extra, extra_params = _file_filters(branch_id, region, municipality, organisation)
        where, params = f"f.month BETWEEN ? AND ?{extra}", [f"{start:%Y-%m}", f"{end:%Y-%m}", *extra_params]
        flat: dict[str, Counter[str]] = {name: Counter() for name in MONTH_BREAKDOWNS}
        cross: dict[str, dict[str, Counter[str]]] = {name: {} for name in MONTH_CROSS_TABLES}
        months: set[str] = set()
        query = f"SELECT f.month, f.month_detail FROM count_file f JOIN branch b ON b.id = f.branch_id WHERE {where}"
        with self._connect() as connection:
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

    def branch_figures(
        self, start: date, end: date, municipality: str | None = None, organisation: str | None = None
    ) -> dict[str, dict[str, Any]]:
        """Sessions, minutes and solved sessions per branch id: what the branch and region tables need.

        One pass without unpacking any breakdown, which is what keeps 700 branches fast.
        """
        where, params = _file_filters(None, None, municipality, organisation)
        with self._connect() as connection:
            sums = _day_sums(connection, start, end, "f.branch_id", where, params)
        return {
            branch: {"sessions": n, "minutes": m, "by_outcome": {"solved": solved}}
            for branch, (n, m, solved) in sums.items()
        }

    def network_totals(
        self, start: date, end: date, municipality: str | None = None, organisation: str | None = None
    ) -> dict[str, Any]:
        """``totals`` of the whole network (or one municipality or organisation), parsing each month or day once.

        Whole months are read from the files' month sections, the months the period cuts from their days.
        """
        totals: dict[str, Any] = _empty_totals()
        where, where_params = _file_filters(None, None, municipality, organisation)
        files = "FROM count_file f JOIN branch b ON b.id = f.branch_id" if where else "FROM count_file f"
        whole, partial = _split_months(start, end)
        sources: list[tuple[str, list[Any]]] = []
        if whole:
            sources.append(
                (
                    f"SELECT j.path, j.key, j.value {files}, json_tree(f.month_detail) j "
                    f"WHERE f.month IN ({','.join('?' * len(whole))}) AND j.type = 'integer'{where}",
                    [*whole, *where_params],
                )
            )
        for first, last in partial:
            sources.append(
                (
                    f"SELECT t.path, t.key, t.value {files}, json_each(f.days) d, json_tree(d.value) t "
                    f"WHERE f.month = ? AND d.key BETWEEN ? AND ? AND t.type = 'integer'{where}",
                    [f"{first:%Y-%m}", first.isoformat(), last.isoformat(), *where_params],
                )
            )
        with self._connect() as connection:
            sums = _day_sums(connection, start, end, None, where, where_params)
            rows: list[Any] = []
            if sources:
                union = " UNION ALL ".join(query for query, _params in sources)
                params = [param for _query, source_params in sources for param in source_params]
                query = f"SELECT path, key, SUM(value) FROM ({union}) GROUP BY 1, 2"
                rows = connection.execute(query, params).fetchall()
        totals["sessions"], totals["minutes"] = sums.get("", (0, 0, 0))[:2]
        for path, code, count in rows:
            name = str(path).removeprefix("$.").strip('"')  # SQLite versions differ in quoting the key
            if name in totals and isinstance(totals[name], dict):
                totals[name][str(code)] = int(count)
            elif name == "$" and code in EVENT_TOTAL_KEYS:
                totals[str(code)] = int(count)
        return totals

    def headline_totals(
        self, start: date, end: date, municipality: str | None = None, organisation: str | None = None
    ) -> dict[str, Any]:
        """Sessions, minutes and solved sessions of the whole network or a part of it (for comparison columns)."""
        where, params = _file_filters(None, None, municipality, organisation)
        with self._connect() as connection:
            sessions, minutes, solved = _day_sums(connection, start, end, None, where, params).get("", (0, 0, 0))
        return {"sessions": sessions, "minutes": minutes, "by_outcome": {"solved": solved}}

    def daily_sessions(
        self, start: date, end: date, municipality: str | None = None, organisation: str | None = None
    ) -> dict[date, int]:
        """Sessions of the whole network (or a part of it) per day (days without sessions are absent)."""
        where, params = _file_filters(None, None, municipality, organisation)
        files = "FROM count_file f JOIN branch b ON b.id = f.branch_id" if where else "FROM count_file f"
        query = (
            f"SELECT d.key, SUM(json_extract(d.value, '$[0]')) {files}, json_each(f.day_totals) d "
            f"WHERE f.month BETWEEN ? AND ? AND d.key BETWEEN ? AND ?{where} GROUP BY 1"
        )
        bounds = [f"{start:%Y-%m}", f"{end:%Y-%m}", start.isoformat(), end.isoformat()]
        with self._connect() as connection:
            rows = connection.execute(query, [*bounds, *params]).fetchall()
        return {date.fromisoformat(day): int(n) for day, n in rows if n}

    def first_session_day(self, municipality: str | None = None, organisation: str | None = None) -> date | None:
        """The first day any (chosen) branch logged a session (None when none has); reports draw no data before it."""
        where, params = _file_filters(None, None, municipality, organisation)
        files = "FROM count_file f JOIN branch b ON b.id = f.branch_id" if where else "FROM count_file f"
        query = (
            f"SELECT MIN(d.key) {files}, json_each(f.day_totals) d "
            f"WHERE f.sessions > 0 AND json_extract(d.value, '$[0]') > 0{where}"
        )
        with self._connect() as connection:
            (day,) = connection.execute(query, params).fetchone()
        return date.fromisoformat(day) if day else None

    def sync_state(
        self, first_month: str, last_month: str, municipality: str | None = None, organisation: str | None = None
    ) -> tuple[set[str], dict[str, str]]:
        """Branch ids with a counts file for a month in first..last ('YYYY-MM'), and each branch's newest month."""
        extra, params = _file_filters(None, None, municipality, organisation)
        files = "FROM count_file f JOIN branch b ON b.id = f.branch_id"
        with self._connect() as connection:
            synced = {
                row[0]
                for row in connection.execute(
                    f"SELECT DISTINCT f.branch_id {files} WHERE f.month BETWEEN ? AND ?{extra}",
                    (first_month, last_month, *params),
                )
            }
            newest = {
                row[0]: row[1]
                for row in connection.execute(
                    f"SELECT f.branch_id, MAX(f.month) {files} WHERE 1 = 1{extra} GROUP BY 1", params
                )
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
        organisation: str | None = None,
    ) -> dict[str, dict[str, Any]]:
        """Totals per group: whole months from each file's month sums, edge months from its days."""
        key = group or "''"
        results: dict[str, dict[str, Any]] = {}
        whole, partial = _split_months(start, end)
        file_where, file_params = _file_filters(branch_id, region, municipality, organisation)
        with self._connect() as connection:
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
    joins = "FROM count_file f"
    if " b." in f" {key} {file_where}":
        joins += " JOIN branch b ON b.id = f.branch_id"
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


def _file_filters(
    branch_id: str | None, region: str | None, municipality: str | None = None, organisation: str | None = None
) -> tuple[str, list[Any]]:
    """`` AND ...`` conditions on a file ``f`` and its branch ``b``, with their parameters."""
    where, params = "", []
    if municipality is not None:
        where += " AND b.municipality_code = ?"
        params.append(municipality)
    if organisation is not None:
        where += " AND b.library_organisation = ?"
        params.append(organisation)
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


class StoredFile(Protocol):
    """What collection stores of one checked counts file (the shape of ``desk.sync.counts.CheckedFile``)."""

    @property
    def branch_id(self) -> str: ...
    @property
    def branch_name(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def month(self) -> str: ...
    @property
    def generated_at(self) -> str: ...
    @property
    def app_version(self) -> str: ...
    @property
    def catalogue_version(self) -> int: ...
    @property
    def content_sha256(self) -> str: ...
    @property
    def sessions(self) -> int: ...
    @property
    def minutes(self) -> int: ...
    @property
    def solved(self) -> int: ...
    @property
    def day_totals(self) -> str: ...
    @property
    def days_detail(self) -> str: ...
    @property
    def month_detail(self) -> str: ...
    @property
    def municipality_code(self) -> str: ...
    @property
    def municipality_name(self) -> str: ...
    @property
    def library_organisation(self) -> str: ...


@dataclass(frozen=True)
class DuplicateFile:
    """A stored file whose device and month are also stored under another branch id."""

    file_id: int
    relpath: str
    device_id: str
    month: str
    branch_id: str


_INSERT_FILE = """
    INSERT INTO count_file (id, relpath, branch_id, device_id, month, content_sha256, generated_at, app_version,
                            catalogue_version, branch_name, region, municipality_code, municipality_name,
                            library_organisation, sessions, minutes, solved, day_totals, days, month_detail)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_UPSERT_SEEN = "INSERT OR REPLACE INTO seen_file (relpath, size, mtime_ns) VALUES (?, ?, ?)"
_REBUILD_BRANCHES = """
    INSERT INTO branch (id, name, region, municipality_code, municipality_name, library_organisation,
                        newest_generated_at)
    SELECT branch_id, branch_name, region, municipality_code, municipality_name, library_organisation, MAX(generated_at)
    FROM count_file GROUP BY branch_id
"""
_DUPLICATE_DEVICES = """
    SELECT f.id, f.relpath, f.device_id, f.month, f.branch_id FROM count_file f
    JOIN (SELECT device_id, month FROM count_file GROUP BY device_id, month HAVING COUNT(*) > 1) d
      ON d.device_id = f.device_id AND d.month = f.month
    ORDER BY f.device_id, f.month, f.generated_at DESC, f.branch_id DESC
"""


class CentralWriter:
    """Collection's writes inside its transaction (from :meth:`CentralDatabase.writing`).

    Added files and seen marks are queued and inserted in batches (executemany runs them in C);
    :meth:`flush` writes the queue, and every other write flushes it first.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._file_rows: list[tuple[object, ...]] = []
        self._seen_rows: list[tuple[object, ...]] = []
        self._next_id = int(connection.execute("SELECT COALESCE(MAX(id), 0) FROM count_file").fetchone()[0]) + 1

    def file_count(self) -> int:
        """How many files are stored."""
        return int(self._connection.execute("SELECT COUNT(*) FROM count_file").fetchone()[0])

    def stored_files(self) -> dict[tuple[str, str, str], tuple[int, str]]:
        """(branch, device, month) -> (file id, content hash) of every stored file."""
        query = "SELECT id, branch_id, device_id, month, content_sha256 FROM count_file"
        return {
            (branch, device, month): (file_id, digest)
            for file_id, branch, device, month, digest in self._connection.execute(query)
        }

    def seen_files(self) -> dict[str, tuple[int, int]]:
        """Relpath -> (size, modification time in ns) of each file when it was last read."""
        query = "SELECT relpath, size, mtime_ns FROM seen_file"
        return {relpath: (size, mtime) for relpath, size, mtime in self._connection.execute(query)}

    def add_file(self, relpath: str, checked: StoredFile) -> int:
        """Queue a checked file and its days; returns the file id it will have."""
        file_id = self._next_id
        self._next_id += 1
        self._file_rows.append(
            (
                file_id,
                relpath,
                checked.branch_id,
                checked.device_id,
                checked.month,
                checked.content_sha256,
                checked.generated_at,
                checked.app_version,
                checked.catalogue_version,
                checked.branch_name,
                checked.region,
                checked.municipality_code,
                checked.municipality_name,
                checked.library_organisation,
                checked.sessions,
                checked.minutes,
                checked.solved,
                checked.day_totals,
                checked.days_detail,
                checked.month_detail,
            )
        )
        return file_id

    def mark_seen(self, relpath: str, size: int, mtime_ns: int) -> None:
        """Queue a file's size and modification time as read now (an unchanged file is not read again)."""
        self._seen_rows.append((relpath, size, mtime_ns))

    def flush(self) -> None:
        """Insert what is queued."""
        if self._file_rows:
            self._connection.executemany(_INSERT_FILE, self._file_rows)
        if self._seen_rows:
            self._connection.executemany(_UPSERT_SEEN, self._seen_rows)
        self._file_rows, self._seen_rows = [], []

    def forget(self, file_ids: Sequence[int]) -> None:
        """Delete stored files and their days."""
        self.flush()
        self._connection.executemany("DELETE FROM count_file WHERE id = ?", [(file_id,) for file_id in file_ids])

    def device_month_duplicates(self) -> list[DuplicateFile]:
        """Files whose device and month are stored more than once; each group newest first (then by branch id)."""
        self.flush()
        return [DuplicateFile(*row) for row in self._connection.execute(_DUPLICATE_DEVICES)]

    def rebuild_branches(self) -> None:
        """Forget seen marks of files no longer stored, and take each branch's name and places from its newest file."""
        self.flush()
        self._connection.execute("DELETE FROM seen_file WHERE relpath NOT IN (SELECT relpath FROM count_file)")
        self._connection.execute("DELETE FROM branch")
        self._connection.execute(_REBUILD_BRANCHES)

    def replace_skipped(self, skipped: Sequence[Skipped]) -> None:
        """The list of files this collection did not count replaces the previous one."""
        self._connection.execute("DELETE FROM skipped_file")
        self._connection.executemany(
            "INSERT OR REPLACE INTO skipped_file (relpath, reason) VALUES (?, ?)",
            [(item.relpath, item.stored()) for item in skipped],
        )


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
