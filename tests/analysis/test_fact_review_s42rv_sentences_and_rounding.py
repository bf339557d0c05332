"""Prison sentences by the person sentenced, terms that are no sentences, compound durations and
one rounding rule for percentages (issue #16, review s42-rv findings 1, 2, 3 and 9, round s42-z1).
Each test: the reviewer's input first, then two variants of my own.

Before: two defendants' sentences were one "prison sentence" row ("Imran Shah … nine years",
"Tariq Shah … six years" and another outlet's "Imran Shah … 10 years": the brothers' disagreement
buried), "was given nine years" was a plain duration that disagreed with how long a fraud ran; a
term of office, police custody and remand were sentences; "six years and six months" was two
figures (6 years and 6 months) and disagreed with "six and a half years"; a turnout of "71.2%"
disagreed with "71 per cent" while a share of the vote did not."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.model import Fact
from waic_reader.index.analysis.figures import find_figures


def _rows(*texts: str, label: str) -> list[Fact]:
    return [f for f in sheet(*texts) if f.label.startswith(label)]


def _values(fact: Fact) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for v in fact.values:
        out.setdefault(v.doc, set()).add(float(v.value))
    return out


@pytest.mark.parametrize(
    ("a", "b", "one", "other"),
    [
        (
            "Imran Shah was jailed for nine years. His brother Tariq Shah was sentenced to six years.",
            "Imran Shah was jailed for 10 years. Tariq Shah was jailed for six years.",
            "Imran Shah",
            "Tariq Shah",
        ),
        (
            "Anna Berg was jailed for eight years. Her partner Tom Lind was jailed for three years.",
            "Anna Berg was sentenced to nine years. Tom Lind was sentenced to three years.",
            "Anna Berg",
            "Tom Lind",
        ),
        (
            "Judge Hollis jailed Dean for five years and Price for two years.",
            "Price was jailed for two years. Dean was jailed by Judge Hollis for four years.",
            "Dean",
            "Price",
        ),
    ],
)
def test_each_persons_sentence_is_a_row_of_its_own(a: str, b: str, one: str, other: str) -> None:
    rows = _rows(a, b, label="prison sentence")
    by_owner = {v.owner: f for f in rows for v in f.values}
    assert by_owner[one] is not by_owner[other]  # two people: two rows
    assert by_owner[one].status == "disagree"  # the first's sentence differs between outlets
    assert all(v.owner == one for v in by_owner[one].values)


@pytest.mark.parametrize(
    ("a", "b", "lasting"),
    [
        (
            "Imran Shah was jailed for nine years. The fraud had run for five years, the judge said.",
            "Imran Shah was given nine years for his part in the fraud.",
            5.0,
        ),
        ("Dean received six years. The scheme ran for three years.", "Dean was jailed for six years.", 3.0),
        ("A court handed Dean four years. The scam lasted two years.", "Dean was jailed for four years.", 2.0),
    ],
)
def test_a_given_sentence_is_a_sentence_and_no_lasting(a: str, b: str, lasting: float) -> None:
    rows = sheet(a, b)
    sentence = [f for f in rows if f.label.startswith("prison sentence")]
    assert len(sentence) == 1 and sentence[0].status == "agree"
    assert all(f.status != "disagree" for f in rows)
    other = [f for f in rows if f is not sentence[0]]
    assert any(float(v.value) == lasting for f in other for v in f.values)


@pytest.mark.parametrize(
    "a",
    [
        "The mayor was elected to a term of four years in 2022.",  # a term of office
        "Police can hold a suspect in custody for 96 hours without charge.",  # police custody
        "Dean spent two years in prison awaiting trial.",  # remand
        "Dean was held on remand for two years.",
        "The chairman serves a term of three years.",
    ],
)
def test_a_term_custody_or_remand_is_no_sentence(a: str) -> None:
    rows = sheet(a, "Dean was jailed for five years.")
    assert all(f.status != "disagree" for f in rows)
    sentence = [f for f in rows if f.label.startswith("prison sentence")]
    assert [v.doc for f in sentence for v in f.values] == ["b"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tariq Shah was jailed for six years and six months.", 6.5, "year"),
        ("The repairs took two years and three months.", 2.25, "year"),
        ("The flight lasted 2 hours 30 minutes.", 150.0, "minute"),
        ("He was jailed for ten years and a half.", 10.5, "year"),
    ],
)
def test_a_compound_duration_is_one_figure(text: str, value: float, unit: str) -> None:
    durations = [f for f in find_figures(text) if f.kind == "duration"]
    assert [(d.value, d.unit) for d in durations] == [(value, unit)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tariq Shah was jailed for six years and six months.", "Tariq Shah was jailed for six and a half years."),
        ("The flight lasted 2 hours 30 minutes.", "The flight lasted two and a half hours."),
        ("Dean was jailed for two years and three months.", "Dean was jailed for 2.25 years."),
    ],
)
def test_a_compound_duration_agrees_with_its_decimal(a: str, b: str) -> None:
    rows = sheet(a, b)
    assert len(rows) == 1 and rows[0].status == "agree"


def test_a_compound_is_only_of_a_smaller_unit() -> None:
    # "three days and 40 people": no unit after the number, two figures as written
    figs = find_figures("The strike lasted three days and 40 people were hurt.")
    assert [(f.kind, f.value) for f in figs] == [("duration", 3.0), ("count", 40.0)]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("Turnout was 71.2%, the commission said.", "Turnout was 71 per cent, the commission said.", "agree"),
        ("Labour won 42.3% of the vote.", "Labour took 42 per cent of the vote.", "agree"),
        ("Annual inflation rose to 3.4%, the office said.", "Annual inflation rose to 3 per cent.", "agree"),
        ("Annual inflation rose to 3.6%, the office said.", "Annual inflation rose to 3 per cent.", "disagree"),
        ("Turnout was 71%, the commission said.", "Turnout was 72 per cent, the commission said.", "disagree"),
        # a whole percent is a rounding of a value within half a point of it, either side (the one
        # symmetric rule, review s43-rv finding 11): 4.6 is no 4
        ("Annual inflation rose to 4.6%, the office said.", "Annual inflation rose to 4 per cent.", "disagree"),
    ],
)
def test_one_rounding_rule_for_every_percentage(a: str, b: str, status: str) -> None:
    rows = sheet(a, b)
    assert [f.status for f in rows] == [status]


@pytest.mark.parametrize(
    ("a", "b", "person", "years"),
    [
        (
            "Imran Shah was jailed for 10 years, and Tariq Shah for six years.",
            "Tariq Shah was sentenced to six years.",
            "Tariq Shah",
            6.0,
        ),
        (
            "Anna Berg was jailed for eight years and Tom Lind three years.",
            "Tom Lind was jailed for three years.",
            "Tom Lind",
            3.0,
        ),
        (
            "Judge Hollis sentenced Dean to five years, and Price to two years.",
            "Price was jailed for two years.",
            "Price",
            2.0,
        ),
        # the corpus's Leicester Mercury: a list's comma, no "and"
        (
            "Imran Shah was given nine years, Tariq Shah six years and six months, and Paul Dean four years.",
            "Tariq Shah was jailed for six and a half years.",
            "Tariq Shah",
            6.5,
        ),
    ],
)
def test_an_elided_sentence_is_its_persons_sentence(a: str, b: str, person: str, years: float) -> None:
    rows = [f for f in sheet(a, b) if any(v.owner == person for v in f.values)]
    assert len(rows) == 1 and rows[0].label.startswith("prison sentence") and rows[0].status == "agree"
    assert _values(rows[0]) == {"a": {years}, "b": {years}}


def test_a_clause_with_its_own_verb_after_and_is_no_elided_sentence() -> None:
    rows = sheet("Dean was jailed for five years, and the fraud ran for two years.", "Dean was jailed for five years.")
    assert [f.status for f in rows if f.label.startswith("prison sentence")] == ["agree"]
    assert all(float(v.value) == 5.0 for f in rows if f.label.startswith("prison sentence") for v in f.values)
