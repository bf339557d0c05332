"""Old table/``<font>`` pages titled by their site's logo, and date stamps with a separator before
the time (issue #14, round s33-l, t13w F3 and F9).

F3: a page whose first line is its site's logo ("Riverside Gazette") over a menu, a side cell and
the article's cell (the headline, a stamp and paragraphs set with ``<FONT>`` and ``<BR>``) was
titled by the logo, with the headline a paragraph. The page names the logo its site by a
copyright line ("© 2026 Riverside Gazette", "Copyright 2026 …") or by its ``<title>``, the
site's name beside the headline's opening words ("Riverside Gazette - Kalvik plant blast"): the
title is the headline, the logo line navigation boilerplate (the page's masthead) and the outlet.

F9: "Saturday, March 14, 2026 - 9:40 AM" was read as a wire dateline (place "Saturday") and lost
its time: a weekday is never a dateline's place, so the stamp keeps its time whatever stands
between date and time (" - ", " | ", " at ", " · "), in English, German, French and Spanish.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _table_page(site: str, title: str, headline: str, stamp: str, paras: list[str], foot: str) -> str:
    """A table layout of the 1990s: the logo cell, a menu row, a side cell, the article's cell."""
    body = "<BR><BR>\n".join(paras)
    return f"""<HTML>
<HEAD>
<TITLE>{title}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER=0>
<TR><TD BGCOLOR="#000080"><FONT COLOR="#FFFFFF" SIZE=4><B>{site}</B></FONT></TD></TR>
<TR><TD><FONT SIZE=1><A HREF="/">Home</A> | <A HREF="/local">Local</A> | <A HREF="/sport">Sport</A></FONT></TD></TR>
</TABLE>
<TABLE WIDTH="100%"><TR>
<TD WIDTH="20%" VALIGN=TOP><FONT SIZE=1>Weather: Rain 7C<BR>Tides: 06:12 / 18:40<BR><A HREF="/archive">Archive</A></FONT></TD>
<TD VALIGN=TOP>
<FONT FACE="Times" SIZE=5><B>{headline}</B></FONT><BR>
<FONT SIZE=2><I>{stamp}</I></FONT><BR><BR>
<FONT FACE="Times" SIZE=3>
{body}<BR><BR>
</FONT>
<FONT SIZE=1>{foot}</FONT>
</TD></TR></TABLE>
</BODY>
</HTML>
"""


def _in_paragraphs(page: str) -> str:
    """The page with its article's paragraphs in ``<P>`` elements, not split by ``<BR><BR>`` (the
    extractor then keeps the logo and the menu as main lines and leaves the headline out)."""
    return page.replace('<FONT FACE="Times" SIZE=3>\n', '<FONT FACE="Times" SIZE=3>\n<P>').replace(
        "<BR><BR>\n", "</P>\n<P>"
    )


def _with_heading(page: str, headline: str, stamp: str) -> str:
    """:func:`_in_paragraphs` with the headline an ``<H2>`` and the stamp a paragraph of its own."""
    return _in_paragraphs(
        page.replace(f'<FONT FACE="Times" SIZE=5><B>{headline}</B></FONT><BR>', f"<H2>{headline}</H2>").replace(
            f"<FONT SIZE=2><I>{stamp}</I></FONT><BR><BR>", f"<P><I>{stamp}</I></P>"
        )
    )


_EN = [
    "Three workers were killed and more than forty people hurt when a tank exploded at the Veltmark "
    "Chemicals works in Kalvik this morning.",
    "Police evacuated around 2,000 people from the streets nearest the plant. The blast was felt as far "
    "as 15 kilometres away in Søndervik.",
    "According to Mayor Ilse Brandvold, the town's sports hall and three schools have been opened as shelters.",
    'Resident Lena Holt said she "heard a huge bang" and saw an orange sky over the river.',
]
_DE = [
    "Auf der Fähre Nordlicht ist am Samstagmorgen im Hafen von Seetal ein Feuer ausgebrochen, zwei "
    "Besatzungsmitglieder werden vermisst.",
    "Die Feuerwehr brachte mehr als 200 Fahrgäste in Sicherheit, wie ein Sprecher der Polizei sagte.",
    "Die Reederei kündigte an, den Betrieb auf der Linie bis auf Weiteres einzustellen.",
]
_HEADLINE = "Kalvik plant blast: three dead, town evacuated"
_STAMP = "Saturday, March 14, 2026 - 9:40 AM"

