"""t13q F12 through the CLI: ``show DOC --json`` block kinds on the tester's files: in
clean-explainer "What happens next" is a heading and "Investigators will examine:" a paragraph; in
clean-timeline the last row "9.45am First Rega Helicopter Lands" is a paragraph as the rows above;
in ap-wire-1987style the slug is no title (the headline under it is). The rules and invented
variants: tests/analysis/test_blocks_kinds_of_rows_lists_slugs.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30m"


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("clean-explainer.txt", "clean-timeline.txt", "ap-wire-1987style.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("clean-explainer", {"What happens next": "heading", "Investigators will examine:": "paragraph"}),
        (
            "clean-timeline",
            {"9.20am Cabin Falls Near Pylon Four": "paragraph", "9.45am First Rega Helicopter Lands": "paragraph"},
        ),
        (
            "ap-wire-1987style",
            {
                "BC-Switzerland-Cable Car,0412": "paragraph",
                "^Cable car cabin falls in Swiss Alps, killing three<": "title",
            },
        ),
    ],
)
def test_show_json_block_kinds(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, expected: dict[str, str]
) -> None:
    assert main([*corpus, "show", doc, "--json"]) == 0
    got = {b["text"]: b["kind"] for b in json.loads(capsys.readouterr().out)["blocks"]}
    assert {t: got.get(t) for t in expected} == expected
