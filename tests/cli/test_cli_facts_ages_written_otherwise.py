"""``facts --json``: an age written "a 7-year-old girl" or in a list after "aged" is no death toll
(t13p F1, round s29-i; tests/fixtures/facts_s29i_dam is the tester's scratch corpus: b.txt's toll
held 5 and 34)."""

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
        pytest.param("death toll", "b", "", [(5, [])], id="reported"),
        pytest.param(
            "death toll",
            "x",
            "Bus crash\n\nNine people were killed in the crash, police said. The dead included a 70-year-old driver and three children aged 2, 5 and 13.\n",
            [(9, [])],
            id="variant_list",
        ),
        pytest.param(
            "death toll",
            "x",
            "Fire\n\nSix people died in the fire. Among the dead were a 6-month-old baby and her 23-year-old father, officials said.\n",
            [(6, [])],
            id="variant_months",
        ),
    ],
)
def test_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str, want: list[object]
) -> None:
    assert _values(tmp_path, capsys, label, doc, extra) == want
