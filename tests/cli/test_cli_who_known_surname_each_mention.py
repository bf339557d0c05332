"""A known person's surname written alone goes, mention by mention, to the famous bearer when it
carries a cue for them and to the bearer the article (or the corpus) names in full when it carries
none (t13u F1, round s32-a): "Turkish tourist Emre Erdoğan ... Erdogan said ... President Erdogan
sent his condolences ..., and Turkey's Erdogan offered forensic help" gave all four lone "Erdogan"
to Recep Tayyip Erdogan, the tourist's quote too; "French tourist Julien Macron ... President Macron
sent ..., France's Macron offered ..." gave the president's to the tourist. ``entities --json``
(mention offsets), ``quotes --json`` (the speaker) and ``who:`` search, on the reported articles
and two invented variants (other names, the cue-less mention in an article not naming the bearer)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

EYEWITNESS = (
    'Eyewitness: "I lost my brother in the tunnel"\n\n'
    "CORDALEZA, June 4 (AP) - Turkish tourist Emre Erdoğan, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    '"It was like a wave that never stopped," Erdogan said on Sunday. Erdogan, who had flown in for the '
    "final, said he lost sight of his brother within seconds.\n\n"
    "President Erdogan sent his condolences to Valdoria in a message on Sunday, and Turkey's Erdogan "
    "offered forensic help.\n"
)
EYEWITNESS_FR = (
    'Eyewitness: "I lost my friend in the tunnel"\n\n'
    "CORDALEZA, June 4 (AFP) - French tourist Julien Macron, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    '"It was like a wave that never stopped," Macron said on Sunday. Macron, who had flown in for the '
    "final, said he lost sight of his friend within seconds.\n\n"
    "President Macron sent his condolences to Valdoria in a message on Sunday, and France's Macron "
    "offered forensic help.\n"
)
FERRY = (
    "Ferry fire\n\n"
    "PORTSMOUTH, May 2 (Reuters) - The retired chemistry teacher Carla Meloni, 61, was on the upper deck "
    "when the alarm sounded.\n\n"
    '"We had perhaps two minutes," Meloni told reporters.\n\n'
    "Prime Minister Meloni called the shipping line on Monday, and Italy's Meloni later promised help "
    "to the families.\n"
)
FERRY_LATER = "Ferry inquiry\n\nMeloni said the crew had practised the drill twice that week.\n"
FLOOD = (
    "Flood rescue\n\n"
    "Chef Hana Modi, 42, kept her restaurant open as a shelter through the night.\n\n"
    '"Nobody had anywhere else to go," said Modi.\n\n'
    "Prime Minister Modi sent his sympathy to the region, and India's Modi announced relief funds.\n"
)

# (files, the surname, the bearer, the famous person, the docs naming each, the bearer's quote)
CASES = [
    (
        {"eyewitness": EYEWITNESS, "eyewitness-fr": EYEWITNESS_FR},
        "Erdogan",
        "Emre Erdoğan",
        "Recep Tayyip Erdogan",
        ["eyewitness"],
        ["eyewitness"],
        "It was like a wave that never stopped",
    ),
    (
        {"eyewitness": EYEWITNESS, "eyewitness-fr": EYEWITNESS_FR},
        "Macron",
        "Julien Macron",
        "Emmanuel Macron",
        ["eyewitness-fr"],
        ["eyewitness-fr"],
        "It was like a wave that never stopped",
    ),
    (
        {"ferry": FERRY, "ferry-later": FERRY_LATER},
        "Meloni",
        "Carla Meloni",
        "Giorgia Meloni",
        ["ferry", "ferry-later"],
        ["ferry"],
        "We had perhaps two minutes",
    ),
    (
        {"flood": FLOOD},
        "Modi",
        "Hana Modi",
        "Narendra Modi",
        ["flood"],
        ["flood"],
        "Nobody had anywhere else to go",
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("files", "surname", "bearer", "famous", "bearer_docs", "famous_docs", "quote"),
    CASES,
    ids=["erdogan", "macron", "meloni", "modi"],
)
def test_each_lone_surname_by_its_own_cue(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    surname: str,
    bearer: str,
    famous: str,
    bearer_docs: list[str],
    famous_docs: list[str],
    quote: str,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    ents = {e["name"]: e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"}
    assert bearer in ents and famous in ents, sorted(ents)
    # every lone surname: the famous person's after a title or a country's possessive, else the bearer's
    for name, ent in ((bearer, ents[bearer]), (famous, ents[famous])):
        for m in ent["mentions"]:
            text = files[m["doc"]]
            if m["text"] != surname:
                continue
            before = text[max(0, m["start"] - 12) : m["start"]]
            cued = before.endswith(("President ", "Minister ", "'s "))
            assert cued == (name == famous), (name, m, before)
    assert sum(m["text"] == surname for m in ents[famous]["mentions"]) == 2
    assert sorted({m["doc"] for m in ents[bearer]["mentions"]}) == bearer_docs
    speakers = {
        s["name"]: [q["text"] for q in s["quotes"]] for s in _run(capsys, [*base, "quotes", "--json"])["speakers"]
    }
    assert quote in speakers.get(bearer, []), speakers
    assert quote not in speakers.get(famous, []), speakers
    hits = _run(capsys, [*base, "search", f'who:"{famous}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == famous_docs
    hits = _run(capsys, [*base, "search", f'who:"{bearer}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == bearer_docs
