"""t13q F13 (s31-b) through the CLI: ``noise DOC --json`` on a text-mode browser's dump gives its
closing link list, the "References" header and every numbered address, one kind (navigation) and
one reason in words naming the header. The rules and more: tests/analysis/test_noise_lynx_link_list.py."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = {
    "lynx-dump": ("t13q_s30m/lynx-dump.txt", 17),  # reported (probe6)
    "lynx-hidden-links": ("t13q_s31b/lynx-hidden-links.txt", 15),  # ours
    "elinks-dump": ("t13q_s31b/elinks-dump.txt", 9),  # ours
}
_ADDRESS = re.compile(r"\s*\d+\.\s+\S+$")


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (path, _) in CASES.items():
        shutil.copy(FIXTURES / path, folder / f"{doc}.txt")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(CASES))
def test_the_references_list_is_one_kind_and_reason(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    [header] = [b for b in out["noise"] if b["text"] == "References"]
    addresses = [b for b in out["noise"] if _ADDRESS.match(b["text"])]
    assert len(addresses) == CASES[doc][1]
    assert {(b["kind"], b["reason"]) for b in [header, *addresses]} == {
        (
            "navigation",
            "a text-mode browser's list of the page's links: “References”, then each link's number and address",
        )
    }
