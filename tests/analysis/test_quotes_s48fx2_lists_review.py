"""Who said what (round s48-fx2): the regressions review s48-rv found in round s48-q's lists of
speakers and closed compounds, each the reviewer's reproduction first, then two variants of our
own (names invented or common).

3. Places a preposition governs ("Officials in Cebu, Bohol and Leyte said …") are no speakers,
   and "Officials in Cebu" no words: the officials speak, unattributed.
4. A body whose name holds "and" is one speaker, never cut into phantom bodies: the members of a
   list are the names the recogniser gave whole (:func:`model.list_members`); one body the
   recogniser cut at its "and" is no speaker at all.
7. Surnames the recogniser typed as places beside a place ("Prices rose in Manila, Reyes and
   Ortiz said") are people, never two places speaking.
8. A description ("the coastguard", "the coast guard") is credited across articles only to a body
   the article is tied to (names it, or a place of its name), or, for a two-noun description, when
   the article names no place the place lists know (nothing places it elsewhere: t13an N15 kept).
11. A list that is the subject of the reported clause ("Shell, BP and TotalEnergies shares fell
    …, analysts said") is part of the words, not the speakers.
12. A list after the cue ends at ", and" + a new clause ("said Shell, and BP followed …").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import list_members
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _said(rec: Recognizer, body: str) -> list[tuple[str | None, str]]:
    """(speaker's name or None, words) of each quote of one article holding ``body``."""
    article = Article("t", Path("/x/t.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
    found = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in found]


def _sheet(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """(speaker, doc, words) of each quote of a corpus of ``texts`` (name -> article), the
    unattributed ones under ``""``."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    sheet = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    out = [(sp["name"], q["doc"], " ".join(q["text"].split())) for sp in sheet["speakers"] for q in sp["quotes"]]
    out += [("", q["doc"], " ".join(q["text"].split())) for q in sheet.get("unattributed", [])]
    return sorted(out)


# --- 3. places a preposition governs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Officials in Cebu, Bohol and Leyte said the roads were closed.", "the roads were closed"),
        ("Schools in London, Leeds and York said they would close on Monday.", "they would close on Monday"),
        ("Rescue teams from Oslo, Bergen and Tromsø said the pass was shut.", "the pass was shut"),
        ("The governors of Texas, Ohio and Utah said they would sue.", "they would sue"),
    ],
)
def test_places_a_preposition_governs_never_speak(rec: Recognizer, body: str, words: str) -> None:
    assert _said(rec, body) == [(None, words)]


def test_a_place_then_people_stays_apart(rec: Recognizer) -> None:
    # the guard of round s48-q: the place is the words', the pair after the comma speaks
    assert _said(rec, "Prices rose in Oslo, Smith and Jones said.") == [("Smith and Jones", "Prices rose in Oslo")]


# --- 4. a body whose name holds "and" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speakers", "words"),
    [
        (
            "The Maritime and Coastguard Agency and the RNLI said the ferry sank at dawn.",
            ["Maritime and Coastguard Agency", "RNLI"],
            "the ferry sank at dawn",
        ),
        (
            "The Department of Health and Human Services and the Red Cross said the clinics were open.",
            ["Department of Health and Human Services", "Red Cross"],
            "the clinics were open",
        ),
        (
            "Aid reached the coast on Monday, said the Maritime and Coastguard Agency and the Red Cross.",
            ["Maritime and Coastguard Agency", "Red Cross"],
            "Aid reached the coast on Monday",
        ),
    ],
)
def test_a_name_holding_and_is_one_member(rec: Recognizer, body: str, speakers: list[str], words: str) -> None:
    article = Article("t", Path("/x/t.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
    found = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    assert [q.text for q in found] == [words]
    assert found[0].speaker is not None
    assert sorted(list_members(found[0].speaker)) == speakers


@pytest.mark.parametrize(
    "body",
    [
        '"We need help now," said the International Federation of Red Cross and Red Crescent Societies.',
        '"Help is coming," the International Federation of Red Cross and Red Crescent Societies said.',
        "The International Federation of Red Cross and Red Crescent Societies said the camps were full.",
    ],
)
def test_a_body_cut_at_its_and_is_no_two_bodies(rec: Recognizer, body: str) -> None:
    # neither piece is a name the article holds: no speaker (as before round s48-q)
    assert [name for name, _ in _said(rec, body)] == [None]


def test_the_members_are_searched_whole(tmp_path: Path) -> None:
    text = "Ferry\n\nThe Maritime and Coastguard Agency and the RNLI said the ferry sank at dawn.\n"
    found = _sheet(tmp_path, {"a": text, "b": "Other\n\nThe storm passed on Monday.\n"})
    assert {name for name, _, _ in found} == {"Maritime and Coastguard Agency", "RNLI"}


# --- 7. surnames typed as places ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "pair", "words"),
    [
        ("Prices rose in Manila, Reyes and Ortiz said on Monday.", "Reyes and Ortiz", "Prices rose in Manila"),
        ("Rents climbed in Manila, Reyes and Ortiz said.", "Reyes and Ortiz", "Rents climbed in Manila"),
        ("Fares went up in Tokyo, Tanaka and Okonkwo said on Monday.", "Tanaka and Okonkwo", "Fares went up in Tokyo"),
    ],
)
def test_surnames_typed_places_beside_a_place_are_people(rec: Recognizer, body: str, pair: str, words: str) -> None:
    article = Article("t", Path("/x/t.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
    found = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    assert [(q.speaker.name, q.speaker.type, q.text) for q in found if q.speaker is not None] == [
        (pair, "PERSON", words)
    ]


def test_surnames_typed_places_never_speak_as_places(tmp_path: Path) -> None:
    a = "Prices climb\n\nPrices rose in Manila, Reyes and Ortiz said on Monday.\n"
    b = "Market report\n\nSenator Ana Reyes said prices rose in Manila.\n"
    found = _sheet(tmp_path, {"a": a, "b": b})
    assert not [row for row in found if row[1] == "a" and row[0] in ("Reyes", "Ortiz")]
    assert ("Ana Reyes", "b", "prices rose in Manila") in found


# --- 8. a description across articles ---------------------------------------------------------------


_PCG = "Ferry sinks\n\nMANILA (Reuters) — The Philippine Coast Guard said 40 passengers were rescued after a ferry sank near Marinduque.\n"


@pytest.mark.parametrize(
    ("described", "words"),
    [
        (
            "Yacht lost\n\nA yacht sank off Cornwall on Sunday. The coastguard said two sailors were winched to safety near Falmouth.\n",
            "two sailors were winched to safety near Falmouth",
        ),
        (
            "Boat capsizes\n\nA boat capsized near Kochi. The coast guard said six fishermen were missing.\n",
            "six fishermen were missing",
        ),
        (
            "Dinghy found\n\nA dinghy drifted off Galway. The coastguard said three anglers were safe.\n",
            "three anglers were safe",
        ),
    ],
)
def test_a_description_is_no_body_of_another_country(tmp_path: Path, described: str, words: str) -> None:
    found = _sheet(tmp_path, {"a": _PCG, "b": described})
    assert ("", "b", words) in found


def test_a_description_is_the_body_of_its_country(tmp_path: Path) -> None:
    # tied by a place: the article names the Philippines
    b = "Ferry overturns\n\nA ferry overturned off the Philippines. The coastguard said 6 people were confirmed dead.\n"
    assert ("Philippine Coast Guard", "b", "6 people were confirmed dead") in _sheet(tmp_path, {"a": _PCG, "b": b})


# --- 11. a list that is the reported clause's subject -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Shell, BP and TotalEnergies shares fell sharply on Monday, analysts said.",
            "Shell, BP and TotalEnergies shares fell sharply on Monday",
        ),
        (
            "Germany, France and Italy have agreed on the plan, diplomats said.",
            "Germany, France and Italy have agreed on the plan",
        ),
        (
            "Tokyo, Osaka and Kyoto reported record heat on Monday, officials said.",
            "Tokyo, Osaka and Kyoto reported record heat on Monday",
        ),
    ],
)
def test_a_list_opening_the_words_stays_the_words(rec: Recognizer, body: str, words: str) -> None:
    assert _said(rec, body) == [(None, words)]


# --- 12. a list after the cue ends at a new clause ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        ('"Prices will fall," said Shell, and BP followed with a similar forecast.', "Shell", "Prices will fall"),
        ('"Talks will resume," said Germany, and France followed with its own plan.', "Germany", "Talks will resume"),
        ("Fares will rise in May, said Shell, and BP later cut its own forecast.", "Shell", "Fares will rise in May"),
    ],
)
def test_a_list_after_the_cue_ends_at_a_new_clause(rec: Recognizer, body: str, speaker: str, words: str) -> None:
    assert _said(rec, body) == [(speaker, words)]
