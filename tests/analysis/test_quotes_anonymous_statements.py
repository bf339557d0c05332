"""The Quotes sheet's row of unattributed statements lines up one anonymous statement told by
several outlets (issue #16, round s37-q; t13ab L10, t13ac v11).

The row (:attr:`QuoteSheet.unattributed`, the Quotes screen's last row and the text output's
"Unattributed" list) held one statement a quote: the same "a source close to the investigation
said" in two outlets was two rows. An unnamed source's quotes are now one statement across
articles (wording compared as a speaker's are), credited to "Anonymous source", which is no
speaker row of its own; other quotes without a speaker stay one a row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import ANONYMOUS_SOURCE
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.analysis.quotes.sheet import sheet_of
from waic_reader.index.corpus.reader import Article

HEAD = "Mount Keldra eruption\n\n"
TAIL = "\n\nThe volcano erupted on Sarnholm on Thursday.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def sheet(rec: Recognizer, sentences: list[str]):  # type: ignore[no-untyped-def]
    articles, quotes = [], {}
    for i, s in enumerate(sentences):
        doc = chr(97 + i)
        a = Article(doc, Path(f"/x/{doc}.txt"), HEAD + s + TAIL, "utf-8", "", True, None, True)
        articles.append(a)
        quotes[doc] = find_quotes(a, rec.recognize(a))
    return sheet_of(articles, quotes)


@pytest.mark.parametrize(
    "sentences",
    [
        # the t13ac v11 articles
        [
            'According to a person familiar with the observatory\'s readings, the mountain "could erupt again within weeks".',
            'According to people familiar with the readings, the mountain "could erupt again within weeks".',
            'The mountain "could erupt again within weeks", a person familiar with the readings said.',
        ],
        # variants of my own: a source's noun alone, an insider, reported speech
        [
            "A government source said the ash cloud would close the airport until Monday.",
            "The ash cloud will close the airport until Monday, an insider said.",
        ],
    ],
)
def test_one_row_for_one_anonymous_statement(rec: Recognizer, sentences: list[str]) -> None:
    s = sheet(rec, [*sentences, "Residents of Varnhelm said the ash was ankle deep."])
    grouped = [st for st in s.unattributed if len(st.members) > 1]
    assert len(grouped) == 1, [[q.quoted for q in st.members] for st in s.unattributed]
    assert sorted(q.doc for q in grouped[0].members) == [chr(97 + i) for i in range(len(sentences))]
    assert grouped[0].speakers == [ANONYMOUS_SOURCE]
    # the residents' quote stays a row of its own; the label is no speaker of the sheet
    assert len(s.unattributed) == 2, [[q.quoted for q in st.members] for st in s.unattributed]
    assert all(sp.key != ANONYMOUS_SOURCE.key for sp, _ in s.speakers)
    assert s.attributed == []
