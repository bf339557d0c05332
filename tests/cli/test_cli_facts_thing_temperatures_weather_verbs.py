"""``facts --json`` on the acceptance tester's volcano corpora (issue #16, round s36-x2; t13ac M2,
M10, M24, M14; the repro folders v2, v13, v19, v26 as written, and variants of my own).

M2: a thing's temperature written "Lava temperatures of 2,100 degrees Fahrenheit" was the air's
(one row with the island's 34C, a false DISAGREE); "Lava hotter than 1,200C" no figure; "Lava
temperatures of up to 1,200 degrees" a ``quantity (°)``. M10: "2,100 degrees Fahrenheit" (1,148.9
°C) disagreed with "1,150 degrees Celsius". M24: "Varnhelm sweltered at 38C" was a row of its own.
M14: "for a week" was shown "1 weeks"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], *, text: bool = False) -> Any:
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = ["articles:"]
    for k, body in enumerate(texts):
        name = f"{'abcdefgh'[k]}.txt"
        (corpus / name).write_text(body + "\n", encoding="utf-8")
        lines.append(f"  {name}: {{outlet: Outlet{k}, date: 2026-06-1{1 + k // 2}}}")
    (corpus / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"]
    code = main(args if text else [*args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out if text else json.loads(out)["facts"]


def _rows(facts: list[dict[str, Any]]) -> dict[str, tuple[str, list[str]]]:
    return {f["label"]: (f["status"], sorted(v["doc"] for v in f["values"])) for f in facts}


@pytest.mark.parametrize(
    ("thing", "texts"),
    [
        # reported (t13ac repro v2)
        (
            "lava",
            [
                "The lava reached 1,150 degrees Celsius, the observatory said.",
                "Lava temperatures of 2,100 degrees Fahrenheit were recorded.",
                "Lava temperatures reached 1,150C. Temperatures on the island reached 34C (93F) this afternoon.",
            ],
        ),
        # variants of my own: another thing, another place, the air first
        (
            "water",
            [
                "Temperatures in Dunmere reached 31C on Friday. The water reached 90 degrees Celsius near the vent.",
                "Water temperatures of 194 degrees Fahrenheit were measured near the vent.",
                "Water temperatures hit 90C, officials said.",
            ],
        ),
        (
            "magma",
            [
                "Magma temperatures of 1,000 degrees Celsius were estimated by the institute.",
                "The magma reached temperatures of 1,830 degrees Fahrenheit.",
                "Temperatures in Kellby rose to 29C on Friday. Magma temperatures reached 1,000C.",
            ],
        ),
    ],
)
def test_a_things_temperature_is_no_air_temperature(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], thing: str, texts: list[str]
) -> None:
    rows = _rows(_facts(tmp_path, capsys, texts))
    status, docs = rows[f"temperature of the {thing}"]
    assert docs == ["a", "b", "c"]
    assert status == "agree"  # 2,100 °F is 1,149 °C: one figure rounded (M10)
    air = rows["temperature"]
    assert air[0] == "single source"


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13ac repro v19, d left out: the air's)
        [
            "Lava temperatures of up to 1,200 degrees were measured, the observatory said.",
            "Lava temperatures reached 1200°C, the observatory said.",
            "The lava was 1,100 degrees Celsius hot.",
            "Lava hotter than 1,200C swallowed farms near Varnhelm.",
        ],
        # variants: another thing and wording
        [
            "Steam temperatures of about 400 degrees were recorded at the vent.",
            "Steam temperatures reached 400°C at the vent.",
            "The steam was 350 degrees Celsius hot.",
            "Steam hotter than 400C poured from the vent.",
        ],
    ],
)
def test_bare_degrees_and_comparatives_of_a_thing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    rows = _rows(facts)
    [label] = [k for k in rows if k.startswith("temperature of the")]
    assert rows[label] == ("disagree", ["a", "b", "c", "d"])
    assert not any(f["label"].startswith("quantity") for f in facts)


@pytest.mark.parametrize(
    "hot",
    [
        "Varnhelm sweltered at 38C on Thursday.",  # reported (t13ac repro v26)
        "Residents of Varnhelm shivered at 38C on Thursday.",  # variants: other verbs, subjects
        "Tourists basked at 38C in Varnhelm on Thursday.",
    ],
)
def test_weather_verbs_read_the_air(tmp_path: Path, capsys: pytest.CaptureFixture[str], hot: str) -> None:
    texts = [
        "Temperatures in Varnhelm reached 93F on Thursday.",
        "Temperatures in Varnhelm reached 34C on Thursday.",
        "It was 34 degrees Celsius (93 degrees Fahrenheit) in Varnhelm on Thursday.",
        hot,
    ]
    rows = _rows(_facts(tmp_path, capsys, texts))
    assert rows["temperature"] == ("disagree", ["a", "b", "c", "d"])
    assert "temperature (°C)" not in rows


@pytest.mark.parametrize("unit", ["week", "day", "month"])
def test_one_unit_duration_is_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str], unit: str) -> None:
    texts = [
        f"The airport was closed for a {unit}, officials said.",
        f"The airport was closed for 3 {unit}s, officials said.",
    ]
    out = _facts(tmp_path, capsys, texts, text=True)
    assert f"1 {unit} " in out or f"1 {unit})" in out or out.count(f"1 {unit}") >= 1
    assert f"1 {unit}s" not in out


def test_times_and_adjectives_before_temperatures_are_the_airs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [
        "In Dunmere, afternoon temperatures reached 31C.",
        "Record temperatures of 33C were set in Dunmere.",
        "Divers said sea temperatures reached 24C off Dunmere, while scorching temperatures hit 33C.",
    ]
    rows = _rows(_facts(tmp_path, capsys, texts))
    assert rows["temperature"] == ("disagree", ["a", "b", "c"])
    assert rows["temperature of the sea"] == ("single source", ["c"])
