"""The library's text filter (ctrl+f) and o (open the article's URL, or else its file, with the
system opener; only http/https URLs; what was opened is shown)."""

from __future__ import annotations

from pathlib import Path

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


def fake_opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> list[str]:
    """``$BROWSER`` set to a script logging its argument, then running ``body``; PATH holding
    nothing else (no xdg-open, no gio). Returns the log, read after the run."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "opened.log"
    script = bin_dir / "fakebrowser"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> {log}\n{body}\n', "utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/bin")
    monkeypatch.setenv("BROWSER", str(script))

    class Log(list[str]):  # compares and counts as the lines the script logged
        def __eq__(self, other: object) -> bool:
            return (log.read_text("utf-8").splitlines() if log.exists() else []) == other

        __hash__ = None  # type: ignore[assignment]  # compared by content, as a list is

        def __len__(self) -> int:
            return len(log.read_text("utf-8").splitlines()) if log.exists() else 0

    return Log()


@pytest.fixture
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the system opener (a fake ``$BROWSER`` that exits 0) was asked to open."""
    return fake_opener(tmp_path, monkeypatch, "exit 0")


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
def no_opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A machine with no opener: no ``$BROWSER``, and no xdg-open or gio on PATH."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("BROWSER", raising=False)
    return [""]


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
        assert status(library).startswith("Not opened (no browser or file opener was found")
        assert status(library).endswith(url)


@pytest.mark.parametrize(
    ("doc", "body", "said"),
    [
        (
            "ferry_vote",
            'echo "gio: Operation not supported" >&2; exit 2',
            '(fakebrowser failed: exit status 2, "gio: Operation not supported")',
        ),
        (
            "long_doc_id_number_2025",
            'printf "Kein Anzeiger \\033[31m\\n" >&2; exit 3',
            "(fakebrowser failed: exit status 3, ",
        ),
        ("zurich_bikes", "exit 1", "(fakebrowser failed: exit status 1)"),
    ],
)
async def test_o_with_a_failing_opener_says_which_failed_and_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc: str, body: str, said: str
) -> None:
    """Reported (t13d fault 3): `gio` exited 2 and the app said "Opened"; `BROWSER=/bin/false`
    said no opener was found. The notice names the opener, its exit status and stderr's first
    line, escaped; the URL (or the file) it was given."""
    log = fake_opener(tmp_path, monkeypatch, body)
    corpus = write_corpus(tmp_path / "c")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        library = await press_o_on(pilot, doc)
        shown = ARTICLES[f"{doc}.txt"][2] or str((corpus / f"{doc}.txt").resolve())
        assert len(log) == 1
        assert status(library).startswith(f"Not opened {said}")
        assert status(library).endswith(shown)
        assert "\x1b" not in status(library)


@pytest.mark.parametrize("doc", ["ferry_vote", "long_doc_id_number_2025"])
async def test_o_with_an_opener_that_keeps_running_says_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc: str
) -> None:
    """A browser started in the foreground is still running after the grace: opened."""
    import waic_reader.tui.opener as opener

    monkeypatch.setattr(opener, "GRACE", 0.2)
    monkeypatch.setattr(opener.hand_over, "__defaults__", (0.2,))
    stop = tmp_path / "stop"
    log = fake_opener(tmp_path, monkeypatch, f"while [ ! -e {stop} ]; do sleep 0.1; done")
    corpus = write_corpus(tmp_path / "c")
    app = make_app(corpus=corpus)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            library = await press_o_on(pilot, doc)
            shown = ARTICLES[f"{doc}.txt"][2] or str((corpus / f"{doc}.txt").resolve())
            assert status(library) == f"Opened {shown}"
            assert len(log) == 1
    finally:
        stop.touch()


@pytest.mark.usefixtures("utc")
@pytest.mark.parametrize(
    ("dates", "order"),
    [
        ({"herald": "2025-03-15", "gazette": "2025-03-15T09:00:00"}, ["gazette", "herald"]),
        ({"almanac": "2024-11", "bulletin": "2024-11-28T18:45:00"}, ["bulletin", "almanac"]),
        ({"tidewatch": "2026-07-09", "kiwi": "2026-07-09T23:30:00+12:00"}, ["kiwi", "tidewatch"]),
    ],
)
async def test_library_date_sort_counts_a_day_only_date_at_its_end(
    tmp_path: Path, dates: dict[str, str], order: list[str]
) -> None:
    """Reported (t13d fault 6): `s` put "15 Mar 2025" before "15 Mar 2025 09:00"; the timeline
    and fact sheet count a day-only (or month-only) date at its end. The library sorts so too."""
    root = tmp_path / "c"
    root.mkdir()
    meta = ["articles:"]
    for doc, date in dates.items():
        (root / f"{doc}.txt").write_text(f"Weir notes {doc}\n\nThe Olsby weir was inspected.\n", "utf-8")
        meta += [f"  {doc}.txt:", f"    date: '{date}'"]
    (root / "corpus.yaml").write_text("\n".join(meta) + "\n", "utf-8")
    app = make_app(corpus=root)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("s")
        await settle(pilot)
        assert library.sort == "date"
        assert shown(library) == order
