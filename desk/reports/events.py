"""The events page of the branch and network reports: events and participants by kind, organiser, month, partner.

Event counts are shown as they are; participant counts below the threshold are hidden with the one
neutral mark, and with them every cell that would let a hidden one be worked out (suppression.py).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from desk.domain.codes import ContentCategory, EventKind, Organiser, label
from desk.domain.events import EVENT_CELL_KEYS
from desk.domain.partners import partner_list
from desk.partners.directory import load_directory
from desk.reports.content import TOTAL, dimension_of
from desk.reports.event_texts import event_text
from desk.reports.period import Period
from desk.reports.suppression import suppress_matrix
from desk.reports.tables import Cell, Hidden, ReportTable, TableCodes

#: Event kinds the official statistics count as user training (käyttäjäkoulutus); the others are events.
TRAINING_KINDS = (EventKind.DIGIPAJA, EventKind.COURSE, EventKind.LECTURE)
EVENT_COLUMNS: list[str | None] = [None, "events", "participants_under_18", "participants_18_plus", "participants"]


def empty_cell() -> dict[str, int]:
    """A cell of the event tables with nothing in it."""
    return dict.fromkeys(EVENT_CELL_KEYS, 0)


def add_cell(target: dict[str, int], cell: dict[str, Any]) -> None:
    """Add a cell's numbers to target."""
    for key in EVENT_CELL_KEYS:
        target[key] += int(cell.get(key, 0))


@dataclass
class EventFigures:
    """A period's events: the kind x organiser x category table, partners, and months."""

    #: {kind: {organiser: {content category: cell}}}, cells as in the counts file.
    by_event: dict[str, dict[str, dict[str, dict[str, int]]]] = field(default_factory=dict)
    #: {partner code: cell}
    by_partner: dict[str, dict[str, int]] = field(default_factory=dict)
    #: {'YYYY-MM': {events, participants_under_18, participants_18_plus}}
    by_month: dict[str, dict[str, int]] = field(default_factory=dict)

    def cells(self, kinds: Sequence[str] | None = None) -> list[tuple[str, str, str, dict[str, int]]]:
        """Every (kind, organiser, category, cell), optionally for some kinds only."""
        return [
            (kind, organiser, category, cell)
            for kind, organisers in self.by_event.items()
            if kinds is None or kind in kinds
            for organiser, categories in organisers.items()
            for category, cell in categories.items()
        ]

    def sum_by(self, position: int, kinds: Sequence[str] | None = None) -> dict[str, dict[str, int]]:
        """Cells summed by kind (0), organiser (1) or content category (2)."""
        result: dict[str, dict[str, int]] = {}
        for kind, organiser, category, cell in self.cells(kinds):
            add_cell(result.setdefault((kind, organiser, category)[position], empty_cell()), cell)
        return result

    @property
    def total(self) -> dict[str, int]:
        """All events of the period in one cell."""
        result = empty_cell()
        for *_codes, cell in self.cells():
            add_cell(result, cell)
        return result


def local_event_figures(session: Any, period: Period) -> EventFigures:
    """The period's events from the local database (the branch report): whole days of the period."""
    from datetime import datetime, time, timedelta

    from desk.sync.event_counts import tally_events

    start = datetime.combine(period.start, time())
    end = datetime.combine(period.end + timedelta(days=1), time())
    days, month = tally_events(session, start, end)
    by_month: dict[str, dict[str, int]] = {}
    for day, counts in days.items():
        target = by_month.setdefault(
            day[:7], dict.fromkeys(("events", "participants_under_18", "participants_18_plus"), 0)
        )
        for key in target:
            target[key] += int(counts[key])
    return EventFigures(month["by_event"], month["by_partner"], dict(sorted(by_month.items())))


