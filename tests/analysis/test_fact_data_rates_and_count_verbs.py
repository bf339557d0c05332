"""One unit however written, and counts of one noun under different verbs (issue #16, round s35-j;
t13z H13): "300 megabits per second" and "300 Mbps" were a row "megabits per second" and a row
"Mbps" (a count of "megabits", a count of "Mbps"), never compared; "The trust runs three hospitals"
and "The GreyLantern group has hit three hospitals this year" were one row *hospitals* that
agreed: the hospitals a trust runs and the hospitals a gang attacked are different counts."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The hackers copied data at 300 megabits per second.", "300 megabits per second", 300.0, "Mbit/s"),
        ("Data left the network at 300 Mbps.", "300 Mbps", 300.0, "Mbit/s"),
        ("The link carries 10 Gbps at peak.", "10 Gbps", 10.0, "Gbit/s"),
        ("The old modem managed 56 kbps.", "56 kbps", 56.0, "kbit/s"),
        ("The new cable runs at 1.2 gigabits per second.", "1.2 gigabits per second", 1.2, "Gbit/s"),
    ],
)
def test_a_data_rate_is_one_unit(text: str, written: str, value: float, unit: str) -> None:
    figs = figures_of(text)
    assert [(text[f.start : f.end], f.kind, f.value, f.unit) for f in figs] == [(written, "quantity", value, unit)], (
        figs
    )


@pytest.mark.parametrize(
    ("texts", "status", "shown"),
    [
        # found (t13z repro v15)
        (
            (
                "The hackers copied data at 300 megabits per second.",
                "Data left the network at 300 Mbps.",
                "The hackers stole data at 250 megabits per second.",
            ),
            "disagree",
            ["250 Mbit/s", "300 Mbit/s", "300 Mbit/s"],
        ),
        # variants of my own: other prefixes, one rate written in two prefixes
        (
            ("The hackers copied data at 1 Gbps.", "The hackers copied data at 1,000 megabits per second."),
            "agree",
            ["1 Gbit/s", "1,000 Mbit/s"],
        ),
        (
            ("The stolen files left at 40 Mbps.", "The stolen files left at 45 megabits per second."),
            "disagree",
            ["40 Mbit/s", "45 Mbit/s"],
        ),
    ],
)
def test_one_data_rate_row(texts: tuple[str, ...], status: str, shown: list[str]) -> None:
    rows = [(f.label, f.status, sorted(value_text(v) for v in f.values)) for f in sheet(*texts)]
    assert [(r[1], r[2]) for r in rows] == [(status, sorted(shown))], rows
    assert "Mbps" not in rows[0][0] and "megabits" not in rows[0][0], rows


# Each pair's articles share the sentence after it: the context that made them one row.
@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # found (t13z repro v15)
        (
            "The trust runs three hospitals.",
            "The GreyLantern group has hit three hospitals this year.",
            "Patients were taken to Harrow Vale Hospital, miles away from Velmont.",
        ),
        # variants of my own
        (
            "The firm operates 12 factories.",
            "Floods have reached 12 factories.",
            "Workers were taken to Harrow Vale Clinic, miles away from Dunmore.",
        ),
        (
            "The charity owns 40 shelters.",
            "The storm wrecked 40 shelters.",
            "Volunteers were taken to Orvenn town hall, miles away from Marlow.",
        ),
    ],
)
def test_counts_under_different_verbs_are_not_one_fact(a: str, b: str, shared: str) -> None:
    facts = sheet(f"{a} {shared}", f"{b} {shared}")
    assert not [f for f in facts if f.status == "agree" and len({v.doc for v in f.values}) > 1], [
        (f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in facts
    ]


def test_counts_under_one_verb_still_agree() -> None:
    shared = "Patients were taken to Harrow Vale Hospital, miles away from Velmont."
    facts = sheet(
        f"The GreyLantern group has hit three hospitals this year. {shared}",
        f"GreyLantern hackers have hit three hospitals since January. {shared}",
    )
    assert [(f.status, sorted(v.doc for v in f.values)) for f in facts] == [("agree", ["a", "b"])], facts
