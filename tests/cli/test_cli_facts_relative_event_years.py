"""``facts --json``: a year written relative to the article's date is its clause's event's year, one
row with the same event's written years (issue #16, round s38-x1; t13ae P5 and P16, the repro
folders v5 and v22 as written, and variants of my own; s37-y1's left-undone "erupted in 1980").

P5: "The road above the town was widened by Geotekna eight years ago" was a ``duration`` of eight
years and "Geotekna widened the road above the town in 2019" a bare ``year``: a hidden disagreement
(2018 vs 2019). "The last deadly slide in the valley happened nearly four decades ago" was a
``duration``. P16: "The last slide to hit the town was in 1987" was a bare ``year``, "The town was
last hit by a slide 39 years ago" and "The previous landslide struck the town in 1985" nothing:
1987 vs 1985 hidden. The year of the story's previous event of a kind ("the last slide", "the
previous landslide", "last hit by a slide") is one row, ``year of the previous landslide``; a
round span ("nearly four decades ago") is about that year, within its span's margin. A plain
"erupted in 1980, killing 57" (no "last") is one of the volcano's many eruptions, never the year
"last erupted in 2015" gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _row(facts: list[dict[str, Any]], label: str) -> tuple[str, dict[str, int]]:
    [row] = [f for f in facts if f["label"] == label]
    return row["status"], {v["doc"]: v["value"] for v in row["values"]}


def _md(outlet: str, date: str, body: str) -> str:
    return f"---\ntitle: Brenzola road\noutlet: {outlet}\ndate: {date}\n---\n\n{body}\n"


# the tester's repro/v5, as written
V5 = {
    "wire.txt": "Brenzola road\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - Geotekna widened the road above the town in "
    "2019. A 1987 landslide in the same valley killed 31 people.\n",
    "review.md": _md(
        "Geo Review",
        "2026-11-10",
        "The road above the town was widened by Geotekna eight years ago. The last deadly slide in the valley "
        "happened nearly four decades ago, when 29 people died.",
    ),
}
# the tester's repro/v22, as written
V22 = {
    "a.txt": "Brenzola road\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - The SP12 road above Brenzola was built in 1968. "
    "The last slide to hit the town was in 1987.\n",
    "b.md": _md(
        "Geo Review",
        "2026-11-10",
        "The SP12 road above Brenzola was built half a century ago. The town was last hit by a slide 39 years ago.",
    ),
    "c.txt": "Brenzola road\n\nBRENZOLA, Nov 9, 2026 (Courier) - The road, which opened in the early 1970s, was "
    "widened in 2019. The previous landslide struck the town in 1985.\n",
}


def test_reported_v5_a_relative_year_is_its_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, V5)
    assert _row(facts, "year of widening") == ("disagree", {"wire": 2019, "review": 2018})
    _status, values = _row(facts, "year of the previous landslide")
    assert values == {"review": 1986}
    [slide] = [f for f in facts if f["label"] == "year of the previous landslide"]
    assert slide["values"][0]["qualifier"]  # about so many years: a round span
    assert not [f for f in facts if f["label"] in ("duration", "year") or f["label"].startswith("duration")]


def test_reported_v22_the_previous_slides_year_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, V22)
    assert _row(facts, "year of the previous landslide") == ("disagree", {"a": 1987, "b": 1987, "c": 1985})
    assert not [f for f in facts if f["label"] == "year"]


# variants: another story (a flood), other wordings of the previous event ("the last flood to
# reach", "last hit by a flood", "The previous flood swamped") and of the agent ("raised by X")
FLOOD = {
    "a.txt": "Orvale flood\n\nORVALE, June 9, 2026 (Nordwire) - The last flood to reach the old town was in 1999.\n",
    "b.md": "---\ntitle: Orvale\noutlet: River Review\ndate: 2026-06-10\n---\n\n"
    "The old town was last hit by a flood 27 years ago.\n",
    "c.txt": "Orvale flood\n\nORVALE, June 9, 2026 (Southline) - The previous flood swamped the old town in 2002.\n",
}
DAM = {
    "a.txt": "Orvale dam\n\nORVALE, June 9, 2026 (Nordwire) - Hydrovolt raised the dam above the town in 2015.\n",
    "b.md": "---\ntitle: Orvale\noutlet: River Review\ndate: 2026-06-10\n---\n\n"
    "The dam above the town was raised by Hydrovolt twelve years ago.\n",
}


def test_a_previous_floods_year_is_one_row_however_worded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, FLOOD)
    assert _row(facts, "year of the previous flood") == ("disagree", {"a": 1999, "b": 1999, "c": 2002})


def test_a_relative_year_after_an_agent_is_its_verbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, DAM)
    assert _row(facts, "year of raising") == ("disagree", {"a": 2015, "b": 2014})


def test_a_round_span_agrees_with_a_year_within_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": "Pass avalanche\n\nVARN, Jan 9, 2026 (Nordwire) - The previous avalanche struck the pass in 1997.\n",
        "b.md": "---\ntitle: Varn\noutlet: Alpine Review\ndate: 2026-01-10\n---\n\n"
        "The last major avalanche on the pass happened nearly three decades ago.\n",
    }
    facts = _facts(tmp_path, capsys, files)
    assert _row(facts, "year of the previous avalanche") == ("agree", {"a": 1997, "b": 1996})


@pytest.mark.parametrize(
    ("earlier", "last"),
    [
        # s37-y1's left-undone, as its report words it
        ("The volcano erupted in 1980, killing 57 people.", "The volcano last erupted in 2015."),
        # variants: a name, another clause after the year
        (
            "Mount Orrin erupted in 1962, burying two villages.",
            "Mount Orrin last erupted in 2009, the observatory said.",
        ),
        ("Keldra erupted in 1921 and again in 1947.", "Keldra last erupted 12 years ago."),
    ],
)
def test_an_earlier_eruption_is_no_value_of_the_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], earlier: str, last: str
) -> None:
    files = {
        "a.txt": f"Eruption\n\nSARNHOLM, June 11, 2026 (Nordwire) - {earlier}\n",
        "b.txt": f"Eruption\n\nSARNHOLM, June 11, 2026 (Eastpress) - {last}\n",
    }
    facts = _facts(tmp_path, capsys, files)
    _status, values = _row(facts, "year of eruption")
    assert list(values) == ["b"], values


@pytest.mark.parametrize(
    ("sentence", "kind", "year"),
    [
        # the tester's repro/v8 (tabloid), a year in an apposition of its own
        ("The last big slide here, in 1987, killed 29.", "landslide", 1987),
        # variants: the corpus's Ledger ("last hit …, when a slide …"), another kind
        ("The town was last hit half a century ago, when a slide destroyed the old mill.", "landslide", 1976),
        ("The most recent flood, in 1999, swamped the old town.", "flood", 1999),
        # the corpus's Geo Review: a written year restating the relative one is its one value
        (
            "The last deadly slide in the valley happened nearly four decades ago, in 1987, when 31 people died.",
            "landslide",
            1987,
        ),
    ],
)
def test_a_previous_events_year_in_an_apposition_or_a_when_clause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, kind: str, year: int
) -> None:
    files = {"a.txt": f"Brenzola\n\nBRENZOLA, Nov 9, 2026 (Daily Blare) - {sentence}\n"}
    facts = _facts(tmp_path, capsys, files)
    [row] = [f for f in facts if f["label"] == f"year of the previous {kind}"]
    assert [(v["doc"], v["value"]) for v in row["values"]] == [("a", year)]
    assert not [f for f in facts if f["label"].startswith(("year", "duration")) and "previous" not in f["label"]]


def test_a_work_done_by_an_event_keeps_its_verbs_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # control: "last closed by floods" is the road's closing, no previous flood's year
    files = {
        "a.txt": "Orvale\n\nORVALE, June 9, 2026 (Nordwire) - The valley road was last closed by floods in 2019.\n",
        "b.txt": "Orvale\n\nORVALE, June 9, 2026 (Eastpress) - The valley road was last closed in 2021.\n",
    }
    facts = _facts(tmp_path, capsys, files)
    assert _row(facts, "year of closing") == ("disagree", {"a": 2019, "b": 2021})
    assert not [f for f in facts if "previous" in f["label"]]
