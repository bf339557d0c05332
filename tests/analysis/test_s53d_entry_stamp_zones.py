"""A live blog's entry stamp opening its paragraph keeps the zone it writes (t13ay N1, round
s53-d): "08:45 CET – Police confirm a third death" is 07:45 UTC, before a wire's 08:05 UTC, so
the timeline's death toll runs 3 → 4, never 4 → 3 → 4. The stamp's zone is read as a date's
zone is (``dates.entry_clock``: CET, GMT, BST, EST, PDT, JST, "Uhr MEZ", "+01:00"; "ET" by the
day's season); a stamp without one is kept as the time alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts.extract import live_entries
from waic_reader.tui.cli.main import main

# The reported blog (t13ay corpus live/drenfeld-live.txt), its first three entries.
_DRENFELD = (
    "LIVE: Valmora blackout – latest updates\nDrenfeld Daily Live · Wednesday 14 January 2026\n\n"
    "07:10 CET – Good morning. Around 330,000 customers remain without power in Valmora.\n\n"
    "08:45 CET – Police confirm a third death linked to the cold. The death toll now stands at three.\n\n"
    "17:40 CET – Exactly 24 hours since the fire. Halvard Grid now says 290,000 customers are still without power.\n"
)


def _blog(a: str, b: str, sep: str = "–") -> str:
    return (
        "LIVE: Harbour flood – latest\n\n"
        f"{a} {sep} Water has reached the old town, the mayor said.\n\n"
        f"{b} {sep} Two more streets were evacuated, police said.\n"
    )


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        (_DRENFELD, "2026-01-14", ["07:10+01:00", "08:45+01:00", "17:40+01:00"]),
        (_blog("09:05 BST", "11:30 BST"), "2026-06-02", ["09:05+01:00", "11:30+01:00"]),
        (_blog("8:05am EST", "10:20am EST"), "2026-01-20", ["08:05-05:00", "10:20-05:00"]),
        (_blog("06:40 PDT", "07:15 PDT", "-"), "2026-08-01", ["06:40-07:00", "07:15-07:00"]),
        (_blog("21:10 JST", "22:45 JST", ":"), "2026-03-03", ["21:10+09:00", "22:45+09:00"]),
        (_blog("08:45 Uhr MEZ", "10:15 Uhr MEZ"), "2026-02-10", ["08:45+01:00", "10:15+01:00"]),
        (_blog("08:45 +01:00", "10:15 +01:00"), "2026-02-10", ["08:45+01:00", "10:15+01:00"]),
        (_blog("9:15 a.m. ET", "11:00 a.m. ET"), "2026-07-04", ["09:15-04:00", "11:00-04:00"]),
    ],
)
def test_paragraph_stamp_keeps_its_zone(text: str, day: str, times: list[str]) -> None:
    assert [t for _, t in live_entries(text, date=day)] == times


def test_paragraph_stamp_without_zone_is_the_time_alone() -> None:
    assert [t for _, t in live_entries(_blog("09:05", "11:30"), date="2026-06-02")] == ["09:05", "11:30"]


def _corpus(tmp_path: Path, blog: str, blog_outlet: str, wire: str, wire_date: str) -> Path:
    corpus = tmp_path / "c"
    (corpus / "live").mkdir(parents=True)
    (corpus / "wire").mkdir()
    (corpus / "live" / "blog.txt").write_text(blog, encoding="utf-8")
    (corpus / "wire" / "wire.txt").write_text(wire, encoding="utf-8")
    (corpus / "corpus.yaml").write_text(
        f"articles:\n  wire/wire.txt:\n    outlet: Wire\n    date: {wire_date}\n"
        f"  live/blog.txt:\n    outlet: {blog_outlet}\n",
        encoding="utf-8",
    )
    return corpus


@pytest.mark.parametrize(
    ("blog", "wire", "wire_date", "toll"),
    [
        (
            "LIVE: Valmora blackout – latest updates\nDrenfeld Daily Live · Wednesday 14 January 2026\n\n"
            "07:10 CET – Around 330,000 customers remain without power in Valmora.\n\n"
            "08:45 CET – Police confirm a third death. The death toll now stands at three.\n\n"
            "15:50 CET – The death toll has risen to four, police say.\n",
            "Valmora blackout\n\nFour people have died in the Valmora blackout, police said. "
            "The death toll stands at four.\n",
            "2026-01-14T09:05:00+01:00",
            [("3", "2026-01-14T08:45+01:00"), ("4", "2026-01-14T09:05:00+01:00")],
        ),
        (
            "Storm Orla live: latest\nMonday 9 March 2026\n\n"
            "06:30 GMT – The death toll now stands at two, coastguards say.\n\n"
            "13:20 GMT – The death toll has risen to three, coastguards say.\n",
            "Storm Orla\n\nThree people have died in Storm Orla, the coastguard said. The death toll stands at three.\n",
            "2026-03-09T08:00:00+02:00",
            [("3", "2026-03-09T08:00:00+02:00"), ("2", "2026-03-09T06:30+00:00"), ("3", "2026-03-09T13:20+00:00")],
        ),
    ],
)
def test_timeline_orders_zoned_entries(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    blog: str,
    wire: str,
    wire_date: str,
    toll: list[tuple[str, str]],
) -> None:
    corpus = _corpus(tmp_path, blog, "Daily Live", wire, wire_date)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "timeline", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    changes = json.loads(out)["changes"]["death toll"]
    assert [(c["value"], c["date"]) for c in changes] == toll
