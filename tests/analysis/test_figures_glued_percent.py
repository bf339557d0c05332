"""A percentage written with its word glued to the number ("7.5pct", "7.5pc" as British papers
write it, "3.2ppt" percentage points, the high end of "5-10pct") is a figure, as "7.5 pct" and
"7.5%" are (issue #16, t13al-r S7): "Sales grew 7.5pct." gave no figure at all, so neither the
entities' PERCENT nor the fact sheet had it. A computer's "5 PC units" stays a count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.figures import figures_of
from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "high"),
    [
        ("Sales grew 7.5pct.", "7.5pct", 7.5, "%", None),  # the reported sentence (t13alr variants/N12/b)
        ("Sales grew 7.5pc in the year.", "7.5pc", 7.5, "%", None),
        ("Its margin rose 3.2ppt to 18%.", "3.2ppt", 3.2, "pp", None),
        ("Costs rose by 5-10pct.", "5-10pct", 5.0, "%", 10.0),
    ],
    ids=["reported-pct", "pc", "ppt-points", "range"],
)
def test_glued_percentage_is_a_figure(text: str, written: str, value: float, unit: str, high: float | None) -> None:
    fig = figures_of(text)[0]
    assert (text[fig.start : fig.end], fig.kind, fig.value, fig.unit, fig.high) == (
        written,
        "percent",
        value,
        unit,
        high,
    )


def test_a_computer_is_no_percentage() -> None:
    assert [(f.kind, f.value) for f in figures_of("The school bought 5 PC units.")] == [("count", 5.0)]


def test_fact_sheet_and_entities_hold_the_reported_percentage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "b.txt").write_text("Tech deal\nSales grew 7.5pct.\n", encoding="utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "i")]
    assert main([*args, "facts", "--json"]) == 0
    values = [(v["value"], v["unit"]) for f in json.loads(capsys.readouterr().out)["facts"] for v in f["values"]]
    assert values == [(7.5, "%")]
    assert main([*args, "entities", "--json"]) == 0
    entities = {(e["name"], e["type"]) for e in json.loads(capsys.readouterr().out)["entities"]}
    # A figure entity is named by its value spelled one way (round s49-f), whatever spelling the
    # article wrote: "7.5pct" is the entity "7.5%".
    assert ("7.5%", "PERCENT") in entities
