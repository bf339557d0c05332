"""Name types and merges new-user testers reported (issue #16 "Names", round s53-e2), each a kind,
each with the reported input and two variants of other names and wordings:

- an acronym defined in brackets after a body's long form that lists its fields with commas ("the
  Department of Mines, Industry Regulation and Safety (DMIRS)"): the long form is one ORG and the
  acronym its short form (were "Department of Mines" and "Industry Regulation and Safety", the
  acronym keyed to the second);
- a river named with its kind word first ("the River Tarn") and later by its bare name ("the Tarn
  burst its banks") is one entity; a bridge and a street named after a town stay their own;
- a street by its kind word "Lane" ("Police closed Mill Lane") is a FAC, as "Street" and "Road"
  are (was a PERSON), and two streets joined by "and" are two;
- a German body's regional office ("Bergamt Süd", "Landesamt Nord") is an ORG (was nothing, or a
  PERSON after "vom"), and "Kontakt" of a contact line is no place;
- a given name and a surname that is a kind's cue word too ("Mina Park", "Declan Power") before a
  person's role in apposition, or a facility's cue before a verb of speech, is a PERSON (were a FAC
  and an ORG; the reported "Tuğba Ancheta, a spokeswoman …" was a PERSON on main already);
- a town and its county of the same name are two places: the town written alone after the county
  ("In Hollin, …" after "Hollin County") is the town (was no name), and across the corpus the
  town's mentions stay the town's (were merged into the county as its short form).
"""

from __future__ import annotations

import pytest
from name_helpers import Art, keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer, group


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _article(text: str) -> str:
    return f"Regional news\n\n{text}\n"


# A German article's common close: the language identifier reads a text of some length only.
_GERMAN_TAIL = " Die Polizei hat die Ermittlungen aufgenommen, die Feuerwehr ist vor Ort."


@pytest.mark.parametrize(
    ("text", "long_form", "acronym"),
    [
        # reported
        (
            "The Department of Mines, Industry Regulation and Safety (DMIRS) said the mine was safe. "
            "DMIRS said it would inspect the site.",
            "Department of Mines, Industry Regulation and Safety",
            "DMIRS",
        ),
        # invented
        (
            "A spokesman for the Department of Energy, Mines and Water Resources (DEMWR) said the pit "
            "was shut. DEMWR inspectors arrived on Monday.",
            "Department of Energy, Mines and Water Resources",
            "DEMWR",
        ),
        (
            "The Office of Planning, Housing and Local Government (OPHLG) approved the plan. Later OPHLG withdrew it.",
            "Office of Planning, Housing and Local Government",
            "OPHLG",
        ),
    ],
)
def test_a_long_form_listing_fields_is_one_body_its_acronym_joins(
    rec: Recognizer, text: str, long_form: str, acronym: str
) -> None:
    article = _article(text)
    assert keys(rec, article, long_form) == [("ORG", f"ORG:{long_form}")]
    assert set(keys(rec, article, acronym)) == {("ORG", f"ORG:{long_form}")}
    # no part of the long form is a body of its own
    assert not any(label == "ORG" and name in long_form and name != long_form for name, label in names(rec, article))


def test_a_name_before_commas_the_acronym_does_not_spell_stays_apart(rec: Recognizer) -> None:
    article = _article("Staff of Harlow Mining, Department of Safety (DOS) said the pit was shut.")
    assert keys(rec, article, "Department of Safety") == [("ORG", "ORG:Department of Safety")]
    assert [label for label, _ in keys(rec, article, "Harlow Mining")] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "river", "bare"),
    [
        # reported
        (
            "Water rose on the River Tarn overnight. The Tarn burst its banks near Ravensworth Bridge.",
            "River Tarn",
            "Tarn",
        ),
        # invented
        ("The River Wenning rose by a metre. By noon the Wenning had flooded Hornby.", "River Wenning", "Wenning"),
        ("Crews sandbagged the River Lune at dawn. The Lune peaked at midday.", "River Lune", "Lune"),
    ],
)
def test_a_river_named_kind_first_and_by_its_bare_name_is_one(
    rec: Recognizer, text: str, river: str, bare: str
) -> None:
    article = _article(text)
    assert keys(rec, article, river) == [("LOC", f"LOC:{river}")]
    assert keys(rec, article, bare) == [("LOC", f"LOC:{river}")]


