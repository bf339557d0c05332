"""A fact row whose values were never compared says "not compared", never "agree" (issue #13,
s16b N4): "3,600 residents" and "3,400 people" evacuated are one measure's values but different
counts (facts.dimensions.dimension_of), so the sheet cannot say they agree ("bounds compatible"); it lists
them apart, each with what it counts. People however worded ("11 people died", "11 killed",
"11 dead") stay one count, compared. (Round s50-f, t13as N3: a place's population, "residents",
is people where no article tells them apart, so the reported residents are tourists here, a
population of their own.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet, timeline
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.export import facts_markdown
from waic_reader.tui.cli.main import main


def sheet(tmp_path: Path, bodies: list[str]) -> list[Fact]:
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.txt").write_text(f"Dam report {i + 1}\n\n{body}\n", encoding="utf-8")
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def fact(facts: list[Fact], label: str) -> Fact:
    [f] = [f for f in facts if f.label == label]
    return f


# The tester's two articles (/tmp/t13s16b/ev): DW's residents, the Guardian's people.
DW = "Brandt said 3,600 tourists had been evacuated."
GU = "The company faces questions after at least 11 people died and 3,400 people were evacuated."


@pytest.mark.parametrize(
    "bodies",
    [
        [DW, GU],  # reported
        # variant: passengers and people stranded, the same number (equal values are no proof)
        [
            "About 300 passengers were stranded at Halvik after the ferry was cancelled.",
            "Some 300 people were stranded at Halvik when the ferry was cancelled.",
        ],
        # variant: two articles count people alike and a third counts residents: the third was
        # compared with neither
        [GU, "Officials said 3,400 people were evacuated from the valley.", DW],
    ],
)
def test_values_of_different_things_are_not_compared(tmp_path: Path, bodies: list[str]) -> None:
    facts = sheet(tmp_path, bodies)
    [f] = [f for f in facts if f.sources > 1 and f.label.startswith("people")]
    assert f.status == "not compared"
    assert not f.compared
    assert f.to_json()["agree"] is None and f.to_json()["status"] == "not compared"
    assert "not compared" in f.grounds and "bounds are compatible" not in f.grounds
    shown = timeline(f, {})
    assert " · " in shown  # listed apart: no arrow from one kind to the other
    assert "tourists" in shown or "passengers" in shown
    md = facts_markdown(facts, [])
    row = next(line for line in md.splitlines() if line.startswith(f"| {f.label} |"))
    assert "| not compared |" in row and "agree" not in row


@pytest.mark.parametrize(
    ("bodies", "status"),
    [
        # a count of people worded with its verb is a count of people: compared
        (["At least 11 people died when the dam broke.", "The dam collapse killed 11 people."], "agree"),
        (["Twelve people died when the dam broke.", "The death toll from the dam collapse rose to 14."], "disagree"),
        (
            ["Officials said 3,400 people were evacuated.", "About 3,500 people were evacuated, officials said."],
            "agree",
        ),
    ],
)
def test_people_however_worded_are_compared(tmp_path: Path, bodies: list[str], status: str) -> None:
    facts = sheet(tmp_path, bodies)
    [f] = [f for f in facts if f.sources > 1]
    assert f.compared
    assert f.status == status


def test_cli_says_not_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "dw.txt").write_text(f"Dam B\n\n{DW}\n", encoding="utf-8")
    (corpus / "gu.txt").write_text(f"Dam C\n\n{GU}\n", encoding="utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"]
    assert main(args) == 0
    out = capsys.readouterr().out
    [row] = [line for line in out.splitlines() if line.startswith("people evacuated")]
    assert "not compared" in row and "agree" not in row
    assert "3,600 tourists" in row and "3,400 people" in row
    assert main([*args, "--json"]) == 0
    [f] = [f for f in json.loads(capsys.readouterr().out)["facts"] if f["label"] == "people evacuated"]
    assert f["status"] == "not compared" and f["agree"] is None
