"""The branch's own partner entries in Settings: add, edit, remove through the real file, one validator."""

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

from desk import paths
from desk.config import Config
from desk.domain.catalogue import shipped_catalogue
from desk.partners.branch import read_branch_entries
from desk.partners.local import load_local_directory
from desk.partners.model import Origin

from desk.ui.bus import ChangeSet
from desk.ui.settings.page import SettingsPage
from desk.ui.settings.partner_dialog import PartnerDialog
from desk.ui.startup import build_context


@pytest.fixture
def page(qtbot, database):
    context = build_context(Config({"branch.municipality_code": "091"}), database, synchronous_tasks=True)
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(dialog: PartnerDialog, qtbot, **values):
    for key, value in values.items():
        editor = dialog.findChild(QLineEdit, key)
        editor.clear()
        if value.isascii():
            qtbot.keyClicks(editor, value)
        else:  # QTest types Latin-1 only
            editor.setText(value)


def tick(dialog: PartnerDialog, *codes):
    services = dialog.findChild(QListWidget, "services")
    for row in range(services.count()):
        item = services.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def run_dialog(monkeypatch, steps):
    """Drive the real dialog: `steps(dialog)` fills it, then OK is pressed as a user would."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        steps(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PartnerDialog, "exec", exec_)
    return seen


def stored():
    return read_branch_entries(paths.branch_partners_path(), shipped_catalogue())


def test_add_edit_remove_round_trip_through_the_file(page, qtbot, monkeypatch):
    box = page.partners_box
    changes = []
    page._context.bus.data_changed.connect(changes.append)

    def new_partner(dialog):
        assert dialog.findChild(QLineEdit, "municipalities").text() == "091", "the branch's municipality by default"
        fill(
            dialog,
            qtbot,
            **{"code": "seniorsurf-kallio", "name.fi": "SeniorSurf Kallio", "name.sv": "SeniorSurf Berghäll"},
        )
        kind = dialog.findChild(QComboBox, "type")
        kind.setCurrentIndex(kind.findData("peer-help"))
        tick(dialog, "smartphone-basics", "email")
        dialog.language_checks["sv"].setChecked(True)
        fill(dialog, qtbot, where="Kallion kirjasto, Viides linja 11", when="ke 12–14", web="https://www.example.fi/ss")

    run_dialog(monkeypatch, new_partner)
    box.add_button.click()
    result = stored()
    assert result.ok and [p.code for p in result.partners] == ["seniorsurf-kallio"]
    partner = result.partners[0]
    assert partner.names == {"fi": "SeniorSurf Kallio", "sv": "SeniorSurf Berghäll"} and partner.origin is Origin.BRANCH
    assert partner.services == ("smartphone-basics", "email") and partner.languages == ("fi", "sv")
    assert partner.municipalities == ("091",) and partner.when == "ke 12–14"
    assert box.list.item(0).text() == "SeniorSurf Kallio (seniorsurf-kallio)"
    assert box.status.text() == "Partner SeniorSurf Kallio added."
    assert ChangeSet(partners=True) in changes and page._context.partners.directory.get("seniorsurf-kallio") == partner

    def edit(dialog):
        assert dialog.findChild(QLineEdit, "where").text() == "Kallion kirjasto, Viides linja 11"
        dialog.remote.setChecked(True)
        fill(dialog, qtbot, phone="09 310 85000")

    run_dialog(monkeypatch, edit)
    box.list.setCurrentRow(0)
    box.edit_button.click()
    partner = stored().partners[0]
    assert (
        partner.where == "phone/remote"
        and partner.phone == "09 310 85000"
        and partner.web == "https://www.example.fi/ss"
    )

    box.remove_button.click()
    assert stored().ok and stored().partners == [] and box.list.count() == 0
    assert box.status.text() == "Partner SeniorSurf Kallio removed."


def test_a_branch_entry_replaces_the_shipped_one_with_its_code(page, qtbot, monkeypatch):
    def local_kela(dialog):
        fill(dialog, qtbot, **{"code": "kela", "name.fi": "Kelan palvelupiste Kallio"})
        tick(dialog, "omakela")
        fill(dialog, qtbot, where="Toinen linja 4", phone="020 634 0200")

    run_dialog(monkeypatch, local_kela)
    page.partners_box.add_button.click()
    directory = load_local_directory(Config(), shipped_catalogue())
    assert (
        directory.get("kela").name("fi") == "Kelan palvelupiste Kallio"
        and directory.get("kela").origin is Origin.BRANCH
    )
    assert directory.get("dvv") is not None


def test_an_invalid_entry_names_the_field_and_saves_nothing(page, qtbot, monkeypatch):
    def bad(dialog):
        fill(dialog, qtbot, **{"code": "local-bank", "name.fi": "Pankki"}, where="Kauppakatu 1", phone="soita minulle")
        tick(dialog, "netbank")

    dialogs = run_dialog(monkeypatch, bad)
    page.partners_box.add_button.click()
    dialog = dialogs[0]
    assert not dialog.result() and dialog.partner is None
    assert dialog.problem.text() == (
        "Not saved:\nPublic phone number: 'phone': 'soita minulle' ei ole puhelinnumero "
        "(vain numeroita, välilyöntejä, +, - ja sulkeita)"  # the problem in the configured language (fi)
    )
    assert not paths.branch_partners_path().exists()


def test_the_form_has_no_field_for_a_person_and_says_so(qtbot):
    dialog = PartnerDialog(shipped_catalogue(), "en", set())
    qtbot.addWidget(dialog)
    assert "never a person's name or contact details" in dialog.findChild(type(dialog.problem), "personNote").text()
    assert not any(word in key for key in dialog.editors for word in ("person", "email", "contact"))
    assert all(editor.accessibleName() for editor in dialog.editors.values())


def test_a_code_used_twice_in_the_branch_is_refused(page, qtbot, monkeypatch):
    def entry(dialog):
        fill(dialog, qtbot, **{"code": "local", "name.fi": "Paikallinen"}, where="Katu 1", web="https://example.fi/")
        tick(dialog, "email")

    dialogs = run_dialog(monkeypatch, entry)
    page.partners_box.add_button.click()
    page.partners_box.add_button.click()
    assert "Code: 'code': 'local' is already one of this branch's entries" in dialogs[1].problem.text()
    assert len(stored().partners) == 1


def test_a_broken_file_is_shown_and_never_overwritten(qtbot, database):
    path = paths.branch_partners_path()
    path.parent.mkdir(parents=True)
    path.write_text('format = "digituki-desk-partners"\nversion = 1\n[[partner]]\ncode = "x"\n', encoding="utf-8")
    context = build_context(Config(), database, synchronous_tasks=True)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    box = page.partners_box
    assert f"{path}:3: puuttuu 'name'" in box.status.text()
    assert not box.add_button.isEnabled() and not box.remove_button.isEnabled()


def test_a_new_share_folder_brings_its_partner_directory(page, tmp_path):
    from desk.share.layout import PARTNERS

    share = tmp_path / "jako"
    folder = share.joinpath(*PARTNERS.split("/"))
    folder.mkdir(parents=True)
    (folder / "network.toml").write_text(
        'format = "digituki-desk-partners"\nversion = 1\n[[partner]]\ncode = "seutu-digituki"\n'
        'name = { fi = "Seudun digituki" }\ntype = "municipality"\nservices = ["email"]\nlanguages = ["fi"]\n'
        'where = "phone/remote"\nweb = "https://example.fi/"\nmunicipalities = ["091"]\n',
        encoding="utf-8",
    )
    assert page._context.partners.directory.get("seutu-digituki") is None
    page.findChild(QLineEdit, "share.path").setText(str(share))
    page.save()
    assert page._context.partners.directory.get("seutu-digituki").name("fi") == "Seudun digituki"


def test_the_form_works_from_the_keyboard(qtbot):
    from PySide6.QtTest import QTest

    dialog = PartnerDialog(shipped_catalogue(), "fi", set(), municipality="091")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    services = dialog.findChild(QListWidget, "services")
    services.setFocus()
    services.setCurrentRow(0)
    QTest.keyClick(services, Qt.Key.Key_Space)
    assert services.item(0).checkState() == Qt.CheckState.Checked, "Space ticks a service"
    code = dialog.findChild(QLineEdit, "code")
    code.setFocus()
    QTest.keyClicks(code, "local")
    QTest.keyClick(code, Qt.Key.Key_Return)  # Enter presses OK: the entry is incomplete, so it says why and stays
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "name.fi"), "to the first field at fault"
