"""An article's own earlier value superseded later in its own text (issue #16, round s29-e): a
wire story's "Three people were killed …" then "Later, officials said the toll had risen to four"
is one value of that outlet, the latest (4), which carries what the article said first
(``FactValue.earlier``: the 3, shown as "first said 3" and in ``facts --json`` as the value's
``superseded``). The 3 was dropped unseen; worded "Officials later put the death toll at five" or
"The number of injured now stands at 21" the earlier value was a second value of the outlet, in
disagreement with itself and with every outlet giving the latest. A value of another event, with no
word of a later report ("In a separate blast, two people died"), is kept as it was."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import first_said, timeline
from waic_reader.index.analysis.facts.display import value_text

CASES = [
    # reported
    (
        "Three people were killed when a gas main exploded in Harwick on Monday, police said.\n\n"
        "Firefighters searched the rubble. Later, officials said the toll had risen to four.",
        "death toll",
        "4",
        ["3"],
    ),
    # variants of my own: other words of a later report, other measures and names
    (
        "Two people were killed when a crane collapsed on a building site in Oldbury on Tuesday.\n\n"
        "The site was closed. Officials later put the death toll at five.",
        "death toll",
        "5",
        ["2"],
    ),
    (
        "Twelve people were injured when a tram left the rails near Marsh End.\n\n"
        "The line stays shut. The number of injured now stands at 21, the hospital said.",
        "people injured",
        "21",
        ["12"],
    ),
    (
        "Two people died in the blast at the Kelby depot. By noon the toll had risen to three.\n\n"
        "By nightfall the toll had risen to four.",
        "death toll",
        "4",
        ["2", "3"],
    ),
]


@pytest.mark.parametrize(("text", "label", "value", "earlier"), CASES)
def test_one_value_the_latest_carrying_the_first(text: str, label: str, value: str, earlier: list[str]) -> None:
    rows = [f for f in sheet(text) if f.label == label]
    assert [[(value_text(v), [value_text(e) for e in v.earlier]) for v in f.values] for f in rows] == [
        [(value, earlier)]
    ], [(f.label, [value_text(v) for v in f.values]) for f in sheet(text)]
    (v,) = rows[0].values
    assert v.to_json()["superseded"] == [e.to_json() | {"date": None} for e in v.earlier]
    assert first_said(v) == "first said " + ", then ".join(earlier)


@pytest.mark.parametrize(("text", "label", "value", "earlier"), CASES)
def test_no_disagreement_with_an_outlet_giving_the_latest(
    text: str, label: str, value: str, earlier: list[str]
) -> None:
    other = f"{value} people {'died' if label == 'death toll' else 'were injured'}, police said on Wednesday."
    row = next(f for f in sheet(text, other) if f.label == label)
    assert (row.status, [value_text(v) for v in row.values]) == ("agree", [value, value]), row
    assert f"a, first said {', then '.join(earlier)}" in timeline(row, {"a": "a", "b": "b"})


def test_a_headlines_latest_value_keeps_what_the_lead_said_first() -> None:
    text = (
        "Four dead in Harwick blast\n\nThree people were killed when a gas main exploded in Harwick.\n\n"
        "Later, officials said the toll had risen to four."
    )
    (row,) = [f for f in sheet(text) if f.label == "death toll"]
    assert [(value_text(v), [value_text(e) for e in v.earlier]) for v in row.values] == [("4", ["3"])]


def test_another_events_value_without_a_later_report_is_kept() -> None:
    text = (
        "Three people were killed when a gas main exploded in Harwick.\n\n"
        "In a separate blast in Oldbury, two people died."
    )
    (row,) = [f for f in sheet(text) if f.label == "death toll"]
    assert [(value_text(v), v.earlier) for v in row.values] == [("3", ()), ("2", ())]
