"""The entity list types a name after a capitalised kind of body opening a sentence as that ORG,
without the kind word, and who: finds it (t13r F9, round s30-t: "Operator Ferrovias Andinas said"
was a PERSON 'Operator Ferrovias Andinas'). The reported page (tests/fixtures/t13r/
worldnews-page.html) and two invented variants."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "t13r" / "worldnews-page.html"

VARIANTS = [
    (
        "Fares to rise\n\nLIMA, June 5 (Wirex) - Fares rose by a third. Regulator Ositran said it would look "
        "into the rise.\n",
        "Ositran",
    ),
    (
        "Pass closed\n\nCUSCO, June 5 (Wirex) - The pass was closed on Monday; Carrier Transportes Quilca said "
        "its buses would wait.\n",
        "Transportes Quilca",
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _check(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, doc: str) -> None:
    base = ["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix")]
    ents = _run(capsys, [*base, "entities", "--json"])["entities"]
    mine = [(e["type"], e["name"]) for e in ents if name.rsplit(maxsplit=1)[-1] in e["name"]]
    assert mine == [("ORG", name)], mine
    hits = _run(capsys, [*base, "search", f'who:"{name}"', "--json"])["hits"]
    assert [h["doc"] for h in hits] == [doc], hits


def test_reported_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    shutil.copy(FIXTURE, tmp_path / "c" / "worldnews-page.html")
    _check(capsys, tmp_path, "Ferrovias Andinas", "worldnews-page")


@pytest.mark.parametrize(("text", "name"), VARIANTS)
def test_variants(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, name: str) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "n.txt").write_text(text, encoding="utf-8")
    _check(capsys, tmp_path, name, "n")
