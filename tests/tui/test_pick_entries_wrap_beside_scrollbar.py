"""The compare picker's entries wrap at the width left beside the list's scrollbar: no entry is
clipped, its doc id lost (t13aq N15: at 120x40 "Tagesblick · Zugunglück bei Hallstein: Elf Tote,
Dutzende Verletzte · intl/tagesblick-de", exactly as wide as the list, showed without its id
once the scrollbar took 2 cells). The kind: an OptionList counts each entry's lines before the
scrollbar shows and not again after; every entry of every length from short to wrapped, at the
reported size and two of our own (100x30, 80x24), must show its id whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.pick import PickArticleScreen, pick_then_compare

WORDS = "Derailment near Hallstein leaves eleven dead and dozens hurt as rescuers search the wreck overnight".split()


def corpus(root: Path) -> Path:
    """Articles whose picker entries ("Outlet · title · doc") take every length from ~45 to ~120
    cells, one cell apart, so at any list width one entry is exactly as wide as the list."""
    for folder in ("news", "a-rather-longer-folder-name"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    n = 0
    for folder in ("news", "a-rather-longer-folder-name"):
        for cells in range(20, 71):
            words: list[str] = []
            for word in WORDS * 3:
                if len(" ".join([*words, word])) > cells:
                    break
                words.append(word)
            title = " ".join(words)
            title += "x" * (cells - len(title))  # exactly ``cells`` long
            (root / folder / f"item-{n:03d}.md").write_text(
                f"---\ntitle: {title}\noutlet: Dispatch\ndate: 2026-03-14\n---\n\nThe train derailed near Hallstein.\n",
                "utf-8",
            )
            n += 1
    return root


def shown_lines(options: OptionList) -> list[str]:
    """Every line of the list as drawn, scrolled through a screenful at a time (the last
    screenful ends at the list's end: each line kept under its index in the list)."""
    lines: dict[int, str] = {}
    height = options.scrollable_content_region.height
    for top in range(0, options.virtual_size.height, height):
        options.scroll_to(y=top, animate=False, immediate=True, force=True)
        at = round(options.scroll_y)
        for y in range(height):
            lines[at + y] = "".join(segment.text for segment in options.render_line(y))
    return [lines[n] for n in sorted(lines)]


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24)], ids=["120x40", "100x30", "80x24"])
async def test_every_entry_shows_its_id(size: tuple[int, int], tmp_path: Path) -> None:
    app = make_app(corpus=corpus(tmp_path / "corpus"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        docs = list(app.docs)
        pick_then_compare(app, docs[0])
        await settle(pilot)
        assert isinstance(app.screen, PickArticleScreen)
        options = app.screen.query_one(OptionList)
        assert options.show_vertical_scrollbar
        text = "\n".join(shown_lines(options))
        lost = [doc for doc in docs[1:] if doc not in text.split()]
        assert not lost, lost
