"""A link to the rest of a box ("View all announcements", "View full quote", "See all stories",
"Alle anzeigen", "Lees meer hier.") is the page's navigation, wherever it stands: between the
article's paragraphs a widget's link stayed the article's (issue #14, unseen33 afr-1 and
dutchitchannel-1, round s38-a). The reported lines written anew, other wordings and languages;
the article's sentence opening "See all" stays (and a line ending in ":", "See more photos:" over
the article's own, unseen28 linknaija-1, which the page evaluation holds)."""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, PARAS, assert_article_kept, kinds


@pytest.mark.parametrize(
    "line",
    [
        "View all announcements",
        "View full quote",
        "See all stories",
        "Show more",
        "Alle Meldungen anzeigen",
        "Voir tout",
        "Ver más",
        "Lees meer hier.",
    ],
)
def test_link_to_more_goes(line: str) -> None:
    for text in (
        "\n".join(["Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:]]) + "\n",
        ARTICLE + line + "\n",
    ):
        got = kinds(text)
        assert_article_kept(got)
        assert got[line] != "content", text[:60]


@pytest.mark.parametrize(
    "line",
    [
        "See all of the figures in the table below, which the council published on Tuesday evening.",
        "View more than a century of minutes in the town archive, the clerk said.",
    ],
)
def test_the_articles_sentence_stays(line: str) -> None:
    got = kinds("\n".join(["Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:]]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
