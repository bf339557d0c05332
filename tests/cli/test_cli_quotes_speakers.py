"""`quotes --json` over a wire story told three ways (tester report t13 item 6): one speaker per
person, the inverted "…, said Name, role." credited to the name, an unnamed group unattributed,
and 'Name, apposition, said "…"' found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILLER = "Several families gathered at the terminal building, where volunteers handed out blankets.\n\n"
DOCS = {
    "reuters.txt": (
        "Ferry capsizes off Portmere\n\n"
        "PORTMERE, March 14 (Reuters) - A passenger ferry capsized off Portmere on Friday, killing at "
        "least 12 people, Harbour Master Hiroshi Ueda said.\n\n"
        '"We are still searching for survivors," Ueda told reporters at the terminal.\n\n'
        "The operator, Nordsea Lines, said it was cooperating fully with the investigation.\n\n"
        + FILLER
        + "Harbour officials said the weather had been calm for most of the morning.\n\n"
        "Unitree robots were deployed to search the hull, said Geoffrey Hinton, a volunteer adviser.\n"
    ),
    "ap.md": (
        "---\noutlet: AP\n---\n# Portmere ferry disaster\n\n"
        "The death toll from Friday's capsizing rose to 14 as divers worked through the night.\n\n"
        'Ueda, the harbour master, said "the sea was calm but the ship listed suddenly".\n\n'
        + FILLER
        + "Police said the wreck would be raised next week.\n"
    ),
    "bbc.txt": (
        "Portmere ferry - what we know\n\nHiroshi Ueda said the ferry was carrying 212 passengers.\n\n"
        + FILLER
        + "The rescue was slowed by fog, said Anna Berg, a coastguard spokeswoman.\n"
    ),
}


def test_quotes_json_speakers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    said = {sp["name"]: sorted((q["doc"], q["text"]) for q in sp["quotes"]) for sp in out["speakers"]}
    assert said["Hiroshi Ueda"] == [
        ("ap", "the sea was calm but the ship listed suddenly"),
        ("bbc", "the ferry was carrying 212 passengers"),
        # the dateline "PORTMERE, March 14 (Reuters) -" is no part of the quote (t13b N3)
        ("reuters", "A passenger ferry capsized off Portmere on Friday, killing at least 12 people"),
        ("reuters", "We are still searching for survivors"),
    ]
    assert said["Geoffrey Hinton"] == [("reuters", "Unitree robots were deployed to search the hull")]
    assert said["Anna Berg"] == [("bbc", "The rescue was slowed by fog")]
    assert said["Nordsea Lines"] == [("reuters", "it was cooperating fully with the investigation")]
    assert set(said) == {"Hiroshi Ueda", "Geoffrey Hinton", "Anna Berg", "Nordsea Lines"}
    unattributed = sorted(q["text"] for q in out["unattributed"])
    assert unattributed == [
        "the weather had been calm for most of the morning",
        "the wreck would be raised next week",
    ]


def test_who_finds_the_lone_surname_in_every_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # t13: AP's "Ueda, the harbour master, said" was no mention, so who:Ueda missed it.
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, "utf-8")
    capsys.readouterr()
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "search"]
    for query in ("who:Ueda", 'who:"Hiroshi Ueda"'):
        assert main([*args, query, "--json"]) == 0
        hits = json.loads(capsys.readouterr().out)["hits"]
        assert sorted(h["doc"] for h in hits) == ["ap", "bbc", "reuters"], query
