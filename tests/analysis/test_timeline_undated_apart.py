"""Undated reports in the timeline (#17 after s15): they are on the detail's ``Undated:`` line
alone, never again among ``Then:`` nor counted in its "and N more" (fault 2); with no dated
report nothing is "first" and no figure "changed" (fault 3); a figure's steps are its values as
the fact sheet writes them, not the words matched (fault 4)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.timeline import LISTED_MOST, subject_detail

pytestmark = pytest.mark.usefixtures("utc")

DAMAGE = "Insurers estimated the damage from the flood at {} million euros, the Halvik Post reported.\n"


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def run(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "timeline", *args]) == 0
    return capsys.readouterr().out


def detail(root: Path, label: str) -> list[str]:
    timeline = Workspace(root, root.parent / "ix-ws").timeline()
    return subject_detail(timeline.subjects[label]).plain.splitlines()


def stamped(date: str | None, body: str, title: str = "Flood damage revised") -> str:
    return f"{title}\n\n" + (f"Posted: {date}\n\n" if date else "") + body


# -- fault 2: undated reports on the Undated line alone ----------------------------------------


@pytest.mark.parametrize(
    ("files", "undated"),
    [
        # the reported input (r1): one dated, one undated
        (
            {"a.txt": stamped("Mar 14, 2025 10:00 GMT", DAMAGE.format(80)), "b.txt": stamped(None, DAMAGE.format(40))},
            ["b"],
        ),
        # variants: two undated among three dated; an undated one named first in the folder
        (
            {
                "a.txt": stamped("Mar 14, 2025 10:00 GMT", DAMAGE.format(80)),
                "b.txt": stamped(None, DAMAGE.format(40)),
                "c.txt": stamped("Mar 15, 2025 09:00 GMT", DAMAGE.format(90)),
                "d.txt": stamped(None, DAMAGE.format(45)),
                "e.txt": stamped("Mar 16, 2025 09:00 GMT", DAMAGE.format(95)),
            },
            ["b", "d"],
        ),
        (
            {"0.txt": stamped(None, DAMAGE.format(40)), "z.txt": stamped("Mar 14, 2025 10:00 GMT", DAMAGE.format(80))},
            ["0"],
        ),
    ],
)
def test_undated_reports_are_named_once(tmp_path: Path, files: dict[str, str], undated: list[str]) -> None:
    lines = detail(write(tmp_path / "c", files), "damage")
    then = next((x for x in lines if x.startswith("Then: ")), "")
    said = next(x for x in lines if x.startswith("Undated: "))
    assert "undated" not in then
    for doc in undated:
        assert f"({doc})" in said and doc not in re.findall(r"\b\w+\b", then.removeprefix("Then: "))
    assert lines.index(said) == len(lines) - 1  # after the dated reports


def test_then_counts_dated_reports_only(tmp_path: Path) -> None:
    # The reported shape (c9): 400 records, 8 undated; "and 199 more" counted the undated too.
    rows = []
    for n in range(400):
        row = {"id": f"r{n}", "title": f"Dam update {n}", "source": f"Outlet {n}"}
        row["text"] = f"The death toll from the Oster dam breach rose to {n % 7 + 2} people, officials said."
        if n % 50:  # 8 undated: r0, r50, …
            row["date"] = f"2025-03-{14 + n // 100:02d}T{n % 24:02d}:{n % 60:02d}:00+00:00"
        rows.append(json.dumps(row))
    root = write(tmp_path / "c", {"bulk.jsonl": "\n".join(rows) + "\n"})
    lines = detail(root, "death toll")
    then = next(x for x in lines if x.startswith("Then: "))
    undated = next(x for x in lines if x.startswith("Undated: "))
    tied = [x for x in lines if x.startswith("Or first")]
    named = 1 + sum(len(re.findall(r"\(\d+ \w+ 2025[^)]*\)", x)) for x in tied)  # the first, its ties
    more = int(re.search(r"and ([\d,]+) more$", then).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert LISTED_MOST + more + named == 392  # the dated reports, each named once
    assert undated.count("Outlet ") == 8 and "undated" not in then


# -- fault 3: nothing dated, nothing first, nothing changed ---------------------------------------

WORKERS = "The Halvik Ferry Union said {} workers struck.\n"


@pytest.mark.parametrize(
    "files",
    [
        # the reported input (c12): three undated notes
        {f"n{n}.txt": stamped(None, WORKERS.format(100 * n), f"Note {n}") for n in (1, 2, 3)},
        # variants: two notes in another order of names; an entity alone, no figure differing
        {"b.txt": stamped(None, WORKERS.format(70)), "a.txt": stamped(None, WORKERS.format(90))},
        {f"m{n}.txt": stamped(None, WORKERS.format(50)) for n in (1, 2)},
    ],
)
def test_nothing_dated_names_no_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    root = write(tmp_path / "c", files)
    data = json.loads(run(root, capsys, "--json"))
    assert data["first"] == {}  # a label's entry, when there is one, keeps {"doc", "date", "tied"}
    text = run(root, capsys)
    assert "Figures that changed" not in text
    assert ("Figures that differ, in no known order (undated reports):" in text) == (
        len(files) > 1 and "m1.txt" not in files
    )
    for label in ("workers", "Halvik Ferry Union"):
        lines = detail(root, label)
        assert lines[0] == "First: unknown: no article mentioning it is dated."
        assert not any(x.startswith(("Or first", "Then:", "Changed:")) for x in lines)
        assert lines[-1].startswith("Undated: ")


def test_one_dated_value_is_no_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {"a.txt": stamped("Mar 14, 2025", WORKERS.format(300)), "b.txt": stamped(None, WORKERS.format(200))}
    root = write(tmp_path / "c", files)
    assert "Figures that changed" not in run(root, capsys)
    assert not any(x.startswith("Changed:") for x in detail(root, "workers"))


# -- fault 4: values as the fact sheet writes them -------------------------------------------------

TOLLS = {  # the reported words (c1): "Two people", "Four people", "five", "three dead"
    "a.txt": stamped("Mar 14, 2025 05:45 GMT", "Two people died in the Oster dam breach, officials said.\n"),
    "b.txt": stamped("Mar 14, 2025 10:52 GMT", "Four people died in the Oster dam breach, officials said.\n"),
    "c.txt": stamped("Mar 14, 2025 12:10 GMT", "The death toll from the Oster dam breach rose to five.\n"),
}


@pytest.mark.parametrize(
    ("files", "label", "values"),
    [
        (TOLLS, "death toll", ["2", "4", "5"]),
        # variants: money written two ways; a qualifier kept as the fact sheet keeps it
        (
            {
                "a.txt": stamped("Mar 14, 2025 10:00 GMT", DAMAGE.format(80)),
                "b.txt": stamped("Mar 15, 2025 10:00 GMT", DAMAGE.format("ninety").replace(" million", " million")),
            },
            "damage",
            ["€80 million", "€90 million"],
        ),
        (
            {
                "a.txt": stamped("Mar 14, 2025 10:00 GMT", WORKERS.format("about 300")),
                "b.txt": stamped("Mar 15, 2025 10:00 GMT", WORKERS.format("more than 450")),
            },
            "workers",
            ["about 300", "more than 450"],
        ),
    ],
)
def test_changes_show_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str, values: list[str]
) -> None:
    root = write(tmp_path / "c", files)
    chain = next(x for x in run(root, capsys).splitlines() if x.strip().startswith(f"{label}:"))
    steps = [step.split(" (", 1)[0] for step in chain.split(": ", 1)[1].split("  →  ")]
    assert steps == values
    changed = next(x for x in detail(root, label) if x.startswith("Changed: "))
    assert [step.split(" (", 1)[0] for step in changed.removeprefix("Changed: ").split(" → ")] == values


# -- fault 8: an empty corpus says so ---------------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {},  # the reported input: an empty folder
        {".hidden/a.txt": "Hidden\n\nNot read.\n"},  # variants: nothing the app reads, a record without text
        {"rows.jsonl": '{"title": "No text here", "date": "2025-03-14"}\n'},
    ],
)
def test_no_articles_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    assert run(root, capsys) == "No articles.\n"
    assert json.loads(run(root, capsys, "--json")) == {"articles": [], "first": {}, "range": None, "changes": {}}


# -- end re-test: reports tied at one moment are said to be so ---------------------------------

KORVAN = "Transport minister Ilse Korvan called both sides to talks.\n"


@pytest.mark.parametrize(
    ("dates", "reason"),
    [
        # reported: three articles stamped with one moment were said to have no time of day
        (["Mar 14, 2025 10:00 GMT"] * 3, "the same time"),
        # variants: a day-only date beside a timed first of its day; and both kinds at once
        (["Mar 14, 2025 10:00 GMT", "Mar 14, 2025"], "no time of day to order by"),
        # (each kind under its own heading, #17 s16 t17, fault 4)
        (
            ["Mar 14, 2025 10:00 GMT", "Mar 14, 2025 10:00 GMT", "Mar 14, 2025"],
            "the same time|no time of day to order by",
        ),
    ],
)
def test_the_reason_for_a_tie_is_said(tmp_path: Path, dates: list[str], reason: str) -> None:
    root = write(tmp_path / "c", {f"a{i}.txt": stamped(d, KORVAN, "Talks called") for i, d in enumerate(dates)})
    tie_lines = [row for row in detail(root, "Ilse Korvan") if row.startswith("Or first")]
    assert [row.split(":", 1)[0] for row in tie_lines] == [f"Or first ({r})" for r in reason.split("|")]
