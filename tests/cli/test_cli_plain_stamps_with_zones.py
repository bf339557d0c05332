"""A live blog's entry stamp with a zone or a word, in plain text and HTML (t13l F13): "11:20 CET
Dravec said …" made the firm's bare first word a PERSON in every article (the zone was read as a
capitalised word glued to the name, so the corpus's firm never reached it); the Markdown form
"**11:20 CET**" was right. Now the stamp opens the sentence in every format, and the bare word is
the firm the corpus names, in the entity list and in Quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

NAMES = "Firms\n\nThe contract went to Dravec Logisztika AS and Borsod Gepgyar GmbH. Marton Kelemen attended.\n"
OTHER = "Other\n\nDravec said the lorries were new. Borsod said the cranes were old.\n"


def run(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


@pytest.mark.parametrize(
    ("name", "blog"),
    [
        # reported (t13l F13): plain text and HTML
        ("b.txt", "Live\n\n10:00 Crews arrived.\n\n11:20 CET Dravec said the trucks had been moved.\n"),
        (
            "b.html",
            "<html><head><title>Live</title></head><body><h1>Live</h1><p><strong>10:00</strong> Crews arrived."
            "</p><p><strong>11:20 CET</strong> Dravec said the trucks had been moved.</p></body></html>",
        ),
        # variants of my own: another zone, a word before the clock
        ("b.txt", "Live\n\n09:05 Crews arrived.\n\n14:40 BST Borsod said the cranes had been moved.\n"),
        ("b.txt", "Live\n\nUpdated 09:05 Crews arrived.\n\nPosted at 14:40 GMT Dravec said the road was shut.\n"),
    ],
)
def test_a_zoned_stamp_never_makes_the_firm_a_person(
    name: str, blog: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NAMES, "utf-8")
    (corpus / "c.txt").write_text(OTHER, "utf-8")
    (corpus / name).write_text(blog, "utf-8")
    doc = name.rsplit(".", 1)[0]
    entities = run(corpus, tmp_path, capsys, "entities")["entities"]
    persons = {e["name"] for e in entities if e["type"] == "PERSON"}
    assert not persons & {"Dravec", "Borsod"}, persons
    firm = "Borsod Gepgyar GmbH" if "Borsod said the cranes had been" in blog else "Dravec Logisztika AS"
    (row,) = [e for e in entities if e["name"] == firm]
    assert doc in {m["doc"] for m in row["mentions"]}, row
    speakers = {s["name"]: {q["doc"] for q in s["quotes"]} for s in run(corpus, tmp_path, capsys, "quotes")["speakers"]}
    assert doc in speakers.get(firm, set()), speakers
