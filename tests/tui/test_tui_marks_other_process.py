"""Marks saved by another process are seen before anything that depends on marks is shown
(issue 13, helper s14-i #2).

Reported: with process A running, process B marked three blocks of 02_ap; A's reader, boilerplate
panel, matrix counts and compare still showed them unmarked, even after going through the
library, until A saved a mark of its own. A now reads the marks file again when it changed on
disk (one stat: mtime, size, inode) before every analysis and every library listing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_table import ArticleTable

PARAS = [
    "TOKYO (AP) - At least 14 people died when the ferry Seiran Maru collided with a cargo vessel.",
    "Japan's transport minister, Hiroshi Ueda, told parliament on Saturday that 52 people were injured.",
    "Coast guard spokeswoman Kaori Tanabe said the ferry was carrying 320 passengers that night.",
    "Divers worked in shifts, limited by the cold water and strong currents near the channel mouth.",
    "Hospitals in the prefecture postponed routine surgery to keep beds free for the injured.",
    "Railway operators added late trains so that relatives could reach the port from the city.",
]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "01_reuters.txt").write_text("Ferry collision\n\n" + "\n\n".join(reversed(PARAS)) + "\n", "utf-8")
    (root / "02_ap.txt").write_text("Ferry and freighter collide\n\n" + "\n\n".join(PARAS) + "\n", "utf-8")
    return root


def other_process(root: Path, doc: str, texts: list[str], decision: str = "noise") -> None:
    """Process B: marks blocks through the façade, in a process of its own."""
    script = (
        "import sys; from waic_reader.index.workspace import Workspace; "
        "ws = Workspace(sys.argv[1], sys.argv[2]); "
        "assert ws.mark_blocks(sys.argv[3], sys.argv[5:], sys.argv[4]) is None"
    )
    ix = str(root.parent / "ix-b")
    done = subprocess.run([sys.executable, "-c", script, str(root), ix, doc, decision, *texts], timeout=120)
    assert done.returncode == 0


def noise_column(app: WaicReaderApp, doc: str) -> str:
    table = app.screen.query_one("#library", ArticleTable)
    return table.cells_at(table.keys.index(doc))[-1].strip()


async def test_marks_saved_by_another_process_show_in_the_reader_and_the_library(tmp_path: Path) -> None:
    """The reported case: A has 02_ap open once; B marks three of its blocks; A opens it again."""
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "02_ap"
        assert "0 noise blocks hidden" in str(reader.query_one("#reader-meta", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert noise_column(app, "02_ap") == "0"
        other_process(root, "02_ap", PARAS[3:])
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        assert "3 noise blocks hidden" in str(reader.query_one("#reader-meta", Static).render())
        assert [s.text for s in reader.loaded.analysis.split.noise if s.marked] == PARAS[3:]  # the b panel's
        await pilot.press("escape")
        await settle(pilot)
        assert noise_column(app, "02_ap") == "3"


def test_compare_and_the_entity_matrix_take_in_another_process_s_marks(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    running = Workspace(root, tmp_path / "ix")
    before = running.compare("01_reuters", "02_ap")
    assert before.b_analysis.noise_count() == 0
    assert not any(m.noise for e in running.entities(["02_ap"]).entities for _doc, m in e.mentions)
    other_process(root, "02_ap", PARAS[1:3])  # the blocks naming Ueda and Tanabe
    after = running.compare("01_reuters", "02_ap")
    assert after.b_analysis.noise_count() == 2
    table = running.entities(["02_ap"])
    flagged = {e.name for e in table.entities for _doc, m in e.mentions if m.noise}
    assert "Kaori Tanabe" in flagged


def test_another_process_s_clearing_and_this_process_s_marks_are_both_kept(tmp_path: Path) -> None:
    """B takes a mark back while A marks another block: A sees B's change and keeps its own."""
    root = corpus(tmp_path)
    other_process(root, "02_ap", PARAS[4:])
    running = Workspace(root, tmp_path / "ix")
    assert [s.text for s in running.analyser.doc("02_ap").split.noise if s.marked] == PARAS[4:]
    assert running.mark_block("02_ap", PARAS[3], "noise") is None
    other_process(root, "02_ap", [PARAS[5]], "content")
    marked = [s.text for s in running.open_article("02_ap").analysis.split.noise if s.marked]
    assert marked == [PARAS[3], PARAS[4]]
