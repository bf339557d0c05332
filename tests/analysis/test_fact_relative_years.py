"""A relative year dates a figure as the year it names does (#16, round s34-e): "fined £2.3m last
year" in an article of 14 March 2026 is the fine of 2025, one fact with another outlet's "fined £2.3
million in 2025"; "two years ago", "the previous year", and an article dated by a wire's "March 14"
alone (the year the corpus's other dates give it) alike. An article with no date leaves the relative
year unresolved: never the year of the clock the sheet is made by. The texts are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.extract import RELATIVE_YEAR, relative_year
from waic_reader.index.corpus.reader import Corpus


def sheet(tmp_path: Path, bodies: list[tuple[str, str]]) -> list[Fact]:
    """The fact sheet of one article per (date, body); an empty date gives an article dated by its
    text alone (a .txt file: its dateline, or none)."""
    for i, (date, body) in enumerate(bodies):
        if date:
            (tmp_path / f"{chr(97 + i)}.md").write_text(
                f'---\ntitle: "Plant record {i}"\ndate: {date}\n---\n\n{body}\n', encoding="utf-8"
            )
        else:
            (tmp_path / f"{chr(97 + i)}.txt").write_text(f"Plant record {i}\n\n{body}\n", encoding="utf-8")
    return fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])


def money_rows(facts: list[Fact]) -> dict[str, list[str]]:
    return {f.label: sorted(v.doc for v in f.values) for f in facts if any(v.kind == "money" for v in f.values)}


@pytest.mark.parametrize(
    ("bodies", "label"),
    [
        # reported: "fined last year" beside the year written out
        (
            [
                ("2026-03-14", "Inspectors said the plant had been fined £2.3m last year over a chlorine leak."),
                ("2026-03-15", "Records show the site was fined £2.3 million in 2025 after a leak."),
            ],
            "fine in 2025",
        ),
        # variants: "two years ago" in an older article; "the previous year" of sales
        (
            [
                ("2019-05-02", "Regulators said the refinery was fined €5m two years ago for a spill."),
                ("2019-05-03", "The refinery was fined EUR 5 million in 2017, the agency said."),
            ],
            "fine in 2017",
        ),
        (
            [
                # (counted back from the year the sentence before names: review s34-r item 2)
                ("2024-11-20", "The filing covers 2024. Halden Mining had sales of $90 million the previous year."),
                ("2024-11-21", "Halden Mining had sales of 90 million dollars in 2023."),
            ],
            "revenue in 2023",
        ),
        # a wire dated by its dateline's day and month: the year the other article gives it
        (
            [
                ("2021-05-02", "Dorvik Oil was fined 5 mln euros in 2020 after the spill."),
                ("", "DORVIK, May 3 (Nordwire) - Dorvik Oil was fined €5m last year after the spill."),
            ],
            "fine in 2020",
        ),
    ],
)
def test_a_relative_year_dates_the_figure(tmp_path: Path, bodies: list[tuple[str, str]], label: str) -> None:
    rows = money_rows(sheet(tmp_path, bodies))
    assert rows == {label: ["a", "b"]}
    # "two years ago" is no duration of two years
    assert not [f for f in sheet(tmp_path, bodies) if f.label == "duration"]


@pytest.mark.parametrize(
    "body",
    [
        "The plant was fined $750,000 last year over a leak.",
        "The plant was fined $750,000 three years ago over a leak.",
        "Last year the plant was fined $750,000 over a leak.",
    ],
)
def test_an_undated_article_leaves_it_unresolved(tmp_path: Path, body: str) -> None:
    # no date anywhere: never the clock's year ("fine in 2025" read in December 2026)
    rows = money_rows(sheet(tmp_path, [("", body)]))
    assert list(rows) == ["fine"]


def test_this_year_is_the_articles_own(tmp_path: Path) -> None:
    rows = money_rows(
        sheet(
            tmp_path,
            [
                ("2026-03-14", "The plant was fined $750,000 this year over a leak."),
                ("2026-03-15", "The plant was fined $750,000 over a leak, the agency said."),
            ],
        )
    )
    assert rows == {"fine": ["a", "b"]}


@pytest.mark.parametrize(
    ("phrase", "ago"),
    [
        ("last year", 1),
        ("the previous year", 1),
        ("l'an dernier", 1),
        ("l’année dernière", 1),
        ("im vergangenen Jahr", 1),
        ("im Vorjahr", 1),
        ("el año pasado", 1),
        ("this year", 0),
        ("cette année", 0),
        ("two years ago", 2),
        ("12 years ago", 12),
        ("il y a trois ans", 3),
        ("vor zwei Jahren", 2),
        ("the year before last", 2),
        ("im vorletzten Jahr", 2),
    ],
)
def test_relative_year_phrases(phrase: str, ago: int) -> None:
    m = RELATIVE_YEAR.search(f"x {phrase} y")
    assert m is not None and re.sub(r"\s+", " ", m.group()) == phrase
    assert relative_year(m) == ago


def test_many_years_ago_names_no_year() -> None:
    m = RELATIVE_YEAR.search("many years ago")
    assert m is not None and relative_year(m) is None


@pytest.mark.parametrize(
    "earlier",
    [
        "Last year a flood in the valley killed 40 people.",
        "A similar flood two years ago killed 31 people in the valley.",
        "The previous year the river killed 9 people when it burst its banks.",
        "The river killed 40 people in a flood last year.",
    ],
)
@pytest.mark.parametrize("date", ["2026-03-14", ""])
def test_an_earlier_years_toll_is_no_value_of_this_one(tmp_path: Path, earlier: str, date: str) -> None:
    # in an article dated by its metadata, or by a wire's dateline alone ("VALDMARK, March 14"): a
    # toll of "last year" is another event's, as "in 2025" is (its 40 was a disagreement with 12)
    dateline = "" if date else "VALDMARK, March 14 (Nordwire) - "
    facts = sheet(
        tmp_path,
        [
            (date, f"{dateline}{earlier} On Monday the river burst its banks and 12 people were killed."),
            ("2026-03-15", "Twelve people were killed when the river burst its banks on Monday."),
        ],
    )
    [toll] = [f for f in facts if f.label == "death toll"]
    assert sorted(v.value for v in toll.values) == [12, 12] and toll.agree


def test_a_relative_year_after_a_figure_of_this_story_keeps_it(tmp_path: Path) -> None:
    # "under a €40 million contract awarded last year": the contract is this story's, as a total
    # of that year is ("carried 412,000 passengers last year", tests/cli/test_cli_facts_rates.py)
    facts = sheet(
        tmp_path,
        [
            (
                "2026-03-14",
                "The dam was being repaired by Halvard Construction under a €40 million contract awarded last year.",
            ),
            ("2026-03-15", "Halvard Construction holds the €40 million repair contract for the dam."),
        ],
    )
    assert [sorted(v.doc for v in f.values) for f in facts if f.values[0].kind == "money"] == [["a", "b"]]


# --- review s34-r item 2 (round s34-q): "the previous year", "the year before", "the prior year"
# count back from a year the text has just named (in its sentence or the one before), never from
# the article's date; with none named, they date nothing


@pytest.mark.parametrize(
    ("bodies", "rows"),
    [
        # reported: the year before 2019 is 2018, never the article's 2025 (a false "agree" with
        # another outlet's "fined $750,000 last year")
        (
            [
                (
                    "2026-03-10",
                    "Regulators fined Halvik Mining Ltd $3 million on Tuesday. The mine was fined $2 million in "
                    "2019. It had been fined $750,000 the year before.",
                ),
                ("2026-03-10", "Halvik Mining Ltd was fined $3 million on Tuesday. It was fined $750,000 last year."),
            ],
            {"fine": ["a", "b"], "fine in 2019": ["a"], "fine in 2018": ["a"], "fine in 2025": ["b"]},
        ),
        # variants: in its own sentence ("the prior year"), and after a year itself counted from
        # the article's ("last year … the year before": two years before it)
        (
            [
                ("2026-03-10", "Halden Mining had sales of $120 million in 2021, against $90 million the prior year."),
                ("2026-03-11", "Halden Mining had sales of 90 million dollars in 2020, the filing shows."),
            ],
            {"revenue in 2021": ["a"], "revenue in 2020": ["a", "b"]},
        ),
        (
            [
                (
                    "2026-03-10",
                    "The plant was fined €2 million last year. It had been fined €1 million the year before.",
                ),
                ("2026-03-11", "The plant was fined EUR 1 million in 2024 after a leak."),
            ],
            {"fine in 2025": ["a"], "fine in 2024": ["a", "b"]},
        ),
    ],
)
def test_a_year_counted_back_from_a_named_one(
    tmp_path: Path, bodies: list[tuple[str, str]], rows: dict[str, list[str]]
) -> None:
    assert money_rows(sheet(tmp_path, bodies)) == rows


@pytest.mark.parametrize(
    "body",
    [
        "The plant was fined $3 million on Tuesday. It had been fined $750,000 the year before.",
        "The plant was fined $3 million on Tuesday, and $750,000 the previous year.",
        # the dateline's year is the article's date, no year the text names
        "KELLBY, March 10, 2026 - The plant was fined $750,000 the prior year, officials said.",
    ],
)
def test_a_year_counted_back_from_none_named_dates_nothing(tmp_path: Path, body: str) -> None:
    # no year named before it: never "fine in 2025" beside another outlet's fine of 2025
    rows = money_rows(
        sheet(tmp_path, [("2026-03-10", body), ("2026-03-11", "The plant was fined $750,000 in 2025, records show.")])
    )
    assert rows.get("fine in 2025") == ["b"], rows


# --- review s34-r item 3 (round s34-q): "over the last year", "in the last year" are the past
# twelve months, no calendar year: one loss with another outlet's undated "lost $40 million"


@pytest.mark.parametrize("phrase", ["over the last year", "in the last year", "during the last year"])
def test_the_last_year_is_no_calendar_year(tmp_path: Path, phrase: str) -> None:
    rows = money_rows(
        sheet(
            tmp_path,
            [
                ("2026-03-10", f"Halvik Mining Ltd said on Tuesday that it lost $40 million {phrase} as prices fell."),
                ("2026-03-10", "Halvik Mining Ltd lost $40 million, the company said on Tuesday."),
            ],
        )
    )
    assert rows == {"loss": ["a", "b"]}


@pytest.mark.parametrize("phrase", ["over the last year", "in the past year", "during its last year"])
def test_the_last_year_is_no_relative_year(phrase: str) -> None:
    assert RELATIVE_YEAR.search(f"x {phrase} y") is None
