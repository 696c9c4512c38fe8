from desk.domain.slug import is_slug, slugify


def test_slugify_folds_finnish_letters():
    assert slugify("Kallion kirjasto") == "kallion-kirjasto"
    assert slugify("  Ähtärin pääkirjasto!! ") == "ahtarin-paakirjasto"
    assert slugify("Åbo stadsbibliotek / Huvudbiblioteket") == "abo-stadsbibliotek-huvudbiblioteket"


def test_is_slug():
    assert is_slug("oulu-main")
    assert not is_slug("Oulu")
    assert not is_slug("a--b")
    assert not is_slug("")
