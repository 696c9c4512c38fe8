"""Most-used services over 90 days and the sticky per-PC details."""

from datetime import date, datetime, timedelta

from desk.domain.codes import AgeBand, Channel, Device, Mode, ServiceLanguage
from desk.domain.session import SessionDetails
from desk.store.meta import set_meta
from desk.store.sessions import SessionRepository
from desk.store.sticky import STICKY_DETAILS, load_details, save_details
from desk.store.usage import most_used
from tests.support.factories import make_draft, open_database


def test_most_used_counts_the_last_90_days_only(data_dir):
    database = open_database(data_dir)
    repo = SessionRepository(database)
    today = date.today()
    recent = datetime.now().replace(microsecond=0) - timedelta(days=3)
    for _ in range(3):
        repo.add(make_draft(services=("omakela",), started_at=recent))
    repo.add(make_draft(services=("email", "omakela"), started_at=recent))
    old = recent - timedelta(days=120)
    for _ in range(9):
        repo.add(make_draft(services=("scams",), started_at=old))
    deleted = repo.add(make_draft(services=("celia",), started_at=recent))
    repo.delete(deleted.id)
    assert most_used(database, today) == ["omakela", "email"]
    database.close()


def test_sticky_details_round_trip_and_survive_garbage(data_dir):
    database = open_database(data_dir)
    assert load_details(database) == SessionDetails()
    details = SessionDetails(Channel.PHONE, Mode.APPOINTMENT, AgeBand.AGE_75_PLUS, ServiceLanguage.SV, Device.OWN_PHONE)
    assert save_details(database, details) == SessionDetails(Channel.PHONE, Mode.APPOINTMENT)
    assert load_details(database) == SessionDetails(Channel.PHONE, Mode.APPOINTMENT)  # per-customer ones not kept
    with database.session() as session:
        set_meta(session, STICKY_DETAILS, '{"channel": "carrier-pigeon"}')
    assert load_details(database) == SessionDetails()
    database.close()
