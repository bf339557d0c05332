"""Pages nested deeper than the HTML parser's limit (s18, issue #14). libxml2 stops parsing, with
no error raised, at 256 open elements (2,048 with its ``huge`` option), and trafilatura parses
with its default: an article set under 300 unclosed ``<div>``s was "no text found in this page",
and a generated page of 30,000 links in menus never closed gave 12,501 blocks. Old templates and
tag soup (a ``<font>`` opened and never closed before every paragraph) nest that deep. Every
paragraph must be read, however deep the page, and nothing may raise. (Text invented.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PARAGRAPH = (
    "Paragraph {i}: the harbour board of Varnholm said on Tuesday that repairs to the old quay would "
    "take {n} months and cost the island council more than it had planned."
)


def show(tmp_path: Path, capsys: pytest.CaptureFixture[str], html: str) -> dict:
    root = tmp_path / "c"
    root.mkdir()
    (root / "page.html").write_text(html, "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "show", "page", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def wrapped(depth: int, opener: str, paragraphs: int = 12) -> str:
    """An article under ``depth`` unclosed ``opener`` tags."""
    body = "".join(f"<p>{PARAGRAPH.format(i=i, n=i + 3)}</p>" for i in range(paragraphs))
    return (
        "<html><head><title>Quay repairs start in Varnholm</title></head><body>"
        f"{opener * depth}<article><h1>Quay repairs start in Varnholm</h1>{body}</article></body></html>"
    )


def assert_every_paragraph(shown: dict, paragraphs: int) -> None:
    blocks = [b["text"] for b in shown["blocks"]]
    want = [PARAGRAPH.format(i=i, n=i + 3) for i in range(paragraphs)]
    assert [b for b in blocks if b.startswith("Paragraph ")] == want
    for b in shown["blocks"]:
        assert shown["text"][b["start"] : b["end"]] == b["text"]


@pytest.mark.parametrize(
    ("depth", "opener"),
    [
        (300, "<div>"),  # reported kind: unclosed <div>s of an old template
        (1000, '<div class="wrap">'),
        (1000, "<span><table><tr><td>"),  # a layout nested in itself, cell in cell
        (3000, "<div>"),  # past the parser's lifted limit (2,048) too
    ],
)
def test_an_article_nested_deep_is_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], depth: int, opener: str
) -> None:
    shown = show(tmp_path, capsys, wrapped(depth, opener))
    assert_every_paragraph(shown, 12)
    assert shown["title"] == "Quay repairs start in Varnholm"


@pytest.mark.parametrize("opener", ["<font face='Arial' size=2>", "<font color=#333333><b>"])
def test_tag_soup_with_a_font_never_closed_before_every_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opener: str
) -> None:
    # Each paragraph one element deeper than the last: from the 250th or so, all were lost.
    body = "".join(f"{opener}<p>{PARAGRAPH.format(i=i, n=i % 9 + 2)}</p>" for i in range(320))
    html = f"<html><head><title>Ferry timetable changes</title></head><body><h1>Ferry timetable changes</h1>{body}"
    shown = show(tmp_path, capsys, html + "</body></html>")
    blocks = [b["text"] for b in shown["blocks"] if b["text"].startswith("Paragraph ")]
    assert blocks == [PARAGRAPH.format(i=i, n=i % 9 + 2) for i in range(320)]


def test_a_page_of_ordinary_depth_reads_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Guard: a page well within the limit, with a menu, a comment and a script, is read as it was.
    html = wrapped(20, "<div>", paragraphs=5).replace(
        "<body>",
        '<body><!-- a comment --><script>var x = "<div>";</script><nav><ul><li><a href="/">Home</a></li>'
        '<li><a href="/w">World</a></li></ul></nav>',
    )
    shown = show(tmp_path, capsys, html)
    assert_every_paragraph(shown, 5)
    assert [b["text"] for b in shown["blocks"]][:2] == ["Home", "World"]
    assert "var x" not in shown["text"] and "a comment" not in shown["text"]
