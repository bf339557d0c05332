"""A two-part breadcrumb trail with no "Home" at its head (issue #14, round s40-a2).

unseen35 simonwillison-1 drew "Guides > Agentic Engineering Patterns" over the headline: a trail of two
section names joined by an arrow. The trail rule took two parts only when the first was "Home", so the
line was kept as the article's first paragraph. The kind: two capitalised section names of a few words
each joined by a trail's arrow (">", "›", "»"). A bar or a slash (a page title and its site's name, a
pair of alternatives) or a change's "→" is not such a step, and a sentence with an arrow stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PARAS = [
    "The harbour board voted on Tuesday to close the old ferry ramp at Pier 4 for a year while engineers "
    "rebuild the hinge that failed in March and left two boats stranded for a night.",
    "Passengers will board from a floating pontoon beside the fish market, which the board said would add "
    "about five minutes to each crossing until the work is finished next spring.",
    "Ferry workers said they had warned about the hinge for two years, and the union asked the board to "
    "publish the inspection reports it had received since the last repair was made.",
]
HEADLINE = "Pier 4 ramp to close for a year after hinge failure"
MENU = ["Home", "News", "Business", "Sport", "Culture", "Opinion", "Weather", "Travel", "Jobs", "About Us"]
FOOTER = ["About us", "Contact us", "Advertise with us", "© 2026 Harbour Courier. All rights reserved."]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize(
    "trail",
    [
        "Guides > Agentic Engineering Patterns",  # the reported line
        "Opinion › Columnists",
        "Science » Space Exploration",
    ],
)
def test_two_part_trail_over_headline_is_navigation(tmp_path: Path, trail: str) -> None:
    art = text_article(tmp_path, [*MENU, trail, HEADLINE, *PARAS, *FOOTER])
    assert kind_at(art, trail) == "navigation"
    for para in PARAS:
        assert kind_at(art, para) == "content", para


@pytest.mark.parametrize(
    "line",
    [
        "Sales rose from 2019 → 2024 as the pier reopened",  # a change's arrow, a sentence's words
        "The board now ranks safety > speed in every repair it approves.",  # an arrow inside a sentence
    ],
)
def test_arrow_inside_the_article_stays(tmp_path: Path, line: str) -> None:
    art = text_article(tmp_path, [*MENU, HEADLINE, PARAS[0], line, *PARAS[1:], *FOOTER])
    assert kind_at(art, line) == "content"
