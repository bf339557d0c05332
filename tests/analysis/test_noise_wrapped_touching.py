"""Paragraphs hard-wrapped straight under a page's header lines are the article's, not teasers.

Reported (t14b, fault 1): a blog page (menu, headline, "Posted: Mar 14, 2025", three paragraphs
wrapped at 80 columns, then teasers and comments) kept only its second paragraph: the first and
third, left a block a line by the joiner, were dropped as headline-list and outside-article.
"""

from __future__ import annotations

import textwrap

from test_noise_kinds import kinds

PARAS = [
    "The Easton city commission on Thursday approved a plan to rezone 40 acres of the old harbor district "
    "for housing, voting 4 to 3 after a six-hour hearing that ran past midnight.",
    "Commissioner Dale Pruitt, who cast the deciding vote, said the city could not afford to leave the land "
    'empty. "Every year we wait, rents go up," he said.',
    "Residents of the Bayside neighborhood said the plan would bring traffic to streets that already flood in "
    "heavy rain.",
]
TAIL = [
    "Stevedores union sues port over overtime rules",
    "March 13, 2025 | Business",
    "Schools chief outlines budget cuts",
    "March 12, 2025 | Education",
    "Library to extend weekend hours",
    "March 11, 2025 | Community",
    "12 thoughts on “Harbor district rezoning passes on split vote”",
    "Marge Tully says:",
    "March 14, 2025 at 8:14 am",
    "About time something got built down there.",
    "Reply",
    "Leave a Reply",
    "Cancel reply",
]


def content(text: str) -> list[str]:
    return [" ".join(t.split()) for t, kind in kinds(text).items() if kind == "content"]


def test_reported_blog_page_keeps_its_three_paragraphs() -> None:
    head = "Menu\nHome\nLocal\nPolitics\nWeather\nContact\nHarbor district rezoning passes on split vote\n"
    text = head + "Posted: Mar 14, 2025\n" + "\n\n".join(textwrap.fill(p, 80) for p in PARAS) + "\n" + "\n".join(TAIL)
    kept = content(text)
    assert all(p in kept for p in PARAS)


def test_variant_byline_over_paragraphs_wrapped_at_70_keeps_them() -> None:
    head = "News\nSport\nBusiness\nWeather\nMill fire forces evacuation in Dunlow\nBy Corra Vint\n"
    paras = [
        "Firefighters evacuated forty homes near the old Dunlow textile mill on Sunday night after a fire "
        "in its disused dye house spread to a timber store beside the river.",
        "Residents were allowed back at dawn, the county fire service said, once crews had the blaze "
        "under control and the wind had dropped.",
    ]
    text = head + "\n\n".join(textwrap.fill(p, 70) for p in paras) + "\nShare this article\n"
    kept = content(text)
    assert all(p in kept for p in paras)
