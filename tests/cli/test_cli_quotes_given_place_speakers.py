"""``entities --json`` and ``quotes --json`` on a one-word place that is a given name speaking in a
quotation's tag (issue #16, round s38-x2): '"It was a hard week," Paris added.' is a person in
both, beside another article's place "Paris"; a capital speaking for its government stays one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FRONT = "---\ntitle: Flood clean-up\noutlet: {outlet}\ndate: 2026-03-03\n---\n"
LEDE = "The river burst its banks on Tuesday and flooded the lower town of Kerrow.\n\n"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], bodies: list[str], command: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for i, body in enumerate(bodies):
        outlet = ("Alpha News", "Beta News")[i]
        (corpus / f"{chr(97 + i)}.md").write_text(FRONT.format(outlet=outlet) + LEDE + body + "\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def labels(data: dict, name: str) -> set[str]:
    return {e["type"] for e in data["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("bodies", "word", "words"),
    [
        # the reported input, another article naming the city
        (
            ['"It was a hard week," Paris added.', "Volunteers from Paris arrived on Wednesday."],
            "Paris",
            "It was a hard week",
        ),
        # variants: the verb first; another given name that is a city
        (['"We lost everything in one night," said Denver.'], "Denver", "We lost everything in one night"),
        (
            ['"The water came through the floor," Florence told reporters.'],
            "Florence",
            "The water came through the floor",
        ),
    ],
)
def test_given_place_speaking_is_a_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bodies: list[str], word: str, words: str
) -> None:
    entities = run(tmp_path, capsys, bodies, "entities")
    assert "PERSON" in labels(entities, word), entities["entities"]
    quotes = run(tmp_path, capsys, bodies, "quotes")
    speakers = {(sp["name"], sp["type"]) for sp in quotes["speakers"] for q in sp["quotes"] if q["text"] == words}
    assert speakers == {(word, "PERSON")}, quotes


def test_capital_speaking_for_its_government_stays_a_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bodies = ['"We will not pay," Paris said on Monday, adding that it would appeal.']
    assert labels(run(tmp_path, capsys, bodies, "entities"), "Paris") == {"GPE"}
    quotes = run(tmp_path, capsys, bodies, "quotes")
    assert {(sp["name"], sp["type"]) for sp in quotes["speakers"]} == {("Paris", "GPE")}, quotes
