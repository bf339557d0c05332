"""Issue #13, s16b N9 (wording): ``entities`` cut long doc ids without a marker ("blogs/analys×8"
read as an id); ``quotes`` called a file with front matter alone "unreadable"; an export that
could not be written named a temporary file ("/proc/.version.31628.88889725.tmp") or only the
OS's reason. Each is said plainly now."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "Mayor Anna Brandt said the Veldhaven dam had been inspected in March, officials said on Friday.\n"


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("blogs/analysis.md", "blogs/…lysis×"),  # reported (/tmp/t13s16b/dam/blogs/analysis.md)
        ("abcdefghijklm.txt", "abcdef…ijklm×"),  # one character too long
        ("abcdefghijkl.txt", "abcdefghijkl×"),  # 12 characters: whole, no ellipsis
    ],
)
def test_entities_cut_ids_with_an_ellipsis(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, shown: str
) -> None:
    corpus = tmp_path / "c"
    (corpus / name).parent.mkdir(parents=True)
    (corpus / name).write_text(f"Dam report\n\n{BODY}", encoding="utf-8")
    code, out, err = run(capsys, tmp_path, corpus, "entities")
    assert code == 0, err
    [row] = [line for line in out.splitlines() if "Anna Brandt" in line]
    assert shown in row


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Empty\n---\n\n",  # reported (/tmp/t13s16b/dam/blogs/empty.md)
        "---\ntitle: Empty\nauthor: Jane Roe\n---\n",
        "---\ntitle: Empty\n---\n\n\n   \n",
    ],
)
def test_quotes_say_why_a_file_was_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Dam report\n\n{BODY}", encoding="utf-8")
    (corpus / "empty.md").write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, tmp_path, corpus, "quotes")
    assert code == 0, err
    assert "unreadable" not in err
    assert "skipped empty: no text after the front matter" in err


@pytest.mark.parametrize(
    ("target", "force"),
    [
        ("/proc/x.md", False),  # reported
        ("/proc/version", True),  # replaced with --force: a temporary file beside it failed
        ("{tmp}/no/such/folder/x.md", False),
    ],
)
def test_export_failure_says_what_failed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: str, force: bool
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Dam report\n\n{BODY}", encoding="utf-8")
    target = target.format(tmp=tmp_path)
    code, _out, err = run(capsys, tmp_path, corpus, "facts", "--markdown", target, *(["--force"] if force else []))
    assert code != 0
    assert "could not write the export (" in err and err.rstrip().endswith(f": {target}")
    assert ".tmp" not in err and "Errno" not in err


@pytest.mark.parametrize("where", ["no/such/folder/x.md", "missing/x.md", "../t13s17/kb/notes/z.md"])
def test_export_to_a_missing_folder_is_refused_plainly_and_makes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """The CLI refuses a missing folder as the TUI does (issue 13 F9: the two disagreed), saying
    which folder, and makes none."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Dam report\n\n{BODY}", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.chdir(out_dir)
    code, _out, err = run(capsys, tmp_path, corpus, "facts", "--markdown", where)
    assert code != 0
    assert "could not write the export (its folder " in err and "does not exist)" in err, err
    assert "Errno" not in err
    assert not (out_dir / where).parent.exists()
