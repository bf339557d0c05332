"""A duration that says when by another event ("two days after the ship ran aground") is no length
of anything, so never a value of the warning time (t13av N1, round s51-f3). Found: a diver's blog,
"I dived the north face of Kessra Reef on Monday, two days after the Coral Meridian ran aground",
was in the row ``warning time`` beside "six hours", its grounds calling 2 days the same duration."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, list[str]]]:
    return [(f.label, [f"{v.doc}:{value_text(v)}" for v in f.values]) for f in sheet(*texts)]


_WARNED = "The maritime authority warned Kessra Reef's dive operators six hours before the Coral Meridian ran aground."


@pytest.mark.parametrize(
    "text",
    [
        # found (posts/reefblog)
        "I dived the north face of Kessra Reef on Monday, two days after the Coral Meridian ran aground on the reef.",
        # variants of my own
        "Three weeks since the Coral Meridian ran aground, divers at Kessra Reef still find oil on the coral.",
        "Fishers returned to Kessra Reef a month after the ship's hull was patched, said the Coral Meridian's owner.",
    ],
)
def test_a_time_since_an_event_is_no_warning_time(text: str) -> None:
    rows = _rows(_WARNED, text)
    assert not any(v.startswith("b:") for _, vs in rows for v in vs), rows
    assert ("warning time", ["a:6 hours"]) in rows, rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Residents were given just 40 minutes' warning before the dam burst.", "warning time"),
        ("The airport will stay closed for two days after the eruption, officials said.", ""),
    ],
)
def test_a_lead_time_or_a_lasting_stays(text: str, label: str) -> None:
    rows = _rows(text)
    assert rows and all(vs for _, vs in rows), rows
    if label:
        assert rows[0][0] == label, rows
