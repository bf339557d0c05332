"""``facts --json`` and ``entities --json`` on event years said in other wordings, and on one thing
named by a generic noun of its kind (issue #16, round s37-f2; t13ac M13, the repro folder v8 as
written, and variants of my own).

M13: "The killer mountain last blew half a century ago" gave no year (a volcano "blew": its
eruption) and its DATE entity was "a century ago" ("half" lost); "It was the deadliest eruption
since 1973, when 42 people died" gave nothing, though it dates the eruption "Keldra last erupted
in 1973" dates, and "The volcano last erupted 53 years ago" (≈1973) agrees with them: one row,
``year of eruption``, its four values agreeing.

"the crossing opened in 1974" and "the bridge opened in 1976" in one story about one bridge were
two rows (``year of opening (crossing)``, ``(bridge)``), never compared: a generic noun of a kind
("the crossing", "the span" of a bridge; "the mountain", "the peak" of a volcano) is the one thing
of that kind the story names; never when it names two."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], command: str) -> dict[str, Any]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    lines = ["articles:"]
    for k, body in enumerate(texts):
        name = f"{'abcdefgh'[k]}.txt"
        (corpus / name).write_text(body + "\n", encoding="utf-8")
        lines.append(f"  {name}: {{outlet: Outlet{k}, date: 2026-06-1{1 + k // 3}}}")
    (corpus / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got: dict[str, Any] = json.loads(out)
    return got


@pytest.mark.parametrize(
    ("texts", "years", "span"),
    [
        # reported (t13ac repro v8)
        (
            [
                "Keldra last erupted in 1973, when 42 people were killed.",
                "The killer mountain last blew half a century ago, when 42 islanders perished.",
                "It was the deadliest eruption since 1973, when 42 people died.",
                "The volcano last erupted 53 years ago.",
            ],
            # (c's "the deadliest eruption since 1973" is an earlier, deadlier eruption's year, no
            # date of the last one: review s37-rv finding 1, round s37-y1)
            {"a": 1973, "b": 1976, "d": 1973},
            "half a century ago",
        ),
        # variants: another volcano, a quarter of a century, "the first eruption since"
        (
            [
                "Mount Orrin last erupted in 2001, burying two villages.",
                "The peak last blew a quarter of a century ago.",
                "It was the first eruption since 2001, officials said.",
                "The volcano last erupted 25 years ago.",
            ],
            {"a": 2001, "b": 2001, "c": 2001, "d": 2001},
            "a quarter of a century ago",
        ),
        # half a decade, "the largest eruption since … , when"
        (
            [
                "Tavurvur last erupted in 2021.",
                "The mountain last blew half a decade ago, when ash buried the market.",
                "It was the largest eruption since 2021, when two people died.",
                "The volcano last erupted five years ago, the observatory said.",
            ],
            {"a": 2021, "b": 2021, "d": 2021},  # (c: a superlative's "since", as above)
            "half a decade ago",
        ),
    ],
)
def test_the_last_eruptions_year_is_one_row_in_any_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], years: dict[str, int], span: str
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")["facts"]
    [row] = [f for f in facts if f["label"] == "year of eruption"]
    assert {v["doc"]: v["value"] for v in row["values"]} == years
    assert row["status"] == "agree"
    assert [v["qualifier"] for v in row["values"] if v["doc"] == "b"] == ["about"]
    assert not [f for f in facts if f["label"] in ("year", "duration") and f["sources"] > 1]
    entities = _run(tmp_path, capsys, texts, "entities")["entities"]
    dates = {e["name"] for e in entities if e["type"] == "DATE"}
    assert span in dates  # read whole: "half" and "a quarter of" kept
    assert not {"a century ago", "a decade ago"} & dates


def test_a_round_span_far_from_the_year_still_disagrees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (no agreement made up: half a century, about 1976 ± 5, is no 1990)
    facts = _run(
        tmp_path,
        capsys,
        ["Keldra last erupted in 1990.", "The killer mountain last blew half a century ago."],
        "facts",
    )["facts"]
    [row] = [f for f in facts if f["label"] == "year of eruption"]
    assert row["status"] == "disagree"


@pytest.mark.parametrize(
    "texts",
    [
        # reported wording (the crossing, the bridge)
        [
            "Traffic was halted on the Corvenna Bridge on Monday. The crossing opened in 1974.",
            "Engineers closed the Corvenna Bridge. The bridge opened in 1976.",
        ],
        # variants: the span; the bridge named only in the other article
        [
            "Cracks were found in the Halden Bridge. The span opened in 1974, officials said.",
            "The Halden Bridge opened in 1976.",
        ],
        [
            "Inspectors found rust on the Oru Bridge. The crossing first opened to traffic in 1974.",
            "The bridge opened to traffic in 1976, the city said.",
        ],
    ],
)
def test_a_generic_noun_is_the_one_thing_of_its_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")["facts"]
    rows = [f for f in facts if f["label"].startswith("year of opening")]
    assert len(rows) == 1, [f["label"] for f in rows]
    assert rows[0]["status"] == "disagree"
    assert {v["doc"]: v["value"] for v in rows[0]["values"]} == {"a": 1974, "b": 1976}


@pytest.mark.parametrize(
    "texts",
    [
        # the story names two bridges: "the crossing" may be either
        [
            "The Corvenna Bridge and the Harl Bridge were closed. The crossing opened in 1974.",
            "The bridge opened in 1976.",
        ],
        [
            "The Halden Bridge opened in 1976.",
            "The Oru Bridge was shut. The span opened in 1974.",
        ],
    ],
)
def test_a_generic_noun_joins_nothing_when_two_things_of_its_kind_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str]
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")["facts"]
    assert not [f for f in facts if f["label"].startswith("year of opening") and f["status"] == "disagree"]


def test_a_volcanos_generic_noun_is_the_volcano(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _run(
        tmp_path,
        capsys,
        [
            "The volcano near Oskby is 1,200 metres high. The mountain opened to hikers in 1988.",
            "The volcano opened to hikers in 1990.",
        ],
        "facts",
    )["facts"]
    rows = [f for f in facts if f["label"].startswith("year of opening")]
    assert len(rows) == 1 and rows[0]["status"] == "disagree"


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # an event a thing has once: its noun's attribute year is its year ("The 1973 eruption
        # killed 42" and "Its 2019 inspection" date one of many eruptions and inspections, never
        # the last one: review s37-rv finding 1, round s37-y1, tests/cli/test_cli_facts_repeated_events_subject_heads.py)
        (["The terminal opened in 1987.", "Since its 1987 opening, the terminal has grown."], "year of opening"),
        (["The dam was demolished in 2004.", "After its 2004 demolition, the valley flooded."], "year of demolition"),
    ],
)
def test_a_year_before_an_events_noun_is_that_events_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], label: str
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")["facts"]
    [row] = [f for f in facts if f["label"] == label]
    assert sorted(v["doc"] for v in row["values"]) == ["a", "b"]
    assert not [f for f in facts if f["label"] == "year"]


def test_a_works_first_since_dates_no_row_of_that_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (a closure's row may hold a year to come: "the first closure since 2019" is never set beside it)
    facts = _run(
        tmp_path,
        capsys,
        ["The plant is due to close in 2028.", "It is the plant's first closure since 2019, the union said."],
        "facts",
    )["facts"]
    assert not [f for f in facts if f["label"] == "year of closing" and f["status"] == "disagree"]


def test_an_eruption_of_no_named_volcano_is_the_storys_one_volcanos(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An eruption is a volcano's: with one volcano in the story, "the first eruption since 2006" (no
    # thing named) joins Mount Sella's row, a disagreement with its 2004 (rounds s37-f and s37-f2
    # together had kept such a year in a row of its own beside the volcano's, hiding the
    # disagreement); "the deadliest eruption since 1997" dates an earlier eruption, none of the
    # story's (review s37-rv finding 1, round s37-y1)
    stories = [
        ["Mount Sella last erupted in 2004, the observatory said.", "It is the first eruption since 2006."],
        ["The Orrin volcano last erupted in 1998.", "It was the first eruption since 1997, officials said."],
    ]
    for n, texts in enumerate(stories):
        (tmp_path / str(n)).mkdir()
        facts = _run(tmp_path / str(n), capsys, texts, "facts")["facts"]
        rows = [sorted(v["doc"] for v in f["values"]) for f in facts if f["label"].startswith("year of eruption")]
        assert rows == [["a", "b"]], (texts, rows)
        assert [f["status"] for f in facts if f["label"].startswith("year of eruption")] == ["disagree"]
