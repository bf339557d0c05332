"""corpus.yaml from the command line: edits re-index what they touch, one bad value is one warning."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_meta(corpus: Path, text: str) -> None:
    with (corpus / "corpus.yaml").open("a", encoding="utf-8") as f:
        f.write(text)


@pytest.mark.parametrize(
    ("field", "value", "query"),
    [
        ("outlet", "Daily Planet", 'outlet:"Daily Planet"'),
        ("title", "Robots at the riverside", 'title:"riverside"'),
        ("date", "2025-07-27", None),
    ],
)
def test_editing_corpus_yaml_reindexes_the_article(
    capsys: pytest.CaptureFixture[str], seeds_copy: Path, tmp_path: Path, field: str, value: str, query: str | None
) -> None:
    ix = str(tmp_path / "ix")
    base = ("--corpus", str(seeds_copy), "--index-dir", ix)
    assert run(capsys, *base, "index")[0] == 0
    code, out, _ = run(capsys, *base, "index")
    assert "up to date" in out
    add_meta(seeds_copy, f"  002_a8425d810b543e9c.txt:\n    {field}: {value}\n")
    code, out, _ = run(capsys, *base, "index")
    assert code == 0 and "1 changed" in out, out
    assert "up to date" in run(capsys, *base, "index")[1]
    if query is not None:
        code, out, _ = run(capsys, *base, "search", query)
        assert out.startswith("1 article match") and "002_a8425d810b543e9c" in out, out
    else:
        code, out, _ = run(capsys, *base, "list", "--json")
        rows = {r["doc"]: r for r in json.loads(out)["articles"]}
        assert rows["002_a8425d810b543e9c"]["date"] == "2025-07-27"


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "2025-07-26 25:61:00", "next Tuesdayish"])
@pytest.mark.parametrize("command", [("list",), ("search", "outlet:Reuters"), ("index",)])
def test_one_bad_date_is_one_warning_with_its_line(
    capsys: pytest.CaptureFixture[str], seeds_copy: Path, tmp_path: Path, bad: str, command: tuple[str, ...]
) -> None:
    add_meta(seeds_copy, f"  001_4560e405e578a9e8.txt:\n    outlet: Reuters\n    date: {bad}\n")
    line = len((seeds_copy / "corpus.yaml").read_text("utf-8").splitlines())
    code, out, err = run(capsys, "--corpus", str(seeds_copy), "--index-dir", str(tmp_path / "ix"), *command)
    assert code == 0, err
    said = out + err
    warnings = re.findall(rf"corpus\.yaml:{line}:\d+: 'date' .* is not a date", said)
    assert len(warnings) == 1, said
    if command[0] == "search":  # everything else in the file still applies
        assert out.startswith("2 articles match") and "001_4560e405e578a9e8" in out
    if command[0] == "list":
        row = next(r for r in out.splitlines() if r.startswith("001_"))
        assert "Reuters" in row and "2025" not in row


@pytest.mark.parametrize("command", [("compare", "003", "004"), ("facts",)])
def test_markdown_refuses_an_existing_file_a_symlink_and_the_corpus(
    capsys: pytest.CaptureFixture[str], seeds_copy: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    base = ("--corpus", str(seeds_copy), "--index-dir", str(tmp_path / "ix"), *command, "--markdown")
    target = tmp_path / "out.md"
    target.write_text("mine", "utf-8")
    code, _, err = run(capsys, *base, str(target))
    assert code == 1 and "--force" in err and target.read_text("utf-8") == "mine"
    code, _, err = run(capsys, *base, str(target), "--force")
    assert code == 0, err
    assert target.read_text("utf-8") != "mine"
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", "utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(victim)
    for extra in ((), ("--force",)):
        code, _, err = run(capsys, *base, str(link), *extra)
        assert code == 1 and "symbolic link" in err
    assert victim.read_text("utf-8") == "keep"
    code, _, err = run(capsys, *base, str(seeds_copy / "out.md"))
    assert code == 1 and "corpus" in err and not (seeds_copy / "out.md").exists()
