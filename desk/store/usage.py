"""Which services this PC logs most, so the desk page can put them first."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from desk.store.database import Database
from desk.store.models import HelpSession, SessionService

USAGE_WINDOW_DAYS = 90


def most_used(database: Database, today: date, days: int = USAGE_WINDOW_DAYS) -> list[str]:
    """Service codes by how often they were logged in the last `days` days, most used first.

    Every service of a session counts (main and extra); ties keep the order of the database's grouping,
    so callers sort by catalogue position second.
    """
    since = datetime.combine(today - timedelta(days=days), time())
    count = func.count().label("uses")
    query = (
        select(SessionService.service_code, count)
        .join(HelpSession, HelpSession.id == SessionService.session_id)
        .where(HelpSession.started_at >= since, HelpSession.deleted_at.is_(None))
        .group_by(SessionService.service_code)
        .order_by(count.desc(), SessionService.service_code)
    )
    with database.session() as session:
        return [code for code, _uses in session.execute(query)]
