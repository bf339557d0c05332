"""Issue 15, round s17: the search box, typed letter by letter, shows what the submitted query
shows. A phrase being typed reads its unfinished last word as a prefix (``"zurich c`` showed "No
article matches" until "council" was finished); a letter and its combining accent typed apart
(``Zu`` + U+0308 + ``r``) read as the composed letter; a one-digit number is a word (``3 b``
showed "No article matches"); a number prefix's results never grow as it is typed on."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.search import SearchScreen

ARTICLES = {
    "z1": "Zurich council meets\n\nThe Zürich council voted. Officials in São Paulo watched the vote.",
    "z2": "Zurich city\n\nZurich citizens met; the Zurich clock struck nine. Sao Paulo mayor spoke.",
    "z3": "Lodz\n\nThe mayor of Łódź spoke.",
    "n1": "Startup\n\nThe startup raised $3 billion and paid 3,000 staff.",
    "n2": "Rival\n\nThe rival raised $7 billion for 30,000 seats.",
}


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


async def typed_results(root: Path, typed: str) -> list[tuple[str, int, set[str], str]]:
    """(text so far, total, docs shown, status) after each character of ``typed``."""
    from textual.widgets import Input

    app = make_app(corpus=corpus(root))
    out = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query", Input)
        for n in range(1, len(typed) + 1):
            box.insert_text_at_cursor(typed[n - 1])
            await settle(pilot)
            got = screen.results
            status = str(screen.query_one("#search-status").render())
            if got is None:
                out.append((typed[:n], -1, set(), status))
                continue
            out.append((typed[:n], got.total, {h.doc for h in got.hits}, status))
    return out


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ('"zurich council"', {"z1"}),  # reported: "zurich co… showed "No article matches"
        ('"sao pau', {"z1", "z2"}),
        ('who:"sao p', {"z1", "z2"}),
    ],
)
async def test_a_phrase_being_typed_keeps_showing_its_matches(tmp_path: Path, typed: str, want: set[str]) -> None:
    steps = await typed_results(tmp_path / "c", typed)
    text, total, docs, status = steps[-1]
    assert (total, docs) == (len(want), want), text
    for text, total, docs_shown, status in steps:
        if '"' in text and len(text.split('"')[-1].strip()) >= 2:  # the phrase from its second letter
            assert total > 0 and "No article matches" not in status, text
            assert docs_shown >= want, text  # the phrase so far: never fewer than the end finds


@pytest.mark.parametrize(
    ("typed", "want"), [("Zu\u0308r", {"z1", "z2"}), ("Lo\u0301d", {"z3"}), ("zu\u0308rich co", {"z1"})]
)
async def test_a_decomposed_accent_typed_finds_the_word(tmp_path: Path, typed: str, want: set[str]) -> None:
    steps = await typed_results(tmp_path / "c", typed)
    _text, total, docs, status = steps[-1]
    assert (total, docs) == (len(want), want)
    assert "No article matches" not in status


@pytest.mark.parametrize(("typed", "want"), [("3 b", {"n1"}), ("7 bi", {"n2"}), ("3,000", {"n1"})])
async def test_numbers_typed_narrow_and_never_grow(tmp_path: Path, typed: str, want: set[str]) -> None:
    steps = await typed_results(tmp_path / "c", typed)
    _text, total, docs, _status = steps[-1]
    assert (total, docs) == (len(want), want)
    shown = [d for t, _n, d, _s in steps if t[-1:].isdigit() and len(t.split()[-1]) >= 2]
    assert all(b <= a for a, b in zip(shown, shown[1:], strict=False))
