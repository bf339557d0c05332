"""``facts --json``: one article, one value per measure (issue #16, t13af N9/N17/N29, round s38-y2).

An article's values of one count (the same counted noun, unit and words) are one row's: its latest
(a live blog's by its entries' times, else the text's last) is its value, the others its
``superseded``; a row's label never holds a value ("homes · 150,000"), and one article's many
values never crowd other articles' values out of their row (adding an unrelated article E leaves
the rows of A–D unchanged). "… later put the number at 15" is the article's new value of the count
the sentence before gave, and a part of a count ("Two were seriously hurt") no second value of it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], name: str = "c") -> list[Any]:
    corpus = tmp_path / name
    corpus.mkdir()
    for fname, text in files.items():
        (corpus / fname).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / f"{name}-i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[Any] = json.loads(out)["facts"]
    return facts


def _rows_of(facts: list[Any], doc: str) -> list[Any]:
    return [f for f in facts if any(v["doc"] == doc for v in f["values"])]


def _no_value_label(facts: list[Any]) -> None:
    for f in facts:
        assert "·" not in f["label"] and not re.search(r"\d", f["label"]), f["label"]


def _blog(title: str, zone: str, first: str, later: str) -> str:
    return f"{title}\nPosted: Jan 9, 2025\n\n08:15 {zone}\n{first}\n\n10:40 {zone}\n{later}\n"


# t13af N9 (repro v8): the live blog's 150,000 is its value, first said 200,000, against the wire's 170,000
V8 = {
    "gmt.txt": _blog(
        "Delmar blackout: live",
        "GMT",
        "Power is out for 200,000 homes in Delmar, the operator said.",
        "Power is out for 150,000 homes, the operator said.",
    ),
    "wire.txt": "Blackout hits Delmar\n\nDELMAR, Jan 9 (Coastwire) - Power is out for 170,000 homes in Delmar after "
    "a transformer failed, the operator said on Thursday.\n",
}
# variant: another count, other words, another place
WATER = {
    "blog.txt": _blog(
        "Kessby water cut: live",
        "GMT",
        "Water supplies are cut off for 40,000 households in Kessby, the water board said.",
        "Water supplies are cut off for 25,000 households, the water board said.",
    ),
    "paper.txt": "Kessby without water\n\nKESSBY, Jan 9 (Northpaper) - Water supplies are cut off for 30,000 "
    "households in Kessby after a main burst, the water board said on Thursday.\n",
}


@pytest.mark.parametrize(
    ("files", "blog", "first", "latest", "other"),
    [
        (V8, "gmt", 200000, 150000, ("wire", 170000)),
        (WATER, "blog", 40000, 25000, ("paper", 30000)),
    ],
)
def test_live_blog_count_is_one_row_latest_value(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    blog: str,
    first: int,
    latest: int,
    other: tuple[str, int],
) -> None:
    facts = _facts(tmp_path, capsys, files)
    _no_value_label(facts)
    rows = _rows_of(facts, blog)
    assert len(rows) == 1, [(f["label"], [(v["doc"], v["value"]) for v in f["values"]]) for f in facts]
    row = rows[0]
    mine = [v for v in row["values"] if v["doc"] == blog]
    assert [v["value"] for v in mine] == [latest]
    assert [s["value"] for s in mine[0]["superseded"]] == [first]
    assert (other[0], other[1]) in [(v["doc"], v["value"]) for v in row["values"]]
    assert row["status"] == "disagree"


def test_three_blogs_change_is_visible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three live blogs each 200,000 then 150,000 (t13af repro v10, one zone): one row, each blog's
    150,000 first said 200,000, never a row of the 200,000s and another of the 150,000s."""
    first, later = (
        "Power is out for 200,000 homes in Delmar, the operator said.",
        "Power is out for 150,000 homes, the operator said.",
    )
    files = {f"{n}.txt": _blog(f"Delmar blackout: live ({n})", "GMT", first, later) for n in ("a", "b", "c")}
    facts = _facts(tmp_path, capsys, files)
    _no_value_label(facts)
    homes = [f for f in facts if f["values"][0]["unit"] == "homes"]
    assert len(homes) == 1, [(f["label"], [(v["doc"], v["value"]) for v in f["values"]]) for f in facts]
    assert sorted((v["doc"], v["value"], tuple(s["value"] for s in v["superseded"])) for v in homes[0]["values"]) == [
        (d, 150000, (200000,)) for d in ("a", "b", "c")
    ]


