"""Every pair of quotation marks of European and CJK typography opens and closes a quotation
(corpus/quote_marks.py, read by recognise.pair_marks): Polish and Hungarian „…”, German and Czech
„…“ and ‚…‘, French and Portuguese «…», German and Danish »…«, Swedish ”…”, English ‘…’ and '…',
Chinese and Japanese 「…」, and a straight mark typed to close a curly one („…"). t13n F26: a
Polish „…” never closed, so the quote swallowed its attribution ("We will bring Tomasz home”, said
consul Małgorzata Świątek") and the speaker was lost; 'Everyone here knew him,' was a reported
quote holding its opening mark. An apostrophe ("won’t", "the workers' pay", "the '90s") is no
quotation mark. The sentence splitter lets a sentence open with any of these marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.corpus.reader import Article

FIRST = "Consul visits\n\nThe consul visited the site on Wednesday.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, paragraph: str) -> list[tuple[str | None, str, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + paragraph + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.text) for q in quotes if q.start >= len(FIRST)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # reported (t13n F26, q2.txt and q3.txt)
        (
            "„We will bring Tomasz home”, said consul Małgorzata Świątek.",
            [("Małgorzata Świątek", "direct", "We will bring Tomasz home")],
        ),
        ("„He was a good man” – Paweł Wójcik said.", [("Paweł Wójcik", "direct", "He was a good man")]),
        (
            '„We will bring Tomasz home," said consul Małgorzata Świątek.',
            [("Małgorzata Świątek", "direct", "We will bring Tomasz home")],
        ),
        (
            "'Everyone here knew him,' Grzegorz Kołodziej said.",
            [("Grzegorz Kołodziej", "direct", "Everyone here knew him")],
        ),
        # variants of my own: other languages' pairs, names and wording
        ("„Das Werk bleibt zu“, said plant manager Jürgen Vogt.", [("Jürgen Vogt", "direct", "Das Werk bleibt zu")]),
        (
            "»The hall is empty now«, said Sabine Krüger, who runs a bakery nearby.",
            [("Sabine Krüger", "direct", "The hall is empty now")],
        ),
        (
            "«Nobody warned us about the gas,» said Ana Luísa Ferreira.",
            [("Ana Luísa Ferreira", "direct", "Nobody warned us about the gas")],
        ),
        ("‚Wir bleiben hier‘, said Dieter Hahn.", [("Dieter Hahn", "direct", "Wir bleiben hier")]),
        ("‘We won’t give up,’ said Anna Kowalska.", [("Anna Kowalska", "direct", "We won’t give up")]),
        (
            "'The workers' pay is too low,' said union leader Piotr Nowak.",
            [("Piotr Nowak", "direct", "The workers' pay is too low")],
        ),
        ("”Vi ger aldrig upp”, said Erik Lindqvist.", [("Erik Lindqvist", "direct", "Vi ger aldrig upp")]),
        ("「我们不会放弃」, said Li Wei.", [("Li Wei", "direct", "我们不会放弃")]),
        ("„To była tragedia” – Ewa Zielińska told reporters.", [("Ewa Zielińska", "direct", "To była tragedia")]),
    ],
)
def test_each_pair_of_marks_opens_and_closes_a_quote(
    rec: Recognizer, paragraph: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert said(rec, paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # apostrophes open and close nothing; a quote's speech verb in a reported sentence stays
        "Kowalski said the workers' union would fight on.",
        "Novák said the plant had run since the '90s and won’t close.",
        "Kowalczyk said the drivers' and the miners’ unions had agreed.",
    ],
)
def test_apostrophes_are_no_quotation_marks(rec: Recognizer, paragraph: str) -> None:
    [(_who, kind, words)] = said(rec, paragraph)
    assert kind == "reported"
    assert words.startswith("the ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The consul came. „We will bring Tomasz home”, she said.",
            ["The consul came.", "„We will bring Tomasz home”, she said."],
        ),
        ("Vogt nodded. »Das Werk bleibt zu«, he said.", ["Vogt nodded.", "»Das Werk bleibt zu«, he said."]),
        ("Lima spoke. «Não esquecemos.» Then she left.", ["Lima spoke.", "«Não esquecemos.»", "Then she left."]),
        # a French closing mark after a space opens no sentence
        ("« Nous partirons. » Puis il est parti.", ["« Nous partirons. » Puis il est parti."]),
    ],
)
def test_a_sentence_opens_with_any_quotation_mark(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
