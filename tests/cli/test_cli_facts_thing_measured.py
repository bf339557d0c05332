"""``facts --json``: a row is what is measured, never another word of the sentence (issue #16,
round s38-y1; acceptance t13af N2, N3, N4, N13, N28, N30, repro folders v2, v3, v4, v13, v47, v50
as written, and variants of my own: other stories, other wording, other units).

N2: an amount spilled, leaked, escaped or released was grouped with the cargo carried (a false
disagreement) or scattered over single-source rows. N3/N13: a slick's area and the workers on strike
were split by other nouns and verbs of their sentences ("coastline", "walked", "joined"). N4: "crew
members missing" was a row "members missing" apart from the sailors and fishermen missing, and the
people-missing row said "disagree" while its grounds said "not compared". N28: "12 nautical miles"
was a count of miles; N30: "a low of 10 degrees Fahrenheit" was a row apart from the °C
temperature."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts


def _wire(place: str, day: str, outlet: str, title: str, body: str) -> str:
    return f"{title}\n\n{place.upper()}, {day} ({outlet}) - {body}\n"


def _page(title: str, day: str, author: str, body: str) -> str:
    return f"{title}\n\n{day} | By {author}\n\n{body}\n"


def _row_of(facts: list[dict[str, Any]], value: float, doc: str) -> dict[str, Any]:
    """The row holding ``doc``'s value ``value``."""
    for f in facts:
        if any(v["doc"] == doc and v["value"] == value for v in f["values"]):
            return f
    raise AssertionError(f"no row holds {doc}'s {value}: {[(f['label'], f['values']) for f in facts]}")


