"""The Network page groups branches by municipality and filters the branch table by one, or by an organisation."""

from datetime import date

from desk.config import Config
from desk.reports.period import Period
from desk.store.opening import open_local
from desk.sync.syncer import Syncer
from tests.unit.sync.sync_helpers import add_events, add_sessions

from desk.ui.network.page import NetworkPage


def test_municipality_table_and_filter(qtbot, context, database, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    add_sessions(database)
    add_events(database)
    helsinki = {"branch.municipality_code": "091", "branch.municipality_name": "Helsinki",
                "branch.library_organisation": "Helmet"}  # fmt: skip
    Syncer(Config({"branch.id": "kallio", "branch.name": "Kallio", **helsinki}), database).run(share)
    other = open_local(tmp_path / "other.sqlite3")
    add_sessions(other)
    Syncer(Config({"branch.id": "kemi", "branch.name": "Kemi"}), other).run(share)  # an older set-up: no municipality
    other.close()
    page = NetworkPage(context)
    qtbot.addWidget(page)
    page.db_edit.setText(str(tmp_path / "central.sqlite3"))
    page.show()
    page.report_panel.controls.picker.set_period(Period(date(2026, 3, 1), date(2026, 4, 30)))
    page.share_edit.setText(str(share))
    with qtbot.waitSignal(page.collected, timeout=30000):
        page.collect_button.click()
    qtbot.waitUntil(lambda: page.municipality_table.rowCount() == 2, timeout=30000)
    table = page.municipality_table
    rows = [[table.item(row, column).text() for column in range(5)] for row in range(2)]
    assert rows[0][:3] == ["091 Helsinki", "Helmet", "1"] and rows[0][4] == "3"
    assert rows[1][0] == "Not known" and rows[1][4] == "0"
    page.municipality_filter.setCurrentIndex(page.municipality_filter.findData("091"))
    shown = [page.branch_table.item(row, 0).text() for row in range(2) if not page.branch_table.isRowHidden(row)]
    assert shown == ["Kallio"]
    page.municipality_filter.setCurrentIndex(0)
    assert not any(page.branch_table.isRowHidden(row) for row in range(2))
    helmet = page.municipality_filter.findText("Helmet (library organisation)")
    assert helmet > 0, "each library organisation is a choice of its own"
    page.municipality_filter.setCurrentIndex(helmet)
    shown = [page.branch_table.item(row, 0).text() for row in range(2) if not page.branch_table.isRowHidden(row)]
    assert shown == ["Kallio"]
    page.grab().save(str(tmp_path / "network.png"))
