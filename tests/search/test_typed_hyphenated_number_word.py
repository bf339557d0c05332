"""Round s36-s (t13ab L16): a hyphenated word starting with a number, typed.

Reported: typed in the app's search box, "54-year-old", "2-0", even "54-" and "54-year-ol"
found nothing, while the CLI's submitted ``search 54-year-old`` found it and a typed
"state-of-the-art" worked. The typed query read such a word as a number being typed (its
separators kept, ``54-year-ol*``: no term starts so), but a hyphen is no number separator
("3,000" and "1.5" are one token, "54-year-old" the phrase of its parts). As the README says, a
hyphenated word is searched as its parts in that order, and while typing its last part is a
prefix. Variants: a score ("2-0", "3-1"), a digit after a letter ("x-2"), a number after a word
("COVID-19"). The articles are written for these tests; each answer is checked against them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "driver": "Crash inquiry\n\nThe 54-year-old driver of the state-of-the-art train was questioned. "
    "A 2-0 defeat followed.\n",
    "models": "Jets and rules\n\nThe x-2 model flew while COVID-19 rules held; the 3-1 win came later.\n",
    "apart": "Other news\n\nHe was 54 and the year was old. There were 2 goals and 0 saves; 3 of 1 stood.\n",
    "none": "Weather\n\nRain fell all day on the coast.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("typed_hyphen")), ARTICLES)


def typed(ws: Workspace, text: str) -> list[str]:
    return [h.doc for h in ws.search(text, limit=None, typing=True).hits]


def submitted(ws: Workspace, text: str) -> list[str]:
    return [h.doc for h in ws.search(text, limit=None).hits]


def test_the_reported_word_finished_finds_what_the_cli_finds(ws: Workspace) -> None:
    assert submitted(ws, "54-year-old") == ["driver"]
    assert typed(ws, "54-year-old") == ["driver"]
    assert typed(ws, "54-year-old ") == ["driver"]  # also with a space after it


@pytest.mark.parametrize(
    ("so_far", "as_submitted"),
    [
        ("54-", "54"),  # a part finished, the next not begun
        ("54-y", "54"),  # one letter: not yet a part
        # the last part a prefix of the word right after the others, as submitted (t13ad N22:
        # read as the parts apart, "54 ye*" found "He was 54 and the year was old")
        ("54-ye", "54-ye*"),
        ("54-year", '"54 year*"'),
        ("54-year-", "54-year"),
        ("54-year-o", "54-year"),
        ("54-year-ol", "54-year-ol*"),  # the tester's expectation
        ("54-year-old", '"54 year old*"'),
    ],
)
def test_every_prefix_of_the_reported_word_finds_its_parts_so_far(
    ws: Workspace, so_far: str, as_submitted: str
) -> None:
    got = typed(ws, so_far)
    assert "driver" in got, so_far  # never "no match" on the way
    assert set(got) == set(submitted(ws, as_submitted)), so_far


@pytest.mark.parametrize("word", ["2-0", "3-1", "x-2"])
def test_a_one_digit_part_finished_finds_the_word_first(ws: Workspace, word: str) -> None:
    want = submitted(ws, word)
    assert want  # the CLI finds it
    got = typed(ws, word)
    # the word's articles, ranked first; the articles of its parts so far may follow (the digit
    # may be the start of a longer part: "COVID-1" of "COVID-19")
    assert got[: len(want)] == want, word
    assert "none" not in got


def test_a_number_part_after_a_word_is_found_at_every_key(ws: Workspace) -> None:
    for so_far in ("COVID-", "COVID-1", "COVID-19"):
        assert typed(ws, so_far) == ["models"], so_far


@pytest.mark.parametrize("so_far", ["2-", "3-", "54-"])
def test_a_number_and_its_hyphen_finds_the_number(ws: Workspace, so_far: str) -> None:
    assert set(typed(ws, so_far)) == set(submitted(ws, so_far[:-1])) != set()


def test_numbers_with_separators_stay_number_prefixes() -> None:
    from waic_reader.index.search.whoosh.parser import as_you_type

    # issue #15: "3,000" and "1.5" are one token; their separators are kept while typed
    assert as_you_type("3,") == "3,*"
    assert as_you_type("1.5") == "1.5*"
    assert as_you_type("412'0") == "412'0*"
    assert as_you_type("54-year-ol") == "54-year-ol*"  # its parts, the last a prefix (t13ad N22)


@pytest.mark.parametrize("excluded", ["NOT 2-0", "-2-0", "NOT covid-1", "rain -x-2", "rain ANDNOT COVID-1"])
def test_an_excluded_word_being_typed_excludes_no_more_than_as_typed(ws: Workspace, excluded: str) -> None:
    # review s36-rv2 15: "NOT covid-1" was widened to NOT (covid-1 OR covid) and excluded every
    # covid article until the next key; excluded, a word is searched as typed.
    assert set(typed(ws, excluded)) == set(submitted(ws, excluded))
