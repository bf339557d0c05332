"""A Markdown pipe table on the command line and in the fact sheet (t13y G13): ``show`` prints
its rows without pipes or the separator row, and each row is read by the fact sheet as the fact
box's "Label: value" line it stands for (its figure gets the measure that line's gets; the
table's figures were a bare "length (m)")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

TABLES = {
    # the reported table
    "analysis.md": "---\ntitle: Why the roof gave way\noutlet: Mining Review\ndate: 2026-03-10\n---\n\n"
    "The collapse trapped seventeen miners on Monday.\n\n"
    "| Figure | Value |\n|---|---|\n| Depth of the refuge chamber | 420 m |\n| Rescue shaft width | 60 cm |\n",
    # alignment colons, no outer pipes
    "review.md": "---\ntitle: The dam\noutlet: Dam Review\ndate: 2026-03-10\n---\n\n"
    "The dam above Kellby broke on Monday night.\n\n"
    "Figure | Value\n:-- | --:\nHeight of the dam | 48 m\nHomes destroyed | 90\n",
    # three columns, an escaped bar
    "notes.md": "---\ntitle: Ferry notes\noutlet: Harbour Notes\ndate: 2026-03-10\n---\n\n"
    "The ferry sank in the fjord on Monday.\n\n"
    "| Measure | Value | Note |\n|:-:|--:|---|\n| Passengers rescued | 212 | coast guard \\| police |\n",
}
BOXES = {
    "box.md": "---\ntitle: Box\noutlet: Box Daily\ndate: 2026-03-10\n---\n\n"
    "The collapse trapped seventeen miners on Monday.\n\n"
    "- Rescue shaft width: 60 cm\n- Height of the dam: 48 m\n"
    "- Homes destroyed: 90\n- Passengers rescued: 212\n",
}


def _corpus(tmp_path: Path, files: dict[str, str]) -> list[str]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    return ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", ["analysis", "review", "notes"])
def test_show_prints_rows_without_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str) -> None:
    base = _corpus(tmp_path, TABLES)
    capsys.readouterr()
    assert main([*base, "show", doc]) == 0
    out = capsys.readouterr().out
    assert "|" not in out.replace("coast guard | police", "")
    assert "---" not in out and ":--" not in out
    assert "Value" in out


def test_show_prints_label_and_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _corpus(tmp_path, TABLES)
    capsys.readouterr()
    assert main([*base, "show", "analysis"]) == 0
    out = capsys.readouterr().out
    assert "Depth of the refuge chamber: 420 m" in out
    assert "Rescue shaft width: 60 cm" in out


def _measures(base: list[str], capsys: pytest.CaptureFixture[str]) -> dict[tuple[str, float], str]:
    capsys.readouterr()
    assert main([*base, "facts", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["facts"]
    return {(v["doc"], v["value"]): v["measure"] for r in rows for v in r["values"]}


def test_a_row_is_read_as_its_fact_box_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _corpus(tmp_path, {**TABLES, **BOXES})
    measures = _measures(base, capsys)
    pairs = (("analysis", 60), ("review", 48), ("review", 90), ("notes", 212))
    for doc, value in pairs:
        assert (doc, value) in measures, (doc, value)
        assert measures[doc, value] == measures["box", value], (doc, value)
    assert sum(bool(measures[doc, value]) for doc, value in pairs) >= 3


def test_search_snippets_show_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _corpus(tmp_path, TABLES)
    capsys.readouterr()
    assert main([*base, "search", "refuge chamber", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    snippets = json.dumps(out, ensure_ascii=False)
    assert "refuge chamber" in snippets.lower()
    assert "chamber | 420" not in snippets and "|---|" not in snippets


def test_a_cell_is_a_label_of_any_length(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a cell is a label by its place: five words are no sentence before a colon
    measures = _measures(_corpus(tmp_path, TABLES), capsys)
    assert "depth" in measures.get(("analysis", 420), "")
