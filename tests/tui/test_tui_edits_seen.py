"""Edits and deletions made while the app runs are seen at once, not when the library is next
shown (issue 13, helper s14-i #1).

Reported: (a) with the library on screen, a file moved away opened in full from its row, no
notice; (b) ``/ Tollbridge enter``, a result moved away, ``]`` showed it in full; (c) 40
paragraphs inserted into the open article, ``n`` still stepped in the old text; (d) a word added
to a file was not found by ``/`` until the library was shown again. Opening or stepping checks the
file (one stat) and reads it again when changed, says when it is gone and drops it, and a search
that starts lists the folder again in a worker and re-indexes what changed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.pilot import Pilot
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.article_table import ArticleTable

FILLER = "Divers worked in shifts, limited by the cold water and strong currents near the channel mouth."


def story(outlet: str, extra: str = "") -> str:
    paras = [
        f"OSAKA ({outlet}) - A passenger ferry collided with a cargo ship in Osaka Bay late on Friday.",
        *(f"{FILLER} Shift {k} of the {outlet} account." for k in range(6)),
        f"A harbour pilot said the Tollbridge radar station had reported a fault.{extra}",
        "Officials asked the public to avoid the pier area so that emergency vehicles could pass.",
    ]
    return f"Ferry collision in Osaka Bay ({outlet})\n\n" + "\n\n".join(paras) + "\n"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for i, outlet in enumerate(["Reuters", "AP", "Kyodo", "NHK"], start=1):
        (root / f"0{i}_{outlet.lower()}.txt").write_text(story(outlet), "utf-8")
    (root / "05_nikkei.txt").write_text("Shares plunge\n\nKansai Marine Lines shares fell 18 per cent.\n", "utf-8")
    return root


def make(root: Path, tmp_path: Path) -> tuple[WaicReaderApp, list[str]]:
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    shown: list[str] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        shown.append(message)
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return app, shown


def library_docs(app: WaicReaderApp) -> list[str]:
    return list(app.screen.query_one("#library", ArticleTable).keys)


def meta(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-meta", Static).render())


async def to_row(pilot: Pilot[None], app: WaicReaderApp, doc: str) -> None:
    for _ in range(library_docs(app).index(doc)):
        await pilot.press("down")
    assert app.screen.query_one("#library", ArticleTable).cursor_key == doc


async def search(pilot: Pilot[None], app: WaicReaderApp, query: str) -> SearchScreen:
    await pilot.press("slash", *query)
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, SearchScreen)
    return screen


async def test_a_file_moved_away_under_the_library_says_gone_and_leaves_the_list(tmp_path: Path) -> None:
    """Reported (a)."""
    root = corpus(tmp_path)
    app, shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (root / "03_kyodo.txt").rename(tmp_path / "03_kyodo.txt")
        await to_row(pilot, app, "03_kyodo")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen), "the reader must not show a file that is gone"
        assert any("03_kyodo is gone from the folder" in m for m in shown), shown
        assert "03_kyodo" not in library_docs(app)


async def test_a_file_edited_under_the_library_opens_as_it_is_now(tmp_path: Path) -> None:
    """Variant: opened once (kept in memory), edited, opened again from its row."""
    root = corpus(tmp_path)
    app, _shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await to_row(pilot, app, "02_ap")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        (root / "02_ap.txt").write_text(story("AP", " Ninety more words. " * 10), "utf-8")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        assert "Ninety more words." in reader.loaded.article.text


async def test_stepping_to_a_result_moved_away_says_gone_and_drops_it(tmp_path: Path) -> None:
    """Reported (b): / Tollbridge enter, a result moved away, ]: it is said gone and stepped
    past (issue 13 re-test: the step went back to the results before), and the results drop it."""
    root = corpus(tmp_path)
    app, shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        found = await search(pilot, app, "Tollbridge")
        assert found.results is not None
        docs = [h.doc for h in found.results.hits]
        assert len(docs) == 4
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == docs[0]
        (root / f"{docs[1]}.txt").unlink()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert any(f"{docs[1]} is gone from the folder" in m and "skipped" in m for m in shown), shown
        assert docs[1] not in reader.results
        assert app.screen is reader and reader.doc == docs[2]  # on to the next result
        await pilot.press("escape")
        await settle(pilot)
        back = app.screen
        assert isinstance(back, SearchScreen) and back.results is not None
        assert [h.doc for h in back.results.hits] == [d for d in docs if d != docs[1]]


async def test_n_in_an_article_edited_on_disk_reads_it_again(tmp_path: Path) -> None:
    """Reported (c): 40 paragraphs inserted near the top of the open article, then n."""
    root = corpus(tmp_path)
    app, shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, app, "Tollbridge")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        doc, words = reader.doc, reader.loaded.article.word_count
        path = root / f"{doc}.txt"
        head, rest = path.read_text("utf-8").split("\n\n", 1)
        inserted = "\n\n".join(f"Inserted paragraph {k} on the harbour's cranes and piers." for k in range(40))
        path.write_text(f"{head}\n\n{inserted}\n\n{rest}", "utf-8")
        await pilot.press("n")  # read again, and on past its only match to the next result
        await settle(pilot)
        assert reader.doc != doc
        await pilot.press("N")  # back to it
        await settle(pilot)
        assert reader.loaded is not None and reader.doc == doc
        assert "Inserted paragraph 39" in reader.loaded.article.text
        assert reader.loaded.article.word_count > words + 300
        assert f"{reader.loaded.article.word_count} words" in meta(reader)
        start, end = reader.targets()[reader.current]  # the match, in the new text
        assert reader.loaded.article.text[start:end] == "Tollbridge"
        assert any("changed on disk" in m for m in shown)


async def test_a_word_added_while_the_app_runs_is_found_by_the_next_search(tmp_path: Path) -> None:
    """Reported (d): "Quasimodo" added to a file, then / Quasimodo (no trip through the library)."""
    root = corpus(tmp_path)
    app, _shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        path = root / "05_nikkei.txt"
        path.write_text(path.read_text("utf-8") + "\nAuditors from Quasimodo Partners were appointed.\n", "utf-8")
        found = await search(pilot, app, "Quasimodo")
        assert found.results is not None and [h.doc for h in found.results.hits] == ["05_nikkei"]


async def test_a_word_added_while_reading_is_found_by_a_search_from_the_reader(tmp_path: Path) -> None:
    """Variant: the search starts from the reader, and a new file is found too."""
    root = corpus(tmp_path)
    app, _shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        (root / "06_asahi.txt").write_text("Esmeralda waves\n\nEsmeralda waved from the quay.\n", "utf-8")
        (root / "01_reuters.txt").write_text(story("Reuters", " Esmeralda saw it."), "utf-8")
        found = await search(pilot, app, "Esmeralda")
        assert found.results is not None
        assert sorted(h.doc for h in found.results.hits) == ["01_reuters", "06_asahi"]


async def test_a_gone_file_with_a_control_character_in_its_name_is_said_with_a_stand_in(tmp_path: Path) -> None:
    """The notice names the file: a control character in its name never reaches the terminal
    (the doc id escapes it, and the reader's notices pass what they say through visible())."""
    root = corpus(tmp_path)
    odd = root / "06_bell\x07.txt"
    odd.write_text(story("Bell"), "utf-8")
    app, shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        [doc] = [d for d in library_docs(app) if d.startswith("06_bell")]
        odd.rename(tmp_path / "gone.txt")
        await to_row(pilot, app, doc)
        await pilot.press("enter")
        await settle(pilot)
        said = [m for m in shown if "is gone from the folder" in m]
        assert said and all("\x07" not in m for m in said) and said[0].startswith("06_bell"), shown


def current(reader: ReaderScreen) -> str:
    """The current match's words @ the "Shift k" label at or after it (which paragraph)."""
    assert reader.loaded is not None
    text = reader.loaded.article.text
    start, end = reader.targets()[reader.current]
    label = re.search(r"Shift \d", text[start:])
    assert label is not None
    return f"{text[start:end].rstrip(',')}@{label.group()}"


@pytest.mark.parametrize(
    ("edit", "key", "want"),
    [
        ("paragraphs on top", "n", "shifts@Shift 2"),  # the reported: n re-showed the current match
        ("a shift before it", "n", "shifts@Shift 2"),  # new matches before the current one
        ("paragraphs on top", "N", "shifts@Shift 1"),
    ],
)
async def test_n_after_an_edit_steps_from_the_current_match(tmp_path: Path, edit: str, key: str, want: str) -> None:
    """Reported (issue 13, fresh tester): the first n after the open article was edited on disk
    showed the current match again ("match 1/5"); n goes to the match after it in the new text."""
    root = corpus(tmp_path)
    app, _shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, app, "shift")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n", "n", "n")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        assert current(reader) == "Shift@Shift 1"
        doc = reader.doc
        path = root / f"{doc}.txt"
        head, rest = path.read_text("utf-8").split("\n\n", 1)
        if edit == "paragraphs on top":
            inserted = "\n\n".join(f"Inserted paragraph {k} on the harbour's cranes and piers." for k in range(40))
        else:
            inserted = "The night shift and the day shift both saw it."
        path.write_text(f"{head}\n\n{inserted}\n\n{rest}", "utf-8")
        await pilot.press(key)
        await settle(pilot)
        assert reader.loaded is not None and reader.doc == doc and inserted in reader.loaded.article.text
        assert current(reader) == want
