"""``facts --json`` on an election's figures (issue #16, s39-x1 item 5): a share of the vote per
candidate or party, a count of votes per candidate, the turnout, each a row compared across outlets.

Before: shares of the vote were one row whatever they were the share of ("Labour won 36% of the
vote" against another outlet's "The Green Party won 18% of the vote": a false disagreement); a
result listed after the first ("Tom Berg got 41%", "and Berg 41 per cent") was labelled by its words
("tom Berg got", "berg") and never compared; "61% of voters turned out" was no turnout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _art(outlet: str, body: str) -> str:
    return f"Story\n\nPORTMERE, March 3, 2025 ({outlet}) - {body}\n"


def _by_label(facts: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["label"]: f for f in facts}


def _values(row: dict[str, Any]) -> list[tuple[str, float]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


def test_the_briefs_share_turnout_and_votes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the brief's input, in two outlets' wordings: one row per measure
    files = {
        "a.txt": _art(
            "Nordwire",
            "Anna Lind won the Portmere by-election. Lind won 52% of the vote. "
            "Turnout was 61%. She received 12,400 votes.",
        ),
        "b.txt": _art(
            "Eastpress",
            "Lind took 54 per cent of the vote on Sunday, with 12,400 votes. Some 61% of voters turned out.",
        ),
    }
    rows = _by_label(_facts(tmp_path, capsys, files))
    assert _values(rows["share of vote"]) == [("a", 52), ("b", 54)]
    assert rows["share of vote"]["status"] == "disagree"
    assert _values(rows["turnout"]) == [("a", 61), ("b", 61)]
    assert rows["turnout"]["status"] == "agree"
    assert _values(rows["votes"]) == [("a", 12400), ("b", 12400)]


def test_each_candidates_share_is_its_own_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _art(
            "Nordwire", "Anna Lind won the by-election with 52% of the vote. Tom Berg got 41%. Turnout was 61%."
        ),
        "b.txt": _art(
            "Eastpress", "Anna Lind won the by-election. Lind won 52 per cent of the vote and Berg 43 per cent."
        ),
    }
    rows = _by_label(_facts(tmp_path, capsys, files))
    lind = next(r for label, r in rows.items() if label.startswith("share of vote") and "Lind" in label)
    berg = next(r for label, r in rows.items() if label.startswith("share of vote") and "Berg" in label)
    assert (lind["status"], _values(lind)) == ("agree", [("a", 52), ("b", 52)])
    assert (berg["status"], _values(berg)) == ("disagree", [("a", 41), ("b", 43)])


def test_two_parties_shares_never_disagree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _art("Nordwire", "The Green Party won 18% of the vote in Portmere. Labour took 34% of the vote."),
        "b.txt": _art("Eastpress", "Labour won 36% of the vote in Portmere, the Green Party 18%."),
    }
    facts = _facts(tmp_path, capsys, files)
    shares = [f for f in facts if f["label"].startswith("share of vote")]
    by_values = {tuple(_values(f)): f["status"] for f in shares}
    assert by_values == {(("a", 18), ("b", 18)): "agree", (("a", 34), ("b", 36)): "disagree"}


def test_each_candidates_votes_are_their_own_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _art("Nordwire", "Anna Lind won the by-election with 12,400 votes. Tom Berg received 9,800 votes."),
        "b.txt": _art("Eastpress", "Tom Berg polled 9,800 votes. Anna Lind won the by-election, taking 12,600 votes."),
    }
    rows = [f for f in _facts(tmp_path, capsys, files) if f["label"].startswith("votes")]
    assert {tuple(_values(f)): f["status"] for f in rows} == {
        (("a", 12400), ("b", 12600)): "disagree",
        (("a", 9800), ("b", 9800)): "agree",
    }
