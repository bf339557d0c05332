"""``facts --json`` on durations, shares and a whole's counts beside a part of it (#16, t13ab L3,
L9, L12; round s36-qa).

* A share's verb or state is part of what it counts: "40% of services are cancelled" and "40 per
  cent of its services were running again" are two facts, never one row that agrees (L3).
* A duration is labelled by what lasts where its clause says it: "closed/shut/suspended for N" is
  the closure's ("closure duration"), "delayed by N" the delay's; "remain closed for three days"
  is compared with "stay closed for at least 48 hours" (L3).
* "a week", "an hour", "a day", "a fortnight" after "for" are durations of one unit (two weeks):
  "closed for a week" disagrees with "48 hours" (L9).
* "carrying N passengers, seven of whom were killed": the part (seven) is the death toll, the
  whole (N) those on board; "An express carrying 212 passengers derailed …, killing seven people"
  gives both (L12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["facts"])


def rows(got: list[dict], kind: str | None = None) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return sorted(
        (f["label"], f["status"], sorted((v["doc"], v["text"]) for v in f["values"]))
        for f in got
        if kind is None or any(v["kind"] == kind for v in f["values"])
    )


# --- L3: a share's verb is part of what it counts -------------------------------------------

SHARES_REPORTED = {
    "a.txt": (
        "Westmarch Rail statement on the Harnwick derailment\n\nKERROW, 3 March 2026 — Westmarch Rail "
        "confirms that its Kerrow to Dunmere service derailed near Harnwick this morning. Around 40% of "
        "services on the network are cancelled today.\n\nThe Corrin Valley line will remain closed for "
        "three days.\n"
    ),
    "b.txt": (
        "Three killed as express derails near Harnwick\n\nHARNWICK, March 3 (Nordwire) - Three people were "
        "killed when a Westmarch Rail express derailed on the Corrin Valley line near Harnwick, police said. "
        "The line will stay closed for at least 48 hours.\n"
    ),
    "c.txt": (
        "Harnwick crash: driver questioned\n\n4 March 2026 08:00\n\nThe driver of the Westmarch Rail express "
        "that derailed near Harnwick was questioned by police on Wednesday. Westmarch Rail said about 40 per "
        "cent of its services were running again. The Corrin Valley line may stay closed for 36 hours.\n"
    ),
}


def test_the_reported_shares_cancelled_and_running_are_two_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    got = rows(facts(tmp_path, capsys, SHARES_REPORTED), "percent")
    assert got == [
        ("share of services cancelled", "single source", [("a", "Around 40%")]),
        ("share of services running", "single source", [("c", "about 40 per cent")]),
    ]


def test_the_reported_closures_are_one_row_that_disagrees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = rows(facts(tmp_path, capsys, SHARES_REPORTED), "duration")
    assert got == [
        (
            "closure duration",
            "disagree",
            [("a", "three days"), ("b", "at least 48 hours"), ("c", "36 hours")],
        )
    ]


FLIGHTS = {
    "a.txt": (
        "Fog grounds Halvik flights\n\nHALVIK, Nov 12 (Nordwire) - Thick fog settled over Halvik airport on "
        "Monday. Some 30 per cent of flights were delayed, the airport said.\n"
    ),
    "b.txt": (
        "Halvik airport chaos\n\nHALVIK, Nov 12 (Eastpress) - Fog over Halvik airport disrupted travel on "
        "Monday. About 30% of flights have been cancelled, the airport said.\n"
    ),
    "c.txt": (
        "Halvik fog\n\nHALVIK, Nov 12 (Southline) - Fog over Halvik airport disrupted travel on Monday. "
        "Nearly 60 percent of flights were cancelled, the airport said.\n"
    ),
}


def test_shares_of_flights_delayed_and_cancelled_are_two_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    got = rows(facts(tmp_path, capsys, FLIGHTS), "percent")
    delayed = [r for r in got if any(d == "a" for d, _ in r[2])]
    assert delayed == [("share of flights delayed", "single source", [("a", "Some 30 per cent")])]
    cancelled = [r for r in got if r not in delayed]
    assert cancelled == [("share of flights cancelled", "disagree", [("b", "About 30%"), ("c", "Nearly 60 percent")])]


SHUT = {
    "a.txt": (
        "Ferry strike\n\nOSLANDER, June 2 (Nordwire) - Ferry crossings to Oslander were suspended for "
        "12 hours on Tuesday after crews walked out. Passengers on the morning boat were delayed by two "
        "hours.\n"
    ),
    "b.txt": (
        "Oslander ferries stop\n\nOSLANDER, June 2 (Eastpress) - Crossings to Oslander were halted for six "
        "hours on Tuesday as crews walked out. Passengers on the morning boat were delayed by 120 minutes.\n"
    ),
}


def test_durations_are_labelled_by_what_lasts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = rows(facts(tmp_path, capsys, SHUT), "duration")
    assert got == [
        ("closure duration", "disagree", [("a", "12 hours"), ("b", "six hours")]),
        ("delay duration", "agree", [("a", "two hours"), ("b", "120 minutes")]),
    ]


# --- L9: "a week" is one week ------------------------------------------------------------------

WEEK = {
    "a.txt": (
        "Harnwick line\n\nHARNWICK, March 3 (Nordwire) - Seven people were killed when an express derailed "
        "near Harnwick. The Corrin Valley line will be closed for two days.\n"
    ),
    "b.txt": (
        "Harnwick line\n\nHARNWICK, March 3 (Eastpress) - The derailment of an express near Harnwick "
        "claimed seven lives. The Corrin Valley line will be closed for 48 hours.\n"
    ),
    "c.txt": (
        "Harnwick line\n\nHARNWICK, March 3 (Southline) - Nine people died when an express derailed near "
        "Harnwick. The Corrin Valley line will be closed for a week.\n"
    ),
}


def test_closed_for_a_week_disagrees_with_48_hours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = rows(facts(tmp_path, capsys, WEEK), "duration")
    assert got == [
        ("closure duration", "disagree", [("a", "two days"), ("b", "48 hours"), ("c", "a week")]),
    ]


def test_a_fortnight_a_day_and_an_hour_are_durations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": (
            "Bridge works\n\nKESTRA, May 5 (Nordwire) - The Kestra bridge will be shut for a fortnight while "
            "engineers replace its bearings. The ferry was delayed by an hour.\n"
        ),
        "b.txt": (
            "Bridge repairs\n\nKESTRA, May 5 (Eastpress) - The Kestra bridge will be shut for 14 days while "
            "engineers replace its bearings. The ferry was delayed by 90 minutes.\n"
        ),
        "c.txt": (
            "Kestra bridge\n\nKESTRA, May 6 (Southline) - The Kestra bridge will be closed for a day longer "
            "than planned, the council said.\n"
        ),
    }
    got = rows(facts(tmp_path, capsys, files), "duration")
    assert ("closure duration", "agree", [("a", "a fortnight"), ("b", "14 days")]) in got
    assert ("delay duration", "disagree", [("a", "an hour"), ("b", "90 minutes")]) in got


def test_a_week_ago_and_once_a_week_are_no_durations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": (
            "Market\n\nKESTRA, May 5 (Nordwire) - The market, which opens once a week, was flooded a week "
            "ago. A day after the flood, traders returned.\n"
        ),
    }
    assert rows(facts(tmp_path, capsys, files), "duration") == []


# --- L12: the whole carried, the part killed --------------------------------------------------

CARRIED_REPORTED = {
    "a.txt": (
        "Express derails near Harnwick\n\nHARNWICK, March 3 (Nordwire) - A Westmarch Rail express carrying "
        "212 passengers derailed near Harnwick on Tuesday, killing seven people.\n"
    ),
    "b.txt": (
        "Harnwick derailment\n\nHARNWICK, March 3 (Eastpress) - A Westmarch Rail express carrying about 250 "
        "passengers derailed near Harnwick on Tuesday, killing seven people.\n"
    ),
    "c.txt": (
        "Harnwick line stays shut\n\nHARNWICK, March 4 (Southline) - The Westmarch Rail express that derailed "
        "near Harnwick on Tuesday was carrying about 212 passengers, seven of whom were killed.\n"
    ),
    "corpus.yaml": (
        "articles:\n"
        '  a.txt: {date: "2026-03-03T08:00"}\n'
        '  b.txt: {date: "2026-03-03T12:00"}\n'
        '  c.txt: {date: "2026-03-04T09:00"}\n'
    ),
}


def test_the_reported_toll_and_passengers_carried(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = rows(facts(tmp_path, capsys, CARRIED_REPORTED))
    assert got == [
        ("death toll", "agree", [("a", "seven people"), ("b", "seven people"), ("c", "seven")]),
        (
            "passengers",
            "disagree",
            [("a", "212 passengers"), ("b", "about 250 passengers"), ("c", "about 212 passengers")],
        ),
    ]


def test_a_ferry_carrying_people_some_of_whom_died(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": (
            "Ferry capsizes\n\nHALVIK, Sept 8 (Nordwire) - A ferry carrying 310 passengers capsized off "
            "Halvik on Sunday, killing 12 people.\n"
        ),
        "b.txt": (
            "Halvik ferry\n\nHALVIK, Sept 8 (Eastpress) - The ferry that capsized off Halvik on Sunday was "
            "carrying about 280 passengers, 12 of whom died.\n"
        ),
        "c.txt": (
            "Halvik ferry disaster\n\nHALVIK, Sept 9 (Southline) - The ferry that sank off Halvik on Sunday "
            "was carrying 310 passengers, 14 of whom were killed.\n"
        ),
    }
    got = rows(facts(tmp_path, capsys, files))
    toll = [r for r in got if r[0] == "death toll"]
    assert [(r[1], [d for d, _ in r[2]]) for r in toll] == [("disagree", ["a", "b", "c"])]
    carried = [r for r in got if r[0] == "passengers"]
    assert carried == [
        (
            "passengers",
            "disagree",
            [("a", "310 passengers"), ("b", "about 280 passengers"), ("c", "310 passengers")],
        )
    ]


def test_a_bus_carrying_pupils_injuring_some(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": (
            "Bus crash\n\nKESTRA, Jan 14 (Nordwire) - A school bus carrying 48 pupils overturned near Kestra "
            "on Monday, injuring nine pupils.\n"
        ),
        "b.txt": (
            "Kestra bus crash\n\nKESTRA, Jan 14 (Eastpress) - The school bus that overturned near Kestra on "
            "Monday was carrying 48 pupils, nine of whom were injured.\n"
        ),
    }
    got = rows(facts(tmp_path, capsys, files))
    assert ("pupils", "agree", [("a", "48 pupils"), ("b", "48 pupils")]) in got, got
    injured = [r for r in got if r[0].startswith(("injured", "people injured"))]
    assert [(r[1], [d for d, _ in r[2]]) for r in injured] == [("agree", ["a", "b"])], got
