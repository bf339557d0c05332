"""``facts --json``: when a structure was built is one row however worded (t13aa K16, repro v16;
round s36-g): "was completed in 1974", "The 1974 bridge" and "Built half a century ago" are *year
built*, "opened to traffic in 1976" stays *year of opening* (another year than the one it was completed in:
two facts; restored by round s48-fx1 after round s48-f's join, review s48-rv finding 1); a
built-year disagreement is flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"]) == 0
    return {
        f["label"]: (f["status"], sorted((v["doc"], v["value"]) for v in f["values"]))
        for f in json.loads(capsys.readouterr().out)["facts"]
    }


def _story(outlet: str, body: str, place: str = "LINDMARK") -> str:
    return f"Bridge history\n\n{place}, July 14, 2026 ({outlet}) - {body}\n"


def test_repro_v16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        tmp_path,
        capsys,
        {
            "a": _story("Nordline", "The Corvenna Bridge was completed in 1974. It is to be replaced by 2030."),
            "b": _story("Post", "The Corvenna Bridge opened to traffic in 1976. Its replacement is due in 2031."),
            "c": _story("Echo", "Built half a century ago, the Corvenna Bridge was due to be replaced in four years."),
            "d": _story(
                "Herald", "The 1974 bridge carried 40,000 cars a day. Work on a new bridge will start in 2029."
            ),
        },
    )
    assert "year of completion" not in rows, rows
    assert rows["year built"][1] == [("a", 1974), ("c", 1976), ("d", 1974)], rows
    assert rows["year of opening"][1] == [("b", 1976)], rows


@pytest.mark.parametrize(
    ("first", "second", "years", "status"),
    [
        # a tunnel completed and a tunnel "constructed": two years, a disagreement
        (
            "The Harrow Vale tunnel was completed in 1988.",
            "The tunnel, constructed in 1990, carries the main line.",
            [("a", 1988), ("b", 1990)],
            "disagree",
        ),
        # a tower's "completion" and "The 1931 tower": one year, agreeing
        (
            "The Velmont tower's completion in 1931 drew large crowds.",
            "The 1931 tower was evacuated on Monday.",
            [("a", 1931), ("b", 1931)],
            "agree",
        ),
    ],
)
def test_completion_built_one_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, years: list, status: str
) -> None:
    rows = _rows(tmp_path, capsys, {"a": _story("Nordline", first), "b": _story("Post", second)})
    assert "year of completion" not in rows, rows
    assert rows["year built"] == (status, years), rows
