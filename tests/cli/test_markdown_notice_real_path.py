"""``--markdown`` says the file it wrote by its real path (t13i, other observations).

Reported: ``--markdown /tmp/h/lnk/../fire-exp.md``, ``lnk`` a symbolic link to the corpus, was
written to the corpus's physical parent (right: the kernel resolves ``lnk`` before ``..``), but
the notice named ``/tmp/h/lnk/../fire-exp.md``, which a shell user reads as ``/tmp/h/fire-exp.md``
(not there). The notice names the file where it is: folders' links and ``..`` resolved."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

from waic_reader.index.export import write_export

STORY = "# Ferry collides with freighter\n\nA ferry collided with a freighter in Osaka Bay on Friday, officials said.\n"


def corpus(tmp_path: Path) -> Path:
    """``tmp_path/data/corpus`` with two articles (its parent, ``data``, is where ``lnk/..`` leads)."""
    folder = tmp_path / "data" / "corpus"
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(STORY, "utf-8")
    (folder / "02.txt").write_text(STORY.replace("Friday", "Saturday"), "utf-8")
    return folder


def said_written(stderr: str) -> Path:
    lines = [line for line in stderr.splitlines() if line.startswith("Markdown written to ")]
    assert len(lines) == 1, stderr
    return Path(lines[0].removeprefix("Markdown written to "))


def test_reported_link_to_the_corpus_then_up(tmp_path: Path) -> None:
    """The reported shape: ``h/lnk/../out.md``, ``lnk`` -> the corpus: written beside the corpus
    (in ``data``), and said so, not as ``h/out.md``."""
    root = corpus(tmp_path)
    (tmp_path / "h").mkdir()
    (tmp_path / "h" / "lnk").symlink_to(root)
    given = f"{tmp_path}/h/lnk/../out.md"
    out = run("--corpus", str(root), "compare", "01", "02", "--markdown", given)
    assert out.returncode == 0, out.stderr
    real = tmp_path.resolve() / "data" / "out.md"
    assert real.is_file() and not (tmp_path / "h" / "out.md").exists()
    assert said_written(out.stderr) == real
    assert "Osaka" in out.stdout  # the comparison itself still on stdout


def test_linked_folder_named_by_its_target(tmp_path: Path) -> None:
    """A link to an ordinary folder (no ``..``): the notice names the folder the file is in."""
    root = corpus(tmp_path)
    (tmp_path / "exports").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "exports")
    out = run("--corpus", str(root), "quotes", "--markdown", str(tmp_path / "out" / "q.md"))
    assert out.returncode == 0, out.stderr
    assert said_written(out.stderr) == tmp_path.resolve() / "exports" / "q.md"
    assert (tmp_path / "exports" / "q.md").is_file()


def test_force_through_two_links_and_dots(tmp_path: Path) -> None:
    """``--force`` over an existing file, reached through a link to a link and a ``..``: the
    file replaced is the one named."""
    root = corpus(tmp_path)
    deep = tmp_path / "real" / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "one").symlink_to(deep)
    (tmp_path / "two").symlink_to(tmp_path / "one")
    target = tmp_path / "real" / "a" / "f.md"
    target.write_text("old", "utf-8")
    out = run("--corpus", str(root), "facts", "--force", "--markdown", f"{tmp_path}/two/../f.md")
    assert out.returncode == 0, out.stderr
    assert said_written(out.stderr) == target.resolve()
    assert target.read_text("utf-8") != "old"


def test_write_export_returns_the_real_path(tmp_path: Path) -> None:
    """The one place that writes exports (the TUI's box and the CLI) returns the real path;
    a plain path comes back absolute and unchanged."""
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "lnk").symlink_to(tmp_path / "x" / "y")
    assert write_export(tmp_path / "lnk" / ".." / "e.md", "t") == (tmp_path / "x" / "e.md").resolve()
    assert write_export(tmp_path / "x" / "plain.md", "t") == (tmp_path / "x" / "plain.md").resolve()


def test_a_control_character_in_the_file_name_is_shown_not_sent(tmp_path: Path) -> None:
    """A file name is untrusted text: an escape in it reaches stderr as a stand-in, never raw."""
    root = corpus(tmp_path)
    out = run("--corpus", str(root), "compare", "01", "02", "--markdown", f"{tmp_path}/out\x1b[31m.md")
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stderr and "Markdown written to " in out.stderr
    assert (tmp_path / "out\x1b[31m.md").is_file()
