from desk.ui.main_window import PAGE_SETTINGS, MainWindow


def test_main_window_shows_all_pages(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.count() == 5
    names = [window.navigation.item(i).text() for i in range(5)]
    assert names == ["Desk", "Guides", "Reports", "Network", "Settings"]
    window.show_page(PAGE_SETTINGS)
    assert window.pages.currentWidget() is window.settings_page
    assert "local folder only" in window.sync_label.text()
