"""A page laid out in a table: the article's cell holds a paragraph and a small data table
("Victims | 7", "Injured | 16"). A "label | value" row is a data table's row, no photo credit (what
follows its bar holds no letter, or a row beside it has as many bars), so the paragraph beside it
is no caption; and the page's <title>, when it is the site's name a copyright line of the page
names, is no headline: the cell's heading is the title, the site's name the outlet (s31-h, t13s F3:
"Mayor Tomás Oyarzún read the names of the victims, …" and "Victims | 7" were dropped as a
caption and its credit, the title was "Alcina Coast Weekly"). The first case is the reported
file; the others are invented (other sites, other rows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31h"

VALLEY = """<html><head><title>Kessel Valley Courier</title></head><body>
<table><tr><td class="nav"><a>Front page</a><br><a>Farming</a><br><a>Sport</a></td>
<td class="story"><h2>Late frost ruins apple harvest across the valley</h2>
<p>Growers across the Kessel valley counted their losses on Monday after a late frost destroyed most of the apple blossom.</p>
<p>Farm adviser Greta Lindqvist visited the Brenner orchard near Oberkessel, among the worst hit.</p>
<table><tr><td>Orchards hit</td><td>140</td></tr><tr><td>Frost nights</td><td>3</td></tr></table></td>
<td class="ads"><p>Advertisement</p><p>Tractors for sale! Call 555-0142</p></td></tr></table>
<p>Copyright 2026 Kessel Valley Courier</p></body></html>
"""

HARBOUR = """<html><head><title>Dalen Harbour News</title></head><body>
<table><tr><td><a>Home</a><br><a>Ships</a><br><a>Weather</a></td>
<td class="content"><h2>Ferry refloated after grounding off Dalen</h2>
<p>The passenger ferry that ran aground off Dalen on Sunday was refloated at high tide and towed into the harbour.</p>
<p>Harbour master Ivar Nygaard thanked the lifeboat crew from Nordvik, who brought all passengers ashore.</p>
<table><tr><td>Passengers</td><td>86</td></tr><tr><td>Cause</td><td>Under investigation</td></tr></table></td></tr></table>
<p>© 2026 Dalen Harbour News</p></body></html>
"""


def article(tmp_path: Path, name: str, text: str | None) -> Article:
    if text is None:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize(
    ("name", "text", "kept", "title", "outlet"),
    [
        (  # reported
            "table-layout.htm",
            None,
            [
                "Mayor Tomás Oyarzún read the names of the victims, among them night porter Esteban Molina.",
                "Victims | 7",
                "Injured | 16",
            ],
            "Memorial held for seven hotel fire victims",
            "Alcina Coast Weekly",
        ),
        (
            "valley.html",
            VALLEY,
            [
                "Farm adviser Greta Lindqvist visited the Brenner orchard near Oberkessel, among the worst hit.",
                "Orchards hit | 140",
                "Frost nights | 3",
            ],
            "Late frost ruins apple harvest across the valley",
            "Kessel Valley Courier",
        ),
        (
            "harbour.html",
            HARBOUR,
            [
                "Harbour master Ivar Nygaard thanked the lifeboat crew from Nordvik, who brought all passengers ashore.",
                "Passengers | 86",
                "Cause | Under investigation",
            ],
            "Ferry refloated after grounding off Dalen",
            "Dalen Harbour News",
        ),
    ],
)
def test_table_layout_rows_and_title(
    tmp_path: Path, name: str, text: str | None, kept: list[str], title: str, outlet: str
) -> None:
    art = article(tmp_path, name, text)
    split = split_noise(art)
    content = {seg.text.strip() for seg in split.content}
    for line in kept:
        assert line in content, (line, [(s.kind, s.text) for s in split.noise])
    assert art.title == title
    assert art.outlet == outlet
