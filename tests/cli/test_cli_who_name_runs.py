"""A quoted ``who:`` phrase that is a run of words in a row of any spelling of an entity finds
that entity's articles, hyphens read as spaces, folded (issue #13/#16, round s32-p:
``who:"Ruiz Calderon"`` found nothing though "Ines Ruiz Calderon" and "Inés Ruiz-Calderón" were
forms of one entity). The reported name and two invented variants (a Portuguese two-word given
name and compound surname, a hyphened given name and surname); words the name does not hold in a
row find nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# (spelling with hyphens, spelling with spaces, runs each must find the entity by)
CASES = [
    ("Inés Ruiz-Calderón", "Ines Ruiz Calderon", ["Ruiz Calderon", "Ruiz Calderón", "Ines Ruiz"]),  # reported
    ("Ana Paula Sousa-Meireles", "Ana Paula Sousa Meireles", ["Sousa Meireles", "Paula Sousa", "Paula Sousa Meireles"]),
    ("Jean-Marc Okafor-Lindqvist", "Jean Marc Okafor Lindqvist", ["Marc Okafor", "Okafor Lindqvist", "Jean Marc"]),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("hyphened", "spaced", "runs"), CASES)
def test_who_phrase_run_of_a_name_finds_every_spelling(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, hyphened: str, spaced: str, runs: list[str]
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    texts = {
        "a": f"Help promised\n\nFire chief {hyphened} promised help on Tuesday.\n",
        "b": f"Help on its way\n\nFire chief {spaced} said help was coming.\n",
        "c": f"Crews arrive\n\nThe crews of fire chief {hyphened} arrived at dawn.\n",
    }
    for doc, text in texts.items():
        (root / f"{doc}.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    people = [e["name"] for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"]
    assert people == [hyphened]
    for run in runs:
        for field in ("who", "entity"):
            got = _run(capsys, [*base, "search", f'{field}:"{run}"', "--json"])
            assert got["total"] == 3, (field, run, got["hits"])
            for hit in got["hits"]:
                text = texts[hit["doc"]]
                assert [text[s:e] for s, e in hit["spans"]] == [hyphened if hit["doc"] != "b" else spaced]
    # words of the name not in a row, or in another order: no run of it
    words = spaced.split()
    for query in (f'who:"{words[0]} {words[-1]}"', f'who:"{words[-1]} {words[-2]}"'):
        assert _run(capsys, [*base, "search", query, "--json"])["total"] == 0, query
