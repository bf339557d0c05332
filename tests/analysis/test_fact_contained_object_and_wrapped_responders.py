"""Two kinds of a measure's one row (issue #16, t13apr N4 and N5 variants):

* the fire's containment written with the verb and an object ("Crews had contained 21 percent of
  the fire's perimeter") or as a table's or fact box's label ("Contained | 21%") is the same
  measure as "The fire was 10% contained" (were rows "share of perimeter" and "percentage");
* a count of responders whose noun a paragraph's wrapping put on the next line ("Some 1,700⏎
  firefighters are battling the flames") is a count of them deployed, as are NIMS's "crews" and
  "personnel" at work on the event (the 1,700 was in no fact at all)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(kind: str, *texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts) if f.values[0].kind == kind}


@pytest.mark.parametrize(
    "texts",
    [
        # the tester's sentences (valley-courier, pinecrest-herald, firewatch-notes)
        (
            "The Harlow Ridge Fire was 10% contained on Monday evening, officials said.",
            "Crews had contained 21 percent of the fire's perimeter by dawn.",
            "| Measure | Figure |\n|---|---|\n| Acres scorched | 47,000 |\n| Contained | 21% |",
        ),
        # other events, verbs' subjects, figures and layouts
        (
            "Containment stood at 30 percent on Thursday.",
            "Firefighters have contained 35% of the wildfire, Cal Fire said.",
            "Containment: 35%\nEvacuated: 4,000 people",
        ),
        (
            "The bushfire was 50 per cent contained.",
            "By Friday morning crews had contained about 55 per cent of the blaze's edge.",
            "| Status | Value |\n|---|---|\n| Contained | 55 % |",
        ),
    ],
)
def test_contained_verb_and_label_join_the_row(texts: tuple[str, str, str]) -> None:
    rows = _rows("percent", *texts)
    assert len(rows) == 1, rows
    (values,) = rows.values()
    assert sorted(d for d, _v in values) == ["a", "b", "c"], rows


def test_a_share_of_another_thing_stays_apart() -> None:
    """ "contained" before an "of" phrase names the state; another verb's share is no containment."""
    rows = _rows("percent", "The fire was 10% contained.", "Crews had cleared 40 percent of the debris.")
    assert len(rows) == 2, rows


@pytest.mark.parametrize(
    ("texts", "noun"),
    [
        # the tester's paragraph (pinecrest-herald), wrapped at its width
        (
            (
                "About 1,450 firefighters were on the lines, the chief said on Monday evening.",
                "Crews had contained 21 percent of the fire's perimeter by dawn. Some 1,700\n"
                "firefighters are battling the flames, Chief Abernathy-Oyelaran said, along\n"
                "with crews from three neighbouring states.",
            ),
            "firefighters",
        ),
        # other responders, verbs and numbers, wrapped elsewhere
        (
            (
                "Nearly 60 crews were assigned to the fire, the incident commander said on Friday.",
                "The incident team said on Saturday morning that it now had roughly 75\n"
                "crews fighting the fire along the ridge and in the canyon below the town.",
            ),
            "crews",
        ),
        (
            (
                "About 2,000 personnel were assigned to the blaze by Sunday, officials said.",
                "Officials at the command post near the fairgrounds said more than 2,300\n"
                "personnel are working the fire, with more on the way from other states.",
            ),
            "personnel",
        ),
    ],
)
def test_wrapped_responders_are_deployed(texts: tuple[str, ...], noun: str) -> None:
    rows = {f.label: f for f in sheet(*texts) if f.values[0].kind == "count" and noun in f.label}
    assert list(rows) == [f"{noun} deployed"], {k: [value_text(v) for v in f.values] for k, f in rows.items()}
    (fact,) = rows.values()
    assert sorted({v.doc for v in fact.values}) == ["a", "b"], [(v.doc, value_text(v)) for v in fact.values]
    assert fact.status == "disagree", fact.status


def test_next_line_in_capitals_is_no_noun() -> None:
    """A box's next line is no counted noun of the figure before it ("Deaths: 6⏎Injured: 12")."""
    labels = [f.label for f in sheet("Deaths: 6\nInjured: 12")]
    assert not any("injured" in label and "death" in label for label in labels), labels
