"""t13z H19 on the Quotes screen: an ``altered`` statement whose only change is a word one outlet
drops ("will still be treated" → "will be treated") tints that word in the cells of the outlets
that have it, a substituted word in the cells of both sides; before, no cell had a changed word
(the screen draws ``Statement.changed``, which was empty)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import CHANGED_STYLE, QuotesScreen, StatementTable
from waic_reader.tui.widgets.sheet_table import LazyCell

# t13z repro/v26
A = (
    'Minister on Velmont\n\nKESTERBRIDGE, March 12, 2026 (Nordwire) - "Patient safety comes first, and every '
    'emergency will still be treated," said Health Minister Aurelia Stanning.\n'
)
B = (
    'Velmont chief speaks\n\nKESTERBRIDGE, March 12, 2026 (Dayline) - "Patient safety comes first, and every '
    'emergency will still be treated," said Miriam Okafor, the trust chief executive.\n'
)
C = (
    'Velmont: the words\n\nKESTERBRIDGE, March 13, 2026 (Herald) - "Patient safety comes first and every '
    'emergency will be treated," Stanning told the Herald.\n'
)


@pytest.mark.parametrize(
    ("c", "tinted"),
    [
        (C, {"a": ["still"], "b": ["still"], "c": []}),
        (C.replace("will be treated", "will still be seen"), {"a": ["treated"], "b": ["treated"], "c": ["seen"]}),
    ],
)
async def test_changed_words_tinted_in_every_member(tmp_path: Path, c: str, tinted: dict[str, list[str]]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in (("a", A), ("b", B), ("c", c)):
        (root / f"{name}.txt").write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(root, tmp_path / "index", tmp_path / "data"), save_settings=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        table = screen.query_one(StatementTable)
        got: dict[str, list[str]] = {}
        for doc in ("a", "b", "c"):
            cell = table.get_cell_at((0, screen.columns.index(doc)))
            assert isinstance(cell, LazyCell)
            content = cell.content
            got[doc] = [content.plain[s.start : s.end] for s in content.spans if s.style == CHANGED_STYLE]
        assert got == tinted
