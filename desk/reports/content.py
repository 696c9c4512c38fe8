"""Building blocks shared by the branch and network reports: the page header facts and common tables."""

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from desk.domain.codes import label
from desk.reports.suppression import suppress_counts
from desk.reports.tables import Cell, Hidden, ReportTable, TableCodes, share
from desk.reports.texts import format_date, format_month, month_name, text, weekday_names

if TYPE_CHECKING:
    from desk.domain.catalogue import Catalogue
    from desk.partners.directory import Directory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportHeader:
    """What every page repeats: whose report, for which period, made when, in which language."""

    title: str
    organisation: str
    region: str
    period_text: str
    generated: datetime
    language: str
    subject: str


@dataclass(frozen=True)
class Series:
    """Chart data: category labels and one or two value series."""

    labels: list[str]
    #: None marks a gap: no data can exist there (future, or before the first entry).
    values: list[int | None]
    earlier: list[int | None] | None = None
    earlier_name: str = ""
    name: str = ""


#: Measure codes of a count column and of a share column (a percentage of the table's total).
COUNT_COLUMNS: list[str | None] = [None, "sessions", "share_percent"]
TOTAL = "total"
NOT_RECORDED = "not-recorded"


def period_code(start: date, end: date) -> str:
    """A period as an ISO 8601 interval, '2026-07-01/2026-09-30'."""
    return f"{start.isoformat()}/{end.isoformat()}"


def bucket_code(bucket: date, unit: str) -> str:
    """A trend bucket as a code: '2026-W36' for a week, '2026-09' for a month."""
    if unit == "week":
        year, week, _ = bucket.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{bucket:%Y-%m}"


def dimension_of(codes: Sequence[StrEnum]) -> str:
    """The dimension code of a code family: AgeBand -> 'age_band'."""
    name = type(codes[0]).__name__
    return "".join(f"_{char.lower()}" if char.isupper() else char for char in name).lstrip("_")


def code_series(codes: Sequence[StrEnum], counts: dict[str, int], language: str) -> Series:
    """Chart data for coded counts, in the codes' order, labelled in the language."""
    return Series([label(code, language) for code in codes], [int(counts.get(code.value, 0)) for code in codes])


def distribution_table(
    key: str,
    title: str,
    first_column: str,
    codes: Sequence[StrEnum],
    counts: dict[str, int],
    language: str,
    total: int | None = None,
    note: str = "",
    period: str = "",
) -> ReportTable:
    """A code → count table with shares and a total row (no suppression)."""
    total = sum(counts.values()) if total is None else total
    rows: list[list[Cell]] = []
    for code in codes:
        count = counts.get(code.value, 0)
        rows.append([label(code, language), count, share(count, total)])
    return ReportTable(
        key,
        title,
        [first_column, text("sessions", language), text("share", language)],
        rows,
        [text("total", language), total, share(total, total)],
        note,
        codes=TableCodes(dimension_of(codes), [code.value for code in codes] + [TOTAL], COUNT_COLUMNS, period),
    )


def suppressed_table(
    key: str,
    title: str,
    first_column: str,
    codes: Sequence[StrEnum],
    counts: dict[str | None, int],
    language: str,
    threshold: int,
    period: str = "",
    mask: Sequence[bool] | None = None,
) -> ReportTable:
    """A demographic distribution ('not recorded' included) with small-cell suppression.

    mask: which rows to hide, when the table is suppressed together with another (default: on its own).
    """
    values = [counts.get(code.value, 0) for code in codes] + [counts.get(None, 0)]
    names = [label(code, language) for code in codes] + [text("not_recorded", language)]
    total = sum(values)
    hidden_rows = suppress_counts(values, threshold) if mask is None else list(mask)
    rows: list[list[Cell]] = []
    for name, value, hidden in zip(names, values, hidden_rows, strict=True):
        rows.append([name, Hidden(), Hidden()] if hidden else [name, value, share(value, total)])
    row_codes = [code.value for code in codes] + [NOT_RECORDED, TOTAL]
    return ReportTable(
        key,
        title,
        [first_column, text("sessions", language), text("share", language)],
        rows,
        [text("total", language), total, share(total, total)],
        codes=TableCodes(dimension_of(codes), row_codes, COUNT_COLUMNS, period),
    )


