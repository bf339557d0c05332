"""Typing ``said:NAME word`` in the search box: the unfinished word is a prefix of the speaker's
quoted words, as any last word typed is, so the results never vanish mid-word (t13x F7: every
keystroke of ``said:Ferreira los`` said "No article matches" until "lost" was finished)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

TEXTS = {
    "a": 'Dam breach\n\nMayor Tomas Ferreira said: "People have lost everything, but they have not lost each other."\n',
    "b": "Shelters open\n\nFerreira said residents who lost their homes would be housed in the school.\n",
    "c": "Inquiry\n\nThe operator said it had lost contact with the gauges. Ferreira visited the shelter.\n",
}


@pytest.mark.parametrize(("typed", "docs"), [("said:Ferreira los", {"a", "b"}), ("quote:Ferreira hom", {"b"})])
async def test_said_word_being_typed_finds_and_opens_at_the_quote(tmp_path: Path, typed: str, docs: set[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *typed)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        status = str(screen.query_one("#search-status").render())
        assert "No article matches" not in status, status
        assert screen.results is not None and {h.doc for h in screen.results.hits} == docs
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.loaded is not None and reader.loaded.matches
        text = reader.loaded.article.text
        start, end = reader.loaded.matches[0]
        assert typed.rsplit(" ", 1)[1] in text[start:end].lower()  # the speaker's quote holding the word
