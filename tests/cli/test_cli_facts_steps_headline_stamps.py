"""``facts --json`` and the text output (t13v F8, F9, round s32-t): a toll's steps joined by "and",
each with its own time phrase, give the last step ("from three on Saturday afternoon to five in
the evening and seven by midnight" was 5); a live blog's headline value is an earlier report of it
("three dead" over entries 3 → 5 → 7 was a value beside its 7, the row DISAGREE); a press
release's dateline date and another page's byline date are no "date" fact in disagreement."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_t13v_s32t"


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], json_out: bool = True) -> str:
    """The ``facts`` output of a corpus of the fixtures ``files`` (fixture name → file name, or text)."""
    corpus = tmp_path / "c"
    corpus.mkdir(parents=True)
    for name, what in files.items():
        if (FIXTURES / what).exists():
            shutil.copy(FIXTURES / what, corpus / name)
        else:
            (corpus / name).write_text(what, encoding="utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts"] + (["--json"] if json_out else [])
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _values(out: str, label: str) -> list[tuple[str, object, list[object]]]:
    return [
        (v["doc"], v["value"], [e["value"] for e in v["superseded"]])
        for f in json.loads(out)["facts"]
        if f["label"] == label
        for v in f["values"]
    ]


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        pytest.param("steps-a.txt", "death toll", [("a", 7, [3, 5])], id="reported"),
        pytest.param(
            "Ferry fire\n\nThe number of injured climbed from 14 on Friday to 22 on Saturday and 31 on Sunday, "
            "the coastguard said.\n",
            "people injured",
            [("a", 31, [14, 22])],
            id="variant_days",
        ),
        pytest.param(
            "Mine collapse\n\nOfficials said the death toll rose from two at 8am to four at 10pm and six by midnight.\n",
            "death toll",
            [("a", 6, [2, 4])],
            id="variant_clock",
        ),
    ],
)
def test_steps_with_their_own_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, label: str, want: list[object]
) -> None:
    assert _values(_facts(tmp_path, capsys, {"a.txt": text}), label) == want


@pytest.mark.parametrize(
    ("files", "want"),
    [
        pytest.param({"live.txt": "live.txt", "other.txt": "other.txt"}, {("live", 7, (3, 5))}, id="reported"),
        pytest.param(
            {
                "live.txt": "Ferry fire kills four off Halvik\n\nHALVIK (AP) - Six people were killed when fire swept "
                "a ferry off Halvik, the coast guard said.\n",
                "other.txt": "other.txt",
            },
            {("live", 6, (4,))},
            id="variant_article",
        ),
        pytest.param(
            {
                "live.txt": "Quake live: two dead in Oresund City\n\n21:40\n\nOfficials now say nine people have died."
                "\n\n18:15\n\nThe death toll rises to five, the mayor says.\n",
                "other.txt": "other.txt",
            },
            {("live", 9, (2, 5))},
            id="variant_newest_first",
        ),
    ],
)
def test_headline_is_an_earlier_report(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    want: set[tuple[str, int, tuple[int, ...]]],
) -> None:
    out = _facts(tmp_path / "j", capsys, files)
    got = {(d, v, tuple(e)) for d, v, e in _values(out, "death toll") if d == "live"}
    assert got == want
    text = _facts(tmp_path / "t", capsys, files, json_out=False)
    row = next(line for line in text.splitlines() if line.startswith("death toll"))
    ((_doc, value, earlier),) = want
    said = ", then ".join(str(e) for e in earlier)
    assert f"{value} (" in row and f"first said {said}" in row, row  # one value, what it said first


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(
            {"prefecture-release.txt": "prefecture-release.txt", "ep.html": "eveningpost-table.html"}, id="reported"
        ),
        pytest.param(
            {
                "a.txt": "Merger agreed\n\nBORDEAUX / PESSAC, 4 June 2025 – Two firms announced a merger, the board said.\n",
                "b.txt": "Merger news | Firms joinBy Ann Lee, Lyon Post, June 5, 2025Two firms announced a merger.\n",
            },
            id="variant_dateline_byline",
        ),
        pytest.param(
            {
                "a.txt": "Floods\n\nLYON | BRON, 3 March 2025 | The regional council met to discuss the floods.\n",
                "b.txt": "Floods\n\nGRENOBLE / VOIRON, 4 March 2025 – The regional council met to discuss the floods.\n",
            },
            id="variant_two_datelines",
        ),
    ],
)
def test_own_dates_are_no_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> None:
    out = _facts(tmp_path, capsys, files)
    dates = [v["text"] for f in json.loads(out)["facts"] for v in f["values"] if v["kind"] == "date"]
    assert not any(("2025" in d or "2026" in d or "August 16" in d) for d in dates), dates
    assert not any(f["label"] == "date" and f["status"] == "disagree" for f in json.loads(out)["facts"])
