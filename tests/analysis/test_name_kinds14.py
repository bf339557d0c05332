"""Name kinds from tester report t13 (session 17, issue #13); the names are made up or, for the
reported sentences, the tester's.

- F4: the agency in a wire dateline's brackets ("KESTREL BAY (AP) —") is that agency, an
  organisation, never a short form of the place before it; every agency alike, an acronym ("AP",
  "AFP") as a word ("Xinhua") or lower case ("dpa"), and it is that agency where the text names it
  again ("told the AP", "told dpa");
- the body a person heads ("Dieter Vranck, head of Corvane, said"; "chief of X", "boss of X") is an
  organisation, not a person; not a place the article names so ("in Valdmark").
"""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def mentions(rec: Recognizer, text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", text))]


@pytest.mark.parametrize(
    ("text", "place", "agency", "key", "times"),
    [
        (  # reported
            "Deadly blaze at plant; 5 killed\n\nKESTREL BAY (AP) — Five workers died when fire tore through a "
            "solvents plant on Tuesday, officials said.\n\nThe fire chief told the AP that the blaze was under "
            "control by midnight.\n\nAP photographer Lena Moss saw smoke over the harbour.\n",
            "KESTREL BAY",
            "AP",
            "ORG:Associated Press",
            3,
        ),
        (
            "Floods in the valley\n\nSAN MARCOS DEL RIO, Valdoria (AFP) – Rivers burst their banks on Monday, "
            "officials said.\n\nA police officer told AFP that three villages were cut off.\n",
            "SAN MARCOS DEL RIO",
            "AFP",
            "ORG:Agence France-Presse",
            2,
        ),
        (
            "Bridge closed\n\nPORT ELLIS (dpa) - The old bridge was closed on Friday after cracks appeared, the "
            "city said.\n\nA spokesman told dpa the repairs would take weeks.\n",
            "PORT ELLIS",
            "dpa",
            "ORG:dpa",
            2,
        ),
        (
            "Port strike\n\nNORTH HAVEN (Xinhua) -- Dock workers walked out on Sunday, the union said.\n\n"
            "Union leader Mara Tell told Xinhua the strike would last a week.\n",
            "NORTH HAVEN",
            "Xinhua",
            "ORG:Xinhua",
            2,
        ),
    ],
)
def test_a_datelines_agency_is_that_agency_not_its_place(
    rec: Recognizer, text: str, place: str, agency: str, key: str, times: int
) -> None:
    found = mentions(rec, text)
    assert [k for t, _, k in found if t == agency] == [key] * times, found
    place_keys = {k for t, _, k in found if t == place}
    assert len(place_keys) == 1 and next(iter(place_keys)).startswith("GPE:"), found
    assert not [t for t, _, k in found if k in place_keys and t != place], found


def test_a_place_keeps_its_acronym_outside_a_dateline(rec: Recognizer) -> None:
    text = (
        "Talks resume\n\nThe United Arab Emirates (UAE) said on Monday it would host the talks. Officials from "
        "the UAE met envoys in the capital.\n"
    )
    found = mentions(rec, text)
    uae = {k for t, _, k in found if t == "UAE"}
    full = {k for t, _, k in found if t == "United Arab Emirates"}
    assert uae and uae == full, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # reported
            "A fire at a chemical plant in Kestrel Bay killed four people. Dieter Vranck, head of Corvane, said he "
            "was shocked. Marisol Okafor led the response.",
            "Corvane",
        ),
        ('Talks broke down on Monday. "We are far apart," said Ilse Marten, chief of Brannock.', "Brannock"),
        ("Ruth Dahl, boss of Oskarna, said nothing.", "Oskarna"),
    ],
)
def test_the_body_a_person_heads_is_an_organisation(rec: Recognizer, text: str, name: str) -> None:
    found = mentions(rec, text)
    assert [(label, key) for t, label, key in found if t == name] == [("ORG", f"ORG:{name}")], found


def test_the_head_of_a_place_the_article_names_keeps_it_a_place(rec: Recognizer) -> None:
    text = "The head of Valdmark, in Valdmark since May, said the port would reopen."
    found = mentions(rec, text)
    assert {label for t, label, _ in found if t == "Valdmark"} == {"GPE"}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz, head of Marketing, said sales rose.", "Marketing"),
        ("Media contact: Oskar Lind, Head of Tessavik, +46 8 123 456", "Tessavik"),
    ],
)
def test_a_department_or_a_title_in_capitals_is_no_body_headed(rec: Recognizer, text: str, name: str) -> None:
    found = mentions(rec, text)
    assert not [t for t, label, _ in found if t == name and label == "ORG"], found
