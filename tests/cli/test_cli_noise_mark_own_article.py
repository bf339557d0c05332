"""A noise mark is the chosen article's: another file holding the same text (the same wire story
carried by two outlets) keeps its paragraph, while the marked article keeps its mark when its
folder is renamed or its file renamed (t13o F5).

Reported: ``cp reuters-0603.txt reuters-copy.txt``; the Céspedes quote marked in reuters-0603 showed
"marked as noise by you" in both (``noise reuters-0603 reuters-copy --json``), though the copy was
never opened. Variants (invented): a copy in a subfolder under another name, and a third copy;
then the folder renamed and the marked file renamed (its mark follows, the copy still unmarked).
A copy made after the mark, then the marked file renamed, is not told from it (both take the
mark). Also: a marks file of format 2, whose marks were their text's, keeps hiding every copy of the text
in the article it was made on, and no longer in another file of the same text.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.overrides import block_key, marks_path, text_key
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "marks_s29h"
QUOTE = (
    '"We are doing everything humanly possible to reach our colleagues," chief executive Joaquín Céspedes '
    "told reporters at the mine gate."
)
WIRE = (
    "Dam spillway opened after week of rain\n\nVALDBERG, Oct 9 - Engineers opened the spillway of the Kessler "
    "dam on Thursday after a week of heavy rain raised the reservoir to its highest level in a decade.\n\n"
    '"The dam is sound and the release is controlled," said Brigitte Aaltonen, the utility\'s chief engineer.\n\n'
    "Residents downstream were told to move cars away from the riverbank.\n"
)
ENGINEER = '"The dam is sound and the release is controlled," said Brigitte Aaltonen, the utility\'s chief engineer.'
FLOODS = (
    "Flood barriers raised in Norrvik\n\nNORRVIK, Oct 9 - Crews raised the town's flood barriers overnight.\n\n"
    "Mayor Tobias Lindqvist said schools would open as usual.\n\nThe river is expected to crest on Saturday.\n"
)
MAYOR = "Mayor Tobias Lindqvist said schools would open as usual."


def marked_docs(root: Path, docs: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """Doc id -> the texts of its blocks marked as noise by the user."""
    capsys.readouterr()
    assert main(["--corpus", str(root), "noise", *docs, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["orphan_marks"] == []
    return {d["doc"]: [b["text"] for b in d["noise"] if b["reason"] == "marked as noise by you"] for d in out["docs"]}


CASES = [
    # (files: name -> text, the marked doc, its paragraph, the copies' doc ids)
    ({"reuters-0603.txt": None, "reuters-copy.txt": None}, "reuters-0603", QUOTE, ["reuters-copy"]),
    (
        {"kessler-wire.txt": WIRE, "regional/valdberg-post.txt": WIRE},
        "kessler-wire",
        ENGINEER,
        ["regional/valdberg-post"],
    ),
    (
        {"a-floods.txt": FLOODS, "b-floods.txt": FLOODS, "c-floods.txt": FLOODS},
        "b-floods",
        MAYOR,
        ["a-floods", "c-floods"],
    ),
]


def build(tmp_path: Path, files: dict[str, str | None]) -> Path:
    root = tmp_path / "corpus"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            shutil.copy(FIXTURES / "reuters-0603.txt", path)  # the reported copy: `cp`
        else:
            path.write_text(text, "utf-8")
    return root


@pytest.mark.parametrize(("files", "doc", "paragraph", "copies"), CASES, ids=["reported", "subfolder", "three"])
def test_a_copy_in_another_file_keeps_its_paragraph(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str | None],
    doc: str,
    paragraph: str,
    copies: list[str],
) -> None:
    root = build(tmp_path, files)
    assert Workspace(root).mark_block(doc, paragraph, "noise") is None
    assert marked_docs(root, [doc, *copies], capsys) == {doc: [paragraph], **{c: [] for c in copies}}


@pytest.mark.parametrize(("files", "doc", "paragraph", "copies"), CASES, ids=["reported", "subfolder", "three"])
def test_the_mark_follows_a_renamed_folder_and_a_renamed_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str | None],
    doc: str,
    paragraph: str,
    copies: list[str],
) -> None:
    root = build(tmp_path, files)
    assert Workspace(root).mark_block(doc, paragraph, "noise") is None
    moved = root.rename(tmp_path / "renamed-folder")
    assert marked_docs(moved, [doc, *copies], capsys) == {doc: [paragraph], **{c: [] for c in copies}}
    # The renamed file takes the mark; the copies there when it was made are not it.
    (moved / f"{doc}.txt").rename(moved / "renamed-file.txt")
    expected = {"renamed-file": [paragraph], **{c: [] for c in copies}}
    assert marked_docs(moved, ["renamed-file", *copies], capsys) == expected


def test_a_format_2_mark_keeps_every_copy_in_its_own_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = FLOODS.replace("The river", f"{MAYOR}\n\nThe river")  # the mayor's line twice
    root = build(tmp_path, {"norrvik.txt": text, "norrvik-copy.txt": text})
    sha = text_key(Workspace(root).corpus.article("norrvik").text)
    path = marks_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {
        "doc": "norrvik",
        "sha": sha,
        "corpora": [],
        "blocks": [],
        "marks": {block_key(MAYOR): {"mark": "noise", "text": MAYOR}},
    }
    path.write_text(json.dumps({"version": 2, "articles": {sha: entry}}), "utf-8")
    assert marked_docs(root, ["norrvik", "norrvik-copy"], capsys) == {"norrvik": [MAYOR, MAYOR], "norrvik-copy": []}
