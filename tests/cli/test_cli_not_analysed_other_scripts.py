"""An article whose main script's names the recogniser does not read is listed ``not_analysed``
for the entities, whatever the script (t13ar N10): the Russian and Arabic articles named no
Cyrillic or Arabic entity, yet ``entities --json`` listed only the CJK ones, and the fact sheet
and quotes said only "facts", "quotes". A Latin-script name inside such an article is still read:
"BlackTarn" after the capitalised Russian word "Группировка" was no mention (the two words were
one run of capitals). The reported articles (t13ar intl/kommersant-ru.txt, alsharq-ar.txt) and
two of my own: Greek and Hebrew, each beside an English report naming the same firm."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from other_script_articles import ARABIC, ENGLISH, GREEK, HEBREW, RUSSIAN

from waic_reader.tui.cli.main import main

# (text, its language, a Latin-script name inside it still read)
CASES = {
    "russian": (RUSSIAN, "Russian", "BlackTarn"),
    "arabic": (ARABIC, "Arabic", None),
    "greek": (GREEK, "Greek", "Hydrolyne Corporation"),
    "hebrew": (HEBREW, "Hebrew", "Hydrolyne Corporation"),
}


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, foreign: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "wire-en.txt").write_text(ENGLISH, "utf-8")
    (corpus / "local-report.txt").write_text(foreign, "utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("case", list(CASES))
def test_entities_list_the_article_not_analysed(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    text, language, _name = CASES[case]
    data = run(capsys, tmp_path, "entities", text)
    notes = [n for n in data["not_analysed"] if n["doc"] == "local-report"]
    assert len(notes) == 1, data["not_analysed"]
    note = notes[0]
    assert note["language"] == language and "entities" in note["analyses"]
    assert language in note["reason"] and "Latin-script" in note["reason"]
    assert not [n for n in data["not_analysed"] if n["doc"] == "wire-en"]


@pytest.mark.parametrize("case", [c for c, (_t, _l, name) in CASES.items() if name])
def test_a_latin_name_inside_is_still_read(capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str) -> None:
    text, _language, name = CASES[case]
    data = run(capsys, tmp_path, "entities", text)
    docs = {m["doc"] for e in data["entities"] if e["name"] == name for m in e["mentions"]}
    assert "local-report" in docs, [(e["name"], {m["doc"] for m in e["mentions"]}) for e in data["entities"]]


@pytest.mark.parametrize("command", ["facts", "quotes"])
def test_facts_and_quotes_say_the_names_are_not_read_either(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    data = run(capsys, tmp_path, command, RUSSIAN)
    notes = [n for n in data["not_analysed"] if n["doc"] == "local-report"]
    assert notes and notes[0]["language"] == "Russian" and "entities" in notes[0]["analyses"], notes
