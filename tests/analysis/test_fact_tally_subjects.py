"""A count whose subject names what it counts (issue #16, round s35-u; t13z H16): a live blog's
"The number of diverted ambulances has risen to 65, a trust spokesperson said." gave no figure at
all, so the blog's count read 40 → 80. "The number of X has risen to N", "the number of X stands at
N", "the X count reached N", "X now number N", "the tally of X is N" are counts of X, labelled as
the article's other reports of X ("40 ambulances have been diverted": *ambulances diverted*), as
"the toll had risen to four" is the death toll's value.

And the counted noun after "other", "more", "further", "additional", "fellow" (t13y G6 leftover):
"Three other miners were killed" was a bare "Three", its noun lost."""

from __future__ import annotations

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.analysis.figures import figures_of

# found (t13z repro v20, the live blog's entries)
_BLOG = """08.10 GMT
Good morning. Velmont General Hospital in Kesterbridge says it has been hit by a serious IT incident overnight.

09.45 GMT
The trust now says 40 ambulances have been diverted so far.

12.30 GMT
The number of diverted ambulances has risen to 65, a trust spokesperson said.

17.55 GMT
The trust says 80 ambulances have now been diverted and that systems may be down for 48 hours."""


def _read(text: str) -> list[tuple[float | str, str]]:
    return [(v.value, v.label) for v in extract_figures(Art("a", f"Story\n\n{text}")) if v.kind == "count"]


def _row(label: str, *texts: str) -> list[tuple[float | str, list[float | str]]]:
    [fact] = [f for f in sheet(*texts) if f.label == label]
    return [(v.value, [e.value for e in v.earlier]) for v in fact.values]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # found (t13z H16)
        ("The number of diverted ambulances has risen to 65, a trust spokesperson said.", 65, "ambulances diverted"),
        # variants of my own: other verbs of a tally, other subjects, other nouns
        ("Officials said the tally of homes destroyed by the fire is now 140.", 140, "homes destroyed"),
        ("By Monday the evacuee count had reached 1,200.", 1200, "people evacuated"),
        ("The number of cancelled flights fell to 12 on Tuesday.", 12, "flights cancelled"),
        ("The total number of patients taken to hospital climbed to 31.", 31, "people taken to hospital"),
        ("The number of schools closed stands at 40.", 40, "schools closed"),
        ("Closed schools now number 40, the council said.", 40, "schools closed"),
        ("Officials put the number of cancelled flights at 45.", 45, "flights cancelled"),
        ("The trust placed the diverted-ambulance count at 65 by noon.", 65, "ambulances diverted"),
        # read before too (a casualty word in the subject): still read so
        ("The number of people evacuated from the valley stands at 900.", 900, "people evacuated"),
        ("Stranded passengers now number 300, the airline said.", 300, "people stranded"),
    ],
)
def test_a_tally_subject_names_its_count(text: str, value: float, label: str) -> None:
    assert _read(text) == [(value, label)]


def test_the_blogs_middle_value_is_a_step_of_its_count() -> None:
    # 40 → 65 → 80: the 65 is no longer lost between the blog's first and latest counts
    assert _row("ambulances diverted", _BLOG) == [(80, [40, 65])]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # variants of my own: a later sentence's tally of the things an earlier one counted
        (
            "Officials said 30 flights had been cancelled. The number of cancelled flights later rose to 45.",
            "flights cancelled",
        ),
        (
            "At first 12 schools were closed. By Friday the number of schools closed had climbed to 45.",
            "schools closed",
        ),
        # read before too (a casualty word in the subject)
        (
            "Police said 30 residents had been evacuated. The number of evacuated residents later rose to 45.",
            "people evacuated",
        ),
    ],
)
def test_a_tally_replaces_the_articles_first_count(text: str, label: str) -> None:
    first = 30 if "30" in text else 12
    assert _row(label, text) == [(45, [first])]


