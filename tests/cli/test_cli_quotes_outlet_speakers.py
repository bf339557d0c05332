"""An outlet of the corpus (named in corpus.yaml, or read as an article's outlet from its byline)
is an organisation wherever it is named: a quote "according to OUTLET" in another outlet's
article has an ORG speaker, never a person (issue #16, round s35-v: the Quotes screen listed
"Nordwire (Person)" from TechWatch's "according to [Nordwire](…)"). The reported shape
(Markdown link, corpus.yaml outlet) and two variants (plain text; an outlet read from a byline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

WIRE = "KESTERVALE, March 12, 2026 (Brightwire) - A ransomware attack hit the Orvane Clinic on Thursday.\n"


def _speakers(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path) -> dict[str, str]:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {s["name"]: s["type"] for s in json.loads(out)["speakers"]}


@pytest.mark.parametrize(
    ("files", "outlet", "yaml"),
    [
        (
            {
                "wire.txt": "Clinic hit by attack\n\n" + WIRE,
                "tech.md": "# Clinic attack\n\nThe gang asked for **$ 4.5 mln** in cryptocurrency, according "
                "to [Brightwire](https://brightwire.example).\n",
            },
            "Brightwire",
            True,
        ),
        (
            {
                # the wire's own text never names it: corpus.yaml alone says it is an outlet
                "wire.txt": "Clinic hit by attack\n\nA ransomware attack hit the Orvane Clinic on Thursday, "
                "officials said.\n",
                "tech.txt": "Clinic attack\n\nThe gang asked for $4.5 million in bitcoin, according to Brightwire.\n",
            },
            "Brightwire",
            True,
        ),
        (
            {
                "post.txt": "Clinic hit by attack\n\nBy Jane Roe | Harbourpost | 12 March 2026\n\n"
                "A ransomware attack hit the Orvane Clinic on Thursday.\n",
                "tech.txt": "Clinic attack\n\nThe clinic's systems stayed down for two days, according to Harbourpost.\n",
            },
            "Harbourpost",
            False,
        ),
    ],
    ids=["reported-markdown", "text", "byline-outlet"],
)
def test_outlet_is_no_person_speaker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], outlet: str, yaml: bool
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    if yaml:
        (root / "corpus.yaml").write_text(f"articles:\n  wire.txt:\n    outlet: {outlet}\n", encoding="utf-8")
    speakers = _speakers(capsys, tmp_path, root)
    assert speakers.get(outlet) == "ORG", speakers
