"""Who speaks when a name stands in apposition, what an unnamed speaker says, and what is no
statement (review s42-rv findings 12 and 13, tester t13aj N12's partial quote; round s42-y3). Each
test: the reported input first, then two variants of my own.

Before: "Price, Dean's barrister, said …" was Paul Dean's statement and "Reid, Halvard's chairman,
said …" the company's (the possessor inside the apposition taken for the subject); "The company's
spokesman said …" with no company named, and a quote "According to one top-20 shareholder", were
in no list; "Corvex has agreed to pay $4.1bn" was Corvex's statement; and a partial quote after a
long sentence, "…, whose chief executive, Daniel Okonkwo-Reyes, has warned that the strike "costs
…"", was lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _quotes(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker or None, cue, words) of the quotes in ``text``, a paragraph of an article."""
    text = "Story\n\nThe council met on Monday in Leeds.\n\n" + text + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.cue, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Paul Dean was jailed for four years. Price, Dean's barrister, said his client deeply regretted his role.",
            "Price",
        ),
        ("Reid, Halvard's chairman, said the offer was fair.", "Reid"),
        ("Sam Okafor was charged on Friday. Novak, Okafor’s agent, said the player would appeal.", "Novak"),
        ("Lund, Corvex's finance director, said the deal would close in March.", "Lund"),
    ],
)
def test_the_name_before_an_apposition_speaks(rec: Recognizer, text: str, speaker: str) -> None:
    said = [q for q in _quotes(rec, text) if q[1] == "said"]
    assert [q[0] for q in said] == [speaker], said


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Paul Dean, 58, was jailed for four years on Friday. The company's spokesman said the firm would "
            "cooperate with HMRC.",
            "the firm would cooperate with HMRC",
        ),
        ("The airline's spokeswoman said flights would resume on Monday.", "flights would resume on Monday"),
        ("The club’s spokesperson said the match would go ahead.", "the match would go ahead"),
    ],
)
def test_an_unnamed_bodys_spokesperson_is_kept_unattributed(rec: Recognizer, text: str, words: str) -> None:
    assert _quotes(rec, text) == [(None, "said", words)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'According to one top-20 shareholder, the price "undervalues the business".',
            'the price "undervalues the business"',
        ),
        ('According to a senior trader, the bid was "a bargain for Corvex".', 'the bid was "a bargain for Corvex"'),
        ("According to two people at the meeting, the vote was close.", "the vote was close"),
    ],
)
def test_an_unnamed_source_after_according_to_is_kept(rec: Recognizer, text: str, words: str) -> None:
    assert _quotes(rec, text) == [(None, "According to", words)]


@pytest.mark.parametrize(
    "text",
    [
        "Corvex has agreed to pay $4.1bn for Halvard.",
        "The unions agreed to suspend the strike for 48 hours.",
        "Ministers agreed last night to fund the new terminal.",
    ],
)
def test_an_agreement_to_act_is_no_statement(rec: Recognizer, text: str) -> None:
    assert _quotes(rec, text) == []


def test_an_agreed_clause_still_reports(rec: Recognizer) -> None:
    assert _quotes(rec, "The unions agreed that the offer was fair.") == [(None, "agreed", "the offer was fair")]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The daily cost estimate comes from the [Marholm Port Authority](https://port.example),\nwhose "
            "chief executive, Daniel "
            'Okonkwo-Reyes, has warned that the strike "costs the\nnational economy dearly".',
            "Daniel Okonkwo-Reyes",
            'the strike "costs the\nnational economy dearly"',
        ),
        (
            "The figures quoted by most of the newspapers this week come from the Harbour Trust, whose "
            'chairman, Tom Reid, said the offer "undervalues the business".',
            "Tom Reid",
            'the offer "undervalues the business"',
        ),
        (
            "The plan for the new terminal that the board approved on Monday was drawn up by the union, "
            'whose leader, Marta Ilvesco, had warned that the deal was "not enough".',
            "Marta Ilvesco",
            'the deal was "not enough"',
        ),
    ],
)
def test_a_name_in_apposition_after_a_long_clause_speaks(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert [(sp, said) for sp, _, said in _quotes(rec, text)] == [(speaker, words)]
