"""A prompt sending the reader's questions to the comments under a post (issue #14, unseen42
edureka-1: "Got a question for us? Mention them in the comments section and we will get back to
you."): a call to action, in plain text and in HTML; the reported line and two variants of our own
(another English wording, a German one), on small pages of our own. And what stays: a news sentence
about readers' comments, such a prompt reported as someone's words, and the article's own closing
question about its story sending answers to the comments (unseen19 wccftech-1's reference keeps it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

HEADLINE = "How we cut our build times in half with a shared cache"
PARAS = [
    "Our builds used to take forty minutes on every pull request, because each runner compiled the whole"
    " dependency tree from scratch before it could run a single test.",
    "We moved the compiled artefacts to a shared cache keyed by the lock file, so that a runner now downloads"
    " what another runner built earlier in the day instead of building it again.",
    "The median build now takes eighteen minutes, and the slowest ones are those that change the lock file"
    " itself, which happens about twice a week.",
]
PROMPTS = [
    "Got a question for us? Mention them in the comments section and we will get back to you.",
    "Any questions? Drop them in the comments below and our team will answer.",
    "Fragen zum Thema? Schreibt sie einfach in die Kommentare, wir antworten gern.",
]
FOOTER = ["About us", "Careers", "© 2026 Buildhouse Engineering"]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def html_article(tmp_path: Path, prompt: str) -> Article:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        "<html><head><title>Build times | Buildhouse</title></head><body>"
        f"<article><h1>{HEADLINE}</h1>{paras}<p>{prompt}</p></article>"
        "<footer><p>© 2026 Buildhouse Engineering</p></footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize("prompt", PROMPTS, ids=["reported", "english", "german"])
def test_comments_prompt_is_a_call_to_action_in_text(tmp_path: Path, prompt: str) -> None:
    art = text_article(tmp_path, [HEADLINE, *PARAS, prompt, *FOOTER])
    assert kind_at(art, prompt) == "call-to-action"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)


@pytest.mark.parametrize("prompt", PROMPTS, ids=["reported", "english", "german"])
def test_comments_prompt_is_a_call_to_action_in_html(tmp_path: Path, prompt: str) -> None:
    art = html_article(tmp_path, prompt)
    assert kind_at(art, prompt) == "call-to-action"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)


@pytest.mark.parametrize(
    "line",
    [
        "Readers left more than two hundred replies in the comments under the post within an hour of it going up.",
        "Let us know what you think in the comments, the team wrote at the end of its announcement of the change.",
        "Has a shared cache cut your own build times too? Let us know in the comments below.",
    ],
    ids=["report", "quoted", "own-question"],
)
def test_sentences_about_comments_stay(tmp_path: Path, line: str) -> None:
    art = text_article(tmp_path, [HEADLINE, PARAS[0], line, PARAS[1], PARAS[2], *FOOTER])
    assert kind_at(art, line) == "content"


TOOLS = [
    "Build tools",
    "- Maven",
    "- Gradle",
    "- Bazel",
    "Test runners",
    "- JUnit",
    "- pytest",
    "- Jest",
    "Deployment",
    "- Ansible",
    "- Terraform",
    "- Helm",
]


def test_prompt_closing_the_articles_last_list_keeps_the_list(tmp_path: Path) -> None:
    # The prompt closes the article's long list (edureka-1's list of tools): labelled before the
    # main text was found, it took the list's anchor with it and the list went with the menus.
    menu = ["Home", "Courses", "Blog", "Webinars", "Community", "Pricing", "Login", "Sign up"]
    lines = [*menu, HEADLINE, *PARAS, "The tools we tried along the way, by stage:", *TOOLS, PROMPTS[0], *FOOTER]
    art = text_article(tmp_path, lines)
    assert kind_at(art, PROMPTS[0]) == "call-to-action"
    assert [kind_at(art, t) for t in TOOLS] == ["content"] * len(TOOLS)
