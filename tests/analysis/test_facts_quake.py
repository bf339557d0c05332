"""The fact sheet on the earthquake corpus (tests/fixtures/quake/): a dozen outlets' styles.

A true disagreement (the death toll: 12, then 14, then 16), unit-only coincidences that must not
be one (the depth against distances in the same units), and spelled-out against digit figures
that must agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Cancelled, Fact, fact_sheet, facts_to_json, timeline
from waic_reader.index.corpus.reader import Article, Corpus

QUAKE = Path(__file__).resolve().parents[1] / "fixtures" / "quake"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return Corpus.scan(QUAKE).articles()


@pytest.fixture(scope="module")
def sheet(articles: list[Article]) -> list[Fact]:
    return fact_sheet([(a, []) for a in articles])


def by_label(sheet: list[Fact], label: str) -> Fact:
    [fact] = [f for f in sheet if f.label == label]
    return fact


def outlets(fact: Fact, articles: list[Article]) -> list[str]:
    names = {a.doc: a.label for a in articles}
    return [names[v.doc] for v in fact.values]


@pytest.mark.usefixtures("cet")  # the fixtures' times (+01:00) shown as written
def test_the_death_toll_is_one_disagreement_read_as_a_timeline(sheet: list[Fact], articles: list[Article]) -> None:
    toll = by_label(sheet, "death toll")
    assert not toll.agree and sheet[0] is toll  # disagreements first
    assert [v.value for v in toll.values] == [12, 12, 12, 14, 14, 14, 16, 16, 16]
    assert outlets(toll, articles)[:2] == ["AP", "Quake Notes"]
    line = timeline(toll, {a.doc: a.label for a in articles})
    assert line.startswith(
        "12 (13 Mar 08:10, AP; 13 Mar 08:30, Quake Notes; 13 Mar 09:45, The Guardian) → 14 (13 Mar 11:30, Reuters"
    )
    assert "→ 16 (14 Mar 09:00, Kyodo" in line


def test_no_other_disagreement(sheet: list[Fact]) -> None:
    assert [f.label for f in sheet if not f.agree] == ["death toll"]


def test_depth_never_meets_a_distance(sheet: list[Fact], articles: list[Article]) -> None:
    depth = by_label(sheet, "depth")
    texts = {a.doc: a.text for a in articles}
    for v in depth.values:
        sentence = texts[v.doc][v.sentence[0] : v.sentence[1]]
        assert not any(w in sentence for w in ("north of", "from the epicentre", "south")), sentence
    assert depth.agree and depth.sources == 7  # 25 miles and 40 km are one depth
    capital = by_label(sheet, "distance to Oresund City")
    # 186 miles and 300 km; the blog's "I felt the shaking in Oresund City, some 186 miles south"
    # (no measure of its own) joins it: the same value and unit, its sentence naming Oresund (t13n F17)
    assert capital.agree and capital.sources == 4
    assert by_label(sheet, "distance to the epicentre").sources == 1  # Halvik's 40 km is not the depth


@pytest.mark.parametrize(("label", "sources"), [("people injured", 8), ("people evacuated", 5), ("people missing", 5)])
def test_spelled_out_and_digit_figures_agree(sheet: list[Fact], label: str, sources: int) -> None:
    fact = by_label(sheet, label)
    assert fact.agree and fact.sources == sources
    assert any(not v.text[0].isdigit() and not v.text.lower().startswith(("about", "some")) for v in fact.values)


def test_money_by_what_it_pays_for(sheet: list[Fact]) -> None:
    # (the relief package of no purpose is the same $1.8 billion the others give for reconstruction:
    # one row, t13al-r N7)
    pledged = by_label(sheet, "money for reconstruction")
    assert pledged.agree and {v.value for v in pledged.values} == {1.8e9}  # "$ 1.8 bln" is "$1.8 billion"
    assert len({v.doc for v in pledged.values}) == 3
    assert [v.value for v in by_label(sheet, "damage").values] == [1.2e9]


def test_an_aftershock_is_not_the_quake(sheet: list[Fact]) -> None:
    assert by_label(sheet, "magnitude").agree
    assert [v.value for v in by_label(sheet, "aftershock magnitude").values] == [5.1]


def test_labels_and_grounds_are_words(sheet: list[Fact], articles: list[Article]) -> None:
    words = set(re.findall(r"[a-z]+", " ".join(a.text for a in articles).lower()))
    for f in sheet:
        # a label by measure ends with the values' unit in parentheses: "length (mi)", "amount (EUR)"
        unit = re.search(r" \((.+)\)$", f.label)
        assert unit is None or unit.group(1) in {v.unit for v in f.values} | {"JPY or CNY"}, f.label
        for w in f.label[: unit.start() if unit else None].lower().split():
            assert w in words or w in {
                "toll",
                "people",
                "injured",
                "missing",
                "evacuated",
                "distance",
                "to",
                "money",
                "length",
                "aftershock",
                "closed",  # shut is closed, one measure (roles._STOP_VERB_FORMS, t13aa K14)
            }, f.label


def test_json_values_carry_numbers_and_dates(sheet: list[Fact]) -> None:
    data = json.loads(json.dumps(facts_to_json(sheet)))
    toll = next(f for f in data["facts"] if f["label"] == "death toll")
    first = toll["values"][0]
    assert {"doc", "value", "text", "start", "end", "date"} <= set(first)
    assert first["value"] == 12 and first["date"] == "2026-03-13T08:10:00+01:00"
    science = [v for f in data["facts"] for v in f["values"] if v["doc"].startswith("11_")]
    assert science and all(v["date"] is None for v in science)  # no date in corpus.yaml: none made up


def test_cancelled_stops(articles: list[Article]) -> None:
    with pytest.raises(Cancelled):
        fact_sheet([(a, []) for a in articles], cancelled=lambda: True)
