"""Report periods: presets, the comparison periods and the trend buckets."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


def shift_years(day: date, years: int) -> date:
    """The same calendar day some years away; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Period:
    """Inclusive days start..end."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        """Number of days in the period."""
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period just before this one.

        A whole month, quarter or year gives the previous month, quarter or year; any other
        period gives the same number of days immediately before.
        """
        months = self.whole_months()
        if months:
            first = _add_months(self.start, -months)
            return Period(first, self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def year_earlier(self) -> "Period":
        """The same days one year earlier."""
        return Period(shift_years(self.start, -1), shift_years(self.end, -1))

    def whole_months(self) -> int:
        """How many whole calendar months the period is (0 when it is not whole months)."""
        if self.start.day != 1 or self.end.day != calendar.monthrange(self.end.year, self.end.month)[1]:
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def each_day(self) -> list[date]:
        """Every day of the period."""
        return [self.start + timedelta(days=offset) for offset in range(self.days)]

    def trend_unit(self) -> str:
        """'week' for periods up to about a quarter, otherwise 'month'."""
        return "week" if self.days <= 93 else "month"

    def buckets(self) -> list[date]:
        """First day of each trend bucket overlapping the period (Mondays or month starts)."""
        if self.trend_unit() == "week":
            first = self.start - timedelta(days=self.start.weekday())
            return [first + timedelta(weeks=n) for n in range((self.end - first).days // 7 + 1)]
        result = []
        current = self.start.replace(day=1)
        while current <= self.end:
            result.append(current)
            current = _add_months(current, 1)
        return result

    def bucket_of(self, day: date) -> date:
        """The trend bucket a day falls into."""
        if self.trend_unit() == "week":
            return day - timedelta(days=day.weekday())
        return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_of(day: date) -> Period:
    """The calendar month containing a day."""
    return Period(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]))


def quarter_of(day: date) -> Period:
    """The calendar quarter containing a day."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end_month = first_month + 2
    return Period(start, date(day.year, end_month, calendar.monthrange(day.year, end_month)[1]))


def year_of(day: date) -> Period:
    """The calendar year containing a day."""
    return Period(date(day.year, 1, 1), date(day.year, 12, 31))


def bucket_end(period: Period, bucket: date) -> date:
    """The last day of a trend bucket (a Sunday or a month's end)."""
    if period.trend_unit() == "week":
        return bucket + timedelta(days=6)
    return _add_months(bucket, 1) - timedelta(days=1)


def with_gaps(
    period: Period, counts: list[tuple[date, int]], first_day: date | None, today: date, years_back: int = 0
) -> list[tuple[date, int | None]]:
    """Trend counts with None where there can be no data: empty buckets in the future or before the first entry.

    years_back shifts the bucket into the past first (1 for the "a year earlier" line). A bucket with
    sessions always keeps its count, whatever the dates say.
    """
    result: list[tuple[date, int | None]] = []
    for bucket, count in counts:
        start, end = shift_years(bucket, -years_back), shift_years(bucket_end(period, bucket), -years_back)
        known = bool(count) or (first_day is not None and end >= first_day and start <= today)
        result.append((bucket, count if known else None))
    return result


def has_data(period: Period, first_day: date | None, today: date) -> bool:
    """True when some day of the period can hold entries: on or after the first entry, not in the future."""
    return first_day is not None and period.end >= first_day and period.start <= today
