"""``facts --json`` (t13u F8, round s32-g): a sentence telling the toll's steps with a change ("The
toll had risen from three on Saturday evening to five and then seven by midnight") lists every
step the article gave first as ``superseded``, in text order: the Evening Post's table-layout page
read ``superseded: [5]``, its 3 lost ("first said 5")."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_t13u_s32g"


def _steps(tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str = "") -> list[object]:
    """``(value, [superseded values])`` of ``doc``'s values of ``label``, with ``extra`` as a further
    article ``x.txt`` when given."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(FIXTURES / "table-layout.html", corpus / "table-layout.html")
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
        pytest.param("death toll", "table-layout", "", [(7, [3, 5])], id="reported"),
        pytest.param(
            "people injured",
            "x",
            "Ferry fire\n\nA fire broke out on a ferry on Friday.\n\n"
            "The number of injured climbed from 14 on Friday night to 22, then 31 by Sunday, the coastguard said.\n",
            [(31, [14, 22])],
            id="variant_then",
        ),
        pytest.param(
            "death toll",
            "x",
            "Mine collapse\n\nRescuers worked through the night at the Berrow mine.\n\n"
            "The death toll rose to nine from four after two more bodies were found on Tuesday.\n",
            [(9, [4])],
            id="variant_to_from",
        ),
    ],
)
def test_superseded_steps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, doc: str, extra: str, want: list[object]
) -> None:
    assert _steps(tmp_path, capsys, label, doc, extra) == want
