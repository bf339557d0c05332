"""A sponsor's lines on a saved page (issue #14, unseen40 csstricks-1): the line over the article
that sells a sponsor's product and closes with an ad's call to start free ("Take the pain out of
building site search with the Algolia hosted API. Start free now!") and a sponsor box's heading
("Our Learning Partner") were kept as the article's text. The reported page, two variants of my
own of each, and the guards: an article's sentence saying something is free, and its own
sentence about partners, stay content.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds

_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen40" / "text" / "csstricks-1.txt"


def test_the_reported_pages_sponsor_line_and_box_heading_are_advertisements() -> None:
    got = kinds(_FIXTURE.read_text(encoding="utf-8"))
    assert (
        got["Take the pain out of building site search with the Algolia hosted API. Start free now!"] == "advertisement"
    )
    assert got["Our Learning Partner"] == "advertisement"
    assert got["Cool, here you go."] == "content"  # (the article's last line stays)


@pytest.mark.parametrize(
    "sponsor,heading",
    [
        ("Ship every build faster with Acme's hosted CI runners. Try it free today.", "Our Technology Partners"),
        ("Your team's documents, finally in one place with Notera. Start your free trial!", "Our Sponsors"),
    ],
    ids=["try-it-free", "free-trial"],
)
def test_a_sponsor_line_over_the_article_and_a_box_heading_after_it_are_advertisements(
    sponsor: str, heading: str
) -> None:
    pitch = "Acme Learning has courses on every part of building for the web, from the first page to the last."
    lines = [
        *MENU,
        "Council passes budget after long debate",
        sponsor,
        *PARAS,
        heading,
        "Acme Learning",
        pitch,
        *FOOTER,
    ]
    got = kinds("\n".join(lines) + "\n")
    assert got[sponsor] == "advertisement", got
    assert got[heading] == "advertisement", got
    assert [p for p in PARAS if got[p] != "content"] == [], got


def test_an_articles_sentences_about_free_things_and_partners_stay_content() -> None:
    free = "Parking in the town centre will be free today."
    partners = "Our partners in the region were told of the cuts on Monday, the council leader said."
    lines = [*MENU, "Council passes budget after long debate", PARAS[0], free, PARAS[1], partners, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got[free] == "content", got
    assert got[partners] == "content", got
