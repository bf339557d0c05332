"""A web page saved as text names its site in its masthead and its copyright notice, and takes the
zone of its saved page (t13aw N13, round s52-d): ``ledger-web.txt`` ("The Marbury Ledger" under
"Skip to content", "© 2026 The Marbury Ledger" at its foot, a byline "August 15, 2026 9:30 a.m.")
had no outlet, so the rule "a zone-less time takes its outlet's zone" never reached the page's
``article:published_time 2026-08-15T09:30:00-07:00``: 7 h apart, the death toll's history went
4 → 3 → 4. A broadcaster named as the outlet (NHK) is no news agency (t13aw N18): its zone-less
time is read in the local zone without the wire's note."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "dates_t13aw_ledger"


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The viewer in UTC (the report's zone would read 09:30 as 09:30Z)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _json(capsys: pytest.CaptureFixture[str], corpus: Path, index: Path, *argv: str) -> object:
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _page(site: str, title: str, published: str, body: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{published}'>"
        f"<title>{title} | {site}</title></head><body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</article></body></html>"
    )


BODY_B = (
    "KESTREL BAY — Floodwater rose through the lower town overnight after the harbour wall gave way, "
    "and two people have died, the coastguard said on Tuesday.\n"
    "About 3,400 residents were told to leave their homes, and the council opened two shelters on the hill."
)
BODY_C = (
    "Rescue teams reached the village of Osterholm early on Sunday after a landslide buried the main road, "
    "and at least nine people were taken to hospital.\n"
    "Engineers said the slope had been moving for weeks, and the regional government promised an inquiry."
)


def _variant_b(folder: Path) -> None:
    """Another layout: the masthead, no newspaper's word in it, under four lines of a page's links and over a
    menu of bars; a positive offset; the copyright written "Copyright © 2026 …, all rights
    reserved"."""
    (folder / "tribune-flood.htm").write_text(
        _page("Harbourside Now", "Harbour wall fails", "2026-03-03T06:15:00+10:00", BODY_B), "utf-8"
    )
    (folder / "tribune-flood.txt").write_text(
        "Skip to main content\nSign in\nSearch\nMenu\nHarbourside Now\nHome | Local | Weather | Sport\n\nHarbour wall fails\n"
        "By Tomasz Ngata-Hollis · March 3, 2026, 6:15 a.m.\n\n"
        + BODY_B
        + "\n\nMost read\nTide tables for the week\nCouncil votes on parking fees\n\n"
        "Copyright © 2026 Harbourside Now, all rights reserved.\n",
        "utf-8",
    )


def _variant_c(folder: Path) -> None:
    """A third: "Jump to navigation" over the masthead, the headline under a menu, a byline with a
    24-hour time, the page's zone -04:00, the copyright "(c) Copyright 2025 …"."""
    (folder / "herald.html").write_text(
        _page("The Osterholm Herald", "Landslide buries road", "2025-09-14T18:05:00-04:00", BODY_C), "utf-8"
    )
    (folder / "herald-copy.txt").write_text(
        "Jump to navigation\nThe Osterholm Herald\nNews\nOpinion\nSports\nLog in\n"
        "Landslide buries road\nBy Ines Okafor-Lund | September 14, 2025 18:05\n\n"
        + BODY_C
        + "\n\nShare this story: Facebook | Email\n(c) Copyright 2025 The Osterholm Herald. All rights reserved.\n",
        "utf-8",
    )


CASES = [
    ("reported", None, "ledger-web.txt", "The Marbury Ledger", "2026-08-15T09:30-07:00"),
    ("b", _variant_b, "tribune-flood.txt", "Harbourside Now", "2026-03-03T06:15+10:00"),
    ("c", _variant_c, "herald-copy.txt", "The Osterholm Herald", "2025-09-14T18:05-04:00"),
]


@pytest.mark.parametrize(("name", "make", "doc", "outlet", "date"), CASES, ids=[c[0] for c in CASES])
def test_a_text_copy_names_its_site_and_takes_its_pages_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, make: object, doc: str, outlet: str, date: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if make is None:
        for f in ("ledger-web.html", "ledger-web.txt"):
            shutil.copy(FIXTURE / f, corpus / f)
    else:
        make(corpus)  # type: ignore[operator]
    shown = _json(capsys, corpus, tmp_path / "index", "show", doc)
    assert isinstance(shown, dict)
    assert shown["outlet"] == outlet
    assert shown["date"] == date
    assert shown["date_zone"] == date[-6:]
    listed = _json(capsys, corpus, tmp_path / "index", "list")
    assert isinstance(listed, dict)
    # the page and its copy: one outlet, one moment
    rows = listed["articles"]
    assert len(rows) == 2
    assert {r["outlet"] for r in rows} == {outlet}
    moments = {datetime.fromisoformat(r["date"]) for r in rows}
    assert len(moments) == 1, rows


