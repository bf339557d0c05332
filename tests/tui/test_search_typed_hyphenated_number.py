"""Round s36-s (t13ab L16): "54-year-old" typed letter by letter in the app's search box.

Reported: "54-year-old", "54-year-ol", "54-" and "2-0" typed showed "No article matches" while
the CLI's ``search 54-year-old`` found the article (the typed query read the word as a number
being typed). Every key from the second now finds the article, as the word's parts so far find
it, and the finished word what the CLI finds; variants "2-0" (a score) and "x-2" (a digit after
a letter). The tester's table: "state-of-the-ar", "state-of-the-art", "year-old" kept working.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.tui.screens.search import SearchScreen

ARTICLES = {
    # t13ab's repro v19
    "a": "The 54-year-old driver of the state-of-the-art train was questioned. A 2-0 defeat followed.\n",
    "models": "Jet news\n\nThe x-2 model flew on Friday.\n",
    "weather": "Weather\n\nRain fell all day on the coast.\n",
}


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


async def typed_steps(root: Path, typed: str) -> list[tuple[str, list[str], str]]:
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
            out.append((box.value, [h.doc for h in got.hits] if got is not None else [], status))
        cli = [h.doc for h in app.workspace.search(typed, limit=None).hits]
        out.append(("submitted", cli, ""))
    return out


async def test_the_reported_word_is_found_at_every_key_from_the_second(tmp_path: Path) -> None:
    steps = await typed_steps(tmp_path / "c", "54-year-old")
    *keys, (_, cli, _) = steps
    assert cli == ["a"]
    for so_far, docs, status in keys[1:]:  # "5" alone is a one-digit number, as typed
        assert docs == ["a"], so_far
        assert "No article matches" not in status, so_far
    assert keys[-1][1] == cli


@pytest.mark.parametrize("word", ["2-0", "x-2"])
async def test_a_word_with_a_one_digit_part_is_found_typed(tmp_path: Path, word: str) -> None:
    steps = await typed_steps(tmp_path / "c", word)
    *keys, (_, cli, _) = steps
    assert cli  # the CLI finds it
    so_far, docs, status = keys[-1]
    assert docs[: len(cli)] == cli, so_far  # what the CLI finds, first
    assert "weather" not in docs and "No article matches" not in status


@pytest.mark.parametrize("word", ["state-of-the-art", "year-old"])
async def test_words_the_report_found_typed_still_are(tmp_path: Path, word: str) -> None:
    steps = await typed_steps(tmp_path / "c", word)
    *keys, (_, cli, _) = steps
    assert keys[-1][1] == cli == ["a"]
