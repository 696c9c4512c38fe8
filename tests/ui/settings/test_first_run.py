from PySide6.QtCore import Qt

from desk import paths
from desk.config import Config
from desk.settings import BRANCH_ID, BRANCH_NAME, REGION

from desk.ui.settings.first_run import FirstRunDialog


def test_branch_name_gives_an_id_and_is_saved(qtbot):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Ähtärin pääkirjasto")
    assert dialog.id_edit.text() == "ahtarin-paakirjasto"
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("Etelä-Pohjanmaa"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    saved = Config()
    assert saved.get(BRANCH_NAME) == "Ähtärin pääkirjasto"
    assert saved.get(BRANCH_ID) == "ahtarin-paakirjasto"
    assert saved.get(REGION) == "Etelä-Pohjanmaa"
    assert not saved.is_first_run


def test_dialog_says_counts_stay_local_until_a_share_is_set(qtbot):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    note = dialog.findChild(type(dialog.problem_label), "shareNote")
    assert str(paths.default_share_dir()) in note.text()
    assert "local folder" in note.text()


def test_empty_name_and_bad_id_are_refused_with_a_reason(qtbot):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert "name" in dialog.problem_label.text()
    dialog.name_edit.setText("Kallio")
    dialog.id_edit.setText("Kallio Library")
    dialog.buttons.accepted.emit()
    assert "a-z" in dialog.problem_label.text()
    assert Config().is_first_run


def test_locked_branch_id_cannot_be_edited(qtbot):
    site = paths.site_config_path()
    site.parent.mkdir(parents=True)
    site.write_text('[branch]\nid = "oulu-main"\n[lock]\nkeys = ["branch.id"]\n', encoding="utf-8")
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    assert not dialog.id_edit.isEnabled() and dialog.id_edit.text() == "oulu-main"
    dialog.name_edit.setText("Oulun pääkirjasto")
    assert dialog.id_edit.text() == "oulu-main"
    dialog.buttons.accepted.emit()
    assert Config().get(BRANCH_ID) == "oulu-main" and not Config().is_first_run


def test_dialog_names_the_share_when_it_does_not_stay_local(qtbot):
    site = paths.site_config_path()
    site.parent.mkdir(parents=True)
    site.write_text('[share]\npath = "/mnt/digituki"\n', encoding="utf-8")
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    note = dialog.findChild(type(dialog.problem_label), "shareNote")
    assert "/mnt/digituki" in note.text() and "sent to the shared network folder" in note.text()
    assert dialog.buttons.buttons()[0].text() == "Start"


def _answer_confirmation(qtbot, button_text):
    """Click a button of the quit confirmation once it is shown (it is modal)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        answered.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == button_text).click()

    answered: list[str] = []
    QTimer.singleShot(0, click)
    return answered


def test_escape_asks_before_quitting_and_can_be_cancelled(qtbot):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    answered = _answer_confirmation(qtbot, "Continue setting up")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answered and "Nothing is lost" in answered[0]
    still_open = dialog.isVisible()
    dialog.hide()  # a visible dialog would ask again when the test closes it
    assert still_open and not rejected
    assert Config().is_first_run


def test_closing_and_confirming_quits_without_saving(qtbot):
    dialog = FirstRunDialog(Config())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Kallio")
    _answer_confirmation(qtbot, "Quit")
    with qtbot.waitSignal(dialog.rejected):
        dialog.close()
    assert Config().is_first_run
