"""The timeline: articles by date, who mentioned what first, how a figure moved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.index.analysis.timeline import Sighting, Subject, build_timeline
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


class _A:
    def __init__(self, doc: str, date: str | None, outlet: str | None = None) -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, outlet, doc


def test_articles_in_date_order_with_undated_last() -> None:
    timeline = Workspace(COVERAGE_MIX).timeline()
    docs = [a.doc for a in timeline.articles]
    # A day-only date counts at its day's end (it may have been written at any time of it), after
    # that day's timed reports, as the library and `list --sort date` order it (t13d fault 6).
    assert docs[:4] == [
        "api/newsapi#bridge",
        "feeds/portugal-news#bridge-closed",
        "wires/ap-bridge",
        "wires/reuters-bridge",
    ]
    assert docs[-1] == "opinion" and timeline.articles[-1].date is None
    # Zones applied: 21:15+01:00 is before 07:40+01:00 the next day, after 16:05Z.
    assert docs.index("feeds/portugal-news#bridge-closed") == 1
    # The Reuters dateline has no year: it takes the year of the other dates.
    reuters = next(a for a in timeline.articles if a.doc == "wires/reuters-bridge")
    assert reuters.date == "2025-09-02"


def test_first_mention_and_figures_follow_dates() -> None:
    timeline = Workspace(COVERAGE_MIX).timeline()
    pinto = timeline.subjects["Miguel Pinto"]
    assert pinto.first is not None and pinto.first.doc == "api/newsapi#bridge"
    assert [s.doc for s in pinto.tied] == ["wires/ap-bridge", "wires/reuters-bridge"]
    rank = {a.doc: n for n, a in enumerate(timeline.articles)}
    ws = Workspace(COVERAGE_MIX)
    facts = [s for s in timeline.subjects.values() if s.kind == "fact"]
    assert facts
    for subject in timeline.subjects.values():
        assert [rank[s.doc] for s in subject.sightings] == sorted(rank[s.doc] for s in subject.sightings)
        for s in subject.sightings:  # offsets into each article's text
            assert ws.corpus.article(s.doc).text[s.start : s.end] == s.text
    assert "Friday" not in timeline.subjects and "Tuesday" not in timeline.subjects  # calendar words


class _V:
    def __init__(self, doc: str, value: float, text: str, start: int = 0) -> None:
        self.doc, self.value, self.text, self.start, self.end, self.kind = doc, value, text, start, start + 5, "count"
        self.measure, self.head = "", text.rsplit(maxsplit=1)[-1]
        self.high, self.qualifier, self.unit = None, "", ""


class _F:
    def __init__(self, label: str, values: list[_V]) -> None:
        self.label, self.values, self.agree = label, values, len({v.value for v in values}) == 1


def test_a_figure_that_changes_over_time() -> None:
    """A fact is one figure; its changes are listed in date order. Facts sharing a label are
    the fact sheet's separate facts: separate figures too (#17 s16 t17, fault 3)."""
    articles = [
        _A("late", "2025-09-03T10:00Z", "B"),
        _A("early", "2025-09-02", "A"),
        _A("mid", "2025-09-02T20:00+01:00", "C"),
    ]
    facts = [
        _F(
            "families",
            [_V("late", 60.0, "60 families"), _V("early", 40.0, "40 families"), _V("mid", 40.0, "40 families")],
        ),
    ]
    split = build_timeline(articles, {}, [_F("families", facts[0].values[:2]), _F("families", facts[0].values[2:])])
    assert sorted(split.subjects) == ["families · 40", "families · 60 → 40"]
    timeline = build_timeline(articles, {}, facts)
    families = timeline.subjects["families"]
    assert [s.doc for s in families.sightings] == ["mid", "early", "late"]  # "early" at its day's end
    # the day-only "early" counts at its day's end: the timed "mid" reported 40 first, as "first" says
    assert [(c.value, c.doc) for c in families.changes()] == [("40", "mid"), ("60", "late")]
    # "early" is day-only on "mid"'s day: it cannot be ordered against 19:00Z, so it is tied
    assert timeline.to_json()["first"]["families"] == {
        "doc": "mid",
        "date": "2025-09-02T20:00+01:00",
        "tied": ["early"],
    }


