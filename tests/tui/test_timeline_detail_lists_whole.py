"""The timeline detail's "Then:", "Or first" and "Undated" lines name every report whole, wrapped
by the pane (re-test of #17 after s15, fault 6): "Then:" was cut at 400 characters with an
ellipsis, mid-date, after a dozen outlets. Past LISTED_MOST reports they say how many more."""

from __future__ import annotations

from waic_reader.index.analysis.timeline import Sighting, Subject
from waic_reader.tui.screens.timeline import LISTED_MOST, subject_detail

OUTLETS = [f"Outlet Number {n:02d} Daily" for n in range(40)]


def _seen(doc: str, date: str | None, outlet: str, value: str = "") -> Sighting:
    return Sighting(doc, date, outlet, 0, 1, f"{value} missing" if value else "Anna Lind", value)


def _line(subject: Subject, label: str) -> str:
    return next(x for x in subject_detail(subject).plain.splitlines() if x.startswith(label))


def test_then_names_every_later_report() -> None:
    # reported: two dozen outlets after the first, every one named, the last date whole
    sightings = [_seen(f"a{n}", f"2025-03-{10 + n // 3:02d}T{8 + n % 3 * 3:02d}:00", o) for n, o in enumerate(OUTLETS)]
    then = _line(Subject("Anna Lind", "entity", "PERSON", sightings), "Then: ")
    assert "…" not in then
    assert all(o in then for o in OUTLETS[1:])
    assert then.endswith(f"{OUTLETS[-1]} (23 Mar 2025 08:00)")


def test_or_first_and_undated_are_whole_too() -> None:
    # variant: forty day-only reports of one day are all possibly first
    tied = Subject("Anna Lind", "entity", "PERSON", [_seen(f"a{n}", "2025-03-14", o) for n, o in enumerate(OUTLETS)])
    assert "…" not in (line := _line(tied, "Or first")) and line.endswith(f"{OUTLETS[-1]} (14 Mar 2025)")
    # variant: a figure's undated reports, listed apart, every one
    sightings = [_seen("d1", "2025-03-14", "Dated", "4"), _seen("d2", "2025-03-15", "Dated Too", "6")]
    sightings += [_seen(f"u{n}", None, o, str(n + 7)) for n, o in enumerate(OUTLETS)]
    undated = _line(Subject("missing", "fact", sightings=sightings), "Undated: ")
    assert "…" not in undated and undated.endswith(f"46 missing ({OUTLETS[-1]})")


def test_past_the_most_named_the_rest_are_counted() -> None:
    many = [
        _seen(f"a{n}", f"2025-03-14T{n // 60 % 24:02d}:{n % 60:02d}", f"Outlet {n}") for n in range(LISTED_MOST + 31)
    ]
    then = _line(Subject("Anna Lind", "entity", "PERSON", many), "Then: ")
    assert then.endswith(f"Outlet {LISTED_MOST} (14 Mar 2025 03:20), and 30 more")
