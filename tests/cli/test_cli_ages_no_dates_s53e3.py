"""An age is typed DATE, as OntoNotes 5.0 types it, and is never read as a date or a figure
(t13ay N11, round s53-e3).

Reported (/work/s53/t13ay/corpus live/drenfeld-live): "an 81-year-old man" is listed
``Date  81-year-old``. OntoNotes 5.0 (LDC2013T19) takes its name types from the BBN entity
type guidelines (LDC2005T33), where an age is a DATE (subtype AGE: "the 81-year-old", "81 years
old"); the project labels names by OntoNotes, so the age stays DATE in the entity list. What
must hold is that no analysis reads it as a date or a figure: the fact sheet has no value of
81 and the timeline no report dated by it. Variants (invented): "the 45-year-old", "aged 81"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEAD = "Cold snap: latest\n\nVALMORA, January 14 (Nordwire) - Power was cut to 380,000 customers on Tuesday.\n\n"


def _run(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path, *args: str) -> dict[str, object]:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Police confirm a third death linked to the cold: an 81-year-old man found in his home.", "81-year-old"),
        ("The 45-year-old was found in her car near Ostbrinke, police said.", "45-year-old"),
        ("A man aged 81 was found dead in his home in Ostbrinke.", None),
    ],
)
def test_an_age_is_no_date_nor_figure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, age: str | None
) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "wire.txt").write_text(HEAD + sentence + "\n", encoding="utf-8")
    entities = _run(capsys, tmp_path, root, "entities")["entities"]
    assert isinstance(entities, list)
    typed = {(e["name"], e["type"]) for e in entities}
    if age is not None:
        assert (age, "DATE") in typed  # OntoNotes: an age is a DATE
    number = (age or "81").split("-")[0]
    facts = _run(capsys, tmp_path, root, "facts")["facts"]
    assert isinstance(facts, list)
    values = [str(v["value"]) for f in facts for v in f["values"]]
    assert number not in values, facts
    timeline = json.dumps(_run(capsys, tmp_path, root, "timeline"))
    assert f"{number}-year" not in timeline and f"aged {number}" not in timeline
