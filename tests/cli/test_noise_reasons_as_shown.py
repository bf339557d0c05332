"""A boilerplate reason quotes the text as the reader shows it (issue 13, t13c fault 8).

Reported: a Markdown article's last line ``Related: [Storm season begins](…)`` had the reason
``teaser for another story (“Related: [”)``, the block itself shown "Related: Storm season
begins". Variants: emphasis (``Read more: **…**``) and headings (a newsletter prompt written as
a heading with emphasis, and with a link). The JSON, the CLI's text and the panel (tests/tui/test_noise_panel_reason_shown.py) say the same.
Invented articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = """# Harbour plan approved in Vellby

Officials in **Vellby** approved the harbour plan on Tuesday after a long debate about the costs of the works.

Torvald Enge, who chairs the council, called the plan "overdue". Work starts in June and lasts eighteen months.

Damage from last winter's storms could reach €12 million, the insurer Halden Re estimated.

"""
CASES = {
    "link": ("Related: [Storm season begins](https://ledger.example/storm)", "“Related:”"),
    "emphasis": ("Read more: **Ferry timetable changes**", "“Read more:”"),
    "heading-emphasis": ("### Sign up for **our newsletter**", "“Sign up for our newsletter”"),
    "heading-link": ("### Sign up for our [newsletter](https://news.example/sign)", "“Sign up for our newsletter”"),
}


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, (tail, _quote) in CASES.items():
        (root / f"{name}.md").write_text(BODY + tail + "\n", "utf-8")
    return root


@pytest.mark.parametrize("name", sorted(CASES))
def test_json_and_text_reasons_quote_the_shown_text(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = corpus(tmp_path)
    assert main(["--corpus", str(root), "noise", name, "--json"]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["docs"]
    reasons = [b["reason"] for b in doc["noise"]]
    assert any(CASES[name][1] in r for r in reasons), reasons
    assert not any(ch in r for r in reasons for ch in "[*#"), reasons
    assert main(["--corpus", str(root), "noise", name]) == 0
    text = capsys.readouterr().out
    assert CASES[name][1] in text and "“Related: [" not in text, text
