"""Issue #14 (t14c, s17 re-test), through the CLI: ``noise DOC --json`` on the tester's inputs keeps
a whole saved live blog's entries (t1/guardian_live.txt), a list of records that is the story
(t3/names_list.txt), a timeline's dates (t8/timeline.txt) and long sentences a phrase rule named
(t1/clean_tricky.txt, t3/clean_words.txt). The rules and their variants are tested in
tests/analysis/test_noise_entries_and_records.py, whose copies of the inputs these are."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_SPEC = importlib.util.spec_from_file_location(
    "entries_and_records", Path(__file__).parents[1] / "analysis" / "test_noise_entries_and_records.py"
)
assert _SPEC is not None and _SPEC.loader is not None
T = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(T)

FILES = {
    "guardian_live": T.GUARDIAN_LIVE,
    "names_list": T.NAMES_LIST,
    "timeline": T.TIMELINE,
    "clean_tricky": T.CLEAN_TRICKY,
    "clean_words": T.CLEAN_WORDS,
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, text in FILES.items():
        (folder / f"{doc}.txt").write_text(text, "utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize(
    ("doc", "kept", "dropped"),
    [
        (
            "guardian_live",
            [
                "13.58 GMT",
                "11.20 GMT",
                "09.15 GMT",
                'Olsen told parliament the government would not intervene "for now".',
                "Good morning and welcome to our live coverage of the ferry strike, now in its third day.",
            ],
            ["1h ago", "Share", "Most viewed", "Live"],
        ),
        ("names_list", T.NAMES, []),
        ("timeline", T.DATES, []),
        ("clean_tricky", ["Readers who share the newsletter with friends get a free month of the print edition."], []),
        ("clean_words", [T.REPORTING], []),
    ],
)
def test_noise_json_keeps_the_articles_lines(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, kept: list[str], dropped: list[str]
) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    noise = {b["text"] for d in out["docs"] for b in d["noise"]}
    content = {b["text"] for d in out["docs"] for b in d["content"]}
    assert not noise & set(kept)
    assert set(kept) <= content
    assert set(dropped) <= noise