def _diary(unit: str, verb: str, noun: str, n: int, step: int) -> str:
    paras = "\n\n".join(
        f"Crews {verb} {step * i} {unit} of {noun} from beach number {i} on day {i}." for i in range(1, n + 1)
    )
    return f"Beach clean-up diary\n\nJune 9, 2025 | By Lea Moss\n\n{paras}\n"


@pytest.mark.parametrize(
    ("unit", "verb", "noun", "n", "step"),
    [
        ("tonnes", "removed", "debris", 8, 7),  # t13af N17, repro v21
        ("kilograms", "collected", "plastic", 12, 40),
        ("cubic metres", "cleared", "sand", 10, 15),
    ],
)
def test_one_articles_repeated_figures_are_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unit: str, verb: str, noun: str, n: int, step: int
) -> None:
    files = {
        "diary.txt": _diary(unit, verb, noun, n, step),
        "wire.txt": "Clean-up of Selby beaches\n\nSELBY, June 9 (Coastwire) - Volunteers removed 60 tonnes of "
        "debris from the beaches of Selby, the council said.\n",
    }
    facts = _facts(tmp_path, capsys, files)
    _no_value_label(facts)
    rows = _rows_of(facts, "diary")
    assert len(rows) == 1, [(f["label"], [(v["doc"], v["value"]) for v in f["values"]]) for f in facts]
    mine = [v for v in rows[0]["values"] if v["doc"] == "diary"]
    assert len(mine) == 1 and mine[0]["value"] == pytest.approx(step * n)
    assert len(mine[0]["superseded"]) == n - 1


SPILL = {
    "a.txt": "Tanker spill off Varnholm\n\nVARNHOLM, Oct 14 (Nordwire) - The tanker collided with a ship in fog, "
    "spilling about 1,200 tonnes of crude oil, the coastguard said.\n",
    "b.txt": "Oil reaches the coast\n\nOfficials estimated that 1,500 tonnes of oil had leaked, and the slick "
    "reached the coast near Varnholm.\n",
    "c.txt": "Owner's statement\n\nThe tanker was carrying 85,000 tonnes of crude oil. An estimated 1,100 "
    "tonnes of oil have leaked, the owner said.\n",
    "d.txt": "Spill estimate\n\nBetween 1,200 and 1,500 tonnes of crude oil leaked from the tanker, the "
    "coastguard said.\n",
}


@pytest.mark.parametrize("paragraphs", [30, 60])
def test_unrelated_article_leaves_other_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paragraphs: int
) -> None:
    """Adding a long diary of one measure (article E, t13af N17's longdiary) between the spill
    reports in the corpus's order leaves their rows as they were."""

    def rows(facts: list[Any]) -> list[Any]:
        return sorted(
            (f["label"], f["status"], sorted((v["doc"], v["value"]) for v in f["values"]))
            for f in facts
            if not any(v["doc"] == "b1-diary" for v in f["values"])
        )

    before = rows(_facts(tmp_path, capsys, SPILL, "without"))
    with_e = {**SPILL, "b1-diary.txt": _diary("tonnes", "removed", "debris", paragraphs, 7)}
    facts = _facts(tmp_path, capsys, with_e, "with")
    assert rows(facts) == before
    assert len(_rows_of(facts, "b1-diary")) == 1


# t13af N29 (repro v48/v49) and variants: a bare "the number"/"the toll"/"the figure" given a new value
LATER = [
    (
        "Nine people were initially reported injured in the bus crash. Hospital officials later put the number at 11.",
        11,
        9,
    ),
    ("Twelve people were initially reported injured; the fire service later put the number at 15.", 15, 12),
    ("Six people were injured in the blast, police said. Doctors later revised the figure to eight.", 8, 6),
    ("Four people were injured when the roof fell. The figure now stands at seven, the council said.", 7, 4),
]


