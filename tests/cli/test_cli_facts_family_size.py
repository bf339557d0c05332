"""``facts --json``: a family's size is no count of the people evacuated or missing (t13p F4, round
s29-i; d.txt's "A family of four was evacuated" was 4 people evacuated)."""

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
        pytest.param("people evacuated", "d", "", [], id="reported"),
        pytest.param(
            "people missing",
            "x",
            "Landslide\n\nAt least 30 people are missing, officials said. A family of seven was also missing, neighbours said.\n",
            [(30, [])],
            id="variant_missing",
        ),
        pytest.param(
            "people evacuated",
            "x",
            "Flood\n\nAbout 900 people were evacuated. A household of eight had been evacuated by boat.\n",
            [(900, [])],
            id="variant_household",
        ),
    ],
)
def test_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str, want: list[object]
) -> None:
    assert _values(tmp_path, capsys, label, doc, extra) == want
