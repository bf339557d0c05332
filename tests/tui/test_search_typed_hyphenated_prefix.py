"""A hyphenated word typed in the app's search box (acceptance t13ad N22).

Reported: typing "take-of" showed "No article matches take-of", and "take-off" four articles,
the first The Stavenholm Gazette's, which holds no "take-off": its snippet lit "Officer" and
"take" apart (the word's parts before the last searched as the finished word, the last part as
a prefix anywhere). The last part is a prefix of the word right after the others, as
``take-of*`` submitted: every key from the last part's second letter shows the articles holding
the word and no other, the snippet lighting it whole. The reported input (repro/hy, shortened)
and variants: a hyphenated name ("Ruiz-Cal") and a French compound ("porte-parole")."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.tui.screens.search import SearchScreen

ARTICLES = {
    "nordwire": "Nordair jet makes emergency landing\n\nOne of its engines caught fire shortly after take-off, "
    "the airline said.\n",
    "courier": "Jet fire\n\nThe fire started during the take-off roll, passengers said.\n",
    "gazette": 'Passengers describe fire\n\n"She saved lives today," Chief Officer Tove Rask said. The '
    "investigation could take up to 18 months.\n",
    "diario": "Aterrizaje de emergencia\n\nPor Inés Ruiz-Calderón | 3 de marzo de 2026\n\nUn avión de Nordair "
    "aterrizó de emergencia. El porte-parole francés no habló.\n",
    "juicio": "Juicio\n\nEl juez Ruiz habló con el alcalde de Calderón ante la porte del museo; sin parole.\n",
}


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    return root


async def typed_steps(root: Path, typed: str) -> list[tuple[str, set[str], str, list[str]]]:
    """(text so far, docs shown, status line, the first hit's lit words) after each key."""
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
            hits = got.hits if got is not None else []
            lit = [ARTICLES[hits[0].doc][a:b] for a, b in hits[0].spans] if hits else []
            out.append((box.value, {h.doc for h in hits}, status, lit))
    return out


@pytest.mark.parametrize(
    ("typed", "from_key", "want", "word"),
    [
        ("take-off", len("take-of"), {"nordwire", "courier"}, "take-off"),
        ("Ruiz-Cald", len("Ruiz-Ca"), {"diario"}, "Ruiz-Calderón"),
        ("porte-parol", len("porte-pa"), {"diario"}, "porte-parole"),
    ],
)
async def test_a_hyphenated_word_typed_finds_the_word_never_its_parts_apart(
    tmp_path: Path, typed: str, from_key: int, want: set[str], word: str
) -> None:
    steps = await typed_steps(tmp_path / "c", typed)
    for so_far, docs, status, lit in steps[from_key - 1 :]:
        assert docs == want, so_far
        assert "No article matches" not in status, so_far
        assert lit == [word], so_far
