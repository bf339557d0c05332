"""``noise --json`` gives each block its own reason: never its place in a run ("3 of 15 …",
"item 2 of 4 under …"), which is the boilerplate panel's display grouping and goes stale when
the user moves a block; the blocks of one run share one reason (the panel groups them by it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PLACE_IN_RUN = re.compile(r"\b\d+ of \d+\b")

BODY = "\n\n".join(
    [
        "The city council approved a new ferry service on Tuesday, after months of debate about the "
        "cost of the boats and the route they would take across the bay.",
        "Officials said the first crossings would begin next spring, with four boats running every half "
        "hour during the morning and evening peaks.",
        "Residents who spoke at the meeting were divided, with some welcoming a faster commute and others "
        "worried about noise near the new terminal.",
        "The council said it would publish the full timetable and fares in the coming weeks, once the "
        "operator contract has been signed.",
    ]
)
RELATED = "Related stories:\n\n" + "\n\n".join(
    ["- Bridge repairs delayed again", "- Port strike ends after talks", "- New bus lanes open downtown"]
)
MENU = "\n\n".join(["Home", "World", "Business", "Sport", "Weather", "Opinion"])


def noise_of(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main([*argv, "noise", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)["docs"]
    return [block for doc in docs for block in doc["noise"]]


def assert_own_reasons(blocks: list[dict], run_text: str, at_least: int) -> None:
    assert blocks and all(b["reason"] for b in blocks)
    assert not [b["reason"] for b in blocks if PLACE_IN_RUN.search(b["reason"])]
    run = [b for b in blocks if run_text in b["reason"]]
    assert len(run) >= at_least, [b["reason"] for b in blocks]
    assert len({b["reason"] for b in run}) == 1  # one reason for the whole run


def test_seed_headline_run(capsys: pytest.CaptureFixture[str]) -> None:
    """The reported input: 003's "More news" list of 15 headlines (the bundled corpus)."""
    assert_own_reasons(noise_of(capsys), "one of a run of", 15)


@pytest.mark.parametrize(
    "text, run_text, at_least",
    [
        ("Ferry service approved\n\n" + BODY + "\n\n" + RELATED + "\n", "of the list under", 3),
        (MENU + "\n\nFerry service approved\n\n" + BODY + "\n", "one of a run of", 4),
    ],
    ids=["related-list", "menu"],
)
def test_list_and_menu_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, run_text: str, at_least: int
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(text, "utf-8")
    blocks = noise_of(capsys, "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"))
    assert_own_reasons(blocks, run_text, at_least)
