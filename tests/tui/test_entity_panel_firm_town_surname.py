"""The entity panel of an article gives a word shared by a firm, a town and a person as the
entity list and ``who:`` do (tester report t13i, round s24-c): "Tveter said she would testify" is a
row of Solfrid Tveter (F8: the article's panel was empty), "Voices from Kvalsund" is no row of the
firm Kvalsund Polymers AS and "Brattvik blaze under control" over "Brattvik Energi Ltd said ..." a
row of the town Brattvik (F3), "Osterby said ..." a row of Osterby Pumps AS (F9). The corpora are
those of ``tests/shared_word_corpora.py`` (each kind's reported one and an
invented one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_word_corpora import LEADING, SURNAMES, TOWNS
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel, NameCount

CASES = [
    (SURNAMES[0][0], "d", "PERSON:Solfrid Tveter", True),
    (SURNAMES[1][0], "d", "PERSON:Ingrid Hauge", True),
    (TOWNS[0][0], "voices", "ORG:Kvalsund Polymers AS", False),
    (TOWNS[1][0], "b", "GPE:Brattvik", True),  # the headline's "Brattvik blaze": the town
    (LEADING[0][0], "c", "ORG:Osterby Pumps AS", True),
    (LEADING[1][0], "c", "ORG:Brenna Pumper AS", True),
]


@pytest.mark.parametrize(("files", "doc", "key", "listed"), CASES)
async def test_panel_gives_the_shared_word_to_its_entity(
    tmp_path: Path, files: dict[str, str], doc: str, key: str, listed: bool
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(doc)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        rows = [i for i, k in enumerate(panel.keys) if k is not None and key_form(k[0]) == key_form(key)]
        if not listed:
            assert rows == [], panel.keys
            return
        assert len(rows) == 1, panel.keys
        prompt = panel.query_one(OptionList).get_option_at_index(rows[0]).prompt
        assert isinstance(prompt, NameCount)
        assert prompt.name == key.partition(":")[2]
        assert prompt.count.strip() == "1", prompt.plain