def _values(row: dict[str, Any]) -> list[tuple[str, Any]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


# --- N2: an amount spilled is one measure, never the cargo carried ---------------------------------

SPILLS = [
    # reported (t13af repro v2)
    (
        {
            "wire.txt": _wire(
                "Selby Point",
                "May 2",
                "Coastwire",
                "Freighter grounds off Selby Point",
                "The freighter Lumen Star ran aground off Selby Point on Friday. The ship was carrying "
                "60,000 tonnes of diesel, its owner said. About 900 tonnes of fuel leaked into the bay, "
                "the coastguard said.",
            ),
            "daily.txt": _page(
                "Selby Point spill: fuel reaches beaches",
                "May 3, 2025",
                "Ana Ruiz",
                "Fuel from the Lumen Star reached the beaches of Selby Point on Saturday. About 1,000 "
                "tonnes of diesel escaped from the damaged tank, officials said. The vessel had been "
                "carrying 60,000 tonnes.",
            ),
            "explainer.md": "---\ntitle: Selby Point spill explained\ndate: 2025-05-03\noutlet: Sea Desk\n---\n\n"
            "The grounding of the Lumen Star off Selby Point released fuel into the bay.\n\n"
            "| Figure | Value |\n|---|---|\n| Fuel spilled | 950 tonnes |\n| Crew rescued | 21 |\n",
        },
        [("wire", 900), ("daily", 1000), ("explainer", 950)],
        [("wire", 60000), ("daily", 60000)],
        # "About 900" and "About 1,000" meet (an approximator's margin, grouping._approximation)
        "agree",
    ),
    # variant: the main corpus's wording, another ship and place
    (
        {
            "wire.txt": _wire(
                "Tromvik",
                "Oct 14",
                "Nordwire",
                "Tanker collides off Tromvik",
                "The tanker Sea Hawk collided with a trawler off Tromvik early on Tuesday, spilling about "
                "2,200 tonnes of crude oil, the coastguard said. The tanker's owner said the ship was "
                "carrying 95,000 tonnes of crude.",
            ),
            "post.txt": _page(
                "Tromvik spill widens",
                "October 15, 2025",
                "Kari Lund",
                "According to the coastal administration, 2,300 tonnes of oil escaped from the damaged "
                "tank, and crews worked through the night.",
            ),
            "analysis.md": "---\ntitle: What the Tromvik spill means\ndate: 2025-10-16\noutlet: Nature Desk\n---\n\n"
            "The Sea Hawk was carrying 95,000 tonnes of crude when it was holed.\n\n"
            "| Figure | Value |\n|---|---|\n| Oil spilled | 2,400 tonnes |\n| Missing crew | 2 |\n",
        },
        [("wire", 2200), ("post", 2300), ("analysis", 2400)],
        [("wire", 95000), ("analysis", 95000)],
        "disagree",
    ),
    # variant: litres, other verbs ("leaked", "released", "discharged")
    (
        {
            "wire.txt": _wire(
                "Kellby",
                "Mar 3",
                "Coastwire",
                "Barge leaks diesel into river",
                "A barge carrying 2 million litres of diesel hit a bridge pier at Kellby on Monday. Some "
                "40,000 litres of diesel leaked into the river, the environment agency said.",
            ),
            "daily.txt": _page(
                "Kellby river spill",
                "March 4, 2025",
                "Ivo Dern",
                "The damaged barge released 55,000 litres of fuel before the leak was plugged, the "
                "operator said. It had been carrying 2 million litres of diesel.",
            ),
            "radio.txt": _page(
                "Spill: clean-up begins",
                "March 4, 2025",
                "Per Holm",
                "Officials said about 50,000 litres of diesel had been discharged into the water.",
            ),
        },
        [("wire", 40000), ("daily", 55000), ("radio", 50000)],
        [("wire", 2000000), ("daily", 2000000)],
        "disagree",
    ),
]


@pytest.mark.parametrize(("files", "spilled", "cargo", "status"), SPILLS)
def test_amount_spilled_is_one_measure_apart_from_the_cargo(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    spilled: list[tuple[str, int]],
    cargo: list[tuple[str, int]],
    status: str,
) -> None:
    facts = _facts(tmp_path, capsys, files)
    row = _row_of(facts, spilled[0][1], spilled[0][0])
    assert _values(row) == sorted(spilled), row["label"]
    assert row["status"] == status
    assert row["label"] == "oil spilled"
    assert "·" not in row["label"] and ":" not in row["label"]
    carried = _row_of(facts, cargo[0][1], cargo[0][0])
    assert carried is not row
    assert {v["value"] for v in carried["values"]} == {cargo[0][1]}


# --- N3: a slick's area is the slick's, whatever else its sentence names ----------------------------

AREAS = [
    # reported (t13af repro v3)
    (
        [
            "The slick from the damaged barge covered 12 square kilometres on Thursday, officials say.",
            "The oil escaped from a damaged tank, and the slick covered 18 square kilometres by Friday "
            "morning, the harbour master said.",
            "The slick now covers 22 square kilometres, and oil stretches along almost 9 kilometres of "
            "coastline. Environmental group Green Tide said oil had reached between 6 and 8 kilometres "
            "of coastline.",
        ],
        [12, 18, 22],
    ),
    # variant: another slick's words ("sheen"), other verbs and nouns around it
    (
        [
            "The sheen from the sunken barge covered 4 square kilometres on Monday, the coastguard says.",
            "Birds were found oiled near the pier, and the sheen covered 6 square kilometres by Tuesday.",
            "Fishermen in the harbour stayed ashore on Wednesday. The sheen now covers 9 square kilometres, and "
            "tar washes up along 3 kilometres of beach. Volunteers from the town gathered buckets and gloves.",
        ],
        [4, 6, 9],
    ),
    # variant: hectares beside square kilometres, the slick named by its stuff's words
    (
        [
            "The oil slick covered 800 hectares on Monday, the coastguard said.",
            "Crews worked from the harbour, and the slick covered 1,100 hectares by Tuesday, officials said.",
            "The slick now covers 14 square kilometres, and tar stretches along the beaches of the bay.",
        ],
        [800, 1100, 14],
    ),
]


@pytest.mark.parametrize(("sentences", "values"), AREAS)
def test_area_of_one_thing_is_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentences: list[str], values: list[int]
) -> None:
    files = {
        "a.txt": _wire("Carrow Bay", "June 5", "Coastwire", "Slick off Carrow Bay grows", sentences[0]),
        "b.txt": _page("Carrow Bay slick spreads", "June 6, 2025", "Lea Moss", sentences[1]),
        "c.txt": _page("Carrow Bay: the slick reaches the reef", "June 7, 2025", "Ivo Dern", sentences[2]),
    }
    facts = _facts(tmp_path, capsys, files)
    row = _row_of(facts, values[0], "a")
    assert _values(row) == sorted(zip(["a", "b", "c"], values, strict=True)), row["label"]
    assert row["status"] == "disagree"
    assert [v["doc"] for v in row["values"]] == ["a", "b", "c"]  # in timeline order
    assert ":" not in row["label"] and "·" not in row["label"]


# --- N13: the workers on strike are one count, whatever the verb ------------------------------------

STRIKES = [
    # reported (t13af repro v13)
    (
        "Thirty five thousand rail workers walked out on Monday, the union said.",
        "Some 35,000 rail workers joined the strike on Monday.",
        "About 30,000 rail workers stayed away on Tuesday, the operator said.",
        [35000, 35000, 30000],
    ),
    # variant: nurses, "went on strike", "stayed at home"
    (
        "Twelve thousand nurses went on strike on Monday, the union said.",
        "Some 12,000 nurses walked out of hospitals across the country on Monday.",
        "About 9,000 nurses stayed at home on Tuesday, the health board said.",
        [12000, 12000, 9000],
    ),
    # variant: dock workers, "downed tools", "are on strike"
    (
        "Some 4,000 dock workers downed tools on Monday, the union said.",
        "About 4,000 dock workers joined the strike at the port on Monday.",
        "Around 3,200 dock workers are still on strike, the port authority said on Tuesday.",
        [4000, 4000, 3200],
    ),
]


