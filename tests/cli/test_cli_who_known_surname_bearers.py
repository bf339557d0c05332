"""Accent-folded spellings of one full name are one entity, shown by its most written spelling,
and ``who:`` with any spelling finds every article (t13q F1, round s30-k): "Emre Erdoğan" (with ğ)
in one article and "Emre Erdogan" in another gave two entities, the gazetteer's "Recep Tayyip
Erdogan" (a name no article writes) for the first; ``who:Erdogan`` found only the articles writing
"Erdoğan" and ``who:"Emre Erdoğan"`` only those writing "Erdogan". The reported input
(t13q probe8) and two invented variants (other given names, wording and counts of each spelling)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "names_t13q_erdogan"


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _variant(root: Path, texts: list[str]) -> None:
    root.mkdir()
    for n, text in enumerate(texts):
        (root / f"{'abc'[n]}.txt").write_text(text, encoding="utf-8")


def _check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path, shown: str, queries: list[str], docs: list[str]
) -> None:
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    people = [e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"]
    assert [(e["name"], sorted({m["doc"] for m in e["mentions"]})) for e in people] == [(shown, docs)], people
    for q in queries:
        hits = _run(capsys, [*base, "search", q, "--json"])["hits"]
        assert sorted(h["doc"] for h in hits) == docs, (q, hits)


QUERIES = ["who:{s}", "who:{s_}", 'who:"{g} {s}"', 'who:"{g_} {s_}"']


def test_reported_probe(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "probe8"
    root.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(FIXTURE / name, root / name)
    # one spelling each: the one with accents on the tie
    queries = [q.format(g="Emre", s="Erdoğan", g_="Emre", s_="Erdogan") for q in QUERIES]
    _check(capsys, tmp_path, root, "Emre Erdoğan", queries, ["a", "b"])


def test_accents_written_twice(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    _variant(
        root,
        [
            "Nurse hailed\n\nThe night nurse Ayşe Erdoğan carried two children out of the burning ward.\n",
            "Hospital fire\n\nStaff said Ayşe Erdoğan, 41, had gone back in twice.\n",
            "Fire inquiry\n\nAyse Erdogan, a nurse, told the inquiry the alarms did not sound.\n",
        ],
    )
    queries = [q.format(g="Ayşe", s="Erdoğan", g_="Ayse", s_="Erdogan") for q in QUERIES]
    _check(capsys, tmp_path, root, "Ayşe Erdoğan", queries, ["a", "b", "c"])


def test_no_accents_written_twice(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    _variant(
        root,
        [
            "Ferry delayed\n\nThe ferry's captain, Mehmet Erdogan, kept the passengers on board overnight.\n",
            "Storm at sea\n\nCaptain Mehmet Erdogan said the waves reached six metres.\n",
            "Ferry back\n\nPassengers praised Mehmet Erdoğan for his calm.\n",
        ],
    )
    queries = [q.format(g="Mehmet", s="Erdogan", g_="Mehmet", s_="Erdoğan") for q in QUERIES]
    _check(capsys, tmp_path, root, "Mehmet Erdogan", queries, ["a", "b", "c"])
