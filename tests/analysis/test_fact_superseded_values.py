"""An earlier report's value that a later one superseded is no value of the measure (t13m F16, a
storm corpus, issue #16): "The toll, earlier put at two, rose to four." put 2 in the death toll
beside 4, a disagreement of the article with itself and with every outlet reporting four. The old
value, given with "earlier put at", "previously reported as", "initially given as", "from an
earlier", "(previously …)", is left out of the measure; a value said to be reported earlier in
the day ("Earlier on Tuesday 12 people were evacuated") keeps it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # reported (t13m F16)
        ("The toll, earlier put at two, rose to four.", "death toll", "4"),
        # variants of my own
        ("The number of people injured, previously reported as 12, climbed to 19.", "people injured", "19"),
        ("The death toll rose to nine, from an initially reported five.", "death toll", "9"),
        ("Officials now say 14 people died, revised from an earlier 11.", "death toll", "14"),
        ("The toll rose to seven (previously three), police said.", "death toll", "7"),
    ],
)
def test_the_superseded_value_is_no_value_of_the_measure(text: str, label: str, value: str) -> None:
    rows = [r for r in _rows(text) if r[0] == label]
    assert [r[2] for r in rows] == [[value]], _rows(text)


def test_the_superseded_value_is_no_disagreement_with_other_outlets() -> None:
    rows = _rows(
        "The toll, earlier put at two, rose to four.",
        "Four people died in the storm, officials said.",
        "The storm killed four people, initially given as three by police.",
    )
    assert [r for r in rows if r[0] == "death toll"] == [("death toll", "agree", ["4", "4", "4"])], rows


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Earlier on Tuesday 12 people were evacuated from the valley.", "people evacuated", "12"),
        ("The first 12 passengers were rescued at dawn.", "people rescued", "12"),
    ],
)
def test_a_value_said_earlier_in_the_day_is_kept(text: str, label: str, value: str) -> None:
    assert [r[2] for r in _rows(text) if r[0] == label] == [[value]], _rows(text)
