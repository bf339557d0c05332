"""A rate compared with a reference (#16, t13ak N7): "Vaccination coverage among children in the
city stood at 78%, compared with a national average of 91%" labelled the 78% "compared" (the
participle after the comma), shutting it out of the other outlets' coverage row, and a rate's noun
before two phrases ("coverage among children in the city") was the first phrase's ("children").
A comparison's participle opens a clause of its own: the reference is a measure of its own, never
the label of the figure. The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, bodies: list[str]) -> list[Fact]:
    """The fact sheet of one article per body, all of one day."""
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.md").write_text(
            f'---\ntitle: "Report {i}"\ndate: 2026-03-14\n---\n\n{body}\n', encoding="utf-8"
        )
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


@pytest.mark.parametrize(
    ("bodies", "value", "reference"),
    [
        # reported (t13ak): Reuters' comparison beside the ministry's plain figure
        (
            [
                "Vaccination coverage among children in the city stood at 78%, compared with a national average of 91%.",
                "Vaccination coverage in Kestrow is 78%, according to the Norvale Department of Health.",
            ],
            78,
            91,
        ),
        # variants: no comma before "compared"; another rate, a reference a year earlier
        (
            [
                "Childhood vaccination coverage in the city was 78% compared with 93% nationally.",
                "Vaccination coverage in Kestrow is 78%, officials said.",
            ],
            78,
            93,
        ),
        (
            [
                "Broadband coverage among homes in the valley reached 64%, compared with 70% a year earlier.",
                "Broadband coverage in the valley is 64%, the regulator said.",
            ],
            64,
            70,
        ),
    ],
)
def test_compared_rate_keeps_its_measure(tmp_path: Path, bodies: list[str], value: int, reference: int) -> None:
    facts = sheet(tmp_path, bodies)
    rows = [(f.label, sorted(v.value for v in f.values)) for f in facts]
    assert not any("compar" in label for label, _values in rows), rows
    assert any(values == [value, value] and "coverage" in label for label, values in rows), rows
    assert all(reference not in values or values == [reference] for _label, values in rows), rows
