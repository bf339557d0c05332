"""`compare --json` pairs a headline with the other article's headline or leaves it unpaired
(t13x F16: B's headline "Dam breach floods valley town, at least four dead" was paired with A's
"The dead included two children, officials said."; on the full corpus A's headline went to B's
dateline sentence and B's headline to A's lead). The reported files, copied, and variants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "beacon.txt": "Seven killed as dam bursts above Kellby\n\n"
    "Seven people were killed when the Velmora dam burst early on Monday, flooding the centre of Kellby, "
    "the crisis office said.\n\n"
    "The dead included two children, officials said.\n\n"
    "Twenty people were still unaccounted for.\n",
    "wire.txt": "Dam breach floods valley town, at least four dead\n\n"
    "KELLBY, March 9 (Nordwire) - The Velmora dam gave way before dawn on Monday, sending a wall of water "
    "into Kellby and killing at least four people, officials said.\n\n"
    "Twenty people were missing, the crisis office said.\n",
}
DAM = {
    "beacon.txt": "Seven killed as Velmora dam bursts above Kellby\n\n"
    "Seven people were killed when the Velmora dam burst early on Monday, flooding the centre of Kellby, "
    "the crisis office said.\n\n"
    "The dead included two children, officials said.\n",
    "wire.txt": "Dam breach floods Ostrand valley town, at least four dead\n\n"
    "KELLBY, Ostrand, March 9 (Nordwire) - The Velmora dam in the Ostrand valley gave way before dawn on "
    "Monday, sending a wall of water into Kellby and killing at least four people, officials said.\n",
}
FIRE = {
    "beacon.txt": "Three hurt as fire guts Tarnow textile mill\n\n"
    "Three workers were hurt when fire swept through the Tarnow textile mill on Sunday night, the fire "
    "service said.\n\n"
    "The injured included a night watchman, the owner said.\n",
    "wire.txt": "Blaze destroys textile mill, night watchman among injured\n\n"
    "TARNOW, May 4 (Agency) - A fire destroyed the Tarnow textile mill overnight, injuring three workers, "
    "firefighters said.\n",
}
CASES = {"reported": REPORTED, "dam": DAM, "fire": FIRE}


def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    args = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", "beacon", "wire", "--json"]
    assert main(args) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_headline_pairs_only_with_the_other_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    files = CASES[name]
    head_a, head_b = (files[f].split("\n", 1)[0] for f in ("beacon.txt", "wire.txt"))
    data = compare(tmp_path, capsys, files)
    for pair in data["pairs"]:
        assert (pair["a"]["text"] == head_a) == (pair["b"]["text"] == head_b), pair
    # A's "The dead/injured included …" detail is no restatement of B's headline
    detail = files["beacon.txt"].split("\n\n")[2].strip()
    assert detail in [s["text"] for s in data["only_a"]]
    # the leads still pair with each other
    lead_a, lead_b = (files[f].split("\n\n")[1].strip() for f in ("beacon.txt", "wire.txt"))
    assert [p["b"]["text"] for p in data["pairs"] if p["a"]["text"] == lead_a] == [lead_b]