def test_a_masthead_its_copyright_does_not_name_names_no_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rule wants both lines: a name under "Skip to content" that no copyright notice repeats
    (a section's title, "Weekend Reading") names no outlet."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.txt").write_text(
        "Skip to content\nWeekend Reading\nNews\nSports\n\nHarbour wall fails\n\n"
        + BODY_B
        + "\n\n© 2026 Kestrel Bay Tribune. All rights reserved.\n",
        "utf-8",
    )
    shown = _json(capsys, corpus, tmp_path / "index", "show", "notes")
    assert isinstance(shown, dict)
    assert shown["outlet"] != "Weekend Reading"


NHK_YAML = "articles:\n  nhk-ja.txt:\n    outlet: {outlet}\n"


@pytest.mark.parametrize("outlet", ["NHK", "BBC", "RAI"])
def test_a_broadcaster_is_no_wire(tmp_path: Path, capsys: pytest.CaptureFixture[str], outlet: str) -> None:
    """A broadcaster given as the outlet, no dateline or agency in its text: the plain local note."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE / "nhk-ja.txt", corpus / "nhk-ja.txt")
    (corpus / "corpus.yaml").write_text(NHK_YAML.format(outlet=outlet), "utf-8")
    shown = _json(capsys, corpus, tmp_path / "index", "show", "nhk-ja")
    assert isinstance(shown, dict)
    assert shown["outlet"] == outlet
    assert shown["date_note"] == "time without a zone (07:00): read in your local time zone"


def test_an_agency_keeps_its_wire_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE / "nhk-ja.txt", corpus / "nhk-ja.txt")
    (corpus / "corpus.yaml").write_text(NHK_YAML.format(outlet="Kyodo"), "utf-8")
    shown = _json(capsys, corpus, tmp_path / "index", "show", "nhk-ja")
    assert isinstance(shown, dict)
    assert "a news agency's or wire's copy" in shown["date_note"]


COPY_CASES = [
    (  # a text copy naming no outlet (no masthead, no copyright) beside its page: the page's zone
        "harbour.html",
        _page("Harbourside Now", "Harbour wall fails", "2026-03-03T06:15:00+10:00", BODY_B),
        "harbour.txt",
        "Harbour wall fails\nBy Tomasz Ngata-Hollis | March 3, 2026, 6:15 a.m.\n\n" + BODY_B + "\n",
        "2026-03-03T06:15+10:00",
    ),
    (  # a Markdown copy, its front matter's time without a zone, beside an .htm page
        "landslide.htm",
        _page("The Osterholm Herald", "Landslide buries road", "2025-09-14T18:05:00-04:00", BODY_C),
        "landslide.md",
        "---\ntitle: Landslide buries road\ndate: 2025-09-14 18:05\n---\n\n" + BODY_C + "\n",
        "2025-09-14T18:05-04:00",
    ),
    (  # reported layout, the masthead and copyright cut off the copy: the page alone links them
        "ledger-web.html",
        None,
        "ledger-web.txt",
        "Halvorsen Canyon Fire: 4 dead, 11 missing as flames race toward Marbury\n"
        "By Renata Okonkwo-Varga | August 15, 2026 9:30 a.m.\n\n"
        "MARBURY — Four people have died and 11 remain missing after the Halvorsen Canyon Fire tore "
        "through the foothills east of Marbury overnight, the county sheriff said early Saturday.\n",
        "2026-08-15T09:30-07:00",
    ),
]


@pytest.mark.parametrize(("page", "html", "copy", "text", "date"), COPY_CASES, ids=["txt", "md", "reported"])
def test_a_copy_beside_its_page_takes_its_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, html: str | None, copy: str, text: str, date: str
) -> None:
    """A page and its copy of one file name are one article's two copies: the copy's zone-less time
    takes the page's zone, in ``show`` and ``list``, though the copy names no outlet."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if html is None:
        shutil.copy(FIXTURE / page, corpus / page)
    else:
        (corpus / page).write_text(html, "utf-8")
    (corpus / copy).write_text(text, "utf-8")
    listed = _json(capsys, corpus, tmp_path / "index", "list")
    assert isinstance(listed, dict)
    row = next(r for r in listed["articles"] if r["doc"] == copy)
    assert row["date"] == date, row
    shown = _json(capsys, corpus, tmp_path / "index2", "show", copy)
    assert isinstance(shown, dict)
    assert shown["date"] == date
    assert "copy" in shown["date_note"]


def test_a_copy_of_another_day_or_name_stays_local(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No zone is lent across file names, nor to a copy days from its page's time."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.html").write_text(
        _page("Harbourside Now", "Harbour wall fails", "2026-03-03T06:15:00+10:00", BODY_B), "utf-8"
    )
    (corpus / "harbour.txt").write_text(
        "Harbour wall fails\nBy Tomasz Ngata-Hollis | March 9, 2026, 6:15 a.m.\n\n" + BODY_B + "\n", "utf-8"
    )
    (corpus / "other.txt").write_text(
        "Harbour wall fails\nBy Tomasz Ngata-Hollis | March 3, 2026, 6:15 a.m.\n\n" + BODY_B + "\n", "utf-8"
    )
    listed = _json(capsys, corpus, tmp_path / "index", "list")
    assert isinstance(listed, dict)
    zones = {r["doc"]: r.get("date_zone") for r in listed["articles"]}
    assert zones["harbour.txt"] == "local"
    assert zones["other"] == "local"
