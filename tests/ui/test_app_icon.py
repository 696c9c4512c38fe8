from desk.ui.application import app_icon


def test_the_app_icon_offers_every_shipped_size_and_draws_each(qapp):
    icon = app_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    for side in sizes:
        pixmap = icon.pixmap(side, side)
        assert (pixmap.width(), pixmap.isNull()) == (side, False)
        assert pixmap.toImage().pixelColor(side // 2, side // 2).alpha() > 0  # the file was read, not a blank
