"""``quotes --json`` on the articles of acceptance report t13ac M7, M8, M26, M9, M18 (round s36-x3).

"Mount Keldra claimed 16 lives" made the volcano a speaker (M7); "According to a person familiar
with the observatory's readings, …" and "…, officials, speaking anonymously, told reporters."
vanished (M8, M26); a signature before a quotation with a colon and '," sobbed farmer Jonas Reeve,
61' were unattributed (M9); "pledged €50 million in aid and said …" was one statement cued by
"pledged" (M18). Each reported article is here with variants of my own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEAD = "Keldra: what we know\n\n"
TAIL = "\n\nThe ash cloud drifted east over the sea on Friday.\n"


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(HEAD + text + TAIL, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def by_speaker(data: dict) -> dict[str | None, list[tuple[str, str]]]:
    out: dict[str | None, list[tuple[str, str]]] = {}
    for sp in data["speakers"]:
        out.setdefault(sp["name"], []).extend((q["doc"], q["text"]) for q in sp["quotes"])
    out[None] = [(q["doc"], q["text"]) for q in data["unattributed"]]
    return out


def test_claimed_lives_no_place_speaker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(
        tmp_path,
        capsys,
        {
            # t13ac repro/v10/a.txt, b.txt; a variant of my own
            "a.txt": "The eruption of Mount Keldra on Sarnholm claimed 16 lives on Thursday, officials said, "
            "and some 5,500 people moved out of their homes.",
            "b.txt": "Mount Keldra claimed 16 lives on Thursday, officials said.",
            "c.txt": "Typhoon Halvar claimed the lives of nine fishermen off Portmere, the coastguard said.",
        },
    )
    said = by_speaker(data)
    assert not any(("Keldra" in (n or "")) or ("Halvar" in (n or "")) for n in said), said
    docs = sorted(d for qs in said.values() for d, text in qs if "lives" in text)
    assert docs == ["a", "b", "c"], said


def test_anonymous_sources_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(
        tmp_path,
        capsys,
        {
            # t13ac repro/v11/a.txt, c.txt, repro/v27/d.txt; variants of my own
            "a.txt": "According to a person familiar with the observatory's readings, the mountain "
            '"could erupt again within weeks".',
            "b.txt": 'The mountain "could erupt again within weeks", a person familiar with the readings said.',
            "c.txt": 'The evacuation order "came far too late", officials, speaking anonymously, told reporters.',
            "d.txt": "The evacuation order “came far too late”, two officials, speaking anonymously, said.",
            "e.txt": "According to a source close to the ministry’s inquiry, the mountain “could erupt again within weeks”.",
        },
    )
    unattributed = sorted(q["doc"] for q in data["unattributed"])
    assert unattributed == ["a", "b", "c", "d", "e"], data


def test_signature_lead_and_manner_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(
        tmp_path,
        capsys,
        {
            # t13ac repro/v12/a.txt, b.txt, c.txt; variants of my own
            "a.txt": 'The lava front stopped 3 km from Varnhelm.\n\n— Dr Ilse Brandvik, Sarnholm Volcano Observatory: "The magma chamber is refilling."',
            "b.txt": '"The magma chamber is refilling."\n\n— Dr Ilse Brandvik, Sarnholm Volcano Observatory',
            "c.txt": '"It was like the end of the world," sobbed farmer Jonas Reeve, 61, whose barn burned down.',
            "d.txt": "The rescue went on all night.\n\n-- Mariusz Zielinski, rescue chief: “We are working around the clock.”",
            "e.txt": '"We have lost everything," wept grandmother Maria Kovacs, 78.',
        },
    )
    said = by_speaker(data)
    assert sorted(said.get("Ilse Brandvik", [])) == [
        ("a", "The magma chamber is refilling"),
        ("b", "The magma chamber is refilling"),
    ], said
    assert said.get("Jonas Reeve") == [("c", "It was like the end of the world")], said
    assert said.get("Mariusz Zielinski") == [("d", "We are working around the clock")], said
    assert said.get("Maria Kovacs") == [("e", "We have lost everything")], said


def test_second_speech_verb_after_pledge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(
        tmp_path,
        capsys,
        {
            # t13ac repro/v0-story web/island-gazette; variants of my own
            "a.txt": "Prime Minister Aud Lystrup pledged €50 million in aid and said each displaced family would get €2,000.",
            "b.txt": "Governor Tomas Arvid promised new shelters and told reporters that the schools would reopen on Monday.",
            "c.txt": "Mayor Ilona Farkas demanded $3 million for the miners but said the strike would end on Friday.",
        },
    )
    said = by_speaker(data)
    assert said.get("Aud Lystrup") == [("a", "each displaced family would get €2,000")], said
    assert said.get("Tomas Arvid") == [("b", "the schools would reopen on Monday")], said
    assert said.get("Ilona Farkas") == [("c", "the strike would end on Friday")], said
