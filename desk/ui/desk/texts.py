"""Shared wording of the desk page: labels of codes and services, durations, and why an entry was refused."""

from datetime import date, datetime, time
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from desk.domain import codes
from desk.domain import events as event_rules
from desk.domain.session import (
    PROBLEM_BAD_PARTNER,
    PROBLEM_DUPLICATE_SERVICE,
    PROBLEM_FUTURE_START,
    PROBLEM_NO_DURATION,
    PROBLEM_NO_OUTCOME,
    PROBLEM_NO_SERVICE,
    PROBLEM_STRAY_REFERRAL,
    PROBLEM_TOO_LONG,
    PROBLEM_UNKNOWN_SERVICE,
)
from desk.store.sessions import PROBLEM_BAD_COUNT

from desk.ui.context import AppContext
from desk.ui.desk.typed_time import NO_SUCH_DAY, NO_SUCH_TIME, parse_clock, parse_day

#: The duration quick picks of the after-the-fact form, in minutes.
QUICK_MINUTES = (5, 10, 15, 20, 30, 45, 60)


def code_label(code: StrEnum | None, language: str) -> str:
    """The label of a coded value, or a dash for 'not recorded'."""
    return codes.label(code, language) if code is not None else "–"


def service_label(context: AppContext, code: str) -> str:
    """A service's name in the UI language; unknown codes show as themselves."""
    service = context.catalogue.by_code().get(code)
    return service.label(context.language) if service else code


def services_label(context: AppContext, service_codes: tuple[str, ...]) -> str:
    """The main service, then any extra ones after a plus sign."""
    return " + ".join(service_label(context, code) for code in service_codes)


def minutes_text(minutes: int) -> str:
    """A duration in minutes, e.g. '15 min'."""
    return QCoreApplication.translate("DeskTexts", "{0} min").format(QLocale().toString(minutes))


def hours_text(minutes: int) -> str:
    """Minutes as hours with one decimal, e.g. '3,5 h' in Finnish."""
    return QCoreApplication.translate("DeskTexts", "{0} h").format(QLocale().toString(minutes / 60, "f", 1))


def clock_text(moment: datetime) -> str:
    """A time of day in the locale's short format, e.g. '14.05' in Finnish."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def elapsed_text(seconds: int) -> str:
    """A running timer, e.g. '12:05' (minutes:seconds) or '1:02:05'."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def problem_text(code: str) -> str:
    """Why an entry was refused, in the UI language."""
    texts = {
        PROBLEM_NO_SERVICE: QCoreApplication.translate("DeskTexts", "Choose at least one service."),
        PROBLEM_DUPLICATE_SERVICE: QCoreApplication.translate("DeskTexts", "The same service is chosen twice."),
        PROBLEM_UNKNOWN_SERVICE: QCoreApplication.translate("DeskTexts", "That service is not in the catalogue."),
        PROBLEM_FUTURE_START: QCoreApplication.translate(
            "DeskTexts", "The start time is in the future. Sessions can only be logged once they have begun."
        ),
        PROBLEM_NO_DURATION: QCoreApplication.translate("DeskTexts", "The duration must be at least one minute."),
        PROBLEM_TOO_LONG: QCoreApplication.translate(
            "DeskTexts", "The duration cannot be over 8 hours. Log a long day as separate sessions."
        ),
        PROBLEM_NO_OUTCOME: QCoreApplication.translate("DeskTexts", "Choose how the session ended."),
        PROBLEM_STRAY_REFERRAL: QCoreApplication.translate(
            "DeskTexts", "A referral target is only for referred sessions."
        ),
        PROBLEM_BAD_PARTNER: QCoreApplication.translate(
            "DeskTexts", "The partner is not in the partner directory's code form."
        ),
        PROBLEM_BAD_COUNT: QCoreApplication.translate("DeskTexts", "Between 1 and 50 sessions can be saved at once."),
    }
    return texts.get(code, QCoreApplication.translate("DeskTexts", "The entry could not be saved."))


def event_problem_text(code: str) -> str:
    """Why an event was refused, in the UI language."""
    texts = {
        event_rules.PROBLEM_NO_SERVICE: QCoreApplication.translate(
            "DeskTexts", "Choose at least one service the event covered."
        ),
        event_rules.PROBLEM_NO_PARTICIPANTS: QCoreApplication.translate(
            "DeskTexts", "An event needs at least one participant."
        ),
        event_rules.PROBLEM_TOO_MANY_PARTICIPANTS: QCoreApplication.translate(
            "DeskTexts", "A participant count cannot be over 9999."
        ),
        event_rules.PROBLEM_BAD_PARTNER: QCoreApplication.translate("DeskTexts", "Choose the partner from the list."),
        "start-out-of-range": QCoreApplication.translate("DeskTexts", "The date must be between 2000 and 2100."),
    }
    return texts[code] if code in texts else problem_text(code)


def outcome_button_text(outcome: codes.Outcome) -> str:
    """Wording of the finishing buttons."""
    texts = {
        codes.Outcome.SOLVED: QCoreApplication.translate("DeskTexts", "Done – solved"),
        codes.Outcome.PARTLY: QCoreApplication.translate("DeskTexts", "Partly solved"),
        codes.Outcome.REFERRED: QCoreApplication.translate("DeskTexts", "Referred…"),
        codes.Outcome.NOT_SOLVED: QCoreApplication.translate("DeskTexts", "Not solved"),
    }
    return texts[outcome]


def typed_day_text(day: date) -> str:
    """A day as staff would type it: the locale's short form when it reads back, else 30.11.2026."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return text if parse_day(text)[0] == day else f"{day.day}.{day.month}.{day.year}"


def typed_clock_text(clock: time) -> str:
    """A time of day as staff would type it: the locale's short form when it reads back, else 14.05."""
    text = QLocale().toString(QTime(clock.hour, clock.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    readable = parse_clock(text)[0] == clock.replace(second=0, microsecond=0)
    return text if readable else f"{clock.hour}.{clock.minute:02d}"


def when_problems(day_text: str, clock_text: str) -> list[str]:
    """Why a typed day or start time cannot be read (empty when both can); nothing is ever guessed."""
    problems = []
    _day, day_problem = parse_day(day_text)
    if day_problem == NO_SUCH_DAY:
        problems.append(QCoreApplication.translate("DeskTexts", "There is no day {0}.").format(day_text.strip()))
    elif day_problem:
        problems.append(QCoreApplication.translate("DeskTexts", "Write the day as 30.11.2026 (day, month, year)."))
    _clock, clock_problem = parse_clock(clock_text)
    if clock_problem == NO_SUCH_TIME:
        problems.append(QCoreApplication.translate("DeskTexts", "There is no time {0}.").format(clock_text.strip()))
    elif clock_problem:
        problems.append(QCoreApplication.translate("DeskTexts", "Write the start time as 14.05 (hours and minutes)."))
    return problems
