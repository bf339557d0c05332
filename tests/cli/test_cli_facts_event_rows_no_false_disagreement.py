"""``facts --json``: the rows of earlier and previous events never cry wolf (review s38-rv findings
1-4, round s38-z1; the reviewer's inputs as written, and variants of my own).

Round s38-x1 made rows of an event's year and of an earlier event's count; four kinds of them
disagreed where nothing did:

1. an earlier event's count was keyed by its year alone: "A 1987 landslide … killed 31" and "In
   1987 a flood … killed 40" were one row ``death toll (1987 flood)`` DISAGREE 31 · 40. Now the
   event's kind is in the key; a count naming only the year (or a generic "disaster") joins the
   named row only when the story names one kind of event that year.
2. "slide" was an event everywhere, and every slide a landslide: a share price's slide ("The
   previous slide came in 2008") made ``year of the previous landslide``. Now a bare "slide" is a
   landslide only in an article naming the landslide by another of its nouns, or one saying what
   the slide did to people or places and naming no market.
3. any past verb with an object before a dating or relative year named the year's event: "The
   president visited the town two years ago" vs "… in 2019" was ``year of visiting`` DISAGREE. Now
   only works done once to a thing (widening, raising, building …) are so read; a recurring act
   (a visit, a closure, an inspection) dated by a relative year names no event unless "last" says
   which one.
4. "the latest eruption" (this story's), "the last two strikes" (several) and a year not before the
   article's were read as the previous event's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _wire(outlet: str, body: str, city: str = "Brenzola", date: str = "Nov 9, 2026") -> str:
    return f"{city}\n\n{city.upper()}, {date} ({outlet}) - {body}\n"


def _rows(facts: list[dict[str, Any]]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {f["label"]: (f["status"], {v["doc"]: v["value"] for v in f["values"]}) for f in facts}


def _disagreeing(facts: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(label, values) for label, (status, values) in _rows(facts).items() if status == "disagree"]


KILLED = "Twelve people were killed in the landslide. "


# -- 1. an earlier event's count keyed by its year only ---------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "rows"),
    [
        # the reviewer's input, as written
        (
            KILLED + "A 1987 landslide in the valley killed 31 people.",
            KILLED + "In 1987 a flood in the region killed 40 people.",
            {"death toll (1987 landslide)": {"a": 31}, "death toll (1987 flood)": {"b": 40}},
        ),
        # variants: a mine's blast and fire of one year; a flood and an avalanche
        (
            "Nine miners died in a blast at the pit. A 1974 explosion at the pit killed 31 miners.",
            "Nine miners died in a blast at the pit. In 1974 a fire in the lower shaft killed 12 miners.",
            {"death toll (1974 explosion)": {"a": 31}, "death toll (1974 fire)": {"b": 12}},
        ),
        (
            "Floods killed 23 people on Sunday. A 1999 flood in the valley killed 40 people.",
            "Floods killed 23 people on Sunday. A 1999 avalanche on the pass killed 12 people.",
            {"death toll (1999 flood)": {"a": 40}, "death toll (1999 avalanche)": {"b": 12}},
        ),
    ],
    ids=["reported", "mine", "flood-avalanche"],
)
def test_two_earlier_events_of_one_year_are_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, rows: dict[str, dict[str, int]]
) -> None:
    facts = _facts(tmp_path, capsys, {"a.txt": _wire("Alpwire", a), "b.txt": _wire("Courier", b)})
    found = _rows(facts)
    for label, values in rows.items():
        assert found.get(label, ("", {}))[1] == values, found
    assert not _disagreeing(facts)


def test_a_year_only_count_joins_no_row_when_the_year_has_two_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "a.txt": _wire("Alpwire", "Floods killed 23 people on Sunday. A 1999 flood in the valley killed 40 people."),
        "b.txt": _wire("Courier", "Floods killed 23 people on Sunday. A 1999 avalanche on the pass killed 12 people."),
        "c.txt": _wire("Herald", "The death toll of 23 is far below the 44 who died in 1999."),
    }
    facts = _facts(tmp_path, capsys, files)
    found = _rows(facts)
    assert found["death toll (1999 flood)"][1] == {"a": 40}
    assert found["death toll (1999 avalanche)"][1] == {"b": 12}
    assert found["death toll"] == ("agree", {"a": 23, "b": 23, "c": 23})
    assert not _disagreeing(facts)


def test_a_year_only_or_generic_count_joins_the_one_named_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # control: one kind of event that year; "the 1987 disaster" and "the 29 who died in 1987" are it
    files = {
        "a.txt": _wire("Alpwire", KILLED + "A 1987 landslide in the valley killed 31 people."),
        "b.txt": _wire("Courier", KILLED + "The 1987 disaster in the valley killed 30 people."),
        "c.txt": _wire("Herald", "The death toll of 12 is less than half the 29 who died in 1987."),
    }
    facts = _facts(tmp_path, capsys, files)
    assert _rows(facts)["death toll (1987 landslide)"] == ("disagree", {"a": 31, "b": 30, "c": 29})


def test_one_earlier_event_worded_two_ways_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # control: the kind in the key must not split one event its outlets word differently
    files = {
        "a.txt": _wire("Alpwire", "Nine miners died in a blast at the pit. A 1974 blast at the pit killed 31 miners."),
        "b.txt": _wire("Courier", "Nine miners died in a blast. A 1974 explosion at the pit killed 33 miners."),
    }
    facts = _facts(tmp_path, capsys, files)
    assert _rows(facts)["death toll (1974 explosion)"] == ("disagree", {"a": 31, "b": 33})


# -- 2. "slide" an event everywhere, and a landslide ------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the reviewer's input, as written
        (
            "Shares in Norvik fell 12 percent on Monday. The last slide of that size was in 2020, analysts said.",
            "Shares in Norvik fell 12 percent on Monday. The previous slide came in 2008.",
        ),
        # variants: oil prices (a slide that "hit"), a currency
        (
            "Oil prices fell 9% on Tuesday. The last slide this steep hit traders in 2014.",
            "Oil prices fell 9% on Tuesday. The previous slide of that size came in 2020.",
        ),
        (
            "The krone lost 6 percent against the euro. The previous slide, in 2015, lasted a month.",
            "The krone lost 6 percent against the euro. The last slide came in 2008, economists said.",
        ),
    ],
    ids=["reported", "oil", "currency"],
)
def test_a_market_slide_is_no_landslide(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> None:
    facts = _facts(tmp_path, capsys, {"a.txt": _wire("Alpwire", a, "Oslo"), "b.txt": _wire("Courier", b, "Oslo")})
    assert not [f["label"] for f in facts if "landslide" in f["label"] or "previous" in f["label"]]
    assert not [(label, v) for label, v in _disagreeing(facts) if label.startswith("year")]


def test_a_market_slides_count_is_no_landslides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _wire(
            "Alpwire",
            "Shares in Norvik fell 12 percent on Monday. After the 2008 slide, 14 bankers were arrested.",
            "Oslo",
        ),
        "b.txt": _wire(
            "Courier",
            "Shares in Norvik fell 12 percent. In 2008 a slide of 40 percent forced the evacuation of 300 traders.",
            "Oslo",
        ),
    }
    facts = _facts(tmp_path, capsys, files)
    assert not [f["label"] for f in facts if "landslide" in f["label"]]


# -- 3. any verb with an object before a dating or relative year --------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the reviewer's inputs, as written
        ("The president visited the town two years ago.", "The president visited the town in 2019."),
        ("The old church was destroyed by fire 40 years ago.", "The old church was destroyed by a fire in 1982."),
        (
            "The road was closed by police three years ago after a rockfall.",
            "Police closed the road in 2021 after a rockfall.",
        ),
        # variants: a meeting, a visit told with an agent, an inspection (recurring, no "last")
        ("The mayor thanked the volunteers two years ago.", "The mayor thanked the volunteers in 2023."),
        ("The dam was toured by the king ten years ago.", "The king toured the dam in 2014."),
        ("The bridge was inspected by engineers two years ago.", "Engineers inspected the bridge in 2023."),
    ],
    ids=["visited", "destroyed", "closed", "thanked", "toured-by", "inspected-by"],
)
def test_a_recurring_act_dated_two_ways_never_disagrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str
) -> None:
    files = {"a.txt": _wire("Alpwire", KILLED + a), "b.txt": _wire("Courier", KILLED + b)}
    facts = _facts(tmp_path, capsys, files)
    assert not _disagreeing(facts)
    assert _rows(facts)["death toll"] == ("agree", {"a": 12, "b": 12})


def test_a_work_done_once_still_compares(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # control (s38-x1's win, another verb): a work done once to a thing, dated two ways
    files = {
        "a.txt": _wire("Alpwire", KILLED + "Geotekna resurfaced the road above the town six years ago."),
        "b.txt": _wire("Courier", KILLED + "The road above the town was resurfaced by Geotekna in 2019."),
    }
    facts = _facts(tmp_path, capsys, files)
    assert _rows(facts)["year of resurfacing"] == ("disagree", {"a": 2020, "b": 2019})


# -- 4. "latest", "last two" and the story's own year as the previous event's ---------------------------


@pytest.mark.parametrize(
    ("a", "b", "previous"),
    [
        # the reviewer's inputs, as written
        (
            "Lava poured from Mount Keldra on Sunday. The latest eruption began in 2026 after weeks of tremors.",
            "Lava poured from Mount Keldra on Sunday. The previous eruption, in 1947, killed nobody.",
            ("year of the previous eruption", {"b": 1947}),
        ),
        (
            KILLED + "The latest landslide struck in 2026 after heavy rain.",
            KILLED + "The previous landslide struck the town in 1985.",
            ("year of the previous landslide", {"b": 1985}),
        ),
        (
            "Dock workers walked out on Monday. The last two strikes, in 2019 and 2022, shut the port for weeks.",
            "Dock workers walked out on Monday. The previous strike was in 2022.",
            ("year of the previous strike", {"b": 2022}),
        ),
        # variants: the story's own year after "last"; several earlier events in words
        (
            "Snow buried the pass road on Friday. The last avalanche on the pass, in 2026, closed it for a week.",
            "Snow buried the pass road on Friday. The previous avalanche struck the pass in 1997.",
            ("year of the previous avalanche", {"b": 1997}),
        ),
        (
            "The river burst its banks on Sunday. The last three floods, in 1990, 2004 and 2015, were small.",
            "The river burst its banks on Sunday. The previous flood was in 2015.",
            ("year of the previous flood", {"b": 2015}),
        ),
        (
            "The river burst its banks on Sunday. The latest flood reached the old town in 2026.",
            "The river burst its banks on Sunday. The last flood to reach the old town was in 1999.",
            ("year of the previous flood", {"b": 1999}),
        ),
    ],
    ids=["latest-eruption", "latest-landslide", "last-two-strikes", "last-this-year", "last-three", "latest-flood"],
)
def test_the_previous_event_is_one_before_the_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, previous: tuple[str, dict[str, int]]
) -> None:
    files = {"a.txt": _wire("Alpwire", a), "b.txt": _wire("Courier", b)}
    facts = _facts(tmp_path, capsys, files)
    label, values = previous
    assert _rows(facts)[label][1] == values
    assert not [(lbl, v) for lbl, v in _disagreeing(facts) if lbl.startswith("year")]
