"""The library's text filter (ctrl+f) and o (open the article's URL, or else its file, with the
system opener; only http/https URLs; what was opened is shown)."""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable
from waic_reader.tui.widgets.find_bar import FindBar

ARTICLES = {
    "ferry_vote.txt": (
        "Harbour board approves ferry terminal",
        "Nordkyst Tidende",
        "https://nordkyst.example/ferry-vote",
    ),
    "zurich_bikes.txt": ("Zürich opens a cycle street", "Limmat Post", "http://limmat.example/velo?id=7&x=1"),
    "a1.txt": ("Ferry fares rise again", "Coastal Wire", "javascript:alert(1)"),
    "long_doc_id_number_2025.txt": ("Dockers strike [bold]over[/bold] pay", None, None),
}


def write_corpus(root: Path) -> Path:
    root.mkdir()
    meta = ["articles:"]
    for name, (title, outlet, url) in ARTICLES.items():
        (root / name).write_text(f"{title}\n\nThe body of the article about {title.lower()}.\n", encoding="utf-8")
        meta.append(f"  {name}:")
        meta.append(f"    title: {title!r}")
        if outlet:
            meta.append(f"    outlet: {outlet}")
        if url:
            meta.append(f"    url: {url!r}")
    (root / "corpus.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return root


def shown(library: LibraryScreen) -> list[str]:
    return list(library.query_one(ArticleTable).keys)


def status(library: LibraryScreen) -> str:
    return str(library.query_one("#library-status", Static).render())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ferry", ["a1", "ferry_vote"]),  # titles
        ("zurich", ["zurich_bikes"]),  # folded: "zurich" finds "Zürich"
        ("limmat", ["zurich_bikes"]),  # outlets
        ("coastal wire", ["a1"]),  # every word, anywhere in the row
        ("number_20", ["long_doc_id_number_2025"]),  # doc ids
        ("[bold]", ["long_doc_id_number_2025"]),  # typed text is text, never markup
        ("qqqq", []),
    ],
)
async def test_ctrl_f_filters_rows_as_you_type_and_escape_clears(
    tmp_path: Path, typed: str, expected: list[str]
) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        everything = shown(library)
        assert len(everything) == 4
        await pilot.press("ctrl+f")
        bar = library.query_one(FindBar)
        assert bar.display and bar.has_focus
        await pilot.press(*typed)
        await settle(pilot)
        assert sorted(shown(library)) == expected
        assert status(library).startswith(f"{len(expected)} of 4 articles match {typed!r}")
        await pilot.press("enter")  # to the rows; the filter stays
        await settle(pilot)
        assert library.query_one(ArticleTable).has_focus and sorted(shown(library)) == expected
        await pilot.press("escape")
        await settle(pilot)
        assert shown(library) == everything and not bar.display
        assert status(library).startswith("4 articles")


async def test_escape_in_the_filter_box_clears_it(tmp_path: Path) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("ctrl+f", *"ferry")
        await settle(pilot)
        assert len(shown(library)) == 2
        await pilot.press("escape")
        await settle(pilot)
        assert len(shown(library)) == 4 and app.screen is library


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the system opener (webbrowser, which Textual's App.open_url calls) was asked to open."""
    calls: list[str] = []

    def fake_open(url: str, *args: Any, **kwargs: Any) -> bool:
        calls.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    return calls


async def press_o_on(pilot, doc: str) -> LibraryScreen:  # type: ignore[no-untyped-def]
    library = pilot.app.screen
    assert isinstance(library, LibraryScreen)
    table = library.query_one(ArticleTable)
    table.move_cursor(table.keys.index(doc))
    await pilot.press("o")
    await settle(pilot)
    return library


@pytest.mark.parametrize("doc", ["ferry_vote", "zurich_bikes"])
async def test_o_opens_the_articles_http_url_and_shows_it(tmp_path: Path, opened: list[str], doc: str) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = await press_o_on(pilot, doc)
        url = ARTICLES[f"{doc}.txt"][2]
        assert opened == [url]
        assert status(library) == f"Opened {url}"


async def test_o_refuses_other_schemes(tmp_path: Path, opened: list[str]) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = await press_o_on(pilot, "a1")
        assert opened == []
        assert status(library) == "Not opened (the URL's scheme 'javascript' is not http or https): javascript:alert(1)"


async def test_o_without_a_url_opens_the_file(tmp_path: Path, opened: list[str]) -> None:
    corpus = write_corpus(tmp_path / "c")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        library = await press_o_on(pilot, "long_doc_id_number_2025")
        path = (corpus / "long_doc_id_number_2025.txt").resolve()
        assert opened == [path.as_uri()]
        assert status(library) == f"Opened {path}"


@pytest.fixture
def no_opener(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A machine where ``webbrowser`` finds nothing to start (no display, no xdg-open, no
    console browser): ``webbrowser.open`` answers False."""
    calls: list[str] = []

    def fake_open(url: str, *args: Any, **kwargs: Any) -> bool:
        calls.append(url)
        return False

    monkeypatch.setattr(webbrowser, "open", fake_open)
    return calls


@pytest.mark.parametrize(
    ("doc", "size"), [("ferry_vote", (120, 40)), ("zurich_bikes", (60, 20)), ("long_doc_id_number_2025", (60, 20))]
)
async def test_o_with_no_opener_says_not_opened(
    tmp_path: Path, no_opener: list[str], doc: str, size: tuple[int, int]
) -> None:
    """Reported: `o` said "Opened …" on a machine with no xdg-open and no browser. The URL (or,
    without one, the file) was handed over and refused: the notice says it was not opened, and why."""
    corpus = write_corpus(tmp_path / "c")
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = await press_o_on(pilot, doc)
        url = ARTICLES[f"{doc}.txt"][2] or str((corpus / f"{doc}.txt").resolve())
        assert len(no_opener) == 1
        assert status(library).startswith("Not opened (no browser or file opener was found")
        assert status(library).endswith(url)
