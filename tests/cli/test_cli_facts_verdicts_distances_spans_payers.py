"""``facts --json`` on the false disagreements review s36-rv found in rounds s36-c/s36-d (D1-D4, D6,
D7, D9, D10), each on the reviewer's input and a variant of my own, corpora written in tmp_path:

* D1: a verdict is a year of inspection only as the year's own verb about a structure or with an
  inspecting agent ("Residents condemned the council's decision … in 2019" is none).
* D2: a year before a built thing is its year built only when the thing ends the noun phrase ("the
  2013 plant explosion" is an explosion's year).
* D3/D10: "X is N miles from Y" is the distance between X and Y, never X's distance from the story's
  place; a day or a month is no place; a place's name may open with any capital ("Örebro").
* D4: a round span's year ("a century ago") is about so many years, its margin the span's.
* D6: flights turned back are no flights diverted.
* D7: no disagreement renders one value.
* D9: "the rail company" after a firm named earlier in the article is no payer of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], *bodies: str) -> dict[str, dict]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for k, (body, outlet) in enumerate(zip(bodies, ("Nordline", "Post", "Herald"))):
        text = f"Bridge news\n\nLINDMARK, July {14 + k}, 2026 ({outlet}) - {body}\n"
        (corpus / f"{chr(ord('a') + k)}.txt").write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {f["label"]: f for f in json.loads(out)["facts"]}


def _docs(row: dict) -> list[tuple[str, object]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # reported (D1)
        (
            "The bridge was last inspected in 2021. Residents condemned the council's decision to delay repairs in 2019.",
            2019,
        ),
        ("The bridge was last inspected in 2021. The former mayor was condemned to death in 1998.", 1998),
        ("The bridge was last inspected in 2021. The patient was declared stable in 2019.", 2019),
        ("The bridge was last inspected in 2021. The club was rated financially sound in 2019 by auditors.", 2019),
        ("The bridge was declared safe after repairs were completed in 2022.", 2022),
        # variant of my own: a verdict on people, another verb
        ("The bridge was last inspected in 2021. The striker was pronounced fit and stable in 2020.", 2020),
    ],
)
def test_a_verdict_on_no_structure_is_no_inspection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, year: int
) -> None:
    rows = _facts(tmp_path, capsys, text, "The bridge was last inspected in 2021, the council said.")
    inspected = rows["year of inspection"]
    assert ("a", year) not in _docs(inspected), inspected
    assert inspected["status"] != "disagree", inspected


def test_a_verdict_before_another_verb_is_not_its_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _facts(
        tmp_path,
        capsys,
        "Engineers who declared the bridge unsafe in 2019 say it was built in 1974.",
        "The bridge opened in 1975.",
    )
    assert ("a", 1974) not in _docs(rows.get("year of inspection", {"values": []})), rows


@pytest.mark.parametrize(
    ("a", "b", "year"),
    [
        # reported (D2)
        (
            "The plant opened in 1988. The 2013 plant explosion killed 15 people.",
            "The plant, which was built in 1988, employs 300 people.",
            2013,
        ),
        (
            "The bridge was built in 1974. The 2018 bridge inspection found serious cracks in its piers.",
            "The bridge, built in 1974, carries 9,000 cars.",
            2018,
        ),
        # variants of my own: a name between, another event
        ("The 1989 Hillsborough stadium disaster killed 97 people.", "The stadium was built in 1899.", 1989),
        ("The 2016 tunnel fire closed the line for a month.", "The tunnel was built in 1969.", 2016),
    ],
)
def test_a_year_before_an_event_of_a_built_thing_is_no_year_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, year: int
) -> None:
    rows = _facts(tmp_path, capsys, a, b)
    built = rows.get("year built", {"values": [], "status": ""})
    assert ("a", year) not in _docs(built), built
    assert built["status"] != "disagree", built


def test_a_built_thing_ending_its_phrase_keeps_its_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _facts(
        tmp_path, capsys, "The 1974 bridge carried 40,000 cars a day.", "Its 1925 road bridge, now closed, was rebuilt."
    )
    assert _docs(rows["year built"]) == [("a", 1974), ("b", 1925)], rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (D3)
        ("Kellby lies 12 miles from Lindmark.", "Kellby is 40 miles from Velmont."),
        (
            "The injured were flown to Harrow Vale Hospital, 25 miles away.",
            "Harrow Vale Hospital is 8 miles from the city centre.",
        ),
        # variants of my own: other places, kilometres
        ("Ostra Camp lies 5 km from the dam.", "Ostra Camp is 30 km from Kellby."),
    ],
)
def test_distances_from_two_places_are_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str
) -> None:
    rows = _facts(tmp_path, capsys, a, b)
    distances = {k: v for k, v in rows.items() if k.startswith("distance")}
    assert len(distances) == 2 and all(r["status"] == "single source" for r in distances.values()), distances


@pytest.mark.parametrize(
    "text",
    [
        # reported (D3)
        "The fire broke out on Monday, 25 miles away from the capital.",
        # variant of my own: a month
        "The fire broke out in July, 25 miles away from the capital.",
    ],
)
def test_a_day_or_month_is_no_place(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    rows = _facts(tmp_path, capsys, text, "The fire was about 40 km from the capital.")
    assert not any(k in rows for k in ("distance to Monday", "distance to July")), list(rows)
    assert [v["doc"] for v in rows["distance to the capital"]["values"]] == ["a", "b"], rows


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        # reported (D10)
        (
            "Patients were flown to Örebro University Hospital, 25 miles away.",
            "Patients were taken to Örebro University Hospital, 30 miles away.",
            "distance to Örebro University Hospital",
        ),
        # variant of my own: another script's capital
        (
            "Evacuees were sent to Łódź Sports Hall, 12 km away.",
            "Evacuees were taken to Łódź Sports Hall, 15 km away.",
            "distance to Łódź Sports Hall",
        ),
    ],
)
def test_a_place_name_opens_with_any_capital(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, label: str
) -> None:
    rows = _facts(tmp_path, capsys, a, b)
    assert [v["doc"] for v in rows[label]["values"]] == ["a", "b"], list(rows)


@pytest.mark.parametrize(
    ("aged", "exact", "label"),
    [
        # reported (D4)
        ("The bridge opened a century ago.", "The bridge opened in 1921.", "year of opening"),
        ("The lighthouse was built two centuries ago.", "The lighthouse was built in 1819.", "year built"),
        ("The bridge opened half a century ago.", "The bridge opened in 1972.", "year of opening"),
        # variant of my own: decades
        ("The tunnel opened three decades ago.", "The tunnel opened in 1993.", "year of opening"),
    ],
)
def test_a_round_span_is_about_so_many_years(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], aged: str, exact: str, label: str
) -> None:
    rows = _facts(tmp_path, capsys, aged, exact)
    assert rows[label]["status"] == "agree", rows[label]


def test_a_round_span_still_disagrees_far_off(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _facts(tmp_path, capsys, "The bridge opened two decades ago.", "The bridge opened in 1990.")
    assert rows["year of opening"]["status"] == "disagree", rows["year of opening"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (D6)
        (
            "Twelve flights were diverted to Manchester because of the fog.",
            "Twenty flights were turned back to their airports of origin because of the fog.",
        ),
        # variant of my own: boats
        ("Eight boats were diverted to Kellby harbour.", "Fourteen boats were turned back by the coastguard."),
    ],
)
def test_turned_back_is_no_diversion(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> None:
    rows = _facts(tmp_path, capsys, a, b)
    diverted = next(r for k, r in rows.items() if k.endswith("diverted"))
    assert [v["doc"] for v in diverted["values"]] == ["a"], rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (D7)
        ("The tunnel is 100 metres long.", "The tunnel is 300 feet long."),
        # variants of my own
        ("The dam is 50 metres high.", "The dam is 150 feet high."),
        ("The camp is 1 mile from the dam.", "The camp is 2 km from the dam."),
        ("The wall is 200 metres long.", "The wall is 700 feet long."),
    ],
)
def test_no_disagreement_renders_one_value(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> None:
    corpus_rows = _facts(tmp_path, capsys, a, b)
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "i"), "facts"]) == 0
    out = capsys.readouterr().out
    for line in out.splitlines():
        if "DISAGREE" in line:
            assert " → " in line or " · " in line, line
    assert corpus_rows, out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reported (D9)
        (
            "Nordrail apologised on Monday. The rail company pledged €2 million to the town.",
            "Nordrail pledged €3 million to the town.",
        ),
        # variant of my own: the firm named as an object
        (
            "The crash happened on a line run by Nordrail. The rail company pledged €2 million to the town.",
            "Nordrail pledged €3 million to the town.",
        ),
    ],
)
def test_the_rail_company_after_a_firm_is_no_payer_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str
) -> None:
    rows = _facts(tmp_path, capsys, a, b)
    assert not any("(the rail company)" in k for k in rows), list(rows)
    assert any(k.startswith("money pledged") and len(r["values"]) == 2 for k, r in rows.items()), list(rows)


def test_the_rail_company_with_no_firm_before_is_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _facts(
        tmp_path,
        capsys,
        "The rail company pledged €2 million to the town.",
        "The government pledged €3 million to the town.",
    )
    assert "money pledged (the rail company)" in rows, list(rows)


def test_a_distance_from_the_story_place_is_the_distance_away(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the dateline's place is where "away" is measured from: one row, as round s36-c made it
    rows = _facts(
        tmp_path,
        capsys,
        "Patients were taken to Ostra Clinic, 25 miles away.",
        "Ostra Clinic is 30 miles from Lindmark.",
    )
    assert [v["doc"] for v in rows["distance to Ostra Clinic"]["values"]] == ["a", "b"], list(rows)
