"""A partial quote closed by "according to X" is the quoted words alone: the reporter's clause
around them ("Prosecutors are examining whether …") is no part of what the source said (t13ae
P21: the Herald's statement took the narration with it, so the three outlets' same words read as
different). The reported corpus and variants (other sources, wordings, a named body), run
through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _quotes(capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str]) -> list[dict[str, object]]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got = json.loads(out)
    quotes = [q for s in got["speakers"] for q in s["quotes"]] + list(got["unattributed"])
    return [dict(q) for q in quotes]


@pytest.mark.parametrize(
    ("narration", "words", "source"),
    [
        (
            "Prosecutors are examining whether",
            "the warnings were ignored for weeks",
            "an official who declined to be named",
        ),
        ("Engineers are now checking if", "the alarm failed twice that night", "a person familiar with the inquiry"),
        ("The inquiry will look at claims that", "nobody read the sensor reports", "the regional prosecutor's office"),
    ],
    ids=["reported", "other-source", "named-body"],
)
def test_a_partial_quote_before_according_to_is_its_quoted_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, narration: str, words: str, source: str
) -> None:
    files = {
        "a.txt": f'Slide inquiry\n\nBRENZOLA (Alpwire) - "{words.capitalize()}," a source close to the investigation said.\n',
        "c.txt": f'Slide inquiry opens\n\nBRENZOLA (Herald) - {narration} "{words}", according to {source}.\n',
    }
    quotes = _quotes(capsys, tmp_path, files)
    herald = [q for q in quotes if q["doc"] == "c"]
    assert [q["text"] for q in herald] == [words], quotes
    assert herald[0]["kind"] == "partial"
