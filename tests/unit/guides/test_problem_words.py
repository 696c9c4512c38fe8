"""Guide-file problems carry codes worded in fi, sv and en; the file:line: part never changes."""

import string
from datetime import date
from pathlib import Path

from desk.guides.library import check_files
from desk.guides.problem_words import CATALOGUE, EN, problem_line

DATA = Path(__file__).resolve().parents[2] / "data" / "guides"


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}


def test_every_language_words_every_code_with_the_same_placeholders():
    for language, words in CATALOGUE.items():
        assert set(words) == set(EN), language
        for code, template in words.items():
            assert _fields(template) == _fields(EN[code]), (language, code)


def test_every_problem_in_the_malformed_guides_has_a_code_and_finnish_words():
    results = check_files([DATA / "malformed"], None, date(2026, 12, 1))
    problems = [problem for result in results for problem in result.problems]
    assert len(problems) > 30
    for problem in problems:
        assert problem.code in EN, problem
        english, finnish = problem_line(problem, "en"), problem_line(problem, "fi")
        assert english == str(problem)  # the English line is the message the log and caches keep
        assert finnish.startswith(f"{problem.path}:{problem.line}: ")
        assert finnish != english, finnish
