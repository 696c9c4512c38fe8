"""Totals of the local database for a period, in the shape `desk stats --json` prints."""

from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from desk.domain.codes import duration_band
from desk.store.database import Database
from desk.store.models import HelpSession, SessionService


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Datetimes covering the days start..end inclusive."""
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def local_totals(database: Database, start: date, end: date) -> dict[str, Any]:
    """Count closed, live sessions started between start and end (inclusive days).

    Keys kept stable for scripts: sessions, minutes, by_service (main service),
    by_outcome, by_channel. Also: by_service_all (every service named), by_mode,
    by_referral, by_duration_band, by_provider_role (sessions with a recorded role).
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
    return {key: dict(sorted(value.items())) if isinstance(value, dict) else value for key, value in result.items()}
