"""``facts --json`` on the reported articles of round s50-f2 (issue #16): no false "closure duration"
disagreement from a scenario's and a count's spans (t13as N2), no earlier "missing" value from a
headline's toll (N12), an unofficial count a claim of its own (N10), a claimed count read apart
(t13ar N6), a ransom in bitcoin a money figure (N4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json


def test_the_reported_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "courier.txt": "Airports shut by ash\n\nIts spokeswoman said the agency expected disruption "
        '"for at least 48 hours".\n',
        "wire.txt": "Ash cloud costs airlines\n\nThe International Air Transport Association estimated airlines' "
        "losses at $ 1.2 bln if the closures lasted three days. Eurocontrol said 9,800 flights had been cancelled "
        "over two days.\n",
        "rnz.txt": "Iceland eruption: death toll rises to four as missing hiker found\n\nA fourth person has died in "
        "the eruption, officials said. One person is still missing.\n\nFour people were killed in total.\n",
        "bulletin.txt": "Eruption bulletin\n\nNaïve observers counted 5 dead, though officials said 2.\n",
        "hn.txt": "Stolen data smaller than claimed\n\nAnalysts said files posted by BlackTarn contained about 900,000 "
        "patient records, fewer than the 1.2 million the gang claimed. The gang is demanding 75 bitcoin.\n",
    }
    facts = facts_json(tmp_path, capsys, files)
    rows = {f["label"]: f for f in facts}
    assert not [f["label"] for f in facts if "duration" in f["label"] and f["status"] == "disagree"]
    durations = {v["text"] for f in facts for v in f["values"] if v["kind"] == "duration"}
    assert not durations & {"three days", "two days"}
    [missing] = [v for v in rows["people missing"]["values"]]
    assert (missing["value"], missing["superseded"]) == (1, [])
    assert {v["value"] for v in rows["death toll"]["values"] if v["doc"] == "bulletin"} == {2}
    assert {v["value"] for v in rows["death toll (claimed)"]["values"]} == {5}
    assert {v["value"] for v in rows["patient records (claimed)"]["values"]} == {1_200_000}
    assert [
        (v["value"], v["unit"]) for f in facts for v in f["values"] if v["kind"] == "money" and v["doc"] == "hn"
    ] == [(75, "BTC")]
