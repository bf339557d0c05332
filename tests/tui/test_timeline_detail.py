"""The timeline's subject pane (acceptance s10b #1, #2): a figure's whole chain of values comes
straight under "First:", its first value included (with ties the first value need not be the one
named first), so a short pane at 60x20 still shows how the figure changed."""

from __future__ import annotations

from waic_reader.index.analysis.timeline import Sighting, Subject
from waic_reader.tui.screens.timeline import subject_detail


def _seen(doc: str, date: str | None, value: str, outlet: str) -> Sighting:
    return Sighting(doc, date, outlet, 0, 1, f"{value} missing", value)


def test_changes_come_under_first_with_every_value() -> None:
    subject = Subject(
        "missing",
        "fact",
        sightings=[
            _seen("radio", "2025-06-02", "4", "Radio"),
            _seen("csv-1", "2025-06-02T08:00:00+00:00", "2", "Post"),
            _seen("csv-2", "2025-06-02T20:00:00+00:00", "4", "Post"),
            _seen("csv-3", "2025-06-03T12:00:00+00:00", "6", "Courier"),
        ],
    )
    lines = subject_detail(subject).plain.splitlines()
    assert lines[0].startswith("First: Post")
    assert lines[1].startswith("Changed: 2 missing (Post") and "4 missing (Post" in lines[1] and "6 missing" in lines[1]
    assert lines[2].startswith("Or first") and "Radio" in lines[2]


def test_undated_articles_name_no_first() -> None:
    # Nothing orders undated articles: the folder's order named "A" first and "B" possibly first
    # (#17 after s15, fault 3); both are undated reports, on that line alone.
    subject = Subject("Halden Dam", "entity", "FAC", [_seen("a", None, "", "A"), _seen("b", None, "", "B")])
    lines = subject_detail(subject).plain.splitlines()
    assert lines == ["First: unknown: no article mentioning it is dated.", "Undated: A, B"]
