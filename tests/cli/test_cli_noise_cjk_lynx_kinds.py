"""t13q F13 through the CLI: ``noise DOC --json`` on a lynx-style dump and on Chinese and Japanese
pages gives the furniture its kind (share row call-to-action, skip link navigation, "By [9]Tom
Hale" byline, a References address navigation; share prompt, rights line, editor's credit and
source line), and ``list --json`` reads the outlet from a "来源：X" / "出典：X" source line. The
rules and more variants: tests/analysis/test_noise_lynx_link_markers.py and
test_noise_cjk_furniture.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30m"
NAMES = ("lynx-dump.txt", "lynx-harbour.txt", "cn-page.txt", "cn-harbour.txt", "jp-ferry.txt")


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(FIXTURES / name, folder / name)
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize(
    ("doc", "kinds"),
    [
        (
            "lynx-dump",
            {
                "[10]Share on Facebook [11]Share on X [12]Email": "call-to-action",
                "[2]Skip to main content": "navigation",
                "By [9]Tom Hale": "byline",
                "9. https://alpinecourier.example/authors/tom-hale": "navigation",
            },
        ),
        (
            "lynx-harbour",
            {
                "[10]Share this article [11]Tweet [12]Print": "call-to-action",
                "By [9]Ingrid Solberg": "byline",
                "9. https://gazette.example/staff/ingrid-solberg": "navigation",
            },
        ),
        (
            "cn-page",
            {
                "分享到：微信 微博": "call-to-action",
                "版权所有 新华网": "legal",
                "【责任编辑：王芳】": "attribution",
                "2026-06-04 09:15 来源：新华网": "attribution",
            },
        ),
        ("cn-harbour", {"分享至：微信 QQ空间": "call-to-action", "（责任编辑：李明）": "attribution"}),
        ("jp-ferry", {"無断転載を禁じます": "legal", "2025年3月12日 18時40分 出典：共同通信": "attribution"}),
    ],
)
def test_noise_json_kinds(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, kinds: dict[str, str]
) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    got = {b["text"]: b["kind"] for b in out["noise"]}
    assert {text: got.get(text) for text in kinds} == kinds


def test_list_json_reads_the_outlet_from_the_source_line(capsys: pytest.CaptureFixture[str], corpus: list[str]) -> None:
    assert main([*corpus, "list", "--json"]) == 0
    outlets = {a["doc"]: a["outlet"] for a in json.loads(capsys.readouterr().out)["articles"]}
    assert (outlets["cn-page"], outlets["cn-harbour"], outlets["jp-ferry"]) == ("新华网", "人民网", "共同通信")
