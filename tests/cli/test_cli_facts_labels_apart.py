"""``facts --json``: rows of different facts never carry one label (issue #16, round s37-x2;
t13ad N23, the repro folder sl as written, the durations of its full corpus, and variants of my
own).

N23: "Between 30 and 40 passengers left the aircraft by the emergency slides" and "About 50
passengers used the emergency slides" were a row ``passengers`` beside the row ``passengers`` of
those on board ("carried 184 passengers"); an investigation's length, a captain's career and a
quote's twenty minutes were each a row ``duration``. A row's label names what it measures where
the grouping keyed it apart: an investigation's length by what takes it ("investigation duration"),
a named person's years in a job ("career"), any other row sharing a label by the words its own
sentences say and the others' do not ("passengers: emergency slides")."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json


def _corpus(sentences: list[str]) -> dict[str, str]:
    return {
        f"{'abcdef'[k]}.txt": f"Title {k}\n\nSTAVENHOLM, March 3, 2026 (Outlet{k}) - {s}\n"
        for k, s in enumerate(sentences)
    }


def _label_of(facts: list[dict[str, Any]], doc: str, text: str) -> str:
    rows = [f for f in facts if any(v["doc"] == doc and text in v["text"] for v in f["values"])]
    assert len(rows) == 1, facts
    label: str = rows[0]["label"]
    return label


@pytest.mark.parametrize(
    ("sentences", "part", "word"),
    [
        # reported (t13ad repro sl)
        (
            [
                "The jet carried 184 passengers. Between 30 and 40 passengers left the aircraft by the emergency slides.",
                "The jet carried 184 passengers. About 50 passengers used the emergency slides.",
                "Nordair said 184 passengers were on board.",
            ],
            ("b", "About 50 passengers"),
            "slides",
        ),
        # variant: a bus's passengers who left by its rear door
        (
            [
                "The bus carried 52 passengers. Twelve passengers left by the rear door.",
                "The bus had 52 passengers on board. About 15 passengers used the rear door.",
            ],
            ("b", "About 15 passengers"),
            "rear door",
        ),
        # variant: a train's passengers who left through its emergency exits
        (
            [
                "The train was carrying 412 passengers. About 60 passengers left the train through the emergency exits.",
                "Around 412 passengers were on the train. Some 75 passengers left through the emergency exits.",
            ],
            ("b", "Some 75 passengers"),
            "emergency exits",
        ),
    ],
)
def test_two_rows_of_one_noun_are_labelled_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentences: list[str], part: tuple[str, str], word: str
) -> None:
    facts = facts_json(tmp_path, capsys, _corpus(sentences))
    labels = Counter(f["label"] for f in facts)
    assert all(n == 1 for n in labels.values()), labels
    assert word in _label_of(facts, *part)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # reported (t13ad data: the Gazette, Harbour Times, Nordwire, the old paper's quote)
        (
            [
                "The Civil Aviation Authority has opened an investigation, which could take up to 18 months.",
                "Captain Marit Eskeland, 52, who has flown for Nordair for 21 years, declared an emergency at 08:14.",
                '"It was the longest twenty minutes of my life," said Erik Dahl, a retired engineer aged 62.',
            ],
            {("a", "18 months"): "investigation", ("b", "21 years"): "career", ("c", "twenty minutes"): ""},
        ),
        # variant: an inquiry "expected to take", a shipwright's years at a yard, repairs
        (
            [
                "The Marine Accident Board said its inquiry is expected to take nine months.",
                "Ola Berg, who has worked at the Kelvik yard for 30 years, built the hull.",
                "Repairs to the hull will take six weeks.",
            ],
            {("a", "nine months"): "inquiry", ("b", "30 years"): "career", ("c", "six weeks"): "repair"},
        ),
        # variant: a probe's time, a pilot's years flying, a crossing's two hours
        (
            [
                "Investigators expect their probe to take between 12 and 18 months.",
                "First officer Jonas Lie, 41, who had flown with Skyline for 11 years, was at the controls.",
                "Rescuers worked for two hours in freezing fog.",
            ],
            {("a", "between 12 and 18 months"): "probe", ("b", "11 years"): "career", ("c", "two hours"): ""},
        ),
    ],
)
def test_durations_are_labelled_by_what_lasts(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sentences: list[str],
    expected: dict[tuple[str, str], str],
) -> None:
    facts = facts_json(tmp_path, capsys, _corpus(sentences))
    labels = Counter(f["label"] for f in facts)
    assert all(n == 1 for n in labels.values()), labels
    for (doc, text), word in expected.items():
        label = _label_of(facts, doc, text)
        assert word in label, (text, label)


def test_two_careers_are_never_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        _corpus(
            [
                "Captain Marit Eskeland, who has flown for Nordair for 21 years, landed the jet.",
                "First officer Jonas Lie, who has flown for Nordair for 6 years, helped her.",
            ]
        ),
    )
    assert not any(f["status"] == "disagree" for f in facts), facts
