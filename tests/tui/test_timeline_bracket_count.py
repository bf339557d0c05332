"""A day bracket's count beside the timed marks of its day (#13 s35, G19 of acceptance t13y).

A lane's bracket over a day (articles dated by their day alone, on an axis of shorter columns)
shows how many it holds in its middle; a timed article of that day in the same lane is drawn
inside it. Where that timed mark sat in the bracket's middle column, only the mark was drawn and
the count was lost: seven day-only articles and one at 11:20 read as a single article. Both are
drawn now, the count in the free column of the bracket nearest its middle.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")

MARKS = "●◖◗"


def dated(title: str, stamp: str, outlet: str | None = None, body: str = "") -> str:
    """A short article: an outlet in its front matter (or none), a "Published" stamp."""
    head = f"---\noutlet: {outlet}\n---\n" if outlet else ""
    text = body or f"Rescuers reached the {title.lower()} shaft at dawn, officials said."
    return f"{head}{title}\n\nPublished {stamp}\n\n{text}\n"


def corpus(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


async def lanes(root: Path, size: tuple[int, int]) -> dict[str, str]:
    """The timeline's lanes as drawn: its label (stripped) → the axis part of its line."""
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        text = app.screen.query_one(TimelineChart).render().plain
    out: dict[str, str] = {}
    for line in text.splitlines():
        if "│" in line:
            label, axis = line.split("│", 1)
            out[label.strip()] = axis
    return out


def counts(axis: str) -> list[int]:
    return [int(d) for d in re.findall(r"\d", axis)]


# The reported layout (repro v21): seven articles of 9 March 2026 with no time and no outlet,
# a TV page of that day at 11:20 without an outlet either, other outlets' brackets beside them.
SEVEN_AND_ONE = {
    **{
        f"intl/day-{n}.txt": dated(f"Mine report {n}", "March 9, 2026", body=f"Report {n}: seventeen miners trapped.")
        for n in range(7)
    },
    "web/tv.txt": dated("TV report", "March 9, 2026 at 11:20 a.m."),
    "web/diario.md": dated("Diario", "March 9, 2026", "Calveira Diario"),
    "wire/a.md": dated("Wire one", "March 9, 2026", "Nordwire"),
    "wire/b.md": dated("Wire two", "March 9, 2026", "Nordwire"),
    "review/a.md": dated("Review one", "March 10, 2026", "Mining Review"),
    "review/b.md": dated("Review two", "March 10, 2026", "Mining Review"),
}


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_reported_lane_shows_its_count_and_its_timed_mark(tmp_path: Path, size: tuple[int, int]) -> None:
    drawn = await lanes(corpus(tmp_path / "c", SEVEN_AND_ONE), size)
    axis = drawn["(no outlet)"]
    assert "[" in axis or "◖" in axis, axis  # a bracket, as reported
    assert counts(axis) == [7], axis  # the seven of the day, once
    assert sum(axis.count(m) for m in MARKS) == 1, axis  # and the 11:20 one
    assert counts(drawn["Nordwire"]) == [2]  # the other lanes as before


# Variants, another outlet named and other times: two timed marks of the day in one lane, one of
# them in the bracket's middle; the day's bracket only two columns wide (a fortnight on a narrow
# screen: columns of 12 h), the timed mark in its first column, which is its middle, or its last.
TWO_TIMED = {
    **{f"h/{n}.md": dated(f"Havn {n}", "14 March 2025", "Havnebladet") for n in range(3)},
    "h/noon.md": dated("Havn noon", "14 March 2025 11:40", "Havnebladet"),
    "h/one.md": dated("Havn one", "14 March 2025 12:10", "Havnebladet"),
    "o/other.md": dated("Other", "15 March 2025 08:00", "Costa Wire"),
}


def fortnight(hour: str) -> dict[str, str]:
    return {
        "a/first.md": dated("First", "1 March 2025 10:00", "Costa Wire"),
        "a/last.md": dated("Last", "15 March 2025 10:00", "Costa Wire"),
        **{f"b/{n}.md": dated(f"Zeitung {n}", "8 March 2025", "Bergzeitung") for n in range(4)},
        "b/timed.md": dated("Zeitung timed", f"8 March 2025 {hour}", "Bergzeitung"),
    }


@pytest.mark.parametrize(
    ("files", "lane", "count", "marks", "size"),
    [
        (TWO_TIMED, "Havnebladet", 3, 2, (120, 40)),
        (TWO_TIMED, "Havnebladet", 3, 2, (60, 20)),
        (fortnight("09:00"), "Bergzeitung", 4, 1, (60, 20)),  # at the bracket's first column
        (fortnight("15:00"), "Bergzeitung", 4, 1, (60, 20)),  # at its last
    ],
)
async def test_a_bracket_count_is_never_hidden_by_a_timed_mark(
    tmp_path: Path, files: dict[str, str], lane: str, count: int, marks: int, size: tuple[int, int]
) -> None:
    drawn = await lanes(corpus(tmp_path / "c", files), size)
    axis = drawn[lane]
    assert counts(axis) == [count], axis
    assert sum(axis.count(m) for m in MARKS) == marks, axis
