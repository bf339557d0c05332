"""A time written without a zone takes the zone of the same outlet's zoned date in the corpus
(t13ap N18): a page saved with ``article:published_time 2026-08-18T19:40:00-07:00`` and its text
copy bylined "August 18, 2026, 7:40 p.m." were 7 h and a calendar day apart (the text copy read in
the viewer's zone). ``list``, ``show`` and ``timeline`` give one instant, and the JSON says how
(``date_zone``, ``date_note``); with no zoned date of the outlet the time stays local, said so."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The viewer in UTC (the report's zone): a zone-less time read locally is then 19:40Z."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _json(capsys: pytest.CaptureFixture[str], corpus: Path, index: Path, *argv: str) -> dict:
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def _page(site: str, title: str, published: str, body: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{published}'>"
        f"<title>{title} | {site}</title></head><body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</article></body></html>"
    )


BODY = (
    "MILLBROOK — A wind-driven wildfire that tore out of the foothills on Monday afternoon has killed "
    "four people and destroyed at least 312 homes, county officials said.\n"
    "Eleven people remain missing, according to the sheriff's office, and about 23,000 residents were "
    "ordered to leave their homes as the fire spread east."
)

CASES = [
    (  # reported: the page's published_time against the text copy's byline time
        {
            "courier.html": _page(
                "The Valley Courier", "Harlow Ridge Fire kills four", "2026-08-18T19:40:00-07:00", BODY
            ),
            "courier.txt": "The Valley Courier\nHome | News | Sports | Weather\n\nHarlow Ridge Fire kills four\n"
            "By Priya Castellanos-Whitfield | August 18, 2026, 7:40 p.m.\n\n" + BODY + "\n",
        },
        "courier.txt",
        "2026-08-18T19:40-07:00",
        "-07:00",
    ),
    (  # variant: records, a positive offset, the outlet spelled two ways, a time in seconds
        {
            "feed.jsonl": json.dumps(
                {
                    "id": "a",
                    "title": "Ferry runs aground",
                    "outlet": "Harbour Times",
                    "date": "2026-03-14T09:05:00+09:00",
                    "text": BODY,
                }
            )
            + "\n"
            + json.dumps(
                {
                    "id": "b",
                    "title": "Ferry refloated",
                    "outlet": "HARBOUR TIMES",
                    "date": "2026-03-15T06:30:00",
                    "text": BODY,
                }
            )
            + "\n",
        },
        "feed#b",
        "2026-03-15T06:30:00+09:00",
        "+09:00",
    ),
    (  # variant: front matter, the outlet's nearest zoned time (summer, not its winter one)
        {
            "summer.md": "---\ntitle: Dam opens\noutlet: Kellby Post\ndate: 2026-07-01T10:00:00+02:00\n---\n\n"
            + BODY
            + "\n",
            "winter.md": "---\ntitle: Dam closes\noutlet: Kellby Post\ndate: 2026-01-10T10:00:00+01:00\n---\n\n"
            + BODY
            + "\n",
            "late.md": "---\ntitle: Dam inspected\noutlet: Kellby Post\ndate: 2026-07-20 22:15\n---\n\n" + BODY + "\n",
        },
        "late",
        "2026-07-20T22:15+02:00",
        "+02:00",
    ),
]


@pytest.mark.parametrize(("files", "doc", "date", "zone"), CASES)
def test_a_zoneless_time_takes_its_outlets_zone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], doc: str, date: str, zone: str
) -> None:
    corpus = _write(tmp_path / "corpus", files)
    index = tmp_path / "index"
    row = {r["doc"]: r for r in _json(capsys, corpus, index, "list")["articles"]}[doc]
    assert (row["date"], row["date_zone"]) == (date, zone)
    assert "time without a zone" in row["date_note"] and "UTC" in row["date_note"]
    shown = _json(capsys, corpus, index, "show", doc)
    assert (shown["date"], shown["date_zone"], shown["date_note"]) == (date, zone, row["date_note"])
    timeline = {a["doc"]: a["date"] for a in _json(capsys, corpus, index, "timeline")["articles"]}
    assert timeline[doc] == date
    facts = _json(capsys, corpus, index, "facts")["facts"]
    assert {v["date"] for f in facts for v in f["values"] if v["doc"] == doc} == {date}  # the fact sheet's too


def test_the_two_copies_are_one_moment_in_the_timeline_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = dict(CASES[0][0])
    # Another outlet's article at 01:00 UTC on the 19th: before both copies (02:40 UTC), where the
    # text copy read in UTC (19:40Z on the 18th) came first.
    files["wire.txt"] = "Evacuations widen\nPosted: Aug 19, 2026 01:00 GMT\n\n" + BODY + "\n"
    corpus = _write(tmp_path / "corpus", files)
    index = tmp_path / "index"
    order = [a["doc"] for a in _json(capsys, corpus, index, "timeline")["articles"]]
    assert order.index("wire") < order.index("courier.txt") and order.index("wire") < order.index("courier.html")
    listed = [r["doc"] for r in _json(capsys, corpus, index, "list", "--sort", "date")["articles"]]
    assert listed.index("wire") < listed.index("courier.txt")


@pytest.mark.parametrize(
    "files",
    [
        {  # the outlet has no zoned date: local, and said so
            "a.md": "---\ntitle: Dam opens\noutlet: Kellby Post\ndate: 2026-07-01 10:00\n---\n\n" + BODY + "\n",
            "b.md": "---\ntitle: Dam shuts\noutlet: Other Post\ndate: 2026-07-01T10:00:00+02:00\n---\n\n" + BODY + "\n",
        },
        {  # a wire dating from places far apart: no one zone
            "a.md": "---\ntitle: Quake\noutlet: Nordwire\ndate: 2026-07-01T10:00:00+09:00\n---\n\n" + BODY + "\n",
            "b.md": "---\ntitle: Flood\noutlet: Nordwire\ndate: 2026-07-02T10:00:00-05:00\n---\n\n" + BODY + "\n",
            "c.md": "---\ntitle: Fire\noutlet: Nordwire\ndate: 2026-07-03 10:00\n---\n\n" + BODY + "\n",
        },
    ],
)
def test_no_zone_of_the_outlet_stays_local(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str]
) -> None:
    corpus = _write(tmp_path / "corpus", files)
    doc = sorted(files)[-1].removesuffix(".md")
    doc = "a" if len(files) == 2 else doc
    row = {r["doc"]: r for r in _json(capsys, corpus, tmp_path / "index", "list")["articles"]}[doc]
    assert row["date_zone"] == "local" and "local time zone" in row["date_note"]
    assert "+" not in row["date"][10:] and "-" not in row["date"][10:]
