"""``facts --json`` on durations of closures of things that are no way of travel (issue #16, round
s37-f2; the brief's "Schools will stay closed for three days", "the museum is closed for a week",
and variants of my own).

A closure's duration is keyed by what is closed (roles.lasting): the story's ways and services
(the airport, the line) one row ``closure duration``, anything else a row naming its thing
(``closure duration (schools)``). The subject was lost behind a phrase before it ("In Oskby,
schools will stay closed", "After the eruption, the museum is closed"), behind an aside ("Oskby
airport, 30 km from the crater, will stay closed": keyed ``km``), and an active verb's object
("Officials closed schools for three days") named nothing: the schools' three days were a value
of the airport's closure (a false disagreement), or a bare ``duration``. No two rows share a label."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from facts_cli import facts_json as _facts


def _closures(facts: list[dict[str, object]]) -> dict[str, list[tuple[str, str]]]:
    return {
        str(f["label"]): sorted((str(v["doc"]), str(v["text"])) for v in f["values"])  # type: ignore[attr-defined]
        for f in facts
        if "duration" in str(f["label"])
    }


@pytest.mark.parametrize(
    ("texts", "schools", "museum"),
    [
        # the reported wordings, behind a phrase before the subject
        (
            [
                "Oskby airport will stay closed for a week. In Oskby, schools will stay closed for three days.",
                "The airport will be closed for two days. After the eruption, the museum is closed for a week.",
            ],
            "closure duration (schools)",
            "closure duration (museum)",
        ),
        # variants: an active verb and its object; another story's nouns
        (
            [
                "The line will remain closed for a week. Officials closed schools for three days.",
                "The line will be closed for two days. The council shut the museum for a week.",
            ],
            "closure duration (schools)",
            "closure duration (museum)",
        ),
        (
            [
                "Oskby airport, 30 km from the crater, will stay closed for 72 hours. On the island, "
                "libraries will stay closed for three days.",
                "The airport will be closed for two days. Across the region, parks are closed for a week.",
            ],
            "closure duration (libraries)",
            "closure duration (parks)",
        ),
    ],
)
def test_a_closed_things_duration_is_its_own_row_named_by_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: list[str], schools: str, museum: str
) -> None:
    facts = _facts(tmp_path, capsys, {f"{d}.txt": f"Story\n\n{t}\n" for d, t in zip("ab", texts)})
    rows = _closures(facts)
    assert [d for d, _ in rows[schools]] == ["a"]
    assert [d for d, _ in rows[museum]] == ["b"]
    # the way's closure: one row of the two articles' values, no other thing's among them
    assert sorted(d for d, _ in rows["closure duration"]) == ["a", "b"]
    assert all(label in ("closure duration", schools, museum) for label in rows)
    assert not [label for label, n in Counter(str(f["label"]) for f in facts).items() if n > 1]
