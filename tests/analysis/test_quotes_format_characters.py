"""A format character (Unicode Cf) after a sentence's stop (acceptance report t13ac M30, round
s36-z): "near Varnhelm.\\u200b A spokesman said "nothing is known"" was one sentence, listed as a
partial quote holding the direct quote a second time (round s36-r read control characters as
spaces, not format characters). A format character beside a space or a stop is no word's: the stop
ends the sentence; one inside a word ("coast\\u200bguard") still joins it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import controls_as_spaces

CASES = [
    # reported (t13ac repro/v38/a.txt): a zero-width space, then a space
    ("Police said 14 people died near Varnhelm.\u200b A spokesman said", "nothing is known"),
    # invented: a left-to-right mark with no space, a word joiner after a question mark, a BOM
    ("Two ferries collided off Skarholt.\u200eA coastguard officer said", "the fog came fast"),
    ("Was the tunnel at Oderby inspected?\u2060 A union official said", "nobody looked at it"),
    ("The bridge at Valmont gave way.\ufeff\u200b A firefighter said", "nobody was hurt there"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(("before", "words"), CASES)
def test_stop_before_a_format_character_ends_the_sentence(before: str, words: str) -> None:
    text = f'{before} "{words}" about it.'
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2, sentences
    assert all(s in text for s in sentences)


@pytest.mark.parametrize(("before", "words"), CASES)
def test_quote_after_a_format_character_listed_once(rec: Recognizer, before: str, words: str) -> None:
    text = f'Fourteen dead near the river\n\n{before} "{words}" about the cause yet.\n'
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    holding = [q for q in quotes if words in q.text]
    assert len(holding) == 1, [(q.text, q.kind) for q in quotes]
    assert holding[0].kind == "direct"


@pytest.mark.parametrize(
    "text",
    ["the coast\u200bguard said", "a cap\u00adsized boat", "می\u200cخواهم", "family \U0001f468\u200d\U0001f469"],
)
def test_format_character_inside_a_word_or_a_joiner_is_kept(text: str) -> None:
    assert controls_as_spaces(text) == text
