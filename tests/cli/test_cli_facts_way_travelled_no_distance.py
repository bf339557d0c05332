"""``facts --json``: a distance something travelled is no source of the distance between two places
(issue #16, round s38-x1; t13ae P20, the repro folder v28b as written, and variants of my own).

"Rescuers say the mud travelled about 9 miles down the valley towards Castelmarro" was a confirming
source of ``distance from Brenzola to Castelmarro`` (another outlet's "Brenzola, about nine miles
from Castelmarro") only because its value happened to match: a false "agree". The mud's run-out,
a slick's drift or a flood's sweep is the way the thing went, whatever its value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _sources(facts: list[dict[str, Any]], label_start: str) -> list[tuple[str, list[str]]]:
    """(label, its values' docs) of every row whose label starts with ``label_start``."""
    return sorted(
        (f["label"], sorted(v["doc"] for v in f["values"])) for f in facts if f["label"].startswith(label_start)
    )


# the tester's repro/v28b, as written
V28B = {
    "ledger.txt": "Brenzola slide\n\nBRENZOLA, Nov 9, 2026 (Ledger) - Twelve people have died in the landslide "
    "that engulfed Brenzola, about nine miles from Castelmarro, officials said.\n",
    "radio.txt": "Brenzola slide\n\nBRENZOLA, Nov 9, 2026 (Radio Valle) - Ten people are dead. Rescuers say the "
    "mud travelled about 9 miles down the valley towards Castelmarro.\n",
}
# variants: another story (lava), another (an oil slick) with another verb, and kilometres
LAVA = {
    "a.txt": "Orrin eruption\n\nORRIN, June 11, 2026 (Nordwire) - Varnhelm lies 5 km from Tennvik and was "
    "evacuated on Tuesday.\n",
    "b.txt": "Orrin lava\n\nORRIN, June 11, 2026 (Eastpress) - Lava flowed 5 km down the slope towards "
    "Tennvik overnight, officials said.\n",
}
SLICK = {
    "a.txt": "Eska spill\n\nLONDON, May 2, 2026 (Nordwire) - Harnby, about 20 miles from Port Eska, has "
    "closed its beaches.\n",
    "b.txt": "Eska slick\n\nLONDON, May 2, 2026 (Southline) - The slick has drifted about 20 miles along "
    "the coast towards Port Eska since Sunday.\n",
}


@pytest.mark.parametrize(
    ("files", "row", "own"),
    [
        (V28B, "distance from Brenzola to Castelmarro", ["ledger"]),
        (LAVA, "distance from Varnhelm to Tennvik", ["a"]),
        (SLICK, "distance from Harnby to Port Eska", ["a"]),
    ],
    ids=["v28b", "lava-flowed", "slick-drifted"],
)
def test_a_way_travelled_is_no_source_of_a_distance_between_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], row: str, own: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, files)
    distances = _sources(facts, "distance from")
    assert distances == [(row, own)], distances


def test_a_way_travelled_of_another_value_stays_apart_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the tester's repro/v28: "about 4 miles" was apart already; it stays so, and no disagreement
    files = {
        **V28B,
        "radio.txt": V28B["radio.txt"].replace("about 9 miles", "about 4 miles"),
        "wire.txt": "Brenzola\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - Brenzola lies 15 km north of Castelmarro.\n",
    }
    facts = _facts(tmp_path, capsys, files)
    [distance] = [f for f in facts if f["label"] == "distance from Brenzola to Castelmarro"]
    assert sorted(v["doc"] for v in distance["values"]) == ["ledger", "wire"]
    # (the death toll, 12 vs 10, is the story's real disagreement; no length of the radio's is in one)
    assert not any(
        f["status"] == "disagree" and any(v["doc"] == "radio" and v["kind"] == "quantity" for v in f["values"])
        for f in facts
    )
