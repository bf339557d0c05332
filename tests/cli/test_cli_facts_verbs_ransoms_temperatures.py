"""``facts --json`` on small corpora written here after the t13z repro folders (issue #16, round
s35-j; t13z H1, H3, H12, H13): a verb before a count is its row's verb ("divert 40 ambulances"
with "80 ambulances were diverted"), a ransom refused is no money pledged, "41C" and "106F (41C)"
are temperatures compared in °C with another outlet's 38 °C, "300 Mbps" and "300 megabits per
second" one rate, and a trust's three hospitals no value of a gang's three victims."""

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


def _rows(facts: list[dict]) -> list[tuple[str, str, list[tuple[str, object]]]]:
    return [(f["label"], f["status"], sorted((v["doc"], v["value"]) for v in f["values"])) for f in facts]


_LEAD = "KESTERBRIDGE, March {day}, 2026 ({outlet}) - "


def _story(title: str, outlet: str, body: str, day: int = 12) -> str:
    return f"{title}\n\n{_LEAD.format(day=day, outlet=outlet)}{body}\n"


def test_verbs_before_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(
            tmp_path,
            capsys,
            {
                "a.txt": _story(
                    "Hospital hack diverts ambulances",
                    "Nordwire",
                    "A cyber-attack forced Velmont General Hospital to divert 40 ambulances and cancel "
                    "120 planned operations on Thursday, officials said.",
                ),
                "b.txt": _story(
                    "Hospital hack: 80 ambulances diverted",
                    "Dayline",
                    "Velmont General Hospital said 80 ambulances were diverted and 150 operations were "
                    "cancelled on Thursday after a cyber-attack.",
                ),
            },
        )
    )
    assert ("ambulances diverted", "disagree", [("a", 40), ("b", 80)]) in rows, rows
    assert ("operations cancelled", "disagree", [("a", 120), ("b", 150)]) in rows, rows
    assert len(rows) == 2, rows


def test_ransom_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(
            tmp_path,
            capsys,
            {
                "a.txt": _story(
                    "Hospital refuses ransom",
                    "Nordwire",
                    "Velmont General Hospital will not pay the €4.1m ransom demanded by the hackers, its chief executive said.",
                ),
                "b.txt": _story(
                    "Trust will not pay hackers",
                    "Dayline",
                    "Miriam Okafor, who runs the Velmont Health Trust, said the hospital would not pay the £3.6m the hackers want.",
                ),
            },
        )
    )
    assert not [r for r in rows if "pledged" in r[0]], rows
    # one demander's money in two currencies: one row, not compared (round s36-u, t13ab L15)
    assert [(r[0].split(" (")[0], r[1], [d for d, _v in r[2]]) for r in rows] == [
        ("money demanded", "not compared", ["a", "b"])
    ], rows


def test_temperatures_rates_and_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        {
            "a.txt": _story(
                "Server room overheats during hospital hack",
                "Nordwire",
                "The temperature in the server room at Velmont General Hospital reached 41C after the air "
                "conditioning failed, an engineer said. The hackers copied data at 300 megabits per second. "
                "An 82-year-old man had his heart operation postponed. The trust runs three hospitals. Patients were taken to Harrow Vale Hospital, 25 miles away.",
            ),
            "b.txt": _story(
                "Heat and hackers at Velmont",
                "Dayline",
                "Servers at Velmont General Hospital overheated as the temperature hit 106F (41C), engineers "
                "said. Data left the network at 300 Mbps. The patient, 82, was sent home. The GreyLantern group has hit three hospitals this "
                "year. One woman was driven 40 miles to Harrow Vale Hospital.",
            ),
            "c.txt": _story(
                "Velmont server room at 38C",
                "Herald",
                "The server room at Velmont General Hospital reached 38 degrees Celsius, according to the trust. "
                "The hackers stole data at 250 megabits per second. Harrow Vale Hospital is 30 miles from Velmont.",
                day=13,
            ),
        },
    )
    rows = _rows(facts)
    assert ("temperature (°C)", "disagree", [("a", 41), ("b", 41), ("c", 38)]) in rows, rows
    assert ("data rate (Mbit/s)", "disagree", [("a", 300), ("b", 300), ("c", 250)]) in rows, rows
    assert not [r for r in rows if r[0] == "hospitals" and len({d for d, _ in r[2]}) > 1], rows
    shown = {v["doc"]: v["display"] for f in facts for v in f["values"] if f["label"] == "temperature (°C)"}
    assert shown == {"a": "41C", "b": "41C", "c": "38 degrees Celsius"}, shown
