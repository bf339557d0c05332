"""An old-style page's menu row is never its title, and a dateline closed by ".-" (as Spanish
papers write it) dates the article.

Reported (tester t13ah N6): web/diario-centro-1999style.htm (copied to tests/fixtures/old_pages),
a page in ISO-8859-1 with its menu "Inicio | Local | Deportes" in a table over its headline and
"<TITLE>Diario del Centro - …", was titled "Inicio | Local | Deportes" (the masthead rule took
the main text's first line for the headline under the site's name; the boilerplate split calls
that row a menu) and undated, though its text opens "Huancayo, 9 de marzo de 2026.-". A headline
is never a line the split's menu-row test (noise.block_rules.menu_row) calls a menu; the
dateline's ".-" may follow its date as it follows an agency ("(EFE).-"). The variants are
written for this test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.corpus import dates
from waic_reader.index.corpus.reader import Corpus

FIXTURE = Path(__file__).parent.parent / "fixtures" / "old_pages" / "diario-centro-1999style.htm"

PAGE = """<HTML><HEAD><TITLE>{site}</TITLE></HEAD><BODY>
<TABLE WIDTH="100%"><TR><TD><FONT SIZE="2">{menu}</FONT></TD></TR></TABLE>
<CENTER><FONT SIZE="5"><B>{headline}</B></FONT></CENTER>
<P><FONT FACE="Times">{prose}</FONT></P>
<P><FONT FACE="Times">The regional governor declared three days of mourning and promised an inquiry into the company.</FONT></P>
<HR><FONT SIZE="1">Copyright 2026 {site}. All rights reserved.</FONT>
</BODY></HTML>"""


def test_the_reported_page_has_its_headline_and_date(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / "diario.htm")
    article = Corpus.scan(tmp_path).article("diario")
    assert article.title is not None and article.title.startswith("Tragedia en la Carretera Central")
    assert article.date == "2026-03-09"


@pytest.mark.parametrize(
    ("site", "menu", "headline"),
    [
        # links set apart by middle dots, four of them
        (
            "Valley Courier",
            '<A HREF="/">Home</A> · <A HREF="/n">News</A> · <A HREF="/s">Sport</A> · <A HREF="/w">Weather</A>',
            "Bus falls into ravine near the pass",
        ),
        # bars, a two-word item
        (
            "Gazeta do Vale",
            '<A HREF="/">Início</A> | <A HREF="/c">Cidade</A> | <A HREF="/e">Esportes</A> | <A HREF="/o">Últimas notícias</A>',
            "Ônibus cai em ribanceira perto de Huancayo",
        ),
    ],
)
def test_a_menu_row_over_the_headline_is_never_the_title(tmp_path: Path, site: str, menu: str, headline: str) -> None:
    prose = "Nineteen people died and 24 were injured when a bus fell about 200 metres into a ravine on Sunday night."
    (tmp_path / "p.htm").write_text(PAGE.format(site=site, menu=menu, headline=headline, prose=prose), "utf-8")
    title = Corpus.scan(tmp_path).article("p").title
    assert title is not None and "|" not in title and "·" not in title
    assert title in (headline, site) or headline.startswith(title)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Huancayo, 9 de marzo de 2026.- Diecinueve personas murieron en el accidente.", "2026-03-09"),  # reported
        ("RECIFE, 10 de março de 2026.- Dezenove pessoas morreram no acidente.", "2026-03-10"),  # Portuguese, capitals
        ("Huancayo, March 9, 2026.- Nineteen people died in the crash.", "2026-03-09"),  # an English date
    ],
)
def test_a_dateline_closed_by_a_dotted_dash_dates_the_text(line: str, iso: str) -> None:
    found = dates.scan_dates(line).found
    assert [(f.iso, f.kind) for f in found] == [(iso, "dateline")]
