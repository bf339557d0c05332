"""The timeline detail's lines read a subject's reports in one order (#17 s16): ``Then:`` and
``Changed:`` named one day's reports in opposite orders, "Then:" a day-only report at its
midnight and "Changed:" at its day's end (fault 2); ``Undated:`` named doc ids as text, 1, 10,
11, 2, not in natural order (fault 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.corpus.listing import natural_key
from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.timeline import subject_detail

pytestmark = pytest.mark.usefixtures("utc")

DAMAGE = "Insurers estimated the damage from the flood at {} million euros, the Halvik Post reported.\n"


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def story(outlet: str | None, date: str | None, value: int) -> str:
    head = f"---\noutlet: {outlet}\n---\n" if outlet else ""
    posted = f"Posted: {date}\n\n" if date else ""
    return f"{head}Flood damage revised\n\n{posted}{DAMAGE.format(value)}"


def detail(root: Path, label: str = "damage") -> list[str]:
    timeline = Workspace(root, root.parent / "ix-ws").timeline()
    return subject_detail(timeline.subjects[label]).plain.splitlines()


def named(line: str, outlets: list[str]) -> list[str]:
    """The docs (no outlet: named by doc id) ``line`` names, in the order it names them."""
    found = sorted((m.start(), o) for o in outlets for m in re.finditer(rf"\b{re.escape(o)}\b", line))
    return [o for _, o in found]


DOCS = ["alder", "birch", "cedar", "dune", "elm"]


@pytest.mark.parametrize(
    "files",
    [
        # the reported input: a day-only report and timed ones of its day, after an earlier first
        {
            "alder.txt": story(None, "Mar 13, 2025 09:00 GMT", 30),
            "birch.txt": story(None, "Mar 14, 2025", 80),
            "cedar.txt": story(None, "Mar 14, 2025 10:00 GMT", 40),
            "dune.txt": story(None, "Mar 14, 2025 15:00 GMT", 90),
        },
        # variants: every report of the day timed, filed out of their order of time
        {
            "alder.txt": story(None, "Mar 13, 2025 09:00 GMT", 30),
            "birch.txt": story(None, "Mar 14, 2025 18:00 GMT", 80),
            "cedar.txt": story(None, "Mar 14, 2025 10:00 GMT", 40),
            "dune.txt": story(None, "Mar 14, 2025 15:00 GMT", 90),
        },
        # two day-only reports of one day (bracketed in "Changed:") beside a timed one
        {
            "alder.txt": story(None, "Mar 13, 2025 09:00 GMT", 30),
            "birch.txt": story(None, "Mar 14, 2025", 80),
            "cedar.txt": story(None, "Mar 14, 2025 10:00 GMT", 40),
            "dune.txt": story(None, "Mar 14, 2025", 90),
            "elm.txt": story(None, "Mar 15, 2025 08:00 GMT", 95),
        },
    ],
)
def test_then_and_changed_name_reports_in_one_order(tmp_path: Path, files: dict[str, str]) -> None:
    lines = detail(write(tmp_path / "c", files))
    then = next(x for x in lines if x.startswith("Then: "))
    changed = next(x for x in lines if x.startswith("Changed: "))
    in_then, in_changed = named(then, DOCS), named(changed, DOCS)
    common = [o for o in in_changed if o in in_then]
    assert len(common) >= 3
    assert [o for o in in_then if o in common] == common
    # A day-only report of 14 March is never read before that day's timed one.
    assert in_then.index("cedar") < in_then.index("birch")


def test_then_orders_undated_apart_and_day_only_after_timed_entity(tmp_path: Path) -> None:
    """An entity's "Then:" (no "Changed:"): the same order, day-only after its day's times."""
    body = "The Halvik Ferry Union said workers struck at Port Evra.\n"
    files = {
        "alder.txt": "Strike\n\nPosted: Mar 13, 2025 09:00 GMT\n\n" + body,
        "birch.txt": "Strike\n\nPosted: Mar 14, 2025\n\n" + body,
        "cedar.txt": "Strike\n\nPosted: Mar 14, 2025 10:00 GMT\n\n" + body,
    }
    root = write(tmp_path / "c", files)
    timeline = Workspace(root, root.parent / "ix-ws").timeline()
    label = next(k for k in timeline.subjects if "Halvik" in k)
    lines = subject_detail(timeline.subjects[label]).plain.splitlines()
    then = next(x for x in lines if x.startswith("Then: "))
    assert named(then, DOCS) == ["cedar", "birch"]


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        # the reported ids, and variants: a shared prefix; numbers in several places
        (["1", "10", "11", "2"], ["1", "2", "10", "11"]),
        (["note-10", "note-9", "note-100", "Note-11"], ["note-9", "note-10", "Note-11", "note-100"]),
        (["r2/a10", "r10/a2", "r2/a9"], ["r2/a9", "r2/a10", "r10/a2"]),
    ],
)
def test_undated_line_names_ids_in_natural_order(tmp_path: Path, docs: list[str], expected: list[str]) -> None:
    files = {"dated.txt": story(None, "Mar 13, 2025 09:00 GMT", 30)}
    for n, doc in enumerate(docs):
        if "/" in doc:
            (tmp_path / "c" / doc.split("/")[0]).mkdir(parents=True, exist_ok=True)
        files[f"{doc}.txt"] = story(None, None, 40 + n)
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    lines = detail(root)
    undated = next(x for x in lines if x.startswith("Undated: "))
    shown = re.findall(r"\(([^()]+)\)", undated)
    assert shown == expected


def test_natural_key_compares_numbers_as_numbers() -> None:
    assert sorted(["1", "10", "11", "2"], key=natural_key) == ["1", "2", "10", "11"]
    assert sorted(["b", "a2", "a10", "A3"], key=natural_key) == ["a2", "A3", "a10", "b"]
    assert sorted(["x", "1x", "x1"], key=natural_key) == ["1x", "x", "x1"]
