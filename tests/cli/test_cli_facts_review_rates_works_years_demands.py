"""``facts --json`` on the review's corpora (review s35-rv items 5, 6, 7, 8 and 10, round s35-y;
their texts as in /work/s35/rv-tmp/f1-f4) and a variant of each: "300 MB/s" never agrees with
"300 Mbps"; "After a bit the floodwater reached 2 metres" is the water's depth, compared with
another outlet's 3 m; "built in two years" is no year 2028; "returned to Kellby in 2019" no row
"year of kellbying"; the hackers' ransom and the union's claim are two demanders' rows, and "has
not yet pledged $3 million" no money pledged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


def _rows(facts: list[dict]) -> list[tuple[str, str, list[tuple[str, object]]]]:
    return [(f["label"], f["status"], sorted((v["doc"], v["value"]) for v in f["values"])) for f in facts]


def _wire(title: str, outlet: str, body: str) -> str:
    return f"{title}\n\nKELLBY, 9 March 2026 ({outlet}) - {body}\n"


RATES = {
    "a.txt": _wire(
        "Hospital network restored",
        "Nordwire",
        "The hospital's backup link copies patient records at 300 MB/s, the trust said. During the heatwave, "
        "12 C wards were closed.",
    ),
    "b.txt": _wire(
        "Network back at hospital",
        "Eastwire",
        "The hospital's backup link runs at 300 Mbps, the trust said. The temperature in the server room "
        "reached 41C on Sunday.",
    ),
    # variant: the same link in gigabits a second, as many bits as a's bytes
    "c.txt": _wire("Hospital link back", "Herald", "The hospital's backup link copies patient records at 2.4 Gbps."),
}


def test_bytes_and_bits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, RATES))
    rates = [r for r in rows if r[0].startswith("data rate")]
    assert [r for r in rates if r[1] == "agree" and [d for d, _ in r[2]] == ["a", "c"]], rows
    assert not [r for r in rates if r[1] == "agree" and "b" in {d for d, _ in r[2]} and "a" in {d for d, _ in r[2]}], (
        rows
    )


FLOOD = {
    "a.txt": _wire(
        "Flood in Kellby",
        "Nordwire",
        "The river burst its banks on Monday. After a bit the floodwater reached 2 metres in the square. The "
        "well-known footbridge has reached 30 metres over the river. The shaft is 420 metres deep.",
    ),
    "b.txt": _wire(
        "Kellby flooded",
        "Eastwire",
        "The river burst its banks on Monday. The floodwater reached 3 metres in the square. The shaft is 420 "
        "metres deep.",
    ),
    # variant: a well near the square, before the subject
    "c.txt": _wire(
        "Kellby square under water",
        "Herald",
        "The river burst its banks on Monday. Near the old well the floodwater reached 3 metres in the square.",
    ),
}


def test_words_of_works_before_the_subject(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, FLOOD))
    assert ("depth of the water", "disagree", [("a", 2), ("b", 3), ("c", 3)]) in rows, rows
    assert not [r for r in rows if "reached by" in r[0]], rows


YEARS = {
    "wire1.txt": _wire(
        "Bridge reopens after repairs",
        "Nordwire",
        "The Kellby bridge reopened on Monday. The bridge was built in two years by a local firm. It opened in "
        "2026 to traffic.\n\nMayor Anna Berg returned to Kellby in 2019 after a decade abroad, the council said.",
    ),
    "wire2.txt": _wire(
        "Kellby bridge open again",
        "Eastwire",
        "The Kellby bridge reopened on Monday. The bridge was built in 2024 by a local firm.\n\nMayor Anna Berg "
        "returned to Kellby in 2017, the council said.",
    ),
    # variant: a wing completed in three years, a councillor who moved to Oslo, a year to come
    "wire3.txt": _wire(
        "Hospital wing opens",
        "Herald",
        "The hospital wing was completed in three years. Councillor Jonas Berg moved to Oslo in 2018. The old "
        "bridge will close in two years.",
    ),
}


def test_durations_and_places_after_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, YEARS))
    years = {v for r in rows for _, v in r[2] if isinstance(v, (int, float)) and v > 1900}
    assert 2028 not in {v for r in rows if r[0] != "year of closing" for _, v in r[2]}, rows
    assert 2029 not in years, rows
    # a place after "to" is no event ("year of kellby"); the year's clause may label its row, "year
    # Mayor Anna Berg returned to Kellby" (issue #16, s40-x1: was the bare "year")
    assert not [r for r in rows if re.search(r"\b(?:of|in) (?:kellby|oslo)\b", r[0].lower())], rows
    assert [r for r in rows if r[0].endswith("returned to Kellby")], rows
    assert [r for r in rows if r[0] == "year of closing" and r[2] == [("wire3", 2028)]], rows


MONEY = {
    "a.txt": _wire(
        "Hospital hit by hackers",
        "Nordwire",
        "The hackers demanded a ransom of $4.5 million from Velmont General Hospital. The insurer said it would "
        "pay no more than $2 million. The government has pledged $3 million to restore the systems, and the "
        "union asked for $500,000 in overtime pay.",
    ),
    "b.txt": _wire(
        "Hackers hit hospital",
        "Eastwire",
        "The hackers want $4.5 million. The government has not yet pledged $3 million to restore the systems, "
        "officials said. Two workers died and three children died in the fire.",
    ),
    # variant: the gang's demand, the nurses' union's claim (the union's, in disagreement with a's), a
    # refusal after "still"
    "c.txt": _wire(
        "Gang wants $4.5 million",
        "Herald",
        "The gang wants $4.5 million, police said. The nurses' union asked for $650,000 in back pay. The "
        "insurer still has not pledged $1 million.",
    ),
}


def test_demanders_and_money_not_yet_pledged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, MONEY)
    rows = _rows(facts)
    demanded = [r for r in rows if "demanded" in r[0]]
    assert not [r for r in demanded if {4500000, 500000} <= {v for _, v in r[2]}], rows
    assert [r for r in demanded if r[2] == [("a", 4500000), ("b", 4500000), ("c", 4500000)] and r[1] == "agree"], rows
    pledged = [r for r in rows if r[0].startswith("money pledged")]
    assert not [r for r in pledged if {"b", "c"} & {d for d, _ in r[2]}], rows
