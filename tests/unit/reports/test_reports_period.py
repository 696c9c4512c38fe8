from datetime import date

import pytest

from desk.reports.period import Period, month_of, quarter_of, year_of


def test_presets():
    assert month_of(date(2026, 2, 10)) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert quarter_of(date(2026, 5, 31)) == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert year_of(date(2026, 5, 31)) == Period(date(2026, 1, 1), date(2026, 12, 31))


def test_previous_of_whole_months_is_the_previous_month_quarter_or_year():
    assert month_of(date(2026, 3, 5)).previous() == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert quarter_of(date(2026, 1, 5)).previous() == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert year_of(date(2026, 1, 5)).previous() == Period(date(2025, 1, 1), date(2025, 12, 31))


def test_previous_of_custom_period_has_the_same_length():
    period = Period(date(2026, 3, 10), date(2026, 3, 16))
    assert period.previous() == Period(date(2026, 3, 3), date(2026, 3, 9))


def test_year_earlier_handles_leap_day():
    assert Period(date(2028, 2, 1), date(2028, 2, 29)).year_earlier() == Period(date(2027, 2, 1), date(2027, 2, 28))


def test_buckets_weeks_for_short_and_months_for_long_periods():
    month = month_of(date(2026, 3, 1))
    assert month.trend_unit() == "week"
    assert month.buckets()[0] == date(2026, 2, 23)  # the Monday of the week holding 1 March
    assert month.bucket_of(date(2026, 3, 31)) == month.buckets()[-1]
    year = year_of(date(2026, 1, 1))
    assert year.trend_unit() == "month"
    assert len(year.buckets()) == 12


def test_reversed_period_is_refused():
    with pytest.raises(ValueError):
        Period(date(2026, 3, 2), date(2026, 3, 1))
