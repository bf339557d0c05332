"""A Markdown title is shown as plain text everywhere (issue 13, session 16 #4).

Reported: a front matter ``title: "**Quake** hits _Portmere_"`` showed its asterisks and
underscores in compare's header. A Markdown file's title (its front matter's, or the headline it
is derived from) now has its inline syntax hidden where the article is read
(``markdown.shown_inline``), so the library, the reader, compare, the picker, the timeline, the
fact sheet, ``list`` and ``list --json`` all give the same plain title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.corpus.markdown import shown_inline
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_table import ArticleTable
from waic_reader.tui.widgets.clamped_heading import ClampedHeading

BODY = "Rescuers in Portmere searched the rubble all day and through the night for survivors.\n"
FILES = {
    # the reported front matter title
    "a.md": '---\ntitle: "**Quake** hits _Portmere_"\noutlet: Wire\ndate: 2025-03-14\n---\n\n' + BODY,
    # a link and a code span in it
    "b.md": '---\ntitle: "See [the map](https://x.org/m) of `Halvik`"\noutlet: Post\ndate: 2025-03-15\n---\n\n' + BODY,
    # no front matter: the headline the title is derived from
    "c.md": "# **Aftershock** in *Dunmore*\n\n" + BODY,
}
PLAIN = {"a": "Quake hits Portmere", "b": "See the map of Halvik", "c": "Aftershock in Dunmore"}


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    return root


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("**Quake** hits _Portmere_", "Quake hits Portmere"),
        ("See [the map](https://x.org/m) of `Halvik`", "See the map of Halvik"),
        ("1. Intro: 5 * 3 = 15", "1. Intro: 5 * 3 = 15"),  # no list item, no emphasis: as written
        ("# Not a heading", "# Not a heading"),
    ],
)
def test_shown_inline(written: str, shown: str) -> None:
    assert shown_inline(written) == shown


def test_list_text_and_json_give_the_plain_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path)
    ix = tmp_path / "ix"
    assert main(["--corpus", str(root), "--index-dir", str(ix), "list"]) == 0
    out = capsys.readouterr().out
    for title in PLAIN.values():
        assert title in out
    assert not any(mark in out for mark in ("**", "_Portmere", "`", "](", "*Dunmore"))
    assert main(["--corpus", str(root), "--index-dir", str(ix), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert {row["doc"]: row["title"] for row in rows} == PLAIN
    assert main(["--corpus", str(root), "--index-dir", str(ix), "show", "a", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == PLAIN["a"]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_library_reader_and_compare_show_the_plain_title(tmp_path: Path, size: tuple[int, int]) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#library", ArticleTable)
        cells = " ".join(" ".join(table.cells_at(i)) for i in range(len(table.keys)))
        assert "**" not in cells and "`" not in cells
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert str(reader.query_one("#reader-title", Static).render()) == PLAIN[reader.doc]
        await pilot.press("escape")
        await settle(pilot)
        app.open_compare("a", "b")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        heads = [app.screen.query_one(f"#head-{k}", ClampedHeading) for k in "ab"]
        assert heads[0].text.endswith(PLAIN["a"])
        # as drawn: its two lines, cut with "…" where they must be (ClampedHeading)
        shown = [" ".join(h.render().plain.split("\n")) for h in heads]
        assert PLAIN["a"].startswith(shown[0].split("·")[-1].strip().rstrip("…"))
        assert all("**" not in h and "_" not in h and "`" not in h for h in shown)
