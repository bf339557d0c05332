"""Who said what (round s48-q): three kinds, each the reported input first, then two variants of
our own (names invented or common).

1. A list of several speakers credited only one of them or none: a list of firms or bodies
   before the verb ("Cebu Pacific and Philippine Airlines said") was no one's, a list after the
   verb ("said Cruz, Ortiz and Diaz on Monday", "said the Red Cross and Caritas") its first
   member's, and a list after a whole sentence of reported words ("…, Cruz, Ortiz and Diaz
   said.") its last names', the first read as the words. Each member is credited, as a pair of
   people is (:data:`model.PAIR`, :func:`merge.entity_speakers`).
2. A body's noun written closed ("the coastguard") was no body named with it open ("Philippine
   Coast Guard"), nor the other way round (:func:`bodies.closed_head`).
3. A regional dateline, a town and its province as names and a dash ("Boac, Marinduque — …"),
   was read as the sentence: its town spoke, or opened the reported words
   (:attr:`dateline.Dateline.regional`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _article(body: str) -> Article:
    return Article("t", Path("/x/t.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)


def _said(rec: Recognizer, body: str) -> list[tuple[str | None, str]]:
    """(speaker's name or None, words) of each quote of one article holding ``body``."""
    article = _article(body)
    found = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in found]


def _sheet(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()


def _by_speaker(sheet: dict[str, object]) -> list[tuple[str, str]]:
    speakers = sheet["speakers"]
    assert isinstance(speakers, list)
    return sorted((sp["name"], " ".join(q["text"].split())) for sp in speakers for q in sp["quotes"])


# --- 1. a list of several speakers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "listed", "words"),
    [
        # (a) bodies before the verb: the report, then our own
        (
            "Cebu Pacific and Philippine Airlines said flights would resume on Wednesday.",
            "Cebu Pacific and Philippine Airlines",
            "flights would resume on Wednesday",
        ),
        (
            "The Red Cross and Caritas said aid reached the villages.",
            "Red Cross and Caritas",
            "aid reached the villages",
        ),
        ("Shell, BP and TotalEnergies said output would fall.", "Shell, BP and TotalEnergies", "output would fall"),
        # (b) after the verb: the reports, then our own
        (
            "The waters would recede by Friday, said Cruz, Ortiz and Diaz on Monday.",
            "Cruz, Ortiz and Diaz",
            "The waters would recede by Friday",
        ),
        (
            "Aid reached the flooded villages on Tuesday, said the Red Cross and Caritas.",
            "Red Cross and Caritas",
            "Aid reached the flooded villages on Tuesday",
        ),
        (
            "The shelters will reopen on Friday, said Ana Cruz, Ben Ortiz and Carla Diaz.",
            "Ana Cruz, Ben Ortiz and Carla Diaz",
            "The shelters will reopen on Friday",
        ),
        (
            '"Aid reached the villages," said the Red Cross and Caritas.',
            "Red Cross and Caritas",
            "Aid reached the villages",
        ),
        # (c) after a whole sentence of reported words: the report's form, then our own
        (
            "The shelters will reopen on Friday, Cruz, Ortiz and Diaz said.",
            "Cruz, Ortiz and Diaz",
            "The shelters will reopen on Friday",
        ),
        (
            "The shelters will reopen on Friday, Ana Cruz, Ben Ortiz and Carla Diaz said.",
            "Ana Cruz, Ben Ortiz and Carla Diaz",
            "The shelters will reopen on Friday",
        ),
        (
            "Output would fall by a tenth, Shell, BP and TotalEnergies said on Monday.",
            "Shell, BP and TotalEnergies",
            "Output would fall by a tenth",
        ),
        ("The pier was rebuilt in May, Reyes and Ortiz said.", "Reyes and Ortiz", "The pier was rebuilt in May"),
    ],
)
def test_a_list_speaks_whole(rec: Recognizer, body: str, listed: str, words: str) -> None:
    assert _said(rec, body) == [(listed, words)]


def test_a_place_before_a_pair_is_no_member(rec: Recognizer) -> None:
    # the content's last word is a place: the pair after its comma speaks, the place stays the words'
    assert _said(rec, "Prices rose in Oslo, Smith and Jones said.") == [("Smith and Jones", "Prices rose in Oslo")]


@pytest.mark.parametrize(
    ("listed", "speakers"),
    [
        (
            "Typhoon grounds flights\n\nCebu Pacific and Philippine Airlines said flights would resume.\n",
            ["Cebu Pacific", "Philippine Airlines"],
        ),
        (
            "Aid arrives\n\nAid reached the villages on Tuesday, said the Red Cross and Caritas.\n",
            ["Caritas", "Red Cross"],
        ),
        (
            "Output falls\n\nOutput would fall by a tenth, Shell, BP and TotalEnergies said on Monday.\n",
            ["BP", "Shell", "TotalEnergies"],
        ),
    ],
)
def test_a_list_of_bodies_is_credited_to_each(tmp_path: Path, listed: str, speakers: list[str]) -> None:
    other = "Other\n\nThe storm passed on Monday.\n"
    sheet = _by_speaker(_sheet(tmp_path, {"a": listed, "b": other}))
    assert sorted({name for name, _ in sheet}) == speakers
    assert len({words for _, words in sheet}) == 1  # one statement, each member's


