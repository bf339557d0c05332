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


def test_source_names_tell_one_outlet_spelt_two_ways_apart() -> None:
    """The CLI's names and the screens' columns are one function (facts.display.source_names): an
    outlet written "Reuters" in one article and "reuters " in another is one outlet, its articles
    told apart by their ids (the CLI listed "Reuters" and "reuters" as if two outlets)."""
    names = source_names([_Named("wire/a", "Reuters"), _Named("wire/b", "reuters "), _Named("x", "AP")])
    assert names == {"wire/a": "Reuters (wire/a)", "wire/b": "reuters (wire/b)", "x": "AP"}
    long_ids = [_Named("wire-2026-11-04-a-kestrel-update", "NTB"), _Named("wire-2026-11-04-b-kestrel-update", "NTB")]
    assert source_names(long_ids) == {n.doc: f"NTB ({n.doc})" for n in long_ids}  # never cut in the CLI
    cut = source_names(long_ids, cut_ids=True)
    assert all(name.endswith("…)") for name in cut.values()) and len(set(cut.values())) == 2
