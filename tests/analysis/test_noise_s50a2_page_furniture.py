"""unseen45 leftovers of issue #14 (round s50-a2), each the reported form and two variants of our own:

- a blog's or documentation page's link to its own source or to editing it ("View this page on
  GitHub", "Edit this page", "Improve this page") is page furniture, not the article's;
- a page's language switcher written as a sentence ("This post is also available in 简体中文,
  Deutsch, 日本語, 한국어, Español and Français.") is navigation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

HEADLINE = "Why our build cache stopped working after the upgrade"
PARAS = [
    "Last week every build on the main branch started taking twice as long, and it took us a while to"
    " notice that the cache was being thrown away on every single run of the pipeline.",
    "The cause was a new default in the bundler: it now hashes the lock file together with the"
    " environment, and our runners set a different temporary directory each time they start.",
    "Pinning the directory brought the cache back, and the builds returned to their old times within"
    " a day, though we still want a test that fails when the cache is missed again.",
]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "post.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize(
    "link",
    ["View this page on GitHub", "Edit this page", "Improve this post on GitLab"],
    ids=["reported", "edit", "gitlab"],
)
def test_link_to_the_page_source_is_furniture(tmp_path: Path, link: str) -> None:
    art = text_article(tmp_path, [HEADLINE, "", *PARAS, "", link])
    assert kind_at(art, link) == "call-to-action"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)


def test_sentence_about_editing_a_page_stays(tmp_path: Path) -> None:
    line = "We edit this page every week so that the figures stay current."
    art = text_article(tmp_path, [HEADLINE, "", *PARAS, "", line])
    assert kind_at(art, line) == "content"


LANGUAGES = [
    "This post is also available in 简体中文, Deutsch, 日本語, 한국어, Español and Français.",
    "Also available in: Español · Português · Italiano",
    "Read this article in: English | Français | Nederlands",
]


@pytest.mark.parametrize("line", LANGUAGES, ids=["reported", "dots", "bars"])
def test_language_switcher_sentence_is_navigation(tmp_path: Path, line: str) -> None:
    art = text_article(tmp_path, [HEADLINE, line, "", *PARAS])
    assert kind_at(art, line) == "navigation"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)


def test_also_available_in_a_format_stays(tmp_path: Path) -> None:
    line = "The report is also available in print and as an audio edition read by its authors."
    art = text_article(tmp_path, [HEADLINE, "", *PARAS[:2], line, PARAS[2]])
    assert kind_at(art, line) == "content"
