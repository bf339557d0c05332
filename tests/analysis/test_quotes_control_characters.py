"""A control character after a sentence's stop (acceptance report t13ab L4, round s36-r): "near
Harnwick.\\x07 A spokesman said "nothing is known"" was one sentence (the splitter and the quote
recogniser wanted a space after the stop), so the quote went to the place named before the stop
and the whole run was listed again as an unattributed partial quote. A control character is no
word character: the stop still ends the sentence, the quote is the unnamed speaker's, listed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.corpus.reader import Article

CASES = [
    # reported (t13ab repro/v5/a.txt): BEL and a space
    ("Police said seven people died near Harnwick.\x07 A spokesman said", "nothing is known"),
    # invented: ESC with no space, two BELs, DEL after a question mark, a C1 control
    ("Seven people died near Dunmere.\x1bA spokeswoman for the council said", "the road is closed"),
    ("Rescuers searched the river at Kerrow.\x07\x07 One witness said", "the bridge shook twice"),
    ("Was the line near Castlebridge checked?\x7f A union official said", "nobody checked it"),
    ("The ferry sank off Portmere.\x9b A coastguard said", "all were rescued quickly"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(("before", "words"), CASES)
def test_stop_before_a_control_character_ends_the_sentence(before: str, words: str) -> None:
    text = f'{before} "{words}" about it.'
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2, sentences
    assert sentences[1].lstrip("\x07\x1b\x7f\x9b ").startswith(("A ", "One ")), sentences
    assert "".join(sentences) in text.replace(" ", "") or all(s in text for s in sentences)


@pytest.mark.parametrize(("before", "words"), CASES)
def test_quote_after_a_control_character_listed_once_no_place_speaks(rec: Recognizer, before: str, words: str) -> None:
    text = f'Seven dead near the river\n\n{before} "{words}" about the cause yet.\n'
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    mentions = rec.recognize(article)
    quotes = find_quotes(article, mentions)
    holding = [q for q in quotes if words in q.text]
    assert len(holding) == 1, [(q.text, q.kind) for q in quotes]
    assert holding[0].kind == "direct"
    assert all(q.speaker is None or q.speaker.type != "GPE" for q in quotes), [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        # the reported quote's subject with a fronted phrase and no control character
        'After the crash near Harnwick a spokesman said "nothing is known" about the cause yet.',
        # invented: other places, other unnamed speakers
        'Hours after the flood in Portmere an official said "the dam held" overnight.',
        'Back at the depot in Kerrow a spokeswoman said "the trains are safe" today.',
    ],
)
def test_place_before_an_unnamed_subject_never_speaks(rec: Recognizer, sentence: str) -> None:
    text = f"Seven dead near the river\n\n{sentence}\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    assert quotes, sentence
    assert all(q.speaker is None or q.speaker.type != "GPE" for q in quotes), [(q.text, q.speaker) for q in quotes]