# file name → (page, title, outlet, date)
PAGES: dict[str, tuple[str, str, str, str]] = {
    # the reported page (t13w F3): the copyright line names the logo the site's
    "riverside-copy-sign.htm": (
        _table_page(
            "Riverside Gazette",
            "Riverside Gazette - Kalvik plant blast",
            _HEADLINE,
            _STAMP,
            _EN,
            "&copy; 2026 Riverside Gazette. Reproduction prohibited.",
        ),
        _HEADLINE,
        "Riverside Gazette",
        "2026-03-14T09:40",
    ),
    "riverside-gazette.htm": (
        _table_page(
            "Riverside Gazette",
            "Riverside Gazette - Kalvik plant blast",
            _HEADLINE,
            _STAMP,
            _EN,
            "Copyright 2026 Riverside Gazette. Reproduction prohibited.",
        ),
        _HEADLINE,
        "Riverside Gazette",
        "2026-03-14T09:40",
    ),
    # no copyright line: the <title> gives the site's name beside the headline's opening words;
    # the stamp's time after a bar
    "harbour-courier.htm": (
        _table_page(
            "Osland Harbour Courier",
            "Osland Harbour Courier | Ferry runs aground off Osland",
            "Ferry runs aground off Osland, 40 passengers rescued",
            "Friday, June 5, 2026 | 6:15 PM",
            [p.replace("Kalvik", "Osland") for p in _EN],
            "Reproduction prohibited.",
        ),
        "Ferry runs aground off Osland, 40 passengers rescued",
        "Osland Harbour Courier",
        "2026-06-05T18:15",
    ),
    # the <title> with the headline's opening words first, no copyright line: the headline the
    # page writes is the title, not the <title>'s shorter part
    "osland-courier.htm": (
        _table_page(
            "Osland Harbour Courier",
            "Ferry runs aground off Osland | Osland Harbour Courier",
            "Ferry runs aground off Osland, 40 passengers rescued",
            "Friday, June 5, 2026 | 6:15 PM",
            [p.replace("Kalvik", "Osland") for p in _EN],
            "Reproduction prohibited.",
        ),
        "Ferry runs aground off Osland, 40 passengers rescued",
        "Osland Harbour Courier",
        "2026-06-05T18:15",
    ),
    # the same page laid out otherwise: the extractor keeps the logo and menu as the main text's
    # first lines and leaves the headline out (in bold type, or an <H2>)
    "riverside-paragraphs.htm": (
        _in_paragraphs(
            _table_page(
                "Riverside Gazette",
                "Riverside Gazette - Kalvik plant blast",
                _HEADLINE,
                _STAMP,
                _EN,
                "Copyright 2026 Riverside Gazette. Reproduction prohibited.",
            )
        ),
        _HEADLINE,
        "Riverside Gazette",
        "2026-03-14T09:40",
    ),
    "riverside-heading.htm": (
        _with_heading(
            _table_page(
                "Riverside Gazette",
                "Riverside Gazette - Kalvik plant blast",
                _HEADLINE,
                _STAMP,
                _EN,
                "Copyright 2026 Riverside Gazette. Reproduction prohibited.",
            ),
            _HEADLINE,
            _STAMP,
        ),
        _HEADLINE,
        "Riverside Gazette",
        "2026-03-14T09:40",
    ),
    # German: a copyright line with the company's form, the stamp's time after a dash
    "seetaler-bote.htm": (
        _table_page(
            "Seetaler Bote",
            "Seetaler Bote",
            "Feuer auf Fähre Nordlicht: zwei Vermisste",
            "Samstag, 14. März 2026 - 9:40 Uhr",
            _DE,
            "© 2026 Seetaler Bote AG. Alle Rechte vorbehalten.",
        ),
        "Feuer auf Fähre Nordlicht: zwei Vermisste",
        "Seetaler Bote",
        "2026-03-14T09:40",
    ),
}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, (page, *_rest) in PAGES.items():
        (tmp_path / name).write_text(page, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", list(PAGES))
def test_table_page_titled_by_headline_logo_is_outlet(
    name: str, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _page, title, outlet, date = PAGES[name]
    listed = _run(capsys, "--corpus", str(corpus), "list", "--json")
    assert isinstance(listed, dict)
    row = next(r for r in listed["articles"] if r["doc"] == name.rsplit(".", 1)[0])
    assert (row["title"], row["outlet"], row["date"]) == (title, outlet, date)


@pytest.mark.parametrize("name", list(PAGES))
def test_table_page_logo_line_is_masthead_noise(name: str, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _page, title, outlet, _date = PAGES[name]
    doc = name.rsplit(".", 1)[0]
    shown = _run(capsys, "--corpus", str(corpus), "show", doc, "--json")
    assert isinstance(shown, dict)
    assert [b["text"] for b in shown["blocks"] if b["kind"] == "title"] == [title]
    noise = _run(capsys, "--corpus", str(corpus), "noise", doc, "--json")
    assert isinstance(noise, dict)
    logo = [b for b in noise["docs"][0]["noise"] if b["text"] == outlet]
    assert [(b["kind"], "masthead" in b["reason"]) for b in logo] == [("navigation", True)]


# F9: a stamp line alone over prose, its time after a separator (English, German, French, Spanish)
STAMPS = {
    "en-dash": ("Saturday, March 14, 2026 - 9:40 AM", "2026-03-14T09:40"),
    "en-abbr": ("Sat, March 14, 2026 – 9:40 AM", "2026-03-14T09:40"),
    "en-bar": ("Saturday, March 14, 2026 | 9:40 AM", "2026-03-14T09:40"),
    "en-at": ("Saturday, March 14, 2026 at 9:40 AM", "2026-03-14T09:40"),
    "en-dot": ("Saturday, March 14, 2026 · 9:40 AM", "2026-03-14T09:40"),
    "de-dash": ("Samstag, 14. März 2026 - 9:40 Uhr", "2026-03-14T09:40"),
    "fr-dash": ("Samedi, 14 mars 2026 - 9h40", "2026-03-14T09:40"),
    "es-dash": ("Sábado, 14 de marzo de 2026 - 9:40", "2026-03-14T09:40"),
    "es-dot": ("Sábado, 14 de marzo de 2026 · 9:40", "2026-03-14T09:40"),
}


@pytest.mark.parametrize("name", list(STAMPS))
def test_stamp_keeps_time_after_separator(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stamp, iso = STAMPS[name]
    (tmp_path / f"{name}.txt").write_text(
        f"Kalvik plant blast: three dead\n{stamp}\n\nThree workers were killed when a tank exploded at the "
        "Veltmark Chemicals works in Kalvik this morning, police said on Saturday.\n",
        encoding="utf-8",
    )
    listed = _run(capsys, "--corpus", str(tmp_path), "list", "--json")
    assert isinstance(listed, dict)
    assert [r["date"] for r in listed["articles"]] == [iso]


def test_weekday_stamp_names_no_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A stamp in capitals opening with its weekday was a dateline of a place "Saturday" (a GPE)."""
    (tmp_path / "a.txt").write_text(
        "Kalvik plant blast\nSATURDAY, March 14, 2026 - 9:40 AM\n\nThree workers were killed when a tank exploded "
        "at the Veltmark Chemicals works in Kalvik this morning, police said.\n",
        encoding="utf-8",
    )
    got = _run(capsys, "--corpus", str(tmp_path), "entities", "--json")
    assert isinstance(got, dict)
    places = {e["name"] for e in got["entities"] if e["type"] == "GPE"}
    assert places == {"Kalvik"}
