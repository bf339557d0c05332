"""Quotes of round s25-a (issue #13, the known misses of re-test t13j), each reported input with
variants, each failing before the round:

- an all-caps lede of seven words or fewer ("THE COMPANY SAID IT WOULD APPEAL.") was read as a
  headline and gave no statement; "the company" with no organisation named before it gave none
  either (mixed case too): it is an unattributed statement, and with a firm named before, the
  firm's, as in mixed case;
- "…, Deputy Head of Safety Even Lie said." (a title and a name of more than five words after
  the comma) gave no statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def quotes(rec: Recognizer, text: str) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), "Title\n\n" + text, "utf-8", "", True, None, True)
    return find_quotes(article, rec.recognize(article))


def holding(rec: Recognizer, text: str, words: str) -> Quote:
    """The one quote whose text holds ``words``; fails when none or several do."""
    found = [q for q in quotes(rec, text) if words in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes(rec, text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # reported
        ("THE COMPANY SAID IT WOULD APPEAL.\n\nThe ruling came on Friday.", "IT WOULD APPEAL"),
        # invented: another noun, after a dateline, mixed case
        ("THE FIRM SAID WORKERS WOULD BE PAID.", "WORKERS WOULD BE PAID"),
        ("OSLO, May 2 - THE FIRM SAID IT WOULD PAY THE FINE.", "IT WOULD PAY THE FINE"),
        ("The company said it would appeal.\n\nThe ruling came on Friday.", "it would appeal"),
        # control: a body's noun (was listed already)
        ("THE UNION SAID ITS MEMBERS WOULD STRIKE ON MONDAY.", "ITS MEMBERS WOULD STRIKE ON MONDAY"),
    ],
)
def test_the_company_with_no_firm_named_is_unattributed(rec: Recognizer, text: str, said: str) -> None:
    q = holding(rec, text, said)
    assert q.speaker is None, q.speaker


@pytest.mark.parametrize(
    ("text", "said", "firm"),
    [
        # reported
        (
            "Nordhavn Shipping AS lost the case on Friday.\n\nTHE COMPANY SAID IT WOULD APPEAL.",
            "IT WOULD APPEAL",
            "Nordhavn Shipping AS",
        ),
        # invented: one paragraph, the firm in capitals too
        (
            "Nordhavn Shipping AS lost the case on Friday. THE COMPANY SAID THE RULING WAS WRONG.",
            "THE RULING WAS WRONG",
            "Nordhavn Shipping AS",
        ),
        (
            "NORDHAVN SHIPPING AS LOST THE CASE. THE FIRM SAID THE RULING WAS WRONG.",
            "THE RULING WAS WRONG",
            "Nordhavn Shipping AS",
        ),
    ],
)
def test_the_company_in_capitals_after_a_firm_is_the_firm(rec: Recognizer, text: str, said: str, firm: str) -> None:
    q = holding(rec, text, said)
    assert q.speaker is not None and (q.speaker.type, q.speaker.name) == ("ORG", firm), q.speaker


@pytest.mark.parametrize(
    ("text", "said", "person"),
    [
        ("The audit was late, Deputy Head of Safety Even Lie said.", "The audit was late", "Even Lie"),
        ("The gate was shut, Head Of Security Per Skaar said.", "The gate was shut", "Per Skaar"),
        ("The cabins were clean, Norwegian Chief Steward Liv Aasen said.", "The cabins were clean", "Liv Aasen"),
    ],
)
def test_long_title_and_name_after_the_statement_speak(rec: Recognizer, text: str, said: str, person: str) -> None:
    q = holding(rec, text, said)
    assert q.speaker is not None and (q.speaker.type, q.speaker.name) == ("PERSON", person), q.speaker


def test_a_clause_of_capitalised_words_and_more_is_no_subject(rec: Recognizer) -> None:
    """The long-subject exception is for a title and a name only: a clause after the comma with a
    lower-case word other than "of"/"for" still speaks for no one."""
    text = "Kari Lund said the gate was shut.\n\nThe line reopened, as Oslo Sporveier and its staff said."
    assert not any("line reopened" in q.text for q in quotes(rec, text)), [
        (q.text, q.speaker) for q in quotes(rec, text)
    ]
