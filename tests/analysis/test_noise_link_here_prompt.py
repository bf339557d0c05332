"""A newsletter's or a blog's closing prompt whose link is the word "here" ("If you're reading this on
the web, you can subscribe here. Updates are once a week.", "My new book, Logic for Programmers, is
now in early access! Get it here.") is a call to action, no paragraph of the article (issue #14,
unseen33 buttondown-1, round s38-a: both stayed the article's in plain text). The reported lines
written anew, and other wordings and languages; the article's sentence pointing to a source "here"
stays."""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, PARAS, assert_article_kept, kinds


@pytest.mark.parametrize(
    "line",
    [
        "If you're reading this on the web, you can subscribe here. Updates are once a week. My main website is here.",
        "My new book, Harbour Logic, is now in early access! Get it here.",
        "Enjoyed this issue? Sign up here to get the next one in your inbox.",
        "Diesen Newsletter können Sie hier abonnieren.",
        "Vous pouvez vous abonner ici.",
    ],
)
def test_closing_prompt_linking_here_goes(line: str) -> None:
    got = kinds(ARTICLE + line + "\n")
    assert_article_kept(got)
    assert got[line] == "call-to-action"


@pytest.mark.parametrize(
    "line",
    [
        "The council's full report, which runs to 300 pages, can be read here along with the minutes of the meeting.",
        "Residents who want to object can register here at the town hall until the end of the month, the clerk said.",
    ],
)
def test_the_articles_sentence_with_here_stays(line: str) -> None:
    got = kinds("\n".join(["Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:]]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
