"""One name typed two kinds of place across the corpus is one entity, of the kind more articles
give it (tester, issue #13, corpus /tmp/t13s17/kbR: "Kestrel Bay" a town, GPE, in the wire
datelines and a landform, LOC, in the prose of other outlets, listed as two rows). The first
corpus holds the reported sentences; the others are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

REPORTED = {
    "ap_kb.txt": "Deadly blaze at Kestrel Bay plant; 5 killed\n\nKESTREL BAY (AP) — Five workers died when fire tore "
    "through a solvents plant on Tuesday, officials said, and about 2,000 people were evacuated.\n",
    "reuters_kb.txt": "Fire at Kestrel Bay chemical plant kills four\n\nKESTREL BAY, Nov 4, 2026 (Reuters) - A fire "
    "at the Corvane Chemicals plant in Kestrel Bay killed four workers on Tuesday and forced 2,100 residents from "
    "their homes, fire chief Marisol Okafor said.\n",
    "bbc_kb.txt": "Kestrel Bay fire: what we know\n\n4 Nov 2026\n\nFour people have died after a fire at a chemical "
    "plant in Kestrel Bay, the fire service said. Some 2,100 residents were moved out.\n",
    "dw_kb.txt": "Chemical plant fire in Kestrel Bay\n\nA fire at a chemical plant in Kestrel Bay killed four "
    "people. Marisol Okafor led the response.\n",
    "ft_kb.txt": "Corvane shares fall\n\nShares in Corvane Chemicals fell 14 per cent after a fire at its "
    "Kestrel Bay plant killed four workers.\n",
}
# A dateline's town in three articles, the same name read as a landform in one: the town wins.
TOWN = {
    "a.txt": "Ferry sinks\n\nHERON BAY (AP) — A ferry sank on Monday, officials said.\n",
    "b.txt": "Ferry lost\n\nHERON BAY, March 3 (Reuters) - A ferry went down on Monday, the coastguard said.\n",
    "c.txt": "Rescue\n\nHERON BAY (AFP) - Divers searched the wreck on Tuesday, police said.\n",
    "d.txt": "Ferry disaster\n\nA ferry sank in Heron Bay on Monday. Divers searched the water.\n",
}
# Written in capitals in one dateline only, the name is the landform of the other articles.
LAND = {
    "a.txt": "Oil spill\n\nGULL BAY (AP) — Oil washed ashore on Monday, officials said.\n",
    "b.txt": "Spill spreads\n\nOil spread across Gull Bay on Tuesday. Fishing boats stayed in port.\n",
    "c.txt": "Clean-up\n\nVolunteers cleaned the beaches of Gull Bay on Wednesday.\n",
}


def run(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    """(type, name, docs) of every entity named like a place of the corpus."""
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [
        (e["type"], e["name"], sorted({m["doc"] for m in e["mentions"]}))
        for e in json.loads(out)["entities"]
        if e["name"].lower() in ("kestrel bay", "heron bay", "gull bay")
    ]


@pytest.mark.parametrize(
    ("files", "label", "docs"),
    [
        (REPORTED, "LOC", ["ap_kb", "bbc_kb", "dw_kb", "ft_kb", "reuters_kb"]),
        (TOWN, "GPE", ["a", "b", "c", "d"]),
        (LAND, "LOC", ["a", "b", "c"]),
    ],
)
def test_a_name_typed_two_kinds_of_place_is_one_entity_of_the_kind_most_articles_give(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], label: str, docs: list[str]
) -> None:
    found = run(capsys, tmp_path / "c", files)
    assert len(found) == 1 and found[0][0] == label and found[0][2] == docs, found
