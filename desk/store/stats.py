"""Totals of the local database for a period, in the shape `desk stats --json` prints."""

from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from desk.domain.codes import duration_band
from desk.store.database import Database
from desk.store.models import GroupEvent, HelpSession, SessionService


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Datetimes covering the days start..end inclusive."""
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def local_totals(database: Database, start: date, end: date) -> dict[str, Any]:
    """Count closed, live sessions started between start and end (inclusive days).

    Keys kept stable for scripts: sessions, minutes, by_service (main service),
    by_outcome, by_channel. Also: by_service_all (every service named), by_mode,
    by_referral, by_duration_band, by_provider_role; and the period's group events: events,
    participants_under_18, participants_18_plus, by_event_kind (events, not participants).
    """
    low, high = period_bounds(start, end)
    live = (HelpSession.deleted_at.is_(None), HelpSession.is_open.is_(False))
    in_period = (HelpSession.started_at >= low, HelpSession.started_at < high)
    result: dict[str, Any] = {}
    with database.session() as session:
        count, minutes = session.execute(
            select(func.count(), func.coalesce(func.sum(HelpSession.duration_minutes), 0)).where(*live, *in_period)
        ).one()
        result["sessions"] = int(count)
        result["minutes"] = int(minutes or 0)

        def grouped(column: Any, *extra: Any) -> dict[str, int]:
            query = select(column, func.count()).where(*live, *in_period, *extra).group_by(column)
            return {str(key): int(n) for key, n in session.execute(query) if key is not None}

        joined = select(SessionService.service_code, func.count()).join(HelpSession)
        result["by_service"] = {
            code: int(n)
            for code, n in session.execute(
                joined.where(*live, *in_period, SessionService.position == 0).group_by(SessionService.service_code)
            )
        }
        result["by_outcome"] = grouped(HelpSession.outcome)
        result["by_channel"] = grouped(HelpSession.channel)
        result["by_service_all"] = {
            code: int(n)
            for code, n in session.execute(joined.where(*live, *in_period).group_by(SessionService.service_code))
        }
        result["by_mode"] = grouped(HelpSession.mode)
        result["by_referral"] = grouped(HelpSession.referral_target)
        bands: Counter[str] = Counter()
        for minutes_value, n in session.execute(
            select(HelpSession.duration_minutes, func.count())
            .where(*live, *in_period)
            .group_by(HelpSession.duration_minutes)
        ):
            bands[duration_band(int(minutes_value or 0)).value] += int(n)
        result["by_duration_band"] = dict(bands)
        result["by_provider_role"] = grouped(HelpSession.provider_role)
        result.update(_event_totals(session, low, high))
    return {key: dict(sorted(value.items())) if isinstance(value, dict) else value for key, value in result.items()}


def _event_totals(session: Any, low: datetime, high: datetime) -> dict[str, Any]:
    """Events not deleted that started in low..high: how many, their participants, and how many of each kind."""
    where = (GroupEvent.deleted_at.is_(None), GroupEvent.started_at >= low, GroupEvent.started_at < high)
    events, under_18, adults = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(GroupEvent.participants_under_18), 0),
            func.coalesce(func.sum(GroupEvent.participants_18_plus), 0),
        ).where(*where)
    ).one()
    kinds = session.execute(select(GroupEvent.kind, func.count()).where(*where).group_by(GroupEvent.kind))
    return {
        "events": int(events),
        "participants_under_18": int(under_18),
        "participants_18_plus": int(adults),
        "by_event_kind": {str(kind): int(n) for kind, n in kinds},
    }
