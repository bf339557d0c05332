"""An outbreak's running count, however the outlets word it, is one row (review s43-rv finding 12):
"cases have reached 331", "now reports 340 cases" and "cases now stand at 352" in a live blog's
entries are its one count, its latest the value and the others what it said first (three rows,
"cases", "cases: reports", "cases: stand"); a blog whose title alone says it is live (a record's
metadata) is one; "Kisumu has recorded 340 cholera cases" is a value of the row of counts naming no
place (a row "cholera cases: deaths" apart). Counts of other things stay apart."""

from __future__ import annotations

from dataclasses import dataclass

from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import Fact, fact_sheet


@dataclass
class _Titled(Art):
    title: str = ""


def _rows_of(facts: list[Fact], doc: str) -> list[Fact]:
    return [f for f in facts if any(v.doc == doc for v in f.values)]


_BLOG = (
    "LIVE: Kisumu cholera outbreak\n\n"
    "09:10 Health officials say cases have reached 331.\n\n"
    "11:45 The county now reports 340 cases and 15 deaths, Dr Grace Otieno says.\n\n"
    '14:20 Update: cases now stand at 352, Otieno says. "We are not yet over the peak."'
)


def test_a_live_blogs_cases_are_one_value_its_latest() -> None:
    # the reported input (the review's cholera corpus: a wire's 312 and the blog)
    facts = sheet(
        "The number of cholera cases in Kisumu county has risen to 312, up from 260 on Sunday, health"
        " officials said on Monday. Fourteen people have died.",
        _BLOG,
    )
    cases = [f for f in _rows_of(facts, "b") if f.label != "death toll"]
    assert len(cases) == 1, [(f.label, [v.value for v in f.values]) for f in cases]
    (value,) = [v for v in cases[0].values if v.doc == "b"]
    assert value.value == 352 and [e.value for e in value.earlier] == [331, 340]
    assert {v.doc for v in cases[0].values} == {"a", "b"} and cases[0].status == "disagree", cases[0].grounds


def test_a_blog_live_by_its_title_alone() -> None:
    # a record's title is no line of its text: the blog says it is live by its title
    blog = _Titled("b", _BLOG.split("\n\n", 1)[1], "LIVE: Kisumu cholera outbreak")
    facts = fact_sheet(
        [(Art("a", "Story\n\nMeasles cases have risen to 87 in Ostvik, officials said."), []), (blog, [])]
    )
    (value,) = [v for f in facts for v in f.values if v.doc == "b" and v.head == "cases"]
    assert value.value == 352, value


def test_measles_cases_have_risen_to_and_stand_at() -> None:
    blog = (
        "Measles outbreak: live updates\n\n"
        "08:00 Measles cases have risen to 87, the health board says.\n\n"
        "12:30 The health board has confirmed 90 measles cases.\n\n"
        "16:00 Measles cases now stand at 94."
    )
    facts = sheet(blog, "The health board said on Friday that measles cases had reached 94.")
    rows = [f for f in _rows_of(facts, "a") if "cases" in f.label]
    assert len(rows) == 1 and [v.value for v in rows[0].values] == [94, 94], rows
    assert rows[0].status == "agree", rows[0].grounds


def test_a_place_owner_on_one_value_only_splits_no_row() -> None:
    # the review's stale corpus, and its sentence without the place before the count
    for first in (
        "Cholera cases rise in Kisumu\n\nThe number of cholera cases in Kisumu has risen to 312, health"
        " officials said on Monday. Fourteen people have died.",
        "The number of cholera cases has risen to 312, health officials said on Monday. Fourteen people have died.",
    ):
        facts = sheet(
            first,
            "Kisumu outbreak grows\n\nKisumu has recorded 340 cholera cases and 16 deaths, the Ministry of Health said.",
        )
        rows = [f for f in facts if f.label != "death toll"]
        assert [sorted(v.value for v in f.values) for f in rows] == [[312, 340]], [(f.label, f.values) for f in rows]
        assert rows[0].label == "cholera cases" and rows[0].status == "disagree"


def test_cases_and_deaths_suspected_cases_stay_apart() -> None:
    facts = sheet(
        "LIVE: Kisumu cholera outbreak\n\n09:10 The county now reports 340 cases.\n\n"
        "11:00 Another 40 suspected cases are being tested.\n\n13:00 The county now reports 16 deaths.",
        "Kisumu has recorded 340 cholera cases and 15 deaths, the Ministry of Health said.",
    )
    cases = next(f for f in facts if any(v.doc == "a" and v.value == 340 for v in f.values))
    assert [v.value for v in cases.values] == [340, 340] and cases.status == "agree", cases.values
    toll = next(f for f in facts if f.label == "death toll")
    assert sorted(v.value for v in toll.values) == [15, 16]


def test_a_blogs_first_and_booster_doses_stay_apart() -> None:
    facts = sheet(
        "LIVE: Kestrow vaccination drive\n\n09:00 The health board reports 12,000 first doses.\n\n"
        "13:00 The health board now reports 8,000 booster doses.",
        "The health board said 12,000 first doses had been given.",
    )
    rows = sorted((f.label, [v.value for v in f.values]) for f in facts)
    assert rows == [("booster doses", [8000]), ("first doses", [12000, 12000])], rows
