"""Outlets that differ only in letter case are one outlet (issue 17, acceptance s9: c19/r.jsonl's
"Reuters", "reuters" and "REUTERS" were three outlets, three timeline lanes, while whitespace
variants already merged): compared case-folded, shown in the corpus's most common spelling,
the first seen on a tie, in `list`, the timeline and the fact sheet alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.corpus.listing import OutletSpelling
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _records(tmp_path: Path, sources: list[str]) -> None:
    (tmp_path / "c").mkdir()
    lines = [
        json.dumps(
            {
                "title": f"Story {n}",
                "text": f"Osaka quake toll rose to {n + 40} people, officials said on Saturday.",
                "source": source,
                "date": f"2025-03-15T0{n}:00:00Z",
            }
        )
        for n, source in enumerate(sources)
    ]
    (tmp_path / "c" / "r.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


@pytest.mark.parametrize(
    ("sources", "shown"),
    [
        (["Reuters", "reuters", "REUTERS", "Reuters ", " Reuters", "Reuters\u00a0"], "Reuters"),  # c19/r.jsonl
        (["AP", "ap", "ap"], "ap"),  # the most common spelling, not the first
        (["the Guardian", "The Guardian", "THE  GUARDIAN"], "the Guardian"),  # a tie: the first seen
    ],
)
def test_outlets_differing_in_case_are_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sources: list[str], shown: str
) -> None:
    _records(tmp_path, sources)
    listed = _run(tmp_path, capsys, "list")["articles"]
    assert {row["outlet"] for row in listed} == {shown}
    timeline = _run(tmp_path, capsys, "timeline")["articles"]
    assert {a["outlet"] for a in timeline} == {shown}
    sheet = Workspace(tmp_path / "c", tmp_path / "ix").fact_sheet()
    assert {a.label for a in sheet.articles} == {shown}


def test_outlet_spelling() -> None:
    spell = OutletSpelling(["BBC News", "Reuters", "bbc news", "BBC News", None, "REUTERS"])
    assert [spell(n) for n in ("bbc  NEWS", "reuters", "AFP", None)] == ["BBC News", "Reuters", "AFP", None]
