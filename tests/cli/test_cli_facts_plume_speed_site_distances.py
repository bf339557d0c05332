"""``facts --json`` on the acceptance tester's volcano corpora (issue #16, round s36-x2; t13ac M3,
M6, M23; the repro folders v3, v6, v24 as written, and variants of my own).

M3: a plume's height "rose 12 km", "reached 39,000 feet", "about 10 km high", "climbed to 11 km"
was four rows (``length (km)``, ``length (ft)``, ``height of the plume``): one row, compared.
M6: "within 1.5 miles of Varnhelm" was ``length (mi)``, not ``distance to Varnhelm``; lava "moving
at about 10 km/h" ``speed (km/h)`` apart from "at 6 mph" (``speed``). M23: two towns' distances
from the crater were one row, one town's distances from the crater, volcano and summit three."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> list[dict[str, Any]]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = ["articles:"]
    for k, body in enumerate(texts):
        name = f"{'abcdefgh'[k]}.txt"
        (corpus / name).write_text(body + "\n", encoding="utf-8")
        lines.append(f"  {name}: {{outlet: Outlet{k}, date: 2026-06-11}}")
    (corpus / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts


def _rows(facts: list[dict[str, Any]]) -> dict[str, tuple[str, list[str]]]:
    return {f["label"]: (f["status"], sorted(v["doc"] for v in f["values"])) for f in facts}


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ac repro v3)
        [
            "The ash column rose 12 km into the sky.",
            "The plume reached 39,000 feet.",
            "The ash plume is about 10 km high, the observatory says.",
            "The plume climbed to 11 km.",
        ],
        # variants of my own: a cloud, a smoke column, other verbs and units
        [
            "The ash cloud rose to 9 km above the crater.",
            "The plume reached 30,000 feet, pilots said.",
            "The eruption column is about 8 km high.",
            "The ash cloud climbed to 9 kilometres.",
        ],
        [
            "A column of smoke rose 3 km over the refinery. The column reached 3 km by noon.",
            "The smoke plume climbed to 12,000 feet.",
            "The plume was 2 km high, firefighters said.",
            "The cloud rose 4 km.",
        ],
    ],
)
def test_a_plumes_height_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> None:
    facts = _facts(tmp_path, capsys, texts)
    rows = _rows(facts)
    assert rows["height of the plume"] == ("disagree", ["a", "b", "c", "d"])
    assert not any(f["label"].startswith("length") for f in facts)


@pytest.mark.parametrize(
    ("texts", "place"),
    [
        # reported (t13ac repro v6)
        (
            [
                "Lava moving at about 10 km/h stopped 2 km from Varnhelm.",
                "Lava flowed at 6 mph and halted within 1.5 miles of Varnhelm.",
            ],
            "Varnhelm",
        ),
        # variants: another thing and place
        (
            [
                "Mud moving at about 16 km/h stopped 5 km from Orrin.",
                "The mudflow travelled at 10 mph and stopped within 4 miles of Orrin.",
            ],
            "Orrin",
        ),
        (
            [
                "Flames moving at 8 km/h came within 3 km of Dalby.",
                "The fire raced at 5 mph to within 1 mile of Dalby.",
            ],
            "Dalby",
        ),
    ],
)
def test_speed_and_distance_in_miles_meet_kilometres(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], place: str
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    rows = _rows(facts)
    assert rows[f"distance to {place}"][1] == ["a", "b"]
    assert rows["speed"] == ("agree", ["a", "b"])
    assert not any(f["label"].startswith(("length", "speed (")) for f in facts)


def test_a_storms_track_keeps_no_speed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, ["The storm was moving west at 20 km/h.", "The storm is moving at 15 mph."])
    assert not any(f["label"] == "speed" for f in facts)


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ac repro v24)
        [
            "Tennvik, 40 km north of the crater, was covered in ash. Varnhelm lies 8 km from the summit.",
            "Tennvik, 25 miles from the volcano, was covered in ash. Varnhelm, 5 miles from the crater, was evacuated.",
            "Tennvik, 60 km from the crater, was covered in ash. Varnhelm lies 12 km from the summit.",
        ],
        # variants: other towns, an earthquake's epicentre, a vent
        [
            "Orrin, 30 km south of the epicentre, lost power. Dalby lies 10 km from the epicentre.",
            "Orrin, 19 miles from the epicenter, lost power. Dalby, 6 miles from the epicentre, was shaken.",
            "Orrin, 45 km from the epicentre, lost power. Dalby lies 15 km from the epicentre.",
        ],
        [
            "Tennvik, 40 km west of the vent, was covered in ash. Varnhelm lies 8 km from the caldera.",
            "Tennvik, 25 miles from the caldera, was covered in ash. Varnhelm, 5 miles from the vent, was evacuated.",
            "Tennvik, 60 km from the vent, was covered in ash. Varnhelm lies 12 km from the caldera.",
        ],
    ],
)
def test_a_named_places_distance_from_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    distances = [
        (f["status"], sorted(v["doc"] for v in f["values"]), {v["text"].split()[-1] for v in f["values"]})
        for f in facts
        if f["label"].startswith("distance")
    ]
    # one row per town, each the three articles' (a false DISAGREE between two towns before)
    assert len(distances) == 2
    for status, docs, _ in distances:
        assert (status, docs) == ("disagree", ["a", "b", "c"])
    first = texts[0].split(",")[0]
    assert any(f["label"].startswith(f"distance from {first} to") for f in facts)


def test_a_stone_column_is_no_plume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, ["The column is 30 metres high.", "The ash plume is 9 km high."])
    labels = {f["label"] for f in facts}
    assert "height of the column" in labels
    assert "height of the plume" in labels