@pytest.mark.parametrize(("a", "b", "c", "values"), STRIKES)
def test_workers_on_strike_are_one_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str, values: list[int]
) -> None:
    files = {
        "wire.txt": _wire("Delmark City", "March 3", "Coastwire", "Strike halts Delmark", a),
        "daily.txt": _page("Delmark strike: day one", "March 3, 2025", "Ana Ruiz", b),
        "numbers.txt": _page("Strike: the numbers", "March 4, 2025", "Ivo Dern", c),
    }
    facts = _facts(tmp_path, capsys, files)
    row = _row_of(facts, values[0], "wire")
    assert _values(row) == sorted(zip(["wire", "daily", "numbers"], values, strict=True)), row["label"]
    assert row["status"] == "disagree"
    assert row["label"].endswith("on strike")


# --- N4: crew, crew members, sailors and fishermen missing are one count of people ------------------

MISSING = [
    # reported (t13af repro v4)
    (
        "The trawler Nordkap sank off Hallin on Sunday, leaving four crew members missing, the coastguard said.",
        "Six crew members of the Nordkap remain missing, police said on Monday.",
        "Families of the six missing fishermen gathered at the harbour in Hallin.",
        [4, 6, 6],
    ),
    # variant: crew, sailors, seafarers
    (
        "The cargo ship Vesta sank off Hallin on Sunday, leaving three crew missing, the coastguard said.",
        "Three sailors from the Vesta remain missing, police said on Monday.",
        "Relatives of the five missing seafarers waited at the port in Hallin.",
        [3, 3, 5],
    ),
    # variant: seafarers, crew members and sailors
    (
        "The ferry Lysa capsized off Hallin on Sunday, leaving seven seafarers missing, the coastguard said.",
        "Seven crew members of the Lysa remain missing, police said.",
        "The search for the eight missing sailors went on through the night in Hallin.",
        [7, 7, 8],
    ),
]


@pytest.mark.parametrize(("a", "b", "c", "values"), MISSING)
def test_people_missing_whatever_their_noun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str, values: list[int]
) -> None:
    files = {
        "a.txt": _wire("Hallin", "Feb 2", "Coastwire", "Ship sinks off Hallin", a),
        "b.txt": _page("Hallin: search goes on", "February 3, 2025", "Ada Ruud", b),
        "c.txt": _page("Hallin families wait", "February 3, 2025", "Per Holm", c),
    }
    facts = _facts(tmp_path, capsys, files)
    row = _row_of(facts, values[0], "a")
    assert _values(row) == sorted(zip(["a", "b", "c"], values, strict=True)), row["label"]
    assert row["label"] == "people missing"
    assert row["status"] == "disagree"
    assert "not compared" not in row["grounds"]
    for f in facts:
        assert "members" not in f["label"]
        # a row's status and its grounds never contradict each other
        if f["status"] in ("disagree", "agree"):
            assert "not compared" not in f["grounds"], f


# --- N28: nautical miles are a distance; N30: "a low of 10 degrees Fahrenheit" is the air's --------

DISTANCES = [
    # reported (t13af repro v47)
    ("The ship sank 12 nautical miles west of Carrow Bay.", "The wreck lies 22 km west of Carrow Bay.", "agree"),
    # variants: another place; a disagreement; "nmi"
    ("The ferry capsized 5 nautical miles north of Hallin.", "The ferry sank 9 km north of Hallin.", "agree"),
    ("The rig drifted to a point 20 nmi south of Skarvik.", "The rig now lies 60 km south of Skarvik.", "disagree"),
]


@pytest.mark.parametrize(("a", "b", "status"), DISTANCES)
def test_nautical_miles_are_a_distance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, status: str
) -> None:
    files = {
        "a.txt": _wire("Carrow Bay", "June 5", "Coastwire", "Ship lost", a),
        "b.txt": _page("Wreck found", "June 5, 2025", "Lea Moss", b),
    }
    facts = _facts(tmp_path, capsys, files)
    rows = [f for f in facts if any(v["doc"] == "a" for v in f["values"])]
    assert len(rows) == 1, [f["label"] for f in facts]
    assert rows[0]["label"].startswith("distance to ")
    assert sorted(v["doc"] for v in rows[0]["values"]) == ["a", "b"]
    assert rows[0]["values"][[v["doc"] for v in rows[0]["values"]].index("a")]["unit"] == "nmi"
    assert rows[0]["status"] == status


