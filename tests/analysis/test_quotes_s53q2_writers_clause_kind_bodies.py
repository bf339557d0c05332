"""Quotes of round s53-q2 (issue #16): faults new-user testers reported (t13ay N5, N9). Each fault
is a kind: the reported input first, then variants of other wording and names.

1. A partial quote ends at its closing mark when the writer's own clause follows, a fronted
   adverbial between "and" and its new subject (", and for once the pessimist was …").
2. "The regulator said" is the organisation the article names whose name tells a regulating body
   ("Energy Oversight Authority", "Financial Supervisory Authority").
3. "The environment agency says …" in an article naming no agency is the one body of the corpus
   its words name ("Regional Environment Protection Agency"), named by another article of the
   same place's story (t13az N11).
4. A place is never a speaker: "Residents of Harlow Bend said" is the residents' (unattributed),
   though the recogniser typed the town a person (t13az N1).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.tui.cli.main import main


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}`` of the one article ``text``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted.rstrip(" .,"): q.speaker.name if q.speaker else None for q in quotes}


# 1. The writer's clause after a partial quote ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13ay N5)
            "Power was out for days across Valmora.\n\nThe regulator's chair, Tomasz Wierzbicki, said it was "
            '"not realistic before Saturday", and for once the pessimist was closer to the truth.\n',
            'it was "not realistic before Saturday"',
            "Tomasz Wierzbicki",
        ),
        (
            "The bridge stayed shut for weeks.\n\nMayor Ana Reyes said the repairs were "
            '"a matter of days", and in the end the engineers were proved right.\n',
            'the repairs were "a matter of days"',
            "Ana Reyes",
        ),
        (
            "Harbour traffic halted on Friday.\n\nThe port director, Jonas Feld, said the cranes would be "
            '"back by Monday", and, predictably, the dockers laughed.\n',
            'the cranes would be "back by Monday"',
            "Jonas Feld",
        ),
    ],
)
def test_a_fronted_adverbial_opens_the_writers_clause(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text) == {words: speaker}


def test_the_speakers_next_verb_is_no_writers_clause(rec: Recognizer) -> None:
    # guard: ", and added the …" is the speaker's next words (a verb, no adverbial)
    text = (
        "Schools closed in Lindmark.\n\nEducation minister Petra Holm said the buildings were "
        '"perfectly safe", and added the inspections had found nothing.\n'
    )
    assert said(rec, text) == {
        'the buildings were "perfectly safe", and added the inspections had found nothing': "Petra Holm"
    }


# 2. "The regulator" is the body whose name tells a regulator ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13ay N9, wire/nordwire-0113)
            "Halvard Grid restored power to most homes. The Energy Oversight Authority opened an inquiry.\n\n"
            'The regulator said payments of 150 euros would be "the minimum acceptable".\n',
            'payments of 150 euros would be "the minimum acceptable"',
            "Energy Oversight Authority",
        ),
        (
            "Trains stopped across the north on Monday.\n\nThe Rail Oversight Commission opened an inquiry. "
            "The regulator said fines of 2 million euros were likely.\n",
            "fines of 2 million euros were likely",
            "Rail Oversight Commission",
        ),
        (
            "Shares fell sharply on Monday.\n\nThe Financial Supervisory Authority was told of the losses. "
            "The regulator said the bank had broken no rule.\n",
            "the bank had broken no rule",
            "Financial Supervisory Authority",
        ),
    ],
)
def test_the_regulator_is_the_body_named_as_one(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


# 3. A description names the corpus's one body of that kind ----------------------------------


@pytest.mark.parametrize(
    ("named", "said", "words", "body"),
    [
        (  # reported (t13az N11, broadcast/cbv-news)
            "The Regional Environment Protection Agency (REPA) took samples of the Tessary River near Harlow Bend.",
            "Fish died along the Tessary River near Harlow Bend. "
            "The environment agency says the spill was 110,000 litres.",
            "the spill was 110,000 litres",
            "Regional Environment Protection Agency",
        ),
        (
            "The Northern Food Safety Inspection Agency tested milk from farms around Kelso.",
            "Dairy farms around Kelso stopped deliveries. The food agency said three farms had been closed.",
            "three farms had been closed",
            "Northern Food Safety Inspection Agency",
        ),
        (
            "The Western Water Quality Monitoring Authority tested the reservoir at Dunmere.",
            "Taps ran brown across Dunmere. The water authority said the reservoir was safe.",
            "the reservoir was safe",
            "Western Water Quality Monitoring Authority",
        ),
    ],
)
def test_a_description_names_the_corpus_body_of_its_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, named: str, said: str, words: str, body: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Title: Story\nOutlet: Valley Times\n\n{named}\n", "utf-8")
    (root / "b.txt").write_text(f"Title: Story\nOutlet: Nordwire\n\n{said}\n", "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by = {q["text"].rstrip(" ."): s["name"] for s in data["speakers"] for q in s["quotes"]}
    assert by.get(words) == body


# 4. A place is never a speaker ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (  # reported (t13az N1, hostile/weird)
            "HARLOW BEND, Ontario - A train derailed near the river town of Harlow Bend.\n\n"
            "Residents of Harlow Bend said the evacuation of 1,200 people was chaotic.\n"
        ),
        (
            "HARLOW BEND, Ontario - A train derailed near Harlow Bend.\n\n"
            "Residents of Harlow Bend, many still in shelters, said the evacuation of 1,200 people was chaotic.\n"
        ),
        "Smoke drifted over Ashby Wren all night.\n\nResidents of Ashby Wren said the sirens never sounded.\n",
    ],
)
def test_people_of_a_place_are_no_place(rec: Recognizer, text: str) -> None:
    assert set(said(rec, text).values()) == {None}