def test_a_list_of_people_after_the_verb_is_credited_to_each(tmp_path: Path) -> None:
    named = "Pier\n\nCouncillors Ana Cruz, Ben Ortiz and Carla Diaz met on Monday.\n"
    listed = "Pier plan\n\nThe waters would recede by Friday, said Cruz, Ortiz and Diaz on Monday.\n"
    sheet = _by_speaker(_sheet(tmp_path, {"a": named, "b": listed}))
    assert sorted({name for name, _ in sheet}) == ["Ana Cruz", "Ben Ortiz", "Carla Diaz"]


# --- 2. a body's noun written closed or open ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # the report: the article names the coast guard open, the description writes it closed
        (
            "The Philippine Coast Guard sent divers to Gasan. The coastguard said six people were rescued.",
            "Philippine Coast Guard",
            "six people were rescued",
        ),
        (
            'The Norwegian Coast Guard towed the trawler. "We reached them at dawn," the coastguard said.',
            "Norwegian Coast Guard",
            "We reached them at dawn",
        ),
        # the other way round: the name closed, the description open
        (
            "The Irish Coastguard sent a helicopter to the cliffs. The coast guard said two climbers were hurt.",
            "Irish Coastguard",
            "two climbers were hurt",
        ),
    ],
)
def test_a_closed_compound_is_the_body_named_open(rec: Recognizer, body: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _said(rec, body)


@pytest.mark.parametrize(
    ("named", "described", "speaker", "words"),
    [
        (
            "Ferry capsizes\n\nA ferry capsized on Saturday, the Philippine Coast Guard said.\n",
            "Ferry overturns\n\nA ferry overturned off Gasan. The coastguard said 6 people were confirmed dead.\n",
            "Philippine Coast Guard",
            "6 people were confirmed dead",
        ),
        (
            "Climbers hurt\n\nThe Irish Coastguard flew two climbers to Galway on Sunday.\n",
            "Cliff fall\n\nTwo climbers fell near Doolin, the coast guard said.\n",
            "Irish Coastguard",
            "Two climbers fell near Doolin",
        ),
    ],
)
def test_a_closed_compound_is_the_body_the_corpus_names_open(
    tmp_path: Path, named: str, described: str, speaker: str, words: str
) -> None:
    assert (speaker, words) in _by_speaker(_sheet(tmp_path, {"a": named, "b": described}))


def test_a_job_word_alone_is_still_no_closed_compound(rec: Recognizer) -> None:
    # "guard" alone is a person's job, never the "Coastguard" whose last letters it writes
    body = "The Irish Coastguard flew in. Security guard Tom Hale was on duty. The guard said the gate was open."
    assert ("Tom Hale", "the gate was open") in _said(rec, body)


# --- 3. a regional dateline: town, province, dash ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # the report: the town was the speaker
        (
            "Boac, Marinduque — Governor Presbitero Velasco said the port would reopen on Friday.",
            "Presbitero Velasco",
            "the port would reopen on Friday",
        ),
        (
            'Boac, Marinduque — "We reached them at dawn," said Captain Arnel Buhain.',
            "Arnel Buhain",
            "We reached them at dawn",
        ),
        # the whole sentence reported: the dateline was part of the words
        (
            "Gasan, Marinduque – Residents fled the coast as the storm neared, Mayor Rey Ocampo said.",
            "Rey Ocampo",
            "Residents fled the coast as the storm neared",
        ),
        ("Tromsø, Troms — Fishermen said the harbour was closed.", None, "the harbour was closed"),
        (
            "BOAC, Marinduque (Rappler) — Six people were rescued on Monday, Mayor Rey Ocampo said.",
            "Rey Ocampo",
            "Six people were rescued on Monday",
        ),
    ],
)
def test_a_regional_dateline_is_no_speaker_nor_words(
    rec: Recognizer, body: str, speaker: str | None, words: str
) -> None:
    assert _said(rec, body) == [(speaker, words)]


@pytest.mark.parametrize(
    ("line", "regional"),
    [
        ("Boac, Marinduque — Rescuers said", True),
        ("Rio de Janeiro, Rio de Janeiro – Police said", True),
        ("Tromsø, Troms - Fishermen said", True),
        ("BOAC, Marinduque — Rescuers said", False),  # in capitals: read as before
        ("Boac, Marinduque: Rescuers said", False),  # a colon labels a line
        ("Boac, Marinduque—based rescuers said", False),  # a hyphen's dash, no space
        ("Boac, MARINDUQUE — Rescuers said", False),
    ],
)
def test_the_regional_form(line: str, regional: bool) -> None:
    wire = dateline.match(line)
    assert (wire is not None and wire.regional) is regional
