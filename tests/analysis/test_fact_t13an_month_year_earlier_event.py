"""A year written with its month or day ("In December 1987", "On 20 August 2011", "in early March
2019") dates its clause's event as "in 1987" does: a toll of that earlier event is its own row
("death toll (1987)"), never a value, let alone a revision, of this event's toll (t13an N1: the
Meridian wire's background "In December 1987 the ferry Doña Paz sank after colliding with a tanker,
killing more than 4,300 people" was read as the wire's own toll, "more than 4,300, first said at
least 12"). The texts are cut down from the tester's corpus or invented."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, bodies: list[str], date: str = "2026-03-14") -> list[Fact]:
    for i, body in enumerate(bodies):
        (tmp_path / f"{chr(97 + i)}.md").write_text(
            f'---\ntitle: "Story {i}"\ndate: {date}\n---\n\n{body}\n', encoding="utf-8"
        )
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


@pytest.mark.parametrize(
    ("body", "now", "then", "label"),
    [
        # reported (t13an N1, wire/meridian-0314-first.txt)
        (
            "A ferry capsized off Marinduque before dawn on Saturday, killing at least 12 people, the coast guard"
            " said. Ferry accidents are common in the archipelago. In December 1987 the ferry Doña Paz sank after"
            " colliding with a tanker, killing more than 4,300 people in the world's deadliest peacetime maritime"
            " disaster.",
            [12.0],
            4300.0,
            "death toll (1987",
        ),
        # variants: a day and a month before the year after "On"; "early" and a month after "In"
        (
            "A bus plunged into a ravine on Monday, killing 9 people, police said. On 20 August 2011 a bus fell"
            " from the same bridge, killing 37 passengers.",
            [9.0],
            37.0,
            "death toll (2011)",
        ),
        (
            "Floods killed at least 8 people in the province, officials said. In early March 2019, floods in the"
            " same valley killed 112 people.",
            [8.0],
            112.0,
            "death toll (2019",
        ),
    ],
)
def test_a_month_dated_earlier_events_toll_is_no_value_of_this_events(
    tmp_path: Path, body: str, now: list[float], then: float, label: str
) -> None:
    facts = sheet(tmp_path, [body])
    toll = [f for f in facts if f.label == "death toll"]
    assert [[v.value for v in f.values] for f in toll] == [now]
    assert not any(v.earlier for f in toll for v in f.values)
    earlier = [f for f in facts if f.label.startswith(label)]
    assert [[v.value for v in f.values] for f in earlier] == [[then]], [f.label for f in facts]


def test_this_months_date_stays_this_events(tmp_path: Path) -> None:
    """A month of the article's own year ("In March 2026") is no earlier event."""
    facts = sheet(tmp_path, ["In March 2026, a ferry capsized off Gasan, killing 14 people."])
    assert [[v.value for v in f.values] for f in facts if f.label == "death toll"] == [[14.0]]


@dataclass
class _Yearless(Art):
    date: str = "--03-14"  # a wire's dateline "March 14": a day and month, no year


@pytest.mark.parametrize(
    ("body", "then"),
    [
        # reported (t13an N1: the wire's dateline "LUCENA, Philippines, March 14 (Meridian Wire)")
        (
            "A ferry capsized off Marinduque, killing at least 12 people. In December 1987 the ferry Doña Paz sank"
            " after colliding with a tanker, killing more than 4,300 people.",
            4300.0,
        ),
        # variants: a day and month; a month other than the dateline's in the same words
        ("A bus fell into a ravine, killing 9 people. On 20 August 2011 a bus fell from the bridge, killing 37.", 37.0),
        ("Floods killed 8 people. In early June 2019, floods in the same valley killed 112 people.", 112.0),
    ],
)
def test_a_month_dated_earlier_event_in_an_article_without_its_year(body: str, then: float) -> None:
    facts = fact_sheet([(_Yearless("a", f"Story\n\n{body}"), [])])
    toll = [sorted(float(v.value) for v in f.values) for f in facts if f.label == "death toll"]
    assert len(toll) == 1 and then not in toll[0], [(f.label, [v.value for v in f.values]) for f in facts]


def test_the_datelines_own_month_stays_this_events() -> None:
    """ "In March 2026" in an article of "March 14" may be the story's own days: kept."""
    facts = fact_sheet([(_Yearless("a", "Story\n\nIn March 2026, a ferry capsized off Gasan, killing 14 people."), [])])
    assert [[v.value for v in f.values] for f in facts if f.label == "death toll"] == [[14.0]]
