"""`facts` names an article without an outlet by its whole doc id (acceptance s9b #15: the text
output cut ids to 8 characters, "notes/co" for notes/control, which addresses nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import source_names
from waic_reader.tui.cli.main import main


class _Named:
    def __init__(self, doc: str, label: str) -> None:
        self.doc, self.label = doc, label


def test_the_text_output_keeps_whole_doc_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    (corpus / "notes").mkdir(parents=True)
    (corpus / "notes" / "control.txt").write_text(
        "Ferry toll\n\nAt least 12 people died in the ferry disaster, officials said.\n", "utf-8"
    )
    (corpus / "notes" / "controlled-copy.txt").write_text(
        "Ferry toll rises\n\nAt least 14 people died in the ferry disaster, officials said on Friday.\n", "utf-8"
    )
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "facts"]) == 0
    out = capsys.readouterr().out
    assert "notes/control)" in out or "notes/control;" in out
    assert "notes/controlled-copy" in out and "notes/co)" not in out


def test_source_names_never_cut_an_id() -> None:
    names = source_names(
        [_Named("exports/rows#a", "exports/rows#a"), _Named("ap/ferry", "AP"), _Named("ap/update", "AP")]
    )
    assert names == {"exports/rows#a": "exports/rows#a", "ap/ferry": "AP (ap/ferry)", "ap/update": "AP (ap/update)"}
    assert source_names([_Named("ap/ferry", "AP"), _Named("ap/update", "AP")], tell_apart=False) == {
        "ap/ferry": "AP",
        "ap/update": "AP",
    }
