"""``facts --json`` on an earlier event's toll, money for a purpose, a toll worded "lost their
lives", one payer under two names and sums with their conversions (round s36-x1; t13ac M1, M4,
M5, M11, M22, M27, M20, M12, M19: the tester's repro folders as written, and variants of my own).

"The volcano last erupted 53 years ago. That eruption killed 42 people." made the article's death
toll 42 (a false DISAGREE with its own 16): an event noun after "that" refers back to the earlier
event the sentence before named, and "when X last erupted" names one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

_DATES = ["2026-06-11", "2026-06-11", "2026-06-11", "2026-06-12", "2026-06-12"]
_OUTLETS = ["Nordwire", "Eastpress", "Southline", "Westpost", "Northpost"]


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]) -> list[dict[str, Any]]:
    """The CLI's ``facts --json`` rows of a corpus of ``texts`` (a.txt, b.txt, …, dated by corpus.yaml)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = ["articles:"]
    for n, text in enumerate(texts):
        name = f"{chr(97 + n)}.txt"
        (corpus / name).write_text(text + "\n", encoding="utf-8")
        lines.append(f"  {name}: {{outlet: {_OUTLETS[n]}, date: {_DATES[n]}}}")
    (corpus / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts


def _values(facts: list[dict[str, Any]], label: str) -> list[str]:
    return sorted(v["display"] for f in facts if f["label"] == label for v in f["values"])


def _numbers(facts: list[dict[str, Any]], label: str) -> list[float]:
    return sorted(v["value"] for f in facts if f["label"] == label for v in f["values"])


def _row(facts: list[dict[str, Any]], label: str) -> dict[str, Any]:
    rows = [f for f in facts if f["label"] == label]
    assert len(rows) == 1, [(f["label"], f["values"]) for f in facts]
    return rows[0]


# --- M1: an earlier event's toll in a sentence of its own -------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        # the tester's repro/v1 b and v21 b
        "The volcano last erupted 53 years ago. That eruption killed 42 people.",
        "Forty-two people died when Keldra last erupted, in 1973.",
        # variants: another event, another wording, no year at all
        "The river last flooded in 1987. In that flood, 42 people died.",
        "The volcano last erupted two decades ago. That eruption left 42 people dead.",
        "Its previous eruption left 42 people dead.",
        "Forty-two people were killed when the dam last collapsed.",
    ],
)
def test_an_earlier_events_toll_is_not_this_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], other: str
) -> None:
    own = "Mount Keldra erupted on Thursday, killing 16 people on Sarnholm."
    facts = _facts(tmp_path, capsys, [own, f"{own} {other}", own])
    row = _row(facts, "death toll")
    assert row["status"] == "agree", row
    assert _values(facts, "death toll") == ["16", "16", "16"]


def test_that_event_of_this_story_keeps_its_toll(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "That eruption" after a sentence about this story's own eruption is this story's
    facts = _facts(
        tmp_path,
        capsys,
        [
            "Mount Keldra erupted on Thursday, killing 16 people.",
            "Mount Keldra erupted on Thursday morning. That eruption killed 17 people.",
        ],
    )
    assert _values(facts, "death toll") == ["16", "17"]


# --- M4: money a phrase "spend … on X" gives a purpose is a measure of its own ---------------


@pytest.mark.parametrize(
    ("pledge", "both", "purpose"),
    [
        # the tester's repro/v4
        (
            "The government pledged 50 million euros in emergency aid.",
            "The Government of Sarnholm has allocated €50 million for emergency relief and will spend "
            "€20 million on rebuilding the Varnhelm harbour.",
            "money for reconstruction",
        ),
        # variants: other payers, currencies and purposes
        (
            "The council pledged $5 million in aid.",
            "The council pledged $5 million in aid and will spend $2 million on reconstruction.",
            "money for reconstruction",
        ),
        (
            "Ministers allocated £10m for relief.",
            "Ministers allocated £10m for relief and plan to spend £4m on new flood defences.",
            "money for new flood defences",
        ),
    ],
)
def test_money_spent_on_a_purpose_is_its_own_measure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pledge: str, both: str, purpose: str
) -> None:
    facts = _facts(tmp_path, capsys, [pledge, both])
    pledged = [f for f in facts if f["label"].startswith("money pledged")]
    assert len(pledged) == 1 and pledged[0]["status"] == "agree", [(f["label"], f["values"]) for f in facts]
    assert [f["label"] for f in facts if f["label"].startswith("money for")] == [purpose]


def test_money_pledged_on_a_day_names_no_purpose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        ["The EU pledged €10 million on Friday.", "The EU pledged €10 million on behalf of its members."],
    )
    assert not [f for f in facts if f["label"].startswith("money for")]


# --- M5: "have lost their lives" is the death toll ---------------------------------------------


