"""A YAML error is reported where it is (acceptance s9b #12: d1/notes/bad-yaml.md's unclosed
quote on line 2 was reported at 4:1, the front matter's closing line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.corpus_meta import load_metadata
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("front", "where", "says"),
    [
        ('title: "unclosed\ndate: 2025-03-14\n', "n.md:2:8", "a quoted scalar begun here is never closed"),  # reported
        ("title: Ferry\ntags: [ferry, halvik\n", "n.md:3:7", "a flow sequence begun here is never closed"),
        ("title: Ferry\noutlet: {name: AP\n", "n.md:3:9", "a flow mapping begun here is never closed"),
    ],
)
def test_an_unclosed_value_is_reported_where_it_opens(tmp_path: Path, front: str, where: str, says: str) -> None:
    (tmp_path / "n.md").write_text(f"---\n{front}---\nBody of a note. The ferry capsized near Halvik.\n", "utf-8")
    notes = Corpus.scan(tmp_path).article("n").notes
    assert any(n.startswith(f"{where}: front matter ignored: {says}") for n in notes), notes


def test_a_problem_inside_the_text_keeps_its_own_place_and_names_what_it_was_in(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("articles:\n  a.txt: {date: [2025, 3\n  b.txt: 1\n", "utf-8")
    errors = load_metadata(tmp_path).errors
    assert len(errors) == 1 and ":3:" in errors[0] and "from line 2" in errors[0], errors
