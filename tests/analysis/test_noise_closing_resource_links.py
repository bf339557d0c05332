"""An article's own resource list closing it, its addresses written out under a short heading (issue
#14, unseen42 ibmdeveloper-1: "Links", "Source code – https://github.com/…", "Demo – https://…"):
the article's, not a footer's menu or another story's teaser, in a saved page's plain text; the
reported layout and two variants of our own (another heading with colons, a German one), on small
pages of our own. The footer under the list stays boilerplate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

MENU = ["Home", "Blog", "Products", "Docs", "Pricing", "Community", "Events", "Support", "Sign in", "Register"]
HEADLINE = "Building a field survey app that works without a network"
PARAS = [
    "Survey teams often work where the mobile network is weak or missing altogether, so an app that stops"
    " working offline loses the very records it was written to collect in the first place.",
    "We store every answer in a database in the browser first and copy it to the server whenever a"
    " connection appears, so a surveyor can keep working for days without noticing the gaps.",
    "The same pattern suits any tool that gathers data in the field, from water-pump inspections to"
    " counting birds, and it needs no native app on the device at all.",
]
LISTS = [
    ["Links", "Source code – https://github.com/example-labs/field-survey", "Demo – https://field-survey.example.net/"],
    [
        "Resources",
        "Repository: https://git.example.org/survey/offline-kit",
        "Documentation: https://docs.example.org/offline-kit/",
        "Slides: https://talks.example.org/offline-first.pdf",
    ],
    [
        "Weiterführende Links",
        "Quellcode – https://codeberg.example/umfrage/app",
        "Live-Demo – https://umfrage.example.de/",
    ],
]
FOOTER = ["Share this:", "Twitter", "Facebook", "Privacy", "Terms", "© 2026 Example Labs"]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize("links", LISTS, ids=["reported", "colons", "german"])
def test_closing_resource_links_are_the_articles(tmp_path: Path, links: list[str]) -> None:
    art = text_article(tmp_path, [*MENU, HEADLINE, *PARAS, *links, *FOOTER])
    assert [kind_at(art, line) for line in links[1:]] == ["content"] * (len(links) - 1)
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)
    assert kind_at(art, "© 2026 Example Labs") != "content"
