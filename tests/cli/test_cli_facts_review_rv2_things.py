"""``facts --json``: a value of one thing, payer, place or vehicle never joins another's row in a
false disagreement (review s36-rv2 findings 3, 4, 5, 6, 7 and its two "not new" notes; round
s36-y2). Each case: the reviewer's input as written, then a variant of my own.

* 3: an event's year is its thing's: "The mayor opened the new visitor centre in 2019" is no year
  of the bridge's opening (extract.year_thing, FactValue.owner).
* 4: "work was completed in 2022" is no year built (extract._WORK_NOUNS).
* 5: a fire's or a furnace's "maximum" is no air temperature (temperatures._weather_extreme).
* 6: "Each family received £500 from a crowdfunding appeal" is the appeal's, never the firm's
  pledge; "also" without a payer is a second sum (extract._payer_from).
* 7: a place's distance "away" is from its article's dateline place (quantities.away_origin).
* Notes: money spent is its spender's (extract: donor), a speed its vehicle's (quantities.moving_thing).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

_OUTLETS = ("Nordline", "Post", "Herald", "Echo")


def _wire(k: int, body: str, place: str = "LINDMARK") -> str:
    return f"Bridge news\n\n{place}, July {14 + k}, 2026 ({_OUTLETS[k]}) - {body}\n"


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], *bodies: str | tuple[str, str]) -> list[dict[str, Any]]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for k, body in enumerate(bodies):
        text = _wire(k, *body) if isinstance(body, tuple) else _wire(k, body)
        (corpus / f"{chr(ord('a') + k)}.txt").write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts


def _rows(facts: list[dict[str, Any]], prefix: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """The rows whose label starts with ``prefix``: label → (status, {doc: value})."""
    return {
        f["label"]: (f["status"], {v["doc"]: v["value"] for v in f["values"]})
        for f in facts
        if f["label"].startswith(prefix)
    }


def _no_false_disagree(rows: dict[str, tuple[str, dict[str, Any]]]) -> None:
    assert rows, rows
    assert all(status != "disagree" for status, _ in rows.values()), rows


# --- finding 3: an event's year is its thing's ---------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (vb2)
        ("The bridge opened in 1974.", "The mayor opened the new visitor centre in 2019."),
        # reported (vb1): the firm's library beside the bridge both built
        (
            "The bridge was built in 1974.",
            "The bridge was built in 1974 by Nordbau. The firm also built the new library in 2015.",
        ),
        # variants of my own: a passive of another building, another verb and things
        ("The bridge was built in 1974.", "The new library was built in 2015."),
        ("Inspectors checked the viaduct in 2021.", "The council last inspected its schools two years ago."),
    ],
)
def test_an_event_year_of_another_thing_is_its_own_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str
) -> None:
    _no_false_disagree(_rows(_facts(tmp_path, capsys, a, b), "year"))


def test_one_things_event_years_still_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(
            tmp_path,
            capsys,
            "The Corvenna Bridge opened in 1974.",
            "Nordrail opened the bridge in 1976.",
            "The minister opened a new station in 2020.",
        ),
        "year of opening",
    )
    assert [r for r in rows.values() if r[0] == "disagree"] == [("disagree", {"a": 1974, "b": 1976})], rows
    assert ("single source", {"c": 2020}) in rows.values(), rows


# --- finding 4: repair work's completion is no year built ----------------------------------


@pytest.mark.parametrize(
    "b",
    [
        "Repairs began in 2019, and work was completed in 2022.",  # reported (cb1)
        "The project was completed in 2021, the council said.",  # variant: a project
        "Resurfacing works were completed in 2020.",  # variant: works
    ],
)
def test_work_completed_is_no_year_built(tmp_path: Path, capsys: pytest.CaptureFixture[str], b: str) -> None:
    rows = _rows(_facts(tmp_path, capsys, "The bridge was built in 1974.", b), "year built")
    assert rows == {"year built": ("single source", {"a": 1974})}, rows


def test_work_on_a_built_thing_is_still_its_year_built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(tmp_path, capsys, "The Harrow tunnel was built in 1988.", "Work on the tunnel was completed in 1989."),
        "year built",
    )
    assert [s for s, _ in rows.values()] == ["disagree"], rows


# --- finding 5: a thing's extreme is no air temperature ------------------------------------


@pytest.mark.parametrize(
    "b",
    [
        # reported (tmp1, tmp3)
        "Inside the warehouse, the fire reached a maximum of 1,100C, firefighters said.",
        "The fire burned at a high temperature of 1,100C, firefighters said.",
        # variants of my own: a furnace, an engine's low
        "The furnace hit a maximum of 1,500C before it failed.",
        "The engine ran at a low of 90C, the report found.",
    ],
)
def test_a_things_extreme_is_no_air_temperature(tmp_path: Path, capsys: pytest.CaptureFixture[str], b: str) -> None:
    rows = _rows(_facts(tmp_path, capsys, "Temperatures reached 38C on Monday.", b), "temperature")
    assert rows.get("temperature") == ("single source", {"a": 38}), rows
    _no_false_disagree(rows)


def test_the_weathers_extreme_is_still_the_air_temperature(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(
            tmp_path,
            capsys,
            "Temperatures reached 38C on Monday.",
            "The daytime high in Velmont was 31C.",
            "Forecasters had warned of heat. Kerrow recorded a record high of 36C.",
        ),
        "temperature",
    )
    assert rows == {"temperature": ("disagree", {"a": 38, "b": 31, "c": 36})}, rows


# --- finding 6: money received is its payer's ---------------------------------------------


@pytest.mark.parametrize(
    "b",
    [
        # reported (rc3, rc4)
        "Each family received £500 from a crowdfunding appeal set up by neighbours.",
        "Each family will also get £500 from the council's hardship fund.",
        # variants of my own: another recipient and payer; "also" with no payer
        "Every household will receive £300 from the Harnwick Relief Trust.",
        "Each family will also receive £500.",
    ],
)
def test_money_received_from_another_payer_is_no_value_of_the_firms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], b: str
) -> None:
    facts = _facts(tmp_path, capsys, "Westmarch Rail will pay £25,000 to each family.", b)
    rows = {**_rows(facts, "money"), **_rows(facts, "amount")}
    _no_false_disagree(rows)
    assert ("single source", {"a": 25000}) in rows.values(), rows


def test_money_received_without_a_payer_still_restates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(
            tmp_path, capsys, "Westmarch Rail will pay £25,000 to each family.", "Each family will receive £25,000."
        ),
        "money pledged",
    )
    assert rows == {"money pledged per family": ("agree", {"a": 25000, "b": 25000})}, rows


# --- finding 7: a distance "away" is from the dateline's place ------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (d5)
        (
            "The injured were taken to Kellby General Hospital, 12 miles away.",
            ("One of the injured was later moved to Kellby General Hospital, 40 miles away.", "VELMONT"),
        ),
        # variant of my own: kilometres, another place and "is … away"
        (
            "Evacuees were sent to Ostra Sports Hall, 8 km away.",
            ("Ostra Sports Hall is 30 km away, officials said.", "HARNWICK"),
        ),
    ],
)
def test_distances_away_from_two_datelines_are_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: tuple[str, str]
) -> None:
    rows = _rows(_facts(tmp_path, capsys, a, b), "distance")
    assert len(rows) == 2, rows
    _no_false_disagree(rows)


def test_distances_away_from_one_dateline_still_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(
            tmp_path,
            capsys,
            "The injured were taken to Kellby General Hospital, 12 miles away.",
            "The injured were taken to Kellby General Hospital, 15 miles away.",
        ),
        "distance",
    )
    assert [s for s, _ in rows.values()] == ["disagree"], rows


# --- notes: money spent by its spender, a speed by its vehicle ------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported
        ("The council has spent €2 million on the bridge.", "Nordrail spent €3 million on repairs."),
        # variant of my own
        ("Westmarch Rail has spent £4 million on the line.", "The Ministry of Transport spent £9 million on signals."),
    ],
)
def test_money_spent_by_two_spenders_is_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str
) -> None:
    rows = _rows(_facts(tmp_path, capsys, a, b), "money spent")
    assert len(rows) == 2, rows
    _no_false_disagree(rows)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported
        ("The lorry was travelling at 50 mph when it hit the barrier.", "The train was travelling at 70 mph."),
        # variant of my own: kilometres an hour, "doing", a reported clause
        ("Police said the van was doing 90 km/h.", "The express was travelling at 130 km/h, investigators said."),
    ],
)
def test_two_vehicles_speeds_are_two_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> None:
    rows = _rows(_facts(tmp_path, capsys, a, b), "speed")
    assert len(rows) == 2, rows
    _no_false_disagree(rows)


def test_one_vehicles_speeds_still_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        _facts(tmp_path, capsys, "The bus was travelling at 45 mph.", "Investigators said the bus was doing 60 mph."),
        "speed",
    )
    assert [s for s, _ in rows.values()] == ["disagree"], rows
