"""Enter on a hit found while typing opens the reader on the matches that found it (issue 15).

Typing ``Unitr`` listed "Unitree" (the last word being typed is a prefix), but enter opened
the article with "no matches": the reader searched the unfinished word. A finished word the
article holds stays exact (``Quillon`` lights "Quillon", not every word starting with it:
the reader snapshots), and the status line shows the query as typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

SIZES = [(120, 40), (60, 20)]


async def type_and_open(pilot, typed: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("slash", *["space" if c == " " else c for c in typed])
    await settle(pilot)
    search = pilot.app.screen
    assert isinstance(search, SearchScreen) and search.results is not None and search.results.hits
    await pilot.press("enter")
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


# The reported input (seed 004 has "Unitree" ~30 lines below the fold), a field's value being
# typed, and a last word typed after a finished one.
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("typed", "lit"), [("Unitr", "Unitree"), ("who:Hint", "Hinton"), ("Hinton Geoff", "Geoffrey")])
async def test_a_hit_found_while_typing_opens_on_its_matches(size: tuple[int, int], typed: str, lit: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        reader = await type_and_open(pilot, typed)
        assert reader.loaded is not None
        text = reader.loaded.article.text
        targets = reader.targets()
        assert targets and 0 <= reader.current < len(targets)
        assert any(lit in text[a:b] for a, b in targets), [text[a:b] for a, b in targets]
        assert_lands(reader, targets[reader.current][0])
        shown = status(reader)
        assert "match 1/" in shown and f"for {typed}" in shown and "*" not in shown


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    filler = "\n\n".join(f"Paragraph {i} of the council minutes, read aloud in full." for i in range(40))
    # "Tollbridge" alone, far below the fold; "Toll" and "Tollbridge" both in the other article.
    (corpus / "deep.txt").write_text(f"Harbour report\n\n{filler}\n\nThe Tollbridge scheme was approved.\n", "utf-8")
    (corpus / "both.txt").write_text(
        f"Toll news\n\n{filler}\n\nThe Toll rose again. The Tollbridge stayed shut.\n", "utf-8"
    )
    return corpus


@pytest.mark.parametrize("size", SIZES)
async def test_a_finished_word_stays_exact_and_an_unfinished_one_widens_per_article(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """``Toll`` enter: the article holding "Toll" lights "Toll" only; the one holding only
    "Tollbridge" (found through the prefix) lights "Tollbridge", and n walks from one to the
    other with each match in view."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=size) as pilot:
        reader = await type_and_open(pilot, "Toll")
        assert reader.loaded is not None
        assert set(reader.results) == {"both", "deep"}
        for _ in reader.results:
            text = reader.loaded.article.text
            lit = {text[a:b] for a, b in reader.targets()}
            assert lit == ({"Toll"} if reader.doc == "both" else {"Tollbridge"}), (reader.doc, lit)
            assert_lands(reader, reader.targets()[reader.current][0])
            assert "for Toll " in status(reader) + " "
            if reader.doc == reader.results[-1]:
                break
            for _ in range(len(reader.targets())):
                await pilot.press("n")
            await settle(pilot)