TEMPERATURES = [
    # reported (t13af repro v50)
    (
        "Temperatures fell to minus 12C overnight in Harlow, forecasters said.",
        "The temperature in Harlow dropped to -12 °C on Thursday night.",
        "Harlow recorded a low of 10 degrees Fahrenheit overnight, the weather service said.",
        "agree",
    ),
    # variants: a high in °F (37 °C: a disagreement); a low in °F in disagreement
    (
        "Temperatures rose to 35C in Velmont on Monday, forecasters said.",
        "The temperature in Velmont climbed to 35 °C on Monday afternoon.",
        "Velmont registered a high of 99 degrees Fahrenheit in the afternoon, the weather service said.",
        "disagree",
    ),
    (
        "Temperatures fell to minus 20C overnight in Kerrow, forecasters said.",
        "The temperature in Kerrow dropped to -20 °C on Thursday night.",
        "Kerrow recorded a low of 14 degrees Fahrenheit overnight, the weather service said.",
        "disagree",
    ),
]


@pytest.mark.parametrize(("a", "b", "c", "status"), TEMPERATURES)
def test_a_low_in_fahrenheit_joins_the_temperature(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str, status: str
) -> None:
    files = {
        "a.txt": _wire("Harlow", "Jan 9", "Coastwire", "Cold snap", a),
        "b.txt": _page("It freezes", "January 9, 2025", "Ana Ruiz", b),
        "c.txt": _page("Cold", "January 10, 2025", "Ivo Dern", c),
    }
    facts = _facts(tmp_path, capsys, files)
    rows = [f for f in facts if f["label"].startswith("temperature")]
    assert len(rows) == 1, [(f["label"], f["values"]) for f in rows]
    assert sorted(v["doc"] for v in rows[0]["values"]) == ["a", "b", "c"]
    assert rows[0]["label"] == "temperature"
    assert rows[0]["status"] == status


# --- N13: "5 pct" is "5%" of one raise; "the daily cost" is a cost per day -------------------------

RATES = [
    # reported (t13af repro v13)
    # (a rise one side demands or offers is the pay rise demanded or offered since review s42-rv
    # finding 7: "asking for" and "tabled" say so as "wants" and "offered" do)
    ("The union wants a raise of 5 pct.", "The union is asking for a 5% raise.", "pay rise demanded", 5),
    # variants: other nouns, other ways of writing per cent
    ("The operator offered an increase of 3 percent.", "The operator has tabled a 3% increase.", "pay rise offered", 3),
    ("The board approved a premium of 28 percent.", "The board backed a 28% premium on Tuesday.", "premium", 28),
]


@pytest.mark.parametrize(("a", "b", "label", "value"), RATES)
def test_a_percentage_qualifying_a_noun_is_that_nouns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, label: str, value: int
) -> None:
    files = {
        "wire.txt": _wire("Delmark City", "March 3", "Coastwire", "Strike halts Delmark", "The strike went on. " + a),
        "daily.txt": _page("Delmark strike: day one", "March 3, 2025", "Ana Ruiz", "The strike went on. " + b),
    }
    facts = _facts(tmp_path, capsys, files)
    rows = [f for f in facts if f["label"].startswith(label)]
    assert [(f["label"], f["status"], _values(f)) for f in rows] == [
        (label, "agree", [("daily", value), ("wire", value)])
    ]


COSTS = [
    # reported (t13af repro v13)
    (
        "The strike costs the economy $ 1.8 bln a day, the finance ministry estimated.",
        "Economists put the daily cost at $1.8 billion.",
        "The strike costs 300 mln dlrs a day in lost fares.",
        [1_800_000_000, 1_800_000_000, 300_000_000],
    ),
    # variants: a week, another currency; a bill
    (
        "The strike costs the economy €20 million a week, the ministry estimated.",
        "Analysts put the weekly cost at €20 million.",
        "The strike costs €25 million a week in lost output.",
        [20_000_000, 20_000_000, 25_000_000],
    ),
    (
        "The strike costs the city £2 million a day, officials said.",
        "The daily cost stood at £2 million, the council said.",
        "The strike costs £3 million a day, traders said.",
        [2_000_000, 2_000_000, 3_000_000],
    ),
]


@pytest.mark.parametrize(("a", "b", "c", "values"), COSTS)
def test_a_daily_cost_is_a_cost_per_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str, values: list[int]
) -> None:
    files = {
        "wire.txt": _wire("Delmark City", "March 3", "Coastwire", "Rail strike halts Delmark", a),
        "daily.txt": _page("Delmark strike: day one", "March 3, 2025", "Ana Ruiz", b),
        "numbers.txt": _page("Strike: the numbers", "March 4, 2025", "Ivo Dern", c),
    }
    facts = _facts(tmp_path, capsys, files)
    row = _row_of(facts, values[1], "daily")
    assert _values(row) == sorted(zip(["wire", "daily", "numbers"], values, strict=True)), row["label"]
    assert row["status"] == "disagree"
    assert " per " in row["label"]
