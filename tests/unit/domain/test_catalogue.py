import pytest

from desk.domain.catalogue import CatalogueError, parse_catalogue, shipped_catalogue
from desk.domain.slug import is_slug


def test_shipped_catalogue_has_at_least_25_services_in_three_languages():
    catalogue = shipped_catalogue()
    assert catalogue.version >= 1
    assert len(catalogue.active) >= 25
    categories = {category.code for category in catalogue.categories}
    for service in catalogue.services:
        assert is_slug(service.code)
        assert service.category in categories or service.retired
        assert all(service.labels[lang] for lang in ("fi", "sv", "en"))
    codes = {service.code for service in catalogue.active}
    for code in ("strong-id", "omakela", "omakanta", "omavero", "tyomarkkinatori", "netbank", "email", "scams"):
        assert code in codes


def test_retired_codes_map_to_their_successor():
    catalogue = shipped_catalogue()
    assert catalogue.current_code("te-services") == "tyomarkkinatori"
    assert catalogue.current_code("email") == "email"


GOOD = """
format = "digituki-desk-catalogue"
version = 2
[[category]]
code = "c"
fi = "C"
sv = "C"
en = "C"
[[service]]
code = "a"
category = "c"
fi = "A"
sv = "A"
en = "A"
"""


def test_parse_minimal_catalogue():
    assert parse_catalogue(GOOD, "x.toml").version == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("version = 2", "version = 0"), "'version'"),
        (('format = "digituki-desk-catalogue"', 'format = "x"'), "'format'"),
        (('sv = "A"', 'sv = ""'), "'sv' label"),
        (('category = "c"', 'category = "nope"'), "unknown category"),
        (('code = "a"', 'code = "Not A Code"'), "lowercase"),
        (("[[service]]", "[[service]]\n[[service"), "not valid TOML"),
    ],
)
def test_bad_catalogues_are_named(change, message):
    with pytest.raises(CatalogueError, match=message) as error:
        parse_catalogue(GOOD.replace(*change), "share/services.toml")
    assert str(error.value).startswith("share/services.toml")
