"""A quote's span never splits a terminal control sequence (tester t13ai N15): in "the blog says
\\x1b[31mRED ALERT\\x1b[0m and \\x07bell\\x07 characters." the reported words began at "[31m", one past
the ESC (a control character is read as a space, and the words' leading spaces are skipped), so
the text output showed a bare "[31m" where every other control shows its stand-in. The span takes
the whole sequence; its text shown with control pictures starts "␛[31m". Inputs: the tester's
sentence (from its hostile file), a cursor sequence before reported words, and a C1 CSI
(U+009B) before them."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import visible_same_length
from waic_reader.index.corpus.tokens import whole_sequences

CASES = [
    # reported (t13ai corpus, the hostile file's third block)
    ("Typhoon Haruka killed 9 people, the blog says ", "\x1b[31m", "RED ALERT\x1b[0m and \x07bell\x07 characters"),
    # invented: a cursor-movement sequence with two parameters
    ("Floods cut the coast road, the mayor said ", "\x1b[2;5H", "the bridge at Kerrow is shut"),
    # invented: a C1 control sequence introducer, one character
    ("A coastguard officer at Portmere said on Monday that ", "\x9b2J", "all forty passengers were rescued"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(("before", "sequence", "words"), CASES)
def test_reported_words_take_the_whole_control_sequence(
    rec: Recognizer, before: str, sequence: str, words: str
) -> None:
    text = f"Storm blog\n\n{before}{sequence}{words}.\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = [q for q in find_quotes(article, rec.recognize(article)) if words[:8] in q.text]
    assert len(quotes) == 1, [(q.text, q.kind) for q in find_quotes(article, rec.recognize(article))]
    q = quotes[0]
    at = text.index(sequence)
    assert not at < q.start < at + len(sequence), (q.start, at)
    assert q.start == at and q.text == text[q.start : q.end]
    assert visible_same_length(q.text).startswith(visible_same_length(sequence))


@pytest.mark.parametrize(
    ("start", "end", "widened"),
    [
        (3, 8, (2, 8)),  # starts after the ESC: takes it
        (0, 4, (0, 7)),  # ends after "\x1b[3": takes the rest of the sequence
        (7, 9, (7, 9)),  # after the sequence: unchanged
    ],
)
def test_whole_sequences_widens_only_a_split_sequence(start: int, end: int, widened: tuple[int, int]) -> None:
    assert whole_sequences("ab\x1b[31mRED", start, end) == widened
