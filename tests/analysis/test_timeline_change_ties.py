"""A figure's changes credit a value's first report as the timeline's "first" does (acceptance s11
#3, c1): Reuters and a blog dated "14 Mar 2025" alone said 12 people, as a Tokyo wire timed
14 Mar 10:52 did; the chain named the Tokyo wire alone and skipped the day-only reports as
restatements, while the same screen listed them as "Or first". A value's first report is the
earliest one not certainly after another report of it, and the day-only ones of its day are
tied with it."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.analysis.timeline import Sighting, Subject, or_first
from waic_reader.index.corpus.date_values import readable
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.timeline import subject_detail


def _seen(doc: str, date: str | None, value: str) -> Sighting:
    return Sighting(doc, date, doc.upper(), 0, 1, f"{value} people", value)


def _steps(subject: Subject) -> list[tuple[str, str, list[str]]]:
    return [(first.value, first.doc, [t.doc for t in tied]) for first, tied in subject.change_steps()]


def test_day_only_reports_of_a_value_are_tied_with_its_timed_first() -> None:
    # the reported corpus, in its order: two day-only 12s sorted before the timed 10
    subject = Subject(
        "death toll",
        "fact",
        sightings=[
            _seen("reuters", "2025-03-14", "12"),
            _seen("posted", "2025-03-14", "12"),
            _seen("nordic", "2025-03-14T08:10", "10"),
            _seen("tokyo", "2025-03-14T10:52", "12"),
            _seen("atom", "2025-03-14T22:00", "14"),
            _seen("guardian", "2025-03-15T06:00", "16"),
        ],
    )
    assert _steps(subject) == [
        ("10", "nordic", []),
        ("12", "tokyo", ["reuters", "posted"]),
        ("14", "atom", []),
        ("16", "guardian", []),
    ]
    assert [c.doc for c in subject.changes()] == ["nordic", "tokyo", "atom", "guardian"]
    line = subject_detail(subject).plain.splitlines()[1]
    assert (
        line.startswith("Changed: 10 people (NORDIC")
        and "12 people (TOKYO, 14 Mar 2025 10:52; or REUTERS, POSTED: 14 Mar 2025)" in line
    )


def test_a_day_only_report_on_an_earlier_day_is_the_first_untied() -> None:
    # variant: the day-only 12 comes a day before the timed one: certainly first, no tie; and a
    # later timed report of the value is a restatement, no step
    subject = Subject(
        "death toll",
        "fact",
        sightings=[
            _seen("nordic", "2025-03-13T08:10", "10"),
            _seen("reuters", "2025-03-13", "12"),
            _seen("tokyo", "2025-03-14T10:52", "12"),
            _seen("posted", "2025-03-14", "12"),
        ],
    )
    assert _steps(subject) == [("10", "nordic", []), ("12", "reuters", [])]


def test_month_only_and_undated_reports_of_a_value() -> None:
    # variant: a month-only report may have been first within its month; an undated one never is
    subject = Subject(
        "death toll",
        "fact",
        sightings=[
            _seen("monthly", "2025-03", "12"),
            _seen("nordic", "2025-03-01T08:00", "10"),
            _seen("tokyo", "2025-03-14T10:52", "12"),
            _seen("notes", None, "12"),
        ],
    )
    assert _steps(subject) == [("10", "nordic", []), ("12", "tokyo", ["monthly"])]
    assert or_first(subject.change_steps()[1][1], readable) == "or MONTHLY: Mar 2025"


def test_the_text_output_names_the_tied_reports(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    body = "The death toll from the ferry rose to {n} people, officials said on Friday in Halvik."
    files = {
        "reuters.txt": ("HALVIK, March 14, 2025 (Reuters) - " + body.format(n=12)),
        "nordic.txt": "Nordic headline\n\nPosted: March 14, 2025 08:10 GMT\n\n" + body.format(n=10),
        "tokyo.txt": "Tokyo headline\n\nPosted: March 14, 2025 10:52 GMT\n\n" + body.format(n=12),
        "later.txt": "Later headline\n\nPosted: March 14, 2025 22:00 GMT\n\n" + body.format(n=14),
    }
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text + "\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "idx"), "timeline"]) == 0
    out = capsys.readouterr().out
    changed = next(line for line in out.splitlines() if "death toll:" in line)
    assert "12 (tokyo, " in changed and "; or Reuters: 14 Mar 2025)" in changed
    assert changed.index("10 (") < changed.index("12 (") < changed.index("14 (")
