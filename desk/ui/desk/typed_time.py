"""Read a typed day or time of day exactly as written, or say why it cannot be read (never guess)."""

import re
from datetime import date, time

_DAY_PATTERNS = (
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),  # 30.11.2026 (fi, sv_FI)
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"),  # 30/11/2026 (en_GB)
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),  # 2026-11-30 (ISO)
)
_TIME_PATTERN = re.compile(r"(?P<h>\d{1,2})[.:](?P<m>\d{2})")

NOT_A_DAY = "not-a-day"
NO_SUCH_DAY = "no-such-day"
NOT_A_TIME = "not-a-time"
NO_SUCH_TIME = "no-such-time"


def parse_day(text: str) -> tuple[date | None, str | None]:
    """(the day, None), or (None, why): NOT_A_DAY when the form is unknown, NO_SUCH_DAY for e.g. 31.11."""
    for pattern in _DAY_PATTERNS:
        match = pattern.fullmatch(text.strip())
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"])), None
            except ValueError:
                return None, NO_SUCH_DAY
    return None, NOT_A_DAY


def parse_clock(text: str) -> tuple[time | None, str | None]:
    """(the time of day, None), or (None, why): NOT_A_TIME when unreadable, NO_SUCH_TIME for e.g. 24.00."""
    match = _TIME_PATTERN.fullmatch(text.strip())
    if not match:
        return None, NOT_A_TIME
    try:
        return time(int(match["h"]), int(match["m"])), None
    except ValueError:
        return None, NO_SUCH_TIME
