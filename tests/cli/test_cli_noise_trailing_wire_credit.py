"""t13q F3 through the CLI: ``noise DOC --json`` on the tester's probe4 files (midbody4.txt,
midbody5.txt, midbody.txt: "… take 18 months. (Reporting by Tom Hale; Editing by Clara Meier)"
at the end of the last paragraph, with and without the brackets) lists the credit as an
attribution block of its own and keeps the paragraph's sentence as content. The rule and its
variants are tested in tests/analysis/test_noise_trailing_wire_credit.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30i"
LAST = "Relatives of the victims have formed an association to follow the investigation, which is expected to take 18 months."


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("midbody.txt", "midbody4.txt", "midbody5.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize(
    ("doc", "credit"),
    [
        ("midbody4", "(Reporting by Tom Hale; Editing by Clara Meier)"),
        ("midbody5", "Reporting by Tom Hale; Editing by Clara Meier"),
        ("midbody", "Reporting by Tom Hale; Editing by Clara Meier"),
    ],
)
def test_noise_json_lists_the_credit_as_attribution(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, credit: str
) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    assert {(b["text"], b["kind"]) for b in out["noise"]} >= {(credit, "attribution")}
    assert LAST in {b["text"] for b in out["content"]}
