"""`waic-reader facts --json` (issue #16, t13x F17): an article repeating a value it already gave
a fact makes no row of its own: the tester's "a 2023 report" said twice (repro v30, copied), a
money figure said again without its purpose, and a live blog's count in its key-events summary
and its entry are each one row of two sources (tests/analysis/test_fact_repeated_value.py pins
the rule and the same value of another thing staying a row)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fact_corpora import write

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

REPRO = {
    "beacon.txt": (
        "Dam report\n\n"
        "KELLBY, March 9 (Beacon) - Inspectors had raised concerns about the spillway in a 2023 report. "
        "A spokesman declined to comment on the 2023 report.\n"
    ),
    "times.txt": (
        "Dam report\n\nKELLBY, March 9 (Times) - A 2023 inspection found that the spillway could not cope with a flood.\n"
    ),
}

MONEY = {
    "corpus.yaml": (
        "a.txt:\n  outlet: North Wire\n  date: 2026-06-01T08:00+00:00\n"
        "b.txt:\n  outlet: South Post\n  date: 2026-06-02T09:00+00:00\n"
    ),
    "a.txt": (
        "River clean-up funded\n\n"
        "The council set aside $2.5 million for the clean-up of the river. "
        "Residents asked how the $2.5 million would be spent on the clean-up.\n"
    ),
    "b.txt": "Council funds clean-up\n\nThe council has set aside $2.5 million for the river clean-up, officials said.\n",
}

LIVE = {
    "corpus.yaml": (
        "live.txt:\n  outlet: Coast Live\n  date: 2026-06-01\n"
        "wire.txt:\n  outlet: North Wire\n  date: 2026-06-01T15:00+00:00\n"
    ),
    "live.txt": (
        "Live: ferry sinks off Cape Arno\n\n"
        "Key events\n\n"
        "- 12:40 Fourteen boats joined the search\n\n"
        "12:40\n\n"
        "The coastguard said 14 boats had joined the search for survivors off the cape.\n"
    ),
    "wire.txt": "Ferry sinks\n\nFourteen boats joined the search off Cape Arno, the coastguard said.\n",
}


def facts(tmp_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    corpus = write(tmp_path / "c", files)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["facts"])


def rows_of(got: list[dict[str, object]], value: float) -> list[tuple[object, list[tuple[object, object]]]]:
    out = []
    for f in got:
        values = f["values"]
        assert isinstance(values, list)
        if any(v["value"] == value for v in values):
            out.append((f["status"], sorted((v["doc"], v["value"]) for v in values)))
    return out


@pytest.mark.parametrize(
    ("files", "value", "docs"),
    [
        (REPRO, 2023, ["beacon", "times"]),
        (MONEY, 2500000, ["a", "b"]),
        (LIVE, 14, ["live", "wire"]),
    ],
    ids=["reported-year", "money", "live-blog-count"],
)
def test_a_repeated_value_is_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], value: float, docs: list[str]
) -> None:
    got = rows_of(facts(tmp_path, files, capsys), value)
    assert got == [("agree", [(d, value) for d in docs])], got


def test_the_sheet_lists_no_single_source_repeat(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write(tmp_path / "c", REPRO)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "single article" not in out, out
    assert out.count("2023") == 1, out
