"""t13ah N5: compare pairs two sentences quoting the same words, whoever each credits them to.

Reuters' '"The driver appears to have lost control on the curve," police Colonel Raúl Mendoza Tello
told reporters' was "only in A", and AP's same quotation, credited to governor Marisol Quispe, was
paired at 0.26 with Reuters' unrelated sentence naming the governor (her mourning and fund). The
quotation is the near-identical text: it pairs first (``align._same_quotes``), the speakers among
the words that differ. The reported input (the two wires, cut down) and two variants of our own: a
quotation introduced by a colon on one side and tagged after on the other, and one word of it
altered, each with a decoy naming the other side's speaker.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "reuters.txt": "Peru bus plunges into ravine in Junín, killing 19\n\n"
    "LIMA, March 9 (Reuters) - A passenger bus plunged about 200 metres into a ravine in Peru's central Andes"
    " late on Sunday, killing 19 people and injuring 24, police and regional officials said on Monday.\n\n"
    '"The driver appears to have lost control on the curve," police Colonel Raúl Mendoza Tello told'
    " reporters at the scene. He said investigators were examining the vehicle's brakes.\n\n"
    "Regional governor Marisol Quispe declared three days of mourning and announced an emergency fund of"
    " $2.5 million for victims' families. \"We will not rest until those responsible answer for this"
    ' tragedy," Quispe said.\n',
    "ap.txt": "BUS CRASH KILLS 17 IN PERU'S ANDES\n\n"
    "HUANCAYO, Peru (AP) — A bus carrying more than 50 passengers tumbled roughly 650 feet (200 meters) down"
    " a mountainside in central Peru late Sunday, killing at least 17 people and injuring 26, authorities"
    " said.\n\n"
    "Rescuers worked through the night to pull survivors from the wreckage near La Oroya, in the Junín"
    " region. Police said the bus was traveling at about 90 km/h when it missed a curve.\n\n"
    '"The driver appears to have lost control on the curve," regional governor Marisol Quispe told local'
    ' radio station RPP. "We will not rest until those responsible answer for this tragedy."\n',
}
COLON = {
    "reuters.txt": "Fire guts Kellby flats\n\n"
    "A fire gutted a block of flats in Kellby on Tuesday night, forcing 40 residents out.\n\n"
    'Fire chief Anna Berg said: "The fire started in the kitchen of a ground-floor flat and spread up the'
    ' stairwell."\n\n'
    "Mayor Tom Lund opened the town hall to residents and promised a full inquiry into the blaze.\n",
    "ap.txt": "Kellby blaze leaves 40 homeless\n\n"
    "Forty residents were forced out when fire swept through a Kellby block of flats on Tuesday.\n\n"
    '"The fire started in the kitchen of a ground-floor flat and spread up the stairwell," Mayor Tom Lund'
    " told the Kellby Echo.\n",
}
ALTERED = {
    "reuters.txt": "Dam gates opened at Velmora\n\n"
    "Engineers opened the Velmora dam's spillway gates on Monday as the reservoir neared its limit.\n\n"
    '"We had no choice but to release the water before the wall gave way," operator spokesman Piet Aas'
    " told reporters.\n\n"
    "Minister Lena Holm visited the dam on Monday and met the operator's engineers and spokesman.\n",
    "ap.txt": "Velmora dam releases water\n\n"
    "The Velmora dam released water on Monday, its reservoir close to its limit.\n\n"
    '"We had no option but to release the water before the wall gave way," Minister Lena Holm told a'
    " news conference.\n",
}
CASES = {"reported": REPORTED, "colon": COLON, "altered": ALTERED}
QUOTED = {
    "reported": "The driver appears to have lost control on the curve",
    "colon": "The fire started in the kitchen",
    "altered": "release the water before the wall gave way",
}


def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    args = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", "reuters", "ap", "--json"]
    assert main(args) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_quotation_pairs_whoever_it_is_credited_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data = compare(tmp_path, capsys, CASES[name])
    words = QUOTED[name]
    quoting = [
        (p["a"]["text"], p["b"]["text"]) for p in data["pairs"] if words in p["a"]["text"] or words in p["b"]["text"]
    ]
    assert len(quoting) == 1 and all(words in side for side in quoting[0]), quoting
    assert not [s["text"] for s in data["only_a"] + data["only_b"] if words in s["text"]]
