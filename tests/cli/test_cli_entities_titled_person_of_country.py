"""The entity list and ``who:`` give the person a title and its department name, followed by "of"
and a country ("Minister for Health Tomas Arvid of Sweden pledged €2.5m in aid"; t13p F8, round
s29-j: no PERSON, and who:Arvid missed the article). The reported input and two invented
variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    ("Minister for Health Tomas Arvid of Sweden pledged €2.5m in aid.", "Tomas Arvid", "Arvid"),  # reported
    ("Secretary of State for Defence Ruth Okonjo of Nigeria announced new funds.", "Ruth Okonjo", "Okonjo"),
    ("Minister for Energy Lars Holm of Norway visited the site on Friday.", "Lars Holm", "Holm"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("sentence", "person", "surname"), CASES)
def test_the_titled_person_is_listed_and_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, surname: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "local.txt").write_text(f"Aid for the valley\n\nLIMA, June 4 (Wirex) - {sentence}\n", encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    people = {e["name"] for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"}
    assert person in people, people
    assert [h["doc"] for h in _run(capsys, [*base, "search", f"who:{surname}", "--json"])["hits"]] == ["local"]
