"""``who:``, ``said:`` and ``entities`` on a name written only in a quotation's dash signature
(acceptance report t13ab L11, round s36-r): Quotes credited "Tomas Eddery (Person)" from
'-- Tomas Eddery, Rail Accident Inquiry Office' under a quote, but the name was no entity, so
``who:"Tomas Eddery"`` found nothing and ``said:Tomas truth`` missed the article where he is
named "Eddery". Now the search, the entity list and the Quotes screen agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

LEAD = "Inquiry chief speaks\n\nSeven people died in the Harnwick derailment on Tuesday.\n\n"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "i"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def found(tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str) -> list[str]:
    return sorted(h["doc"] for h in run(tmp_path, capsys, "search", query)["hits"])


@pytest.mark.parametrize(
    ("words", "dash", "given", "surname", "org"),
    [
        # reported (t13ab repro/v12)
        ("We owe the families the truth", "--", "Tomas", "Eddery", "Rail Accident Inquiry Office"),
        # invented: another name and body, an en dash, a stop after the signature
        ("Nobody will be forgotten", "–", "Marta", "Kowalczyk", "Harbour Safety Board."),
        ("The bridge will be rebuilt", "—", "Ravi", "Okonjo", "Danmere Water Authority"),
    ],
)
def test_signature_name_found_by_who_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, dash: str, given: str, surname: str, org: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f'{LEAD}"{words}."\n{dash} {given} {surname}, {org}\n', encoding="utf-8")
    (corpus / "b.txt").write_text(f'{LEAD}"{words}."\n\n— {given} {surname}, {org}\n', encoding="utf-8")
    (corpus / "c.txt").write_text(f'{LEAD}"{words}," {surname} said.\n', encoding="utf-8")
    assert found(tmp_path, capsys, f'who:"{given} {surname}"') == ["a", "b", "c"]
    assert found(tmp_path, capsys, f'who:"{org.rstrip(".")}"') == ["a", "b"]
    last = words.rsplit(maxsplit=1)[-1]
    assert found(tmp_path, capsys, f"said:{given} {last}") == ["a", "b", "c"]
    people = {e["name"] for e in run(tmp_path, capsys, "entities")["entities"] if e["type"] == "PERSON"}
    speakers = {sp["name"] for sp in run(tmp_path, capsys, "quotes")["speakers"]}
    assert f"{given} {surname}" in people & speakers, (people, speakers)
