"""The entity panel lists one row per entity as ``entities DOC`` and the matrix give them (tester
report t13g F8: an article writing a firm in capitals and in title case, "ORVANE MINERALS AS" and
"Orvane Minerals AS", had two rows, counts 2 and 1, where the entity list had one of 3 mentions).
The first article is the tester's; the other two invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel, NameCount

CASES = [
    ("A spokesman for Orvane Minerals, Inc. said ORVANE MINERALS AS would publish its logs. "
     "Orvane Minerals AS's insurer declined to comment.", "ORG:Orvane Minerals AS", 3),
    ("The ministry fined SOLVIK PAPIR ASA on Monday. Solvik Papir ASA said it would appeal, and "
     "Solvik Papir ASA's lawyers agreed.", "ORG:Solvik Papir ASA", 3),
    ("The mayor said BRENNHOLM DOCKS AS would close the pier. Brennholm Docks AS said the pier was safe.",
     "ORG:Brennholm Docks AS", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "key", "count"), CASES)
async def test_panel_one_row_per_entity_whatever_the_case(tmp_path: Path, text: str, key: str, count: int) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Logs published\n\n{text}\n", "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article("a")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        rows = [i for i, k in enumerate(panel.keys) if k is not None and key_form(k[0]) == key_form(key)]
        assert len(rows) == 1, panel.keys
        prompt = panel.query_one(OptionList).get_option_at_index(rows[0]).prompt
        assert isinstance(prompt, NameCount)
        assert prompt.count.strip() == str(count), prompt.plain
        assert prompt.name.casefold() == key.partition(":")[2].casefold()
