"""``facts --json`` gives no false disagreement from an ordinal "second", from what lasts or from a
negated share (review s36-rv2 findings 1, 2, 8; round s36-y1).

* "for a second day", "for a second time" say which day or time, no duration of one second; nor is
  "for a day trip" a day's duration: a unit of one ("a week") must end its noun phrase (1).
* A duration is keyed by what lasts, its clause's subject: a person suspended ("the driver was
  suspended for two weeks") is no closure of the line, a vote postponed no delay of flights (2).
* "not", "no longer", "never" make a share's state one of its own: "60% of services are running"
  and "40% of services are not running" are two facts, as are "running late" and "running
  normally" (8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts.roles import lasting
from waic_reader.index.analysis.figures import find_figures
from waic_reader.tui.cli.main import main

OUTLETS = ("Nordline", "Post", "Herald")


def facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], *texts: str, place: str = "LINDMARK") -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for k, text in enumerate(texts):
        body = f"Bridge news\n\n{place}, July {14 + k}, 2026 ({OUTLETS[k]}) - {text}\n"
        (corpus / f"{chr(ord('a') + k)}.txt").write_text(body, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["facts"])


def rows(got: list[dict], kind: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return sorted(
        (f["label"], f["status"], sorted((v["doc"], v["text"]) for v in f["values"]))
        for f in got
        if any(v["kind"] == kind for v in f["values"])
    )


def compared(got: list[dict], kind: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The rows of ``kind`` that compare two articles' values (agree or disagree)."""
    return [r for r in rows(got, kind) if len({d for d, _ in r[2]}) > 1]


# --- 1: "a second day" is no duration ------------------------------------------------------------


def test_suspended_for_a_second_day_is_no_duration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the reviewer's input (ff.py os1): was "closure duration DISAGREE three days → a second"
    got = facts(
        tmp_path,
        capsys,
        "Services on the line were suspended for three days.",
        "Services on the line were suspended for a second day on Tuesday.",
    )
    assert rows(got, "duration") == [("closure duration", "single source", [("a", "three days")])]


def test_closed_for_a_second_time_is_no_duration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the reviewer's input (ff.py os2)
    got = facts(
        tmp_path,
        capsys,
        "The bridge will stay closed for two weeks.",
        "The bridge was closed for a second time this year on Monday.",
    )
    assert rows(got, "duration") == [("closure duration", "single source", [("a", "two weeks")])]


def test_variant_shut_for_a_second_night_and_a_day_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # another story, other names: an ordinal before another noun, and a unit that is a modifier
    got = facts(
        tmp_path,
        capsys,
        "The Kestra tunnel will be shut for 48 hours while engineers pump out the water.",
        "The Kestra tunnel was shut for a second night as engineers pumped out the water.",
        "The Kestra tunnel was closed for a day trip by the cycling club before the flood.",
        place="KESTRA",
    )
    assert rows(got, "duration") == [("closure duration", "single source", [("a", "48 hours")])]


@pytest.mark.parametrize(
    "text",
    [
        "Services were suspended for a second day.",
        "The road was closed for a second week running.",
        "The club went away for a day trip.",
        "They were delayed by an hour drive to the coast.",
        "The motion was carried by a week margin.",
    ],
)
def test_a_unit_before_a_noun_is_no_duration(text: str) -> None:
    assert [f for f in find_figures(text) if f.kind == "duration"] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The line will be closed for a week.", 1.0, "week"),
        ("The line will be closed for a week, the operator said.", 1.0, "week"),
        ("The ferry was delayed by an hour on Tuesday.", 1.0, "hour"),
        ("The bridge will be shut for a fortnight while engineers work.", 2.0, "week"),
        ("The road stayed closed for a day and reopened on Friday.", 1.0, "day"),
    ],
)
def test_a_unit_ending_its_phrase_is_still_a_duration(text: str, value: float, unit: str) -> None:
    got = [(f.value, f.unit) for f in find_figures(text) if f.kind == "duration"]
    assert got == [(value, unit)]


