"""The entity list joins "YAMADA Taro" (a surname in capitals first, East Asian order) and the
later "Mr. Yamada" as one person, and who: finds both by either name (t13p F9, round s29-j: ORG
"Yamada" ['YAMADA', 'Yamada'], and who:"Taro Yamada" found nothing). The reported input and two
invented variants. Then such a person typed by a title or an apposition ("Minister TAKAHARA
Kenji", "The envoy, MORIKAWA Yumiko, said"), keyed as written before the one rule of that order
(shouted.surname_written, round s30-a: 3 of 3 failing before): its reported input and two
invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    (
        "Japanese ambassador YAMADA Taro met the governor. Mr. Yamada said Tokyo would help.",
        "Taro Yamada",
        "Yamada",
    ),  # reported
    ("Chinese envoy ZHANG Wei met the mayor. Mr. Zhang said Beijing would help.", "Wei Zhang", "Zhang"),
    ("Vietnamese minister NGUYEN Lan toured the valley. Ms. Nguyen said Hanoi would send aid.", "Lan Nguyen", "Nguyen"),
    (  # reported (round s30-a)
        "Minister TAKAHARA Kenji met the governor. Mr. Takahara said Tokyo would help.",
        "Kenji Takahara",
        "Takahara",
    ),
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
