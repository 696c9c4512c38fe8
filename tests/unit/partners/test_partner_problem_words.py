"""Every partner directory problem has a code worded in Finnish, Swedish and English."""

import re
import string

import pytest

from desk.domain.catalogue import shipped_catalogue
from desk.partners.model import Origin
from desk.partners.parse import parse_directory, parse_entry
from desk.partners.problem_words import CATALOGUE, EN, problem_line, problem_text


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_code_is_worded_with_the_same_placeholders(language):
    words = CATALOGUE[language]
    assert set(words) == set(EN)
    for code, template in EN.items():
        assert placeholders(words[code]) == placeholders(template), code
        field = re.match(r"'([a-z.]+)'", template)
        if field:  # the Settings form finds the field by its quoted name at the start
            assert words[code].startswith(f"'{field.group(1)}'"), code


def test_a_bad_entry_gets_coded_problems_in_each_language():
    entry = {
        "code": "Bad Code", "name": {"sv": "x"}, "type": "shop", "services": ["nope"], "languages": ["de"],
        "where": "", "municipalities": ["all", "091"], "phone": "abc", "web": "http://x.fi", "email": "a@b",
    }  # fmt: skip
    partner, problems = parse_entry(entry, "form", 1, shipped_catalogue(), Origin.BRANCH)
    assert partner is None and len(problems) >= 9
    assert all(problem.code in EN for problem in problems)
    finnish = [problem_text(problem, "fi") for problem in problems]
    assert "'code': 'Bad Code' saa sisältää vain pieniä kirjaimia, numeroita ja yhdysmerkkejä (enintään 60)" in finnish
    assert any(text.startswith("tuntematon kenttä 'email'") and "henkilön" in text for text in finnish)
    assert all(text != problem.message for text, problem in zip(finnish, problems, strict=True))
    assert problems[0].message in str(problems[0]), "the English words stay for the log"


def test_file_level_problems_are_coded_too():
    result = parse_directory(b'format = "x"\nversion = 9\nextra = 1\n', "f.toml", None)
    lines = [problem_line(problem, "sv") for problem in result.problems]
    assert "f.toml:1: okänt fält 'extra' på översta nivån; fälten är format, version och [[partner]]-tabeller" in lines
    assert any(line.startswith("f.toml:1: version 9 är nyare") for line in lines)
    assert all(problem.code for problem in result.problems)
