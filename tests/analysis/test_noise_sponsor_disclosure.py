"""A sponsorship disclosure closing a piece ("This video is part of Beet.TV coverage of CES 2016
sponsored by Adobe.", "This article was produced with support from …", "Dieser Beitrag wurde
unterstützt von …") is the page's legal text, no sentence of the article (issue #14, unseen33
beettv-1, round s38-a: it stayed the article's, in plain text and HTML). The reported line written
anew, other wordings and languages; the story's own sentences about sponsors stay."""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, FOOTER, MENU, PARAS, assert_article_kept, kinds


@pytest.mark.parametrize(
    "line",
    [
        "This video is part of Harbour.TV coverage of the Boat Show 2016 sponsored by Halvik Marine.",
        "This article is sponsored by Nordair.",
        "This series was produced with support from the Halvik Foundation.",
        "This podcast episode is brought to you by Ferry Lines.",
        "Dieser Beitrag wurde unterstützt von der Stiftung Nordkurier.",
        "Dit artikel is mogelijk gemaakt door de Stichting Haven.",
        "Cet article est sponsorisé par la Fondation du Port.",
    ],
)
def test_sponsorship_disclosure_goes(line: str) -> None:
    for text in (ARTICLE + line + "\n", "\n".join([*MENU, ARTICLE.rstrip("\n"), line, *FOOTER]) + "\n"):
        got = kinds(text)
        assert_article_kept(got)
        assert got[line] == "legal", text[:40]


@pytest.mark.parametrize(
    "line",
    [
        "The festival is sponsored by the city and runs until Sunday, with concerts on the harbour every night.",
        "The report, sponsored by the dockworkers' union, found that wages had fallen for three years in a row.",
        "This year's regatta is supported by a grant from the council, which has paid for new moorings.",
    ],
)
def test_the_storys_sentences_about_sponsors_stay(line: str) -> None:
    got = kinds("\n".join(["Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:]]) + "\n")
    assert_article_kept(got)
    assert got[line] == "content"
