"""Quotes of re-tester t13aor (round s47-q3): F1, F2, F3. Each test: the tester's input first,
then two variants of my own.

* F1: "Helvoric Assurance Partners never said that the claim was approved." was the firm's
  statement "the claim was approved", the opposite of the text. A negated or refused speech verb
  ("never said", "has not said", "hasn't told", "declined to say"; a negative subject, "Nobody has
  told") reports nothing: the one rule of :func:`lexicon.refused`, shared with the fact sheet.
* F2: "… has not said how much it will pay." was a statement "how much it will pay" (the same kind).
* F3: 'promised the authority would "publish the full inspection log", but nobody has seen a page
  of it.': the partial statement ran on into the writer's clause after the quotation; it ends
  with the quotation when a semicolon or ", but/yet/although …" (", and" with a new subject)
  follows."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, body: str) -> list[tuple[str | None, str, str]]:
    text = f"Bridge falls into the strait\n\nA bridge collapsed on Tuesday evening.\n\n{body}\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.text)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Helvoric Assurance Partners never said that the claim was approved.",
        "Mayor Ana Lindqvist has never publicly said that the bridge was safe.",
        "Nobody has told the families that the Brenmoor line will reopen.",
    ],
)
def test_negated_verb_that_clause_no_statement(rec: Recognizer, body: str) -> None:
    assert said(rec, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Helvoric Assurance Partners has not said how much it will pay.",
        "The Osterby Port Authority hasn't said whether the toll will rise.",
        "Minister Karl Vesterholm has not yet told parliament when the inquiry will report.",
    ],
)
def test_negated_verb_wh_clause_no_statement(rec: Recognizer, body: str) -> None:
    assert said(rec, body) == []


def test_negated_verb_keeps_the_next_statement(rec: Recognizer) -> None:
    # "did not say X, but said Y": Y is still said (the negation is the first verb's alone)
    got = said(
        rec,
        "Mayor Ana Lindqvist did not say when the bridge would reopen, but Lindqvist said the repairs would cost €2 million.",
    )
    assert got == [("Ana Lindqvist", "reported", "the repairs would cost €2 million")]


def test_quotation_not_before_verb_still_attributed(rec: Recognizer) -> None:
    # the quotation's own "not" is no negation of the tag after it
    assert said(rec, '"Not yet," said Mayor Ana Lindqvist.') == [("Ana Lindqvist", "direct", "Not yet")]


@pytest.mark.parametrize(
    ("body", "speaker", "span"),
    [
        (
            'Quenneville-Abara promised the authority would "publish the full inspection log", but nobody has seen a page of it.',
            "Quenneville-Abara",
            'the authority would "publish the full inspection log"',
        ),
        (
            'Mayor Ana Lund said the bridge would be "fully inspected by May", although no inspector has been hired.',
            "Ana Lund",
            'the bridge would be "fully inspected by May"',
        ),
        (
            'Chief Tom Berg insisted the crews were "doing everything possible", yet the fires still burn.',
            "Tom Berg",
            'the crews were "doing everything possible"',
        ),
        (
            'Chief Tom Berg insisted the crews were "doing everything possible"; the fires still burn.',
            "Tom Berg",
            'the crews were "doing everything possible"',
        ),
    ],
)
def test_partial_ends_at_the_writers_clause(rec: Recognizer, body: str, speaker: str, span: str) -> None:
    assert said(rec, body) == [(speaker, "partial", span)]


def test_partial_runs_on_with_the_speakers_clause(rec: Recognizer) -> None:
    # a backshifted modal after ", and" is the speaker's words still; so is "and" with no new subject
    body = (
        'Chief Tom Berg insisted the crews were "doing everything possible", and the fund would grow. '
        'Chief Tom Berg said the crews were "doing everything possible" and would stay.'
    )
    assert [s for _, _, s in said(rec, body)] == [
        'the crews were "doing everything possible", and the fund would grow',
        'the crews were "doing everything possible" and would stay',
    ]
