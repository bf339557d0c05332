"""One measure's values said in other words are one row (issue #16; review s42-rv finding 10,
tester t13aj N1 and N4): a disease's cases "confirmed" or not, "ships" and "vessels", containers
"stuck" and "stranded", the story's strikers named by their trade, by "workers" or as a union's
"members", and a live blog's count updated in its entries. Each was split over rows, so the real
disagreement read "agree" or "single source" and a rising count never showed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


def _rows(facts: list[Fact]) -> list[tuple[str, list[tuple[str, float]]]]:
    """(status, [(doc, value)]) of each row of counts."""
    return [(f.status, [(v.doc, float(v.value)) for v in f.values]) for f in facts if f.values[0].kind == "count"]


# found (s42-rv p1.py "cases", the measles corpus's ledes)
_MEASLES = (
    "A measles outbreak in Bristol has grown to 87 confirmed cases, health officials said.",
    "The number of measles cases in Bristol has risen to 112, health officials said.",
    "The outbreak has now reached 134 cases, officials said.",
)


@pytest.mark.parametrize(
    "texts",
    [
        _MEASLES,
        # variants: another disease, its tally worded as a count; cases "recorded" and not
        (
            "The mumps outbreak at the university has grown to 40 recorded cases, the agency said.",
            "Health officials said the number of mumps cases at the university had reached 52.",
        ),
        (
            "There have been 210 confirmed cholera cases in the district, the ministry said.",
            "The ministry said 260 cholera cases had been reported in the district.",
        ),
    ],
)
def test_an_outbreaks_cases_are_one_row(texts: tuple[str, ...]) -> None:
    facts = sheet(*texts)
    rows = _rows(facts)
    assert len(rows) == 1, [f.label for f in facts]
    status, values = rows[0]
    assert status == "disagree" and len(values) == len(texts)
    assert all(f.label != "measles" for f in facts)  # never a disease's name as the label


@dataclass
class _Dated:
    doc: str
    date: str
    outlet: str
    text: str
    title: str = "Story"

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def test_the_rising_case_count_is_one_timeline_subject() -> None:
    # the user's goal: the timeline shows the cases rising, 87 → 112 → 134
    dates = ("2026-02-10T08:00", "2026-02-12T17:00", "2026-02-16T12:00")
    arts = [
        _Dated(doc, date, outlet, f"Story\n\n{text}")
        for doc, date, outlet, text in zip("abc", dates, ("Guardian", "BBC", "Bristol Post"), _MEASLES, strict=True)
    ]
    timeline = build_timeline(arts, {}, fact_sheet([(a, []) for a in arts]))
    changes = [[c.value for c in s.changes()] for s in timeline.subjects.values() if s.kind == "fact"]
    assert ["87", "112", "134"] in changes


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # found (s42-rv p1.py "ships", "dockers")
        (
            (
                "More than 40 ships were waiting at anchor, the port authority said.",
                "About 60 vessels were waiting at anchor by Wednesday morning.",
            ),
            "agree",  # more than 40 is a bound 60 meets
        ),
        (("The port employs 9,000 dockworkers.", "The port employs about 9,000 dockers."), "agree"),
        # variant: one vessel count written exactly twice, the other way round
        (
            (
                "Officials said 14 vessels had been diverted to Rotterdam.",
                "Officials said 11 ships had been diverted to Rotterdam.",
            ),
            "disagree",
        ),
    ],
)
def test_nouns_of_one_kind_are_one_count(texts: tuple[str, str], status: str) -> None:
    rows = _rows(sheet(*texts))
    assert rows == [(status, [("a", rows[0][1][0][1]), ("b", rows[0][1][1][1])])]


# found (t13aj corpus: wire/nordwire-0314.txt and pages/harbourgazette-strike.html)
_STUCK = "Roughly 90,000 containers are stuck on the quays, the port authority said."
_STRANDED = "About 85,000 containers are stranded on the quays, according to the port authority."


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # "about 85,000" and "roughly 90,000" meet as hedged counts (README: "about 290" meets 300)
        ((_STRANDED, _STUCK), "agree"),
        # variants: written exactly they disagree; people stuck are people stranded
        (
            (
                "Some 85,000 containers were stranded at the terminal.".replace("Some ", ""),
                "90,000 containers were stuck at the terminal.",
            ),
            "disagree",
        ),
        (
            (
                "At the airport, 300 passengers were stuck overnight after the storm.",
                "At the airport, 340 passengers were stranded overnight after the storm.",
            ),
            "disagree",
        ),
    ],
)
def test_stuck_and_stranded_are_one_count(texts: tuple[str, str], status: str) -> None:
    rows = _rows(sheet(*texts))
    assert [(s, [doc for doc, _ in values]) for s, values in rows] == [(status, ["a", "b"])]


# found (t13aj corpus: the Gazette's, the live blog's and Maritime Daily's sentences)
_STRIKERS = (
    "The strike at the port entered its fifth day. About 12,000 members of the General Dockworkers Union (GDU) "
    "walked out on Monday, March 10, after talks collapsed over pay.",
    "About 15,000 dockworkers are now on strike, the union says.",
    "Fifty-two container ships were waiting at anchor as a strike by 12,000 dockworkers entered its fifth day.",
)


@pytest.mark.parametrize(
    "texts",
    [
        _STRIKERS,
        # variants: a walkout by a trade, the strikers "at" a place walking off the job
        (
            "A walkout by 3,000 nurses closed wards across the city.",
            "Some 3,500 nurses stayed away from work on Tuesday in the strike over pay.",
        ),
        (
            "About 2,000 workers at the Kessby plant walked off the job in a strike over pensions.",
            "Union officials said 2,400 steelworkers were on strike at Kessby.",
        ),
    ],
)
def test_the_storys_strikers_are_one_row(texts: tuple[str, ...]) -> None:
    facts = sheet(*texts)
    struck = [f for f in facts if f.values[0].kind == "count" and f.values[0].measure == "strike"]
    assert len(struck) == 1, [f.label for f in facts]
    assert struck[0].status == "disagree" and sorted(v.doc for v in struck[0].values) == sorted("abc"[: len(texts)])
    assert not any(f.label.endswith(" entered") for f in facts)  # the strike's verb, no strikers'


# found (s42-rv src/blog.txt: the live blog's entries and Reuters)
_BLOG = """Live: Antwerp dock strike

09.15 GMT
More than 40 ships are waiting at anchor off Antwerp, the port authority said.

12.30 GMT
The number of ships waiting has risen to 52, the port authority said.

16.45 GMT
Port officials now say 58 ships are waiting to enter the port."""


_REUTERS = "Some 58 ships were waiting to enter Antwerp on Tuesday evening, the port authority said."


@pytest.mark.parametrize(
    ("blog", "other"),
    [
        (_BLOG, _REUTERS),
        # variants: the blog counting "vessels" in one entry; lorries queueing, updated
        (_BLOG.replace("number of ships waiting", "number of vessels waiting"), _REUTERS),
        (
            _BLOG.replace("ships", "lorries").replace("waiting", "queueing").replace(" at anchor", ""),
            _REUTERS.replace("ships", "lorries").replace("waiting", "queueing"),
        ),
    ],
)
def test_a_live_blogs_updated_count_is_one_value_with_its_steps(blog: str, other: str) -> None:
    facts = sheet(blog, other)
    counts = [f for f in facts if f.values[0].kind == "count"]
    assert len(counts) == 1, [f.label for f in facts]
    latest = next(v for v in counts[0].values if v.doc == "a")
    assert latest.value == 58 and [e.value for e in latest.earlier] == [40, 52]
