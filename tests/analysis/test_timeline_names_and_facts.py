"""The timeline's detail and figures against the fact sheet's (#17 s16, tester report t17): two
articles of one outlet are told apart by their doc ids, as the fact sheet names them, and the
"no time of day" heading lists only reports without a time of day (fault 4); the timeline's
figures are the fact sheet's facts, grouped as it groups them (fault 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.timeline import subject_detail

pytestmark = pytest.mark.usefixtures("utc")

LUND = "Captain Erik Lund survived the sinking, the coast guard said.\n"


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def story(outlet: str | None, stamp: str | None, body: str, title: str = "Ferry sinks") -> str:
    head = f"---\noutlet: {outlet}\n---\n" if outlet else ""
    posted = f"Posted: {stamp}\n\n" if stamp else ""
    return f"{head}{title}\n\n{posted}{body}"


def detail(root: Path, label: str) -> list[str]:
    timeline = Workspace(root, root.parent / "ix-ws").timeline()
    return subject_detail(timeline.subjects[label]).plain.splitlines()


def row(lines: list[str], head: str) -> str:
    [found] = [line for line in lines if line.startswith(head)]
    return found


# -- fault 4: two of one outlet told apart; each tie under its own heading --------------------


@pytest.mark.parametrize(
    ("files", "head", "names"),
    [
        # the reported case: two Reuters day-only reports tied with a timed first
        (
            {
                "a.md": story("Halvik Daily", "Mar 14, 2025 08:00 GMT", LUND),
                "same.md": story("Reuters", "Mar 14, 2025", LUND),
                "wire.md": story("Reuters", "Mar 14, 2025", LUND),
            },
            "Or first (no time of day to order by): ",
            ["Reuters (same) (14 Mar 2025)", "Reuters (wire) (14 Mar 2025)"],
        ),
        # variant: two AP reports on the "Then:" line
        (
            {
                "a.md": story("Halvik Daily", "Mar 14, 2025 08:00 GMT", LUND),
                "p.md": story("AP", "Mar 15, 2025 09:00 GMT", LUND),
                "q.md": story("AP", "Mar 16, 2025 09:00 GMT", LUND),
            },
            "Then: ",
            ["AP (p) (15 Mar 2025 09:00)", "AP (q) (16 Mar 2025 09:00)"],
        ),
        # variant: the first and an undated report of one outlet
        (
            {
                "a.md": story("BBC", "Mar 14, 2025 08:00 GMT", LUND),
                "n.md": story("BBC", None, LUND),
                "z.md": story("AP", "Mar 15, 2025 09:00 GMT", LUND),
            },
            "Undated: ",
            ["BBC (n)"],
        ),
    ],
)
def test_two_of_one_outlet_are_told_apart(tmp_path: Path, files: dict[str, str], head: str, names: list[str]) -> None:
    lines = detail(write(tmp_path / "c", files), "Erik Lund")
    assert row(lines, head) == head + ", ".join(names)


@pytest.mark.parametrize(
    ("dates", "same", "untimed"),
    [
        # the reported case: a timed report at the first's moment, written in another zone, and
        # day-only ones: the timed one was listed under "no time of day to order by"
        (
            ["Mar 14, 2025 08:00 GMT", "Mar 14, 2025 09:00 GMT+1", "Mar 14, 2025", "Mar 14, 2025"],
            ["b"],
            ["c", "d"],
        ),
        # variants: one timed tie and one day-only; two timed ties alone
        (["Mar 14, 2025 08:00 GMT", "Mar 14, 2025 08:00 GMT", "Mar 14, 2025"], ["b"], ["c"]),
        (["Mar 14, 2025 08:00 GMT"] * 3, ["b", "c"], []),
    ],
)
def test_each_tie_is_under_its_own_heading(
    tmp_path: Path, dates: list[str], same: list[str], untimed: list[str]
) -> None:
    files = {f"{chr(97 + n)}.md": story(f"Outlet {chr(65 + n)}", d, LUND) for n, d in enumerate(dates)}
    lines = detail(write(tmp_path / "c", files), "Erik Lund")
    ties = [line for line in lines if line.startswith("Or first")]
    said = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in ties}
    assert ("Or first (the same time)" in said) == bool(same)
    assert ("Or first (no time of day to order by)" in said) == bool(untimed)
    for doc in same:
        assert f"Outlet {doc.upper()} (14 Mar 2025 " in said["Or first (the same time)"]
    for doc in untimed:
        assert f"Outlet {doc.upper()} (14 Mar 2025)" in said["Or first (no time of day to order by)"]
    # no heading lists the other kind
    assert "(14 Mar 2025)" not in said.get("Or first (the same time)", "")
    assert "(14 Mar 2025 " not in said.get("Or first (no time of day to order by)", "")


# -- fault 3: the timeline's figures are the fact sheet's facts -------------------------------

CARRIED = "The Nordvind was built in 1998 and carried {} passengers.\n"


@pytest.mark.parametrize(
    "files",
    [
        # the reported case: an undated "up to 300" beside dated "240"s
        {
            "nodate.md": story(None, None, CARRIED.format("up to 300"), "Background"),
            "a.md": story("AP", "Mar 14, 2025 11:52 GMT", CARRIED.format("240")),
            "b.md": story("Reuters", "Mar 14, 2025", CARRIED.format("240")),
        },
        # variants: the "up to" figure dated too; an "about" figure beside exact ones
        {
            "c.md": story("BBC", "Mar 15, 2025 09:00 GMT", CARRIED.format("up to 300")),
            "a.md": story("AP", "Mar 14, 2025 11:52 GMT", CARRIED.format("240")),
            "b.md": story("Reuters", "Mar 14, 2025", CARRIED.format("240")),
        },
        {
            "c.md": story("BBC", "Mar 15, 2025 09:00 GMT", CARRIED.format("about 250")),
            "a.md": story("AP", "Mar 14, 2025 11:52 GMT", CARRIED.format("240")),
            "b.md": story("Reuters", "Mar 13, 2025", CARRIED.format("240")),
        },
    ],
)
def test_the_timeline_groups_figures_as_the_fact_sheet(tmp_path: Path, files: dict[str, str]) -> None:
    root = write(tmp_path / "c", files)
    workspace = Workspace(root, tmp_path / "ix")
    sheet = [f for f in workspace.fact_sheet().facts if f.label == "passengers"]
    timeline = workspace.timeline()
    figures = [s for s in timeline.subjects.values() if s.kind == "fact" and s.label.startswith("passengers")]
    # One figure per fact of the sheet, each with that fact's articles.
    assert sorted(sorted({v.doc for v in f.values}) for f in sheet) == sorted(
        sorted(s.doc for s in subject.sightings) for subject in figures
    )
    if len(sheet) > 1:  # the sheet keeps them apart: so does the timeline, neither a change of the other
        assert len(figures) == len(sheet) and not any(s.changed() for s in figures)
