"""One dot before three digits after a count is a thousands group (#16 facts, tester's report): an
outlet writing "about 3.000 residents" in an otherwise English article (no decimal comma, so the
text's convention did not say dots group thousands) was read as 3 and shown as a disagreement with
"3,000" and "3 000". A count of people or things is never fractional, so "3.000 residents" is
three thousand, as the figure recogniser reads "3 000" and "3,000"; a measure ("2.000 km") and a
decimal before a scale word ("3.5 million") keep their reading. The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.figures import figures_of
from waic_reader.index.corpus.reader import Corpus


def values(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.kind, f.unit or f.noun) for f in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported
        ("Authorities evacuated about 3.000 residents living near the depot.", [(3000, "count", "residents")]),
        # variants: another count noun, a larger group, a noun counted without "-s"
        ("Some 12.500 people fled the valley overnight.", [(12500, "count", "people")]),
        ("The mill employs 1.200 workers in Dunraith.", [(1200, "count", "workers")]),
    ],
)
def test_a_dotted_group_after_a_count_is_thousands(text: str, expected: list) -> None:
    assert values(text) == expected


def test_measures_and_scaled_decimals_keep_their_reading() -> None:
    assert values("The smoke drifted 2.000 km east.") == [(2.0, "quantity", "km")]
    assert values("About 3.5 million people live in the region.") == [(3_500_000, "count", "people")]
    assert values("The reading was 3.000 on the scale.") == [(3.0, "count", "")]
    # in a text that writes a decimal comma, dots group thousands whatever follows
    assert values("Rund 12.500 Menschen flohen, 2,5 Prozent der Stadt.")[0][0] == 12500


def test_the_dotted_count_agrees_with_other_outlets(tmp_path: Path) -> None:
    bodies = [
        "About 3,000 residents were evacuated from Tarvel on Friday, officials said.",
        "About 3 000 residents were evacuated from Tarvel on Friday, the prefecture said.",
        "About 3.000 residents were evacuated from Tarvel on Friday, the mayor said.",
    ]
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.txt").write_text(f"Fire near Tarvel {i}\n\n{body}\n", encoding="utf-8")
    sheet = fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])
    [fact] = [f for f in sheet if any(v.doc == "c" for v in f.values) and f.values[0].kind == "count"]
    assert fact.agree and sorted((v.value, v.doc) for v in fact.values) == [(3000, "a"), (3000, "b"), (3000, "c")]
