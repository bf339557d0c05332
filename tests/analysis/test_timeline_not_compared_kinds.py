"""The timeline follows the fact sheet's comparison: a row the sheet does not compare (values
counting different things, "residents" and "people" evacuated) is one figure per kind it counts,
never a change between the kinds (t13p F16, round s30-b). Since round s50-f (t13as N3) a place's
population, "residents" or "villagers", is people where no article tells them apart: the kinds
here are tourists and pupils."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.timeline import build_timeline


class _A:
    def __init__(self, doc: str, date: str) -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, doc.upper(), doc


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (Reuters, El Heraldo de Áncash)
        (
            ("About 4,500 tourists were evacuated from the valley.", "Some 4,600 people were evacuated."),
            "people evacuated",
        ),
        # variants of my own
        (
            ("Nearly 2,100 pupils were evacuated as the Tisa rose.", "About 2,300 people were evacuated."),
            "people evacuated",
        ),
        # (children, a part of the dead by age: "Three miners were killed" and "Five people died"
        # are one toll in disagreement since round s35-b, t13y G6)
        (("Three children were killed in the blast.", "Five people died in the explosion."), "death toll"),
    ],
)
def test_kinds_are_figures_apart(texts: tuple[str, str], label: str) -> None:
    facts = sheet(*texts)
    [row] = [f for f in facts if f.label == label]
    assert row.status == "not compared"
    timeline = build_timeline([_A("a", "2026-06-03"), _A("b", "2026-06-04")], {}, facts)
    figures = [name for name in timeline.subjects if name.startswith(label)]
    assert len(figures) == 2 and all(name.startswith(f"{label} · ") for name in figures), figures
    assert not any(timeline.subjects[name].changed() for name in figures)
