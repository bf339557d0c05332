"""A table's header pairs with nothing, and its rows are read with their columns' headings (tester
t13aw N15, round s52-c): the Ledger's "At least 230 homes have been destroyed, the sheriff's office
said." was paired (0.32) with the blog's header "| Source | Dead | Missing | Homes destroyed |
Evacuated |" while the row repeating the Ledger's figures ("| Marbury Ledger (Sat a.m.) | 4 | 11 |
230 | 12,000 |") was "only in B"; and "Four people have died and 11 remain missing …" was paired
(0.22, vouched) with a sentence on how evacuees are counted. Inputs: the tester's two files
(copied from its corpus) and two tables of our own, one with outer bars, one without."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "t13aw_n15"


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    return Workspace(corpus, root / "index")


def _partners(ws: Workspace, a: str, b: str, starts: str) -> list[str]:
    al = ws.compare(a, b).alignment
    return [p.b.text.strip() for p in al.pairs if p.a.text.startswith(starts)]


def test_reported_table_row_not_header(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    ws = Workspace(corpus, tmp_path / "index")
    homes = _partners(ws, "ledger-web.html", "bayside-blog", "At least 230 homes")
    assert homes == ["| Marbury Ledger (Sat a.m.) | 4 | 11 | 230 | 12,000 |"], homes
    al = ws.compare("ledger-web.html", "bayside-blog").alignment
    assert not any(p.b.text.startswith("| Source |") for p in al.pairs)
    lead = _partners(ws, "ledger-web.html", "bayside-blog", "MARBURY — Four people")
    assert not any("counts residents" in t for t in lead), lead


FLOOD_WIRE = (
    "Floods swamp Kessel valley towns\n\n"
    "KESSEL, May 3 (Nordwire) - Floodwater from the Kessel river swept through three valley towns on "
    "Sunday, the regional council said.\n\n"
    "At least 140 homes were flooded in Ostmark, the council said.\n\n"
    "Two people drowned and 9 were injured when a footbridge gave way, police said.\n"
)
FLOOD_DATA = (
    '---\ntitle: "Kessel floods in figures"\ndate: 2026-05-04\noutlet: Valley Data\n---\n\n'
    "# Kessel floods in figures\n\n"
    "The council, the police and the fire service still give different counts.\n\n"
    "| Agency | Deaths | Injured | Homes flooded |\n|---|---|---|---|\n"
    "| Regional council | 2 | 9 | 140 |\n| Police | 3 | 11 | 125 |\n\n"
    "The fire service has not published a count.\n"
)
QUAKE_REPORT = (
    "Earthquake shakes Valdoro\n\n"
    "VALDORO, Oct 9 (Southline) - A magnitude 6.1 earthquake struck Valdoro before dawn on Friday, the "
    "civil protection agency said.\n\n"
    "Some 41 buildings collapsed and 52 people were hurt in the old town, Mayor Irene Castaldi said.\n\n"
    "Rescue teams worked through the night.\n"
)
QUAKE_TALLY = (
    '---\ntitle: "Valdoro quake: the tallies"\ndate: 2026-10-10\noutlet: Quake Desk\n---\n\n'
    "# Valdoro quake: the tallies\n\n"
    "Counts from the town hall and the agency differ a day on.\n\n"
    "Source | Killed | Hurt | Buildings collapsed\n--- | --- | --- | ---\n"
    "Town hall | 6 | 52 | 41\nCivil protection | 8 | 60 | 38\n\n"
    "Teams are still checking the old town.\n"
)


@pytest.mark.parametrize(
    ("a", "b", "starts", "row", "header"),
    [
        (FLOOD_WIRE, FLOOD_DATA, "At least 140 homes", "| Regional council | 2 | 9 | 140 |", "| Agency |"),
        (QUAKE_REPORT, QUAKE_TALLY, "Some 41 buildings", "Town hall | 6 | 52 | 41", "Source |"),
    ],
    ids=["outer-bars", "no-outer-bars"],
)
def test_variant_row_not_header(tmp_path: Path, a: str, b: str, starts: str, row: str, header: str) -> None:
    ws = _workspace(tmp_path, {"a.txt": a, "b.md": b})
    assert _partners(ws, "a", "b", starts) == [row]
    al = ws.compare("a", "b").alignment
    assert not any(p.b.text.startswith(header) for p in al.pairs)
