"""The timeline's "Changed:" tells a figure's history as the fact sheet's row does (t13aw N19,
round s52-d): a toll of 4 (AP 11:10), 3 (Sierra 14:05), 4 (the Ledger 16:30), 5 (Guardian 21:55)
read "4 → 3 → 5" on the timeline, which named each value's first report only, while the fact
sheet read "4 → 3 → 4 → 5". Both now use ``facts.display.value_runs``. The texts are invented;
the first case is the tester's, the others its variants."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import timeline
from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Dated:
    doc: str
    text: str
    date: str | None

    @property
    def outlet(self) -> str:
        return f"Outlet {self.doc.upper()}"

    @property
    def title(self) -> str:
        return "Story"

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


CASES = [
    (  # reported: the wildfire's toll, 4 → 3 → 4 → 5
        "death toll",
        [
            ("Four people have died in the Halvorsen Canyon Fire, the sheriff said.", "2026-08-15T18:10:00Z"),
            ("Three people have died in the Halvorsen Canyon Fire, officials said.", "2026-08-15T21:05:00Z"),
            ("Four people have died and 11 remain missing after the fire, the sheriff said.", "2026-08-15T23:30:00Z"),
            ("Five people have died in the Halvorsen Canyon Fire, the sheriff said.", "2026-08-16T04:55:00Z"),
        ],
        ["4", "3", "4", "5"],
    ),
    (  # variant: people missing in a flood, 12 → 9 → 12 → 7, a day apart
        "people missing",
        [
            ("Twelve people are missing after the river burst its banks.", "2025-11-02T06:00:00Z"),
            ("Nine people are missing after the river burst its banks, police said.", "2025-11-02T12:00:00Z"),
            ("Twelve people are missing, the regional governor said on Monday.", "2025-11-03T08:00:00Z"),
            ("Seven people are missing, rescuers said on Tuesday.", "2025-11-04T09:30:00Z"),
        ],
        ["12", "9", "12", "7"],
    ),
    (  # variant: injured in a blast, 30 → 45 → 30 → 45 → 52
        "people injured",
        [
            ("The explosion injured 30 people, firefighters said.", "2026-01-20T07:00:00Z"),
            ("The explosion injured 45 people, the hospital said.", "2026-01-20T09:00:00Z"),
            ("The explosion injured 30 people, according to the mayor.", "2026-01-20T10:00:00Z"),
            ("The explosion injured 45 people, police said.", "2026-01-20T11:00:00Z"),
            ("The explosion injured 52 people, the health ministry said.", "2026-01-20T15:00:00Z"),
        ],
        ["30", "45", "30", "45", "52"],
    ),
]


def _row(facts: list[Fact], label: str) -> Fact:
    [row] = [f for f in facts if f.label == label]
    return row


@pytest.mark.parametrize(("label", "texts", "steps"), CASES, ids=["reported", "missing", "injured"])
def test_the_timeline_tells_the_sheets_history(label: str, texts: list[tuple[str, str]], steps: list[str]) -> None:
    articles = [Dated(chr(ord("a") + i), f"Story\n\n{t}", d) for i, (t, d) in enumerate(texts)]
    facts = fact_sheet([(a, []) for a in articles])
    row = _row(facts, label)
    sheet = [part.split(" (", 1)[0] for part in timeline(row, {}).split(" → ")]
    assert sheet == steps, timeline(row, {})
    changes = build_timeline(articles, {}, facts).subjects[label].changes()
    assert [c.shown for c in changes] == steps, changes
    assert [c.doc for c in changes] == [a.doc for a in articles][: len(steps)]
