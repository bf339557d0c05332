"""The library's outlet column and the reader's notes at 120 and 60 columns (round s53-m, new-user
testers' faults 4 and 5).

4. An outlet longer than its column was cut inside a word ("Norvale Broadcastin…", session 51's
   t13au N20): it is cut after its last whole word that fits, with "…", never on a joining word
   ("and", "of"), an English "The" left out first; the reader's meta line shows the name whole.
5. A note longer than its line was wrapped by Textual's folding of a word longer than the line at
   its last cell, leaving a letter or two on a line of their own (a file name in the note,
   "…-courier-upd-2026.htm" over "l"): each note is wrapped at word boundaries, a long file name
   broken at its own joints.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widgets import Static

from waic_reader.tui.safe import wrap_words
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_table import ArticleTable

BODY = "The council approved new flood barriers on Tuesday after a long debate about their cost, the mayor said."

OUTLETS = {
    "a": "Norvale Broadcasting Corporation",  # reported shape: cut inside "Broadcasting"
    "b": "Kellby Evening Chronicle and Advertiser",  # variant: a join word where it is cut
    "c": "The Marbury Ledger",  # variant: "The" opening it
    "d": "AP",
}


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for i, (doc, outlet) in enumerate(OUTLETS.items()):
        (root / f"{doc}.md").write_text(
            f"---\ntitle: Flood barriers approved in town {i}\noutlet: {outlet}\ndate: 2026-03-0{i + 1}\n---\n\n{BODY}\n",
            "utf-8",
        )
    return root


def _outlet_cells(app: object) -> dict[str, str]:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, LibraryScreen)
    table = screen.query_one(ArticleTable)
    at = [key for key, _, _ in table.columns].index("outlet")
    cells = [table.cells_at(row) for row in range(table.row_count)]
    return {row[0]: row[at] for row in cells}


def _word_cut(shown: str, whole: str) -> None:
    """``shown`` is ``whole``, or whole words of it and "…", never ending on a joining word."""
    if shown == whole:
        return
    assert shown.endswith("…"), shown
    kept = shown[:-1].split(" ")
    words = whole.split(" ")
    assert kept and " ".join(kept) in (" ".join(words[: len(kept)]), " ".join(words[1 : len(kept) + 1])), shown
    assert kept[-1].casefold() not in ("and", "of", "the"), shown


@pytest.mark.parametrize("size", [(120, 30), (60, 20)])
async def test_outlets_are_cut_at_a_words_end(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(corpus=_corpus(tmp_path))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        cells = _outlet_cells(app)
        assert set(cells) == set(OUTLETS)
        for doc, outlet in OUTLETS.items():
            _word_cut(cells[doc], outlet)
        assert cells["d"] == "AP"
        assert any(cells[doc] != OUTLETS[doc] for doc in OUTLETS)  # some are cut at this width


async def test_the_reader_shows_the_outlet_whole(tmp_path: Path) -> None:
    app = make_app(open_doc="a", corpus=_corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        meta = reader.query_one("#reader-meta", Static)
        width, height = meta.size
        drawn = " ".join(s.text for s in meta.render_lines(Region(0, 0, width, height)))
        assert drawn.startswith(OUTLETS["a"])


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _page(title: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='The Valley Courier'>"
        "<meta property='article:published_time' content='2026-08-18T19:40:00-07:00'>"
        f"<title>{title} | The Valley Courier</title></head><body><article><h1>{title}</h1>"
        f"<p>{STORY}</p></article></body></html>"
    )


STORY = (
    "MILLBROOK — A wind-driven wildfire that tore out of the foothills on Monday afternoon has killed four "
    "people and destroyed at least 312 homes, county officials said."
)


@pytest.mark.parametrize(
    "stem",
    [
        # (The notes' line at 60 columns holds 56 cells: a name of 57 cells left "l" alone.)
        "harlow-ridge-fire-kills-four-valley-courier-upd-2026",  # the name 1 past the line: "l" alone
        "harlow-ridge-fire-kills-four-valley-courier-upda-2026",  # variant: 2 past it, "ml"
        "harlow_ridge_fire_kills_four_valley_courier_upd_2026",  # variant: other joints
    ],
)
async def test_a_note_naming_a_long_file_wraps_at_word_boundaries(tmp_path: Path, stem: str, utc: None) -> None:
    root = tmp_path / "c"
    root.mkdir()
    title = "Harlow Ridge Fire kills four"
    (root / f"{stem}.html").write_text(_page(title), "utf-8")
    (root / f"{stem}.txt").write_text(
        f"The Valley Courier\nHome | News | Sports | Weather\n\n{title}\n"
        f"By Priya Castellanos | August 18, 2026, 7:40 p.m.\n\n{STORY}\n",
        "utf-8",
    )
    app = make_app(open_doc=f"{stem}.txt", corpus=root)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        notes = reader.query_one("#reader-notes", Static)
        width, height = notes.size
        lines = [s.text.rstrip() for s in notes.render_lines(Region(0, 0, width, height))]
        lines = [x for x in lines if x.strip()]
        assert lines and all(len(x.strip()) >= 3 for x in lines), lines
        assert f"{stem}.html" in "".join(x.strip() for x in lines)  # every character of the name there


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("note: read as UTC−07:00, the zone of the same article's copy courier.html", 13),
        ("note: read as UTC+01:00, the zone of its dateline's place (KELLBY: Europe/Oslo)", 12),
        ("note: decoded as Windows-1252 (not UTF-8): some characters may be wrong", 9),
    ],
)
def test_wrap_words_never_leaves_a_letter_alone(text: str, width: int) -> None:
    lines = wrap_words(text, width)
    assert all(len(x) <= width for x in lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    words = set(text.split(" "))
    # A line is whole words, or a piece of a word longer than a line: never a piece of one or two.
    pieces = [w for x in lines for w in x.split(" ") if w not in words]
    assert all(len(w) >= 3 for w in pieces), lines
