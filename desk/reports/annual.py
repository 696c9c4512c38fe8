"""The annual return: a year's figures laid out as the public library statistics' user-training and event sections.

Figures are exact (the official return is filed with exact numbers); docs/reports.md, "The annual
return", says which official field each figure fills and how it is derived. A third section counts
one-to-one digital support, which the official form does not have yet.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desk.domain.codes import Channel, ContentCategory, EventKind, Organiser, ProviderRole, label
from desk.reports.annual_texts import annual_definitions, annual_text
from desk.reports.content import TOTAL, ReportHeader
from desk.reports.events import TRAINING_KINDS, EventFigures, add_cell, empty_cell
from desk.reports.tables import Cell, Decimal1, ReportTable, TableCodes
from desk.reports.texts import check_language, format_period

OTHER_EVENT_KINDS = tuple(kind for kind in EventKind if kind not in TRAINING_KINDS)
TRAINING_COLUMNS: list[str | None] = [
    None, "trainings_for_under_18", "trainings_for_18_plus", "trainings", "participants_under_18",
    "participants_18_plus", "participants",
]  # fmt: skip
EVENT_COLUMNS: list[str | None] = [None, "events", "participants_under_18", "participants_18_plus", "participants"]


@dataclass(frozen=True)
class AnnualFigures:
    """What the annual return is made of: the year's events and one-to-one sessions."""

    year: int
    events: EventFigures
    #: Totals in the shape of ``desk stats --json`` (sessions, minutes, by_channel, by_provider_role).
    sessions: dict[str, Any]
    organisation: str = ""
    municipality_code: str = ""
    municipality_name: str = ""
    #: Branches whose figures are included (the coordinator's return), by name.
    branches: tuple[str, ...] = ()


@dataclass
class AnnualReturn:
    """The annual return's tables, ready for the PDF and the CSV."""

    header: ReportHeader
    figures: AnnualFigures
    training: ReportTable
    events: ReportTable
    one_to_one: ReportTable
    definitions: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def language(self) -> str:
        """The report language."""
        return self.header.language

    def tables(self) -> list[ReportTable]:
        """The three sections in the order of the form."""
        return [self.training, self.events, self.one_to_one]


def year_bounds(year: int) -> tuple[date, date]:
    """The first and last day of a calendar year."""
    return date(year, 1, 1), date(year, 12, 31)


def _training(figures: EventFigures, language: str, period: str) -> ReportTable:
    sums = figures.sum_by(2, [kind.value for kind in TRAINING_KINDS])
    rows: list[list[Cell]] = []
    total = empty_cell()
    for category in ContentCategory:
        cell = sums.get(category.value, empty_cell())
        for key in total:
            total[key] += cell[key]
        rows.append([label(category, language), *_training_numbers(cell)])
    return ReportTable(
        "annual_user_training",
        annual_text("training_section", language),
        [annual_text("content_category", language), *(annual_text(str(c), language) for c in TRAINING_COLUMNS[1:])],
        rows,
        [annual_text("total", language), *_training_numbers(total)],
        annual_text("training_note", language),
        codes=TableCodes(
            "content_category", [*(c.value for c in ContentCategory), TOTAL], TRAINING_COLUMNS, period, measure="events"
        ),
    )


def _training_numbers(cell: dict[str, int]) -> list[Cell]:
    young, adults = cell["participants_under_18"], cell["participants_18_plus"]
    for_young = cell["events_mostly_under_18"]
    return [for_young, cell["events"] - for_young, cell["events"], young, adults, young + adults]


#: The rows of the form's events section, in its order; what is not organised by the library is
#: counted by where it took place (docs/reports.md, "The annual return").
EVENT_ROWS = ("library", "municipal", "external", "outside-library")


def event_row(kind: str, organiser: str) -> str:
    """The events-section row of one event: the library's own, or others' in the library, or outside it."""
    if organiser == Organiser.LIBRARY:
        return "library"
    if kind == EventKind.OUTREACH:
        return "outside-library"
    return "municipal" if organiser == Organiser.MUNICIPAL else "external"


def _events(figures: EventFigures, language: str, period: str) -> ReportTable:
    sums = {row: empty_cell() for row in EVENT_ROWS}
    for kind, organiser, _category, cell in figures.cells([kind.value for kind in OTHER_EVENT_KINDS]):
        add_cell(sums[event_row(kind, organiser)], cell)
    total = empty_cell()
    rows: list[list[Cell]] = []
    for row in EVENT_ROWS:
        add_cell(total, sums[row])
        rows.append([annual_text(f"events_{row}", language), *_event_numbers(sums[row])])
    return ReportTable(
        "annual_events",
        annual_text("events_section", language),
        [annual_text("organiser", language), *(annual_text(str(c), language) for c in EVENT_COLUMNS[1:])],
        rows,
        [annual_text("total", language), *_event_numbers(total)],
        annual_text("events_note", language),
        codes=TableCodes("organiser", [*EVENT_ROWS, TOTAL], EVENT_COLUMNS, period, measure="events"),
    )


def _event_numbers(cell: dict[str, int]) -> list[Cell]:
    young, adults = cell["participants_under_18"], cell["participants_18_plus"]
    return [cell["events"], young, adults, young + adults]


def _one_to_one(totals: dict[str, Any], language: str, period: str) -> ReportTable:
    rows: list[list[Cell]] = [
        [annual_text("sessions", language), int(totals.get("sessions", 0))],
        [annual_text("hours", language), Decimal1(int(totals.get("minutes", 0)) / 60)],
    ]
    codes = ["sessions", "hours"]
    for channel in Channel:
        rows.append([f"{annual_text('channel', language)}: {label(channel, language)}",
                     int(totals.get("by_channel", {}).get(channel.value, 0))])  # fmt: skip
        codes.append(f"channel:{channel.value}")
    for role in ProviderRole:
        rows.append([f"{annual_text('provider_role', language)}: {label(role, language)}",
                     int(totals.get("by_provider_role", {}).get(role.value, 0))])  # fmt: skip
        codes.append(f"provider_role:{role.value}")
    return ReportTable(
        "annual_one_to_one",
        annual_text("one_to_one_section", language),
        [annual_text("figure", language), annual_text("value", language)],
        rows,
        note=annual_text("one_to_one_note", language),
        codes=TableCodes("figure", codes, [None, "value"], period, measure="sessions"),
    )


def build_annual_return(figures: AnnualFigures, language: str, generated: datetime | None = None) -> AnnualReturn:
    """Turn a year's figures into the return's three sections."""
    check_language(language)
    start, end = year_bounds(figures.year)
    period = f"{start.isoformat()}/{end.isoformat()}"
    municipality = " ".join(part for part in (figures.municipality_code, figures.municipality_name) if part)
    header = ReportHeader(
        title=annual_text("short_title", language).format(year=figures.year),
        organisation=figures.organisation or municipality or annual_text("no_organisation", language),
        region=municipality,
        period_text=format_period(start, end, language),
        generated=generated or datetime.now().replace(second=0, microsecond=0),
        language=language,
        subject=annual_text("subject", language),
    )
    return AnnualReturn(
        header,
        figures,
        _training(figures.events, language, period),
        _events(figures.events, language, period),
        _one_to_one(figures.sessions, language, period),
        annual_definitions(language),
    )
