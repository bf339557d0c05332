"""One speaker's claim reported with another figure is one statement whose wordings differ (review
s44-rv finding 23, round s44-q2): "She said 2,400 drivers had walked out" and "She said 2,600
drivers had walked out" were two statements (s43-y1's same-claim test asked for the very same
value), so the quotes view no longer showed that the outlets disagree about what she said. The
reviewer's corpus first, then two variants of my own; an amount of another kind stays another claim
(tests/analysis/test_quotes_statements_same_claim.py).

Round s49-q2 (t13aq N12) narrows this to quoted words: reports of the claim in other words with
another figure are two statements, never one "paraphrase" (the same thing in other words), which
"140 km/h" and "160 km/h" are not. Quoted words with another figure stay one "altered" statement,
the figures marked changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import Statement, statements
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _statements(rec: Recognizer, articles: dict[str, str]) -> list[Statement]:
    """The statements of ``articles`` (doc -> one paragraph), read in the order given."""
    found: dict[str, list[Quote]] = {}
    for doc, paragraph in articles.items():
        text = f"Strike\n\n{paragraph}\n"
        article = Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return statements(q for qs in merge_speakers(found).values() for q in qs)


@pytest.mark.parametrize(
    ("articles", "figure", "docs"),
    [
        (  # the reviewer's corpus (claims): c's 2,600 was in no statement of a's and b's 2,400
            {
                "a": "Union leader Dana Okafor said the offer was an insult to drivers. She said 2,400 drivers had "
                "walked out.",
                "b": '"The offer is an insult to our drivers," said Dana Okafor. Okafor said about 2,400 drivers '
                "were on strike.",
                "c": "Dana Okafor said the 4.2 per cent offer insulted drivers. She said 2,600 drivers had walked out.",
            },
            "2,",
            [["a", "b"], ["c"]],  # reports unquoted: 2,600 is another statement (round s49-q2)
        ),
        (
            {
                "a": '"The repairs to the bridge will cost £4 million," said Mayor Hanne Lie.',
                "b": '"The repairs to the bridge will cost £5 million," said Hanne Lie.',
            },
            "million",
            [["a", "b"]],
        ),
        (
            {
                "a": "Chief Inspector Ruth Kamau said 12 people had been arrested after the match.",
                "b": "Ruth Kamau said 15 people had been arrested after the match.",
            },
            "arrested",
            [["a"], ["b"]],  # reports unquoted: two statements (round s49-q2)
        ),
    ],
)
def test_one_claim_with_other_figures_is_one_statement(
    rec: Recognizer, articles: dict[str, str], figure: str, docs: list[list[str]]
) -> None:
    sts = [st for st in _statements(rec, articles) if any(figure in q.quoted for q in st.members)]
    assert [sorted(st.docs) for st in sts] == docs, [(st.docs, [q.quoted for q in st.members]) for st in sts]
    if all(q.kind == "direct" for q in sts[0].members):
        # quoted words that differ in their figure: "altered", the figures marked as changed
        assert sts[0].wording == "altered"
        assert all(sts[0].changed.get(k) for k in range(len(sts[0].members))), sts[0].changed
