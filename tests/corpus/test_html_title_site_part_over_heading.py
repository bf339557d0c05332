"""An HTML page's ``<title>`` "Site :: Headline" over a heading that opens with the headline is
titled by that heading, without the site's name (issue #14, t13ah-r S2; round s41-y2).

"<TITLE>Gazzetta del Golfo :: Crollo di una palazzina a Napoli</TITLE>" over "<H2>Crollo di una
palazzina a Napoli: due feriti</H2>" kept the title whole, site and all: the page names its site
nowhere else, but its heading repeats the other part, so that part is the headline and the one
left the site's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PAGE = """<HTML><HEAD><TITLE>{title}</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></HEAD>
<BODY>
<TABLE><TR><TD><A HREF="/">Home</A> | <A HREF="/news">News</A> | <A HREF="/sport">Sport</A></TD></TR></TABLE>
<H2><FONT COLOR="#990000">{heading}</FONT></H2>
<P>{lede}</P>
<P>Firefighters worked for hours in the rubble. The mayor ordered the nearby buildings cleared.</P>
</BODY></HTML>
"""


@pytest.mark.parametrize(
    ("title", "heading", "lede"),
    [
        # the reported input (t13ah-r's N6/b gazzetta.htm)
        (
            "Gazzetta del Golfo :: Crollo di una palazzina a Napoli",
            "Crollo di una palazzina a Napoli: due feriti",
            "Napoli, 12 maggio 2026 - Una palazzina di tre piani e crollata questa mattina a Fuorigrotta.",
        ),
        # variants of my own: other sites, a heading the part alone
        (
            "Valley Post :: Bridge closed after the river flooded",
            "Bridge closed after the river flooded, two hurt",
            "The old bridge over the Varn was closed on Monday after the river burst its banks.",
        ),
        (
            "Kestrel Bay Courier :: Ferry runs aground off the harbour",
            "Ferry runs aground off the harbour",
            "A ferry carrying 40 passengers ran aground off Kestrel Bay harbour on Sunday night.",
        ),
    ],
)
def test_heading_is_the_title_without_the_site(tmp_path: Path, title: str, heading: str, lede: str) -> None:
    (tmp_path / "page.htm").write_text(PAGE.format(title=title, heading=heading, lede=lede), encoding="latin-1")
    [art] = Corpus.scan(tmp_path).articles()
    assert art.title == heading
