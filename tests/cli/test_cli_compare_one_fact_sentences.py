"""`compare --json` pairs the one sentence of each article that reports a fact, whatever its
figures (t13aa K22, round s36-d; README: "a fact the fact sheet's recogniser reads in both
sentences (the same measure, label and owner) is a term they share"): Nordline's "It was last
inspected in 2019 and was due to be repaired next year" and Channel 9's "It opened in 1976 and was
due to be repaired in 2028" were only in A / only in B while the fact sheet set 2027 against 2028
and 1974 against 1976; a sentence paired out of order elsewhere left them outside every gap. The
differing years are among the differing words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# the tester's repro v25 (/work/s35/t13aa/repro/v25), as written
NORDLINE = (
    "Corvenna Bridge collapses in Lindmark heatwave, nine dead\n"
    "\n"
    "LINDMARK, July 14 (Nordline) — Nine people were killed and 23 were injured when a section of the Corvenna Bridge collapsed into the river Aske on Tuesday afternoon, as temperatures in the city reached 39C.\n"
    "\n"
    "The 340-metre bridge, which opened in 1974, carried the main road between Lindmark Central Station and the Port of Lindmark. It was last inspected in 2019 and was due to be repaired next year, according to the Halvergate Bridge Authority.\n"
    "\n"
    '"We are searching every metre of the river," Chief Fire Officer Dariusz Kowal told reporters. "Nobody will be left behind."\n'
    "\n"
    'Transport Minister Elsa Varnholt visited the site in the evening. The government had approved €5 million in emergency aid, she said. The minister\'s husband, a retired engineer, spoke to reporters at the barrier. "We warned them about the joints years ago," he said.\n'
    "\n"
    "Four people are still missing. A spokesperson for the Authority said the cause was not yet known.\n"
    "\n"
    "The contractor that maintained the bridge, Ostmark Steelworks Ltd, refused to pay the €20 million compensation demanded by the families' lawyers. Ostmark said it would cooperate fully with the inquiry.\n"
    "\n"
    "The injured were taken to St Aldric's Hospital.\n"
    "\n"
    "Reporting by Hanne Lys; Editing by Tom Arkwright\n"
)
CHANNEL9 = (
    "<!DOCTYPE html>\n"
    "<html><head><title>Bridge disaster: nine killed in Lindmark | Channel 9 News</title>\n"
    '<meta property="og:site_name" content="Channel 9 News">\n'
    '<meta property="article:published_time" content="2026-07-14T20:30:00+01:00">\n'
    "</head><body>\n"
    '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>\n'
    "<article>\n"
    "<h1>Bridge disaster: nine killed in Lindmark</h1>\n"
    '<p class="byline">By Marta Quell, Channel 9 News</p>\n'
    "<p>A span of the Corvenna Bridge gave way on Tuesday, killing nine people. Twenty-seven people were hurt, and three remain unaccounted for.</p>\n"
    "<p>The bridge, 1,115 feet long, stands 150 feet above the water. It opened in 1976 and was due to be repaired in 2028, the Board said.</p>\n"
    "<p>The Vestrian Rail Safety Board said trains to the Port of Lindmark would be diverted. The Board added that the bridge had been declared unsafe by engineers in 2019.</p>\n"
    "<p>Reporters were told by Kowal that the search would go on through the night.</p>\n"
    '<p>Professor of Structural Engineering Mirela Santos said the heat may have played a part. "Steel expands in a 39C heatwave, and old joints can fail," she said.</p>\n'
    "<p>The families are demanding €20m from Ostmark. Ostmark has turned down the claim.</p>\n"
    "</article>\n"
    "<aside><h3>Most watched</h3><ul><li>Heatwave: how to keep cool</li><li>Lindmark Rovers win again</li></ul></aside>\n"
    "<footer>© 2026 Channel 9 News. All rights reserved.</footer>\n"
    "</body></html>\n"
)
# invented: a stadium's year of opening, its sentences apart from the pairs around them (B named it
# "The ground" until round s37-f: a year of no named thing, "which opened in 1998", is no value of
# another thing's row, and compare pairs on the sheet's rows, t13ac M21)
STADIUM_A = (
    "Stadium roof falls in Harwick storm, two hurt\n"
    "\n"
    "HARWICK, March 3 (Nordline) — Two people were hurt when part of the roof of the Elmside Stadium fell in during a storm on Sunday night.\n"
    "\n"
    "The 40,000-seat stadium, which opened in 1998, is home to Harwick Athletic and hosts concerts in the summer.\n"
    "\n"
    '"We heard a crack like thunder," said groundsman Piet Varga. "Then the whole corner came down."\n'
    "\n"
    "Club chairman Owen Marsh said matches would move to Castleford until repairs were done.\n"
    "\n"
    "Engineers from the city council will inspect the stands on Monday.\n"
)
STADIUM_B = (
    "Elmside roof collapse: club moves matches\n"
    "\n"
    "Harwick Athletic will play at Castleford after the roof of the Elmside Stadium fell in, chairman Owen Marsh said.\n"
    "\n"
    "Two people were injured in the collapse on Sunday night, the ambulance service said.\n"
    "\n"
    'Groundsman Piet Varga told the club\'s website he had heard "a crack like thunder".\n'
    "\n"
    "The stadium opened in 2001 and was last renovated in 2015.\n"
)
# invented: a ferry's year built, worded otherwise
FERRY_A = (
    "Ferry runs aground off Skarvik\n"
    "\n"
    "SKARVIK, June 8 (Nordline) — A ferry ran aground off the island of Skarvik on Saturday, and all passengers were taken ashore, the coastguard said.\n"
    "\n"
    "The Nordstjerna, which was built in 1987, was sailing from Tromsvik to Skarvik in thick fog with its lights on.\n"
    "\n"
    '"The fog came down in minutes," said the captain, Ingrid Solum.\n'
    "\n"
    "The operator, Fjordline Ferries, said the ship would be towed to Bergholm for inspection.\n"
)
FERRY_B = (
    "Fog blamed as Skarvik ferry hits rocks\n"
    "\n"
    "The operator Fjordline Ferries said on Sunday that the Nordstjerna would be towed to Bergholm.\n"
    "\n"
    "All passengers were taken ashore, the coastguard said.\n"
    "\n"
    '"The fog came down in minutes," captain Ingrid Solum told local radio.\n'
    "\n"
    "Built in 1989 at a yard in Gdansk, the 120-metre vessel had been refitted twice since.\n"
)


def compare(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: tuple[str, str], b: tuple[str, str]
) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in (a, b):
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    refs = [Path(a[0]).stem, Path(b[0]).stem]
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", *refs, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _differing(pair: dict[str, Any], side: str) -> list[str]:
    span = pair[side]
    return [span["text"][s - span["start"] : e - span["start"]] for s, e in pair["words"][f"{side}_diff"]]


@pytest.mark.parametrize(
    ("a", "b", "b_sentence", "a_starts", "a_figures", "b_figures"),
    [
        (
            ("nordline-0714.txt", NORDLINE),
            ("channel9.html", CHANNEL9),
            "It opened in 1976",
            ("The 340-metre bridge, which opened in 1974", "It was last inspected in 2019"),
            ("1974", "next year"),
            ("1976", "2028"),
        ),
        (
            ("a.txt", STADIUM_A),
            ("b.txt", STADIUM_B),
            "The stadium opened in 2001",
            ("The 40,000-seat stadium, which opened in 1998",),
            ("1998",),
            ("2001",),
        ),
        (
            ("a.txt", FERRY_A),
            ("b.txt", FERRY_B),
            "Built in 1989",
            ("The Nordstjerna, which was built in 1987",),
            ("1987",),
            ("1989",),
        ),
    ],
)
def test_the_sentences_of_one_fact_pair_with_their_figures_differing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    a: tuple[str, str],
    b: tuple[str, str],
    b_sentence: str,
    a_starts: tuple[str, ...],
    a_figures: tuple[str, ...],
    b_figures: tuple[str, ...],
) -> None:
    data = compare(tmp_path, capsys, a, b)
    assert not any(s["text"].startswith(b_sentence) for s in data["only_b"]), data["only_b"]
    pairs = [p for p in data["pairs"] if p["b"]["text"].startswith(b_sentence)]
    assert len(pairs) == 1 and pairs[0]["a"]["text"].startswith(a_starts), pairs
    pair = pairs[0]
    # the figures of the fact they share differ (at least one of the B sentence's, and A's own)
    assert any(f in w for f in b_figures for w in _differing(pair, "b")), _differing(pair, "b")
    assert any(f in w for f in a_figures for w in _differing(pair, "a")), _differing(pair, "a")
