"""Reported faults of names (issue #16, round s49-n, tester t13aq), each a kind, each with its
reported input and two variants of other names, numbers and layouts:

- N8: a person after a German role noun (a compound ending in -chef, -kommandantin, -sprecherin,
  -ministerin, …; or a name hyphened to it, "AlpenRail-Chef") or before a German verb of saying
  ("sagte", "erklärte") is a PERSON (was no name, or an ORG "AlpenRail-Chef Torvald Ødegaard");
- N10: a train's or a flight's code before its number ("IC 518", "ICE 1001", "TGV 6201") is no
  organisation (was an ORG "IC" in six articles)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _mentions(rec: Recognizer, text: str) -> list[tuple[str, int, str]]:
    return [(text[m.start : m.end], m.start, m.label) for m in rec.recognize(Art("x", text))]


_GERMAN_TAIL = " Die Polizei hat die Ermittlungen aufgenommen, die Feuerwehr ist vor Ort."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # reported
            "„Wir arbeiten rund um die Uhr“, sagte Feuerwehrkommandantin Siobhán Ní Bhriain." + _GERMAN_TAIL,
            "Siobhán Ní Bhriain",
        ),
        (  # reported
            "AlpenRail-Chef Torvald Ødegaard sagte den Hinterbliebenen einen Hilfsfonds zu." + _GERMAN_TAIL,
            "Torvald Ødegaard",
        ),
        (
            "Das bestätigte Bergwachtkommandantin Aoibheann Ní Chléirigh am Abend." + _GERMAN_TAIL,
            "Aoibheann Ní Chléirigh",
        ),
        ("Kesselbahn-Chef Vebjørn Tveitå sagte den Familien Hilfe zu." + _GERMAN_TAIL, "Vebjørn Tveitå"),
    ],
)
def test_a_german_role_noun_before_a_person(rec: Recognizer, text: str, name: str) -> None:
    found = _mentions(rec, text)
    assert (name, text.index(name), "PERSON") in found, found
    assert not any(label == "ORG" and name in t for t, _, label in found), found  # the role noun outside


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Polizei ermittelt. Torvald Ødegaard sagte, der Fonds sei bereit." + _GERMAN_TAIL, "Torvald Ødegaard"),
        ("Der Zug war voll. Vebjørn Ølstad betonte, er habe nichts gehört." + _GERMAN_TAIL, "Vebjørn Ølstad"),
        ("Das Stellwerk war besetzt, erklärte Hjørdis Tveitå am Abend." + _GERMAN_TAIL, "Hjørdis Tveitå"),
    ],
)
def test_a_german_verb_of_saying_after_or_before_a_person(rec: Recognizer, text: str, name: str) -> None:
    found = _mentions(rec, text)
    assert (name, text.index(name), "PERSON") in found, found


def test_a_german_noun_before_a_verb_of_saying_is_no_person(rec: Recognizer) -> None:
    text = "Nach dem Unglück erklärte Brynjar Holmsætre, er sei erschüttert. Die Polizei sagte nichts." + _GERMAN_TAIL
    assert all(t not in ("Unglück", "Polizei") for t, _, _ in _mentions(rec, text))


def test_a_body_after_a_german_kind_noun_stays_no_person(rec: Recognizer) -> None:
    text = "Der Energiekonzern Nordwind Power AG teilte mit, die Leitung sei repariert." + _GERMAN_TAIL
    assert all(label != "PERSON" for _, _, label in _mentions(rec, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Passengers on IC 518 were hurt when the IC 518 left the rails near Hallstein.", "IC"),  # reported
        ("The ICE 1001 from Munich was two hours late, the operator said.", "ICE"),
        ("The TGV 6201 to Lyon was cancelled on Friday.\n\nTravellers on TGV 6201 were moved to buses.", "TGV"),
    ],
)
def test_a_service_code_before_its_number_is_no_organisation(rec: Recognizer, text: str, code: str) -> None:
    found = _mentions(rec, text)
    assert all(t != code for t, _, _ in found), found


def test_capitals_written_without_a_number_too_stay_a_name(rec: Recognizer) -> None:
    text = "ICE agents detained 12 people on Monday, ICE said. Flight 1001 was not affected."
    assert ("ICE", text.rindex("ICE"), "ORG") in _mentions(rec, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # reported (the hostile file's headline: Rich markup and a terminal's colour escape)
            "HALLSTEIN DERAILMENT — [bold red]UNVERIFIED[/] REPORT\x1b[31m\nPosted by anon\n\n"
            "Sources say the train left the rails near Hallstein on the lake road.",
            "REPORT",
        ),
        (
            "\x1b[1mKESSELBURG FLOOD:\x1b[0m THE [i]SHOCKING[/] TRUTH\n\nWater rose in Kesselburg on Monday, residents said.",
            "TRUTH",
        ),
        (
            "[red]BREAKING[/]: DAM \x1b[33mWARNING\x1b[0m FOR VELMORA\n\nEngineers in Velmora said the dam was sound.",
            "WARNING",
        ),
    ],
)
def test_styling_in_a_shouted_headline_leaves_it_shouted(rec: Recognizer, text: str, word: str) -> None:
    found = _mentions(rec, text)
    assert all(t != word for t, _, _ in found), found
