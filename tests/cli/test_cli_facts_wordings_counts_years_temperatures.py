"""``facts --json`` on the tester's corpora (issue #16, t13aa K12, K14, K16, round s35-fc; repro
v12, v14, v16 written here as they stand) and a variant of each: four wordings of one day's heat
one row ``temperature``; "shut" and "closed" schools, people "pulled from the water" and "rescued"
one row each; "Its replacement is due in 2031" in the row of "is to be replaced by 2030", "opened
to traffic" the year of opening (in another year than the bridge's completion: two facts, review
s48-rv finding 1, round s48-fx1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {
        f["label"]: (f["status"], sorted((v["doc"], v["value"]) for v in f["values"])) for f in json.loads(out)["facts"]
    }


def _story(title: str, outlet: str, body: str, date: str = "July 14") -> str:
    return f"{title}\n\nLINDMARK, {date} ({outlet}) - {body}\n"


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        (
            {
                "a": _story(
                    "Heat on the Aske",
                    "Nordline",
                    "The city sweltered on Tuesday. Temperatures hit a high of 39 degrees, the weather service said.",
                ),
                "b": _story(
                    "Heat on the Aske",
                    "Post",
                    "The city sweltered on Tuesday. Lindmark recorded 102 degrees "
                    "Fahrenheit on Tuesday, the weather service said.",
                ),
                "c": _story(
                    "Heat on the Aske",
                    "Echo",
                    "The city sweltered on Tuesday. It was 41° in the shade on Tuesday, the weather service said.",
                ),
                "d": _story(
                    "Heat on the Aske",
                    "Herald",
                    "The city sweltered on Tuesday. On Tuesday the thermometer read 40.5C, the weather service said.",
                ),
            },
            [("a", 39), ("b", 38.9), ("c", 41), ("d", 40.5)],
        ),
        (
            {
                "a": _story("Heatwave", "Nordline", "Valdera baked on Monday as temperatures climbed to 43 degrees."),
                "b": _story("Heatwave", "Post", "Valdera registered 111 degrees Fahrenheit on Monday."),
            },
            [("a", 43), ("b", 43.9)],
        ),
    ],
)
def test_temperatures_in_other_wordings_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str], values: list[tuple[str, float]]
) -> None:
    rows = _rows(tmp_path, capsys, texts)
    assert rows["temperature"] == ("disagree", values), rows
    assert not [label for label in rows if label.startswith(("quantity", "temperature ("))], rows


@pytest.mark.parametrize(
    ("b", "c", "rows_wanted"),
    [
        (
            "Police had to evacuate 300 homes near the river. Rescuers pulled 45 people from the water. The "
            "closure forced the council to shut 14 schools.",
            "Some 350 homes were evacuated near the river. 40 people were rescued from the water. 12 schools were "
            "closed.",
            {"people rescued": [("b", 45), ("c", 40)], "schools closed": [("b", 14), ("c", 12)]},
        ),
        (
            "Lifeboat crews plucked 23 sailors from the sea. The storm shut 9 ferry terminals.",
            "The coastguard said 25 sailors were rescued. 11 ferry terminals were closed.",
            {"people rescued": [("b", 23), ("c", 25)], "ferry terminals closed": [("b", 9), ("c", 11)]},
        ),
    ],
)
def test_counts_by_other_verbs_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], b: str, c: str, rows_wanted: dict[str, list]
) -> None:
    rows = _rows(tmp_path, capsys, {"b": _story("Aftermath", "Post", b), "c": _story("Aftermath", "Echo", c)})
    for label, values in rows_wanted.items():
        assert rows.get(label) == ("disagree", values), rows
    assert not [label for label in rows if label in ("people", "schools shut", "ferry terminals shut")], rows


def test_event_years_by_noun_and_verb_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    date = "July 14, 2026"
    texts = {
        "a": _story(
            "Bridge history",
            "Nordline",
            "The Corvenna Bridge was completed in 1974. It is to be replaced by 2030.",
            date,
        ),
        "b": _story(
            "Bridge history",
            "Post",
            "The Corvenna Bridge opened to traffic in 1976. Its replacement is due in 2031.",
            date,
        ),
        "c": _story(
            "Bridge history",
            "Echo",
            "Built half a century ago, the Corvenna Bridge was due to be replaced in four years.",
            date,
        ),
        "d": _story(
            "Bridge history",
            "Herald",
            "The Corvenna Bridge had passed its last inspection in 2019.",
            date,
        ),
        "e": _story("Bridge history", "Wire", "The Corvenna Bridge's joints were last checked in 2021.", date),
    }
    rows = _rows(tmp_path, capsys, texts)
    assert rows["year of replacement"] == ("disagree", [("a", 2030), ("b", 2031), ("c", 2030)]), rows
    assert rows["year of opening"][1] == [("b", 1976)], rows
    # a bridge's completion is the year it was built (round s36-g), one row with "Built half a century ago"
    assert ("a", 1974) in rows["year built"][1] and "year of completion" not in rows, rows
    assert rows["year of inspection"] == ("disagree", [("d", 2019), ("e", 2021)]), rows
    assert not [label for label in rows if "traffic" in label or label == "year"], rows


def test_tally_carried_and_particle_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # t13aa K17 (repro v18 c, d) and K18 (repro v19 a, d)
    date = "July 15, 2026"
    texts = {
        "c": _story("Bridge toll", "Echo", "The dead include four children. In all, ten people were killed.", date),
        "d": _story(
            "Bridge toll",
            "Herald",
            "Nine people died in the collapse, and one more person died overnight, bringing the toll to ten.",
            date,
        ),
        "e": _story("Bridge money", "Nordline", "Ostmark Steelworks refused to pay €20 million to the families.", date),
        "f": _story("Bridge money", "Post", "Ostmark Steelworks declined to hand over €20 million.", date),
    }
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"]) == 0
    facts = {f["label"]: f for f in json.loads(capsys.readouterr().out)["facts"]}
    assert sorted((v["doc"], v["value"]) for v in facts["death toll"]["values"]) == [("c", 10), ("d", 10)], facts
    money = [v for f in facts.values() for v in f["values"] if v["doc"] == "f"]
    assert [(v["text"], v["qualifier"]) for v in money] == [("€20 million", "")], money
