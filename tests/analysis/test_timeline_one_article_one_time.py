"""Two values one article gives at one time are no step in time: the timeline's changes go from
one article's report to a later article's, never from an article's first value to its second
(review s41-rv finding 4: "offered … Tk 12,500, far below the Tk 23,000 the unions have demanded"
was a change 12,500 → 23,000 within the Dhaka Tribune's article, since a row the sheet flags
skipped the timeline's guards). The first pair is the reviewer's; the others my own."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.timeline import build_timeline


@dataclass
class _Dated(Art):
    date: str = ""
    outlet: str = ""
    title: str = ""


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "The wage board offered to raise the monthly minimum wage to Tk 12,500, far below the Tk 23,000"
            " the unions have demanded.",
            "The owners would raise their offer to 14,000 taka if workers returned, he said.",
        ),
        (
            "Police said 12 people were killed in the floods. Hospital officials said the floods killed 14 people.",
            "The floods have killed 15 people, officials said.",
        ),
        (
            "The floods have killed 12 people, police said, while the Red Cross said the floods killed 16 people.",
            "The floods have killed 15 people, officials said.",
        ),
    ],
)
def test_an_articles_two_values_are_no_change(first: str, later: str) -> None:
    a = _Dated("a", f"Story\n\n{first}", "2026-04-01T08:00:00+00:00", "Dawn")
    b = _Dated("b", f"Story\n\n{later}", "2026-04-01T20:00:00+00:00", "Geo")
    timeline = build_timeline([a, b], {}, fact_sheet([(a, []), (b, [])]))
    steps = {
        k: [s.doc for s in subject.changes()] for k, subject in timeline.subjects.items() if subject.kind == "fact"
    }
    assert steps and all(docs.count("a") <= 1 for docs in steps.values()), steps