def _participant_rows(
    names: list[str], cells: list[dict[str, int]], threshold: int
) -> tuple[list[list[Cell]], list[Cell]]:
    """Rows of events, participants under 18, 18 and over, all; small participant splits hidden.

    The participants of a row and of each age band over all rows are always shown (suppress_matrix
    keeps margins); the split inside a row is hidden where a part is small, and so is whatever would
    let it be worked out.
    """
    values = [[cell["participants_under_18"], cell["participants_18_plus"]] for cell in cells]
    # Rows without participants show their zeros: the row total 0 gives them away anyway.
    counted = [index for index, pair in enumerate(values) if sum(pair)]
    inner = suppress_matrix([values[index] for index in counted], threshold) if counted else []
    mask = [[False, False] for _ in values]
    for index, hidden in zip(counted, inner, strict=True):
        mask[index] = hidden
    rows: list[list[Cell]] = []
    for name, cell, hidden in zip(names, cells, mask, strict=True):
        young: Cell = Hidden() if hidden[0] else cell["participants_under_18"]
        adults: Cell = Hidden() if hidden[1] else cell["participants_18_plus"]
        rows.append([name, cell["events"], young, adults, cell["participants_under_18"] + cell["participants_18_plus"]])
    total = empty_cell()
    for cell in cells:
        add_cell(total, cell)
    split: list[Cell] = [total["participants_under_18"], total["participants_18_plus"]]
    # The period's age split is the same figure in every table: hidden in all of them when a part is small
    # (else a one-row table, or another table's total, would give away a hidden split).
    if any(0 < int(part) < threshold for part in split):  # type: ignore[arg-type]
        split = [Hidden(), Hidden()]
    total_row: list[Cell] = [
        "",
        total["events"],
        *split,
        total["participants_under_18"] + total["participants_18_plus"],
    ]
    return rows, total_row


def _table(
    key: str, title_key: str, first_column: str, codes: list[str], names: list[str], cells: list[dict[str, int]],
    language: str, threshold: int, period: str, dimension: str, note: str = "",
) -> ReportTable:  # fmt: skip
    rows, total_row = _participant_rows(names, cells, threshold)
    total_row[0] = event_text("total", language)
    return ReportTable(
        key,
        event_text(title_key, language),
        [first_column, *(event_text(column, language) for column in EVENT_COLUMNS[1:])],  # type: ignore[arg-type]
        rows,
        total_row,
        note,
        codes=TableCodes(dimension, [*codes, TOTAL], EVENT_COLUMNS, period, measure="events"),
    )


def _coded(
    key: str, title_key: str, column_key: str, codes: Sequence[StrEnum], sums: dict[str, dict[str, int]],
    language: str, threshold: int, period: str,
) -> ReportTable:  # fmt: skip
    return _table(
        key, title_key, event_text(column_key, language), [code.value for code in codes],
        [label(code, language) for code in codes], [sums.get(code.value, empty_cell()) for code in codes],
        language, threshold, period, dimension_of(codes),
    )  # fmt: skip


def event_tables(figures: EventFigures, language: str, threshold: int, period: Period) -> list[ReportTable]:
    """The events page's tables: by kind, by organiser, by content category, by month and partners' visits.

    None when the period has no events: the report then has no events page (and no empty tables).
    """
    if not figures.total["events"]:
        return []
    now = f"{period.start.isoformat()}/{period.end.isoformat()}"
    tables = [
        _coded("events_by_kind", "events_by_kind", "event_kind", list(EventKind), figures.sum_by(0), language,
               threshold, now),
        _coded("events_by_organiser", "events_by_organiser", "organiser", list(Organiser), figures.sum_by(1),
               language, threshold, now),
        _coded("events_by_category", "events_by_category", "content_category", list(ContentCategory),
               figures.sum_by(2), language, threshold, now),
    ]  # fmt: skip
    months = [month for month in figures.by_month if figures.by_month[month]["events"]]
    month_cells = [{**empty_cell(), **figures.by_month[month]} for month in months]
    from desk.reports.texts import format_month

    tables.append(
        _table(
            "events_by_month", "events_by_month", event_text("month", language), months,
            [format_month(date.fromisoformat(month + "-01"), language) for month in months], month_cells,
            language, threshold, now, "month",
        )
    )  # fmt: skip
    names = {partner.code: partner.name(language) for partner in partner_list()}
    names.update({code: partner.name(language) for code, partner in load_directory(None, None).partners.items()})
    partners = sorted(figures.by_partner, key=lambda code: (-figures.by_partner[code]["events"], code))
    tables.append(
        _table(
            "partner_visits", "partner_visits", event_text("partner", language), partners,
            [names.get(code, code) for code in partners], [figures.by_partner[code] for code in partners],
            language, threshold, now, "partner", event_text("partner_note", language),
        )
    )  # fmt: skip
    return tables
