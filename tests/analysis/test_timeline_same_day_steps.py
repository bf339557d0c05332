"""Values first reported on one day by day-only dates cannot be ordered (acceptance s14 #3): a
and b, both "Harbour Times · 5 May 2025", report 14 and 17, c "May 5, 2025 08:00 GMT" 12; the
chain read 12 → 14 → 17 as if 14 came before 17. They are shown together, their order unknown,
as "Or first" shows the reports that may have been first. And a step's alternative that is its
own outlet on its own day ("24 boats (Harbour Times, 1 Jan 2025; or Harbour Times: 1 Jan
2025)") is not named again."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.timeline import Sighting, Subject, change_chain, or_first
from waic_reader.index.corpus.date_values import readable
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.timeline import subject_detail

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def _seen(doc: str, date: str | None, value: str, outlet: str | None = None) -> Sighting:
    return Sighting(doc, date, outlet or doc.upper(), 0, 1, value, value)


def test_the_reported_corpus_brackets_the_two_day_only_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, stamp, n in [
        ("a", "By Jane Roe · Harbour Times · 5 May 2025", 14),
        ("b", "By Jon Berg · Harbour Times · 5 May 2025", 17),
        ("c", "Posted: May 5, 2025 08:00 GMT", 12),
    ]:
        verb = "stood at" if n == 12 else "rose to"
        text = f"Toll {name.upper()}\n\n{stamp}\n\nThe death toll from the Osland earthquake {verb} {n}, the Red Cross said.\n"
        (root / f"{name}.txt").write_text(text, "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "timeline"]) == 0
    out = capsys.readouterr().out
    assert (
        # Two reports of one outlet told apart by their doc ids, as the fact sheet names them.
        "death toll: 12 (c, 5 May 2025 08:00)  →  [same day, order unknown: 14 (Harbour Times (a), 5 May 2025)"
        " · 17 (Harbour Times (b), 5 May 2025)]"
    ) in out


def test_three_same_day_values_after_a_timed_one_and_before_the_next_day() -> None:
    subject = Subject(
        "boats",
        "fact",
        sightings=[
            _seen("wire", "2025-05-04T22:00", "10"),
            _seen("x", "2025-05-05", "12"),
            _seen("y", "2025-05-05", "13"),
            _seen("z", "2025-05-05", "15"),
            _seen("next", "2025-05-06T09:00", "16"),
        ],
    )
    assert [[step[0].doc for step in g] for g in subject.change_groups()] == [["wire"], ["x", "y", "z"], ["next"]]
    chain = change_chain(subject, readable, 30)
    assert chain == (
        "10 (WIRE, 4 May 2025 22:00)  →  [same day, order unknown: 12 (X, 5 May 2025) · 13 (Y, 5 May 2025)"
        " · 15 (Z, 5 May 2025)]  →  16 (NEXT, 6 May 2025 09:00)"
    )
    # the screen writes the same chain (one space between words, as every line it shows)
    assert "Changed: " + " ".join(chain.split()) in subject_detail(subject).plain


def test_day_only_values_on_two_days_and_timed_ones_stay_in_order() -> None:
    # different days are ordered; two timed values of one day too
    subject = Subject(
        "boats",
        "fact",
        sightings=[
            _seen("x", "2025-05-05", "12"),
            _seen("y", "2025-05-06", "13"),
            _seen("t1", "2025-05-07T08:00", "14"),
            _seen("t2", "2025-05-07T09:00", "15"),
        ],
    )
    assert [len(g) for g in subject.change_groups()] == [1, 1, 1, 1]
    assert "order unknown" not in change_chain(subject, readable, 30)


def test_a_steps_own_outlet_and_day_is_not_its_own_alternative() -> None:
    own = _seen("ht1", "2025-01-01", "24 boats", "Harbour Times")
    tied = [
        _seen("ht2", "2025-01-01", "24 boats", "Harbour Times"),  # reported: the same outlet and day
        _seen("r", "2025-01-01", "24 boats", "Reuters"),
        _seen("r2", "2025-01-01", "24 boats", "Reuters"),  # a name once per day
    ]
    assert or_first(tied, readable, own) == "or Reuters: 1 Jan 2025"
    assert or_first(tied[:1], readable, own) == ""
    subject = Subject("boats", "fact", sightings=[_seen("w", "2024-12-31T10:00", "20 boats", "Wire"), own, tied[0]])
    # In a subject, two reports of one outlet are told apart by their doc ids (as the fact sheet
    # names them, #17 s16 t17, fault 4): the other one is an alternative, never the step itself.
    assert change_chain(subject, readable, 30) == (
        "20 boats (Wire, 31 Dec 2024 10:00)  →  24 boats (Harbour Times (ht1), 1 Jan 2025; or Harbour Times (ht2): 1 Jan 2025)"
    )
