"""A year-less date ("--09-02", a dateline without a year that no other article puts in a year)
is still a date: `list --sort date` and `timeline --json` order it after the dated articles and
before the undated ones, as the library's date sort does (acceptance s10 #2: YL3 and YL1 put the
undated first). The reported corpora and a variant with a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, *command: str) -> dict:  # type: ignore[type-arg]
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "idx"), *command, "--json"]) == 0
    data: dict = json.loads(capsys.readouterr().out)  # type: ignore[type-arg]
    return data


def _corpus(tmp_path: Path, files: dict[str, str]) -> Path:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    return corpus


@pytest.mark.parametrize(
    ("files", "order"),
    [
        (  # YL3: a dated article, a year-less dateline far from it, an undated note
            {
                "a.txt": "Posted: Mar 14, 2025\n\nDated flood article.\n",
                "b.txt": "OSLAND, Sept. 2 (Reuters) - Year-less far from others.\n",
                "c.txt": "Undated flood note.\n",
            },
            ["a", "b", "c"],
        ),
        (  # YL1: only year-less and undated articles
            {
                "a.txt": "OSLAND, March 16 (Reuters) - Lone year-less dateline about a flood.\n",
                "b.txt": "Another undated note about the flood.\n",
                "c.txt": "Third undated note.\n",
                "d.txt": "OSLAND, March 12 (AFP) - Second year-less dateline.\n",
            },
            ["d", "a", "b", "c"],
        ),
        (  # a year-less date with its time, beside a dated one and an undated one
            {
                "x.txt": "Undated note about the flood.\n",
                "y.txt": "Updated: March 16 7:52 PM\n\nA flood report with a time and no year at all here.\n",
                "z.txt": "Posted: November 20, 2019\n\nAn old flood report from another year.\n",
            },
            ["z", "y", "x"],
        ),
    ],
)
def test_yearless_after_dated_before_undated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], order: list[str]
) -> None:
    corpus = _corpus(tmp_path, files)
    listed = _run(capsys, corpus, tmp_path, "list", "--sort", "date")
    assert [r["doc"] for r in listed["articles"]] == order
    timeline = _run(capsys, corpus, tmp_path, "timeline")
    assert [a["doc"] for a in timeline["articles"]] == order
