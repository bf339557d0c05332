"""``facts --json`` on review s37-rv's repro corpora of findings 2, 3, 4 and 15 (issue #16, round
s37-y2): each reported false disagreement gone, end to end. The kinds and their variants:
tests/analysis/test_fact_review_s37rv_false_disagreements.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json


def _md(title: str, outlet: str, date: str, body: str) -> str:
    return f"---\ntitle: {title}\noutlet: {outlet}\ndate: {date}\n---\n{body}\n"


def _rows(facts: list[dict[str, Any]]) -> list[tuple[str, str, list[str]]]:
    return sorted((f["label"], f["status"], sorted(f"{v['doc']}:{v['text']}" for v in f["values"])) for f in facts)


def test_reported_false_disagreements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        # finding 2 (rv-tmp/c2)
        "a.md": _md(
            "Story a",
            "Outlet a",
            "2026-03-01",
            "Twelve workers were injured when a boiler exploded at the Varn paper mill on Tuesday, the company said.",
        ),
        "b.md": _md(
            "Story b",
            "Outlet b",
            "2026-03-02",
            "A boiler exploded at the Varn paper mill on Tuesday, the company said. About 200 workers suffered cuts "
            "to their pay at the mill last year.",
        ),
        # finding 3 (rv-tmp/c20)
        "c.md": _md(
            "Story c",
            "Outlet c",
            "2026-03-03",
            "The storm hit Varn on Tuesday. About 300 people were evacuated, and half of them were children, the "
            "council said.",
        ),
        "d.md": _md(
            "Story d",
            "Outlet d",
            "2026-03-04",
            "The storm hit Varn on Tuesday. Police said 2,000 homes lost power; a third of them were still dark on "
            "Wednesday, the council said.",
        ),
        # finding 4 (rv-tmp/c14)
        "e.md": _md(
            "Story e",
            "Outlet e",
            "2026-03-05",
            "More than a third of the homes in Varn were damaged, the council said. Nearly two-thirds of the "
            "flights from Varn were cancelled, the airport said.",
        ),
        "f.md": _md(
            "Story f",
            "Outlet f",
            "2026-03-06",
            "The council said 33% of the homes in Varn were damaged. The airport said 67% of the flights from "
            "Varn were cancelled.",
        ),
    }
    rows = _rows(facts_json(tmp_path, capsys, files))
    assert [r for r in rows if r[1] == "disagree"] == [], rows
    assert ("share of a whole named before", "not compared", ["c:half", "d:a third"]) in rows, rows
    assert ("share of homes damaged", "agree", ["e:More than a third", "f:33%"]) in rows, rows
    assert ("share of flights cancelled", "agree", ["e:Nearly two-thirds", "f:67%"]) in rows, rows
    assert not [r for r in rows if "injured" in r[0] and any(v.startswith("b:") for v in r[2])], rows


def test_reported_bus_station_is_no_count_aboard(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {  # finding 15 (rv-tmp/c17)
        "a.md": _md(
            "Live: Varn depot fire",
            "Alpha News",
            "2026-03-03",
            "Varn depot fire: live updates\n\n09:10 GMT\nA fire has broken out at the Varn bus depot. Twelve "
            "passengers were in the bus station when the fire started, police said.\n\n10:25 GMT\nPolice said 40 "
            "passengers were on board the coach that caught fire. All of them got off safely.",
        ),
        "b.md": _md(
            "Varn depot fire",
            "Beta News",
            "2026-03-03",
            "A fire broke out at the Varn bus depot on Tuesday. Police said 40 passengers were on board the coach "
            "that caught fire, and all of them got off safely. Twelve passengers were waiting in the bus station "
            "at the time.",
        ),
    }
    facts = facts_json(tmp_path, capsys, files)
    assert not [v for f in facts for v in f["values"] if v["superseded"]], facts
    rows = _rows(facts)
    assert ("passengers", "agree", ["a:Twelve passengers", "b:Twelve passengers"]) in rows, rows
    # (the second row of "passengers" names what tells it apart, "on board": t13ad N23, round s37-x2)
    assert ("passengers: board", "agree", ["a:40 passengers", "b:40 passengers"]) in rows, rows
