"""A single ``<br>`` inside a sentence is a line break, not a paragraph break (acceptance t13ad N6;
README, HTML: "``<br><br>`` is a paragraph break and ``<br>`` a line break, so lines a ``<br>``
hard-wraps are one paragraph"). An old table-layout page wrapping "…, and airport staff
said<br>thirteen people were hurt.<br><br>" read the sentence's two lines as two paragraphs (its
first line long, the second short: no column to wrap at). Invented pages: the reported one and
variants (another outlet and layout, a break after a comma, a lower-case menu that stays apart)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.html import read_html

_OLDPAPER = """<html><head><title>Northern Courier - Jet fire drama</title></head>
<body bgcolor="#ffffff">
<table width="760" border="0"><tr><td colspan="2"><font size="5" face="Arial"><b>Northern Courier</b></font><br>
<font size="1"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/archive">Archive</a></font></td></tr>
<tr><td width="160" valign="top"><font size="1">ADVERTISEMENT<br>Cheap flights to Porto Marena!<br>Book now</font></td>
<td valign="top"><font face="Times"><b>Jet fire drama over Stavenholm</b><br>
<i>March 3, 2026</i><br><br>
Passengers on a Nordair jet described scenes of panic on Tuesday after an engine fire forced the plane to land at Stavenholm. The airline said 182 people were on board, and airport staff said<br>
thirteen people were hurt.<br><br>
"It was the longest twenty minutes of my life," said Erik Dahl, a retired engineer aged 62.<br><br>
Nordair's chief executive, Rolf Agdestein, said the airline would pay passengers 600 euros each.<br><br>
The engine, one of two on the Airbus A321, reached a temperature of more than 900 degrees Celsius, a mechanic told the Courier.<br><br>
-- Reporting by Nils Berg
</font></td></tr>
<tr><td colspan="2"><font size="1">Copyright 2026 Northern Courier. All rights reserved.</font></td></tr>
</table></body></html>
"""

_VALLEY = """<html><head><title>Valley Herald: Bridge closed</title></head><body>
<table width="100%"><tr><td><font size="4"><b>Valley Herald</b></font></td></tr>
<tr><td><font face="Verdana" size="2"><b>Old river bridge closed after inspection</b><br>
<i>14 January 2026</i><br><br>
The county closed the old river bridge at Brekka on Wednesday after engineers found cracks in two of its piers, and the roads office said<br>
repairs would take until the summer.<br><br>
Drivers were told to use the ferry road, which adds about twenty minutes to the trip into town. The haulage firms that use the bridge daily,<br>
the office said, would be given permits for the forest road.<br><br>
"We cannot take any risk with a bridge this old," the county engineer, Siri Holt, told the Herald.<br><br>
</font></td></tr>
<tr><td><font size="1">home<br>news<br>sport<br>weather</font></td></tr>
</table></body></html>
"""


def _paragraphs(page: str) -> list[str]:
    read = read_html(page)
    return [b.text for b in read.blocks]


@pytest.mark.parametrize(
    ("page", "whole"),
    [
        (
            _OLDPAPER,
            "Passengers on a Nordair jet described scenes of panic on Tuesday after an engine fire forced the "
            "plane to land at Stavenholm. The airline said 182 people were on board, and airport staff said "
            "thirteen people were hurt.",
        ),
        (
            _VALLEY,
            "The county closed the old river bridge at Brekka on Wednesday after engineers found cracks in two "
            "of its piers, and the roads office said repairs would take until the summer.",
        ),
        (
            _VALLEY,
            "Drivers were told to use the ferry road, which adds about twenty minutes to the trip into town. The "
            "haulage firms that use the bridge daily, the office said, would be given permits for the forest road.",
        ),
    ],
    ids=["reported", "other-outlet", "after-a-comma"],
)
def test_a_sentence_a_br_breaks_is_one_paragraph(page: str, whole: str) -> None:
    assert whole in _paragraphs(page)


def test_lines_a_br_sets_apart_that_run_on_no_sentence_stay_apart() -> None:
    # A menu in lower case, a headline over its date: lines of their own.
    got = _paragraphs(_VALLEY)
    assert "Old river bridge closed after inspection" in got
    assert not any("home news" in t or "home\nnews" in t for t in got)
