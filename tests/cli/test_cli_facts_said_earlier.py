"""``facts --json``: a clause saying it reports an earlier value ("Earlier on Thursday the ministry
had put the toll at seven") is what the article said first, never its value (t13p F3, round s29-i;
e.txt gave 7, first said 8)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29i_dam"


def _values(tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str = "") -> list[object]:
    """``(value, [superseded values])`` of ``doc``'s values of ``label`` in ``facts --json`` on the
    tester's scratch corpus, with ``extra`` as a further article ``x.txt`` when given."""
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    if extra:
        (corpus / "x.txt").write_text(extra, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [
        (v["value"], [e["value"] for e in v["superseded"]])
        for f in json.loads(out)["facts"]
        if f["label"] == label
        for v in f["values"]
        if v["doc"] == doc
    ]


@pytest.mark.parametrize(
    ("label", "doc", "extra", "want"),
    [
        pytest.param("death toll", "e", "", [(8, [7])], id="reported"),
        pytest.param(
            "death toll",
            "x",
            "Mine\n\nThe death toll rose to 16, the company said. On Wednesday local officials had given a figure of 13 deaths.\n",
            [(16, [13])],
            id="variant_had_given",
        ),
        pytest.param(
            "death toll",
            "x",
            "Storm\n\nTen people have died in the storm, officials said on Monday. On Sunday the agency had reported six deaths.\n",
            [(10, [6])],
            id="variant_pluperfect",
        ),
        pytest.param(
            "death toll",
            "x",
            "Quake\n\nThe death toll climbed to 40, the agency said, up on an earlier toll of 35.\n",
            [(40, [35])],
            id="variant_earlier_toll_of",
        ),
    ],
)
def test_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str, want: list[object]
) -> None:
    assert _values(tmp_path, capsys, label, doc, extra) == want
