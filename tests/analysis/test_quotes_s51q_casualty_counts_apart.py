"""Quotes of round s51-q (issue #16): one speaker's reports giving a casualty count of one kind
with other values are two statements, never one "paraphrase", though another count of theirs
shares a figure (t13av N16: "The death toll … rose to three" was lined up with "Two crew members
were killed and three are missing": the 3 missing matched the 3 dead). Counts are compared by
the casualty measure their clause names (the fact sheet's cue words: dead, missing, injured …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace


def _statements(tmp_path: Path, files: dict[str, str]) -> list[list[str]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    data = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    return [sorted(m["doc"] for m in st["members"]) for st in data["statements"]]


@pytest.mark.parametrize(
    ("later", "earlier", "other"),
    [
        (  # reported (t13av N16)
            "The death toll from the grounding of the Coral Meridian rose to three on Sunday after divers "
            "recovered the body of a missing crew member, the Tevaro Maritime Safety Authority said.",
            "Two crew members were killed and three are missing, the Tevaro Maritime Safety Authority said.",
            "The Tevaro Maritime Safety Authority now says 3 crew are missing and 2 dead.",
        ),
        (  # reported, the live blog's words alone beside the Sunday update
            "The death toll from the grounding of the Coral Meridian rose to three on Sunday after divers "
            "recovered the body of a missing crew member, the Tevaro Maritime Safety Authority said.",
            "The Tevaro Maritime Safety Authority says 3 crew are missing and 2 dead.",
            "Two crew members were killed and three are missing, the Tevaro Maritime Safety Authority said.",
        ),
        (  # variant: injured and missing, other words and numbers
            "The number of injured climbed to five overnight as a rescuer hurt his back, the Harbour Board said.",
            "Four dock workers were injured and five are unaccounted for, the Harbour Board said.",
            "The Harbour Board says 5 workers are missing and 4 injured.",
        ),
        (  # variant: the same shape, dead and injured
            "The number of dead from the Vellmar pit fire rose to four on Monday after a miner died in "
            "hospital, the Vellmar Mines Inspectorate said.",
            "Three miners died and four were injured, the Vellmar Mines Inspectorate said.",
            "The Vellmar Mines Inspectorate says 4 miners are injured and 3 dead.",
        ),
    ],
)
def test_casualty_counts_of_one_kind_apart(tmp_path: Path, later: str, earlier: str, other: str) -> None:
    groups = _statements(tmp_path, {"a.txt": later + "\n", "b.txt": earlier + "\n", "c.txt": other + "\n"})
    assert not any("a" in g and ("b" in g or "c" in g) for g in groups)
    assert ["b", "c"] in groups
