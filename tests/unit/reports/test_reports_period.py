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


def test_no_data_is_a_gap_not_a_zero():
    from desk.reports.period import has_data, with_gaps

    march = Period(date(2026, 3, 1), date(2026, 3, 31))  # weeks from Monday 23 Feb
    weeks = [(bucket, 0) for bucket in march.buckets()]
    weeks[1] = (weeks[1][0], 4)
    shown = with_gaps(march, weeks, first_day=date(2026, 3, 4), today=date(2026, 3, 18))
    assert [count for _, count in shown] == [None, 4, 0, 0, None, None]  # 16 Mar week holds today: known
    assert shown[2][1] == 0  # a real quiet week after the first entry stays a zero
    late = with_gaps(march, [(weeks[5][0], 3)], first_day=date(2026, 3, 4), today=date(2026, 3, 18))
    assert late == [(weeks[5][0], 3)]  # sessions that exist are never hidden, whatever the dates
    earlier = with_gaps(march, weeks, first_day=date(2026, 3, 4), today=date(2026, 3, 18), years_back=1)
    assert all(count is None for _, count in earlier if _ != weeks[1][0])
    assert not has_data(march.year_earlier(), date(2026, 3, 4), date(2026, 3, 18))
    assert has_data(march, date(2026, 3, 4), date(2026, 3, 18))
    assert not has_data(march, None, date(2026, 3, 18))
