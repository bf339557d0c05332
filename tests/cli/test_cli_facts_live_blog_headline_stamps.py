"""``facts --json``: a live blog's entries opening with a stamp and a headline, their sentences below
("16:45 Death toll rises to seven"), are read by their times, newest first or last (t13p F2, round
s29-i; c.txt gave 7, 5 and 3, nothing superseded)."""

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
        pytest.param("death toll", "c", "", [(7, [3, 5])], id="reported"),
        pytest.param(
            "death toll",
            "x",
            "Quake live\n\n6.40pm Toll climbs\nThe death toll has climbed to 15, the governor says.\n\n2.05pm Rescue under way\nAt least nine people were killed, police say.\n",
            [(15, [9])],
            id="variant_pm",
        ),
        pytest.param(
            "death toll",
            "x",
            "Ferry live\n\n08:05 - Ferry capsizes\nTwo people died when the ferry capsized, police say.\n\n11:40 - Toll rises\nNine people have now died, the coastguard says.\n",
            [(9, [2])],
            id="variant_dash",
        ),
    ],
)
def test_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str, want: list[object]
) -> None:
    assert _values(tmp_path, capsys, label, doc, extra) == want