@pytest.mark.parametrize(
    ("text", "facility", "town"),
    [
        # reported
        (
            "Rain fell in Ravensworth overnight. Water reached Ravensworth Bridge and Ravensworth Street.",
            "Ravensworth Bridge",
            "Ravensworth",
        ),
        # invented
        ("Crews reached Ashby Bridge at dawn. Homes in Ashby were flooded.", "Ashby Bridge", "Ashby"),
        ("Police closed Kelmarsh Bridge. Schools in Kelmarsh stayed shut.", "Kelmarsh Bridge", "Kelmarsh"),
    ],
)
def test_a_bridge_named_after_a_town_is_no_mention_of_the_town(
    rec: Recognizer, text: str, facility: str, town: str
) -> None:
    article = _article(text)
    assert keys(rec, article, facility) == [("FAC", f"FAC:{facility}")]
    assert keys(rec, article, town) == [("GPE", f"GPE:{town}")]


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        # reported
        ("Police closed Mill Lane on Tuesday. Mill Lane residents were evacuated.", ["Mill Lane"]),
        # invented
        ("Water flowed down Quarry Lane and Harbour Street.", ["Quarry Lane", "Harbour Street"]),
        ("Crews cleared Tanner Lane after the storm. Tanner Lane reopened at noon.", ["Tanner Lane"]),
    ],
)
def test_a_lane_is_a_street(rec: Recognizer, text: str, streets: list[str]) -> None:
    article = _article(text)
    for street in streets:
        assert {label for label, _ in keys(rec, article, street)} == {"FAC"}


def test_a_given_name_before_lane_stays_a_person(rec: Recognizer) -> None:
    article = _article('"We are safe," said Sarah Lane, a resident.')
    assert keys(rec, article, "Sarah Lane") == [("PERSON", "PERSON:Sarah Lane")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # reported
        (
            "Die Bergbauingenieurin Katrin Vollmer sagte, das Bergamt Süd prüfe die Grube in Kalgoorlie. "
            "Kontakt: presse@bergamt.de",
            "Bergamt Süd",
        ),
        # invented
        (
            "Der Geologe Jens Marquardt vom Bergamt Ost sagte, in Kalgoorlie sei die Lage ruhig.",
            "Bergamt Ost",
        ),
        (
            "Die Ingenieurin Petra Lindqvist sagte, das Landesamt Nord habe die Mine in Broken Hill geprüft.",
            "Landesamt Nord",
        ),
    ],
)
def test_a_german_bodys_regional_office_is_an_org(rec: Recognizer, text: str, body: str) -> None:
    article = _article(text + _GERMAN_TAIL)
    found = names(rec, article)
    assert (body, "ORG") in found
    assert not any(label in ("GPE", "LOC") and name == "Kontakt" for name, label in found)
    persons = {name for name, label in found if label == "PERSON"}
    assert persons and all(" " in name and body not in name for name in persons)
    assert {name for name, label in found if label == "GPE"} <= {"Kalgoorlie", "Broken Hill"}


