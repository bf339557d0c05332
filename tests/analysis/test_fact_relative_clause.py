"""A relative clause right after a count says what happened to its things (#16, found scanning
the s21-d report's corpus): "All 300 people who were evacuated are home" was a "people" row of its
own beside *people evacuated*, the clause cut at "who" before "evacuated"; so was "300 people
who live near the plant were evacuated" (its cue past the six words read). The variants' texts
(a death toll, people taken to hospital) are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("plain", "relative", "label"),
    [
        # found: "All 300 people who were evacuated"
        (
            "300 people were evacuated from streets near the Kelby chemical plant after a fire broke out.",
            "All 300 people who were evacuated from streets near the Kelby chemical plant are home.",
            "people evacuated",
        ),
        # found too: the relative clause before the count's own verb, "who live near the plant"
        (
            "300 people were evacuated from streets near the Kelby chemical plant after a fire broke out.",
            "Police said 300 people who live near the Kelby chemical plant were evacuated overnight.",
            "people evacuated",
        ),
        # variants: the dead of a crash, and those taken to hospital
        (
            "12 people were killed when the coach left the road near Dalwhinnie on Monday.",
            "Flags flew at half mast for the 12 people who died near Dalwhinnie.",
            "death toll",
        ),
        (
            "9 people were rushed to hospital after the Kelby fire.",
            "The 9 people who were taken to hospital after the Kelby fire are recovering.",
            "people taken to hospital",
        ),
    ],
)
def test_a_count_with_a_relative_clause_joins_its_measure(
    tmp_path: Path, plain: str, relative: str, label: str
) -> None:
    (tmp_path / "a.txt").write_text(f"First report\n\n{plain}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Second report\n\n{relative}\n", encoding="utf-8")
    facts = fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])
    assert [(f.label, f.status, f.sources) for f in facts] == [(label, "agree", 2)]
