"""A page's own links in other languages (s32-e, t13u F7): account links set apart by a single
space ("Iniciar sesión Suscríbete", elcomercio-es.txt's second line, was content while "Log in
Subscribe" with wider gaps was navigation), and a Japanese share button naming what it shares
("このニュースをシェアする", nhk-ja.txt's last line, was content; "この記事をシェアする" alone was
known). The split's share prompts in other languages read the page-link lexicon's share words
(page_links.SHARE_WORDS), one list. The first cases are the reported files; the others are ours."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import patterns, split_noise
from waic_reader.index.corpus import page_links
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"

ACCOUNT = "Iniciar sesión Suscríbete"
SHARE = "このニュースをシェアする"

CASES = {
    "elcomercio-es.txt": (None, None, ACCOUNT, "navigation"),
    "elcomercio-fr.txt": ("elcomercio-es.txt", ACCOUNT, "Se connecter S'abonner", "navigation"),
    "elcomercio-pt.txt": ("elcomercio-es.txt", ACCOUNT, "Entrar Assine", "navigation"),
    "nhk-ja.txt": (None, None, SHARE, "call-to-action"),
    "nhk-video.txt": ("nhk-ja.txt", SHARE, "この動画をシェアする", "call-to-action"),
    "nhk-page.txt": ("nhk-ja.txt", SHARE, "このページをシェア", "call-to-action"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_page_link_is_furniture(tmp_path: Path, name: str) -> None:
    source, old, line, kind = CASES[name]
    if source is None:
        shutil.copy(FIXTURES / name, tmp_path / name)
    else:
        assert old is not None
        text = (FIXTURES / source).read_text("utf-8")
        assert old in text
        (tmp_path / name).write_text(text.replace(old, line), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    assert [s.kind for s in split.noise if s.text == line] == [kind], [(s.kind, s.text) for s in split.content]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers can log in to read it.",
        "Registrarse es gratis y rápido para todos los lectores.",
        "この記事について",
        "ニュースを今すぐシェアする",  # (no object and its particle alone before the share word)
    ],
)
def test_sentences_stay(line: str) -> None:
    assert page_links.page_link(line) is None


def test_the_share_prompts_read_the_lexicon() -> None:
    """One list: every share word of the lexicon opens a share prompt of the phrase rules."""
    read = set(patterns.SHARE_SPACED.split("|")) | set(patterns.SHARE_UNSPACED.split("|"))
    assert [w for words in page_links.SHARE_WORDS.values() for w in words if w not in read] == []


COMMENTS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry strikes harbour wall - Halvik Post</title>
<meta property="og:title" content="Ferry strikes harbour wall"></head><body>
<div class="account">Register Log in</div>
<article><h1>Ferry strikes harbour wall</h1>
<p>A passenger ferry struck the harbour wall in Halvik on Tuesday morning, injuring three passengers, the harbour master said.</p>
<p>The ferry had been approaching Halvik in strong winds when its engines failed, according to the operator.</p>
</article>
<section class="comments"><h2>Comments</h2><div class="comment-form">Register Log in</div>
<div class="comment"><span class="author">Ann L.</span><p>Glad nobody was badly hurt.</p></div></section>
</body></html>
"""


def test_the_comment_forms_account_links_are_comments(tmp_path: Path) -> None:
    """One space between "Register" and "Log in" makes them account links: the page's are
    navigation, the comment form's stay the comments section's (the eval's telegraph page)."""
    (tmp_path / "page.html").write_text(COMMENTS_PAGE, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    got = [s.kind for s in split_noise(art).noise if s.text == "Register Log in"]
    assert got == ["navigation", "comments"]
