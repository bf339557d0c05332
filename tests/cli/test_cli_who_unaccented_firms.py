"""A firm the corpus types under a spelling with accents is that firm in an article writing it
without them: one entity, and who: finds every article (t13r F9, round s30-t: "Ferrovias Andinas,
which runs the line, said" in ap-0603 gave no mention at all beside "Ferrovías Andinas S.A." of the
press release, and who:"Ferrovias Andinas" missed it). The reported pair of articles
(tests/fixtures/t13r/) and two invented pairs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13r"

VARIANTS = [
    (
        "Mine flooded\n\nAREQUIPA, June 5 (Wirex) - The pit of Minería Sureña S.A. flooded on Monday. "
        "Minería Sureña S.A. said two workers were missing.\n",
        "Pit flooded\n\nLIMA, June 5 (Newsline) - Two miners were missing after the flood. Mineria Surena, "
        "which owns the pit, said the pumps had failed.\n",
        "Minería Sureña S.A.",
        "Mineria Surena",
    ),
    (
        "Brewery fined\n\nQUITO, June 5 (Wirex) - Cervecería Páramo Ltda. was fined on Monday. "
        "Cervecería Páramo Ltda. said it would appeal.\n",
        "Fine for brewer\n\nGUAYAQUIL, June 5 (Newsline) - The fine was the largest this year. Cerveceria Paramo, "
        "which brews in the highlands, said it would appeal.\n",
        "Cervecería Páramo Ltda",
        "Cerveceria Paramo",
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _check(capsys: pytest.CaptureFixture[str], tmp_path: Path, firm: str, bare: str, docs: set[str]) -> None:
    base = ["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix")]
    ents = _run(capsys, [*base, "entities", "--json"])["entities"]
    core = bare.split(maxsplit=1)[0][:5]
    mine = [(e["type"], e["name"], {m["doc"] for m in e["mentions"]}) for e in ents if core in e["name"]]
    assert mine == [("ORG", firm, docs)], mine
    hits = _run(capsys, [*base, "search", f'who:"{bare}"', "--json"])["hits"]
    assert {h["doc"] for h in hits} == docs, hits


def test_reported_articles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    for name in ("ap-0603.txt", "press-release.txt"):
        shutil.copy(FIXTURES / name, tmp_path / "c" / name)
    _check(capsys, tmp_path, "Ferrovías Andinas S.A.", "Ferrovias Andinas", {"ap-0603", "press-release"})


@pytest.mark.parametrize(("accented", "bare_text", "firm", "bare"), VARIANTS)
def test_variants(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, accented: str, bare_text: str, firm: str, bare: str
) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(accented, encoding="utf-8")
    (tmp_path / "c" / "b.txt").write_text(bare_text, encoding="utf-8")
    _check(capsys, tmp_path, firm, bare, {"a", "b"})
