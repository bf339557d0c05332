"""``facts``: a count in a question is a claim, never a value of the main row (t13ax N11), and the
Markdown export's key says a value comes again each time it comes back (t13aw N20); round s52-f4."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json

from waic_reader.tui.cli.main import main

_FIRM = "UK bridge collapse\n\nSix people were killed when the bridge collapsed on Saturday, the fire service said.\n"


@pytest.mark.parametrize(
    "question",
    [
        # reported (t13ax N11, misc/hostile-forum.txt)
        "BREAKING Ravensworth Bridge: toll now 8?\n\nPosted: Mar 14, 2026\n\nUnconfirmed reports on social media "
        "claim eight people died and 40 were rescued when the bridge fell.\n",
        # variants of my own: the question in the body, another wording
        "Bridge forum\n\nDid 9 people die when the bridge fell? Nobody has said so.\n",
        "Bridge collapse thread\n\nUsers ask: were twelve people killed in the collapse?\n",
    ],
)
def test_a_question_count_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str], question: str) -> None:
    facts = facts_json(tmp_path, capsys, {"firm.txt": _FIRM, "forum.txt": question})
    [toll] = [f for f in facts if f["label"] == "death toll"]
    assert {v["doc"] for v in toll["values"]} == {"firm"}, toll
    assert any(f["label"] == "death toll (claimed)" for f in facts), [f["label"] for f in facts]


def test_the_export_key_says_values_come_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_FIRM, encoding="utf-8")
    out_file = tmp_path / "facts.md"
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--markdown", str(out_file)])
    capsys.readouterr()
    assert code == 0
    key = out_file.read_text(encoding="utf-8")
    assert "each value once" not in key
    assert "a value again each time it comes back" in key