def idle_days_table(idle_days: Iterable[date], language: str, period: str = "") -> ReportTable:
    """Days with nothing logged, one row per month."""
    by_month: dict[date, list[date]] = {}
    for day in idle_days:
        by_month.setdefault(day.replace(day=1), []).append(day)
    weekdays = weekday_names(language)

    def short(day: date) -> str:
        if language == "en":
            return f"{weekdays[day.weekday()]} {day.day}"
        return f"{weekdays[day.weekday()]} {day.day}.{day.month}."

    rows: list[list[Cell]] = [
        [format_month(month, language), len(days), ", ".join(short(day) for day in days)]
        for month, days in sorted(by_month.items())
    ]
    return ReportTable(
        "idle_days",
        text("idle_days", language),
        [text("month", language), text("days", language), text("dates", language)],
        rows,
        [text("total", language), sum(len(days) for days in by_month.values()), ""] if rows else None,
        text("idle_days_note", language),
        codes=TableCodes(
            "month",
            [f"{month:%Y-%m}" for month in sorted(by_month)] + [TOTAL],
            [None, "days", None],
            period,
            cells_period=[[f"{month:%Y-%m}"] * 3 for month in sorted(by_month)] + [[period] * 3],
        ),
    )


def bucket_label(bucket: date, unit: str, language: str, short: bool = False) -> str:
    """A trend bucket as text: a week's Monday or a month."""
    if unit == "week":
        week = bucket.isocalendar().week
        if short:
            return {"fi": f"vk {week}", "sv": f"v. {week}", "en": f"wk {week}"}[language]
        return f"{format_date(bucket, language)} ({text('week', language).lower()} {week})"
    if short:
        return month_name(bucket.month, language, abbreviated=True)
    return format_month(bucket, language)


def top_with_others(items: list[tuple[str, int]], keep: int, others: str) -> list[tuple[str, int]]:
    """The first `keep` items plus one 'others' item summing the rest."""
    if len(items) <= keep + 1:
        return items
    rest = sum(count for _, count in items[keep:])
    return [*items[:keep], (others, rest)]


def referral_partner_tables(
    counts: dict[str, int], directory: "Directory | None", language: str, threshold: int, period: str = ""
) -> list[ReportTable]:
    """Referrals by partner (name and type from the directory) and by partner type, small cells hidden.

    None when no referral named a partner. A code the directory no longer holds shows as its code,
    of type "other".
    """
    from desk.partners.directory import Directory
    from desk.partners.model import PARTNER_TYPES
    from desk.partners.referral import type_label, type_of

    if not counts:
        return []
    directory = directory or Directory()
    codes = sorted(counts, key=lambda code: (-counts[code], code))
    total = sum(counts.values())

    def name(code: str) -> str:
        partner = directory.get(code)
        return partner.name(language) if partner is not None else code

    values = [counts[code] for code in codes]
    rows: list[list[Cell]] = []
    for code, value, hidden in zip(codes, values, suppress_counts(values, threshold), strict=True):
        kind = type_label(type_of(directory, code), language)
        rows.append(
            [name(code), kind, Hidden(), Hidden()] if hidden else [name(code), kind, value, share(value, total)]
        )
    by_partner = ReportTable(
        "referral_partners",
        text("referral_partners", language),
        [
            text("partner", language),
            text("partner_type", language),
            text("sessions", language),
            text("share", language),
        ],
        rows,
        [text("total", language), "", total, share(total, total)],
        text("referral_partners_note", language),
        codes=TableCodes("referral_partner", [*codes, TOTAL], [None, None, "sessions", "share_percent"], period),
    )
    by_type: dict[str, int] = {}
    for code, value in counts.items():
        kind = type_of(directory, code)
        by_type[kind] = by_type.get(kind, 0) + value
    type_values = [by_type.get(kind, 0) for kind in PARTNER_TYPES]
    type_rows: list[list[Cell]] = []
    for kind, value, hidden in zip(PARTNER_TYPES, type_values, suppress_counts(type_values, threshold), strict=True):
        label_text = type_label(kind, language)
        type_rows.append([label_text, Hidden(), Hidden()] if hidden else [label_text, value, share(value, total)])
    by_kind = ReportTable(
        "referral_partner_types",
        text("referral_partner_types", language),
        [text("partner_type", language), text("sessions", language), text("share", language)],
        type_rows,
        [text("total", language), total, share(total, total)],
        codes=TableCodes("partner_type", [*PARTNER_TYPES, TOTAL], COUNT_COLUMNS, period),
    )
    return [by_partner, by_kind]


def partner_directory(share_dir: str, catalogue: "Catalogue") -> "Directory":
    """The partner directory for naming and typing partners: shipped, plus the share's when given."""
    from desk.partners.directory import Directory, load_directory
    from desk.share import open_share

    try:
        return load_directory(open_share(share_dir) if share_dir else None, catalogue)
    except Exception as exc:  # names are a nicety: never fail a report over them (codes are shown instead)
        log.info("partner directory unavailable: %s", exc)
        return Directory()
