"""``quotes --markdown``: an altered statement's changed words are in bold with the spaces around
them kept ("reach **those** still trapped"); the export glued them to their neighbours ("reach**those**still",
"reach**the****people**still": rendered "reachthosestill"; found in round s34-g on t13x repro/v5); changed words in a row are one bold run."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("a", "b", "bold"),
    [
        # t13x repro/v5 beacon.txt and tv.txt
        (
            '"We are doing everything we can to reach those still trapped," said Governor Ilsa Brannock.',
            '"We are doing everything we can to reach the people still trapped," Governor Ilsa Brannock said.',
            ["reach **those** still trapped", "reach **the people** still trapped"],
        ),
        # a variant of my own: other names, the changed word first and last
        (
            "“Nobody will cross the bridge this year,” engineer Sunniva Berg said.",
            "“Nobody can cross the bridge this winter,” said engineer Sunniva Berg.",
            ["Nobody **will** cross the bridge this **year**", "Nobody **can** cross the bridge this **winter**"],
        ),
    ],
)
def test_changed_words_keep_their_spaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, bold: list[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Dam report\n\nThe dam burst on Monday.\n\n{a}\n", encoding="utf-8")
    (corpus / "b.txt").write_text(f"Dam news\n\nThe dam burst on Monday.\n\n{b}\n", encoding="utf-8")
    target = tmp_path / "q.md"
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--markdown", str(target)])
    capsys.readouterr()
    assert code == 0
    md = target.read_text(encoding="utf-8")
    for words in bold:
        assert words in md, md
