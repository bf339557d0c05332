"""Every list row is laid out for the terminal's width after a resize (issues 13/15, t13z H15 and
H11).

Reported H15: search results kept the title layout of the width they were drawn at: typed at 60
columns then grown to 120, titles stayed cut ("Hospital hackers de…"); typed at 120 then shrunk to
60, they wrapped instead of being cut with "…" (the snippets re-wrapped). Reported H11 (seen
once): the library kept its 60-column layout after the terminal grew back to 120 while another
screen covered it (a screen under an opaque one gets no resize). Variants: the results resized
while the reader covers them, the library resized under the search screen, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.article_table import ArticleTable

TITLES = {
    "radio": "Hospital hackers demand ransom as Velmont patients are moved away",
    "trust": "Velmont Health Trust statement on IT incident and the week ahead",
    "herald": "Detectives led by Pellworth widen Velmont inquiry into the attack",
}
BODY = (
    "Superintendent Pellworth said the Velmont inquiry was widening. The trust said systems were "
    "down across the hospital and patients were moved to other sites overnight."
)


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    for name, title in TITLES.items():
        (folder / f"{name}.txt").write_text(f"{title}\n\n{BODY}\n", "utf-8")
    return folder


def result_heads(app: WaicReaderApp) -> list[str]:
    """The first drawn line of each result (outlet or doc id, then the title)."""
    screen = app.screen
    assert isinstance(screen, SearchScreen)
    options = screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]


def assert_laid_out(app: WaicReaderApp, width: int) -> None:
    heads = result_heads(app)
    assert len(heads) == len(TITLES)
    shot = app.export_screenshot().replace("&#160;", " ")
    for head in heads:
        assert len(head) <= width, (width, head)  # one line: cut, never wrapped
    if width >= 120:  # each title fits: drawn whole
        assert not any("…" in h for h in heads), heads
        for title in TITLES.values():
            assert title in shot, title
    else:  # cut with … at this width
        assert all("…" in h for h in heads), heads


async def search(pilot: object, words: str) -> None:
    await pilot.press("slash")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press(*words)  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "then", "query"),
    [
        ((60, 20), (120, 40), "pellworth"),  # reported: cut titles stayed cut at 120
        ((120, 40), (60, 20), "velmont"),  # reported: whole titles wrapped at 60
    ],
)
async def test_search_results_are_laid_out_again_after_a_resize(
    tmp_path: Path, first: tuple[int, int], then: tuple[int, int], query: str
) -> None:
    app = make_app(corpus=corpus(tmp_path))
    async with app.run_test(size=first) as pilot:
        await settle(pilot)
        await search(pilot, query)
        assert_laid_out(app, first[0])
        await pilot.resize_terminal(*then)
        await settle(pilot)
        assert_laid_out(app, then[0])


@pytest.mark.parametrize(("first", "then"), [((60, 20), (120, 40)), ((120, 40), (60, 20))])
async def test_results_resized_under_the_reader_are_laid_out_when_shown_again(
    tmp_path: Path, first: tuple[int, int], then: tuple[int, int]
) -> None:
    app = make_app(corpus=corpus(tmp_path))
    async with app.run_test(size=first) as pilot:
        await settle(pilot)
        await search(pilot, "velmont")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.resize_terminal(*then)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert_laid_out(app, then[0])


def library_columns(app: WaicReaderApp) -> list[str]:
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return [label for _, label, _ in screen.query_one(ArticleTable).columns]


# The keys that cover the library with screens, the library two or more screens down (a resize
# reaches only the top screen and the one right under it).
COVERS = [
    pytest.param(("enter", "slash", *"velmont", "enter"), id="reported-reader-search-reader"),
    pytest.param(("enter", "slash"), id="reader-search"),
    pytest.param(("slash", *"velmont", "enter", "question_mark"), id="search-reader-help"),
]


def title_width(app: WaicReaderApp) -> int:
    return next(w for _, label, w in app.screen.query_one(ArticleTable).columns if label == "Title")


@pytest.mark.parametrize("cover", COVERS)
async def test_the_library_resized_under_other_screens_is_laid_out_when_shown_again(
    tmp_path: Path, cover: tuple[str, ...]
) -> None:
    app = make_app(corpus=corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        wide, wide_title = library_columns(app), title_width(app)
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        narrow, narrow_title = library_columns(app), title_width(app)
        assert (narrow, narrow_title) != (wide, wide_title)
        for size, want in (((120, 40), (wide, wide_title)), ((60, 20), (narrow, narrow_title))):
            for key in cover:
                await pilot.press(key)
                await settle(pilot)
            assert not isinstance(app.screen, LibraryScreen)
            await pilot.resize_terminal(*size)
            await settle(pilot)
            while not isinstance(app.screen, LibraryScreen):
                await pilot.press("escape")
                await settle(pilot)
            assert (library_columns(app), title_width(app)) == want, size
            total = sum(w + 2 for _, _, w in app.screen.query_one(ArticleTable).columns)
            assert total <= size[0], (size, total)


async def test_results_resized_under_the_help_over_the_reader_are_laid_out_when_shown_again(tmp_path: Path) -> None:
    # the search screen two screens down (the reader opened from it, the help over that)
    app = make_app(corpus=corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await search(pilot, "velmont")
        for key in ("enter", "question_mark"):
            await pilot.press(key)
            await settle(pilot)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        while not isinstance(app.screen, SearchScreen):
            await pilot.press("escape")
            await settle(pilot)
        assert_laid_out(app, 120)
