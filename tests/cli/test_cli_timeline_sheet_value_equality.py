"""`waic-reader timeline`: the timeline tells a figure's values apart as the fact sheet does (t13ac
M25, round s36-x4). "3 days" and "72 hours" are one value on the sheet ("3 days (…; 72 hours: …)")
and were two values "same day, order unknown" in "Figures that changed"; a row the sheet says
*agrees* ("about 10 km" and "11 km") was listed as a change."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def article(outlet: str, date: str, body: str) -> str:
    return f"---\noutlet: {outlet}\ndate: {date}\n---\nStory\n\n{body}\n"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], command: str) -> str:
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), command])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def changed_lines(out: str) -> list[str]:
    """The lines under "Figures that changed:" (until the next heading or the end)."""
    lines = out.splitlines()
    if "Figures that changed:" not in [s.strip() for s in lines]:
        return []
    at = [s.strip() for s in lines].index("Figures that changed:")
    found = []
    for s in lines[at + 1 :]:
        if not s.startswith("  "):
            break
        found.append(s.strip())
    return found


@pytest.mark.parametrize(
    ("files", "label", "one", "other"),
    [
        # reported: a closure of 3 days and of 72 hours, two day-only reports of one day
        (
            {
                "a.md": article(
                    "Live", "2026-06-11T17:30:00+00:00", "The airport will be closed for two days, officials said."
                ),
                "b.md": article(
                    "Eastpress", "2026-06-11", "The airport will be closed for three days, officials said."
                ),
                "c.md": article("Nordwire", "2026-06-11", "The airport will be closed for 72 hours, officials said."),
                "d.md": article("Blog", "2026-06-12", "The airport will be closed for a week, officials said."),
            },
            "closure duration",
            "3 days",
            "72 hours",
        ),
        # variant: 48 hours and two days, the hours first, other outlets and days
        (
            {
                "a.md": article(
                    "Radio",
                    "2026-03-02T08:00:00+00:00",
                    "The port will be closed for one day, the harbour master said.",
                ),
                "b.md": article(
                    "Courier", "2026-03-02", "The port will be closed for 48 hours, the harbour master said."
                ),
                "c.md": article(
                    "Tribune", "2026-03-02", "The port will be closed for two days, the harbour master said."
                ),
                "d.md": article(
                    "Herald", "2026-03-04", "The port will be closed for five days, the harbour master said."
                ),
            },
            "closure duration",
            "48 hours",
            "2 days",
        ),
    ],
)
def test_one_amount_in_two_units_is_one_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str, one: str, other: str
) -> None:
    sheet = run(tmp_path, capsys, files, "facts")
    [row] = [s for s in sheet.splitlines() if s.startswith(label)]
    assert f"{other}:" in row  # the sheet's one entry: "3 days (…; 72 hours: …)"
    [line] = [s for s in changed_lines(run(tmp_path, capsys, files, "timeline")) if s.startswith(label + ":")]
    assert "order unknown" not in line
    # one step for the amount, its first report's value, the other report tied to it ("or …")
    steps = [step.strip() for step in line.removeprefix(label + ":").split("→")]
    assert [step for step in steps if one in step or other in step] == [
        step for step in steps if step.startswith(one)
    ], line
    assert sum(step.startswith(one) for step in steps) == 1, line


@pytest.mark.parametrize(
    ("files", "label"),
    [
        # reported: the plume "about 10 km" then "11 km", a row the sheet says agrees
        (
            {
                "a.md": article(
                    "Live", "2026-06-11T15:05:00+00:00", "The ash plume rose about 10 km high, the observatory said."
                ),
                "b.md": article("Weekly", "2026-06-12", "The ash plume rose 11 km high, the observatory said."),
            },
            "height",
        ),
        # variant: a crowd "about 2,000" then "2,050"
        (
            {
                "a.md": article(
                    "Radio",
                    "2026-04-01T09:00:00+00:00",
                    "About 2,000 people were evacuated from the valley, police said.",
                ),
                "b.md": article("Courier", "2026-04-02", "Police said 2,050 people were evacuated from the valley."),
            },
            "people evacuated",
        ),
    ],
)
def test_a_row_the_sheet_says_agrees_is_no_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str
) -> None:
    sheet = run(tmp_path, capsys, files, "facts")
    [row] = [s for s in sheet.splitlines() if s.startswith(label + " ")]
    assert " agree " in row
    assert not [s for s in changed_lines(run(tmp_path, capsys, files, "timeline")) if s.startswith(label + ":")]
