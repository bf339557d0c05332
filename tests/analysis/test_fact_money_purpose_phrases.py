"""Money given for different purposes is never one row: a purpose phrase after the amount ("for X",
"towards X", "to a X fund", "in X aid", "a $2bn X package") or a money noun's modifier before it ("a X
fund of $5m") names what the money is for, a measure of its own, *money for X* (t13p F6's leftover,
round s30-n: "pledged $200,000 for funerals", "gave $1 million to a relief fund" and "set aside $2m for
repairs to the school" shared a row; s30-b had told reconstruction alone apart). Relief is what money
pledged is for unless said otherwise (and people it is given to, "for families", are whom): such values
and values with no stated purpose stay *money pledged* and keep comparing with each other."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return sorted(
        (f.label, f.status, [(v.doc, value_text(v)) for v in f.values])
        for f in sheet(*texts)
        if any(v.kind == "money" for v in f.values)
    )


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # reported (t13p F6's leftover)
        (
            (
                "The county council pledged $200,000 for funerals.",
                "The county council gave $1 million to a relief fund.",
                "The county council set aside $2m for repairs to the school.",
            ),
            [
                ("money for funerals", "single source", [("a", "$200,000")]),
                ("money for repairs", "single source", [("c", "$2 million")]),
                ("money pledged", "single source", [("b", "$1 million")]),
            ],
        ),
        # variants of my own: other donors, other purposes, other wording
        (
            (
                "The Red Cross donated £50,000 towards temporary housing, it said.",
                "The Red Cross pledged £20,000 for funeral costs, it said.",
                "The Red Cross pledged £80,000, it said.",
            ),
            [
                ("money for funeral costs", "single source", [("b", "£20,000")]),
                ("money for temporary housing", "single source", [("a", "£50,000")]),
                ("money pledged", "single source", [("c", "£80,000")]),
            ],
        ),
        (
            (
                "Nordbank allocated €3 million for school meals in the valley.",
                "Nordbank pledged €5 million to an emergency fund for the valley.",
                "Nordbank promised a €4 million reconstruction package for the valley.",
            ),
            [
                ("money for reconstruction", "single source", [("c", "€4 million")]),
                ("money for school meals", "single source", [("a", "€3 million")]),
                ("money pledged", "single source", [("b", "€5 million")]),
            ],
        ),
    ],
)
def test_purposes_are_measures(texts: tuple[str, ...], want: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    assert _rows(*texts) == want


def test_one_purpose_compares() -> None:
    # one purpose however its phrase is worded: "for funeral costs", "towards the cost of the funerals"
    assert _rows(
        "Acme pledged $200,000 for funeral costs.", "Acme gave $250,000 towards the cost of the funerals."
    ) == [("money for funerals", "disagree", [("a", "$200,000"), ("b", "$250,000")])]


def test_no_purpose_keeps_comparing() -> None:
    # values without a stated purpose, and relief (the default purpose), keep comparing
    assert _rows("The government pledged $5 million.", "The government pledged $7 million in relief aid.") == [
        ("money pledged", "disagree", [("a", "$5 million"), ("b", "$7 million")])
    ]


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # round s40-y3 made "Homes"/"Housing" a body's kind word: "towards temporary housing" was read as
        # whom the money went to, and the amount joined "money pledged" and disagreed (above); variants
        (
            (
                "The foundation gave $40,000 for new homes in the valley, it said.",
                "The foundation pledged $90,000, it said.",
            ),
            [
                ("money for new homes", "single source", [("a", "$40,000")]),
                ("money pledged", "single source", [("b", "$90,000")]),
            ],
        ),
        (
            ("The trust donated €60,000 towards cancer research, it said.", "The trust pledged €75,000, it said."),
            [
                ("money for cancer research", "single source", [("a", "€60,000")]),
                ("money pledged", "single source", [("b", "€75,000")]),
            ],
        ),
        # a body still is whom the money is given to: the two amounts compare
        (
            ("The council gave $30,000 to the hospital, it said.", "The council pledged $30,000, it said."),
            [("money pledged", "agree", [("a", "$30,000"), ("b", "$30,000")])],
        ),
    ],
)
def test_a_sector_or_activity_is_a_purpose_not_a_body(
    texts: tuple[str, ...], want: list[tuple[str, str, list[tuple[str, str]]]]
) -> None:
    assert _rows(*texts) == want
