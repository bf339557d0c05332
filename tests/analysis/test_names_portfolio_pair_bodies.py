"""One word of a portfolio, "and", one or two more words and a body's kind word make one public
body's name ("the Finance and National Planning Committee"; two words after "and" were read as a
body of their own, the field before it alone; issue #16, round s40-e: held-out 15's ORG "Finance"
and "National Planning Committee"). The reported sentence first, then variants invented for the kind; guard: a known body after
"and" stays a name of its own."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # reported (held-out 15)
        (
            "Bill\n\nThe Finance and National Planning Committee met on Monday.\n",
            "Finance and National Planning Committee",
        ),
        # invented: other portfolios and kind words, two words after "and"
        (
            "Trade\n\nThe Trade and Regional Development Committee met on Monday.\n",
            "Trade and Regional Development Committee",
        ),
        ("Care\n\nThe Health and Social Care Board met on Monday.\n", "Health and Social Care Board"),
    ],
)
def test_portfolio_pair_is_one_body(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found


def test_known_body_after_and_stays_apart(rec: Recognizer) -> None:
    found = names(rec, "Vote\n\nMembers of the Labour and Conservative Party benches walked out.\n")
    assert ("Conservative Party", "ORG") in found, found
