"""Small things a reader notices: the mentions dialog keeps outlet and doc id apart, and one
boilerplate block is "1 noise block" / "1 block" (reader line, panel title)."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import DataTable, OptionList, Static

from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel


async def test_mentions_dialog_separates_outlet_and_doc_id() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        assert isinstance(matrix, EntityMatrixScreen) and matrix.shown
        matrix.query_one(DataTable).move_cursor(row=0, column=0)  # the name: every article
        await pilot.press("enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        options = modal.query_one(OptionList)
        heads = {}
        for i, (doc, _m) in enumerate(modal.mentions):
            prompt = options.get_option(str(i)).prompt.plain  # type: ignore[union-attr]
            heads[doc] = prompt.splitlines()[0]
        with_outlet = {doc: head for doc, head in heads.items() if modal.articles[doc].outlet}
        assert with_outlet, "the seeds name outlets (Reuters, lumidawealth.com)"
        for doc, head in with_outlet.items():
            outlet = modal.articles[doc].outlet
            assert head.startswith(f"{outlet}  {doc[:10]}"), head  # "Reuters  004_f1cc…", never run together


async def test_one_noise_block_is_singular(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ferry vote\n\nThe board approved the new ferry terminal after a long and close debate on Tuesday.\n\n"
        "Copyright 2025 Quillmoor Media Group. All rights reserved.\n",
        encoding="utf-8",
    )
    app = make_app(open_doc="a", corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        meta = str(reader.query_one("#reader-meta", Static).render())
        assert "1 noise block hidden (b)" in meta
        await pilot.press("b")
        await settle(pilot)
        title = str(reader.query_one(NoisePanel).query_one(".panel-title", Static).render())
        assert title == "Boilerplate: 1 block"
