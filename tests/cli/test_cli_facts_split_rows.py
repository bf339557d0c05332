"""``facts --json`` on the acceptance tester's landslide corpora where one fact was split over rows
(issue #16, round s37-z2; t13ae P4, P7, P8, P10, P11; repro folders v4, v6c, v9, v13, v14 as written,
and variants of my own).

P7: an owner written in lower case in one article ("change in geotekna shares") and capitalised in
another were two rows. P10: a temperature written in °F only was a row ``temperature (°C)`` apart
from the °C values. P11: one slide's speed was split by its subject's noun (mud, slide, landslide).
P4: a group noun ("Rescuers") was a payer, and "€1,750 a family" was not per family. P8: "pulled two
people alive from the rubble" was ``people``, not ``people rescued``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts


def _head(outlet: str) -> str:
    return f"Brenzola\n\nBRENZOLA, Nov 9, 2026 ({outlet}) - "


def _rows(facts: list[dict[str, Any]], prefix: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f["label"], f["status"], sorted(v["display"] for v in f["values"]))
        for f in facts
        if f["label"].lower().startswith(prefix)
    ]


@pytest.mark.parametrize(
    ("txt", "md", "label", "shown", "status"),
    [
        # reported (t13ae repro v6c); "8%" is "8.4%" rounded, so the one row agrees (one rounding
        # rule for every percentage, percent.rounding_margin: review s42-rv finding 9)
        (
            "Shares in Geotekna fell 8% in Milan trading.",
            'Geotekna shares lost 8.4% on Monday. The company said it was "cooperating fully".',
            "change in Geotekna shares",
            ["8%", "8.4%"],
            "agree",
        ),
        # variants of my own: other firms, other verbs
        (
            # (4.6%: 4.5% is within a whole percent's rounding of 4%, review s43-rv finding 11)
            "Shares in Nordair dropped 4% in Oslo trading.",
            "Nordair shares lost 4.6% on Tuesday. The airline said it was reviewing its fleet.",
            "change in Nordair shares",
            ["4%", "4.6%"],
            "disagree",
        ),
        (
            "Shares in Velmora fell 12% after the report.",
            "Velmora shares lost 9% on Friday. The miner declined to comment.",
            "change in Velmora shares",
            ["12%", "9%"],
            "disagree",
        ),
    ],
)
def test_owner_case_never_splits_a_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], txt: str, md: str, label: str, shown: list[str], status: str
) -> None:
    md_file = "---\ntitle: Why it fell\noutlet: Geo Review\ndate: 2026-11-10\n---\n\n" + md + "\n"
    facts = _facts(tmp_path, capsys, {"wire.txt": _head("Alpwire") + txt + "\n", "short.md": md_file})
    assert _rows(facts, "change in") == [(label, status, shown)]


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        # reported (t13ae repro v13)
        (
            "Temperatures fell to minus 2C overnight.",
            "Overnight the temperature dropped to 19F.",
            "Overnight temperatures dropped to minus 7 degrees Celsius.",
        ),
        # variants of my own: "degrees Fahrenheit" written out, another verb
        (
            "Temperatures fell to -10C overnight.",
            "The temperature fell to 14 degrees Fahrenheit overnight.",
            "Overnight temperatures dropped to minus 10 degrees Celsius.",
        ),
        (
            "Temperatures dropped to minus 4C in the valley.",
            "The temperature fell to 25F during the night.",
            "Temperatures in the valley sank to minus 3 degrees Celsius.",
        ),
    ],
)
def test_fahrenheit_only_temperature_joins_the_celsius_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str
) -> None:
    files = {
        "a.txt": _head("Alpwire") + a + "\n",
        "b.txt": _head("Courier") + b + "\n",
        "c.txt": _head("Radio Valle") + c + "\n",
    }
    rows = _rows(_facts(tmp_path, capsys, files), "temperature")
    assert [(label, len(shown)) for label, _status, shown in rows] == [("temperature", 3)]


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        # reported (t13ae repro v14)
        (
            "Mud moved at 30 km/h down the slope.",
            "The slide moved at 50 km/h.",
            "The landslide reached speeds of 45 mph.",
        ),
        # variants of my own: rock and debris, a lava flow
        (
            "Rock moved at 40 km/h down the valley.",
            "The landslide moved at 60 km/h.",
            "Debris reached speeds of 30 mph.",
        ),
        (
            "Lava moved at 10 km/h towards the village.",
            "The flow moved at 6 km/h.",
            "The lava reached speeds of 3 mph.",
        ),
        # no article writes "landslide" (t13ae repro v12): the slide and its mud are one thing
        ("Mud moved at 30 km/h.", "The slide moved at 50 km/h.", "The mudslide reached speeds of 20 mph."),
    ],
)
def test_moving_things_of_one_event_are_one_speed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str
) -> None:
    files = {
        "a.txt": _head("Alpwire") + a + "\n",
        "b.txt": _head("Courier") + b + "\n",
        "c.txt": _head("Herald") + c + "\n",
    }
    rows = _rows(_facts(tmp_path, capsys, files), "speed")
    assert [(status, len(shown)) for _label, status, shown in rows] == [("disagree", 3)]


def test_a_vehicle_speed_stays_apart_from_the_slide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No false disagreement: a train's speed is not the slide's."""
    files = {
        "a.txt": _head("Alpwire") + "Mud moved at 30 km/h down the slope.\n",
        "b.txt": _head("Courier") + "The train was travelling at 90 km/h when it hit the mud.\n",
    }
    rows = _rows(_facts(tmp_path, capsys, files), "speed")
    assert all(status != "disagree" for _label, status, _shown in rows)


