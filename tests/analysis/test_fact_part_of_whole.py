"""A part of a whole ("up to 400 of the plant's 1,100 workers could lose their jobs") is counted
in the whole's noun and said by the whole's clause; the whole is no value of what is said of the
part (a probe of issue #16 on an invented takeover story, session 25: the 1,100 workers were the
"jobs cut", in disagreement with other outlets' 400 and 350, and the 400 was dropped)."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import value_text


def table(*texts: str) -> dict[str, list[str]]:
    facts: list[Fact] = fact_sheet([(Art(chr(ord("a") + i), f"Story\n\n{t}"), []) for i, t in enumerate(texts)])
    out: dict[str, list[str]] = {}
    for f in facts:
        out.setdefault(f.label, []).extend(value_text(v) for v in f.values)
    return out


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        # reported
        (
            "Union leaders said that up to 400 of the plant's 1,100 workers could lose their jobs.",
            "up to 400",
            ("staff", "1,100"),
        ),
        # variants: "its", a firm's name in the possessive
        ("The company said 200 of its 1,500 staff will be laid off.", "200", ("staff", "1,500")),
        ("About 90 of Harbor Mill's 640 employees are to lose their jobs.", "about 90", ("staff", "640")),
    ],
)
def test_the_part_is_cut_and_the_whole_is_not(text: str, cut: str, whole: tuple[str, str]) -> None:
    # (the whole, its owner named, is the owner's staff: one head count however worded, t13al-r S8)
    got = table(text)
    assert got.get("jobs cut") == [cut], got
    assert got.get(whole[0]) == [whole[1]], got


def test_the_reported_takeover_cut_compares_the_parts() -> None:
    got = table(
        "The deal is expected to cut about 400 jobs.",
        "Nordvik said some 350 roles would go.",
        "Union leaders said that up to 400 of the plant's 1,100 workers could lose their jobs.",
    )
    assert sorted(got.get("jobs cut", [])) == ["about 400", "some 350", "up to 400"], got


def test_a_casualty_part_keeps_its_reading() -> None:
    got = table("Police said 12 of the 40 passengers were injured in the crash.")
    assert got.get("people injured") == ["12"] and got.get("passengers") == ["40"], got
