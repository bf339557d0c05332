"""The entity list has a surname in capitals before a given name opening a sentence or a clause
as one person keyed given name first, joined with its later "Mr YAMADA", and who: finds it by
either name (t13r F8, round s30-t: ORG 'YAMADA' after a semicolon, ORG 'SUZUKI' at a sentence's
start). The reported probe (tests/fixtures/t13r/caps.txt) and two invented variants."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "t13r" / "caps.txt"

VARIANTS = [
    (
        "Seoul sends condolences\n\nSEOUL, June 4 (Yonhap) - The ministry said two Koreans were hurt; "
        "KANGMIN Jiwoo, her cousin, is among the injured. Ms KANGMIN, 31, is from Busan.\n",
        "Jiwoo Kangmin",
        "Kangmin",
    ),
    (
        "Tokyo sends help\n\nTOKYO, June 4 (Kyodo) - The embassy named one more passenger. "
        "MORITA Kaito, his colleague, was unhurt. Mr Morita flew home on Friday.\n",
        "Kaito Morita",
        "Morita",
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _check(capsys: pytest.CaptureFixture[str], tmp_path: Path, person: str, surname: str, mentions: int) -> None:
    base = ["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix")]
    ents = _run(capsys, [*base, "entities", "--json"])["entities"]
    mine = [(e["type"], e["name"], len(e["mentions"])) for e in ents if surname.lower() in e["name"].lower()]
    assert mine == [("PERSON", person, mentions)], mine
    for query in (f"who:{surname}", f'who:"{person}"'):
        hits = _run(capsys, [*base, "search", query, "--json"])["hits"]
        assert [(h["doc"], len(h["spans"])) for h in hits] == [("n", mentions)], (query, hits)


def test_reported_probe(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    shutil.copy(FIXTURE, tmp_path / "c" / "n.txt")
    _check(capsys, tmp_path, "Hanako Suzuki", "Suzuki", 1)


@pytest.mark.parametrize(("text", "person", "surname"), VARIANTS)
def test_variants(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, person: str, surname: str) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "n.txt").write_text(text, encoding="utf-8")
    _check(capsys, tmp_path, person, surname, 2)
