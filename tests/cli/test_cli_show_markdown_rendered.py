"""``show DOC``'s text output prints a Markdown article rendered, as the reader shows it: no
``#``, ``**``, ``_`` or ``[..](..)`` (s18 #13 re-test: it printed the Markdown as written), while
``--json`` ``text`` keeps the file's text that every offset points into."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FRONT = "---\ntitle: Quay collapse at Eddersby\noutlet: Harbour Post\n---\n"
CASES = {
    "headings_links": (
        "# Quay collapse at Eddersby\n\nThe **old quay** gave way, [the port authority](https://port.example/x) said.\n\n"
        "## What happens next\n\nRepairs start in May.\n",
        ["Quay collapse at Eddersby", "The old quay gave way, the port authority said.", "What happens next"],
    ),
    "lists_emphasis": (
        "Officials listed the damage:\n\n- _Two_ cranes toppled\n- A **warehouse** flooded\n\n### Costs\n\nAbout *€3 million*.\n",
        ["• Two cranes toppled", "• A warehouse flooded", "Costs", "About €3 million."],
    ),
    "code_and_strike": (
        "## Storm damage\n\nThe `tide gauge` failed at 03:00, ~~twice~~ once.\n",
        ["Storm damage", "The tide gauge failed at 03:00, twice once."],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_show_prints_markdown_rendered(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body, lines = CASES[case]
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "note.md").write_text(FRONT + body)
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    assert main([*base, "show", "note"]) == 0
    out = capsys.readouterr().out
    for line in lines:
        assert line in out.splitlines(), (line, out)
    for syntax in ("**", "](", "# ", "- ", "`", "~~"):
        assert syntax not in out, (syntax, out)
    assert main([*base, "show", "note", "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert text == body or text.endswith(body.rstrip("\n")) or body.strip() in text