@pytest.mark.parametrize(
    "lost",
    [
        # the tester's repro/v9 a
        "The Sarnholm Civil Protection Agency confirms that 14 people have lost their lives in the eruption of "
        "Mount Keldra.",
        # variants: another auxiliary, a word count, another story
        "Officials said 14 people had lost their lives in the floods.",
        "Fourteen people have now lost their lives since the earthquake struck.",
    ],
)
def test_lost_their_lives_is_the_death_toll(tmp_path: Path, capsys: pytest.CaptureFixture[str], lost: str) -> None:
    facts = _facts(tmp_path, capsys, [lost, "The disaster killed 17 people."])
    row = _row(facts, "death toll")
    assert row["status"] == "disagree", row
    assert _numbers(facts, "death toll") == [14, 17]
    assert not [f for f in facts if f["label"] == "people lost"]


# --- M22: one payer under two names; a capital standing for a body ----------------------------


@pytest.mark.parametrize(
    ("full", "short"),
    [
        # the tester's repro/v23 a, b
        (
            "The European Union pledged €10m in emergency aid for Sarnholm.",
            "The EU pledged €12 million in emergency aid for Sarnholm.",
        ),
        # variants: another body, another spelling of the acronym, the short form first
        ("The UN pledged $6 million in emergency aid.", "The United Nations pledged $5 million in emergency aid."),
        (
            "The E.U. pledged €10 million for the flood victims.",
            "The European Union pledged €12 million for the flood victims.",
        ),
    ],
)
def test_a_body_and_its_acronym_are_one_payer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], full: str, short: str
) -> None:
    facts = _facts(tmp_path, capsys, [full, short])
    pledged = [f for f in facts if f["label"].startswith("money pledged")]
    assert len(pledged) == 1, [(f["label"], f["values"]) for f in facts]
    assert pledged[0]["status"] == "disagree"


def test_a_bodys_seat_is_not_its_countrys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        [
            "The European Union pledged €10m in emergency aid for Sarnholm.",
            "Brussels pledged €10 million in emergency aid for Sarnholm.",
            "Budapest pledged €3 million in emergency aid for Sarnholm.",
        ],
    )
    labels = [f["label"] for f in facts]
    assert not [label for label in labels if "Belgium" in label], labels
    assert "money pledged (Hungary)" in labels  # a capital that seats no body stays its country's


# --- M11: one offer, worded with and without the aid offered ----------------------------------


@pytest.mark.parametrize(
    ("with_aid", "bare"),
    [
        # the tester's repro/v5
        ("The European Union offered €10m in aid.", "The European Union has offered €10 million."),
        # variants: other payers, nouns and currencies
        ("Japan offered ¥500 million in relief.", "Japan has offered 500 million yen."),
        ("The Red Cross has offered $2 million in emergency assistance.", "The Red Cross offered $2m."),
    ],
)
def test_an_offer_of_aid_is_an_offer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], with_aid: str, bare: str
) -> None:
    facts = _facts(tmp_path, capsys, [with_aid, bare])
    money = [f for f in facts if f["label"].startswith("money")]
    assert len(money) == 1 and money[0]["status"] == "agree", [(f["label"], f["values"]) for f in facts]
    assert money[0]["label"].startswith("money offered")


# --- M27: a sum with its conversion beside it is one figure -----------------------------------


@pytest.mark.parametrize(
    ("first", "second", "status", "shown"),
    [
        # the tester's repro/v29 c, d
        (
            "The government pledged $55 million (€50 million) in emergency aid.",
            "The government pledged €50 million ($55 million) in emergency aid.",
            "agree",
            "$55 million",
        ),
        # variants: other currencies; a conversion against a sum in one currency alone
        (
            "The firm will pay £40 million ($50 million) in compensation.",
            "The firm will pay $50 million (£40 million) in compensation.",
            "agree",
            "£40 million",
        ),
        (
            "The government pledged $55 million (€50 million) in emergency aid.",
            "The government pledged €52 million in emergency aid.",
            "disagree",
            "$55 million",
        ),
    ],
)
def test_a_sum_and_its_conversion_are_one_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, status: str, shown: str
) -> None:
    facts = _facts(tmp_path, capsys, [first, second])
    money = [f for f in facts if f["values"][0]["kind"] == "money"]
    assert len(money) == 1, [(f["label"], f["values"]) for f in facts]
    assert money[0]["status"] == status
    assert money[0]["values"][0]["display"] == shown  # shown as its source wrote it


# --- M20: one sum of no owner in two currencies is one row, not compared ----------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the tester's repro/v15 a, b
        ("Insurers put the damage at $1.2 billion.", "Damage from the eruption is estimated at €1.1 billion."),
        # variants: other currencies and wordings
        ("The storm caused £300 million in damage.", "Damage from the storm was put at $380 million."),
        ("Losses from the flood are estimated at ¥90 billion.", "The flood caused $600 million in damage."),
    ],
)
def test_damage_in_two_currencies_is_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    facts = _facts(tmp_path, capsys, [first, second])
    row = _row(facts, "damage")
    assert row["status"] == "not compared", row
    assert len(row["values"]) == 2


# --- M12: flights grounded are flights cancelled -----------------------------------------------


