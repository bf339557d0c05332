"""A row's label is a measure a reader understands, never a fragment of the words around the
figure, and a number that is no figure makes no row (issue #16, tester t13aj N6): "Inflation is
running at 5 pct" was a row "running" apart from "Inflation is 5%", and "if the two sides asked
for one" a row "sides asked" that agreed with "the two sides must find"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # found (t13aj extra/figures)
        (
            ("Inflation is running at 5 pct, the central bank said.", "Inflation is 5%, the central bank said."),
            "inflation",
        ),
        # variants: another verb of a level, another rate
        (("Unemployment is hovering around 6.1%.", "Unemployment stood at 6.1% in March."), "unemployment"),
        (("Inflation has been running at 3.2 percent.", "Inflation is 3.2%."), "inflation"),
    ],
)
def test_a_rate_running_at_a_level_is_labelled_by_its_noun(texts: tuple[str, str], label: str) -> None:
    facts = sheet(*texts)
    assert [(f.label, f.status) for f in facts] == [(label, "agree")]


@pytest.mark.parametrize(
    "texts",
    [
        # found (t13aj corpus: the Ledger and the Gazette)
        (
            "Mediation is available if the two sides asked for one, the ministry said.",
            "The two sides must find common ground, the mayor said.",
        ),
        # variants: the parties of talks and of a deal
        ("Talks between the two sides resumed on Monday.", "The two sides met again on Tuesday."),
        ("The three sides signed the accord in Geneva.", "All three sides signed the accord."),
    ],
)
def test_the_sides_of_a_dispute_are_no_figure(texts: tuple[str, str]) -> None:
    assert [f.label for f in sheet(*texts)] == []
