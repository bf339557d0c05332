"""Entity names (issues #13/#16, round s23-b), each kind with the reported input and two invented
variants:

- a known given name before a known person's surname alone is another person of that surname
  ("Hunter Biden said" gave PERSON "Biden", keyed as Joe Biden): the job-word rule left "Hunter"
  apart, and the gazetteer read "Biden" as the known person;
- a plural job word before coordinated names describes them ("Nurses Eva Lange and Siri Aune":
  dropped or glued before);
- letters after a numbered noun are a grade, no firm's legal form ("Grade A/S rating"); a firm
  written in capitals ends at its legal form ("KVITRA SHIPPING LTD" was split);
- an entity is never named by a spelling in capitals when one in mixed case is written
  (t13g F8: "ORVANE MINERALS AS").
"""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.mentions import Entity, Mention
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.entities.spellings import most_written, written_name


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer.default()


OTHER_BEARER = [
    # reported
    ("Hunter Biden said he would testify.", "Hunter Biden"),
    ("The committee said Hunter Biden would testify on Monday.", "Hunter Biden"),
    # invented: a given name that is no job word; a job word that is a given name, mid-sentence
    ("Jill Biden said the school would reopen.", "Jill Biden"),
    ("The lawyer said Fisher Trump had not signed.", "Fisher Trump"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), OTHER_BEARER)
def test_given_name_before_a_known_surname_is_another_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    surname = person.rsplit(maxsplit=1)[-1]
    assert (surname, "PERSON") not in found, found
    assert keys(rec, text, person) == [("PERSON", f"PERSON:{person}")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Biden said he would testify.", "Biden"),  # the known person by the surname alone
        ("President Biden said he would testify.", "Biden"),  # a title, no given name
        ("Will Trump sign it? He will not say.", "Trump"),  # a question's "Will", written lower too
    ],
)
def test_known_surname_without_a_given_name_stays_the_known_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(label == "PERSON" and name != person and name.endswith(person) for name, label in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mason Greer said the pier was safe.",
        "Porter Hale told reporters the ship had left.",
        "The report said Hunter Brekke had left.",
    ],
)
def test_job_word_given_name_and_one_word_is_a_name(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert any(label == "PERSON" and len(name.split()) == 2 for name, label in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [("Baker Ingrid Sorvaag said the bread was late.", "Ingrid Sorvaag"), ("Nurse Eva Lange said so.", "Eva Lange")],
)
def test_job_word_before_a_full_name_stays_a_descriptor(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found and not any(n.endswith(person) and n != person for n, _ in found), found


PLURAL_JOBS = [
    # reported
    ("Nurses Eva Lange and Siri Aune ran the ward.", ("Eva Lange", "Siri Aune")),
    ("Firefighters Tore Lien and Nils Haug put out the fire.", ("Tore Lien", "Nils Haug")),
    # invented: mid-sentence after a relation word; after an opening phrase; a plural in -men
    ("The ward was run by Nurses Eva Lange and Siri Aune.", ("Eva Lange", "Siri Aune")),
    ("On Monday, Nurses Eva Lange and Siri Aune ran the ward.", ("Eva Lange", "Siri Aune")),
    ("The boat was found by Fishermen Olav Brekke and Per Dahl.", ("Olav Brekke", "Per Dahl")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), PLURAL_JOBS)
def test_plural_job_word_before_coordinated_names(rec: Recognizer, text: str, people: tuple[str, ...]) -> None:
    found = names(rec, text)
    for person in people:
        assert (person, "PERSON") in found, found
    job = text.split(people[0], maxsplit=1)[0].rsplit(maxsplit=1)[-1]  # "Nurses", "Firefighters"
    assert not any(label == "ORG" or job in n for n, label in found), found


GRADES = [
    # reported
    ("The agency gave the bond a Grade A/S rating.", "Grade A/S"),
    # invented
    ("The fund holds Tier AB notes.", "Tier AB"),
    ("The ferry got a Type AS certificate.", "Type AS"),
]  # fmt: skip


# the same kind where a relation word types the name before it ("X shares": a firm's shares)
SHARE_CLASSES = [
    ("Holders of Class AB shares may vote.", "Class AB"),
    ("Series AB shares rose on Monday.", "Series AB"),
    ("Demand for Series C2 shares was strong.", "Series C2"),
]


@pytest.mark.parametrize(("text", "grade"), [*GRADES, *SHARE_CLASSES])
def test_a_grade_is_no_firm(rec: Recognizer, text: str, grade: str) -> None:
    found = names(rec, text)
    assert not any(label == "ORG" for _n, label in found), found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Vestby Shipping A/S ordered two ferries.", "Vestby Shipping A/S"),
        ("Istra A/S supplied pumps.", "Istra A/S"),
    ],
)
def test_a_firm_before_its_legal_form_stays(rec: Recognizer, text: str, firm: str) -> None:
    assert (firm, "ORG") in names(rec, text)


