"""A prison sentence is a custodial term given to its person (issue #16, review s43-rv findings 2
and 3). A giving verb's term was a prison sentence whatever it measured ("given a 12-year ban",
"a two-year community order", "three years of funding"); a sentence was credited to the nearest
capitalised word (the defendant's wife, a city), and a default term faced "if he does not pay" was
read as the sentence. Two terms that truly differ still disagree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _sentences(*texts: str) -> list[tuple[str, list[tuple[str, float, str]]]]:
    """(status, [(doc, value, owner)]) of each prison-sentence row."""
    return [
        (f.status, [(v.doc, float(v.value), v.owner) for v in f.values])
        for f in sheet(*texts)
        if f.label.startswith("prison sentence")
    ]


@pytest.mark.parametrize(
    ("other", "years"),
    [
        # the reported input: a director ban's twelve years disagreed with a seven-year sentence
        ("Dean was given a 12-year ban from acting as a company director.", 12.0),
        # variants: a non-custodial order, and a term of something given that is no penalty
        ("Dean received a two-year community order.", 2.0),
        ("Dean's charity got three years of funding.", 3.0),
    ],
)
def test_a_term_of_another_thing_is_no_prison_sentence(other: str, years: float) -> None:
    rows = _sentences(other, "Dean was jailed for seven years.")
    assert rows == [("single source", [("b", 7.0, "Dean")])]
    assert any(float(v.value) == years for f in sheet(other) for v in f.values)  # still a figure


@pytest.mark.parametrize(
    ("a", "status"),
    [
        # a custodial term a giving verb gives stays a sentence, a true disagreement kept
        ("Dean was given a nine-year prison sentence for the fraud.", "disagree"),
        ("A judge handed Dean eight years in prison.", "agree"),
        ("Dean was given eight years.", "agree"),
        ("Dean was given nine years yesterday.", "disagree"),
    ],
)
def test_a_custodial_term_given_is_a_sentence(a: str, status: str) -> None:
    assert [s for s, _ in _sentences(a, "Dean was jailed for eight years.")] == [status]


@pytest.mark.parametrize(
    ("a", "b", "owner"),
    [
        # the reported input: the wife named in a relative clause was the defendant
        (
            "Paul Dean, who ran the firm with his wife Sarah, was jailed for seven years.",
            "Paul Dean was jailed for eight years.",
            "Paul Dean",
        ),
        # variants: a brother named in a "whose" clause; a defendant whose clause names a place
        (
            "Lee Price, whose brother Mark Price runs the firm, was jailed for three years.",
            "Lee Price was jailed for four years.",
            "Lee Price",
        ),
        (
            "A businessman from Leeds, Paul Dean, was jailed for seven years.",
            "Paul Dean was jailed for eight years.",
            "Paul Dean",
        ),
    ],
)
def test_a_sentence_is_its_persons_never_a_nearer_name(a: str, b: str, owner: str) -> None:
    # one defendant's 7 (3) vs 8 (4) years: one row that disagrees, credited to him
    assert _sentences(a, b) == [("disagree", [("a", _years(a), owner), ("b", _years(b), owner)])]


def _years(text: str) -> float:
    return {"seven": 7.0, "eight": 8.0, "three": 3.0, "four": 4.0}[
        text.rsplit(" for ", maxsplit=1)[-1].split(maxsplit=1)[0]
    ]


def test_a_place_is_no_defendant() -> None:
    rows = _sentences("The boss of a Leeds mobile phone wholesaler has been jailed for seven years.")
    assert rows == [("single source", [("a", 7.0, "")])]


@pytest.mark.parametrize(
    "default",
    [
        # the reported input: a term faced if a sum is not paid
        "He has been given three months to pay £400,000 or face a further two years in prison.",
        # variants: a term given as the alternative to paying, a term faced, a term in default
        "He has 28 days to pay £400,000 or he will be given a further 18 months in prison.",
        "He was given a confiscation order and faces a further two years behind bars.",
        "He received a £400,000 confiscation order, with two years in prison in default.",
        "He was handed a confiscation order and could face two years in jail if he fails to pay.",
    ],
)
def test_a_default_term_is_not_the_sentence(default: str) -> None:
    rows = _sentences(f"Dean was jailed for seven years. {default}", "Dean was jailed for seven years.")
    assert rows == [("agree", [("a", 7.0, "Dean"), ("b", 7.0, "Dean")])]


def test_two_defendants_stay_apart() -> None:
    rows = _sentences(
        "Judge Hollis jailed Dean for seven years and Price for three years.",
        "Dean got seven years and Price got four years.",
    )
    assert sorted(rows) == [
        ("agree", [("a", 7.0, "Dean"), ("b", 7.0, "Dean")]),
        ("disagree", [("a", 3.0, "Price"), ("b", 4.0, "Price")]),
    ]
