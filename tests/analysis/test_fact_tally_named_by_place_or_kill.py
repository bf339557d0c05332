"""A tally named by what it counts in a word other than the things (t13az N2, N4, round s53-f2).

* A kill or die-off names the animals that died: "Northcastle Rail … put the fish kill at "some
  3,000"" was a *death toll* of people beside the agency's "more than 5,000 fish", never set
  against it; it is a count of fish killed, in the row of the agency's fish.
* A tally named by the place where people are counts the people there: "The hospital count has
  risen to 17" was a row "hospitals: 17"; it is the people in hospital, the blog's running count
  (its earlier "Nine people have been taken to hospital")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _rows(facts: list[Fact]) -> dict[str, list[float]]:
    return {f.label: sorted(float(v.value) for v in f.values) for f in facts}


@pytest.mark.parametrize(
    ("said", "other", "label", "values"),
    [
        # reported (t13az: wire/northwire-1117, release/repa-release)
        pytest.param(
            'Northcastle Rail said 40,000 litres had leaked and put the fish kill at "some 3,000".',
            "Agency staff have recorded more than 5,000 dead fish.",
            "fish killed",
            [3000.0, 5000.0],
            id="reported_fish_kill_quoted",
        ),
        # variants of my own: other animals, other verbs, a die-off
        pytest.param(
            "The refinery placed the bird kill at 400 on Friday.",
            "Wardens found 650 dead birds along the shore.",
            "birds killed",
            [400.0, 650.0],
            id="bird_kill_placed",
        ),
        pytest.param(
            "The salmon die-off has reached 1,200, the ministry said.",
            "Anglers say 2,000 salmon were killed.",
            "salmon killed",
            [1200.0, 2000.0],
            id="salmon_die_off_reached",
        ),
    ],
)
def test_kill_of_animals_is_no_death_toll(said: str, other: str, label: str, values: list[float]) -> None:
    rows = _rows(sheet(said, other))
    assert "death toll" not in rows, rows
    assert rows.get(label) == values, rows
    [fact] = [f for f in sheet(said, other) if f.label == label]
    assert fact.status == "disagree"


_BLOG = """{title}: live updates
{outlet} · Live

Tuesday 17 November 2026

10:15 EST
{first}

13:40 EST
{later}
"""


@pytest.mark.parametrize(
    ("first", "later", "value"),
    [
        # reported (t13az: live/tessary-live, entries 10:15 and 13:40)
        pytest.param(
            "Nine people have been taken to hospital with breathing problems, according to Tessary General Hospital.",
            "The hospital count has risen to 17, Dr. Priya Raghunathan says.",
            17.0,
            id="reported_hospital_count",
        ),
        # variants of my own: other tally words, an infirmary, other verbs
        pytest.param(
            "Twelve people were taken to hospital after the fire, the ambulance service says.",
            "The infirmary tally now stands at 23, a spokesperson says.",
            23.0,
            id="infirmary_tally_stands",
        ),
        pytest.param(
            "Four people have been rushed to hospital, police say.",
            "The hospital tally has climbed to 11, the health board says.",
            11.0,
            id="hospital_tally_climbed",
        ),
    ],
)
def test_tally_named_by_a_hospital_counts_people(first: str, later: str, value: float) -> None:
    blog = _BLOG.format(title="Derailment", outlet="Valley Herald", first=first, later=later)
    facts = sheet(blog, f"{int(value)} people were taken to hospital, officials said.")
    rows = _rows(facts)
    assert not any(label.startswith("hospital") for label in rows), rows
    held = [f for f in facts if f.label in ("people taken to hospital", "people in hospital")]
    assert len(held) == 1, rows
    # the blog's own later value is in it, never a row of hospitals or infirmaries of its own
    assert value in [float(v.value) for v in held[0].values if v.doc == "a"], rows
    assert all(v.doc != "a" or float(v.value) != value for f in facts if f is not held[0] for v in f.values), rows


@pytest.mark.parametrize(
    ("table", "label", "values"),
    [
        # reported (t13az: notes/explainer.md), a plus for "more than" and a dash for none
        pytest.param(
            "| Figure | Northcastle Rail | REPA | Town of Harlow Bend |\n"
            "|---|---|---|---|\n"
            "| Spilled | 40,000 litres | 110,000 litres | — |\n"
            "| Dead fish | 3,000 | 5,000+ | — |\n",
            "fish killed",
            [3000.0, 5000.0],
            id="reported_explainer_table",
        ),
        # variants of my own: other headings, other measures
        pytest.param(
            "| Measure | Operator | Regulator |\n|:--|--:|--:|\n| Dead birds | 120 | 400 |\n",
            "birds killed",
            [120.0, 400.0],
            id="measure_heading_birds",
        ),
        pytest.param(
            "| Figures | Police | Organisers |\n| --- | --- | --- |\n| Arrested | 12 | 30 |\n",
            "people arrested",
            [12.0, 30.0],
            id="figures_heading_arrests",
        ),
    ],
)
def test_table_rows_of_figures_by_party(table: str, label: str, values: list[float]) -> None:
    rows = _rows(sheet(f"What the parties say.\n\n{table}"))
    assert rows.get(label) == values, rows
    assert "death toll" not in rows, rows


def test_table_of_measure_columns_still_left_out() -> None:
    """A table whose columns are measures ("| Source | Dead | Injured |") stays out (t13aq N4)."""
    table = "| Source | Dead | Injured |\n|---|---|---|\n| Police | 11 | 70 |\n"
    assert _rows(sheet(f"What the parties say.\n\n{table}")) == {}
