"""The library's column budget is monotonic in the screen's width (tester, session 15, /tmp/t17/c1:
at 128 columns the outlets showed whole and the title had 31 cells; at 130 the time took its
cells first and the outlets were cut to 16). Over widths 100..160: a column a narrower library
showed whole (the title too) is whole at every wider one, and a time once shown stays. The first
needs are the reported corpus's (measured: folder 7, doc 21, outlet 19, title 36, timed dates);
the others invented; then the reported widths on the app itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import COLUMNS, DATE_TIMED, GROW_TO, LibraryScreen, fit_widths
from waic_reader.tui.widgets.article_table import ArticleTable

NEEDS = [
    {"folder": 7, "doc": 21, "outlet": 19, "title": 36, "date": 17},  # the reported corpus
    {"folder": 16, "doc": 28, "outlet": 20, "title": 80, "date": 17},  # everything long
    {"folder": 6, "doc": 9, "outlet": 20, "title": 24, "date": 17},  # short ids and titles
]


def layout(screen: int, need: dict[str, int], folders: bool) -> dict[str, int]:
    base = {k: w for k, _, w in COLUMNS if k != "title" and (folders or k != "folder")}
    widths = {**base, **fit_widths(screen, base, need)}
    widths["title"] = screen - sum(w + 2 for w in widths.values()) - 4
    return widths


@pytest.mark.parametrize("folders", [True, False])
@pytest.mark.parametrize("need", NEEDS)
def test_a_wider_library_never_cuts_a_column_shown_whole(need: dict[str, int], folders: bool) -> None:
    whole_at: dict[str, int] = {}
    for screen in range(100, 161):
        widths = layout(screen, need, folders)
        for key, width in widths.items():
            full = need.get(key, width)
            if key in GROW_TO:
                full = min(full, GROW_TO[key])
            if key == "date":
                full = min(full, DATE_TIMED)
            if key == "title":
                full = min(full, 36)
            if width >= full:
                whole_at.setdefault(key, screen)
            elif key in whole_at:
                pytest.fail(f"{key} whole at {whole_at[key]} columns, cut to {width} at {screen}")
    assert whole_at.get("date", 161) <= 140  # the time shows on a wide enough library


async def test_the_reported_widths(tmp_path: Path) -> None:
    """128 and 130 columns on a corpus like the reported one: outlets stay whole at 130."""
    root = tmp_path / "c1"
    body = "The Oster dam breach in Valdmark killed seven people, officials said on Monday, and more."
    files = {
        "exports/rows-record-number-12.txt": "Valdmark Today",
        "reuters/dam-breach-first.txt": "Brennmoor Courier",
        "feeds/halvik-post.txt": "Valdmark Local Blog",
    }
    for name, outlet in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(
            f"Oster dam breach in Valdmark kills seven people\n\nBy Staff | {outlet} | March 14, 2025 10:00\n\n{body}\n",
            "utf-8",
        )
    seen: dict[int, dict[str, int]] = {}
    for width in (120, 128, 130, 140):
        app = make_app(corpus=root)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            seen[width] = {label: w for _, label, w in screen.query_one(ArticleTable).columns}
    for narrow, wide in ((120, 128), (128, 130), (130, 140)):
        for label, w in seen[narrow].items():
            if label != "Title":
                assert seen[wide][label] >= w, (label, narrow, wide, seen)
