"""The timeline screen on day-only dates and narrow screens (#17 s16): a date without a time of
day is drawn as its whole day, never as a point at midnight, and the axis covers the days it
shows (fault 1); the axis's end labels keep their times where the width allows (fault 3); an
empty corpus says "No articles." once (fault 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")

STRUCK = "The Halvik Ferry Union said {} workers struck.\n"
STAMP = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}( \d\d:\d\d)?")


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def story(n: int, stamp: str | None, outlet: str | None = None) -> str:
    head = f"---\noutlet: {outlet}\n---\n" if outlet else ""
    posted = f"Posted: {stamp}\n\n" if stamp else ""
    return f"{head}Story {n}\n\n{posted}{STRUCK.format(300 + n)}"


async def open_timeline(root: Path, size: tuple[int, int] = (120, 40), keys: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """The chart, its text and the article line, after ``keys``."""
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        screen = app.screen
        chart = screen.query_one(TimelineChart)
        said = str(screen.query_one("#timeline-article").render())
        return chart, chart.render().plain, said


def labels_line(chart: str) -> str:
    lines = chart.splitlines()
    return lines[next(n for n, line in enumerate(lines) if "└" in line) + 1]


# -- fault 3: the axis's ends keep their times where they fit -----------------------------------

HOURS = {  # two days by the hour or three: the ends are times
    "a.md": story(1, "Mar 14, 2025 05:45 GMT", "Nordic Wire"),
    "b.md": story(2, "Mar 14, 2025 18:00 GMT", "AP"),
    "c.md": story(3, "Mar 15, 2025 09:00 GMT", "Reuters"),
}


@pytest.mark.parametrize(
    ("files", "size"),
    [
        (HOURS, (60, 20)),  # the reported width
        (HOURS, (120, 40)),
        # a variant: an undated note beside them (the "?" column takes cells) at 60
        (HOURS | {"u.md": "Undated\n\nA note.\n"}, (60, 20)),
    ],
)
async def test_axis_ends_keep_their_times(tmp_path: Path, files: dict[str, str], size: tuple[int, int]) -> None:
    _chart, text, _said = await open_timeline(write(tmp_path / "c", files), size)
    ends = [m.group(0) for m in STAMP.finditer(labels_line(text))]
    assert len(ends) == 2 and all(m.count(":") == 1 for m in ends), labels_line(text)
    assert all(len(line) <= size[0] for line in text.splitlines())


async def test_axis_ends_drop_times_only_when_they_do_not_fit(tmp_path: Path) -> None:
    _chart, text, _said = await open_timeline(write(tmp_path / "c", HOURS), (48, 20))
    line = labels_line(text)
    assert "…" in line and ":" not in line and len(STAMP.findall(line)) == 2, line


# -- fault 4: an empty corpus says it once ------------------------------------------------------


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_empty_corpus_says_no_articles_once(tmp_path: Path, size: tuple[int, int]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        said = [str(screen.query_one(TimelineChart).render()), str(screen.query_one("#timeline-article").render())]
        assert sum(s.count("No articles.") for s in said) == 1, said
