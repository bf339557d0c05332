"""Quotes credit a person named after a job word to that person, without the job word, and never
to another person sharing the given name (t13h F1 continued, round s23-i: "nobody knew yet", said by
"Accountant Tor Sandvold", was credited to "Tor Ekeberg", whom a later sentence names; the speaker
"Dam Keeper Trond Ulvestad" kept its job words while ``entities`` listed no such person). The quotes
take their speakers from the entity recogniser, so the speaker is the person ``entities`` lists.
The reported sentences, each with two invented ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def quoted(capsys: pytest.CaptureFixture[str], root: Path, text: str) -> dict[str, list[str]]:
    """Each speaker's name → the texts of their quotes, for one article of ``text``."""
    root.mkdir(exist_ok=True)
    (root / "a.txt").write_text(f"Dam failure\n\n{text}\n", encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {s["name"]: [q["text"] for q in s["quotes"]] for s in json.loads(out)["speakers"]}


@pytest.mark.parametrize(
    ("text", "speaker", "words", "other"),
    [
        (  # reported
            "Asked about the cost, Accountant Tor Sandvold replied that nobody knew yet. "
            '"We had no warning," said Electrician Tor Ekeberg on Thursday.',
            "Tor Sandvold",
            "nobody knew yet",
            "Tor Ekeberg",
        ),
        (
            "Asked about the delay, Auditor Vera Skog replied that nobody could tell. "
            '"We were not told," said Electrician Vera Lunde on Thursday.',
            "Vera Skog",
            "nobody could tell",
            "Vera Lunde",
        ),
        (
            "Asked about the pumps, Diver Kai Brennvik replied that they had failed. "
            '"It was too late," said Engineer Kai Moen on Friday.',
            "Kai Brennvik",
            "they had failed",
            "Kai Moen",
        ),
    ],
)
def test_a_quote_goes_to_the_person_after_the_job_word_not_to_a_namesake(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, speaker: str, words: str, other: str
) -> None:
    got = quoted(capsys, tmp_path / "c", text)
    assert words in got.get(speaker, []), got
    assert words not in got.get(other, []), got
    assert other in got, got


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Dam Keeper Trond Ulvestad told us the gauge jumped a metre in ten minutes.", "Trond Ulvestad", "gauge"),
        ("Lock Keeper Ingrid Myhre told us the gates had held all night.", "Ingrid Myhre", "gates"),
        ("Night Watchman Even Kolstø told us the wall had cracked at dawn.", "Even Kolstø", "wall"),
    ],
)
def test_a_speaker_after_a_job_word_is_named_without_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, speaker: str, words: str
) -> None:
    got = quoted(capsys, tmp_path / "c", text)
    assert speaker in got, got
    assert any(words in q for q in got[speaker]), got
    assert not any(name != speaker and name.endswith(speaker) for name in got), got  # no glued job word


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # invented: a job word the lexicon lacks, known by its ending, glued to the speaker before
        ('"It was cold," said Cellist Kai Brennvik on Friday.', "Kai Brennvik", "It was cold"),
        ("Asked about the wine, Sommelier Vera Skog replied that nobody knew.", "Vera Skog", "nobody knew"),
        ('"We drove all night," said Chauffeur Anna Berg.', "Anna Berg", "We drove all night"),
    ],
)
def test_a_speaker_after_a_job_shaped_word_is_named_without_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, speaker: str, words: str
) -> None:
    got = quoted(capsys, tmp_path / "c", text)
    assert got.get(speaker) == [words], got