@pytest.mark.parametrize(
    ("courier", "wire", "tabloid", "label"),
    [
        # reported (t13ae repro v4)
        (
            'Eleven people died in Brenzola. Rescuers have worked for 30 hours.\n\nGeotekna chief executive Paolo Ruggeri said the company "regrets the tragedy" and would pay €2,000 per family.',
            "Geotekna has offered €2,000 to each family that lost a home.",
            "Geotekna have offered just €1,750 a family.",
            "money offered per family (Geotekna)",
        ),
        # variants of my own: residents and officials before the payer, other firms and recipients
        (
            'Residents have waited for news for two days.\n\nNordair chief executive Anna Berg said the airline "is deeply sorry" and would pay €500 per passenger.',
            "Nordair has offered €500 to each passenger on the flight.",
            "Nordair have offered just €400 a passenger.",
            "money offered per passenger (Nordair)",
        ),
        (
            'Officials have searched the site since Monday.\n\nVelmora chief executive Jon Hale said the miner "accepts its duty" and would pay €3,000 per family.',
            "Velmora has offered €3,000 to each family that was evacuated.",
            "Velmora have offered only €2,500 a family.",
            "money offered per family (Velmora)",
        ),
    ],
)
def test_payer_is_a_body_that_can_pay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], courier: str, wire: str, tabloid: str, label: str
) -> None:
    files = {
        "courier.txt": _head("Castelmarro Courier") + courier + "\n",
        "wire.txt": _head("Alpwire") + wire + "\n",
        "tabloid.txt": _head("Daily Blare") + tabloid + "\n",
    }
    rows = _rows(_facts(tmp_path, capsys, files), "money")
    # the firm's "would pay" is its pledge, "has offered" its offer: rows apart by design (an offer
    # is no pledge, test_fact_diverted_offered_claimed_payer), both the firm's, never the group's
    pledged = label.replace("offered", "pledged")
    assert sorted((lab, status, len(shown)) for lab, status, shown in rows) == [
        (label, "disagree", 2),
        (pledged, "single source", 1),
    ]


@pytest.mark.parametrize(
    "wire",
    [
        # reported (t13ae repro v9)
        "Rescuers pulled two people alive from the rubble.",
        # variants of my own
        "Firefighters dug two people out alive from the collapsed house.",
        "Two people were brought out alive from the debris.",
    ],
)
def test_people_got_out_alive_are_rescued(tmp_path: Path, capsys: pytest.CaptureFixture[str], wire: str) -> None:
    files = {
        "wire.txt": _head("Alpwire") + wire + "\n",
        "herald.txt": _head("Valley Herald") + "Four people were rescued from the rubble.\n",
    }
    rows = _rows(_facts(tmp_path, capsys, files), "people")
    assert [(label, status, len(shown)) for label, status, shown in rows] == [("people rescued", "disagree", 2)]


@pytest.mark.parametrize("group", ["Rescuers", "Residents", "Officials"])
def test_a_group_before_the_company_is_no_payer(tmp_path: Path, capsys: pytest.CaptureFixture[str], group: str) -> None:
    """ "The company" of a sentence after a group's ("Rescuers have worked …") is no group's pledge."""
    files = {
        "a.txt": _head("Courier")
        + f'{group} have worked for 30 hours.\n\nA spokesman said the company "regrets the tragedy" and would pay €2,000 per family.\n'
    }
    labels = [lab for lab, _status, _shown in _rows(_facts(tmp_path, capsys, files), "money")]
    assert labels and not any(group in lab for lab in labels)
