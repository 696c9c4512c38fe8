"""Validation codes and details of a session draft."""

from datetime import datetime, timedelta

from desk.domain.codes import AgeBand, Channel, Outcome, ReferralTarget
from desk.domain.session import (
    PROBLEM_NO_OUTCOME,
    PROBLEM_NO_SERVICE,
    PROBLEM_STRAY_REFERRAL,
    SessionDetails,
    SessionDraft,
    validate,
)

NOW = datetime(2026, 11, 25, 12, 0)


def test_open_session_needs_no_duration_or_outcome():
    assert validate(SessionDraft(("email",), NOW - timedelta(minutes=5), is_open=True), NOW).ok


def test_codes_parallel_problems():
    result = validate(
        SessionDraft((), NOW, duration_minutes=10, referral_target=ReferralTarget.KELA, outcome=None), NOW
    )
    assert result.codes == [PROBLEM_NO_SERVICE, PROBLEM_NO_OUTCOME, PROBLEM_STRAY_REFERRAL]
    assert len(result.problems) == 3


def test_details_apply_and_read_back():
    draft = SessionDraft(("email",), NOW, 10, Outcome.SOLVED)
    details = SessionDetails(channel=Channel.PHONE, age_band=AgeBand.AGE_65_74)
    assert SessionDetails.of(details.applied_to(draft)) == details
