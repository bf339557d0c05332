"""A row's label is a noun phrase naming what is counted, never a fragment of its sentence (t13ak
N7): the span a ranking covers ("making the outbreak the largest in Norvale for more than two
decades") is no duration of anything (a row "decades making the outbreak the largest in Norvale"),
and one count told apart from itself by its sentences' stray words ("doses: aside mln dlrs") is one
row "doses". A duration that lasts stays a row labelled by its clause."""

from __future__ import annotations

from fact_helpers import sheet


def test_a_rankings_span_is_no_duration() -> None:
    # the reported input (the Herald's lead), and two variants of a ranking's span
    for text, kept in (
        (
            "Health officials in Kestrow have confirmed 214 cases of measles, making the outbreak the largest"
            " in Norvale for more than two decades, and have ordered 12 schools to close for at least a week.",
            {"at least a week"},
        ),
        (
            "It was the worst flooding in the valley in 20 years, and the road stayed closed for three days.",
            {"three days"},
        ),
        ("The strike, the longest in the industry for a decade, lasted 12 days.", {"12 days"}),
    ):
        durations = {v.text for f in sheet(text) for v in f.values if v.kind == "duration"}
        assert durations == kept, durations


def test_one_count_of_doses_has_no_fragment_label() -> None:
    facts = sheet(
        "The Norvale government said it had set aside 4.5 mln dlrs for the emergency and had shipped"
        " thirty five thousand doses of vaccine to the region.",
        "The Department has distributed 35,000 doses of MMR vaccine to clinics across the region and"
        " released USD 4.5 million in emergency funding.",
    )
    labels = [f.label for f in facts if any(v.head == "doses" for v in f.values)]
    # one row, named by its noun (its giver's since round s49-f, "distributed" a verb of giving:
    # "doses given by Norvale"), never by stray words
    assert len(labels) == 1 and labels[0].split(" given by ")[0] == "doses", labels