SHOUTED_FIRMS = [
    # reported
    ("Ship checked\n\nThe owner, KVITRA SHIPPING LTD, declined to comment.\n", "KVITRA SHIPPING LTD"),
    # invented: at a sentence's start (read as a shouted kicker before); another form
    ("Ship checked\n\nKVITRA SHIPPING LTD said the ship was sound. The port agreed.\n", "KVITRA SHIPPING LTD"),
    ("Ship checked\n\nA ferry owned by BRENNVIK FERRIES CORP sank.\n", "BRENNVIK FERRIES CORP"),
    # invented: every word before the form short enough to be an acronym (each stood alone)
    ("Ship checked\n\nThe fuel came from HALDEN FUELS LIMITED on Monday.\n", "HALDEN FUELS LIMITED"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "firm"), SHOUTED_FIRMS)
def test_firm_in_capitals_is_one_organisation(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found
    parts = firm.split()
    assert not any(n in parts or n == " ".join(parts[:-1]) for n, _ in found), found


@pytest.mark.parametrize(
    ("name", "counts", "shown"),
    [
        # reported: one article writes both, once each; its key spelled as the first
        ("ORVANE MINERALS AS", {"ORVANE MINERALS AS": 1, "Orvane Minerals AS": 1}, "Orvane Minerals AS"),
        # invented: capitals written more often; the key in mixed case and outnumbered
        ("KVITRA SHIPPING LTD", {"KVITRA SHIPPING LTD": 3, "Kvitra Shipping Ltd": 1}, "Kvitra Shipping Ltd"),
        ("Halvik", {"HALVIK": 4, "Halvik": 1}, "Halvik"),
    ],
)
def test_capitals_never_name_an_entity_written_in_mixed_case(name: str, counts: dict[str, int], shown: str) -> None:
    assert most_written(name, counts) == shown


def test_a_name_only_written_in_capitals_keeps_them() -> None:
    assert most_written("NATO", {"NATO": 3}) == "NATO"
    assert most_written("Zurich", {"Zürich": 2, "Zurich": 1}) == "Zürich"


LONE_SURNAME = [
    # reported person, then the surname alone (was keyed as Joe Biden, the gazetteer's)
    ("Hunter Biden said he would testify. Biden added that he had done nothing wrong.", "Hunter Biden"),
    # invented: another known surname; the surname alone first
    ("Melania Trump spoke first. Trump said the garden would reopen.", "Melania Trump"),
    ("Biden said he would testify on Monday. Jill Biden did not.", "Jill Biden"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), LONE_SURNAME)
def test_lone_surname_is_the_one_bearer_named_in_full(rec: Recognizer, text: str, person: str) -> None:
    surname = person.rsplit(maxsplit=1)[-1]
    assert keys(rec, text, surname) == [("PERSON", f"PERSON:{person}")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the known person named in full is one more referent, not the owner of every lone
        # mention (round s32-r, t13v F1: "President Emmanuel Macron ... Bruno Macron, 58, ...
        # Macron said" was the president's): the person named last before it, as a reader takes it
        ("Jill Biden visited the school. Biden said it was fine. Joe Biden was not there.", "Jill Biden"),
        ("Joe Biden visited the school. Biden said it was fine. Jill Biden was not there.", "Joe Biden"),
    ],
)
def test_lone_surname_with_the_known_person_named_in_full_too(rec: Recognizer, text: str, person: str) -> None:
    assert keys(rec, text, "Biden") == [("PERSON", f"PERSON:{person}")]


def _entity(key: str, written: list[tuple[str, bool]]) -> Entity:
    label, _, name = key.partition(":")
    ent = Entity(key, name, label)
    for n, (text, noise) in enumerate(written):
        ent.mentions.append(("a", Mention(n * 10, n * 10 + len(text), text, label, key, noise)))
    return ent


@pytest.mark.parametrize(
    ("key", "written", "shown"),
    [
        # boilerplate writes a spelling more often than the article text: the text's names it, as
        # the corpus's counts (kept_mentions.spellings, outside boilerplate) name it elsewhere
        ("GPE:Zurich", [("Zurich", True), ("Zurich", True), ("Zürich", False)], "Zürich"),
        (
            "PERSON:Recep Tayyip Erdogan",
            [("Recep Tayyip Erdogan", True), ("Recep Tayyip Erdogan", True), ("Recep Tayyip Erdoğan", False)],
            "Recep Tayyip Erdoğan",
        ),
        # only boilerplate writes it: named as it is written there
        ("PERSON:Ana Reyes", [("Ana Reyes", True)], "Ana Reyes"),
    ],
)
def test_entity_named_by_its_spellings_outside_boilerplate(
    key: str, written: list[tuple[str, bool]], shown: str
) -> None:
    assert written_name(_entity(key, written)) == shown
