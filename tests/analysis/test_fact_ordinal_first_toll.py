"""An ordinal victim in an article that states no toll of its own is its death toll: "A third
child has died" is a toll of 3 children, "A second patient died" of 2 patients (t13ak N1: KXYZ's
toll was missing from the row, its third child counted nowhere). It meets the other outlets' tolls
of its noun: it agrees with a 3, disagrees with a 2. An ordinal of no victim ("the third day", "a
second wave", "for the third time") is no toll."""

from __future__ import annotations

from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _toll(facts: list[Fact]) -> Fact:
    return next(f for f in facts if f.label == "death toll")


def _of(row: Fact, doc: str) -> list[float | str]:
    return [v.value for v in row.values if v.doc == doc]


def test_a_third_child_has_died_is_a_toll_of_three() -> None:
    # the reported input (t13ak N1, KXYZ's lead), beside outlets saying 3 and 2 children
    row = _toll(
        sheet(
            "A third child has died in the measles outbreak that has swept through Kestrow, health"
            " officials confirmed Sunday morning, as the number of confirmed cases climbed to 230.",
            "Three children have died in the Kestrow measles outbreak, officials said.",
        )
    )
    assert _of(row, "a") == [3.0], row.values
    assert row.status == "agree", row.grounds
    row = _toll(
        sheet(
            "A third child has died in the measles outbreak, health officials confirmed.",
            "Two children have died in the measles outbreak, officials said.",
        )
    )
    assert _of(row, "a") == [3.0] and row.status == "disagree", row.grounds


def test_a_second_patient_died() -> None:
    row = _toll(
        sheet(
            "A second patient died on Sunday at Ravel General Hospital, the trust said.",
            "Two patients have died at Ravel General Hospital, the trust said.",
            "Three patients have died at the hospital.",
        )
    )
    assert _of(row, "a") == [2.0], row.values
    assert row.status == "disagree", row.grounds  # 2 and 2 against 3


def test_a_fourth_climber_was_found_dead() -> None:
    row = _toll(
        sheet(
            "A fourth climber was found dead on the glacier on Monday, rescuers said.",
            "Four climbers have died on the glacier, rescuers said.",
        )
    )
    assert _of(row, "a") == [4.0] and row.status == "agree", row.grounds


def test_ordinals_of_no_victim_are_no_toll() -> None:
    facts = sheet(
        "On the third day a second wave of flooding hit the town, and for the third time the bridge"
        " was closed. A second team was also sent in.",
        "Two people have died in the floods.",
    )
    assert [v.doc for f in facts if f.label == "death toll" for v in f.values] == ["b"]
