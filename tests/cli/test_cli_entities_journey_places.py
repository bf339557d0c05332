"""``entities --json`` and ``who:``: invented towns at a journey's ends are places in an article
alone (t13ab L14: "the service from Kerrow to Dunmere", "Passengers travelling to Dunmere" gave
only ``CARDINAL 212``; ``who:Dunmere`` found nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *args: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Express derails\n\nThe 06:12 service from Kerrow to Dunmere was carrying 212 passengers when it "
            "derailed.\n\nPassengers travelling to Dunmere were put on buses.\n",
            {"Kerrow", "Dunmere"},
        ),
        (
            "Tram halted\n\nThe evening tram from Oskaby to Veldmark stopped at the bridge.\n\n"
            "Passengers from Oskaby walked home.\n",
            {"Oskaby", "Veldmark"},
        ),
        (
            "Flights cut\n\nThe 07:40 express from Ardley to Penhollow was cancelled.\n\n"
            "Travellers heading to Penhollow were given hotel rooms.\n",
            {"Ardley", "Penhollow"},
        ),
    ],
)
def test_journey_ends_are_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, places: set[str]
) -> None:
    data = run(tmp_path, capsys, text, "entities")
    gpe = {e["name"] for e in data["entities"] if e["type"] == "GPE"}
    assert places <= gpe, data["entities"]
    for place in places:
        assert run(tmp_path, capsys, text, "search", f"who:{place}")["total"] == 1
