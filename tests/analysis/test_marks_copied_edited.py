"""Marks survive a copied or moved corpus whose articles are then edited (issue 13, helper s14-i #4).

Reported: ``cp -a corpus corpus_moved; sed -i 's/spokeswoman/spokesperson/' corpus_moved/02_ap.txt``
and ``noise 02_ap --corpus corpus_moved --json`` listed no marked block and no orphan: all three
marks were gone, not just the edited block's; appending one line to another file dropped its marks
too. The same edits in the original folder kept them. An edited copy in another corpus now keeps
the marks of its unchanged blocks, and a mark whose block was edited there is an orphan."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

from waic_reader.index.workspace import Workspace

PARAS = [
    "TOKYO (AP) - At least 14 people died when the ferry collided with a cargo vessel on Friday night.",
    "Coast guard spokeswoman Kaori Tanabe said the ferry was carrying 320 passengers on the crossing.",
    "Divers worked in shifts, limited by the cold water and strong currents near the channel mouth.",
    "Hospitals in the prefecture postponed routine surgery to keep beds free for the injured.",
    "Railway operators added late trains so that relatives could reach the port from the city.",
    "Follow AP's coverage of the ferry disaster at apnews.com and on our social channels.",
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published.",
]
MARKED = [PARAS[2], PARAS[5], PARAS[6]]


def make(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "02_ap.txt").write_text("# Ferry and freighter collide\n\n" + "\n\n".join(PARAS) + "\n", "utf-8")
    other = [p.replace("ferry", "boat") for p in PARAS]
    (folder / "05_jt.txt").write_text("# Boat collision\n\n" + "\n\n".join(other) + "\n", "utf-8")
    return folder


def noise_json(root: Path, doc: str, ix: Path) -> dict[str, object]:
    out = run("--corpus", str(root), "--index-dir", str(ix), "noise", doc, "--json")
    assert out.returncode == 0, out.stderr
    data: dict[str, object] = json.loads(out.stdout)
    return data


def marked_texts(data: dict[str, object]) -> list[str]:
    (doc,) = data["docs"]  # type: ignore[misc]
    return [b["text"] for b in doc["noise"] if b.get("marked")]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_a_copied_corpus_with_an_edited_article_keeps_the_marks_of_its_unchanged_blocks(tmp_path: Path) -> None:
    """The reported case, through the CLI: cp -a, then one word of an unmarked block edited."""
    root = make(tmp_path / "corpus")
    assert Workspace(root, tmp_path / "ix").mark_blocks("02_ap", MARKED, "noise") is None
    moved = shutil.copytree(root, tmp_path / "corpus_moved")
    edit(moved / "02_ap.txt", "spokeswoman", "spokesperson")
    data = noise_json(moved, "02_ap", tmp_path / "ix2")
    assert marked_texts(data) == MARKED
    assert data["orphan_marks"] == []
    # the original folder is as it was
    assert marked_texts(noise_json(root, "02_ap", tmp_path / "ix")) == MARKED


def test_a_moved_corpus_with_a_marked_block_edited_lists_that_mark_as_an_orphan(tmp_path: Path) -> None:
    root = make(tmp_path / "corpus")
    assert Workspace(root, tmp_path / "ix").mark_blocks("02_ap", MARKED, "noise") is None
    moved = root.rename(tmp_path / "elsewhere")
    edit(moved / "02_ap.txt", "Divers worked in shifts", "Divers worked in long shifts")
    data = noise_json(moved, "02_ap", tmp_path / "ix2")
    assert marked_texts(data) == MARKED[1:]
    (orphan,) = data["orphan_marks"]  # type: ignore[misc]
    assert orphan["doc"] == "02_ap" and orphan["text"].startswith("Divers worked in shifts")


def test_appending_a_line_in_a_copy_keeps_both_marks_and_a_new_mark_there_stays_there(tmp_path: Path) -> None:
    """The variant reported with the case: one line appended to another file of the copy. Marking
    there then records the copy's marks (the original's taken along) without touching the
    original's, and an unrelated article of another corpus with the same doc id gets nothing."""
    root = make(tmp_path / "corpus")
    two = [MARKED[1].replace("ferry", "boat"), MARKED[2]]
    assert Workspace(root, tmp_path / "ix").mark_blocks("05_jt", two, "noise") is None
    copy = shutil.copytree(root, tmp_path / "copy")
    with (copy / "05_jt.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nUpdated at 10:40 with the latest figures.\n")
    ws = Workspace(copy, tmp_path / "ix2")
    assert [s.text for s in ws.analyser.doc("05_jt").split.noise if s.marked] == two
    assert ws.orphan_marks() == []
    first = PARAS[0].replace("ferry", "boat")
    assert ws.mark_block("05_jt", first, "noise") is None
    again = Workspace(copy, tmp_path / "ix2")
    assert sorted(s.text for s in again.analyser.doc("05_jt").split.noise if s.marked) == sorted([first, *two])
    original = Workspace(root, tmp_path / "ix")
    assert [s.text for s in original.analyser.doc("05_jt").split.noise if s.marked] == two
    unrelated = tmp_path / "unrelated"
    unrelated.mkdir()
    (unrelated / "05_jt.txt").write_text("# Budget\n\nThe budget passed.\n\n" + MARKED[2] + "\n", "utf-8")
    assert [s.text for s in Workspace(unrelated, tmp_path / "ix3").analyser.doc("05_jt").split.noise if s.marked] == []
