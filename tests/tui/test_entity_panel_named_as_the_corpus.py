"""The entity panel names an entity as the entity list does, never by a spelling in capitals
when the article also writes it in mixed case (tester report t13g F8: the panel's row read
"ORVANE MINERALS AS" where the entity list and the matrix say "Orvane Minerals AS"). The first
article is the tester's; the other two invented (capitals written more often; another form)."""

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
     "Orvane Minerals AS's insurer declined to comment.", "Orvane Minerals AS"),
    ("The ministry fined SOLVIK PAPIR ASA on Monday. SOLVIK PAPIR ASA said it would appeal, and "
     "Solvik Papir ASA's lawyers agreed.", "Solvik Papir ASA"),
    ("The owner, KVITRA SHIPPING LTD, declined to comment. Kvitra Shipping Ltd later said the "
     "ship was sound.", "Kvitra Shipping Ltd"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), CASES)
async def test_panel_names_the_entity_in_mixed_case(tmp_path: Path, text: str, name: str) -> None:
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
        rows = [i for i, k in enumerate(panel.keys) if k is not None and key_form(k[0]) == key_form(f"ORG:{name}")]
        assert len(rows) == 1, panel.keys
        prompt = panel.query_one(OptionList).get_option_at_index(rows[0]).prompt
        assert isinstance(prompt, NameCount)
        assert prompt.name == name, prompt.plain
        assert name.upper() not in prompt.plain


async def test_panel_names_the_entity_as_the_corpus_writes_it(tmp_path: Path) -> None:
    # the article writes the firm in capitals only; the corpus in mixed case more often
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Pier\n\nThe mayor said BRENNHOLM DOCKS AS would close the pier.\n", "utf-8")
    (corpus / "b.txt").write_text(
        "Docks\n\nBrennholm Docks AS said the pier was safe. Brennholm Docks AS will appeal.\n", "utf-8"
    )
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
        want = key_form("ORG:Brennholm Docks AS")
        rows = [i for i, k in enumerate(panel.keys) if k is not None and key_form(k[0]) == want]
        assert len(rows) == 1, panel.keys
        prompt = panel.query_one(OptionList).get_option_at_index(rows[0]).prompt
        assert isinstance(prompt, NameCount)
        assert prompt.name == "Brennholm Docks AS", prompt.plain
        assert prompt.count.strip() == "1", prompt.plain
