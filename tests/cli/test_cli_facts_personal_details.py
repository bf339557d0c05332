"""``facts --json`` on the tester's mine corpus (t13o F1, round s29-f; tests/fixtures/facts_s29f_mine):
"Among the dead was Teodoro Huanca, 34, a father of three" gave The Andes Herald's death toll the
values 34 and 3 beside its 7. A person's age after their name and their children are no values."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29f_mine"


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, str] | None = None) -> list[dict]:
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    for name, text in (extra or {}).items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)["facts"]


def _tolls(facts: list[dict], doc: str) -> list[object]:
    [toll] = [f for f in facts if f["label"] == "death toll"]
    return [v["value"] for v in toll["values"] if v["doc"] == doc]


def test_an_age_and_children_are_no_toll(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys)
    assert _tolls(facts, "andes-herald") == [7], _tolls(facts, "andes-herald")


@pytest.mark.parametrize(
    "body",
    [
        "Four people died in the fire. The victims included Ana Ruiz, aged 29, a mother of two, police said.\n",
        "Four people died in the fire. Among those killed was Olek Brandt (61), whose two sons survived.\n",
    ],
)
def test_variants(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> None:
    facts = _facts(tmp_path, capsys, {"local.txt": f"Fire kills four\n\n{body}"})
    assert _tolls(facts, "local") == [4], _tolls(facts, "local")
    assert not [f for f in facts if f["label"] in ("mother", "sons")], [f["label"] for f in facts]
