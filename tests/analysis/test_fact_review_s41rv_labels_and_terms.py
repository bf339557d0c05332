"""Row labels a reader can use, and a prison sentence apart from what it punishes (issue #16,
review s41-rv findings 7 and 9, round s41-z3). Each test: the reviewer's input first, then two
variants of my own.

Before: a clause's label kept the words of another figure in it ("year leeds bought Hartley from
Barnsley for m": the "m" of "£2.5m"), a reporting frame ("years she said the fraud had gone on"),
and lower-cased a name the article writes only at sentence starts ("years ellery was jailed");
"jailed for six years" and "the fraud had gone on for four years" were one "duration" row, and
"six and a half years" no figure at all."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures


def _labels(text: str) -> list[str]:
    return [f.label for f in sheet(text)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # another figure of the clause and its preposition are left out of the label
        ("Leeds bought Hartley from Barnsley for £2.5m in 2021.", "year Leeds bought Hartley from Barnsley"),
        ("The council sold the depot to Acme for $3 million in 2016.", "year the council sold the depot to Acme"),
        ("Nordair bought 12 aircraft in 2019.", "year nordair bought aircraft"),
        # a reporting frame opening the clause is left out
        (
            "Judge Sarah Collins told Ellery he had betrayed everyone. She said the fraud had gone on for five years.",
            "years the fraud had gone on",
        ),
        ("The judge said that the scheme ran for three years.", "years the scheme ran"),
        # (a frame whose verb has its own object before the words: no clause, the plain label)
        ("Investigators told reporters the leak went on for six days.", "duration"),
        # a name the article writes only at sentence starts keeps its capital
        ("Ellery worked at the firm for nine years.", "years Ellery worked at the firm"),
        ("Harrogate hosted the festival for 12 years.", "years Harrogate hosted the festival"),
        ("Priya ran the charity for six years.", "years Priya ran the charity"),
    ],
)
def test_a_clause_label_has_no_figure_frame_or_lost_capital(text: str, label: str) -> None:
    labels = _labels(text)
    assert label in labels, labels


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He was jailed for six and a half years.", 6.5, "year"),
        ("The fire burned for two and a half hours.", 2.5, "hour"),
        ("The strike lasted three-and-a-half weeks.", 3.5, "week"),
    ],
)
def test_a_whole_number_and_a_half_is_one_duration(text: str, value: float, unit: str) -> None:
    durations = [(f.value, f.unit) for f in find_figures(text) if f.kind == "duration"]
    assert durations == [(value, unit)]


def _row(rows: list, value: float) -> tuple[str, list[float]]:
    row = next(f for f in rows if any(v.value == value for v in f.values))
    return row.status, sorted(v.value for v in row.values)


@pytest.mark.parametrize(
    ("a", "b", "terms", "other"),
    [
        # the reviewer's (corpus court, minimal form)
        (
            "Ellery was jailed for six years. The fraud had gone on for five years.",
            "Ellery was jailed for six and a half years. He stole the money over four years.",
            [6.0, 6.5],
            5.0,
        ),
        (
            "Okafor was sentenced to eight years in prison.",
            "Okafor was sentenced to seven and a half years in prison. The scheme ran for eight years.",
            [7.5, 8.0],
            None,
        ),
        (
            "Lind was jailed for four years. The thefts went on for two years.",
            "Lind, who stole for three years, was jailed for five years.",
            [4.0, 5.0],
            2.0,
        ),
    ],
)
def test_a_prison_sentence_is_compared_with_sentences_only(
    a: str, b: str, terms: list[float], other: float | None
) -> None:
    rows = sheet(a, b)
    status, values = _row(rows, terms[0])
    assert (status, values) == ("disagree", terms), [(f.label, f.status, [v.value for v in f.values]) for f in rows]
    if other is not None:
        assert other not in values
        assert _row(rows, other)[1] != values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lind was given a prison term of four years.", "Lind stole from the charity for three years."),
        ("A court jailed Lind for four years.", "The thefts lasted four years."),
        ("Ellery was jailed for six years.", "Ellery stole the money over four years."),
    ],
)
def test_a_prison_sentence_is_never_one_row_with_another_duration(a: str, b: str) -> None:
    rows = [f for f in sheet(a, b) if f.values[0].kind == "duration"]
    assert all(len({v.doc for v in f.values}) == 1 for f in rows), [
        (f.label, f.status, [(v.doc, v.value) for v in f.values]) for f in rows
    ]
