"""A bare wire name under the headline names the outlet, as a site's name line there does (issue
#14, t13ah-r S5; round s41-y2).

"Reuters" alone under the headline, over a date stamp, was judged a wire-service byline by the
boilerplate split, yet the outlet stayed unknown, while "El País English" in its place was the
outlet: the fact sheet named the report by its doc id. One list of wire names decides both
(noise.patterns.agency_line); a desk's "Staff" names no outlet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = (
    "\n\nHeavy rain flooded streets across the region on Saturday, and rescuers evacuated 200 people.\n\n"
    "The mayor said emergency funds would be released on Monday.\n"
)


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        # the reported input (t13ah-r's N3/a a.txt)
        ("Floods hit Valencia\nReuters\nOctober 3, 2026 10:00", "Reuters"),
        # variants of my own: another agency, a day-first date, a name of three words
        ("Storm closes Kestrel harbour\nAFP\n3 October 2026", "AFP"),
        ("Ferry aground off Dalen\nAgence France-Presse\nOctober 4, 2026 08:15", "Agence France-Presse"),
    ],
)
def test_wire_name_line_names_the_outlet(tmp_path: Path, head: str, outlet: str) -> None:
    (tmp_path / "a.txt").write_text(head + BODY, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert art.outlet == outlet


def test_a_desk_line_names_no_outlet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Floods hit Valencia\nStaff\nOctober 3, 2026 10:00" + BODY, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert art.outlet is None
