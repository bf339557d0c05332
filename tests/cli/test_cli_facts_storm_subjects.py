"""``facts --json`` on four outlets' accounts of an invented storm over western Hungary (the kinds of
t13m F6, F7, F8 and F16, issue #16), written for this test: two firms' job cuts are two facts,
one firm's cut in two outlets one fact in disagreement; a list of towns' rainfall and gusts gives
each town its fact, compared with other outlets' prose; a toll's superseded value is no value of
it; a speed with its conversion is one value."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "a_wire.txt": (
        "Storm Zsófia kills four in western Hungary\n\n"
        "SIÓFOK, June 3 (Reuters) - Storm Zsófia swept across western Hungary on Tuesday with winds of "
        "120 km/h (75 mph), officials said.\n\n"
        "The toll, earlier put at two, rose to four by the evening.\n\n"
        "Rainfall totals: Pécs 64 mm, Mohács 51 mm, Szekszárd 38 mm.\n\n"
        "Separately, Rába Works will cut 300 jobs at its Győr plant.\n"
    ),
    "b_daily.md": (
        "---\ntitle: Four dead as Zsófia hits Balaton\noutlet: Daily Hungarian\n---\n"
        "Four people died when Storm Zsófia hit the Balaton region with winds of 120 km per hour (75 mph).\n\n"
        "Officials said 66 mm fell in Pécs.\n\n"
        "Wind gusts: Siófok 110 km/h, Keszthely 95 km/h.\n\n"
        "Dunaferr said it would cut 120 jobs at its steel mill.\n"
    ),
    "c_local.txt": (
        "Clean-up begins after the storm\n\n"
        "Pécs recorded 66 mm of rain on Tuesday, the weather service said. Gusts reached 120 km/h in Siófok.\n\n"
        "The death toll stands at four (previously three), police said.\n\n"
        "Rába Works said on Wednesday it would cut 320 jobs in Győr.\n"
    ),
    "d_business.md": (
        "---\ntitle: Steel and engines\noutlet: Business Week HU\n---\n"
        "Kestrel Hydro will invest $5 million in the dam, while Vesterlund Kraft will invest $8 million in the grid.\n"
    ),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    tmp = tmp_path_factory.mktemp("storm")
    corpus = tmp / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["--corpus", str(corpus), "--index-dir", str(tmp / "i"), "facts", "--json"]) == 0
    got: dict[str, list[dict[str, Any]]] = {}
    for f in json.loads(buf.getvalue())["facts"]:
        got.setdefault(f["label"], []).append(f)
    return got


def _values(fact: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(v["doc"], v["value"]) for v in fact["values"]]


def _one(rows: dict[str, list[dict[str, Any]]], label: str) -> dict[str, Any]:
    assert len(rows.get(label, [])) == 1, {k: [_values(f) for f in fs] for k, fs in rows.items()}
    return rows[label][0]


def test_two_firms_cuts_are_two_facts(rows: dict[str, list[dict[str, Any]]]) -> None:
    raba = _one(rows, "jobs cut (Rába Works)")
    assert raba["status"] == "disagree" and _values(raba) == [("a_wire", 300), ("c_local", 320)]
    assert _values(_one(rows, "jobs cut (Dunaferr)")) == [("b_daily", 120)]
    assert "jobs cut" not in rows


def test_two_owners_investments_are_two_facts(rows: dict[str, list[dict[str, Any]]]) -> None:
    assert _values(_one(rows, "investment (Kestrel Hydro)")) == [("d_business", 5_000_000)]
    assert _values(_one(rows, "investment (Vesterlund Kraft)")) == [("d_business", 8_000_000)]


def test_each_town_of_a_list_is_its_own_fact(rows: dict[str, list[dict[str, Any]]]) -> None:
    pecs = _one(rows, "rainfall at Pécs")
    assert pecs["status"] == "disagree" and _values(pecs) == [("a_wire", 64), ("b_daily", 66), ("c_local", 66)]
    assert _one(rows, "rainfall at Mohács")["status"] == "single source"
    siofok = _one(rows, "wind gusts at Siófok")
    assert siofok["status"] == "disagree" and _values(siofok) == [("b_daily", 110), ("c_local", 120)]
    assert not [k for k in rows if k.startswith(("length", "speed ("))], list(rows)


def test_the_superseded_toll_is_no_value(rows: dict[str, list[dict[str, Any]]]) -> None:
    toll = _one(rows, "death toll")
    assert toll["status"] == "agree" and {v["value"] for v in toll["values"]} == {4}, _values(toll)


def test_a_speed_with_its_conversion_is_one_value(rows: dict[str, list[dict[str, Any]]]) -> None:
    wind = _one(rows, "wind speed")
    assert wind["status"] == "agree" and _values(wind) == [("a_wire", 120), ("b_daily", 120)]
    assert not [v for fs in rows.values() for f in fs for v in f["values"] if v["unit"] == "mph"]
