"""Words read as places, or as a person, that a sentence uses as one name are one organisation
(issue #16, tester t13air N7 and S1; round s42-y2).

- N7: "…, Cebu Pacific and Philippine Airlines said" gave a GPE "Cebu" and a LOC "Pacific";
  "Virgin Atlantic said" a LOC "Atlantic": the speaker of a speech verb, or a name joined by
  "and" to an organisation or another speaker, whose words the gazetteer knows as places, is
  one body. A one-word name joined by "and" to an organisation is one too ("… and Ryanair said").
- S1: "the US Geological Survey said" gave a GPE "US" and a PERSON "Geological Survey";
  "Southern California Edison said" a LOC and a GPE; "the Division of Fire Prevention said" a
  PERSON "Fire Prevention".
- What stays as it was: a title and a person after a place ("Paris Mayor Anne Hidalgo said"), a
  place alone ("New York said"), a description ("a Devonport GP, said"), a person's surname
  joined to a firm ("Milošević and Hale Access Ltd").
Each kind: the tester's sentences and two of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(article)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # reported (t13air N7 v1, v2)
        ("About 300 flights were canceled, Cebu Pacific and Philippine Airlines said.", "Cebu Pacific"),
        ("Cebu Pacific said it had cancelled 120 flights.", "Cebu Pacific"),
        (
            "Aer Lingus said 110 flights were cancelled. Virgin Atlantic said its London flights would run.",
            "Virgin Atlantic",
        ),
        # reported (t13air S1)
        (
            "A magnitude 6.8 earthquake killed three people on Friday, the US Geological Survey said.",
            "US Geological Survey",
        ),
        ("Some 3,000 homes lost power, Southern California Edison said.", "Southern California Edison"),
        ("The Division of Fire Prevention said 200 homes were threatened in Larimer.", "Division of Fire Prevention"),
        # our own
        ("Ferries stopped running on Sunday, Lisbon Atlantic said.", "Lisbon Atlantic"),
        ("Power was cut to 800 homes, Manitoba Arctic and Hydro Quebec Ltd said.", "Manitoba Arctic"),
        ("The Division of Mine Safety said the shaft was closed.", "Division of Mine Safety"),
        (
            "Crews worked overnight. The Division of Rural Roads told reporters the bridge would reopen.",
            "Division of Rural Roads",
        ),
    ],
)
def test_places_used_as_one_name_are_one_body(rec: Recognizer, text: str, body: str) -> None:
    names = found(rec, text)
    assert (body, "ORG") in names, names
    at = text.index(body)
    # no place nor person inside the body's name
    inside = {n for n, label in names if label != "ORG" and n in body}
    assert not inside, names
    assert text[at : at + len(body)] == body


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Flights resumed, Cebu Pacific and Ryanair said.", "Ryanair"),  # the tester's firms
        ("Ferries stopped, Lisbon Atlantic and Okvaro said.", "Okvaro"),
        ("Fuel arrived late, Philippine Airlines and Brenvik said.", "Brenvik"),
    ],
)
def test_one_word_joined_to_a_firm_is_a_firm(rec: Recognizer, text: str, firm: str) -> None:
    names = found(rec, text)
    assert (firm, "ORG") in names and (firm, "PERSON") not in names, names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Paris Mayor Anne Hidalgo said the city would help.", {("Paris", "GPE"), ("Anne Hidalgo", "PERSON")}),
        ("New York said it would sue.", {("New York", "GPE")}),
        ("Dr Anjali Raghavan, a Devonport GP, said the ward was full.", {("Devonport", "GPE")}),
        (
            "Its director, Dragan Milošević, was fined. Milošević and Hale Access Ltd admitted the breach.",
            {("Milošević", "PERSON"), ("Hale Access Ltd", "ORG")},
        ),
    ],
)
def test_places_titles_and_people_stay_apart(rec: Recognizer, text: str, kept: set[tuple[str, str]]) -> None:
    assert kept <= found(rec, text)


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        # reported (t13air N12 v2, S1)
        (
            "Colorado's Division of Fire Prevention said 200 homes were threatened.",
            "Colorado",
            "Division of Fire Prevention",
        ),
        # our own
        ("Oregon's Division of Coastal Lighting said two beacons were out.", "Oregon", "Division of Coastal Lighting"),
        ("Flights resumed, Chile's Lisbon Atlantic said.", "Chile", "Lisbon Atlantic"),
    ],
)
def test_a_possessive_place_is_no_part_of_the_body(rec: Recognizer, text: str, place: str, body: str) -> None:
    names = found(rec, text)
    assert (body, "ORG") in names, names
    assert not any(place in n and label == "ORG" for n, label in names), names
