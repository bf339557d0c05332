"""A page whose main text trafilatura only has as its whole-page dump (issue 17, s12). When its
extractors find too little, trafilatura's last resort takes every line of the page (menus
included) as one paragraph: a page of a menu alone ("Home World") was read as an article, and
a short page's menu was glued onto its one sentence ("Home World The ferry sank."). The dump is
no main text: trafilatura's own extraction without it (its precision mode) says what is, and a
page where that finds nothing is skipped as a page with no text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEAD = "<!DOCTYPE html><html><head><title>Harbour news</title></head><body>"
MENU = '<ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul>'
NO_TEXT = "no text found in this page"


def read(tmp_path: Path, capsys: pytest.CaptureFixture[str], pages: dict[str, str]) -> tuple[dict, dict]:
    root = tmp_path / "c"
    root.mkdir()
    for name, body in pages.items():
        (root / f"{name}.html").write_text(f"{HEAD}{body}</body></html>\n", "utf-8")
    argv = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    assert main([*argv, "index", "--json"]) == 0
    skipped = {s["path"]: s["reason"] for s in json.loads(capsys.readouterr().out)["skipped"]}
    assert main([*argv, "noise", "--json"]) == 0
    docs = {d["doc"]: d for d in json.loads(capsys.readouterr().out)["docs"]}
    return skipped, docs


def test_a_page_of_menus_alone_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    skipped, docs = read(
        tmp_path,
        capsys,
        {
            "header-list": f'<header><div id="header">{MENU}</div></header>',  # reported: a header's list
            "menu-div": '<div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>',
            "bare-list": MENU,  # no markup says it is a menu: trafilatura's extraction does
        },
    )
    assert skipped == {"header-list.html": NO_TEXT, "menu-div.html": NO_TEXT, "bare-list.html": NO_TEXT}
    assert docs == {}


def test_a_menu_is_never_glued_onto_the_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    skipped, docs = read(
        tmp_path,
        capsys,
        {
            "short": f"<header>{MENU}</header><p>The ferry sank.</p>",  # reported
            "bare": f"{MENU}<p>The ferry sank off Halvik on Friday.</p>",
            "nav": '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div>Ferry sinks off Halvik.</div>',
        },
    )
    assert skipped == {}
    sentences = {
        "short": "The ferry sank.",
        "bare": "The ferry sank off Halvik on Friday.",
        "nav": "Ferry sinks off Halvik.",
    }
    for doc, sentence in sentences.items():
        content = [b["text"] for b in docs[doc]["content"]]
        assert sentence in content and not any("Home" in t or "World" in t for t in content), (doc, content)
        noise = " ".join(b["text"] for b in docs[doc]["noise"])
        assert "Home" in noise and "World" in noise, (doc, noise)  # the menu is shown, as boilerplate


def test_short_pages_trafilatura_reads_are_read_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    skipped, docs = read(
        tmp_path,
        capsys,
        {
            "div": "<div>The ferry sank off the coast on Friday, officials said.</div>",
            "list": "<ul><li>The ferry sank off the coast on Friday.</li><li>Rescuers searched all night.</li></ul>",
        },
    )
    assert skipped == {}
    assert [b["text"] for b in docs["div"]["content"]][-1] == "The ferry sank off the coast on Friday, officials said."
    assert "- Rescuers searched all night." in [b["text"] for b in docs["list"]["content"]]
