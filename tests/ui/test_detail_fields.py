"""Every piece that stores, counts, shows or edits the optional details follows desk.domain.details."""

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.exc import IntegrityError

from PySide6.QtCore import Qt

from desk.central import schema as central_schema
from desk.domain.details import DETAIL_FIELDS, DETAIL_NAMES
from desk.domain.session import SessionDetails, SessionDraft
from desk.reports.period import month_of
from desk.reports.queries import branch_data
from desk.store.models import HelpSession
from desk.store.stats import local_totals
from desk.store.sticky import load_details, save_details
from desk.sync import counts
from desk.sync.snapshot import Identity, build_document
from tests.support.factories import make_draft

from desk.ui.desk.details_bar import DetailsBar
from desk.ui.desk.edit_dialog import SessionEditDialog

#: For every detail a value other than its default, so that a field left out anywhere shows.
CHOSEN = {detail.name: list(detail.codes)[-1] for detail in DETAIL_FIELDS}
STARTED = datetime(2026, 3, 10, 10, 0)


@pytest.fixture
def record(context):
    return context.sessions.add(make_draft(started_at=STARTED, **CHOSEN))


def test_the_session_types_carry_exactly_the_declared_details():
    assert tuple(f.name for f in dataclasses.fields(SessionDetails)) == DETAIL_NAMES
    draft_defaults = {f.name: f.default for f in dataclasses.fields(SessionDraft)}
    for detail in DETAIL_FIELDS:
        assert draft_defaults[detail.name] == detail.default
        assert CHOSEN[detail.name] != detail.default


def test_every_detail_is_a_checked_column_and_survives_a_round_trip(context, record):
    engine = context.database.engine
    columns = {column["name"]: column for column in inspect(engine).get_columns("help_session")}
    checks = {check["name"]: check["sqltext"] for check in inspect(engine).get_check_constraints("help_session")}
    model_checks = {c.name: str(c.sqltext) for c in HelpSession.__table__.constraints if isinstance(c, CheckConstraint)}
    for detail in DETAIL_FIELDS:
        assert columns[detail.name]["nullable"] == detail.nullable
        [stored] = [sqltext for name, sqltext in checks.items() if name.endswith(f"_{detail.name}")]
        for sqltext in (stored, model_checks[f"ck_help_session_{detail.name}"]):
            assert all(f"'{code.value}'" in sqltext for code in detail.codes)
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(f"UPDATE help_session SET {detail.name} = 'free text'"))
    assert SessionDetails.of(context.sessions.get(record.id).draft) == SessionDetails(**CHOSEN)
    cleared = {detail.name: detail.default for detail in DETAIL_FIELDS}
    assert SessionDetails.of(context.sessions.set_details(record.id, SessionDetails(**cleared)).draft) == (
        SessionDetails()
    )


def test_only_remembered_details_are_kept_for_the_next_session(context):
    save_details(context.database, SessionDetails(**CHOSEN))
    kept = load_details(context.database)
    for detail in DETAIL_FIELDS:
        assert getattr(kept, detail.name) == (CHOSEN[detail.name] if detail.remembered else detail.default)


def test_the_counts_file_schema_and_central_database_count_every_detail(context, record):
    identity = Identity("kallio", "Kallio", "Uusimaa", "0123456789abcdef", "0.1.0", 1)
    with context.database.session() as session:
        document = build_document(session, "2026-03", identity, datetime(2026, 4, 1, tzinfo=UTC), threshold=1)
    day, month = document["counts"]["days"]["2026-03-10"], document["counts"]["month"]
    definitions = counts.schema()["$defs"]
    for detail in DETAIL_FIELDS:
        expected = {CHOSEN[detail.name].value: 1}
        assert month[detail.counts_key] == expected
        assert (day.get(detail.counts_key) == expected) == detail.per_day
        section = "day" if detail.per_day else "month"
        assert detail.counts_key in (counts.DAY_KEYS if detail.per_day else counts.MONTH_KEYS)
        allowed = definitions[section]["properties"][detail.counts_key]["propertyNames"]["enum"]
        assert allowed == [code.value for code in detail.codes]
        assert detail.counts_key in (
            central_schema.DAY_BREAKDOWNS if detail.per_day else central_schema.MONTH_BREAKDOWNS
        )
    checked = counts.check_file(counts.seal(document))  # the fast check takes every detail
    assert all(detail.counts_key in json.loads(checked.month_detail) for detail in DETAIL_FIELDS)


def test_the_branch_report_and_desk_stats_count_every_detail(context, record):
    march = month_of(STARTED.date())
    data = branch_data(context.database, march, context.catalogue, STARTED.date())
    totals = local_totals(context.database, march.start, march.end)
    for detail in DETAIL_FIELDS:
        assert data.detail(detail.name) == {CHOSEN[detail.name].value: 1}
        assert (totals.get(detail.counts_key) == {CHOSEN[detail.name].value: 1}) == detail.per_day


def test_the_details_bar_offers_every_code_of_every_detail(qtbot):
    bar = DetailsBar("en")
    qtbot.addWidget(bar)
    bar.retranslate()
    titles = bar.titles()
    for detail in DETAIL_FIELDS:
        assert titles[detail.name]
        for code in detail.choices:
            qtbot.mouseClick(bar.button(detail.name, code.value), Qt.MouseButton.LeftButton)
        for code in detail.retired:
            assert code.value not in bar._buttons[detail.name], "a retired code is offered for a new session"
        if detail.nullable:
            assert bar.button(detail.name, "").text()
    assert bar.details() == SessionDetails(**CHOSEN)


def test_the_edit_dialog_edits_every_detail(qtbot, context, record):
    dialog = SessionEditDialog(context.sessions.get(record.id), [("email", "Email")], "en")
    qtbot.addWidget(dialog)
    assert tuple(dialog.details) == DETAIL_NAMES
    for detail in DETAIL_FIELDS:
        combo = dialog.details[detail.name]
        assert [combo.itemData(i) for i in range(combo.count())] == [""] * detail.nullable + [
            code.value for code in detail.choices
        ]
        combo.setCurrentIndex(0)
    first = {d.name: d.parse("") if d.nullable else next(iter(d.codes)) for d in DETAIL_FIELDS}
    assert SessionDetails.of(dialog.draft()) == SessionDetails(**first)