@pytest.mark.parametrize(("sentence", "latest", "first"), LATER)
def test_later_number_is_the_articles_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, latest: int, first: int
) -> None:
    files = {
        "c.txt": f"Harlow crash\n\nMay 2, 2025 | By Ana Ruiz\n\n{sentence}\n\nThe crash closed the road for hours.\n",
        "d.txt": "Harlow crash update\n\nHARLOW, May 2 (Coastwire) - Ten people were injured when a bus "
        "overturned near Harlow, police said.\n",
    }
    facts = _facts(tmp_path, capsys, files)
    row = next(f for f in facts if f["label"] == "people injured")
    mine = [(v["value"], [s["value"] for s in v["superseded"]]) for v in row["values"] if v["doc"] == "c"]
    assert mine == [(latest, [first])], row


@pytest.mark.parametrize(
    "part",
    [
        "Two were seriously hurt.",  # t13af N29, repro v49
        "Three of them were critically injured.",
        "Four were badly hurt, three of them children.",
    ],
)
def test_part_of_count_is_no_second_value(tmp_path: Path, capsys: pytest.CaptureFixture[str], part: str) -> None:
    files = {
        "c.txt": "Harlow crash\n\nMay 2, 2025 | By Ana Ruiz\n\nNine people were injured in the bus crash, police said.\n",
        "d.txt": "Harlow crash update\n\nHARLOW, May 2 (Coastwire) - Ten people were injured when a bus "
        f"overturned near Harlow, police said. {part}\n",
    }
    facts = _facts(tmp_path, capsys, files)
    row = next(f for f in facts if f["label"] == "people injured")
    assert sorted((v["doc"], v["value"]) for v in row["values"]) == [("c", 9), ("d", 10)], row


# t13af N19 (repro v25) and variants: a plume's or a slick's own length, said in the sentence that
# gives a distance of the same value, is no value of a distance row; the distance is the sentence's
PLUMES = [
    (
        "The factory is about 5 kilometres from the centre of Orlen Vale, and the smoke plume stretched for 5 km.",
        "The factory lies 5 km from the town centre, police said.",
        "about 5 kilometres",
        "5 km",
    ),
    (
        "The wreck lies about 20 km from the mouth of the Varn estuary, and the oil slick stretched for 20 km.",
        "The wreck lies 20 km from the estuary mouth, the coastguard said.",
        "about 20 km",
        "20 km",
    ),
    (
        "The plant stands some 3 miles from the centre of Kessby, and the ash cloud stretched for 3 miles.",
        "The plant is 3 miles from the town centre, firefighters said.",
        "some 3 miles",
        "3 miles",
    ),
]


@pytest.mark.parametrize(("mine", "other", "distance", "length"), PLUMES)
def test_a_things_length_is_no_distance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mine: str, other: str, distance: str, length: str
) -> None:
    files = {
        "explainer.txt": f"Fire: what we know\n\nAugust 3, 2025 | By Ivo Dern\n\n{mine}\n",
        "wire.txt": f"Fire near the town\n\nORLEN VALE, Aug 2 (Coastwire) - {other}\n",
    }
    facts = _facts(tmp_path, capsys, files)
    for f in facts:
        mine_values = [v["text"] for v in f["values"] if v["doc"] == "explainer"]
        if any(v["measure"].startswith("distance") for v in f["values"]):
            assert length not in mine_values or distance in mine_values, f
            assert all(t == distance for t in mine_values), f
    texts = {v["text"] for f in facts for v in f["values"] if v["doc"] == "explainer"}
    assert distance in texts, texts


def test_running_cost_under_other_names_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t13af N17's long diary: each day's sentence names other people who met ("On day 2, Mona
    Brekke met Nils Berg in Varnholm …, which had cost 3 thousand euros so far"): who met names no
    thing the cost is of, so the diary's costs are one value, its last (the place stays a word of it)."""
    people = ["Mona Brekke", "Nils Berg", "Knut Rye", "Anders Lunde", "Erik Dahl", "Siri Holm"]
    paras = "\n\n".join(
        f"On day {i + 2}, {people[i % 6]} met {people[(i + 1) % 6]} in Varnholm to discuss the cleanup, which "
        f"had cost {3 * (i + 1)} thousand euros so far, officials said."
        for i in range(12)
    )
    files = {"diary.txt": f"Cleanup diary\n\nOctober 20, 2025 | By Lea Moss\n\n{paras}\n"}
    facts = _facts(tmp_path, capsys, files)
    _no_value_label(facts)
    money = [v for f in facts for v in f["values"] if v["unit"] == "EUR"]
    assert [(v["value"], len(v["superseded"])) for v in money] == [(36000, 11)], money
