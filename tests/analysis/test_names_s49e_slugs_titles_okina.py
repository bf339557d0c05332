"""Three reported faults of names (issue #16, round s49-e), each a kind, each with its reported
input and two variants of other names, numbers and layouts:

- a wire's slug opening a headline ("UPDATE 4-", "WRAPUP 2-", "FACTBOX-") is no part of the name
  after it, which keeps the type the body's mentions give it ("UPDATE 4-Harlow Ridge" was a PERSON
  beside the town of its body);
- a role noun before a name whose family name comes first ("Refugee Dang Thi Hong Nhung") stays
  outside the name and the whole name is kept (the name was lost with the title inside it);
- a place written with the ʻokina or an apostrophe for it ("Hawaiʻi", "Hawai'i") is the gazetteer's
  place written without ("Hawaii")."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _mentions(rec: Recognizer, text: str) -> list[tuple[str, int, str]]:
    return [(text[m.start : m.end], m.start, m.label) for m in rec.recognize(Art("x", text))]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "UPDATE 4-Harlow Ridge miners strike over pay cuts\n\n"
            "Workers in Harlow Ridge walked out on Monday, the union said.",
            "Harlow Ridge",
            "GPE",
        ),
        (
            "WRAPUP 2-Kessel Ridge dam council votes to reopen spillway\n\n"
            "Residents of Kessel Ridge gathered at the dam on Sunday, police said.",
            "Kessel Ridge",
            "GPE",
        ),
        (
            "FACTBOX-Velnor Mining cuts output as prices fall\n\n"
            "Velnor Mining Ltd said on Tuesday it would cut output by a tenth.",
            "Velnor Mining",
            "ORG",
        ),
    ],
)
def test_a_wire_slug_is_no_part_of_the_name_after_it(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = _mentions(rec, text)
    start = text.index(name)
    assert (name, start, label) in found, found  # the headline's mention, slug left out, typed as the body's
    assert all(not t.isdigit() and not t.startswith(("UPDATE", "WRAPUP", "FACTBOX")) for t, _, _ in found), found


def test_a_slug_like_prefix_that_is_no_wire_flag_stays(rec: Recognizer) -> None:
    text = "AU-Plovdiv and the co-operative signed the deal\n\nThe Agricultural University signed it."
    assert all(t != "Plovdiv" or s != 3 for t, s, _ in _mentions(rec, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refugee Dang Thi Hong Nhung, 34, fled the floods with her two children.", "Dang Thi Hong Nhung"),
        ("Evacuee Bui Thi Thu Trang, 61, said the water rose fast.", "Bui Thi Thu Trang"),
        ("Survivor Hoang Van Duc Anh said the road was cut by the flood.", "Hoang Van Duc Anh"),
    ],
)
def test_a_role_noun_before_a_family_name_first(rec: Recognizer, text: str, name: str) -> None:
    found = _mentions(rec, text)
    assert (name, text.index(name), "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schools on Hawaiʻi stayed closed after the storm, the governor said.", "Hawaiʻi"),
        ("The storm struck Hawai'i overnight and cut power to 20,000 homes.", "Hawai'i"),
        ("Crews from Hawaiʻi and Oregon reached the fire line on Friday.", "Hawaiʻi"),
    ],
)
def test_a_place_written_with_the_okina(rec: Recognizer, text: str, name: str) -> None:
    found = _mentions(rec, text)
    assert (name, text.index(name), "GPE") in found, found
