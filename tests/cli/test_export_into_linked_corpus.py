"""``--markdown`` never writes into a corpus folder reached through a symbolic link (issue 13,
helper s14-i #5).

Reported: ``compare 01 02 --corpus RO --markdown linkdir/z.md``, ``linkdir`` a symbolic link to
another corpus folder, wrote ``z.md`` into that corpus (exit 0), where the next scan would take it
for an article. The target's folders are resolved, and a folder waic-reader has indexed as a
corpus is refused as the open corpus is."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

STORY = "# Ferry collides with freighter\n\nA ferry collided with a freighter in Osaka Bay on Friday, officials said.\n"


def corpora(tmp_path: Path) -> tuple[Path, Path]:
    one = tmp_path / "one"
    one.mkdir()
    (one / "01.txt").write_text(STORY, "utf-8")
    (one / "02.txt").write_text(STORY.replace("Friday", "Saturday"), "utf-8")
    two = shutil.copytree(one, tmp_path / "two")
    (two / "sub").mkdir()
    assert run("--corpus", str(two), "index").returncode == 0  # waic-reader knows it as a corpus
    return one, two


def test_a_symlink_to_another_indexed_corpus_is_refused(tmp_path: Path) -> None:
    one, two = corpora(tmp_path)
    (tmp_path / "linkdir").symlink_to(two)
    out = run("--corpus", str(one), "compare", "01", "02", "--markdown", str(tmp_path / "linkdir" / "z.md"))
    assert out.returncode != 0 and "corpus folder" in out.stderr
    assert not (two / "z.md").exists()
    # its subfolder, through a link to the subfolder, is refused too
    (tmp_path / "sublink").symlink_to(two / "sub")
    out = run("--corpus", str(one), "quotes", "--markdown", str(tmp_path / "sublink" / "q.md"))
    assert out.returncode != 0 and not (two / "sub" / "q.md").exists()


def test_a_symlink_into_the_open_corpus_is_refused(tmp_path: Path) -> None:
    one, _two = corpora(tmp_path)
    (tmp_path / "self").symlink_to(one)
    out = run("--corpus", str(one), "compare", "01", "02", "--markdown", str(tmp_path / "self" / "z.md"))
    assert out.returncode != 0 and not (one / "z.md").exists()


def test_a_symlinked_folder_that_is_no_corpus_is_written(tmp_path: Path) -> None:
    """The user's goal: an export through an ordinary linked folder still works."""
    one, _two = corpora(tmp_path)
    (tmp_path / "exports").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "exports")
    out = run("--corpus", str(one), "compare", "01", "02", "--markdown", str(tmp_path / "out" / "z.md"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "exports" / "z.md").read_text("utf-8").count("Osaka") >= 1