def test_timeline_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(COVERAGE_MIX), "--index-dir", str(tmp_path / "ix"), "timeline", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"articles", "first", "range", "changes"}  # changes: round s29-e
    assert data["range"] == {"start": "2025-09-02", "end": data["articles"][-2]["date"], "before": 0, "after": 0}
    # a timed date also says how its zone was read, as `list` does (review s49-rv finding 19)
    assert all(set(a) - {"date_zone", "date_note"} == {"doc", "date", "outlet", "title"} for a in data["articles"])
    assert data["first"]["Miguel Pinto"] == {
        "doc": "api/newsapi#bridge",
        "date": "2025-09-02T16:05:00+00:00",
        "tied": ["wires/ap-bridge", "wires/reuters-bridge"],  # day-only on that day
    }
    assert data["first"]["Lisbon"] == {"doc": "wires/ap-bridge", "date": "2025-09-02", "tied": ["wires/reuters-bridge"]}
    assert all(set(v) == {"doc", "date", "tied"} for v in data["first"].values())
    assert main(["--corpus", str(COVERAGE_MIX), "--index-dir", str(tmp_path / "ix"), "timeline"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("2 Sep 2025") and "undated" in text


def test_year_from_other_articles_and_stable_ties() -> None:
    timeline = build_timeline([_A("b", "--12-31"), _A("a", "2026-01-02"), _A("c", None), _A("d", "2026-01-02")], {})
    assert [(a.doc, a.date) for a in timeline.articles] == [
        ("b", "2025-12-31"),
        ("a", "2026-01-02"),
        ("d", "2026-01-02"),
        ("c", None),
    ]


def _fact(*docs: str) -> list[_F]:
    return [_F("death toll", [_V(d, 12.0, "12 people") for d in docs])]


def test_a_day_only_article_is_tied_with_a_timed_report_of_its_day() -> None:
    # acceptance s9b #5 (d1 exports/rows.csv): a day-only row sorted at local midnight was
    # "first" over a report timed that day
    articles = [_A("rows#a", "2025-03-14", "Rows"), _A("reuters", "2025-03-14T10:05:00+09:00", "Reuters")]
    first, tied = build_timeline(articles, {}, _fact("rows#a", "reuters")).subjects["death toll"].first_and_tied()
    assert first is not None and first.doc == "reuters" and [s.doc for s in tied] == ["rows#a"]


def test_a_day_only_article_on_an_earlier_day_is_first_and_its_days_others_tie() -> None:
    articles = [
        _A("timed", "2025-03-14T00:30Z"),
        _A("day13", "2025-03-13"),
        _A("other13", "2025-03-13"),
        _A("month", "2025-04"),
    ]
    timeline = build_timeline(articles, {}, _fact("timed", "day13", "other13", "month"))
    assert timeline.to_json()["first"]["death toll"] == {"doc": "day13", "date": "2025-03-13", "tied": ["other13"]}


def test_timed_reports_alone_and_a_later_day_tie_nothing() -> None:
    articles = [_A("a", "2025-03-14T08:00Z"), _A("b", "2025-03-14T09:00Z"), _A("c", "2025-03-15"), _A("u", None)]
    timeline = build_timeline(articles, {}, _fact("a", "b", "c", "u"))
    assert timeline.to_json()["first"]["death toll"] == {"doc": "a", "date": "2025-03-14T08:00Z", "tied": []}
    # a month-only date spans its month: it may have been first
    timeline = build_timeline([*articles, _A("m", "2025-03")], {}, _fact("a", "b", "m"))
    assert timeline.to_json()["first"]["death toll"]["tied"] == ["m"]


def test_changes_are_the_fact_sheets_history() -> None:
    """Acceptance s10 #3 had each value counted once, at its first dated report (3 → 5 → 7),
    while the fact sheet's row listed a value again each time it came back: the two screens told
    two stories (t13aw N19: "4 → 3 → 5" beside the sheet's "4 → 3 → 4 → 5"). The timeline now
    tells the sheet's history (``facts.display.value_runs``): a report repeating the value just
    before it restates it, one coming back after another value is a step; undated ones never."""
    subject = Subject(
        "death toll",
        "fact",
        sightings=[
            _seen("a", "2025-03-14T08:30:00+00:00", "3"),
            _seen("b", "2025-03-14T10:00:00+00:00", "5"),
            _seen("c", "2025-03-14T11:00:00+00:00", "3"),
            _seen("d", "2025-03-14T12:00:00+00:00", "7"),
            _seen("e", "2025-03-14T13:00:00+00:00", "5"),
            _seen("f", "2025-03-14T14:00:00+00:00", "7"),
            _seen("g", None, "9"),
        ],
    )
    assert [(c.value, c.doc) for c in subject.changes()] == [
        ("3", "a"),
        ("5", "b"),
        ("3", "c"),
        ("7", "d"),
        ("5", "e"),
        ("7", "f"),
    ]
    # A value first seen late is still a change; one only undated is not.
    subject.sightings.append(_seen("h", "2025-03-15T09:00:00+00:00", "8"))
    assert [c.value for c in subject.changes()] == ["3", "5", "3", "7", "5", "7", "8"]
    # Restated in a row, a value is one step at its first report.
    subject.sightings = [s for s in subject.sightings if s.doc in ("a", "b", "d", "f")]
    assert [(c.value, c.doc) for c in subject.changes()] == [("3", "a"), ("5", "b"), ("7", "d")]


def test_a_day_only_report_counts_at_its_days_end_in_the_changes() -> None:
    """Acceptance s10b #1 (TIE/): a radio's day-only "four by evening" sorted at midnight went
    before the morning's timed "two", so the chain read two → six and hid "four"."""
    subject = Subject(
        "missing",
        "fact",
        sightings=[
            _seen("radio", "2025-06-02", "4"),
            _seen("wire", "2025-06-02", "2"),
            _seen("csv-1", "2025-06-02T08:00:00+00:00", "2"),
            _seen("csv-2", "2025-06-02T20:00:00+00:00", "4"),
            _seen("csv-3", "2025-06-03T12:00:00+00:00", "6"),
        ],
    )
    assert [(c.value, c.doc) for c in subject.changes()] == [("2", "csv-1"), ("4", "csv-2"), ("6", "csv-3")]
    # Without the timed "four", the radio's day-only one is the step (at its day's end).
    subject.sightings = [s for s in subject.sightings if s.doc != "csv-2"]
    assert [(c.value, c.doc) for c in subject.changes()] == [("2", "csv-1"), ("4", "radio"), ("6", "csv-3")]
    # A month-only report counts at its month's end.
    subject.sightings.append(_seen("monthly", "2025-06", "9"))
    assert [c.value for c in subject.changes()] == ["2", "4", "6", "9"]


def test_no_first_among_undated_articles() -> None:
    """Acceptance s10b #4 (UND/): two undated articles; nothing orders them, so neither is first
    (#17 after s15, fault 3: the folder's order had named "a"): ``first`` leaves the label out,
    every entry it has keeping ``{"doc", "date", "tied"}``."""
    articles = [_A("a", None), _A("b", None)]
    timeline = build_timeline(articles, {}, _fact("a", "b"))
    assert "death toll" not in timeline.to_json()["first"]
    assert timeline.subjects["death toll"].first_and_tied() == (None, [])


def _seen(doc: str, date: str | None, value: str) -> Sighting:
    """A figure's sighting in ``doc`` (its outlet the doc's upper case), for the changes' tests."""
    return Sighting(doc, date, doc.upper(), 0, 1, value, value)
