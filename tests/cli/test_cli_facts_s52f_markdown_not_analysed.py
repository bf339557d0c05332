"""The fact sheet's Markdown export says which articles were not analysed, as the screen's heading
and the text output do (t13av N19, round s52-f: the file said "30 facts from 21 articles; … 7 in
disagreement" and nowhere that 6 of the 21, in Japanese, Hindi, Arabic, Russian, Korean and
Spanish, were not read). The t13r fixture (German, Portuguese, Spanish, Italian beside one English
article) through ``facts --markdown FILE``, cold and from the index's kept figures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "facts_t13r_not_analysed"
FOREIGN = {"de", "pt", "elcomercio-es", "it-variant"}


@pytest.mark.parametrize("index_first", [False, True])
def test_markdown_export_lists_the_articles_not_analysed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index_first: bool
) -> None:
    root = tmp_path / "c"
    shutil.copytree(FIXTURE, root)
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    if index_first:
        assert main([*base, "index", "--json"]) == 0
    out = tmp_path / "facts.md"
    assert main([*base, "facts", "--markdown", str(out)]) == 0
    capsys.readouterr()
    md = out.read_text(encoding="utf-8")
    head = next(line for line in md.splitlines() if " facts from " in line)
    # The articles read counted apart from those not, as the quotes export counts them.
    assert " from 1 article" in head and "(4 not analysed, listed at the end)" in head, head
    section = md.split("## Not analysed", 1)[1]
    listed = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(listed) == len(FOREIGN), listed
    for language in ("German", "Portuguese", "Spanish", "Italian"):
        assert any(f"written in {language}" in line for line in listed), (language, listed)
