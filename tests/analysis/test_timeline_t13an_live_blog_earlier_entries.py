"""A live blog's own earlier values are reports at their entries' times in the timeline's figure
changes (t13an N10; README, ``timeline``: "an article's own earlier value (the fact sheet's
`superseded`) a report of it at that article's date"): Channel 5's "09:15 … 9 dead" and "12:10 …
14" were dropped because another outlet had said the blog's later 17 before the blog's last update,
the rule for an article's "up from" history (review s45-rv finding 10) read for entries with times
of their own. The texts are cut down from the tester's corpus or invented."""

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
    ("blog", "wire", "label", "entries"),
    [
        # reported (t13an N10: liveblog-channel5.txt beside the wire's update)
        (
            "18:45\nThe coast guard now says 17 people have died. Nineteen are still missing.\n\n"
            "12:10\nThe death toll has risen to 14, and 23 people are missing.\n\n"
            "09:15\nNine people are confirmed dead.",
            "A ferry capsized off Marinduque, killing 17 people, the coast guard said.",
            "death toll",
            [("b", "9"), ("b", "14")],
        ),
        # variants: missing people counted down; evacuated counted up, entries oldest first
        (
            "21:00\nEleven people are still missing.\n\n14:30\nThirty people are missing after the landslide.",
            "Eleven people remain missing after the landslide in Kellby, police said.",
            "people missing",
            [("b", "30")],
        ),
        (
            "08:10\nAbout 400 residents have been evacuated.\n\n"
            "11:45\nOfficials now say 1,200 residents have been evacuated.\n\n"
            "19:30\nIn all, 2,500 residents have been evacuated.",
            "Some 2,500 residents were evacuated from Ostrand, officials said.",
            "people evacuated",
            [("b", "about 400"), ("b", "1,200")],
        ),
    ],
)
def test_a_live_blogs_earlier_entries_are_reports_of_their_own(
    blog: str, wire: str, label: str, entries: list[tuple[str, str]]
) -> None:
    a = _Dated("a", f"Story\n\n{wire}", "2026-03-14T08:00:00+00:00", "Meridian Wire")
    b = _Dated("b", f"Live: latest\n\n{blog}", "2026-03-14T22:00:00+00:00", "Channel 5")
    timeline = build_timeline([a, b], {}, fact_sheet([(a, []), (b, [])]))
    shown = [(s.doc, s.shown) for s in timeline.subjects[label].changes()]
    assert all(e in shown for e in entries), shown
