"""A comments widget's own line under a post ("blog comments powered by Disqus", "Please enable
JavaScript to view the comments powered by Disqus.") is the comments section's, no line of the
article (issue #14, unseen33 antirez-1, round s38-a: it stayed the article's in plain text). The
reported line and variants; the story's sentence about the widget stays."""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, FOOTER, MENU, PARAS, assert_article_kept, kinds


@pytest.mark.parametrize(
    "line",
    [
        "blog comments powered by Disqus",
        "comments powered by Disqus",
        "Please enable JavaScript to view the comments powered by Disqus.",
    ],
)
def test_disqus_line_goes(line: str) -> None:
    for text in (ARTICLE + line + "\n", "\n".join([*MENU, ARTICLE.rstrip("\n"), line, *FOOTER]) + "\n"):
        got = kinds(text)
        assert_article_kept(got)
        assert got[line] == "comments"


def test_a_sentence_about_the_widget_stays() -> None:
    line = "The paper's comments, powered by Disqus since 2012, were closed after a flood of abuse last week."
    got = kinds("\n".join(["Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:]]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
