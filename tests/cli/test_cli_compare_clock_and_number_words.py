"""``compare`` reads a clock time as one time, never as a count, and a hyphenated number word as
its number (t13au N17, round s51-f3). Found: the feed item's "Ostrander Gold said 23 people were
underground …, which happened shortly before 3am" paired (0.18) with the Reuters lead "Three miners
were killed …" on the "3" of "3am", while Reuters' "Twenty-three workers were underground …" (read
"20" and "3") was only in B. (That it pairs with the feed item is up to the fact sheet putting "23 people"
and "Twenty-three workers" in one row, as it does since round s51-f2: tested below.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.align_terms import sentence_terms
from waic_reader.tui.cli.main import main

_FEED = (
    "Miners trapped after Goldfields collapse\n\nA ground collapse at the Brindabella Deep mine north of Halvorsen"
    " Creek has trapped an unknown number of workers. Ostrander Gold said 23 {noun} were underground at the time"
    " of the collapse, which happened shortly before 3am.\n"
)
_FEED_FOUND = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>WestNews Mining</title>\n<link>https://westnews.example/mining</link>\n<description>Mining news from Western Australia</description>\n<item>\n<title>Miners trapped after Goldfields collapse</title>\n<link>https://westnews.example/mining/1</link>\n<pubDate>Sat, 14 Mar 2026 05:00:00 +0800</pubDate>\n<description>A ground collapse at the Brindabella Deep mine north of Halvorsen Creek has trapped an unknown number of workers. Ostrander Gold said 23 people were underground at the time of the collapse, which happened shortly before 3am.</description>\n</item>\n<item>\n<title>Death toll rises to four at Brindabella Deep</title>\n<link>https://westnews.example/mining/2</link>\n<pubDate>Sat, 14 Mar 2026 20:15:00 +0800</pubDate>\n<description>Four workers are now confirmed dead after the collapse at Brindabella Deep, Ostrander Gold said. Two remain missing. Rescue coordinator Tjarra Nguyen-Whitlock said crews hoped to reach a refuge chamber by Monday.</description>\n</item>\n<item>\n<title>Union says warnings were ignored</title>\n<link>https://westnews.example/mining/3</link>\n<pubDate>Sun, 15 Mar 2026 11:30:00 +0800</pubDate>\n<description>The Mining and Energy Union says workers warned Ostrander about seismic activity weeks before the collapse. "They told management the ground was talking," organiser Mihaela Kowalczyk-Obi said. Ostrander declined to comment.</description>\n</item>\n<item>\n<title>Two missing miners found alive in refuge chamber</title>\n<link>https://westnews.example/mining/4</link>\n<pubDate>Mon, 16 Mar 2026 14:45:00 +0800</pubDate>\n<description>The last two missing workers at Brindabella Deep have been found alive in a refuge chamber, 60 hours after the collapse. The final toll stands at four dead and 19 rescued, Ostrander Gold said.</description>\n</item>\n</channel>\n</rss>\n'
_WIRE_FOUND = "Three killed, six missing after collapse at Australian gold mine\n\nPERTH, March 14 (Reuters) - Three miners were killed and six were missing after part of an underground gold mine operated by Ostrander Gold Corp collapsed in Western Australia's Goldfields region early on Saturday, the company and emergency officials said.\n\nTwenty-three {noun} were underground at the Brindabella Deep mine when a section of tunnel about 740 metres (2,430 feet) below the surface gave way at around 2:40 a.m. local time (1840 GMT Friday), Ostrander said in a statement.\n\nFourteen workers had been brought to the surface by Saturday afternoon, the company said. Ostrander shares were halted on the Australian Securities Exchange pending an announcement.\n\n\"Our thoughts are with the families. We are throwing everything we have at this rescue,\" Chief Executive Ruairi O Seaghdha said in the statement.\n\nWestern Australia's Department of Fire and Emergency Services said specialist mine rescue teams from three neighbouring operations had joined the effort.\n\nMines Minister Bartholomew Ng'ang'a told reporters in Perth that the collapse was \"the worst mining accident this state has seen in a generation\".\n\nOstrander, which produced about 310,000 ounces of gold last year, said it had set aside A$2.5 million ($1.6 million) for affected families.\n\n(Reporting by Helga Sørbø-Adeyemi in Perth; Additional reporting by Kenji Ashworth-Tanaka in Sydney; Editing by Priyanka Dasgupta-Lowe)\n"
_WIRE = (
    "Three killed, six missing after collapse at Australian gold mine\n\nPERTH, March 14 (Reuters) - Three miners"
    " were killed and six were missing after part of an underground gold mine operated by Ostrander Gold Corp"
    " collapsed in Western Australia's Goldfields region early on Saturday, the company and emergency officials"
    " said.\n\nTwenty-three {noun} were underground at the Brindabella Deep mine when a section of tunnel about"
    " 740 metres below the surface gave way at around 2:40 a.m. local time, Ostrander said in a statement.\n\n"
    "Fourteen workers had been brought to the surface by Saturday afternoon, the company said.\n"
)


def _compare(tmp_path: Path, capsys: pytest.CaptureFixture[str], noun: str, found: bool) -> dict[str, Any]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    if found:  # the RSS feed as the tester had it: its first item is the article "feed#1"
        (corpus / "feed.xml").write_text(_FEED_FOUND, encoding="utf-8")
    else:
        (corpus / "feed.txt").write_text(_FEED.format(noun=noun), encoding="utf-8")
    wire = _WIRE_FOUND if found else _WIRE
    (corpus / "wire.txt").write_text(wire.format(noun=noun), encoding="utf-8")
    code = main(
        [
            "--corpus",
            str(corpus),
            "--index-dir",
            str(tmp_path / "i"),
            "compare",
            "feed#1" if found else "feed",
            "wire",
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.mark.parametrize(
    ("noun", "found"),
    [
        ("workers", True),  # found: the feed and the Reuters file as the tester had them (people, workers)
        ("workers", False),  # variants: shorter, and with one noun
        ("people", True),
        ("people", False),
    ],
)
def test_the_3am_sentence_never_pairs_with_the_toll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], noun: str, found: bool
) -> None:
    data = _compare(tmp_path, capsys, noun, found)
    pairs = [(p["a"]["text"][:20], p["b"]["text"][:20]) for p in data["pairs"]]
    assert not any(b.startswith(("PERTH", "Three killed")) for a, b in pairs if a.startswith("Ostrander")), pairs
    if noun == "people" or found:  # one row of the fact sheet (round s51-f2's rows): the pair it vouches for
        assert ("Ostrander Gold said ", f"Twenty-three {noun} "[:20]) in pairs, pairs


@pytest.mark.parametrize(
    ("text", "has", "lacks"),
    [
        ("The collapse happened shortly before 3am.", "03:00 clock", "3"),
        ("The alarm sounded at 9.40pm and again at 11:05.", "21:40 clock", "40"),
        ("Forty-five people were rescued; twenty-one are missing.", "45", "40"),
        ("Thirty-two passengers boarded at 7 a.m.", "32", "7"),
    ],
)
def test_clock_times_and_compound_number_words_are_one_term(text: str, has: str, lacks: str) -> None:
    found = [t.term for t in sentence_terms(text)]
    assert has in found and lacks not in found, found
