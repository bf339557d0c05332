"""Quotes of round s48-q3 (issue #16, "who said what"). Each test: the reported input first, then
variants of my own.

1. A body's name holding "and" was split, or its statement lost, in a list of speakers or alone
   after "said": "The Maritime and Coastguard Agency and the RNLI said" credited "Coastguard
   Agency"; "Procter and Gamble and Unilever said" was no quote; '"…," said Marks and Spencer' was
   unattributed. A name the entity list holds whole, or an "X and Y" body's name ("Ministry of X
   and Y", "X and Y Agency"), is one speaker; only a list of separate names is split.
2. "…, Reyes and Santos said" credited Santos alone, the recogniser typing Santos a place: in a
   list of speakers with persons a surname typed a place is a person. A list of places only
   ("Oslo and Bergen said") stays places (their councils).
3. "The governor's office said …" gave no quote: the possessive role made the subject "someone's"
   and no one was found; the office speaks as written (unattributed).
4. "Nobody at Brenmoor Rail has told the families that …" was a statement of the firm; 'The
   mayor never said "the bridge is safe".' was a direct quote: neither is anyone's statement.
5. "In a statement on Monday, the company said …" was credited to the byline's outlet: the outlet
   that wrote the story is never the body a description stands for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import and_body_name, pair_names
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _article(body: str, outlet: str | None = None, head: bool = True) -> Article:
    text = f"Crews work through the night\n\nCrews worked on Monday.\n\n{body}\n" if head else f"{body}\n"
    return Article("t", Path("/x/t.txt"), text, "utf-8", "", True, outlet, True)


def said(rec: Recognizer, body: str, outlet: str | None = None, head: bool = True) -> list[tuple[str | None, str, str]]:
    article = _article(body, outlet, head)
    return [
        (q.speaker.name if q.speaker is not None else None, q.speaker.type if q.speaker is not None else "", q.text)
        for q in find_quotes(article, rec.recognize(article))
    ]


def _sheet(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()


def _credited(sheet: dict[str, object]) -> list[tuple[str, str]]:
    speakers = sheet["speakers"]
    assert isinstance(speakers, list)
    return sorted((sp["name"], " ".join(q["text"].split())) for sp in speakers for q in sp["quotes"])


# --- 1. a name holding "and" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speakers", "words"),
    [
        (  # reported: the agency in a list of speakers
            "The Maritime and Coastguard Agency and the RNLI said the ferry was safe to sail.",
            {"Maritime and Coastguard Agency", "RNLI"},
            "the ferry was safe to sail",
        ),
        (  # reported: a firm named "X and Y" in a list, no name recognised
            "Procter and Gamble and Unilever said the prices would rise by June.",
            {"Procter and Gamble and Unilever"},
            "the prices would rise by June",
        ),
        (  # reported: alone after "said"
            '"Sales fell sharply in the quarter," said Marks and Spencer.',
            {"Marks and Spencer"},
            "Sales fell sharply in the quarter",
        ),
        (  # variant: "Department of X and Y" first in the list
            "The Department of Health and Social Care and NHS England said the hospital would reopen next week.",
            {"Department of Health and Social Care", "NHS England"},
            "the hospital would reopen next week",
        ),
        (  # variant: the list after the words, each member with "the"
            "Ferry\n\nThe crossing was cancelled, the RNLI and the Maritime and Coastguard Agency said.",
            {"RNLI", "Maritime and Coastguard Agency"},
            "The crossing was cancelled",
        ),
        (  # variant: another firm's name after the verb, other words
            '"We will not cut the dividend," said Johnson and Johnson on Tuesday.',
            {"Johnson and Johnson"},
            "We will not cut the dividend",
        ),
    ],
)
def test_a_name_holding_and_is_one_speaker(tmp_path: Path, body: str, speakers: set[str], words: str) -> None:
    credited = _credited(_sheet(tmp_path, {"a": f"Business news\n\n{body}\n"}))
    assert {name for name, said_words in credited if said_words == words} == speakers


@pytest.mark.parametrize(
    ("name", "whole", "parts"),
    [
        ("Maritime and Coastguard Agency and RNLI", None, ["Maritime and Coastguard Agency", "RNLI"]),
        ("Ministry of Agriculture and Forestry and Shell", None, ["Ministry of Agriculture and Forestry", "Shell"]),
        ("Procter and Gamble and Unilever", {"Procter and Gamble"}, ["Procter and Gamble", "Unilever"]),
        ("Procter and Gamble and Unilever", None, ["Procter and Gamble and Unilever"]),
        ("Shell and Coastguard Agency", {"Shell", "Coastguard Agency"}, ["Shell", "Coastguard Agency"]),
        ("Shell, BP and TotalEnergies", None, ["Shell", "BP", "TotalEnergies"]),
        ("Ana Cruz, Ben Ortiz, and Carla Diaz", None, ["Ana Cruz", "Ben Ortiz", "Carla Diaz"]),
        ("Smith and Jones", None, ["Smith", "Jones"]),
    ],
)
def test_a_list_is_split_only_between_names(name: str, whole: set[str] | None, parts: list[str]) -> None:
    known = (lambda part: part in whole) if whole is not None else None
    assert pair_names(name, known) == parts


def test_the_and_body_forms() -> None:
    assert and_body_name("Maritime and Coastguard Agency")
    assert and_body_name("Food Standards and Safety Authority")
    assert and_body_name("Department of Health and Social Care")
    assert not and_body_name("Shell and BP")
    assert not and_body_name("Marks and Spencer")
    assert not and_body_name("Health and Safety and Fire Authority")


# --- 2. a surname typed a place in a list of speakers --------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (  # reported
            "The school will reopen in May, Reyes and Santos said.",
            "Reyes and Santos",
            "The school will reopen in May",
        ),
        (  # variant: the list after the verb, three names, the time after them
            '"We are ready for the storm," said Cruz, Ortiz and Santos on Monday.',
            "Cruz, Ortiz and Santos",
            "We are ready for the storm",
        ),
        (  # variant: the place-typed surname first in a list of three, another typed a person
            "The tide turned early, Santos, Cruz and Reyes said.",
            "Santos, Cruz and Reyes",
            "The tide turned early",
        ),
    ],
)
def test_a_surname_typed_a_place_in_a_list_of_speakers_is_a_person(
    rec: Recognizer, body: str, speaker: str, words: str
) -> None:
    got = [(name, kind) for name, kind, text in said(rec, body) if text == words]
    assert got == [(speaker, "PERSON")]


@pytest.mark.parametrize(
    "body",
    ["The ferries will run, Oslo and Bergen said.", "Oslo and Bergen said the ferries would run."],
)
def test_a_list_of_places_still_speaks_as_places(rec: Recognizer, body: str) -> None:
    got = said(rec, body)
    assert [(name, kind) for name, kind, _ in got] == [("Oslo and Bergen", "GPE")]


# --- 3. a role's office ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "The governor's office said the roads would reopen on Friday.",
            "the roads would reopen on Friday",
        ),  # reported
        ("The prime minister's office said on Monday that the talks had failed.", "the talks had failed"),
        (
            "Governor Ane Lie toured the flooded town. The governor's office says the levee will hold.",
            "the levee will hold",
        ),
    ],
)
def test_a_role_s_office_speaks_as_written(rec: Recognizer, body: str, words: str) -> None:
    got = said(rec, body)
    assert [(name, text) for name, _, text in got] == [(None, words)]


# --- 4. negation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nobody at Brenmoor Rail has told the families that the line will close.",  # reported
        "None of the ministers has said that the tax will rise.",
        "No one in the Halden town council ever claimed that the bridge was safe.",
        'The mayor never said "the bridge is safe".',  # reported
        'The minister has not said "we will cut taxes" at any point.',
        '"The dam will hold," the engineer never said.',
    ],
)
def test_words_said_not_to_be_said_are_no_statement(rec: Recognizer, body: str) -> None:
    assert said(rec, body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Mayor Ines Halloran said "the bridge is safe".', "Ines Halloran"),
        ("Nobody was hurt, the Brenmoor Rail spokesman said.", None),
    ],
)
def test_said_words_still_speak(rec: Recognizer, body: str, speaker: str | None) -> None:
    got = said(rec, body)
    assert len(got) == 1
    if speaker is not None:
        assert got[0][0] == speaker


# --- 5. the outlet is no body a description stands for --------------------------------------------


@pytest.mark.parametrize(
    ("body", "outlet", "speaker"),
    [
        (  # reported: the byline's outlet, the firm named in the headline
            "Halvorsen Foods to close Tromsø plant\n\nBy Jane Doe, Harbour Tribune\n\n"
            "In a statement on Monday, the company said the plant would close by June.\n\n"
            "Halvorsen Foods employs 300 people in the town.",
            None,
            "Halvorsen Foods",
        ),
        (  # variant: the outlet named again (more often than the firm) as the one told
            "Plant to close\n\nBy Jane Doe | Harbour Tribune Media\n\nStaff at Nordvik Dairies told the "
            "Harbour Tribune Media they feared for their jobs.\n\n"
            "In a statement on Monday, the company said the plant would close by June.",
            None,
            "Nordvik Dairies",
        ),
        (  # variant: a masthead the reader gives as the article's outlet, no firm the recogniser types
            "Harbour Tribune\n\nPlant to close\n\nHalvorsen will shut its plant in Tromsø.\n\n"
            "In a statement on Monday, the company said the plant would close by June.",
            "Harbour Tribune",
            None,
        ),
    ],
)
def test_the_company_is_never_the_outlet(rec: Recognizer, body: str, outlet: str | None, speaker: str | None) -> None:
    got = [(name, text) for name, _, text in said(rec, body, outlet, head=False) if text.startswith("the plant")]
    assert got == [(speaker, "the plant would close by June")]
