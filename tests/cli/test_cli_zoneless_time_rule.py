"""The zone-less time rule (review s49-rv findings 4, 11, 12, 15, 16, 19; README "Dates"): a
dateline place's zone beats an outlet's; a wire or news agency (by its name, its dateline credit,
or datelines naming places of several zones) takes no outlet zone; UTC (``Z``, ``+00:00``) is no
evidence of an outlet's zone; ``show`` reads no corpus when no outlet zone can apply; a fact sheet
of some articles and the timeline read zones from the whole corpus, as ``list`` does, and the
timeline's JSON says how."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _json(capsys: pytest.CaptureFixture[str], corpus: Path, index: Path, *argv: str) -> Any:
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _records(folder: Path, name: str, records: list[dict[str, str]]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return folder


def _rec(doc: str, outlet: str, date: str, text: str) -> dict[str, str]:
    return {"id": doc, "title": f"Story {doc}", "outlet": outlet, "date": date, "text": text}


def _listed(capsys: pytest.CaptureFixture[str], corpus: Path, index: Path) -> dict[str, dict[str, Any]]:
    return {r["doc"]: r for r in _json(capsys, corpus, index, "list")["articles"]}


# -- finding 4: a wire's zone-less times, a dateline's place first ---------------------------------

WIRE = [  # the reviewer's records
    _rec(
        "tokyo", "Reuters", "2026-03-10T09:00:00+09:00", "TOKYO (Reuters) - A strong earthquake shook Tokyo on Tuesday."
    ),
    _rec(
        "newyork", "Reuters", "2026-03-12T16:30:00", "NEW YORK (Reuters) - U.S. stocks fell on Thursday as yields rose."
    ),
    _rec("london", "Reuters", "2026-03-13T08:15:00", "LONDON (Reuters) - Sterling slipped on Friday after weak data."),
    _rec("ap-ny", "AP", "2026-03-12T21:00:00Z", "NEW YORK (AP) - Stocks fell on Thursday. The Dow lost 300 points."),
]


def test_a_wires_zoneless_times_take_their_datelines_zone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = _records(tmp_path / "c", "wire.jsonl", WIRE)
    rows = _listed(capsys, corpus, tmp_path / "ix")
    assert (rows["wire#newyork"]["date"], rows["wire#newyork"]["date_zone"]) == ("2026-03-12T16:30:00-04:00", "-04:00")
    assert (rows["wire#london"]["date"], rows["wire#london"]["date_zone"]) == ("2026-03-13T08:15:00+00:00", "+00:00")
    assert "dateline" in rows["wire#newyork"]["date_note"] and "wire#tokyo" not in rows["wire#newyork"]["date_note"]


@pytest.mark.parametrize(
    "records",
    [
        [  # variant: an agency by its name, its zone-less copy datelined at a place no zone data knows
            _rec(
                "a", "Valdmark Press Agency", "2026-05-02T11:00:00+05:30", "MUMBAI (VPA) - Monsoon rains arrived early."
            ),
            _rec("b", "Valdmark Press Agency", "2026-05-03T07:45", "KELLBYHAVEN - Fishermen stayed ashore on Sunday."),
        ],
        [  # variant: a newspaper's copy credited to an agency in its dateline
            _rec(
                "a", "Orlen Vale Gazette", "2026-09-01T10:00:00-05:00", "Council meets on budget. The vote is Monday."
            ),
            _rec(
                "b",
                "Orlen Vale Gazette",
                "2026-09-02T14:20",
                "KELLBYHAVEN (AP) - Floodwater rose overnight, officials said.",
            ),
        ],
        [  # variant: an outlet whose datelines name places of different zones files from many places
            _rec("a", "Harbour Dispatch", "2026-06-01T09:00:00+09:00", "TOKYO - A ferry ran aground on Monday."),
            _rec("b", "Harbour Dispatch", "2026-06-02T09:00:00", "PARIS - A strike halted trains on Tuesday."),
            _rec("c", "Harbour Dispatch", "2026-06-03T18:10", "KELLBYHAVEN - Fishermen stayed ashore on Wednesday."),
        ],
    ],
)
def test_a_wire_takes_no_outlet_zone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, records: list[dict[str, str]]
) -> None:
    corpus = _records(tmp_path / "c", "feed.jsonl", records)
    row = _listed(capsys, corpus, tmp_path / "ix")[f"feed#{records[-1]['id']}"]
    assert row["date_zone"] == "local", row["date_note"]
    assert row["date"] == records[-1]["date"]


# -- finding 16: UTC is no evidence of an outlet's zone -------------------------------------------


def _page(site: str, title: str, published: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{published}'>"
        f"<title>{title} | {site}</title></head><body><article><h1>{title}</h1>"
        "<p>MILLBROOK — A wind-driven wildfire has destroyed at least 312 homes, county officials said.</p>"
        "<p>Eleven people remain missing, according to the sheriff's office.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "byline"),
    [
        ("2026-08-19T02:40:00Z", "By Priya Castellanos-Whitfield | August 18, 2026, 7:40 p.m."),  # reported
        ("2026-08-19T02:40:00+00:00", "By Priya Castellanos-Whitfield | August 18, 2026, 7:40 p.m."),
        ("2026-01-05T16:00:00Z", "By Tomas Lindqvist | January 5, 2026, 11:00 a.m."),
    ],
)
def test_utc_stamps_give_no_outlet_zone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, stamp: str, byline: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "courier.html").write_text(_page("The Valley Courier", "Harlow Ridge Fire kills four", stamp), "utf-8")
    (corpus / "courier.txt").write_text(
        "The Valley Courier\nHome | News | Sports | Weather\n\nHarlow Ridge Fire kills four\n"
        f"{byline}\n\nMILLBROOK — A wind-driven wildfire has destroyed at least 312 homes, county "
        "officials said.\n\nEleven people remain missing, according to the sheriff's office.\n",
        "utf-8",
    )
    row = _listed(capsys, corpus, tmp_path / "ix")["courier.txt"]
    assert row["date_zone"] == "local", row["date_note"]


# -- finding 11: show reads no corpus when no outlet zone can apply --------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (
            "Council meets on budget\n\nBy Dana Ortiz | March 14, 2025, 10:31 a.m.\n\nThe council met on Friday.\n",
            "local",
        ),
        (
            "Quake shakes Tokyo\n\nBy Dana Ortiz | March 14, 2025, 10:31 a.m.\n\nTOKYO — A quake shook Tokyo.\n",
            "+09:00",
        ),
        ("Flood in Kellby\n\nMarch 14, 2025, 10:31 a.m.\n\nKELLBY (Reuters) — Rivers rose on Friday.\n", "local"),
    ],
)
def test_show_reads_no_corpus_when_no_outlet_zone_can_apply(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, zone: str
) -> None:
    from waic_reader.index.workspace.listing import Listing

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, "utf-8")
    for i in range(3):
        (corpus / f"other{i}.txt").write_text(f"Other story {i}\n\nThe board met on Monday.\n", "utf-8")

    def no_rows(*_: object, **__: object) -> list[dict[str, Any]]:
        raise AssertionError("the corpus was read for one article's zone")

    monkeypatch.setattr(Listing, "rows", no_rows)
    shown = _json(capsys, corpus, tmp_path / "ix", "show", "a")
    assert shown["date_zone"] == zone


# -- findings 12 and 19: the whole corpus's zones for a sheet of some articles; the timeline says how


@pytest.mark.parametrize(
    ("zoned", "zoneless"),
    [
        ("2026-03-10T09:00:00+09:00", "2026-03-11T07:30:00"),  # reported
        ("2026-07-01T10:00:00+02:00", "2026-07-02T22:15:00"),
        ("2026-11-20T08:00:00-05:00", "2026-11-21T06:45:00"),
    ],
)
def test_a_sheet_of_some_articles_and_the_timeline_date_as_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, zoned: str, zoneless: str
) -> None:
    body = "MILLBROOK — Officials said 312 homes were destroyed and 23,000 residents were evacuated."
    corpus = _records(
        tmp_path / "c",
        "feed.jsonl",
        [_rec("z", "Harbour Times", zoned, body), _rec("n", "Harbour Times", zoneless, body)],
    )
    index = tmp_path / "ix"
    timeline = {a["doc"]: a for a in _json(capsys, corpus, index, "timeline")["articles"]}
    row = _listed(capsys, corpus, index)["feed#n"]
    assert row["date_zone"] == zoned[-6:]
    facts = _json(capsys, corpus, index, "facts", "feed#n")["facts"]
    assert {v["date"] for f in facts for v in f["values"]} == {row["date"]}
    got = timeline["feed#n"]
    assert (got["date"], got["date_zone"], got["date_note"]) == (row["date"], row["date_zone"], row["date_note"])
