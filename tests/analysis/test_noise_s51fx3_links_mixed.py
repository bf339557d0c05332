"""Review s51-rv F11 (round s51-a's own "Links" list): a reading-list header over other stories'
headlines that share the story's words, one of them a call to action, is other stories, not the
article's own list. Round s51-a kept such a list whole as the article's because *one* item told
the reader what to do; now at least half must (``menus.resource_list``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "a.txt").write_text("\n\n".join(lines[:4]) + "\n\n" + "\n".join(lines[4:]) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


MARROW = [
    "Council approves flood defence plan for Marrow Point",
    "Halvik Herald\n14 March 2026",
    "The council approved a flood defence plan for Marrow Point on Tuesday after a long debate about"
    " the cost of the new walls and who should pay for them.",
    "Residents said the flood walls were overdue, and the council said work would start in the summer"
    " once the insurers had agreed to share the cost.",
]
KESTREL = [
    "Storm cuts power to thousands in Kestrel Bay",
    "Coastal Courier\n2 February 2025",
    "A storm cut power to thousands of homes in Kestrel Bay overnight, and engineers said supply would"
    " not return to every street until the weekend at the earliest.",
    "The power company said crews were working through the night, and the town's schools stayed shut"
    " while the storm damage to the lines was repaired.",
]
CASES = [
    (
        MARROW,
        [
            "Links",
            "Check your flood risk on the council map",
            "Marrow Point flood: residents count the cost of the walls",
            "Council leader quits after flood walls row",
            "Insurers refuse to cover Marrow Point homes",
        ],
    ),
    (
        KESTREL,
        [
            "Further reading",
            "Report a power cut to your supplier",
            "Kestrel Bay storm: schools stay shut for a second day",
            "Power company boss apologises to homes left in the dark",
        ],
    ),
    (
        KESTREL,
        [
            "Useful links",
            "Our guide to staying safe in a power cut",
            "Storm leaves Kestrel Bay ferry stuck in harbour",
            "Thousands of homes still without power after storm",
        ],
    ),
]


@pytest.mark.parametrize(("story", "links"), CASES, ids=["reported", "storm-further-reading", "storm-useful-links"])
def test_links_over_other_stories_with_one_call_to_action(tmp_path: Path, story: list[str], links: list[str]) -> None:
    art = text_article(tmp_path, [*story, *links])
    assert [kind_at(art, line) for line in links] == ["headline-list"] * len(links)
    assert kind_at(art, story[2]) == "content"
