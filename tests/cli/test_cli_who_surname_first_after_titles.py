"""The entity list joins a surname in capitals before a given name, typed by a title or an
apposition ("Minister TAKAHARA Kenji", "The envoy, MORIKAWA Yumiko, said"), and the later "Mr.
Takahara" as one person keyed given name first, and who: finds both by either name (round s30-a:
one rule of that order, shouted.surname_written; such a person was keyed as written, "TAKAHARA
Kenji", beside s29-j's "Taro Yamada"). The reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    (
        "Minister TAKAHARA Kenji met the governor. Mr. Takahara said Tokyo would help.",
        "Kenji Takahara",
        "Takahara",
    ),  # reported
    (
        "The envoy, MORIKAWA Yumiko, met the mayor. Ms. Morikawa said Tokyo would send aid.",
        "Yumiko Morikawa",
        "Morikawa",
    ),
    ("Governor TANAKA Hiroshi toured the valley. Mr. Tanaka said the roads would reopen.", "Hiroshi Tanaka", "Tanaka"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("sentence", "person", "surname"), CASES)
def test_one_person_found_by_either_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, surname: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "n.txt").write_text(f"Aid pledged for Peru\n\nLIMA, June 5 (Wirex) - {sentence}\n", encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    ents = _run(capsys, [*base, "entities", "--json"])["entities"]
    mine = [(e["type"], e["name"], len(e["mentions"])) for e in ents if surname.lower() in e["name"].lower()]
    assert mine == [("PERSON", person, 2)], mine
    for query in (f"who:{surname}", f'who:"{person}"'):
        hits = _run(capsys, [*base, "search", query, "--json"])["hits"]
        assert [(h["doc"], len(h["spans"])) for h in hits] == [("n", 2)], (query, hits)
