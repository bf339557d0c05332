"""Unnamed sources are not one speaker (issue #16, round s37-y3; review s37-rv findings 11, 12).

* 11 — every unnamed source's quotes were lined up as one speaker's, at the same-speaker bar
  (``SAME_SPEAKER``): two outlets' different sources saying different things about the same story
  became one "paraphrase". Anonymous quotes now join only at the bar for the same words across
  speakers (``SAME_WORDS``).
* 12 — an anonymous quote with a named speaker's words was listed twice (in the named statement
  and under Unattributed) and flagged the statement "credited to different speakers". An unnamed
  source never counts towards that flag (:attr:`Statement.credited_apart`), and a quote is listed
  once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import ANONYMOUS_SOURCE
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.analysis.quotes.sheet import QuoteSheet, sheet_of
from waic_reader.index.corpus.reader import Article

RENTS = "Story\n\nThe Varn council met on Monday.\n\n"
HEAD = "Club crisis\n\nVarn United lost 4-0 to Oskby on Saturday, their sixth defeat in a row.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def sheet(rec: Recognizer, sentences: list[str], head: str = HEAD) -> QuoteSheet:
    articles, quotes = [], {}
    for i, s in enumerate(sentences):
        doc = chr(97 + i)
        a = Article(doc, Path(f"/x/{doc}.txt"), head + s + "\n", "utf-8", "", True, None, True)
        articles.append(a)
        quotes[doc] = find_quotes(a, rec.recognize(a))
    return sheet_of(articles, quotes)


@pytest.mark.parametrize(
    ("sentences", "head"),
    [
        # the reviewer's (q4)
        (
            [
                "A source close to the club said the board would sack manager Olaf Lind on Monday.",
                "A police source said manager Olaf Lind had been questioned by the board on Monday about the assault.",
            ],
            HEAD,
        ),
        # variants of my own: other stories and sources, a trailing tag
        (
            [
                "A source close to the council said mayor Ana Ruiz would resign over the rent rises on Friday.",
                "A police source said mayor Ana Ruiz had been questioned about the rent rises on Friday.",
            ],
            RENTS,
        ),
        (
            [
                "A government source said the ferry company Nordlink would lose its licence at Kerrow harbour.",
                "An insider said the ferry company Nordlink had hired new captains for Kerrow harbour.",
            ],
            RENTS,
        ),
        (
            [
                "Ferries at Kerrow harbour will be cancelled for a week, a port source said.",
                "A person familiar with the inquiry said ferries at Kerrow harbour had been checked for damage.",
            ],
            RENTS,
        ),
    ],
)
def test_different_anonymous_claims_stay_apart(rec: Recognizer, sentences: list[str], head: str) -> None:
    s = sheet(rec, sentences, head)
    rows = [[q.doc for q in st.members] for st in s.unattributed]
    assert all(len(r) == 1 for r in rows), rows
    assert len(rows) == len(sentences), rows


def test_same_anonymous_claim_still_one_statement(rec: Recognizer) -> None:
    s = sheet(
        rec,
        [
            "A source close to the club said the board would sack manager Olaf Lind on Monday.",
            "The board will sack manager Olaf Lind on Monday, an insider said.",
        ],
    )
    grouped = [st for st in s.unattributed if len(st.members) > 1]
    assert len(grouped) == 1 and grouped[0].speakers == [ANONYMOUS_SOURCE], [
        [q.quoted for q in st.members] for st in s.unattributed
    ]


@pytest.mark.parametrize(
    ("named", "anonymous"),
    [
        # the reviewer's (q8)
        (
            '"The board has lost patience and the manager will be sacked on Monday morning," club chairman Olaf Lind said.',
            '"The board has lost patience and the manager will be sacked on Monday morning," a source close to the club said.',
        ),
        # variants of my own: the anonymous article first, another source and wording
        (
            '"We cannot pay the players in March," a person familiar with the accounts said.',
            '"We cannot pay the players in March," club treasurer Ines Halloran told reporters.',
        ),
        (
            'Club director Jonas Reeve said: "The stadium will be sold before the summer."',
            'A person close to the board said: "The stadium will be sold before the summer."',
        ),
    ],
)
def test_anonymous_words_of_a_named_speaker_listed_once(rec: Recognizer, named: str, anonymous: str) -> None:
    s = sheet(rec, [named, anonymous])
    joint = [st for st in s.attributed if len(st.members) > 1]
    assert len(joint) == 1, [[q.quoted for q in st.members] for st in s.statements]
    # no second speaker contradicting the first: an unnamed source may well be the same person
    assert not joint[0].credited_apart, joint[0].speakers
    listed = [id(q) for st in s.unattributed for q in st.members]
    assert all(id(q) not in listed for q in joint[0].members), [[q.quoted for q in st.members] for st in s.unattributed]
    assert s.unattributed == [], [[q.quoted for q in st.members] for st in s.unattributed]


def test_two_named_speakers_still_credited_apart(rec: Recognizer) -> None:
    s = sheet(
        rec,
        [
            '"The board has lost patience with the manager," club chairman Olaf Lind said.',
            '"The board has lost patience with the manager," club director Jonas Reeve said.',
        ],
    )
    joint = [st for st in s.attributed if len(st.members) > 1]
    assert len(joint) == 1 and joint[0].credited_apart, [st.speakers for st in s.statements]