@pytest.mark.parametrize(
    ("cancelled", "grounded", "label"),
    [
        # the tester's repro/v7 a, b
        (
            "About 60% of flights to the island were cancelled.",
            "Officials said 60 per cent of flights had been grounded.",
            "share of flights cancelled",
        ),
        # variants: counts, another wording of the verb
        (
            "The airline cancelled 300 flights on Monday.",
            "About 300 flights were grounded on Monday.",
            "flights cancelled",
        ),
        (
            "Some 45% of departures were cancelled.",
            "45 percent of departures have been grounded.",
            "share of departures cancelled",
        ),
    ],
)
def test_flights_grounded_are_cancelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cancelled: str, grounded: str, label: str
) -> None:
    facts = _facts(tmp_path, capsys, [cancelled, grounded])
    row = _row(facts, label)
    assert row["status"] == "agree" and len(row["values"]) == 2, row


def test_planes_grounded_stay_grounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, ["Regulators grounded 12 planes.", "The airline cancelled 40 flights."])
    labels = [f["label"] for f in facts]
    assert "flights cancelled" in labels and not [x for x in labels if x.startswith("planes cancelled")], labels


# --- M31: "41 were treated for burns" are injured; "7 people have not been found" are missing --


@pytest.mark.parametrize(
    ("treated", "value"),
    [
        # the tester's repro/v39 c
        ("Fourteen people were killed and 41 were treated for burns.", 41),
        # variants: another harm, a count opening the clause after a reporting verb
        ("Officials said 41 were treated for wounds.", 41),
        ("Two people died and 38 were treated for fractures.", 38),
    ],
)
def test_treated_for_a_harm_without_a_noun_are_injured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], treated: str, value: int
) -> None:
    facts = _facts(tmp_path, capsys, ["The eruption injured 37 people.", treated])
    row = _row(facts, "people injured")
    assert row["status"] == "disagree" and _numbers(facts, "people injured") == sorted([37, value]), row


@pytest.mark.parametrize(
    "unfound",
    [
        # the tester's repro/v39 d
        "The eruption killed 14 people. Dozens were injured, and 7 people have not been found.",
        # variants: other verbs and nouns
        "Seven people have still not been located.",
        "Seven people were not accounted for on Friday.",
    ],
)
def test_people_not_found_are_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str], unfound: str) -> None:
    facts = _facts(tmp_path, capsys, ["Seven people are still missing.", unfound])
    row = _row(facts, "people missing")
    assert row["status"] == "agree" and len(row["values"]) == 2, row


def test_not_found_guilty_is_no_missing_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, ["Seven people are still missing.", "The 12 officers were not found guilty."])
    assert _numbers(facts, "people missing") == [7]


# --- M19: "One in three homes" is a share, never a count of three homes ------------------------


@pytest.mark.parametrize(
    ("ratio", "label"),
    [
        # the tester's repro/v17 c
        ("One in three homes in Varnhelm was damaged.", "homes damaged"),
        # variants: digits, "out of", a hedge before
        ("Four in 10 schools were closed on Monday.", "schools closed"),
        ("Officials said nearly two out of five flights were cancelled.", "flights cancelled"),
    ],
)
def test_a_ratio_is_no_count(tmp_path: Path, capsys: pytest.CaptureFixture[str], ratio: str, label: str) -> None:
    facts = _facts(tmp_path, capsys, [ratio, "The storm killed 12 in three villages."])
    assert not [f for f in facts if f["label"] == label], [(f["label"], f["values"]) for f in facts]
    assert _numbers(facts, "death toll") == [12]  # a count and where its things were is no ratio


# --- M29: shares of homes without power and with power restored are two rows ------------------


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # the tester's repro/v36
        (
            [
                "40% of homes in Varnhelm are without power.",
                "60% of homes in Varnhelm have had power restored.",
                "About 40 per cent of homes in Varnhelm have no electricity.",
                "Power has been restored to 45% of homes in Varnhelm.",
            ],
            {"share of homes without power": "agree", "share of homes with power restored": "disagree"},
        ),
        # variants: households, other verbs, another town
        (
            [
                "Some 30% of households in Ostby have lost power.",
                "70 per cent of households in Ostby have had electricity restored.",
                "Electricity was restored to 70% of households in Ostby.",
            ],
            {"share of households without power": "single source", "share of households with power restored": "agree"},
        ),
        (
            [
                "Nearly 25% of homes in Lund were still without electricity on Friday.",
                "Power has been reconnected to 75% of homes in Lund.",
                "25% of homes in Lund had no power on Friday.",
            ],
            {"share of homes without power": "agree", "share of homes with power restored": "single source"},
        ),
    ],
)
def test_without_power_and_restored_are_two_shares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], rows: dict[str, str]
) -> None:
    facts = _facts(tmp_path, capsys, texts)
    got = {f["label"]: f["status"] for f in facts if f["values"][0]["kind"] == "percent"}
    assert got == rows, [(f["label"], f["status"], f["values"]) for f in facts]
