"""A photo's credit alone in brackets, its source a link's words or none ("[Pic via]", "[Photo via
Reuters]", "(Pic by Jane Roe)") is a caption's credit (issue #14, unseen33 adweek-1, round s38-a:
"[Pic via]" under a blog post's picture stayed the article's in HTML). A sentence in brackets about
pictures stays the article's."""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, PARAS, assert_article_kept, kinds


@pytest.mark.parametrize("line", ["[Pic via]", "[Photo via Reuters]", "(Pic by Jane Roe)", "[Image courtesy of NASA]"])
def test_bracketed_credit_between_paragraphs_goes(line: str) -> None:
    text = "\n".join(["Council passes budget after long debate", PARAS[0], line, *PARAS[1:]]) + "\n"
    got = kinds(text)
    assert_article_kept(got)
    assert got[line] == "caption"


def test_a_bracketed_sentence_stays() -> None:
    line = "(The vote was by show of hands, which the council has used since 1998.)"
    got = kinds(ARTICLE + line + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
