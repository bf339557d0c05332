"""Numbers that only look like a telephone number or a copyright notice stay figures (review s33-r).

Round s33-d made telephone numbers and a copyright notice's years no figures. Its telephone rule
read a market's signed change, its bracketed percentage and its level ("+125.50 (0.45) 38,250.10")
as one international number, and its copyright rule read a list's third item "(c)" before a year
as a copyright sign: their figures were lost. Written for this test."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import find_figures, no_figure_spans


def figures(text: str) -> list[str]:
    return [text[f.num_start : f.num_end] for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Nikkei closed at +125.50 (0.45) 38,250.10 points.", ["125.50", "0.45", "38,250.10"]),
        ("The DAX ended +88.20 (0.51%) at 17,402.33.", ["88.20", "17,402.33"]),
        ("Clauses (a) 2019 and (c) 2021 apply to the lease.", ["2019", "2021"]),
        ("Population (c) 2020 census: 4,500 people", ["2020", "4,500"]),
    ],
)
def test_lookalikes_keep_their_figures(text: str, kept: list[str]) -> None:
    assert all(k in figures(text) for k in kept), figures(text)
    assert not no_figure_spans(text)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Call +33 4 94 12 34 56 today.", "+33 4 94 12 34 56"),
        ("Call +44 (0)20 7946 0958 today.", "+44 (0)20 7946 0958"),
        ("(c) 2026 Riverside Gazette", "(c) 2026"),
        ("Photos (c) 2019-2026 All rights reserved.", "(c) 2019-2026"),
        ("© 2026 Halvik Post", "© 2026"),
    ],
)
def test_telephone_numbers_and_notices_are_still_no_figures(text: str, notice: str) -> None:
    assert [m.group() for m in no_figure_spans(text)] == [notice]
    assert not any(
        f.num_start >= text.index(notice) and f.num_end <= text.index(notice) + len(notice) for f in find_figures(text)
    )
