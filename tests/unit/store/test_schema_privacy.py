"""The schema itself keeps the privacy promise: no column can hold free text about a person."""

import sqlite3
import uuid
from datetime import datetime

import pytest
from sqlalchemy import String

from desk.store.models import Base
from desk.store.opening import open_local

# Text columns and why each cannot carry personal free text.
ALLOWED_TEXT_COLUMNS = {
    "meta.key": "fixed keys written by the app",
    "meta.value": "device id and versions written by the app",
    "service_category.code": "catalogue code",
    "service_category.label_fi": "catalogue label",
    "service_category.label_sv": "catalogue label",
    "service_category.label_en": "catalogue label",
    "service_type.code": "catalogue code",
    "service_type.category_code": "catalogue code",
    "service_type.label_fi": "catalogue label",
    "service_type.label_sv": "catalogue label",
    "service_type.label_en": "catalogue label",
    "service_type.successor_code": "catalogue code",
    "help_session.entry_id": "random UUID",
    "help_session.channel": "CHECK-constrained code",
    "help_session.mode": "CHECK-constrained code",
    "help_session.outcome": "CHECK-constrained code",
    "help_session.referral_target": "CHECK-constrained code",
    "help_session.age_band": "CHECK-constrained code",
    "help_session.language": "CHECK-constrained code",
    "help_session.device": "CHECK-constrained code",
    "help_session.provider_role": "CHECK-constrained code",
    "help_session.referral_partner": "CHECK-constrained lowercase-hyphen partner directory code",
    "group_event.entry_id": "random UUID",
    "group_event.kind": "CHECK-constrained code",
    "group_event.organiser": "CHECK-constrained code",
    "group_event.partner_code": "CHECK-constrained lowercase-hyphen code from the partner list",
    "group_event.content_category": "CHECK-constrained code",
    "group_event.provider_role": "CHECK-constrained code",
    "event_service.service_code": "foreign key to the catalogue",
    "session_service.service_code": "foreign key to the catalogue",
    "session_guide.guide_id": "guide id",
    "sync_month.month": "YYYY-MM",
    "sync_month.content_sha256": "hash",
}


def test_every_text_column_is_a_known_code_column():
    text_columns = {
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, String)
    }
    assert text_columns == set(ALLOWED_TEXT_COLUMNS)


def _insert(connection: sqlite3.Connection, row: dict[str, object]) -> None:
    names, marks = ", ".join(row), ", ".join("?" for _ in row)
    connection.execute(f"INSERT INTO help_session ({names}) VALUES ({marks})", tuple(row.values()))


@pytest.mark.parametrize(
    "column",
    [
        "channel",
        "mode",
        "outcome",
        "referral_target",
        "age_band",
        "language",
        "device",
        "provider_role",
        "referral_partner",
    ],
)
def test_coded_columns_refuse_free_text_at_the_database_level(tmp_path, column):
    open_local(tmp_path / "desk.sqlite3").close()
    now = datetime.now().isoformat(sep=" ")
    valid = {"entry_id": str(uuid.uuid4()), "started_at": now, "duration_minutes": 10, "is_open": 0,
             "channel": "in-person", "mode": "walk-in", "outcome": "referred", "created_at": now,
             "updated_at": now}  # fmt: skip
    connection = sqlite3.connect(tmp_path / "desk.sqlite3")
    _insert(connection, valid)  # the row is valid without the free text, so only the column's own check can refuse it
    bad = {**valid, "entry_id": str(uuid.uuid4()), column: "Matti Meikäläinen 010101-123A"}
    with pytest.raises(sqlite3.IntegrityError, match=f"CHECK constraint failed: ck_help_session_{column}$"):
        _insert(connection, bad)
    connection.close()
