"""``facts --json`` and ``timeline --json`` on money given for different purposes (t13p F6's leftover,
round s30-n): "pledged $200,000 for funerals", "gave $1 million to a relief fund" and "set aside $2m
for repairs to the school" are three measures, no row in disagreement and no timeline step between
them; values with no stated purpose keep comparing with relief's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s30n_purposes"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, extra: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    if not corpus.exists():
        shutil.copytree(FIXTURES, corpus)
        for name, text in extra.items():
            (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _money(facts: dict) -> list[tuple[str, str, list[tuple[str, float]]]]:
    return sorted(
        (f["label"], f["status"], sorted((v["doc"], v["value"]) for v in f["values"]))
        for f in facts["facts"]
        if any(v["kind"] == "money" for v in f["values"])
    )


def test_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _money(_run(tmp_path, capsys, "facts", {})) == [
        ("money for funerals", "single source", [("wire", 200000)]),
        ("money for repairs", "single source", [("herald", 2000000)]),
        ("money pledged", "single source", [("ap", 1000000)]),
    ]
    assert _run(tmp_path, capsys, "timeline", {})["changes"] == {}


@pytest.mark.parametrize(
    ("extra", "want"),
    [
        (
            {
                "local.txt": "Council adds to relief\n\nBRANDON, June 6, 2026 (Brandon Courier) - The county council pledged $1.5 million, a spokeswoman said.\n",
            },
            [
                ("money for funerals", "single source", [("wire", 200000)]),
                ("money for repairs", "single source", [("herald", 2000000)]),
                ("money pledged", "disagree", [("ap", 1000000), ("local", 1500000)]),
            ],
        ),
        (
            {
                "local.txt": "Council funds road\n\nBRANDON, June 6, 2026 (Brandon Courier) - The county council donated $900,000 towards rebuilding the bridge, a spokeswoman said.\n",
                "tv.txt": "Council funds road\n\nBRANDON, June 6, 2026 (KBRN) - The county council set aside $1.2 million for reconstruction, officials said.\n",
            },
            [
                ("money for funerals", "single source", [("wire", 200000)]),
                ("money for reconstruction", "disagree", [("local", 900000), ("tv", 1200000)]),
                ("money for repairs", "single source", [("herald", 2000000)]),
                ("money pledged", "single source", [("ap", 1000000)]),
            ],
        ),
    ],
)
def test_variants(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, str], want: list) -> None:
    assert _money(_run(tmp_path, capsys, "facts", extra)) == want
    changes = _run(tmp_path, capsys, "timeline", extra)["changes"]
    assert not [k for k in changes if "funerals" in k or "repairs" in k]
