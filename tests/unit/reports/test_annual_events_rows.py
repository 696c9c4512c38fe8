"""The annual return's events section has the statistics form's four rows, by organiser and by place."""

from datetime import datetime

from desk.reports.annual import EVENT_ROWS, AnnualFigures, build_annual_return, event_row
from desk.reports.events import EventFigures


def cell(events: int, young: int, adults: int) -> dict[str, int]:
    return {
        "events": events,
        "events_mostly_under_18": 0,
        "participants_under_18": young,
        "participants_18_plus": adults,
    }


def test_each_kind_and_organiser_lands_in_one_row_of_the_form():
    assert event_row("partner-visit", "library") == "library"
    assert event_row("outreach", "library") == "library", "the library's own event, wherever it was"
    assert event_row("partner-visit", "municipal") == "municipal"
    assert event_row("partner-visit", "external") == "external"
    assert event_row("outreach", "external") == "outside-library"
    assert event_row("outreach", "municipal") == "outside-library"


def test_the_events_section_sums_each_row_and_leaves_user_training_out():
    figures = EventFigures(
        by_event={
            "partner-visit": {"external": {"ict": cell(2, 0, 30)}, "library": {"ict": cell(1, 0, 5)}},
            "outreach": {"external": {"other": cell(3, 4, 20)}},
            "digipaja": {"library": {"ict": cell(10, 0, 80)}},  # user training, not an event
        }
    )
    annual = build_annual_return(AnnualFigures(2026, figures, {}), "en", datetime(2027, 1, 5, 9, 0))
    rows = {row[0]: row[1:] for row in annual.events.rows}
    assert list(rows) == [
        "Organised by the library",
        "Organised by other municipal actors in the library",
        "Organised by external actors in the library",
        "Library's participation in others' events outside the library",
    ]
    assert rows["Organised by the library"] == [1, 0, 5, 5]
    assert rows["Organised by other municipal actors in the library"] == [0, 0, 0, 0]
    assert rows["Organised by external actors in the library"] == [2, 0, 30, 30]
    assert rows["Library's participation in others' events outside the library"] == [3, 4, 20, 24]
    assert annual.events.total_row[1:] == [6, 4, 55, 59]
    assert annual.events.codes is not None and annual.events.codes.rows[: len(EVENT_ROWS)] == list(EVENT_ROWS)
