"""Typed in the app's search box, key by key (t13av N12, N20): a Hindi word's prefix (``राज``,
``नावि``) shows the article from its second character, as ``राज*`` on the CLI finds it, and a
Tamil one of my own (``தமி``); a lone accented letter (``Ó``, ``Ō``) and a plain one (``x``) say
in the status line that a one-letter word alone is not searched, not only "No article matches"."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.tui.screens.search import SearchScreen

ARTICLES = {
    "hindi": "तेल रिसाव\n\nजहाज़ के भारतीय इंजीनियर राजेश कुमार ने कहा कि दो नाविकों की मौत हो गई।\n",
    "tamil": "கப்பல் விபத்து\n\nதமிழ்நாடு கடற்கரையில் எண்ணெய் கசிவு ஏற்பட்டது.\n",
    "irish": "Reef rescue\n\nRuairí Ó Fearghail and Ōta Keiko watched the tugs.\n",
}


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


async def statuses(root: Path, typed: str) -> list[tuple[str, set[str], str]]:
    """(text so far, docs shown, status line) after each key."""
    app = make_app(corpus=corpus(root))
    out = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query", Input)
        for ch in typed:
            box.insert_text_at_cursor(ch)
            await settle(pilot)
            got = screen.results
            status = str(screen.query_one("#search-status").render())
            out.append((box.value, {h.doc for h in got.hits} if got is not None else set(), status))
    return out


@pytest.mark.parametrize(("typed", "doc"), [("राजे", "hindi"), ("नावि", "hindi"), ("தமி", "tamil")])
async def test_a_marked_prefix_typed_shows_its_article(tmp_path: Path, typed: str, doc: str) -> None:
    steps = await statuses(tmp_path / "c", typed)
    # from the second character on (code points, as the CLI's ``राज*`` counts them)
    for value, docs, status in steps[1:]:
        assert docs == {doc}, (value, status)
        assert "No article matches" not in status


@pytest.mark.parametrize("letter", ["Ó", "Ō", "x"])
async def test_a_lone_letter_typed_says_it_is_not_searched(tmp_path: Path, letter: str) -> None:
    ((_value, docs, status),) = await statuses(tmp_path / "c", letter)
    assert not docs
    assert "one-letter" in status and letter in status, status
