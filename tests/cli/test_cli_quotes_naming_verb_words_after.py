"""A naming verb ("called", "described … as") with its quotation straight after it reports the
quoted words, never the reporter's clause before it: "Geotekna has offered €2,000 to each family
that lost a home, a sum the residents' committee called "an insult"." was a statement with cue
"called" whose words were the narration (t13ae P17). The reported sentence and variants (other
bodies, verbs, sums), run through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("narration", "tail"),
    [
        (
            "Geotekna has offered €2,000 to each family that lost a home",
            'a sum the residents\' committee called "an insult"',
        ),
        ("The council has set aside €40,000 for repairs", 'an amount the tenants\' union called "a joke"'),
        (
            "Nordair will refund half of each fare",
            'an offer the passengers\' association described as "far too little"',
        ),
    ],
    ids=["reported", "other-body", "described-as"],
)
def test_the_narration_before_a_naming_verb_is_no_ones_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, narration: str, tail: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        f"Offer criticised\n\nThe town counted its losses. {narration}, {tail}. The row goes on.\n", encoding="utf-8"
    )
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got = json.loads(out)
    quotes = [q for s in got["speakers"] for q in s["quotes"]] + list(got["unattributed"])
    assert not [q for q in quotes if narration[:20] in q["text"]], quotes
