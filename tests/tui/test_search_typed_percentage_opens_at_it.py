"""Typing a number and the start of a percent word in the search box, then enter, opens the article
at the percentage (issue 15, t13z H18: ``65 per`` opened "match 1/2 for 65 per" on "65
ambulances", before "some 65 per cent"). The reported paragraphs and two variants (``7.5 perc``
after "7.5 tonnes", a Spanish "45 %" after "45 personas"), in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.reader import ReaderScreen

ARTICLES = {
    "echo": (
        "Hospital hit by cyber-attack\n\nA cyber-attack took most of its computers offline, and 65 ambulances "
        "were sent to other hospitals by the afternoon.\n\nAccording to the trust, some 65 per cent of "
        "clinical systems were down.\n"
    ),
    "port": "Harbour reopens\n\nCranes moved 7.5 tonnes of debris.\n\nFreight volumes fell 7.5 per cent over the week.\n",
    "es": (
        "Elecciones en la región\n\nUnas 45 personas esperaban en la puerta del colegio.\n\n"
        "El partido obtuvo el 45 % de los votos emitidos.\n"
    ),
}


@pytest.mark.parametrize(
    ("typed", "doc", "written"),
    [("65 per", "echo", "65 per cent"), ("7.5 perc", "port", "7.5 per cent"), ("45 per", "es", "45 %")],
)
async def test_enter_opens_the_article_at_the_typed_percentage(
    tmp_path: Path, typed: str, doc: str, written: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / f"{doc}.txt").write_text(ARTICLES[doc], "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press(*typed)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        text = reader.loaded.article.text
        targets = reader.targets()
        a, b = targets[reader.current]
        assert text[a:b] == written, [text[s:e] for s, e in targets]
        status = str(reader.query_one("#reader-status", Static).render())
        assert f"match 1/{len(targets)} for {typed}" in status, status
