"""A blog's short headline that shares few words with its post (issue #14, round s40-a2).

unseen35 simonwillison-1: "Anti-patterns: things to avoid", under a breadcrumb trail and straight over the
post's first paragraph, shares one word with the post: no line over the body scored as the headline
(two shared words needed), and the title was dropped as a page header's line. The kind: when nothing
scored, the headline-like line straight over the body's first paragraph (or over the byline straight
over it) is the headline, given a word shared with the body or the byline under it. Not a menu's line
shown twice, and not a line sharing nothing with the body with no byline under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

POST = [
    "There are some anti-patterns that slow a small team down more than any missing tool ever could.",
    "Shipping a change nobody has read is the first of them, and the most common one by far.",
    "If you open a pull request with hundreds of lines you have not checked, you hand the work to "
    "your reviewer, who then has to find the problems you could have found yourself.",
    "A good pull request is small, it works, and it explains the goal it serves in a sentence or two.",
    "The second bad habit is leaving the tests for later, which in practice means leaving them for never.",
    "Write the failing test first, watch it fail, and only then write the code that makes it pass.",
]
MENU = ["Home", "Archive", "Guides", "Talks", "Projects", "Photos", "Newsletter", "About", "Contact", "Search"]
FOOTER = [
    "Chapters in this guide",
    "Principles",
    "Writing code is cheap now",
    "Testing and QA",
    "First run the tests",
    "Understanding code",
    "Annotated prompts",
    "Colophon",
    "© 2026 Jane Roe",
]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize(
    ("over", "headline"),
    [
        (["Guides > Agentic Engineering Patterns"], "Anti-patterns: things to avoid"),  # the reported shape
        (["Share", "Email"], "Habits: a field manual"),  # under a share row, one word shared
        (["Guides > Team Practice"], "Reviews, tests and other chores"),  # no colon, one word shared
    ],
)
def test_short_headline_over_the_post_is_kept(tmp_path: Path, over: list[str], headline: str) -> None:
    art = text_article(tmp_path, [*MENU, *over, headline, *POST, *FOOTER])
    assert art.title == headline  # (the reader titles the page by it, not by the trail over it)
    assert kind_at(art, headline) == "content"
    for para in POST:
        assert kind_at(art, para) == "content", para


def test_line_sharing_nothing_over_the_post_is_not_kept(tmp_path: Path) -> None:
    line = "Wander Among Quiet Gardens"  # another page's title: no word of the post's, no byline under it
    art = text_article(tmp_path, [*MENU, "Guides > Team Practice", line, *POST, *FOOTER])
    assert kind_at(art, line) != "content"
