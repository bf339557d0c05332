"""A suspended sentence's own length is the sentence, and only "suspended for N" is how long it is
suspended (review s44-rv finding 4; facts/roles.py sentence_suspension, prison_term). "whose
18-month term was suspended" was the time suspended, against another outlet's "suspended for two
years"; "sentenced to 18 months, suspended for two years" was two sentences, 18 months and two
years. The reported inputs, then two of my own; a true disagreement of either measure stays one."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """label → (status, [(doc, value as shown)])"""
    return {f.label: (f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "term", "suspended"),
    [
        (  # reported (p1.py susp_a)
            (
                "Fairburn received an 18-month sentence, suspended for two years.",
                "Fairburn, whose 18-month term was suspended, wept.",
            ),
            ["18 months", "18 months"],
            ["2 years"],
        ),
        (  # reported (p7.py sentenced_suspended_c)
            ("Fairburn was sentenced to 18 months, suspended for two years.", "Fairburn was jailed for 18 months."),
            ["18 months", "18 months"],
            ["2 years"],
        ),
        (
            (
                "Dent was given 12 months, suspended for a year.",
                "Dent, whose 12-month sentence was suspended, left court.",
            ),
            ["12 months", "12 months"],
            ["1 year"],
        ),
    ],
)
def test_a_suspended_terms_length_is_the_sentence(
    texts: tuple[str, str], term: list[str], suspended: list[str]
) -> None:
    rows = _rows(*texts)
    assert rows["prison sentence"] == ("agree", list(zip("ab", term, strict=False))), rows
    assert [v for _, v in rows["time the sentence is suspended for"][1]] == suspended, rows


def test_sentences_and_suspensions_that_differ_still_disagree() -> None:
    rows = _rows(
        "Fairburn was jailed for 18 months, suspended for two years.",
        "Fairburn was given two years, suspended for 18 months.",
    )
    assert rows["prison sentence"][0] == "disagree" and rows["time the sentence is suspended for"][0] == "disagree", (
        rows
    )
