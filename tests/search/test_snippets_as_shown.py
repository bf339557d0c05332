"""A hit's snippet is the article as the reader shows it: its body, boilerplate left out, Markdown
without its syntax (issue 13, session 15 #3d).

Reported: an ``outlet:`` search's snippet was the head of the file as written: its "# " heading
marks, a menu line the boilerplate split drops, "**" and "[..](..)" around words. The snippet of a
hit found in the article itself now comes from the text outside the boilerplate (around the
densest run of matches there, else from its start), and a Markdown article's blocks are shown
without their syntax; a hit found only in boilerplate still shows where it was found."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.workspace import Workspace

MARKDOWN = """# Harbour ferry plan approved

Menu | Home | News | Sport | Weather | Contact

The **harbour council** approved the [ferry plan](https://port.example/plan) on Friday after a long debate in the chamber, officials said.

## Costs

The plan will cost 40 million euros over five years, the council said in a statement on Friday evening.

Powered by Port Wire
"""

PLAIN = """Harbour ferry plan approved

The harbour council approved the ferry plan on Friday after a long debate in the chamber.

Related stories
Ferry strike ends after two days
Ferry fares to rise in spring
Ferry operator reports record summer

Share this article on Facebook Twitter LinkedIn Email
"""


def workspace(tmp_path: Path) -> Workspace:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.md").write_text(MARKDOWN, "utf-8")
    (root / "b.txt").write_text(PLAIN, "utf-8")
    (root / "corpus.yaml").write_text("articles:\n  a.md:\n    outlet: Port Wire\n", "utf-8")
    ws = Workspace(root, tmp_path / "ix")
    ws.ensure_index()
    return ws


def hit(ws: Workspace, query: str, doc: str) -> tuple[str, list[str], list[str]]:
    found = {h.doc: h for h in ws.search(query).hits}[doc]
    return found.snippet, [found.snippet[a:b] for a, b in found.matches], found.where


def test_an_outlet_search_shows_the_body_as_the_reader_does(tmp_path: Path) -> None:
    """The reported case: the outlet is named only by corpus.yaml and a "Powered by" line."""
    ws = workspace(tmp_path)
    snippet, matched, where = hit(ws, "outlet:port", "a")
    assert where == ["content"]
    assert snippet.startswith("Harbour ferry plan approved The harbour council approved the ferry plan on Friday")
    assert "#" not in snippet and "**" not in snippet and "](" not in snippet
    assert "Menu" not in snippet and "Powered" not in snippet
    assert matched == []  # nothing of the body is the outlet field's match


def test_a_word_in_markdown_is_shown_without_syntax_and_highlighted_there(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    snippet, matched, _where = hit(ws, "euros", "a")
    assert "Costs The plan will cost 40 million euros over five years" in snippet
    assert "##" not in snippet and "Powered" not in snippet
    assert matched == ["euros"]
    snippet, matched, _where = hit(ws, "council", "a")
    assert "The harbour council approved the ferry plan on Friday" in snippet
    assert matched == ["council", "council"]  # "**harbour council**" and "the council said"


def test_a_plain_text_body_leaves_its_boilerplate_out_and_a_boilerplate_hit_shows_it(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    snippet, matched, where = hit(ws, "ferry", "b")
    assert where == ["content", "noise"]
    assert "Related" not in snippet and "strike" not in snippet and "Share" not in snippet
    assert matched == ["ferry", "ferry"]  # the title's and the body's, not the teasers'
    snippet, matched, where = hit(ws, "fares", "b")  # found only in the teasers: shown there
    assert where == ["noise"] and matched == ["fares"] and "Ferry fares to rise" in snippet
