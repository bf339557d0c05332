"""A noise mark lost while the app runs is warned of after a rescan (issue 13, t13n F20): the
liveblog's "Most read" run was moved back to the article (``m``), then the line "Benfica sack coach
after cup exit" was deleted from the file outside the app; ``W`` after ctrl+r, and with the library
shown again, listed only corpus.yaml's warning (the marks were checked once a session). The README:
the warnings "follow the folder as it is listed now, recomputed with every rescan".

The report's case (ctrl+r), a variant of my own (other words, the library shown again after the
reader), and one where the file is restored: the mark matches again and leaves the list.
Invented articles."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.warnings import WarningsScreen

LIVEBLOG = (
    "Alcobrena chemical plant explosion - live updates\n\n"
    "The Observer\n\n"
    "Firefighters said the blaze at the plant was under control by noon, and 300 residents "
    "were allowed back to their homes.\n\n"
    "Most read\n\n"
    "Benfica sack coach after cup exit\n\n"
    "Heatwave warning for the Algarve\n"
)
HARBOUR = (
    "Dock strike enters third day\n\n"
    "Kelmport Courier\n\n"
    "Dockers at Kelmport said on Tuesday they would stay out until the port authority met them.\n\n"
    "Related stories\n\n"
    "Ferry fares rise again in Ostmark\n\n"
    "Lighthouse keeper retires after forty years\n"
)


def corpus_with(tmp_path: Path, name: str, text: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{name}.txt").write_text(text, "utf-8")
    (corpus / "other.txt").write_text(
        "Quiet day at the council\n\nTown Crier\n\nThe council met and adjourned early.\n", "utf-8"
    )
    return corpus


async def listed(app: WaicReaderApp, pilot: object) -> list[str]:
    """The rows W lists, as text (then the list closed again)."""
    await pilot.press("W")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    assert isinstance(app.screen, WarningsScreen)
    options = app.screen.query_one(OptionList)
    rows = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    await pilot.press("escape")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    return rows


def lost(rows: list[str], doc: str, words: str) -> bool:
    return any(doc in row and "no longer matches any block" in row and words in row for row in rows)


async def test_the_report_mark_made_then_line_deleted_ctrl_r(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "liveblog-observer", LIVEBLOG)
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # The run moved back to the article while the app runs (what `m` saves).
        app.workspace.mark_blocks(
            "liveblog-observer", ["Benfica sack coach after cup exit", "Heatwave warning for the Algarve"], "content"
        )
        await settle(pilot)
        assert not lost(await listed(app, pilot), "liveblog-observer", "Benfica")
        path = corpus / "liveblog-observer.txt"
        path.write_text(path.read_text("utf-8").replace("Benfica sack coach after cup exit\n\n", ""), "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        rows = await listed(app, pilot)
        assert lost(rows, "liveblog-observer", "Benfica sack coach after cup exit"), rows
        assert not lost(rows, "liveblog-observer", "Heatwave"), rows  # that one still matches


async def test_library_shown_again_after_the_file_changed(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "harbour-strike", HARBOUR)
    Workspace(corpus).mark_block("harbour-strike", "Lighthouse keeper retires after forty years", "noise")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.mark_warnings == ()
        await pilot.press("enter")  # a reader open while the file is edited elsewhere
        await settle(pilot)
        path = corpus / "harbour-strike.txt"
        path.write_text(path.read_text("utf-8").replace("forty years", "four decades"), "utf-8")
        await pilot.press("escape")  # the library shown again
        await settle(pilot)
        rows = await listed(app, pilot)
        assert lost(rows, "harbour-strike", "Lighthouse keeper retires after forty years"), rows


async def test_a_mark_matching_again_after_the_file_is_restored_leaves_the_list(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path, "harbour-strike", HARBOUR)
    Workspace(corpus).mark_block("harbour-strike", "Ferry fares rise again in Ostmark", "noise")
    path = corpus / "harbour-strike.txt"
    path.write_text(HARBOUR.replace("Ferry fares rise again in Ostmark\n\n", ""), "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert lost(await listed(app, pilot), "harbour-strike", "Ferry fares")  # said at start-up
        path.write_text(HARBOUR, "utf-8")  # restored
        await pilot.press("ctrl+r")
        await settle(pilot)
        rows = await listed(app, pilot)
        assert not lost(rows, "harbour-strike", "Ferry fares"), rows
        assert app.mark_warnings == ()
