"""A place a measure names is compared as search compares it, its accents and case folded
(``tokens.fold``), and shown in its most written spelling (issue #16; t13y G4, round s34-u):
"40 km north of Pontegrís" and "30 kilometres north of Pontegris" were two rows, "distance to
Pontegrís" and "distance to Pontegris", each agreeing, so the outlets' disagreement was hidden."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def _rows(facts: list[Fact], start: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in facts if f.label.startswith(start)]


# t13y repro v4 (reported): two outlets write the town with its accent, two without
REPORTED_V4 = (
    "PONTEGRIS, Calveira, March 9 (Nordwire) - The mine, run by Ferrocobre Minera, lies 30 kilometres north of "
    "Pontegris.",
    "The mine is about 19 miles north of Pontegris.",
    "A gallery at the San Telmo mine, 40 km north of Pontegrís, collapsed before dawn.",
    "The mine lies 40 km north of Pontegrís.",
)
# variants of my own: another language's letters (Polish "Łódź", a stroke no accent mark makes),
# the accented spelling written once against twice without (the most written one shown)
# (Łódź twice, Lodz once; Cádiz once, Cadiz twice)
VARIANT_LODZ = (
    "The warehouse lies 120 km south of Łódź.",
    "The warehouse is 75 miles south of Lodz.",
    "The warehouse, 90 km south of Łódź, burned overnight.",
)
VARIANT_CADIZ = (
    "The refinery is 25 km east of Cadiz.",
    "The refinery lies 25 kilometres east of Cadiz.",
    "The refinery, 40 km east of Cádiz, was shut.",
)


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        pytest.param(
            REPORTED_V4,
            "distance to Pontegrís",
            [("a", "30 km"), ("b", "about 19 mi"), ("c", "40 km"), ("d", "40 km")],
            id="reported",
        ),
        pytest.param(
            VARIANT_LODZ, "distance to Łódź", [("a", "120 km"), ("b", "75 mi"), ("c", "90 km")], id="lodz_stroke"
        ),
        pytest.param(
            VARIANT_CADIZ, "distance to Cadiz", [("a", "25 km"), ("b", "25 km"), ("c", "40 km")], id="most_written"
        ),
    ],
)
def test_one_place_in_two_spellings_is_one_row_that_disagrees(
    texts: tuple[str, ...], label: str, values: list[tuple[str, str]]
) -> None:
    rows = _rows(sheet(*texts), "distance")
    assert len(rows) == 1, rows
    shown, status, got = rows[0]
    assert shown == label
    assert status == "disagree"
    assert sorted(got) == values


def test_a_place_in_capitals_is_never_the_label() -> None:
    # a shouted spelling is one of the place's spellings, never the one shown (spellings.most_written)
    rows = _rows(
        sheet(
            "The dam is 12 km west of VELDRA.",
            "The dam lies 12 km west of VELDRA.",
            "The dam lies 12 kilometres west of Veldra.",
        ),
        "distance",
    )
    assert [(label, status, len(values)) for label, status, values in rows] == [("distance to Veldra", "agree", 3)]


def test_two_places_stay_two_rows() -> None:
    # folding joins one place's spellings only: Pontegris and Pontevedra are two facts
    rows = _rows(
        sheet("The mine lies 30 km north of Pontegrís.", "The mine lies 40 km north of Pontevedra."), "distance"
    )
    assert sorted(label for label, _s, _v in rows) == ["distance to Pontegrís", "distance to Pontevedra"]


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        pytest.param(("Pécs recorded 64 mm of rain.", "Pecs recorded 80 mm of rain."), "rainfall at Pécs", id="rain"),
        pytest.param(
            ("Gusts of 110 km/h were recorded at Siófok.", "Gusts of 140 km/h were recorded at Siofok."),
            "wind gusts at Siófok",
            id="wind",
        ),
    ],
)
def test_a_rainfall_or_wind_at_one_place_in_two_spellings_is_one_row(texts: tuple[str, ...], label: str) -> None:
    facts = sheet(*texts)
    rows = [(f.label, f.status, len(f.values)) for f in facts if " at " in f.label]
    assert rows == [(label, "disagree", 2)], [(f.label, [v.measure for v in f.values]) for f in facts]


def test_an_owner_in_two_spellings_is_labelled_by_its_accented_spelling() -> None:
    # owners were compared folded already (grouping.owner_words); the label is their most written
    # spelling, the accented one on a tie (was the first seen)
    facts = sheet(
        "Raba Works will cut 300 jobs.",
        "Rába Works will cut 300 jobs.",
        "Dunaferr will cut 1,200 jobs.",
    )
    labels = sorted(f.label for f in facts if f.values[0].measure.startswith("jobs"))
    assert labels == ["jobs cut (Dunaferr)", "jobs cut (Rába Works)"], labels
