"""An old table-layout page whose ``<title>`` gives the site's name beside the headline, its logo
cell over a headline set in bold type that the extractor left out (the main text opening with the
first paragraph, a stamp between the two): the bold headline is the title and article text, the
logo line navigation, the site's name the outlet (tester t13ai N3: pingtung-weekly-old.htm was
titled "Pingtung Weekly" in every list, and its headline "Typhoon Haruka batters Pingtung, 9 dead"
was outside-article boilerplate, its "9 dead" lost from the text). A headline in bold or large type
is found as a heading element is, past a stamp or a byline: the one finder of a left-out headline.
The first case is the tester's page (copied from its corpus); the others are ours (``<FONT
SIZE=+2><STRONG>`` under a byline, named by og:site_name; ``<BIG><B>`` with no stamp, named by
its copyright line)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ai"

HARBOUR = """<HTML><HEAD><TITLE>Dalen Harbour Gazette | Ferry refloated off Dalen after two days</TITLE>
<META PROPERTY="og:site_name" CONTENT="Dalen Harbour Gazette"></HEAD>
<BODY><TABLE WIDTH="100%" BORDER=0>
<TR><TD COLSPAN=2><CENTER><FONT SIZE=6><B>Dalen Harbour Gazette</B></FONT><BR>
<FONT SIZE=2>Home | Local | Sport | Weather</FONT></CENTER></TD></TR>
<TR><TD WIDTH="20%" VALIGN=TOP><FONT SIZE=2><A HREF="/">Front page</A><BR><A HREF="/tides">Tides</A></FONT></TD>
<TD VALIGN=TOP><FONT SIZE=+2><STRONG>Ferry refloated off Dalen after two days</STRONG></FONT><BR>
<FONT SIZE=2>By Ivar Nygaard</FONT>
<P>DALEN - Tugs refloated the ferry Nordlys on Thursday, two days after it ran aground on rocks outside Dalen harbour with 140 passengers on board.</P>
<P>The coastguard said no one was hurt and that divers found only minor damage to the hull.</P>
<P>The operator said the ferry would return to service next week once inspectors had checked it.</P>
</TD></TR></TABLE></BODY></HTML>
"""
VALLEY = """<HTML><HEAD><TITLE>Grauhorn Valley Post - Avalanche closes Grauhorn pass</TITLE></HEAD>
<BODY><TABLE WIDTH="100%" BORDER=0>
<TR><TD COLSPAN=2><CENTER><FONT SIZE=5><B>Grauhorn Valley Post</B></FONT><BR>
<FONT SIZE=2>News | Sport | Jobs | Contact</FONT></CENTER></TD></TR>
<TR><TD WIDTH="20%" VALIGN=TOP><FONT SIZE=2><A HREF="/">Home</A><BR><A HREF="/snow">Snow report</A></FONT></TD>
<TD VALIGN=TOP><BIG><B>Avalanche closes Grauhorn pass for third day</B></BIG>
<P>GRAUHORN - The road over the Grauhorn pass stayed closed on Friday after an avalanche buried a 300-metre stretch of it on Wednesday night.</P>
<P>Road crews said clearing the snow would take at least two more days, and police turned back about 200 cars.</P>
<P>No one was caught in the slide, the canton's police said.</P>
</TD></TR>
<TR><TD COLSPAN=2><CENTER><FONT SIZE=1>Copyright 2026 Grauhorn Valley Post. All rights reserved.</FONT></CENTER></TD></TR>
</TABLE></BODY></HTML>
"""

CASES = {
    "reported": (None, "Typhoon Haruka batters Pingtung, 9 dead", "Pingtung Weekly"),
    "harbour": (HARBOUR, "Ferry refloated off Dalen after two days", "Dalen Harbour Gazette"),
    "valley": (VALLEY, "Avalanche closes Grauhorn pass for third day", "Grauhorn Valley Post"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_bold_headline_left_out_is_the_title_not_the_site(tmp_path: Path, case: str) -> None:
    page, headline, site = CASES[case]
    if page is None:
        shutil.copy(FIXTURES / "pingtung-weekly-old.htm", tmp_path / "page.htm")
    else:
        (tmp_path / "page.htm").write_text(page, "utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert (art.title, art.outlet) == (headline, site)
    split = split_noise(art)
    assert [(s.kind, s.text) for s in split.content if s.text == headline] == [("title", headline)]
    assert not [s for s in split.noise if s.text == headline], "the headline is no boilerplate"
    assert [s.kind for s in split.noise if s.text == site] == ["navigation"]
