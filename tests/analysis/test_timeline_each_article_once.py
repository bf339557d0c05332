"""A subject's articles are counted and named once each: a figure has a report per value and per
live-blog entry, so its sightings are no count of articles, and the detail's "Or first" and
"Then:" lines named one article once per report (t13p F13: "figure · 24 articles" in a corpus
of 17; "Or first (the same time): Reuters (3 Jun 2026 14:40), Reuters (3 Jun 2026 14:40), Reuters
(3 Jun 2026 14:40)"; "Then: … Andean Times (…), Andean Times (…), Andean Times (…)").
``timeline --json``'s ``tied`` names each article once, never the first's own (its keys as
they were)."""

from __future__ import annotations

from waic_reader.index.analysis.timeline import Sighting, Subject, Timeline, TimelineArticle
from waic_reader.tui.screens.timeline import subject_detail


def seen(doc: str, date: str | None, value: str, outlet: str) -> Sighting:
    return Sighting(doc, date, outlet, 0, 1, f"{value} dead", value, value)


def lines(subject: Subject) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in subject_detail(subject).plain.splitlines():
        head, _, rest = line.partition(": ")
        out[head] = rest
    return out


# The reported shape: a wire's three values stamped with one time, the first of them first.
WIRE = Subject(
    "death toll",
    "fact",
    sightings=[
        seen("01_reuters_wire", "2026-06-03T14:40:00+00:00", "3", "Reuters"),
        seen("01_reuters_wire", "2026-06-03T14:40:00+00:00", "5", "Reuters"),
        seen("01_reuters_wire", "2026-06-03T14:40:00+00:00", "7", "Reuters"),
        seen("01_reuters_wire", "2026-06-03T14:40:00+00:00", "34", "Reuters"),
        seen("02_ap", "2026-06-03T16:30:00+00:00", "5", "AP"),
    ],
)
# Two articles of one outlet at the first's moment, and a live blog's three entries after it.
SHARED = Subject(
    "people missing",
    "fact",
    sightings=[
        seen("wire/a", "2025-03-14T08:00:00+00:00", "12", "Nordpress"),
        seen("wire/a", "2025-03-14T08:00:00+00:00", "14", "Nordpress"),
        seen("wire/b", "2025-03-14T08:00:00+00:00", "12", "Nordpress"),
        seen("wire/b", "2025-03-14T08:00:00+00:00", "14", "Nordpress"),
        seen("blog", "2025-03-14T09:10:00+00:00", "14", "Harbour Times"),
        seen("blog", "2025-03-14T11:45:00+00:00", "15", "Harbour Times"),
        seen("blog", "2025-03-14T16:20:00+00:00", "16", "Harbour Times"),
    ],
)
# Day-only dates: three reports of one article on the first's day, and an undated article twice.
DAYS = Subject(
    "homes destroyed",
    "fact",
    sightings=[
        seen("courier", "2025-05-05", "40", "Courier"),
        seen("post", "2025-05-05", "40", "Post"),
        seen("post", "2025-05-05", "40", "Post"),
        seen("post", "2025-05-05", "40", "Post"),
        seen("notes", None, "40", "Notes"),
        seen("notes", None, "40", "Notes"),
    ],
)


def test_articles_are_counted_not_reports() -> None:
    assert (WIRE.article_count(), SHARED.article_count(), DAYS.article_count()) == (2, 3, 3)


def test_or_first_names_each_other_article_once() -> None:
    assert "Or first (the same time)" not in lines(WIRE)  # the wire's own reports are no ties
    assert lines(SHARED)["Or first (the same time)"] == "Nordpress (wire/b) (14 Mar 2025 08:00)"
    assert lines(DAYS)["Or first (no time of day to order by)"] == "Post (5 May 2025)"


def test_then_names_each_article_once() -> None:
    assert lines(WIRE)["Then"] == "AP (3 Jun 2026 16:30)"
    assert lines(SHARED)["Then"] == "Harbour Times (14 Mar 2025 09:10)"
    assert lines(DAYS)["Undated"] == "40 (Notes)"
    assert "The same figure in all 3 articles." in subject_detail(DAYS).plain


def test_json_ties_once() -> None:
    articles = [TimelineArticle(d, None, None, d) for d in ("01_reuters_wire", "02_ap")]
    data = Timeline(articles, {"death toll": WIRE, "people missing": SHARED}).to_json()
    assert data["first"]["death toll"] == {
        "doc": "01_reuters_wire",
        "date": "2026-06-03T14:40:00+00:00",
        "tied": [],
    }
    assert data["first"]["people missing"]["tied"] == ["wire/b"]