@pytest.mark.parametrize(
    ("text", "label", "row"),
    [
        # variants of my own: the change's first value said with it
        ("The number of diverted ambulances rose from 40 to 65 on Tuesday.", "ambulances diverted", [(65, [40])]),
        ("The number of cancelled flights climbed from 30 on Monday to 45.", "flights cancelled", [(45, [30])]),
    ],
)
def test_a_tally_changed_from_one_value_to_another(text: str, label: str, row: list) -> None:
    assert _row(label, text) == row


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # found (t13y G6)
        ("Three other miners were killed in the collapse, officials said.", "miners"),
        # variants of my own: the brief's words between a number and its noun
        ("Two more people were rescued from the rubble overnight.", "people"),
        ("Five further cases were confirmed on Friday.", "cases"),
        ("Three fellow workers were injured in the blast.", "workers"),
        ("Four additional nurses were hired by the trust.", "nurses"),
    ],
)
def test_a_word_between_a_number_and_its_noun_keeps_the_noun(text: str, noun: str) -> None:
    [fig] = [f for f in figures_of(text) if f.kind == "count"]
    assert fig.noun == noun, fig


@pytest.mark.parametrize(
    "text",
    [
        "Two more than last year were hurt.",
        "Officials said three more were found.",
        "The plant employs 40 other than contractors.",
    ],
)
def test_no_noun_after_such_a_word_is_no_noun(text: str) -> None:
    [fig] = [f for f in figures_of(text) if f.kind == "count"]
    assert fig.noun == "" and text[fig.start : fig.end].rsplit(maxsplit=1)[-1].lower() not in ("more", "other"), fig


@pytest.mark.parametrize(
    ("text", "label", "unit"),
    [
        # found (t13y G6: the wire's "Three other miners" was "3 people" beside the live "3 miners")
        ("Three other miners were killed in the collapse, officials said.", "death toll", "miners"),
        # variants of my own
        ("Two other workers were injured in the blast.", "people injured", "workers"),
        ("Four fellow climbers were rescued on Sunday.", "people rescued", "climbers"),
    ],
)
def test_the_count_after_such_a_word_is_of_its_noun(text: str, label: str, unit: str) -> None:
    assert [(v.label, v.unit) for v in extract_figures(Art("a", f"Story\n\n{text}"))] == [(label, unit)]


def test_one_toll_in_the_same_noun() -> None:
    # t13y G6: one toll of 3 miners in both articles, never "3 people" beside "3 miners"
    [fact] = sheet(
        "Three other miners were killed in the collapse, officials said.", "Officials say three miners died."
    )
    assert (fact.label, fact.status, {v.unit for v in fact.values}) == ("death toll", "agree", {"miners"})


@pytest.mark.parametrize(
    "text",
    ["By 2030 other countries will follow.", "In 2019 more people died in the floods.", "In 2025 further cuts came."],
)
def test_a_year_before_such_a_word_stays_a_year(text: str) -> None:
    # the skipped word is no counted noun's start for the year rule (figures.is_year)
    assert [f.kind for f in figures_of(text)] == ["year"]


@pytest.mark.parametrize("zone", ["GMT", "BST", "CET"])
def test_a_zoned_stamp_marks_a_live_blog_read_oldest_first(zone: str) -> None:
    # A live blog that never says "live" and runs oldest first, its entry headers carrying their
    # time zone ("08.10 GMT"), is a live blog: its entries are writing times (round s36-z's recap
    # rule had read it as a recap, losing the 65 between 40 and 80). A recap's "14:30 - …" stamps,
    # with no zone, stay the times of its events (tests/cli/test_cli_timeline_live_summary_and_recaps.py).
    from waic_reader.index.analysis.facts.extract import live_entries

    blog = _BLOG.replace("GMT", zone)
    # (each time with its zone's offset: t13af N10, round s38-y2)
    offset = {"GMT": "+00:00", "BST": "+01:00", "CET": "+01:00"}[zone]
    assert [t for _, t in live_entries(blog)] == [f"{t}{offset}" for t in ("08:10", "09:45", "12:30", "17:55")]
    assert _row("ambulances diverted", blog) == [(80, [40, 65])]
    recap = blog.replace(f" {zone}\n", " - ")
    assert live_entries(recap) == []
