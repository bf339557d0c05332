"""A date either way round (05/06/2025) is refused with a hint naming its own two readings, year
first, in corpus.yaml's warning as in an article's note (s18 #13 re-test: the hint said
"2025-04-03" whatever the value, so a user copying it got a wrong date)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "Dam gives way above Valdoria\n\nThe dam gave way on Tuesday night, officials said.\n"


@pytest.mark.parametrize(
    ("value", "readings"),
    [
        ("05/06/2025", ("2025-06-05", "2025-05-06")),  # reported
        ("03/10/2025", ("2025-10-03", "2025-03-10")),  # reported
        ("7-8-2024", ("2024-08-07", "2024-07-08")),
    ],
)
def test_corpus_yaml_warning_names_the_values_own_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, readings: tuple[str, str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "dam.txt").write_text(BODY, "utf-8")
    (corpus / "corpus.yaml").write_text(f"articles:\n  dam.txt:\n    date: '{value}'\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    errors = json.loads(capsys.readouterr().out)["metadata_errors"]
    assert len(errors) == 1, errors
    assert f"write it year first, {readings[0]} or {readings[1]}," in errors[0], errors
    assert "2025-04-03" not in errors[0] or "2025-04-03" in readings
