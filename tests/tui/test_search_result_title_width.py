"""Round s36-s (t13ab L20): a search result's title takes the room its line has.

Reported: at 60 columns every result's title was cut at 20 cells ("Railway Feed  Union calls for
tra…") with half the line empty, while at 120 columns titles ran to ~80 cells: the title was
given ``width - 40`` cells, at least 20, whatever the outlet's name left. Now it is cut with "…"
only where the line (the list's width less the outlet's name) cannot hold it. Variants: a short
and a long outlet name, a title cut at 60 columns and whole at 120, a title of wide (CJK) characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.tui.screens.search import SearchScreen

TITLES = {
    "railfeed": "Union calls for track audit",  # the report's: 41 cells with its outlet
    "rw": "Union demands an audit of every curve on the Westmarch line",  # 59 + 2 + 2 cells
    "longwire": "Union audit call: the rail workers want every curve, bridge and signal box checked now",
    "cjk": "工会呼吁对每一处弯道和每一座桥梁进行全面的安全审计工作",  # 27 wide characters: 54 cells
}


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, title in TITLES.items():
        (root / f"{name}.txt").write_text(f"{title}\n\nThe union wants an audit of every curve. 审计\n", "utf-8")
    return root


def screen_lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def head_lines(root: Path, size: tuple[int, int]) -> dict[str, str]:
    """Each result's head line as the terminal shows it (outlet, two spaces, title), by doc."""
    app = make_app(corpus=corpus(root))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.query_one("#query", Input).insert_text_at_cursor("audit OR 审计")
        await settle(pilot)
        assert screen.results is not None and screen.results.total == len(TITLES)
        lines = screen_lines(app)
    heads = {}
    for doc in TITLES:
        found = [ln.strip() for ln in lines if ln.strip().startswith(f"{doc}  ")]
        if found:
            heads[doc] = found[0]
    return heads


@pytest.mark.parametrize("size", [(60, 40), (120, 40)])
async def test_a_title_takes_the_room_its_line_has(tmp_path: Path, size: tuple[int, int]) -> None:
    width = size[0]
    heads = await head_lines(tmp_path / "c", size)
    # room of a head line: the list's 2 cells less than the screen, its padding (1 each side)
    # and its scrollbar (2)
    room = width - 6
    for doc, title in TITLES.items():
        if doc not in heads:
            continue  # scrolled out of a short screen
        head = heads[doc]
        assert cell_len(head) <= room, head
        whole = f"{doc}  {title}"
        if cell_len(whole) <= room:
            assert head == whole, head  # fits: never cut
        else:
            assert head.endswith("…") and whole.startswith(head[:-1].rstrip()), head
            assert cell_len(head) >= room - 1, head  # cut only where the line ends (a wide character)
    assert "railfeed" in heads and "rw" in heads


async def test_the_reported_60_by_20_screen_shows_the_whole_title(tmp_path: Path) -> None:
    heads = await head_lines(tmp_path / "c", (60, 20))
    assert heads["railfeed"] == "railfeed  Union calls for track audit"
