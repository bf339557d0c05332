"""Figures of a measure a named subject owns (jobs cut, investment, money raised, revenue, profit)
are facts per owner (t13m F6, a storm corpus, issue #16): "Rába Works will cut 300 jobs." and
"Dunaferr said it would cut 120 jobs." were one row "jobs cut" in disagreement, 300 against 120,
two firms' cuts. The same firm's cut in two outlets (300 and 320) stays one fact in disagreement,
however the outlets name or word it; a row of each owner is labelled by it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # reported (t13m F6)
        (
            ("Rába Works will cut 300 jobs.", "Dunaferr said it would cut 120 jobs."),
            [("jobs cut (Rába Works)", "single source", ["300"]), ("jobs cut (Dunaferr)", "single source", ["120"])],
        ),
        # variants of my own: investment, an appositive and a descriptor, the owner after the count
        (
            (
                "Kestrel Hydro will invest $5 million in the dam.",
                "Vesterlund Kraft will invest $8 million in the grid.",
            ),
            [
                ("investment (Kestrel Hydro)", "single source", ["$5 million"]),
                ("investment (Vesterlund Kraft)", "single source", ["$8 million"]),
            ],
        ),
        (
            (
                "Hungarian steelmaker Dunaferr plans to cut 120 jobs at its mill.",
                "Rába Works, the engine maker, will shed 300 jobs.",
                "Union leaders said 320 jobs would go at Rába Works.",
            ),
            [
                ("jobs cut (Rába Works)", "disagree", ["300", "320"]),
                ("jobs cut (Dunaferr)", "single source", ["120"]),
            ],
        ),
        (
            ("Rába Works, which Dunaferr bought in 2019, will cut 300 jobs.", "Dunaferr said it would cut 120 jobs."),
            [("jobs cut (Rába Works)", "single source", ["300"]), ("jobs cut (Dunaferr)", "single source", ["120"])],
        ),
        (  # the firm a sentence before names, "the company" referring to it
            (
                "Rába Works is struggling. The company will cut 300 jobs.",
                "Dunaferr is in trouble. The firm said it would cut 120 jobs.",
            ),
            [("jobs cut (Rába Works)", "single source", ["300"]), ("jobs cut (Dunaferr)", "single source", ["120"])],
        ),
        (
            ("Brattli Sag's revenue rose to €50 million.", "Ostvik Tre's revenue fell to €80 million, it said."),
            [
                ("revenue (Brattli Sag)", "single source", ["€50 million"]),
                ("revenue (Ostvik Tre)", "single source", ["€80 million"]),
            ],
        ),
    ],
)
def test_different_owners_are_different_facts(
    texts: tuple[str, ...], expected: list[tuple[str, str, list[str]]]
) -> None:
    rows = [r for r in _rows(*texts) if r[0] != "year" and not r[0].startswith("year ")]  # "year bought"
    assert rows == expected, _rows(*texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Rába Works will cut 300 jobs.", "Rába Works said on Tuesday it would cut 320 jobs in Győr."),
        ("In Győr, Rába Works will shed 300 jobs.", "About 400 jobs will go, Rába said."),
        ("Acme chief executive Jane Roe said the firm would cut 300 jobs.", "Acme will cut 320 jobs."),
        ("Rába Works will cut 300 jobs.", "The company will cut 320 jobs, the union said."),
        ("Rába Works is struggling after the storm.\n\nThe engine maker will cut 300 jobs.", "Rába will cut 320 jobs."),
    ],
)
def test_one_owners_figures_are_one_fact_in_disagreement(texts: tuple[str, ...]) -> None:
    rows = _rows(*texts)
    assert [(label, status) for label, status, _ in rows] == [("jobs cut", "disagree")], rows


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # the same kind for counts without a named measure, objects of a named owner's verb
        # (the people a firm employs are its staff, a measure each firm owns: round s33-k, t13w F2)
        (("Rába Works employs 900 people at its plant.", "Dunaferr employs 1,200 people at its plant."), "staff"),
        (("Rába Works will pay 300 workers a bonus.", "Dunaferr will pay 120 workers a bonus."), "workers"),
        (
            ("Vestby produced 400 tonnes of steel last year.", "Dunaferr produced 650 tonnes of steel last year."),
            "mass (t)",
        ),
    ],
)
def test_counts_owned_by_different_names_are_never_compared(texts: tuple[str, ...], label: str) -> None:
    # a row of an owned measure is labelled by its owner ("staff (Rába Works)"), a row of no measure
    # apart by its value ("workers · 120": t13ad N23, round s37-x2)
    rows = [r for r in _rows(*texts) if r[0] == label or r[0].startswith((f"{label} (", f"{label} · "))]
    assert [status for _, status, _ in rows] == ["single source", "single source"], _rows(*texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Rába Works employs 900 people at its plant.", "Rába employs 950 people at its plant."),
        # a speaker or a place before the count is no owner
        ("Police said 300 people were inside the hall.", "The Red Cross said 320 people were inside the hall."),
    ],
)
def test_counts_of_one_owner_or_of_none_are_still_compared(texts: tuple[str, ...]) -> None:
    rows = _rows(*texts)
    assert [status for _, status, _ in rows] == ["disagree"], rows
