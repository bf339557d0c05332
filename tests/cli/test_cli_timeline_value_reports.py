"""`waic-reader timeline`: when a value was first reported (issue #16, README "Dates are ordered
in time", t13n F9 and F12). A timed article's later value ("Three people were killed … By
nightfall the toll had risen to four", 20:00) is a report of that value: it is the first 4 and a
day-only article of that day saying 4 is tied ("or Observer"); the 4 had been credited to the
day-only article alone (the timed article's only report was its first value). A live blog dated by
its day is placed by its entries' times ("12:55 … risen to four")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def article(outlet: str, date: str, body: str) -> str:
    return f"---\noutlet: {outlet}\ndate: {date}\n---\nStory\n\n{body}\n"


def toll_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str) -> str:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "timeline"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [line] = [s.strip() for s in out.splitlines() if s.strip().startswith(label + ":")]
    return line


WIRE = article("Wire", "2026-05-03T08:05:00+00:00", "Three people were killed in the blast, police said.")


@pytest.mark.parametrize(
    ("files", "label", "want"),
    [
        # reported (Lusa English timed 20:00, the Observer day-only)
        (
            {
                "w.md": WIRE,
                "lusa.md": article(
                    "Lusa English",
                    "2026-05-03T20:00:00+00:00",
                    "Three people were killed in the blast on Sunday morning. By nightfall the toll had risen to four.",
                ),
                "obs.md": article("Observer", "2026-05-03", "The death toll has risen to four, the mayor says."),
            },
            "death toll",
            "4 (Lusa English, 3 May 2026 20:00; or Observer: 3 May 2026)",
        ),
        # variant: injured, a later figure in a timed report
        (
            {
                "a.md": article(
                    "Post", "2026-02-10T07:00:00+00:00", "Six people were injured in the crash, police said."
                ),
                "b.md": article(
                    "Radio",
                    "2026-02-10T15:30:00+00:00",
                    "Six people were injured in the morning crash. By the afternoon nine people were reported injured.",
                ),
                "c.md": article("Gazette", "2026-02-10", "Nine people were injured in the crash on the ring road."),
            },
            "people injured",
            "9 (Radio, 10 Feb 2026 15:30; or Gazette: 10 Feb 2026)",
        ),
        # variant: a live blog dated by its day, written newest first
        (
            {
                "w.md": WIRE,
                "blog.md": article(
                    "Observer",
                    "2026-05-03",
                    "12:55\nThe death toll has risen to four, officials confirm.\n\n"
                    "09:12\nThree people are now confirmed dead, civil protection says.",
                ),
                "late.md": article("Daily", "2026-05-03T18:00:00+00:00", "Four people died in the blast."),
            },
            "death toll",
            "4 (Observer, 3 May 2026 12:55)",
        ),
    ],
)
def test_a_value_is_first_reported_where_it_is_written_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str, want: str
) -> None:
    line = toll_line(tmp_path, capsys, files, label)
    assert want in line, line
