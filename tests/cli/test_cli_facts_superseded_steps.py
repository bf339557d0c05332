"""``facts --json``: what an article said first lists each value once, never its current value (t13p
F13, round s29-i; a.txt's headline and lead, both three, read "first said 3, then 3")."""

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
        pytest.param("death toll", "a", "", [(5, [3])], id="reported"),
        pytest.param(
            "death toll",
            "x",
            "Blast kills two\n\nA blast killed two workers, police said.\n\nLater, officials said the death toll had risen to four.\n",
            [(4, [2])],
            id="variant_twice",
        ),
        pytest.param(
            "death toll",
            "x",
            "Fire\n\nSix people died in the fire. Six people were killed, police said. By noon the toll had risen to eight. Later the toll rose to nine.\n",
            [(9, [6, 8])],
            id="variant_chain",
        ),
    ],
)
def test_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str, want: list[object]
) -> None:
    assert _values(tmp_path, capsys, label, doc, extra) == want
