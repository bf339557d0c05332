"""Review s49-rv3 findings 1-3 on round s49-n's names rules, each a kind, each with the reviewer's
input and two variants of other names, numbers and layouts:

- 1: a German verb of saying beside two capitalised words made them a PERSON, organisations and
  noun phrases too ("Die Deutsche Bahn sagte", "Deutsche Telekom erklärte", "Am 14. Tag des
  Streiks erklärte");
- 2: a German role noun before a company's name made the company a PERSON ("Geschäftsführer
  Nordwind Logistik GmbH");
- 3: capitals before a number were dropped as a service's code whatever they were ("FTSE 100",
  "DAX 40", "BMW 320d", "COP 30" lost their ORG)."""

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
    ("text", "body"),
    [
        ("Die Deutsche Bahn sagte am Montag, der Fernverkehr werde eingeschränkt." + _GERMAN_TAIL, "Deutsche Bahn"),
        ("Deutsche Telekom erklärte, das Netz laufe stabil." + _GERMAN_TAIL, "Deutsche Telekom"),
        ("Die Europäische Zentralbank betonte, die Inflation sinke." + _GERMAN_TAIL, "Zentralbank"),
        ("Am 14. Tag des Streiks erklärte die Gewerkschaft, sie sei gesprächsbereit." + _GERMAN_TAIL, "Tag"),
        ("Die Österreichische Post sagte, die Pakete kämen später." + _GERMAN_TAIL, "Post"),
        ("Am dritten Tag der Verhandlungen betonte die Regierung, man sei einig." + _GERMAN_TAIL, "Tag"),
    ],
)
def test_a_body_or_a_phrase_beside_a_german_verb_of_saying_is_no_person(rec: Recognizer, text: str, body: str) -> None:
    found = _mentions(rec, text)
    assert not any(label == "PERSON" and body in t for t, _, label in found), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # reported
            "Der Konzern teilte mit, die Lieferungen würden sich verzögern. Geschäftsführer Nordwind Logistik"
            " GmbH habe den Streik bedauert, sagte eine Sprecherin." + _GERMAN_TAIL,
            "Nordwind Logistik",
        ),
        ("Vorstand Südhafen Logistik AG habe den Plan gebilligt, hieß es." + _GERMAN_TAIL, "Südhafen Logistik"),
        ("Trainer Eisenwerk Kliniken Berlin lehnte das ab, hieß es." + _GERMAN_TAIL, "Eisenwerk Kliniken"),
    ],
)
def test_a_body_after_a_german_role_noun_is_no_person(rec: Recognizer, text: str, body: str) -> None:
    found = _mentions(rec, text)
    assert not any(label == "PERSON" and body in t for t, _, label in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # reported
            "The FTSE 100 rose 0.4% on Friday, while Germany's DAX 40 was flat. Analysts said the BMW 320d"
            " remained the best-selling premium saloon in Britain.",
            "FTSE",
        ),
        ("The FTSE 100 rose 0.4% on Friday, while Germany's DAX 40 was flat.", "DAX"),
        ("Analysts said the BMW 320d remained the best-selling saloon, ahead of the Audi A4.", "BMW"),
        ("Delegates at COP 30 in Belem agreed on a new fund for forests.", "COP"),
    ],
)
def test_an_index_or_a_brand_before_its_number_stays_an_org(rec: Recognizer, text: str, name: str) -> None:
    found = _mentions(rec, text)
    assert any(label == "ORG" and t.startswith(name) for t, _, label in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Lufthansa Flight LH 400 landed late, and passengers on LH 400 waited for their bags.",
        "Passengers on ICE 1001 were hurt when the ICE 1001 left the rails near Hallstein.",
    ],
)
def test_a_service_code_still_is_no_org(rec: Recognizer, text: str) -> None:
    found = _mentions(rec, text)
    assert not any(label == "ORG" and t in ("LH", "ICE") for t, _, label in found), found
