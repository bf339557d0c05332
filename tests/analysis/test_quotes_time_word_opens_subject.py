"""A time word after a speech verb that opens the reported subject, and "how to" after a verb of
account (review s39-rv, findings 5 and 6, of round s39-x2's rules).

* "said earlier reports of a budget surplus were wrong": "earlier" modifies the subject, and
  "said this season proved …": "this season" is the subject. A time phrase is cut from the words
  only when a clause with its own subject (pronoun, determiner, number, name) follows it.
* "explained how to apply for grants": "how to" and an infinitive is what was explained, so "how"
  stays in the words (they were "to apply …").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Budget row deepens\n\n"
TAIL = "\n\nThe budget is debated next month.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def words(rec: Recognizer, sentence: str) -> set[str]:
    """The quoted words of one article made of ``sentence`` between a heading and a tail."""
    text = HEAD + sentence + TAIL
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {q.quoted for q in merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]}


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # the reviewer's inputs
        (
            "The finance minister said earlier reports of a budget surplus were wrong.",
            "earlier reports of a budget surplus were wrong",
        ),
        ("The governor said later generations would pay for the dam.", "later generations would pay for the dam"),
        ("The central bank governor said overnight rates would stay at 4%.", "overnight rates would stay at 4%"),
        (
            "The coach said this season proved the club could win the league.",
            "this season proved the club could win the league",
        ),
        # variants of my own: a time phrase as the subject, a time word before a plural noun
        ("The mayor said last year showed the levees were too low.", "last year showed the levees were too low"),
        ("The historian said earlier settlers had farmed the valley.", "earlier settlers had farmed the valley"),
    ],
)
def test_time_word_opening_the_subject_stays(rec: Recognizer, sentence: str, quoted: str) -> None:
    assert quoted in words(rec, sentence)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # guards: a time phrase before a clause with its own subject is still cut
        ("Paris said on Monday it would appeal the ruling.", "it would appeal the ruling"),
        ("The minister said late on Tuesday the budget would pass.", "the budget would pass"),
        ("The minister said yesterday Finance Ministry staff would be cut.", "Finance Ministry staff would be cut"),
    ],
)
def test_time_phrase_before_a_clause_is_cut(rec: Recognizer, sentence: str, quoted: str) -> None:
    assert quoted in words(rec, sentence)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # the reviewer's input
        ("Mayor Anna Vos explained how to apply for emergency grants.", "how to apply for emergency grants"),
        # variants of my own: another verb of account, an audience between
        ("The nurse described how to dress the wound.", "how to dress the wound"),
        ("Officer Lena Hart explained to residents how to reach the shelter.", "how to reach the shelter"),
    ],
)
def test_how_to_keeps_how(rec: Recognizer, sentence: str, quoted: str) -> None:
    found = words(rec, sentence)
    assert quoted in found
    assert not any(q.startswith("to ") for q in found)
