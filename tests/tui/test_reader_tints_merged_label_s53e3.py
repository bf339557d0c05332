"""The reader tints a name with the label its entity panel lists it under, and its legend names
that label (issue 13 "tinted one colour per label everywhere"; t13ay N6).

Reported (/work/s53/t13ay/corpus): "Halvard Grid", typed a person by the recogniser in the wire
and the opinion piece and a firm in the live blog, is one Organisation in the entity panel, the
matrix and the CLI (``firm_homes.one_kind``), but the reader tinted its mentions (and the lone
"Grid" of "Halvard Grid's") as a Person and its legend had no Organisation: the grouped mentions
took the firm's key and kept the person's label, and the panel lists by key while the tints read
the label. Variants (invented): two other firms so named, in other wording. Corpora:
:mod:`merged_label_corpora`."""

from __future__ import annotations

from pathlib import Path

import pytest
from grouped_corpora import write
from merged_label_corpora import CASES
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.tui.entity_colors import label_style
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel


@pytest.mark.parametrize(("files", "name", "doc", "mentions"), CASES)
async def test_tints_legend_and_panel_give_one_label(
    tmp_path: Path, files: dict[str, str], name: str, doc: str, mentions: list[str]
) -> None:
    """Every mention the panel lists under the firm is tinted with the Organisation tint, none
    with the Person tint, and the legend names Organisation."""
    app = make_app(corpus=write(tmp_path / "corpus", files))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(doc)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        assert ("ORG", name) in {(k[0].partition(":")[0], k[1]) for k in panel.keys if k}, panel.keys
        text = reader.loaded.article.text
        styles = {(s, e): style for s, e, style in reader.base_highlights()}
        spans = [(m.start, m.end) for m in reader.loaded.mentions if m.key.endswith(f":{name}") and not m.noise]
        assert [text[s:e] for s, e in spans] == mentions
        assert [styles.get(span) for span in spans] == [label_style("ORG")] * len(mentions)
        assert all(m.label == m.key.partition(":")[0] for m in reader.loaded.mentions)
        legend = str(reader.query_one("#reader-legend", Static).render())
        assert label_name("ORG") in legend
        assert label_name("PERSON") not in legend
