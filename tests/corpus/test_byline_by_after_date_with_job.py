"""A broadcaster's byline whose "By" is not at the line's start, a date field first and the
author's job after a comma ('<div class="meta">14 March 2026 · By Rhiannon Ap-Gwilym, Europe
correspondent</div>' under the <h1>), names the author and is split off as byline, in HTML and
plain text, its fields set apart by "·", "|" or a spaced dash (t13aq N11: no author, the line kept
as content). The job is no second author."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Hallstein rail crash: Survivors describe moment train left tracks"
PARAS = [
    "Survivors of Saturday's train derailment near Hallstein in Austria have described the moment the "
    "carriages tipped over on a curve by the lake.",
    "At least 11 people died and about 70 were hurt, according to police. Two people are unaccounted for.",
]
CASES = [
    # reported (t13aq broadcast/abn-hallstein.html)
    ("14 March 2026 · By Rhiannon Ap-Gwilym, Europe correspondent", "Rhiannon Ap-Gwilym"),
    # variants: other separators, jobs, names and dates
    ("3 June 2026 | By Kofi Mensah-Larsen, Chief political correspondent", "Kofi Mensah-Larsen"),
    ("Updated 14 March 2026 — By Siân Ó Ruairc, Transport editor", "Siân Ó Ruairc"),
]


def _html(meta: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<!doctype html><html lang='en'><head><title>{HEADLINE} - ABN News</title>"
        "<meta property='og:site_name' content='ABN News'></head><body>"
        "<nav><a>Home</a> <a>UK</a> <a>World</a></nav><main><article>"
        f"<h1>{HEADLINE}</h1><div class='meta'>{meta}</div>{paras}</article></main>"
        "<footer>Copyright 2026 ABN.</footer></body></html>"
    )


def _read(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0])
    kinds = {s.text.strip(): s.kind for s in split_noise(article).noise}
    return article, kinds


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_a_broadcasters_meta_line(tmp_path: Path, meta: str, author: str) -> None:
    article, kinds = _read(tmp_path, "a.html", _html(meta))
    assert article.author == author
    assert kinds.get(meta) == "byline"


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_the_same_line_in_text(tmp_path: Path, meta: str, author: str) -> None:
    article, kinds = _read(tmp_path, "a.txt", "\n\n".join([HEADLINE, meta, *PARAS]) + "\n")
    assert article.author == author
    assert kinds.get(meta) == "byline"
    assert article.title == HEADLINE
