"""A mark on a file moved into another folder of its corpus and then edited is kept or reported,
never lost silently (issue 13, fresh tester, F5).

Reported: mark "4 November 2026" (bbc_kb) as content; ``mkdir sub; mv bbc_kb.txt sub/``; edit that
line to "4 Nov 2026": ``noise --json`` and ``noise sub/bbc_kb --json`` both gave
``orphan_marks: []`` and the app said nothing at start, while the same edit at the top level was
reported. The moved file now takes the marks of the file of its name it was (by content: most of
its blocks kept, :meth:`Entry.copied_to`), and the edited block's mark is an orphan."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

from waic_reader.index.workspace import Workspace

PARAS = [
    f"In BBC update {i}, fire crews from three districts worked through the night near pier {i}." for i in range(12)
]
LEAD = "Four people have died after a fire at a chemical plant in Kestrel Bay, the fire service said."
DATE = "4 November 2026"


def make(root: Path) -> Path:
    root.mkdir(parents=True)
    text = "Kestrel Bay fire: what we know\n\n" + DATE + "\n\n" + LEAD + "\n\n" + "\n\n".join(PARAS) + "\n"
    (root / "bbc_kb.txt").write_text(text, "utf-8")
    (root / "afp_kb.txt").write_text("Plant fire kills four\n\n" + LEAD + "\n\nThe blaze was out by noon.\n", "utf-8")
    return root


def noise_json(root: Path, ix: Path, *docs: str) -> dict[str, object]:
    out = run("--corpus", str(root), "--index-dir", str(ix), "noise", *docs, "--json")
    assert out.returncode == 0, out.stderr
    data: dict[str, object] = json.loads(out.stdout)
    return data


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def marked(ws: Workspace, doc: str) -> list[str]:
    split = ws.analyser.doc(doc).split
    return [s.text for s in [*split.content, *split.noise] if s.marked]


def test_moved_into_a_subfolder_with_the_marked_block_edited_is_an_orphan(tmp_path: Path) -> None:
    """The reported case, through the CLI, with and without the doc named."""
    root = make(tmp_path / "kb")
    ws = Workspace(root, tmp_path / "ix")
    assert ws.mark_blocks("bbc_kb", [DATE], "content") is None
    (root / "sub").mkdir()
    (root / "bbc_kb.txt").rename(root / "sub" / "bbc_kb.txt")
    edit(root / "sub" / "bbc_kb.txt", DATE, "4 Nov 2026")
    for docs in [(), ("sub/bbc_kb",)]:
        (orphan,) = noise_json(root, tmp_path / "ix", *docs)["orphan_marks"]  # type: ignore[misc]
        assert orphan["doc"] == "sub/bbc_kb" and orphan["text"] == DATE and orphan["mark"] == "content"
    assert [o.doc for o in Workspace(root, tmp_path / "ix2").orphan_marks()] == ["sub/bbc_kb"]  # the start-up notice


def test_moved_into_a_subfolder_with_another_block_edited_keeps_the_marks(tmp_path: Path) -> None:
    root = make(tmp_path / "kb")
    assert Workspace(root, tmp_path / "ix").mark_blocks("bbc_kb", [PARAS[3], PARAS[7]], "noise") is None
    (root / "sub").mkdir()
    (root / "bbc_kb.txt").rename(root / "sub" / "bbc_kb.txt")
    edit(root / "sub" / "bbc_kb.txt", "pier 5.", "pier 5, officials said.")
    ws = Workspace(root, tmp_path / "ix")
    assert sorted(marked(ws, "sub/bbc_kb")) == sorted([PARAS[3], PARAS[7]])
    assert ws.orphan_marks() == []


def test_moved_between_subfolders_and_edited_and_an_unrelated_namesake(tmp_path: Path) -> None:
    """a/bbc_kb moved to b/ and a marked block removed: an orphan there. An unrelated article
    of the same file name in another folder shares too few blocks to take any mark."""
    root = tmp_path / "kb"
    make(root)
    (root / "a").mkdir()
    (root / "bbc_kb.txt").rename(root / "a" / "bbc_kb.txt")
    assert Workspace(root, tmp_path / "ix").mark_blocks("a/bbc_kb", [PARAS[2], PARAS[9]], "noise") is None
    (root / "b").mkdir()
    (root / "a" / "bbc_kb.txt").rename(root / "b" / "bbc_kb.txt")
    edit(root / "b" / "bbc_kb.txt", PARAS[9] + "\n\n", "")
    (root / "c").mkdir()
    (root / "c" / "bbc_kb.txt").write_text(
        "Budget passed\n\nThe council passed the budget.\n\n" + PARAS[2] + "\n", "utf-8"
    )
    ws = Workspace(root, tmp_path / "ix")
    assert marked(ws, "b/bbc_kb") == [PARAS[2]]
    assert marked(ws, "c/bbc_kb") == []
    orphans = ws.orphan_marks()
    assert [o.doc for o in orphans] == ["b/bbc_kb"] and PARAS[9].startswith(orphans[0].text)


def test_the_kept_analyses_key_sees_the_moved_files_marks(tmp_path: Path) -> None:
    """The index keeps each article's analysis under the key of the marks that could apply
    (MarksKeys): a moved file's key must change with the marks it takes, or a kept analysis
    made before a mark would be shown after it."""
    from waic_reader.index.analysis.timeline_cache import MarksKeys

    root = make(tmp_path / "kb")
    ws = Workspace(root, tmp_path / "ix")
    assert ws.mark_blocks("bbc_kb", [PARAS[3]], "noise") is None
    before = MarksKeys(ws.analyser.overrides.entries.values())("sub/bbc_kb", "other-text")
    assert before != ""
    assert ws.mark_blocks("bbc_kb", [PARAS[4]], "noise") is None
    assert MarksKeys(ws.analyser.overrides.entries.values())("sub/bbc_kb", "other-text") not in ("", before)
    assert MarksKeys(ws.analyser.overrides.entries.values())("sub/afp_kb", "other-text") == ""
