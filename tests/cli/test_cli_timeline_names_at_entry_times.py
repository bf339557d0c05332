"""A name first written in a live blog's entry is first written at that entry's time, the one rule
the timeline's figures already follow (t13z H21: the Ledger, dated by its day, was "tied" with
Nordwire's 09:00 for a name it first writes in its 15.20 GMT entry, while its figures were placed
at their entries' times). Entries stamped on lines of their own and at the head of paragraphs,
written oldest or newest first; every timeline alike, the first, the one read from the folder's
cache and the one read from the index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

WIRE = (
    "Hospital hit by cyber-attack\n\n"
    "KESTERBRIDGE (Nordwire) - A cyber-attack crippled Velmont General Hospital on Thursday. Detective "
    "Superintendent Jonas Pellworth said the attack began overnight. Health Minister Aurelia Stanning "
    "told reporters the outage could last a day. Harbour master Hiroshi Ueda said the port was calm.\n"
)
# Times alone on their lines, oldest first (the Ledger's layout): Pellworth at 15.20, Stanning at
# 17.55, both after the wire's 09:00.
LEDGER = (
    "Velmont hospital cyber-attack: live updates\n\nThe Daily Ledger · Live · 12 March 2026\n\n"
    "08.10 GMT\nGood morning. Velmont General Hospital says it has been hit by a serious IT incident.\n\n"
    "15.20 GMT\nPolice say the hackers want money. Detective Superintendent Jonas Pellworth said the "
    "inquiry was going well.\n\n"
    "17.55 GMT\nHealth Minister Aurelia Stanning said the government would help.\n"
)
# Stamps heading paragraphs, oldest first: Ueda at 07:30, before the wire; Pellworth at 16:45.
STAMPED = (
    "Port and hospital: as it happened\n\nHarbour Post live coverage\n\n"
    "07:30 - Harbour master Hiroshi Ueda said the ferries would sail as planned.\n\n"
    "12:10 - The hospital said its systems were still down.\n\n"
    "16:45 - Detective Superintendent Jonas Pellworth said arrests were expected.\n"
)
# Newest first: Stanning named at 16:45 (on top) and first at 08:05 (at the bottom), before the wire.
NEWEST_FIRST = (
    "Hospital attack: live\n\nValley Times live blog\n\n"
    "16:45 - Health Minister Aurelia Stanning said again that patients were safe.\n\n"
    "12:10 - The hospital said its systems were still down.\n\n"
    "08:05 - Health Minister Aurelia Stanning said the government was ready to help.\n"
)


def write(root: Path, blog: str) -> Path:
    root.mkdir()
    (root / "wire.txt").write_text(WIRE, "utf-8")
    (root / "blog.txt").write_text(blog, "utf-8")
    (root / "corpus.yaml").write_text(
        "articles:\n"
        "  wire.txt:\n    outlet: Nordwire\n    date: 2026-03-12T09:00:00\n"
        "  blog.txt:\n    outlet: The Daily Ledger\n    date: 2026-03-12\n",
        "utf-8",
    )
    return root


def firsts(root: Path, index: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(index), "timeline", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data["first"]


CASES = {
    "ledger": (LEDGER, {"Jonas Pellworth": "wire", "Aurelia Stanning": "wire"}, {"Jonas Pellworth": "15:20"}),
    "stamped": (STAMPED, {"Hiroshi Ueda": "blog", "Jonas Pellworth": "wire"}, {"Hiroshi Ueda": "07:30"}),
    "newest-first": (NEWEST_FIRST, {"Aurelia Stanning": "blog"}, {"Aurelia Stanning": "08:05"}),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("indexed", [False, True], ids=["folder", "index"])
def test_a_name_in_a_live_entry_is_first_written_at_its_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, indexed: bool
) -> None:
    blog, expected, times = CASES[case]
    root = write(tmp_path / "c", blog)
    index = tmp_path / "ix"
    if indexed:
        assert main(["--corpus", str(root), "--index-dir", str(index), "index"]) == 0
    for _run in range(2):  # the second from what the first kept
        first = firsts(root, index, capsys)
        for name, doc in expected.items():
            assert first[name]["doc"] == doc, (name, first[name])
            assert first[name]["tied"] == [], (name, first[name])
        for name, clock in times.items():
            if first[name]["doc"] == "blog":
                assert first[name]["date"] == f"2026-03-12T{clock}", first[name]
