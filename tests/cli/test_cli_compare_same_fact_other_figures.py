"""`compare --json` pairs two sentences that report one fact with different figures (t13n F23:
Reuters' "About 1,200 residents … were evacuated" and AFP's "Some 1,500 people were evacuated …",
"the government would release 5 million euros" and "the state would pledge 4.5 million euros",
were each only in A / only in B). A fact the fact sheet's recogniser reads in both sentences (the
same measure: people evacuated, money pledged by the government, people injured, damage) is
shared by them as a figure would be, and the differing figures are among the differing words;
two sentences whose figures are of different measures are not paired for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

REUTERS = (
    "Blast at Portuguese chemical plant kills three\n\n"
    "LISBON, May 3 (Reuters) - An explosion tore through a chemical plant in the central Portuguese town of "
    "Alcobrena on Sunday, killing three workers, officials said.\n\n"
    "About 1,200 residents living within 2 kilometres of the plant were evacuated as a precaution, the mayor of "
    "Alcobrena, Maria da Conceição Fernandes, told reporters.\n\n"
    "The cause of the blast was not immediately known, and the company said it was cooperating with the "
    "authorities.\n\n"
    "Interior Minister Ana Luísa Côrte-Real said the government would release 5 million euros in emergency aid "
    "for the town.\n"
)
AFP = (
    "Death toll from Portugal chemical blast rises to five\n\n"
    "LISBON, May 4 (AFP) - The death toll from Sunday's explosion at a chemical plant in Alcobrena rose to five "
    "on Monday, officials said.\n\n"
    "Some 1,500 people were evacuated from homes within three kilometres of the Quimibral site overnight; most "
    "were allowed back on Monday afternoon.\n\n"
    "Investigators from the prosecutor's office spent the day at the site, taking samples from the damaged tank.\n\n"
    "Prime Minister Luís Montenegro visited the site and said the state would pledge 4.5 million euros to rebuild "
    "damaged homes.\n"
)
# invented: a train crash told by two outlets
RAIL_A = (
    "Train crash in the north\n\n"
    "RAVNICA, June 2 (Reuters) - Two passenger trains collided near the town of Ravnica on Monday morning, "
    "officials said.\n\n"
    "Hospital officials said 23 people were injured in the collision, four of them seriously.\n\n"
    "Insurers estimated the damage to the line at 12 million euros.\n\n"
    "The rail operator suspended all services on the line until further notice.\n"
)
RAIL_B = (
    "Rail collision in Ravnica\n\n"
    "RAVNICA, June 3 (AFP) - Rail traffic in the north remained halted on Tuesday after a collision near Ravnica.\n\n"
    "At least 31 people were hurt when the two trains met on a single-track section, the regional health "
    "service said.\n\n"
    "The regional government said the damage would cost 15 million euros to repair.\n\n"
    "Investigators are examining the signalling system and the drivers' logs.\n"
)
# invented: a wildfire's evacuation, worded with other verbs
WILD_A = (
    "Wildfire near Montargil\n\n"
    "MONTARGIL, Aug 9 (Reuters) - A wildfire spread through pine forest north of Montargil on Saturday, fanned by strong winds, officials said.\n\n"
    "Firefighters said 600 residents of four villages were evacuated as the flames approached.\n\n"
    "More than 300 firefighters and eight water-bombing planes fought the blaze.\n\n"
    "The fire destroyed a sawmill and several barns.\n"
)
WILD_B = (
    "Montargil fire under control\n\n"
    "MONTARGIL, Aug 10 (AFP) - The fire that burned north of Montargil was under control on Sunday morning, the civil protection agency said.\n\n"
    "Around 850 people had been moved out of their homes in the hamlets near the reservoir during the night.\n\n"
    "A sawmill and several barns burned down, the mayor said.\n\n"
    "The cause of the fire is under investigation.\n"
)
# invented: figures of different measures in the same places, which must stay apart
FLOOD_A = (
    "Floods in the valley\n\n"
    "TORVIK, March 9 (Reuters) - Heavy rain flooded the lower valley around Torvik on Sunday, officials said.\n\n"
    "Some 300 people were evacuated from the riverside district overnight.\n\n"
    "Roads into the town stayed closed on Monday.\n"
)
FLOOD_B = (
    "Torvik counts the cost\n\n"
    "TORVIK, March 10 (AFP) - Water levels fell in the lower valley around Torvik on Monday, officials said.\n\n"
    "The regional government pledged 3 million euros for farmers whose fields were ruined.\n\n"
    "Roads into the town reopened in the afternoon.\n"
)


def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(a, "utf-8")
    (root / "b.txt").write_text(b, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", "a", "b", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _differing(pair: dict[str, Any], side: str) -> list[str]:
    span = pair[side]
    return [span["text"][s - span["start"] : e - span["start"]] for s, e in pair["words"][f"{side}_diff"]]


@pytest.mark.parametrize(
    ("a", "b", "a_sentence", "b_sentence", "a_figure", "b_figure"),
    [
        (REUTERS, AFP, "About 1,200 residents", "Some 1,500 people", "1,200", "1,500"),  # reported
        (REUTERS, AFP, "Interior Minister", "Prime Minister", "5", "4.5"),  # reported
        (RAIL_A, RAIL_B, "Hospital officials said 23", "At least 31", "23", "31"),
        (WILD_A, WILD_B, "Firefighters said 600", "Around 850 people", "600", "850"),
    ],
)
def test_one_fact_with_other_figures_is_paired(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    a: str,
    b: str,
    a_sentence: str,
    b_sentence: str,
    a_figure: str,
    b_figure: str,
) -> None:
    data = compare(tmp_path, capsys, a, b)
    pairs = [p for p in data["pairs"] if p["a"]["text"].startswith(a_sentence)]
    assert [p["b"]["text"][: len(b_sentence)] for p in pairs] == [b_sentence], data["pairs"]
    assert any(a_figure in w for w in _differing(pairs[0], "a")), _differing(pairs[0], "a")
    assert any(b_figure in w for w in _differing(pairs[0], "b")), _differing(pairs[0], "b")


def test_figures_of_different_measures_are_not_paired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = compare(tmp_path, capsys, FLOOD_A, FLOOD_B)
    only_a = [s["text"] for s in data["only_a"]]
    only_b = [s["text"] for s in data["only_b"]]
    assert "Some 300 people were evacuated from the riverside district overnight." in only_a, data["pairs"]
    assert any(s.startswith("The regional government pledged 3 million euros") for s in only_b), data["pairs"]
