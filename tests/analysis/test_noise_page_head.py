"""A saved page's headline over its byline or date stamp, sharing few words with the body, or
taken for an item of a list above it: content, and the title. The reported shape and two
variants of our own, in the page of test_noise_kinds (menu above, footer below)."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds, make

from waic_reader.index.corpus.reader import derive_title

# ---------------------------------------------------------------------------------------------
# The headline over its byline or date stamp, sharing few words with the body

HEADLINE = "Quiet Night at City Hall Ends a Long Fight"  # no word of it in PARAS but "city"


@pytest.mark.parametrize(
    "head",
    [
        # The reported shape: a "More stories" header, then the headline and its byline line
        # (with a machine timestamp), taken for an item of that list.
        ["More stories", HEADLINE, "By Ana Ruiz and Tom Lee 2014-09-30T14:34:55Z", "Share", "Facebook", "Twitter"],
        # A glued "By" link and a date after a bar.
        ["Trending", "Storm closes the coast road", "Fishing quota cut again", HEADLINE, "ByAna Ruiz | March 4, 2025"],
        # A date stamp two lines under the headline, a contact line between.
        ["Letters to the Editor", HEADLINE, "Email letters@courier.example", "Published: December 24, 2014 12:02 pm"],
    ],
    ids=["list-item-over-byline", "glued-by", "date-stamp"],
)
def test_headline_over_its_byline_stays_content_and_is_the_title(head: list[str]) -> None:
    text = "\n".join([*MENU, *head, *PARAS, *FOOTER]) + "\n"
    got = kinds(text)
    assert got[HEADLINE] == "content"
    assert_article_kept(got)
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == HEADLINE


def test_teasers_with_bylines_far_above_the_body_stay_noise() -> None:
    # Other stories' teasers each over their byline, then the article's own headline over its own.
    teasers = [
        "Most Read",
        "Storm closes the coast road again",
        "By Kim Park",
        "Fishing quota is cut again",
        "By Kim Park",
    ]
    text = "\n".join([*MENU, *teasers, HEADLINE, "By Ana Ruiz", "March 4, 2025", *PARAS, *FOOTER]) + "\n"
    got = kinds(text)
    assert got[HEADLINE] == "content"
    assert got["Storm closes the coast road again"] != "content"
    assert got["Fishing quota is cut again"] != "content"
