"""The user's boilerplate/content marks follow the articles, not the folder (issue 13).

A mark is keyed by the article's text hash (doc id as a hint) and the block's text hash: renaming
the corpus folder or moving a file keeps it; editing the marked block makes it an orphan, which
``Workspace.orphan_marks`` and ``noise --json`` (``orphan_marks``) report."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

from waic_reader.index.analysis.overrides import Overrides, block_key, legacy_path, marks_path
from waic_reader.index.workspace import Workspace

SHARE = "Share this story with your friends and family on every network you use."


def story(i: int, extra: str = "") -> str:
    paras = [
        f"The harbour council of town {i} voted on Tuesday to rebuild the ferry terminal before winter.",
        f"Engineers said the old pier in town {i} had been sinking for a decade and could not be saved.",
        f"Residents of town {i} asked for a footbridge as well; the council promised a study next year.",
        SHARE,
        f"The work in town {i} starts in March and should take eighteen months, the mayor said.{extra}",
    ]
    return f"# Ferry terminal {i} to be rebuilt\n\n" + "\n\n".join(paras) + "\n"


def corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"story{i}.txt").write_text(story(i), encoding="utf-8")
    return folder


def marked(ws: Workspace, doc: str) -> list[str]:
    """The texts of the blocks of ``doc`` the user marked as boilerplate."""
    return [s.text for s in ws.analyser.doc(doc).split.noise if s.marked]


def mark_share(ws: Workspace, doc: str = "story1") -> None:
    assert ws.mark_block(doc, SHARE, "noise") is None
    assert marked(ws, doc) == [SHARE]


def test_renaming_the_corpus_folder_keeps_the_marks(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    moved = root.rename(tmp_path / "ferry-renamed")
    ws = Workspace(moved, index_dir=tmp_path / "ix2")
    assert marked(ws, "story1") == [SHARE]
    assert marked(ws, "story0") == []  # the same text in another article is not marked
    assert ws.orphan_marks() == []


def test_a_copy_of_the_corpus_elsewhere_has_the_marks(tmp_path: Path) -> None:
    root = corpus(tmp_path / "a" / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    copy = shutil.copytree(root, tmp_path / "b" / "other-name")
    assert marked(Workspace(copy, index_dir=tmp_path / "ix2"), "story1") == [SHARE]


def test_moving_a_file_into_a_subfolder_keeps_its_mark(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    (root / "2025").mkdir()
    (root / "story1.txt").rename(root / "2025" / "story1.txt")
    ws = Workspace(root, index_dir=tmp_path / "ix")
    assert marked(ws, "2025/story1") == [SHARE]  # the doc id is now its path in the corpus
    assert ws.orphan_marks() == []


def test_moving_a_file_under_another_doc_id_keeps_its_mark(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    (root / "sub").mkdir()
    (root / "story1.txt").rename(root / "sub" / "renamed-story.txt")  # a new doc id, same text
    ws = Workspace(root, index_dir=tmp_path / "ix")
    doc = ws.corpus.resolve("renamed-story")
    assert "story1" not in ws.corpus.entries and marked(ws, doc) == [SHARE]


def test_editing_the_marked_block_reports_an_orphan(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    path = root / "story1.txt"
    path.write_text(path.read_text("utf-8").replace(SHARE, "Share this story with everyone."), "utf-8")
    ws = Workspace(root, index_dir=tmp_path / "ix")
    assert marked(ws, "story1") == []
    (orphan,) = ws.orphan_marks()
    assert (orphan.doc, orphan.mark, orphan.block) == ("story1", "noise", block_key(SHARE))
    assert orphan.text == SHARE[:80]
    out = run("--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "noise", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["orphan_marks"] == [orphan.to_json()]
    text = run("--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "noise", "story1")
    assert "1 of your marks no longer matches any block (its text was edited or removed):" in text.stdout


def test_editing_elsewhere_in_the_article_keeps_the_mark(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    (root / "story1.txt").write_text(story(1, extra=" A correction was added."), "utf-8")
    ws = Workspace(root, index_dir=tmp_path / "ix")
    assert marked(ws, "story1") == [SHARE]
    assert ws.orphan_marks() == []
    # marking again after the edit folds the old entry into one for the new text
    assert ws.mark_block("story1", story(1).split("\n\n")[1], "noise") is None
    assert len(Overrides.load(root, None).entries) == 1


def test_deleting_the_marked_block_reports_an_orphan_in_the_cli(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    path = root / "story1.txt"
    path.write_text(path.read_text("utf-8").replace(SHARE + "\n\n", ""), "utf-8")
    out = run("--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "noise", "--json", "story1")
    orphans = json.loads(out.stdout)["orphan_marks"]
    assert [(o["doc"], o["mark"]) for o in orphans] == [("story1", "noise")]


def test_another_corpus_with_the_same_doc_ids_is_not_touched(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    mark_share(Workspace(root, index_dir=tmp_path / "ix"))
    other = tmp_path / "other"
    other.mkdir()
    unrelated = "\n\n".join(f"Paragraph {k} of a different story about the budget." for k in range(6))
    (other / "story1.txt").write_text(f"# Budget\n\n{unrelated}\n\n{SHARE}\n", "utf-8")
    ws = Workspace(other, index_dir=tmp_path / "ix2")
    assert ws.orphan_marks() == []  # story1 here is another article: its marks are not its orphans
    assert marked(ws, "story1") == []


def test_an_old_marks_file_is_validated_and_migrated(tmp_path: Path) -> None:
    root = corpus(tmp_path / "ferry")
    data = tmp_path / "data"
    old = legacy_path(root, data)
    old.parent.mkdir(parents=True)
    old.write_text(
        json.dumps(
            {
                "version": 1,
                "marks": {
                    "story1": {block_key(SHARE): {"mark": "noise", "text": "Share"}},
                    "story2": {"not-a-key": {"mark": "noise"}, block_key("x"): {"mark": "maybe"}},
                    "gone": {block_key("y"): {"mark": "content", "text": "y"}},
                },
            }
        ),
        "utf-8",
    )
    ws = Workspace(root, index_dir=tmp_path / "ix", data_dir=data)
    assert ws.analyser.overrides.error and "2 malformed" in ws.analyser.overrides.error
    assert not old.exists() and old.with_name(old.name + ".migrated").exists()
    assert marked(ws, "story1") == [SHARE]
    moved = root.rename(tmp_path / "ferry-2")
    again = Workspace(moved, index_dir=tmp_path / "ix", data_dir=data)
    assert again.analyser.overrides.error is None
    assert marked(again, "story1") == [SHARE]
    saved = json.loads(marks_path(data).read_text("utf-8"))
    assert saved["version"] == 3 and len(saved["articles"]) == 2  # story1 by its text, "gone" by doc id


def test_the_orphans_sentence_agrees_with_its_count() -> None:
    """#13 re-test: "2 of your marks … (its text was edited or removed)"."""
    from waic_reader.index.analysis.overrides import orphans_said

    assert orphans_said(1) == "1 of your marks no longer matches any block (its text was edited or removed)"
    assert orphans_said(2) == "2 of your marks no longer match any block (their text was edited or removed)"
    assert orphans_said(12, "boilerplate/content marks").startswith(
        "12 of your boilerplate/content marks no longer match "
    )
