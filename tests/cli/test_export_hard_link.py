"""``--markdown FILE --force`` never writes into the file ``FILE`` names: it writes a new file
beside it and renames it over ``FILE`` (issue 13, helper s15-k #1).

Reported: ``facts --markdown out/hl.md --force``, ``out/hl.md`` a hard link to
``corpus/xinhua_0314.txt``, overwrote the article (the same inode was truncated and written)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

STORY = "# Ferry collides with freighter\n\nA ferry collided with a freighter in Osaka Bay on Friday, officials said.\n"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "xinhua_0314.txt").write_text(STORY, "utf-8")
    (root / "02.txt").write_text(STORY.replace("Friday", "Saturday"), "utf-8")
    (tmp_path / "out").mkdir()
    return root


def test_a_hard_link_to_an_article_is_replaced_not_written_through(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    article = root / "xinhua_0314.txt"
    target = tmp_path / "out" / "hl.md"
    os.link(article, target)
    for command in (("facts",), ("quotes",), ("compare", "xinhua", "02")):
        out = run("--corpus", str(root), *command, "--markdown", str(target), "--force")
        assert out.returncode == 0, (command, out.stderr)
        assert article.read_text("utf-8") == STORY, command  # the article is untouched
        assert target.stat().st_ino != article.stat().st_ino
        assert target.read_text("utf-8").startswith("<!-- exported by waic-reader")
        os.unlink(target)
        os.link(article, target)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["hl.md"]  # no temporary file left


def test_a_hard_link_outside_the_corpus_keeps_its_other_name(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    notes = tmp_path / "notes.md"
    notes.write_text("my notes\n", "utf-8")
    target = tmp_path / "out" / "n.md"
    os.link(notes, target)
    out = run("--corpus", str(root), "facts", "--markdown", str(target), "--force")
    assert out.returncode == 0, out.stderr
    assert notes.read_text("utf-8") == "my notes\n"
    assert "Fact sheet" in target.read_text("utf-8")
    # without --force an existing file is still refused
    out = run("--corpus", str(root), "facts", "--markdown", str(notes))
    assert out.returncode != 0 and notes.read_text("utf-8") == "my notes\n"


def test_a_symbolic_link_to_an_article_is_still_refused(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    article = root / "xinhua_0314.txt"
    target = tmp_path / "out" / "sl.md"
    target.symlink_to(article)
    out = run("--corpus", str(root), "facts", "--markdown", str(target), "--force")
    assert out.returncode != 0 and "corpus" in out.stderr
    assert article.read_text("utf-8") == STORY and target.is_symlink()
    # a link to a file elsewhere is not written through either
    notes = tmp_path / "notes.md"
    notes.write_text("my notes\n", "utf-8")
    (tmp_path / "out" / "n.md").symlink_to(notes)
    out = run("--corpus", str(root), "facts", "--markdown", str(tmp_path / "out" / "n.md"), "--force")
    assert out.returncode != 0 and "symbolic link" in out.stderr
    assert notes.read_text("utf-8") == "my notes\n"
