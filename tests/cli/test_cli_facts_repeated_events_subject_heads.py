"""``facts --json`` on years of events a thing has many times, and on the head of a subject
(review s37-rv findings 1, 5, 13 and 16, round s37-y1: its repro folders c7, c9, c12, c13, c15,
c16 and c25 as written, and variants of my own).

1: a volcano erupts, a bridge is inspected, closed and reopened many times. "the largest eruption
since 1980" (a superlative + "since": an earlier, larger eruption's year) and "The 1980 eruption
killed 57", "The 2019 inspection found cracks" (a year written as an attribute of a repeated
event's noun) date an earlier event, never the last one: they were set against "last erupted in
2015", "passed its last inspection in 2023".

5: "the ferry crossing", "the border crossing" in a story about one bridge were that bridge.

13: "The captain of the ferry was 61 years old" was the ferry's age.

16: "A gas tank at the mountain lodge exploded in 1998", "on the mountain … a landmine exploded in
1998" were a volcano's eruption: the verb's subject is no volcano.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> list[dict[str, Any]]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    lines = ["articles:"]
    for k, body in enumerate(texts):
        name = f"{'abcdefgh'[k]}.txt"
        (corpus / name).write_text(body + "\n", encoding="utf-8")
        lines.append(f"  {name}: {{outlet: Outlet{k}, date: 2026-03-0{1 + k}}}")
    (corpus / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts


def _disagreements(facts: list[dict[str, Any]]) -> list[str]:
    return [f["label"] for f in facts if f["status"] == "disagree"]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (c12, c13, c25)
        [
            "Scientists raised the alert level at Mount Keldra on Tuesday. The volcano last erupted in 2015, when ash closed the airport.",
            "Scientists raised the alert level at Mount Keldra on Tuesday. It was the largest eruption since 1980, officials said.",
        ],
        [
            "Scientists raised the alert level at Mount Keldra on Tuesday. The volcano last erupted in 2015, when ash closed the airport.",
            "Scientists raised the alert level at Mount Keldra on Tuesday. The 1980 eruption killed 57 people, officials said.",
        ],
        [
            "Engineers closed the Varn bridge on Tuesday. The 2019 inspection found cracks in two of its piers.",
            "Engineers closed the Varn bridge on Tuesday. It passed its last inspection in 2023.",
        ],
        # variants: another superlative and volcano; a possessive attribute; a closure and a reopening
        [
            "Mount Orrin last erupted in 2009, the observatory said.",
            "Ash fell on Oskby. It is the most violent eruption since 1991, geologists said.",
        ],
        [
            "The Halden tunnel was last inspected in 2024.",
            "The Halden tunnel is shut. Its 2017 inspection had found leaks, the city said.",
        ],
        [
            "The Oru Bridge was closed on Monday. It last closed in 2021 for repairs.",
            "The Oru Bridge was closed on Monday. The 2014 closure lasted a month, and the 2015 reopening was delayed.",
        ],
    ],
)
def test_an_earlier_events_year_is_never_the_last_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    assert not [label for label in _disagreements(facts) if label.startswith("year")], facts


@pytest.mark.parametrize(
    "texts",
    [
        # reported (c15)
        [
            "Engineers closed the Varn bridge on Tuesday after finding cracks. The bridge opened in 1974.",
            "Engineers closed the Varn bridge on Tuesday after finding cracks. Until then the ferry crossing was the only way over; the crossing opened in 1921.",
        ],
        # variants: a level crossing; a fishing vessel beside a ship
        [
            "The Harl Bridge was shut on Monday. The bridge opened in 1988.",
            "The Harl Bridge was shut on Monday. Lorries now use the level crossing at Oskby. The crossing opened in 1902.",
        ],
        [
            "The ship Norvik sank on Friday. The ship was built in 1990.",
            "The ship Norvik sank on Friday. A fishing vessel picked up the crew; the vessel was built in 2011.",
        ],
    ],
)
def test_a_generic_noun_headed_compound_is_no_thing_of_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    assert not [label for label in _disagreements(facts) if label.startswith("year")], facts


@pytest.mark.parametrize(
    "texts",
    [
        # reported (c15 b): the bridge is only the object of the sentence before
        [
            "Engineers closed the Varn bridge on Tuesday after finding cracks. The bridge opened in 1974.",
            "Engineers closed the Varn bridge on Tuesday after finding cracks. Drivers must now use the border crossing, which opened in 1990.",
        ],
        # variants: another thing in a relative clause; a ship's story and a harbour
        [
            "Police shut the Harl Bridge on Monday. The Harl Bridge opened in 1988.",
            "Police shut the Harl Bridge on Monday. Traffic was sent to the old ferry terminal, which opened in 1931.",
        ],
        [
            "The Oru Bridge opened in 1976.",
            "Crews repaired the Oru Bridge on Monday. Buses used the ring road instead; it opened in 2003.",
        ],
    ],
)
def test_a_thingless_year_joins_only_a_subjects_thing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    assert not [label for label in _disagreements(facts) if label.startswith("year")], facts


def test_a_thingless_year_still_joins_the_subject_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        ["The Oru Bridge opened in 1976.", "The Oru Bridge was closed on Tuesday. It opened in 1974, the city said."],
    )
    assert [f["status"] for f in facts if f["label"].startswith("year of opening")] == ["disagree"]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (c16)
        [
            "The Varn ferry ran aground on Tuesday. The captain of the ferry was 61 years old, the operator said.",
            "The Varn ferry ran aground on Tuesday. The ferry was 40 years old, the operator said.",
        ],
        # variants: another role and craft; an owner "for" a bridge
        [
            "The plane crashed near Oskby. The pilot of the aircraft was 45 years old.",
            "The plane crashed near Oskby. The aircraft was 12 years old.",
        ],
        [
            "The Harl Bridge collapsed on Monday. The engineer on the bridge was 58 years old.",
            "The Harl Bridge collapsed on Monday. The bridge was 70 years old, officials said.",
        ],
    ],
)
def test_an_age_is_its_subject_heads(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> None:
    facts = _facts(tmp_path, capsys, texts)
    ages = [f for f in facts if f["label"].startswith("age of")]
    assert [sorted(v["doc"] for v in f["values"]) for f in ages] == [["b"]], ages


@pytest.mark.parametrize(
    "texts",
    [
        # reported (c7 b, c9 c)
        [
            "Mount Keldra last erupted in 1973, killing 42 people. Scientists raised the alert level on Tuesday.",
            "Scientists raised the alert level at Mount Keldra on Tuesday. A gas tank at the mountain lodge exploded in 1998, and the lodge was rebuilt.",
        ],
        [
            "Mount Keldra last erupted in 1973, killing 42 people. Scientists raised the alert level on Tuesday.",
            "Scientists raised the alert level at Mount Keldra on Tuesday. It was on the mountain that a landmine exploded in 1998.",
        ],
        # variants: "blew" of a peak's hut; a volcano named by "the peak" still erupts
        [
            "The Orrin volcano last erupted in 2004.",
            "Hikers fled the Orrin volcano. The roof of the peak hut blew off in 2011.",
        ],
    ],
)
def test_an_explosion_is_an_eruption_only_of_a_volcano_subject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    eruptions = [f for f in facts if f["label"].startswith("year of eruption")]
    assert [sorted(v["doc"] for v in f["values"]) for f in eruptions] == [["a"]], eruptions


def test_a_volcano_subject_still_erupts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        [
            "Mount Orrin last erupted in 2001.",
            "The killer mountain last blew in 2001.",
            # ("last" written: a plain "exploded in 2001" is one of its eruptions, round s38-x1)
            "Hikers fled on Monday. Mount Orrin last exploded in 2001, the observatory said.",
        ],
    )
    [row] = [f for f in facts if f["label"] == "year of eruption"]
    assert sorted(v["doc"] for v in row["values"]) == ["a", "b", "c"]
    assert row["status"] == "agree"