@pytest.mark.parametrize(
    "text",
    [
        # reported
        "Kontakt: presse@bergamt-sued.de",
        # invented
        "Bei Fragen bitte Kontakt aufnehmen mit der Pressestelle in Perth.",
        "For interviews, Kontakt aufnehmen with the press office. Kontakt: presse@minen.de",
    ],
)
def test_kontakt_is_no_place(rec: Recognizer, text: str) -> None:
    assert not any(name == "Kontakt" for name, _ in names(rec, _article(text)))
    assert not any(name == "Kontakt" for name, _ in names(rec, _article(text + _GERMAN_TAIL)))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (already a PERSON on main: kept)
        (
            "Tuğba Ancheta, a spokeswoman for the county fire service, said the blaze was contained.",
            "Tuğba Ancheta",
        ),
        # invented: a surname that is a kind's cue word as well (a FAC's "Park", an ORG's "Power",
        # "Steel") after a given name, with a role in apposition (were FAC / ORG)
        ("Mina Park, a spokeswoman for the county fire service, said the blaze was contained.", "Mina Park"),
        ("Declan Power, a spokesman for the harbour authority, told reporters the port would reopen.", "Declan Power"),
        ("Ruth Steel, an engineer with the water board, said pipes burst.", "Ruth Steel"),
        # a facility's cue word and a verb of speech: a place says nothing (was a FAC)
        ("Mina Park said the blaze was contained. Park added that crews were tired.", "Mina Park"),
    ],
)
def test_a_given_name_before_a_role_or_speech_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert keys(rec, _article(text), person) == [("PERSON", f"PERSON:{person}")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Amara Power, a utility, said lines were down.", "Amara Power", "ORG"),
        ("Crews cleared Kestrel Park, a green space in the town.", "Kestrel Park", "FAC"),
    ],
)
def test_a_name_described_as_no_role_keeps_its_kind(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert [lab for lab, _ in keys(rec, _article(text), name)] == [label]


@pytest.mark.parametrize(
    ("text", "town", "county"),
    [
        # reported
        (
            "Flooding hit Marbury on Tuesday. Marbury County officials said the county would open "
            "shelters. Residents of Marbury were evacuated.",
            "Marbury",
            "Marbury County",
        ),
        # invented
        (
            "Hollin County declared an emergency. In Hollin, the river rose overnight.",
            "Hollin",
            "Hollin County",
        ),
        (
            "Schools in Tarrow closed early. Tarrow County sheriffs said roads in the county were shut.",
            "Tarrow",
            "Tarrow County",
        ),
    ],
)
def test_a_town_and_its_county_are_two_places(rec: Recognizer, text: str, town: str, county: str) -> None:
    article = _article(text)
    assert {k for _, k in keys(rec, article, town)} == {f"GPE:{town}"}
    assert keys(rec, article, county) == [("GPE", f"GPE:{county}")]
    # and across the corpus: the town's mentions are no short form of the county
    table = group(
        {"a": rec.recognize(Art("a", article)), "b": rec.recognize(Art("b", _article(f"Homes in {town} flooded.")))}
    )
    by_key = {e.key: {m.text for _, m in e.mentions} for e in table}
    assert by_key.get(f"GPE:{town}") == {town}
    assert by_key.get(f"GPE:{county}") == {county}


def test_a_citys_designator_still_joins_its_bare_name(rec: Recognizer) -> None:
    texts = {"a": _article("Flooding hit Kushiro City on Monday."), "b": _article("Homes in Kushiro were flooded.")}
    table = group({doc: rec.recognize(Art(doc, t)) for doc, t in texts.items()})
    assert {e.key: {m.text for _, m in e.mentions} for e in table}.get("GPE:Kushiro City") == {
        "Kushiro City",
        "Kushiro",
    }


@pytest.mark.parametrize(
    ("text", "name", "labels"),
    [
        # reported ("Church": the building a FAC, the congregation an ORG, never a person)
        ("Crews worshipped at Grace Fellowship Church on Sunday.", "Grace Fellowship Church", {"FAC", "ORG"}),
        ("Officials at the Public Information Office said the road was closed.", "Public Information Office", {"ORG"}),
        # invented
        ("Families sheltered at Hope Valley Baptist Church overnight.", "Hope Valley Baptist Church", {"FAC", "ORG"}),
    ],
)
def test_a_head_word_types_a_facility_or_an_office(rec: Recognizer, text: str, name: str, labels: set[str]) -> None:
    found = {lab for lab, _ in keys(rec, _article(text), name)}
    assert len(found) == 1 and found <= labels