# --- 2: keyed by what lasts ----------------------------------------------------------------------


def test_a_drivers_suspension_is_no_closure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the reviewer's input (ff.py dur4): was "closure duration DISAGREE 3 days → 2 weeks"
    got = facts(
        tmp_path,
        capsys,
        "Services on the line were suspended for three days.",
        "The driver was suspended for two weeks pending an inquiry.",
    )
    assert compared(got, "duration") == []
    closures = [r for r in rows(got, "duration") if r[0] == "closure duration"]
    assert closures == [("closure duration", "single source", [("a", "three days")])]


def test_a_vote_postponed_is_no_delay_of_flights(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the reviewer's input (ff.py dur5): was "delay duration DISAGREE 2 hours → a week"
    got = facts(
        tmp_path,
        capsys,
        "Flights were delayed by two hours on Monday.",
        "The council vote on the bridge was postponed by a week.",
    )
    assert compared(got, "duration") == []
    delays = [r for r in rows(got, "duration") if r[0] == "delay duration"]
    assert delays == [("delay duration", "single source", [("a", "two hours")])]


def test_variant_a_referee_and_a_hearing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # another story, other names: a person suspended and a hearing postponed beside the story's
    # closure and delay, which are still compared
    got = facts(
        tmp_path,
        capsys,
        "The Dunmere road was closed for two days. Trains were delayed by 40 minutes.",
        "The referee was suspended for a month after the match. The hearing was postponed by three weeks.",
        "The Dunmere road was closed for 36 hours. Trains were delayed by an hour.",
        place="DUNMERE",
    )
    assert compared(got, "duration") == [
        ("closure duration", "disagree", [("a", "two days"), ("c", "36 hours")]),
        ("delay duration", "disagree", [("a", "40 minutes"), ("c", "an hour")]),
    ]


# --- 8: a negated share is a state of its own -----------------------------------------------------


def test_running_and_not_running_are_two_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the reviewer's input (ff.py sh1): was "share of services DISAGREE 60% → 40%"
    got = facts(
        tmp_path,
        capsys,
        "Some 60% of services are running on Tuesday.",
        "About 40% of services are not running on Tuesday.",
    )
    assert compared(got, "percent") == []


def test_variant_no_longer_and_contracted_negation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = facts(
        tmp_path,
        capsys,
        "Around 70 per cent of ferries were operating by noon.",
        "About 30 per cent of ferries were no longer operating by noon.",
        "Nearly 30% of ferries weren't operating at noon.",
        place="OSLANDER",
    )
    assert [r for r in compared(got, "percent") if r[1] == "disagree"] == []
    assert ("a", "Around 70 per cent") not in {v for r in compared(got, "percent") for v in r[2]}


def test_running_late_and_running_normally_are_two_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = facts(
        tmp_path,
        capsys,
        "About 60% of trains are running late on Tuesday.",
        "Some 40% of trains are running normally on Tuesday.",
        "About 35% of trains are running late, the operator said.",
        place="KERROW",
    )
    assert compared(got, "percent") == [
        ("share of trains running late", "disagree", [("a", "About 60%"), ("c", "About 35%")]),
    ]


@pytest.mark.parametrize(
    ("clause", "key"),
    [
        ("the corrin valley line will remain closed for", "closure"),
        ("services on the line were suspended for", "closure"),
        ("the line which carries trains a day will remain closed for", "closure"),
        ("passengers on the morning boat were delayed by", "delay"),
        ("the closure could last", "closure"),
        ("the driver was suspended for", "suspension|driver"),
        ("the referee has been suspended for", "suspension|referee"),
        ("all schools in the district will stay closed for", "closure|schools"),
        ("the council vote on the bridge was postponed by", "delay|vote"),
    ],
)
def test_lasting_is_keyed_by_what_lasts(clause: str, key: str) -> None:
    found = lasting(clause.split())
    assert found is not None and found[0] == key
