"""A firm's staff is one measure however an outlet words it (#16, t13w F2, round s33-k): "Veltmark
Chemicals, which employs around 650 people" and "About 650 people work there" were two rows
"people", one outlet each, on the tester's corpus (grouped only by shared context, which their
articles did not share). A count a firm employs, or of people who work there or are employed, is
*staff*, one fact per firm as other owned measures are. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def rows(*texts: str) -> list[tuple[str, str, list[float | str]]]:
    return [(f.label, f.status, sorted(v.value for v in f.values)) for f in sheet(*texts)]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13w: nordwire-0814.txt and chemweek-analysis.md, with unrelated sentences around)
        (
            "Veltmark Chemicals, which employs around 650 people at the site, said it was cooperating with investigators.",
            "Fire crews stayed overnight. About 650 people work there. The mayor called for calm.",
        ),
        # variants: employees who are employed, staff working at a mill; a bare count a firm employs
        (
            "Harbor Mill employs 1,200 workers in Tessby, its owner said.",
            "Some 1,200 employees are employed at the mill, the union said after the fire.",
        ),
        (
            "Nearly 300 staff work at the Kossel yard, which closed on Monday.",
            "The yard employs 300, according to the council.",
        ),
    ],
)
def test_a_firms_staff_is_one_fact_however_worded(texts: tuple[str, str]) -> None:
    staff = [r for r in rows(*texts) if r[0].startswith("staff")]
    assert len(staff) == 1 and staff[0][1] == "agree" and len(set(staff[0][2])) == 1, rows(*texts)


def test_two_firms_staff_are_never_compared() -> None:
    got = [
        r
        for r in rows("Rába Works employs 900 people at its plant.", "Dunaferr employs 1,200 people.")
        if r[0].startswith("staff")
    ]
    assert sorted(status for _, status, _ in got) == ["single source", "single source"], got


def test_staff_hurt_are_casualties_not_staff() -> None:
    got = rows("Twelve employees were injured in the blast.", "The blast injured 12 people who work at the plant.")
    assert [r[0] for r in got if r[0].startswith("staff")] == [], got
