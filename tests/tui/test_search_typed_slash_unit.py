"""A unit's slash typed in the app's search box (acceptance t13ae P15, round s37-z4).

Reported: at 120x40, typing "60 km/" lit "km" of "15 km" in the snippet ("60" unlit), the slash
read as no word; one key later "60 km/h" lit "60 km/h". Now every key from the slash on lights the
speed (the unfinished slash unit is a prefix of the one token "km/h"). Variants: "33 m/" beside
"40 m", "12 mg/" beside "50 mg"."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.tui.screens.search import SearchScreen

CASES = {
    "slide": (
        "Landslide buries homes\n\nTwenty people are missing. Brenzola lies 15 km north of Castelmarro. "
        "Mud and rock moved at about 60 km/h down the slope, a geologist said.\n",
        "60 km/",
        ["60", "km/h"],
    ),
    "gusts": (
        "Gusts\n\nThe mast is 40 m tall. Gusts reached 33 m/s on the ridge, forecasters said.\n",
        "33 m/",
        ["33", "m/s"],
    ),
    "wells": (
        "Wells\n\nEach tablet holds 50 mg of the drug. Nitrate reached 12 mg/l in the wells.\n",
        "12 mg/",
        ["12", "mg/l"],
    ),
}


@pytest.mark.parametrize("doc", list(CASES))
async def test_a_slash_unit_being_typed_lights_the_unit_in_the_snippet(tmp_path: Path, doc: str) -> None:
    text, typed, lit = CASES[doc]
    root = tmp_path / "c"
    root.mkdir()
    (root / f"{doc}.txt").write_text(text, "utf-8")
    (root / "other.txt").write_text("Weather\n\nRain fell all day on the coast.\n", "utf-8")
    app = make_app(corpus=root)
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
        assert got is not None and [h.doc for h in got.hits] == [doc], box.value
        hit = got.hits[0]
        assert sorted(hit.snippet[a:b] for a, b in hit.matches) == sorted(lit), hit.snippet
