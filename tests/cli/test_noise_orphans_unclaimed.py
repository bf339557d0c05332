"""Every mark that matches no block of its article as it now is, is listed (t13c fault 5).

Reported: a block marked, the folder renamed (the mark kept), then the marked line and the body
edited: ``noise DOC --json`` gave ``"orphan_marks": []``. Variants: a block deleted and most of the
text rewritten in the same folder, and the marked file deleted. Invented articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

BRIEF = (
    "Brief: ferry trials\n\nKelmport Courier\n\nApril 2, 2026\n\nOrla Tennant said the new ferry passed its trials.\n"
)


def marked(tmp_path: Path, name: str = "c1") -> Path:
    corpus = tmp_path / name
    corpus.mkdir()
    (corpus / "brief-01.txt").write_text(BRIEF, "utf-8")
    (corpus / "other-02.txt").write_text("Harbour dues rise\n\nThe port raised its dues by 3 percent.\n", "utf-8")
    Workspace(corpus).mark_block("brief-01", "Kelmport Courier", "content")
    return corpus


def orphans(corpus: Path, *args: str, capsys: object) -> list[dict[str, str]]:
    assert main(["--corpus", str(corpus), "noise", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["orphan_marks"]  # type: ignore[attr-defined]


def test_renamed_folder_then_marked_line_and_body_edited(tmp_path: Path, capsys: object) -> None:
    corpus = marked(tmp_path)
    renamed = corpus.rename(tmp_path / "c1-renamed")
    path = renamed / "brief-01.txt"
    path.write_text(BRIEF.replace("Kelmport Courier", "Kelmport Courier Online").replace("passed", "failed"), "utf-8")
    for args in (("brief-01",), ()):
        found = orphans(renamed, *args, capsys=capsys)
        assert [(o["doc"], o["mark"], o["text"]) for o in found] == [("brief-01", "content", "Kelmport Courier")]


def test_block_deleted_and_text_rewritten_in_place(tmp_path: Path, capsys: object) -> None:
    corpus = marked(tmp_path)
    (corpus / "brief-01.txt").write_text("Brief: ferry delayed\n\nThe ferry's trials were put off to May.\n", "utf-8")
    found = orphans(corpus, capsys=capsys)
    assert [(o["doc"], o["text"]) for o in found] == [("brief-01", "Kelmport Courier")]


def test_marked_file_deleted(tmp_path: Path, capsys: object) -> None:
    corpus = marked(tmp_path)
    (corpus / "brief-01.txt").unlink()
    found = orphans(corpus, capsys=capsys)
    assert [(o["doc"], o["mark"], o["text"]) for o in found] == [("brief-01", "content", "Kelmport Courier")]
    assert orphans(corpus, "other-02", capsys=capsys) == []
