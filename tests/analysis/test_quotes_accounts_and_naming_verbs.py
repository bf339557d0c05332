"""Partial quotes in an account ("told how", "told of") and after a naming verb far into a long
sentence (issue #16, round s38-x2; t13ae P17, P21).

* 'Terrified locals told how the hillside "just came down like a wave".' gave no quote: "told"
  needs "that" or an audience before its clause, and "how"/"of" is neither. An account with quoted
  words after "told (an audience) how/of" is a partial quote of those people (an unnamed group:
  unattributed).
* '… to each family that lost a home, a sum the residents' committee called "an insult".' gave
  no quote: the clause before the naming verb is longer than a subject may be, and only a common
  noun right before the verb was looked for, the whole sentence being its region. The naming
  verb's subject is read in the clause after the last comma (or the one before, past a name in
  commas); the quote is "an insult", never the narration before it.
* '… whether "the warnings were ignored for weeks", according to an official who declined to be
  named.' quotes only the quoted words, the anonymous official's (fixed before this round; the
  variants guard it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Mud slide\n\nThe slope above the village gave way before dawn on Sunday.\n\n"
TAIL = "\n\nRescue teams worked through the night.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes_of(rec: Recognizer, sentence: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), HEAD + sentence + TAIL, "utf-8", "", True, None, True)
    return merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the reported input (t13ae P17, tabloid)
        (
            'Terrified locals told how the hillside "just came down like a wave". The mud hurtled at nearly 40mph.',
            'the hillside "just came down like a wave"',
            None,
        ),
        # variants: an audience and "of"; a named speaker, an outlet told
        (
            'Neighbours told reporters of "a roar like a jet engine" before the slope gave way.',
            '"a roar like a jet engine" before the slope gave way',
            None,
        ),
        (
            'Fisherman Ola Strand told the Echo how the boat "simply rolled over and sank".',
            'the boat "simply rolled over and sank"',
            "Ola Strand",
        ),
    ],
)
def test_account_after_told_how_is_a_partial_quote(
    rec: Recognizer, sentence: str, words: str, speaker: str | None
) -> None:
    got = {q.quoted: q for q in quotes_of(rec, sentence)}
    assert words in got, got
    q = got[words]
    assert q.kind == "partial" and q.cue == "told", q
    assert (q.speaker.name if q.speaker else None) == speaker, q


def test_told_how_without_quoted_words_is_reported_speech(rec: Recognizer) -> None:
    # Round s39-x2 (issue #16): an account after "how" is indirect speech whatever its verb
    # ("described how", "recounted how", "told how"), a reported quote of its speaker; this test
    # said "no quote" before that rule.
    got = {q.quoted: q for q in quotes_of(rec, "Ola Strand told how he escaped through a window.")}
    q = got["he escaped through a window"]
    assert (q.kind, q.cue, q.speaker.name if q.speaker else None) == ("reported", "told", "Ola Strand"), got


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the reported input (t13ae P17, ledger)
        (
            "Geotekna has offered €2,000 to each family that lost a home, a sum the residents' committee"
            ' called "an insult". The committee is demanding €10m.',
            "an insult",
            None,
        ),
        # variants: a named body, a name in commas before the verb, "described as"
        (
            "The ferry company offered every passenger who had been stranded overnight in the terminal a"
            ' voucher for ten euros, a gesture the Kerrow Ferry Users Association called "a slap in the face".',
            "a slap in the face",
            "Kerrow Ferry Users Association",
        ),
        (
            "The council has proposed to rebuild the old stone bridge over the river by the end of next"
            ' year, a timetable that the mayor of Kerrow, Anna Berg, described as "pure fantasy".',
            "pure fantasy",
            "Anna Berg",
        ),
    ],
)
def test_naming_verb_far_into_a_sentence_quotes_its_words(
    rec: Recognizer, sentence: str, words: str, speaker: str | None
) -> None:
    quotes = quotes_of(rec, sentence)
    [q] = [q for q in quotes if words in q.quoted]
    assert q.kind == "partial" and q.quoted.removeprefix("as ").strip('"') == words, q
    assert (q.speaker.name if q.speaker else None) == speaker, q
    # the narration before the naming verb is no one's words
    assert not any(x.cue == "called" and "offered" in x.quoted for x in quotes), quotes


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the reported input (t13ae P21)
        (
            'Prosecutors are examining whether "the warnings were ignored for weeks", according to an'
            " official who declined to be named.",
            "the warnings were ignored for weeks",
        ),
        # variants: another inquiry verb and source phrase
        (
            'Investigators are looking into whether "the alarms were switched off deliberately", according'
            " to a person familiar with the inquiry.",
            "the alarms were switched off deliberately",
        ),
        (
            'The board will decide if "the contract can be saved", according to a source close to the talks.',
            "the contract can be saved",
        ),
    ],
)
def test_partial_quote_before_according_to_an_unnamed_source(rec: Recognizer, sentence: str, words: str) -> None:
    [q] = quotes_of(rec, sentence)
    assert q.quoted == words and q.kind == "partial", q
    assert q.speaker is None and q.anonymous, q
