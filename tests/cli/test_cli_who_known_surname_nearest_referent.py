"""A cue-less lone surname, in an article naming both the famous bearer (with a cue) and another
bearer in full, goes to whichever was named last before it (issue #16, round s32-i): "President
Erdogan said ... "…," Erdogan added" is the president's, "Turkish tourist Emre Erdoğan ... Erdogan
said" the tourist's. Before, every cue-less mention went to the bearer named in full, the
president's words too. ``entities --json`` (each mention's owner), ``quotes --json`` (the speaker)
and ``who:`` search, on the reported shapes and two invented variants (other names, a country's
possessive as the cue)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ERDOGAN = (
    "Eyewitness\n\n"
    "CORDALEZA, June 4 (AP) - Turkish tourist Emre Erdoğan, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    '"It was like a wave that never stopped," Erdogan said on Sunday.\n\n'
    "President Erdogan sent his condolences to Valdoria on Sunday. "
    '"Turkey will send forensic teams," Erdogan added.\n'
)
MACRON = (
    "Eyewitness\n\n"
    "CORDALEZA, June 4 (AFP) - French tourist Julien Macron, 29, was standing near Gate 7 when the crowd "
    "began to sway.\n\n"
    '"I lost my friend in the tunnel," Macron said on Sunday.\n\n'
    "President Macron spoke to Valdoria's leader by phone. Meanwhile Macron sent condolences. "
    '"France stands with Valdoria," Macron wrote.\n'
)
MELONI = (
    "Ferry fire\n\n"
    "PORTSMOUTH, May 2 (Reuters) - The retired chemistry teacher Carla Meloni, 61, was on the upper deck "
    "when the alarm sounded.\n\n"
    '"We had perhaps two minutes," Meloni told reporters.\n\n'
    "Italy's Meloni called the shipping line on Monday. "
    '"Every family will be helped," Meloni said in Rome.\n'
)
SCHOLZ = (
    "Harbour storm\n\n"
    "Chancellor Scholz praised the coastguard on Tuesday. "
    '"They saved forty lives," Scholz said.\n\n'
    "Captain Rolf Scholz, 52, brought the trawler in at dawn. "
    '"The waves were higher than the bridge," Scholz recalled.\n'
)

# (doc, text, surname, bearer, famous, the bearer's quote, the famous person's quote,
# owner of each lone surname in order: "b" bearer, "f" famous)
CASES = [
    (
        "eyewitness",
        ERDOGAN,
        "Erdogan",
        "Emre Erdoğan",
        "Recep Tayyip Erdogan",
        "It was like a wave that never stopped",
        "Turkey will send forensic teams",
        "bff",
    ),
    (
        "eyewitness-fr",
        MACRON,
        "Macron",
        "Julien Macron",
        "Emmanuel Macron",
        "I lost my friend in the tunnel",
        "France stands with Valdoria",
        "bfff",
    ),
    (
        "ferry",
        MELONI,
        "Meloni",
        "Carla Meloni",
        "Giorgia Meloni",
        "We had perhaps two minutes",
        "Every family will be helped",
        "bff",
    ),
    (
        "harbour",
        SCHOLZ,
        "Scholz",
        "Rolf Scholz",
        "Olaf Scholz",
        "The waves were higher than the bridge",
        "They saved forty lives",
        "ffb",
    ),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("doc", "text", "surname", "bearer", "famous", "bearer_quote", "famous_quote", "owners"),
    CASES,
    ids=["erdogan", "macron", "meloni", "scholz"],
)
def test_a_bare_surname_goes_to_the_nearest_referent(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    doc: str,
    text: str,
    surname: str,
    bearer: str,
    famous: str,
    bearer_quote: str,
    famous_quote: str,
    owners: str,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / f"{doc}.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    ents = {e["name"]: e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"}
    assert bearer in ents and famous in ents, sorted(ents)
    owner_at = {m["start"]: name for name in (bearer, famous) for m in ents[name]["mentions"] if m["text"] == surname}
    got = "".join("b" if owner_at[s] == bearer else "f" for s in sorted(owner_at))
    assert got == owners, owner_at
    speakers = {
        s["name"]: [q["text"] for q in s["quotes"]] for s in _run(capsys, [*base, "quotes", "--json"])["speakers"]
    }
    assert bearer_quote in speakers.get(bearer, []), speakers
    assert famous_quote in speakers.get(famous, []), speakers
    assert famous_quote not in speakers.get(bearer, []), speakers
    for who in (bearer, famous):
        hits = _run(capsys, [*base, "search", f'who:"{who}"', "--json"])["hits"]
        assert [h["doc"] for h in hits] == [doc]
