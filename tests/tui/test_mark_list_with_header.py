"""m in the boilerplate panel on a related-stories list's items moves its header back with them
(issue #13, s16b N9): the tester's marks of bbc_dam.txt's four items left "More on this story"
alone in the boilerplate. The reported case and two variants: the header itself marked, and a
list under another header ("Related")."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel

PROSE = "\n\n".join(
    f"Residents of the lower town stacked sandbags along the canal through the night. Note {i}." for i in range(12)
)
ITEMS = ["Train strike called off", "Celebrity chef opens new restaurant", "Football: Oostmark win again"]


@pytest.mark.parametrize(
    ("header", "pick"),
    [
        ("More on this story", ITEMS[0]),  # reported: the items' run
        ("More on this story", "More on this story"),  # the header itself
        ("Related", ITEMS[0]),
    ],
)
async def test_m_on_a_list_moves_its_header_too(tmp_path: Path, header: str, pick: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = f"Veldhaven dam: What we know\n\n{PROSE}\n\n{header}\n\n" + "\n\n".join(ITEMS) + "\n"
    (corpus / "bbc.txt").write_text(text, encoding="utf-8")
    app = make_app(open_doc="bbc", corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        assert [s.text for s in panel.segments] == [header, *ITEMS]
        options = panel.query_one(OptionList)
        options.highlighted = next(i for i, run in enumerate(panel.runs) if run[0].text == pick)
        options.focus()
        await pilot.pause()
        await pilot.press("m")
        for _ in range(50):
            await settle(pilot)
            if reader.loaded is not None and reader.loaded.analysis.noise_count() == 0:
                break
        assert reader.loaded is not None and reader.loaded.analysis.noise_count() == 0
