"""A duration a verb of lasting or taking completes is how long that went on, even with "before" or
"after" an event right after it (review s51-rv F7, round s52-f: "The strike lasted 12 days before
the union …" was dropped as a time since an event, as "two days after the crash" is). The
reviewer's input and two variants of my own; a time since an event stays no row."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "value"),
    [
        # found (s51-rv F7, c13)
        (
            "The dock strike lasted 12 days before the union accepted a new offer.",
            "Workers returned after a strike that lasted 12 days.",
            "12 days",
        ),
        # variants of my own: "take" and "go on" with a duration, before and after an event
        (
            "The rescue took 17 hours before the last miner was freed.",
            "Rescuers needed 17 hours to free the trapped miners.",
            "17 hours",
        ),
        (
            "Talks in Geneva went on nine days after the ceasefire collapsed.",
            "Negotiators met in Geneva for nine days.",
            "9 days",
        ),
    ],
)
def test_a_lasting_before_an_event_is_kept(a: str, b: str, value: str) -> None:
    rows = _rows(a, b)
    shared = [v for v in rows.values() if {d for d, _ in v} == {"a", "b"}]
    assert shared and sorted(set(shared[0])) == [("a", value), ("b", value)], rows


def test_a_time_since_an_event_is_still_no_row() -> None:
    rows = _rows("The driver died two days after the crash.", "The driver died in hospital two days after the crash.")
    assert not any(v for v in rows.values() if any(t == "2 days" for _, t in v)), rows
