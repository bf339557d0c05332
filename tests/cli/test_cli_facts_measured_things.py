"""``facts --json`` on the tester's corpora (t13x F1, F2 and F8, round s34-f) and variants of my own:
a length grouped by what it is of and what it measures, compared after conversion, labelled by the
measure ("distance downstream", "height of the dam"), never by its unit ("length (km)"); a toll's
breakdown ("The dead included two children") is no new toll of its article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


def _rows(facts: list[dict]) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    return {f["label"]: (f["status"], [(v["doc"], v["text"]) for v in f["values"]]) for f in facts}


def _story(outlet: str, text: str) -> str:
    return f"Flood\n\nKELLBY, March 9 ({outlet}) - {text}\n"


# t13x repro v1 (reported) and a variant of my own: another valley, a lake and floodwaters
V1 = {
    "a.txt": "Flood hits Kellby\n\nKELLBY, March 9 (Nordwire) - The dam held back a reservoir about 30 metres deep. "
    "Water stood up to 3 metres deep in the town centre. Kellby lies 12 kilometres downstream.\n",
    "b.txt": "Town under water\n\nKELLBY, March 9 (Courier) - Water rose to 10 feet in Market Street. The town is "
    "7.5 miles below the dam, and the water was 10 feet deep in places.\n",
    "c.txt": "Dam collapse\n\nKELLBY, March 9 (KXYZ) - The town sits about 7 miles downstream of the dam.\n",
}
V1_LAKE = {
    "a.txt": _story(
        "Alpha",
        "The barrage holds back a lake some 40 metres deep. Floodwaters were 2 metres deep on the high street. "
        "Osterby is 5 km downstream of the barrage.",
    ),
    "b.txt": _story(
        "Beta", "Floodwater reached about 6 feet in the square. The village sits 3 miles below the barrage."
    ),
}


@pytest.mark.parametrize(("files", "stored"), [(V1, "reservoir"), (V1_LAKE, "lake")], ids=["reported", "lake"])
def test_depths_and_distance_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict, stored: str
) -> None:
    rows = _rows(_facts(tmp_path, capsys, files))
    assert rows[f"depth of the {stored}"][1] == [("a", next(t for t in _texts(files) if " m" in t or "metres" in t))]
    assert rows["depth of the water"][0] == "agree", rows
    assert rows["distance downstream"][0] == "agree", rows
    assert len(rows["distance downstream"][1]) == len(files), rows
    assert not [label for label in rows if label.startswith("length") or label == "depth"], rows
    assert not [label for label, (status, _v) in rows.items() if status == "disagree"], rows


def _texts(files: dict[str, str]) -> list[str]:
    # the stored water's depth as written: the first figure of the first article
    first = files["a.txt"]
    for marker in ("about 30 metres", "some 40 metres"):
        if marker in first:
            return [marker]
    return []


# t13x repro v11 (reported) and v12 (reported), and variants of my own: miles upstream, a tower
V11 = {
    "a.txt": _story("Alpha", "Kellby lies 12 kilometres downstream of the dam."),
    "b.txt": _story("Beta", "Kellby lies 7.5 miles downstream of the dam."),
    "c.txt": _story("Gamma", "Kellby lies 20 km downstream of the dam."),
}
V11_UPSTREAM = {
    "a.txt": _story("Alpha", "The intake sits 4 miles upstream of the weir."),
    "b.txt": _story("Beta", "The intake is 6.4 km upstream of the weir, engineers said."),
    "c.txt": _story("Gamma", "The intake lies 9 km upstream of the weir."),
}
V12 = {
    "a.txt": _story("Alpha", "The dam, 48 metres high, was built in 1964."),
    "b.txt": _story("Beta", "The 52-metre dam was built in 1964."),
    "c.txt": _story("Gamma", "The 160-foot dam collapsed before dawn."),
    "d.txt": _story("Delta", "The dam stood 48 m tall and held back 12 million cubic metres of water."),
}
V12_TOWER = {
    "a.txt": _story("Alpha", "The 300-foot tower was evacuated on Monday."),
    "b.txt": _story("Beta", "The tower, 91 metres tall, was evacuated."),
    "c.txt": _story("Gamma", "Engineers inspected the 95-metre tower overnight."),
}


@pytest.mark.parametrize(
    ("files", "label", "odd"),
    [
        (V11, "distance downstream", ("c", "20 km")),
        (V11_UPSTREAM, "distance upstream", ("c", "9 km")),
        (V12, "height of the dam", ("b", "52-metre")),
        (V12_TOWER, "height of the tower", ("c", "95-metre")),
    ],
    ids=["reported_distance", "upstream", "reported_height", "tower"],
)
def test_one_measure_in_any_unit_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict, label: str, odd: tuple[str, str]
) -> None:
    rows = _rows(_facts(tmp_path, capsys, files))
    status, values = rows[label]
    assert status == "disagree", rows
    assert odd in values, rows
    assert {doc for doc, _t in values} == {name.split(".")[0] for name in files}, rows
    assert not [k for k in rows if k.startswith("length")], rows


# t13x repro v2 (reported) and variants of my own: "those killed include", the injured
V2 = {
    "a.txt": "Seven killed as dam bursts\n\nKELLBY, March 9 (Beacon) - Seven people were killed when the Velmora dam "
    "burst early on Monday, the crisis office said.\n\nThe dead included two children, officials said.\n",
    "b.txt": "Dam toll\n\nKELLBY, March 9 (Nordwire) - Seven people were killed when the dam burst, officials said.\n",
}
V2_THOSE = {
    "a.txt": _story("Alpha", "Seven people were killed when the dam burst. Those killed include three firefighters."),
    "b.txt": _story("Beta", "Seven people were killed when the dam burst, police said."),
}
# the code reads no counts in German: the German article's breakdown must still change nothing
V2_GERMAN = {
    "a.txt": "Sieben Tote\n\nKELLBY, 9. März (Alpha) - Sieben Menschen wurden getötet, als der Damm brach. Unter den "
    "Toten sind zwei Kinder, sagte die Polizei.\n",
    "b.txt": _story("Beta", "Seven people were killed when the dam burst. The dead included two children."),
    "c.txt": _story("Gamma", "Seven people were killed when the dam burst, police said."),
}


@pytest.mark.parametrize("files", [V2, V2_THOSE, V2_GERMAN], ids=["reported", "those_killed", "german"])
def test_breakdown_is_no_toll(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict) -> None:
    facts = _facts(tmp_path, capsys, files)
    toll = next(f for f in facts if f["label"] == "death toll")
    assert toll["status"] == "agree", facts
    assert {v["value"] for v in toll["values"]} == {7}, facts
    assert all(v["superseded"] == [] for v in toll["values"]), facts


# review s34-r item 5 (round s34-q): the reviewer's corpus, a river's level above two things and a
# distance downstream
LEVELS = {
    "a.txt": "River bursts banks\n\nKELLBY, March 10, 2026 - The river rose 2 metres above the bridge on Tuesday, "
    "officials said.\n\nThe water was 2 metres deep in Market Street.\n",
    "b.txt": "Floods hit Kellby\n\nOSTRAND, March 10, 2026 (Reuters) - The River Kell climbed 3 metres above the "
    "town's flood wall on Tuesday.\n\nWater stood 1.5 metres deep in the main square, 12 kilometres downstream.\n",
}


def test_a_level_above_a_landmark_is_no_distance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, LEVELS))
    assert rows["water level above the bridge"] == ("single source", [("a", "2 metres")]), rows
    assert rows["water level above the wall"] == ("single source", [("b", "3 metres")]), rows
    assert rows["distance downstream"] == ("single source", [("b", "12 kilometres")]), rows
    assert not [label for label in rows if label in ("distance upstream", "length (m)")], rows
