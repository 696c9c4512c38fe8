import re
from datetime import date, datetime

import pytest

from desk.reports.texts import (
    PERCENT_PATTERNS,
    check_language,
    format_date,
    format_datetime,
    format_int,
    format_percent,
    format_period,
    month_name,
    text,
    weekday_names,
)


def test_finnish_month_names_are_standalone():
    assert month_name(3, "fi") == "maaliskuu"
    assert month_name(3, "sv") == "mars"
    assert month_name(3, "en") == "March"


def test_thousands_separator_is_a_no_break_space_in_fi_and_sv():
    assert format_int(1234, "fi") == "1\u00a0234"
    assert format_int(1234, "sv") == "1\u00a0234"
    assert format_int(1234, "en") == "1,234"


def test_percent_and_change_signs():
    assert format_percent(12.44, "fi") == "12,4\u00a0%"
    assert format_percent(1, "fi") == "1,0\u00a0%"
    assert format_percent(0.4, "sv") == "0,4\u00a0%"
    assert format_percent(1234.5, "fi") == "1\u00a0234,5\u00a0%"
    assert format_percent(-3.0, "en", signed=True) == "\u22123.0%"
    assert format_percent(5.0, "sv", signed=True) == "+5,0\u00a0%"
    assert format_percent(0.04, "en", signed=True) == "±0.0%"
    for language in ("fi", "sv", "en"):
        for value in (0, 0.04, 0.4, 1, 12.44, 99.96, 100, 1234.5, -7.25):
            for signed in (False, True):
                shown = format_percent(value, language, signed=signed)
                assert re.fullmatch(PERCENT_PATTERNS[language], shown), (value, language, shown)
    assert format_percent(None, "fi") == "–"


def test_periods_in_words():
    assert format_period(date(2026, 3, 1), date(2026, 3, 31), "fi") == "maaliskuu 2026"
    assert format_period(date(2026, 4, 1), date(2026, 6, 30), "sv") == "kvartal 2 2026"
    assert format_period(date(2026, 1, 1), date(2026, 12, 31), "en") == "2026"
    assert format_period(date(2026, 3, 2), date(2026, 3, 8), "fi") == "2.3.2026–8.3.2026"


def test_dates_and_weekdays():
    assert format_date(date(2026, 3, 5), "en") == "5 Mar 2026"
    assert format_datetime(datetime(2026, 3, 5, 9, 7), "fi") == "5.3.2026 klo 09.07"
    assert weekday_names("fi")[0] == "ma"
    assert len(weekday_names("sv")) == 7


def test_every_text_exists_in_every_language():
    for language in ("fi", "sv", "en"):
        assert text("sessions", language)
    with pytest.raises(ValueError):
        check_language("de")
