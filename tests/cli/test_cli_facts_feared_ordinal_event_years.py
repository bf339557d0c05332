"""``facts --json`` on four kinds of round s36-c (issue #16), each on the reported corpus and variants
of my own, corpora written in tmp_path:

* A feared, expected or possible value is no reported value ("Officials fear further landslides
  could take the death toll to 20"): not listed in its row at all (s35-p4 left it listed).
* An ordinal victim raises the article's toll to that ordinal ("Nine people died …; a tenth died
  in hospital": 10; t13aa K17).
* Event years in other wordings (t13aa K16): "Built half a century ago" is about the article's year
  − 50; "The 1974 bridge carried …" is the year the bridge was built; "declared unsafe by engineers
  in 2019" is a year of inspection.
  An event year's label is a word ("year of stopping", never "year of stoping").
* One distance in two units is one value ("some 1.2 miles" beside "about 2 km": t13y G18), and the
  distance of one named place one row ("Harrow Vale Hospital, 25 miles away" and "Harrow Vale
  Hospital is 30 miles from Lindmark" under a LINDMARK dateline: t13z H13; from another place, a
  row of its own, review s36-rv D3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, dict]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {f["label"]: f for f in json.loads(out)["facts"]}


def _wire(doc: str, body: str, day: str = "July 14") -> str:
    return f"Bridge news\n\nLINDMARK, {day}, 2026 ({doc}) - {body}\n"


def _values(row: dict) -> list[tuple[str, float]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


@pytest.mark.parametrize(
    ("feared", "other", "label", "value"),
    [
        # reported (review s35-rv2 finding 12)
        (
            "Nine people died when the bridge collapsed on Monday. Officials fear further landslides could take"
            " the death toll to 20.",
            "Nine people died when the bridge collapsed on Monday, officials said.",
            "death toll",
            9,
        ),
        # variants of my own: a fear of a rise, an expectation of another measure
        (
            "Four workers were killed in the blast. Doctors fear the toll may rise to 30.",
            "Four workers were killed in the blast.",
            "death toll",
            4,
        ),
        (
            "Twelve people were injured. The storm is expected to take the number of injured to 30.",
            "Twelve people were injured.",
            "people injured",
            12,
        ),
    ],
)
def test_a_feared_value_is_not_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], feared: str, other: str, label: str, value: int
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", feared), "b.txt": _wire("Post", other)})
    assert _values(rows[label]) == [("a", value), ("b", value)], rows[label]
    assert rows[label]["status"] == "agree", rows[label]


@pytest.mark.parametrize(
    ("text", "other", "value"),
    [
        # reported (t13aa repro v18 b)
        (
            "Nine people died at the scene; a tenth died in hospital on Wednesday.",
            "In all, ten people were killed.",
            10,
        ),
        # variants of my own: another ordinal, "was killed", a victim noun, another sentence
        (
            "Four climbers died on the mountain. A fifth was killed by a falling rock on Sunday.",
            "Five climbers were killed on the mountain.",
            5,
        ),
        (
            "Ten people were killed in the crash. An eleventh victim died in hospital overnight.",
            "Eleven people were killed in the crash.",
            11,
        ),
    ],
)
def test_an_ordinal_victim_raises_the_toll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, other: str, value: int
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Post", text), "b.txt": _wire("Echo", other)})
    assert _values(rows["death toll"]) == [("a", value), ("b", value)], rows["death toll"]


def test_a_tenth_of_the_residents_is_no_victim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a fraction ("a tenth of …") counts nobody: the toll stays the one reported
    rows = _facts(
        tmp_path,
        capsys,
        {
            "a.txt": _wire("Post", "Nine people died. A tenth of the residents were evacuated."),
            "b.txt": _wire("Echo", "Nine people died in the collapse."),
        },
    )
    assert _values(rows["death toll"]) == [("a", 9), ("b", 9)], rows["death toll"]


def test_dead_among_them_cyclists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # t13aa K17: "killing nine, among them two cyclists" is a part of the dead, as children are
    rows = _facts(
        tmp_path,
        capsys,
        {
            "a.txt": _wire("Nordline", "The collapse killed nine, among them two cyclists."),
            "b.txt": _wire("Post", "The crash killed six, among them three pensioners."),
        },
    )
    assert _values(rows["cyclists among the dead"]) == [("a", 2)], rows
    assert _values(rows["pensioners among the dead"]) == [("b", 3)], rows


def _year_rows(rows: dict[str, dict]) -> dict[str, list[tuple[str, float, str]]]:
    return {
        label: sorted((v["doc"], v["value"], v["qualifier"]) for v in row["values"])
        for label, row in rows.items()
        if row["values"][0]["kind"] == "year"
    }


@pytest.mark.parametrize(
    ("aged", "attribute", "label", "ago", "year"),
    [
        # reported (t13aa repro v16 c, d)
        (
            "Built half a century ago, the Corvenna Bridge was due to be replaced in four years.",
            "The 1974 bridge carried 40,000 cars a day.",
            "year built",
            50,
            1974,
        ),
        # variants of my own: other spans of years, other structures
        (
            "The Halden Tunnel, built two decades ago, will close for repairs.",
            "The 2005 tunnel carries 9,000 lorries a week.",
            "year built",
            20,
            2005,
        ),
        (
            "Built a century ago, the Ostra Pier is to be demolished.",
            "The 1925 pier drew crowds every summer.",
            "year built",
            100,
            1925,
        ),
    ],
)
def test_event_years_in_other_wordings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], aged: str, attribute: str, label: str, ago: int, year: int
) -> None:
    rows = _year_rows(_facts(tmp_path, capsys, {"c.txt": _wire("Echo", aged), "d.txt": _wire("Herald", attribute)}))
    assert rows.get(label) == sorted([("c", 2026 - ago, "about"), ("d", year, "")]), rows
    assert "year" not in rows, rows


@pytest.mark.parametrize(
    ("verdict", "inspected"),
    [
        # reported (t13aa story, Channel 9)
        ("The bridge was declared unsafe by engineers in 2019.", "The bridge was last inspected in 2019."),
        # variants of my own
        ("The tunnel was found safe by inspectors in 2021.", "The tunnel was last inspected in 2022."),
        ("Engineers deemed the dam sound in 2018.", "The dam had passed its last inspection in 2018."),
    ],
)
def test_a_verdict_of_engineers_is_a_year_of_inspection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verdict: str, inspected: str
) -> None:
    rows = _year_rows(
        _facts(tmp_path, capsys, {"a.txt": _wire("Nine", verdict), "b.txt": _wire("Nordline", inspected)})
    )
    assert [d for d, _, _ in rows.get("year of inspection", [])] == ["a", "b"], rows
    assert "year" not in rows, rows


@pytest.mark.parametrize(
    ("miles", "km", "other"),
    [
        # reported (t13y repro v18 a, b, c)
        (
            "The men are 1,380 feet down, some 1.2 miles from the main shaft.",
            "The men are trapped 420 metres underground, about 2 km from the main shaft.",
            "The refuge chamber is 3 km from the main shaft.",
        ),
        # variants of my own: other distances, one written exactly
        (
            "The village is 4 miles from the dam.",
            "The village lies 6 km from the dam.",
            "The village is 14 km from the dam.",
        ),
        (
            "The fire was about 3 miles from the motorway.",
            "The fire was roughly 5 kilometres from the motorway.",
            "The fire was 8 km from the motorway.",
        ),
    ],
)
def test_one_distance_in_two_units_is_one_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], miles: str, km: str, other: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, doc, body in (("a.txt", "Nordline", miles), ("b.txt", "Post", km), ("c.txt", "Herald", other)):
        (corpus / name).write_text(_wire(doc, body), encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("distance")]
    # the miles and the kilometres one entry (one amount), the third outlet's the other
    entries = line.split("DISAGREE", 1)[1].replace(" → ", " · ").split(" · ")
    assert len(entries) == 2, line
    assert any(" mi" in e and " km" in e for e in entries), line


def test_people_found_safe_are_no_inspection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "found safe" is an inspection's only by those who inspect
    rows = _year_rows(
        _facts(
            tmp_path,
            capsys,
            {
                "a.txt": _wire("Nine", "Two hikers were found safe in 2019."),
                "b.txt": _wire("Nordline", "The bridge was last inspected in 2019."),
            },
        )
    )
    assert [d for d, _, _ in rows.get("year of inspection", [])] == ["b"], rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The rail line was stopped in 2019.", "year of stopping"),
        ("The old fort was occupied in 2012.", "year of occupying"),
        ("The gates were fitted in 2011.", "year of fitting"),
    ],
)
def test_event_year_labels_are_words(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, label: str) -> None:
    # a row's label is a word a reader reads, never a stem with "ing" ("year of stoping")
    rows = _year_rows(_facts(tmp_path, capsys, {"a.txt": _wire("Nine", text)}))
    assert label in rows, rows


def test_miles_that_round_otherwise_stay_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 1.5 miles is 2.4 km, and 2 km is 1.2 miles: two distances, never one amount
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_wire("Nordline", "The camp is 1.5 miles from the dam."), encoding="utf-8")
    (corpus / "b.txt").write_text(_wire("Post", "The camp is 2 km from the dam."), encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("distance")]
    assert "DISAGREE" in line and " · " in line, line


def test_a_mile_and_two_km_stay_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # whole units each round to the other (1.6 km to 2, 1.24 mi to 1), but a quarter apart
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_wire("Nordline", "The camp is 1 mile from the dam."), encoding="utf-8")
    (corpus / "b.txt").write_text(_wire("Post", "The camp is 2 km from the dam."), encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("distance")]
    assert "DISAGREE" in line and " · " in line, line


@pytest.mark.parametrize(
    ("away", "apart", "label"),
    [
        # reported (t13z repro v15 a, c), its other place the story's own (the dateline's): a
        # distance "from Velmont" is from another place, a row of its own (review s36-rv D3, round
        # s36-c2: this test had "30 miles from Velmont" in one row with "25 miles away")
        (
            "Patients were taken to Harrow Vale Hospital, 25 miles away.",
            "Harrow Vale Hospital is 30 miles from Lindmark.",
            "distance to Harrow Vale Hospital",
        ),
        # variants of my own: other places, "lies", a qualifier, another sentence before
        (
            "Evacuees were sent to Kellby Sports Hall, 12 km away.",
            "Kellby Sports Hall lies 15 km from Lindmark.",
            "distance to Kellby Sports Hall",
        ),
        (
            "Survivors were flown to St Olav Hospital, about 60 miles away.",
            "The injured were treated in Velmont. St Olav Hospital is 80 miles from Lindmark.",
            "distance to St Olav Hospital",
        ),
    ],
)
def test_the_distance_of_one_named_place_is_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], away: str, apart: str, label: str
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", away), "c.txt": _wire("Herald", apart, "July 15")})
    assert label in rows and [v["doc"] for v in rows[label]["values"]] == ["a", "c"], rows
    assert rows[label]["status"] == "disagree", rows[label]


def test_a_common_subject_keeps_its_distance_to_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "The camp is 3 km from the dam", "It is 30 miles from Velmont": no named place is the subject
    rows = _facts(
        tmp_path,
        capsys,
        {
            "a.txt": _wire("Nordline", "The camp is 3 km from the dam. It is 30 miles from Velmont."),
            "b.txt": _wire("Post", "The camp lies 4 km from the dam. Velmont is 32 miles away."),
        },
    )
    assert [v["doc"] for v in rows["distance to the dam"]["values"]] == ["a", "b"], rows
    # "Velmont is 32 miles away" is Velmont's distance, as "30 miles from Velmont" is
    assert [v["doc"] for v in rows["distance to Velmont"]["values"]] == ["a", "b"], rows
