"""The command line's text output (and its Markdown exports) show a Markdown article's text as
the reader renders it (issue 13, helper s15-k #4).

Reported: ``quotes ft_0315`` printed ``reported **13** workers``; compare's rows showed
``**Halvorsen Chemicals**`` and ``[Portmere plant](https://…)``. ``--json``'s offsets point into
the text as written; ``quotes --json``'s ``text`` shows the words as rendered too (round s50-q,
issue #16: Markdown emphasis markers never reach a statement's text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

FT = (
    "# Blast at the Portmere plant\n\n"
    "Shares in **Halvorsen Chemicals** fell after the explosion at its "
    "[Portmere plant](https://example.com/plant) killed 13 people.\n\n"
    "The company said **13** workers had died and that 51 people were in hospital.\n\n"
    'Chief executive Margit Halvorsen said: "We owe the *families* the truth."\n'
)
WIRE = (
    "Blast at Portmere plant\n\n"
    "Shares in Halvorsen Chemicals fell after the explosion at its Portmere plant killed 13 people.\n\n"
    "The company said 13 workers had died and that 50 people were in hospital.\n\n"
    'Chief executive Margit Halvorsen said: "We owe the families the whole truth."\n'
)
SYNTAX = ("**", "](", "https://", "*families*")


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "ft.md").write_text(FT, "utf-8")
    (root / "wire.txt").write_text(WIRE, "utf-8")
    return root


def test_quotes_text_shows_the_words_as_rendered(tmp_path: Path) -> None:
    out = run("--corpus", str(corpus(tmp_path)), "quotes")
    assert out.returncode == 0, out.stderr
    assert "13 workers had died" in out.stdout  # the reported case
    assert "We owe the families the truth" in out.stdout  # emphasis inside a direct quote
    assert not any(s in out.stdout for s in SYNTAX), out.stdout
    as_json = json.loads(run("--corpus", str(tmp_path / "corpus"), "quotes", "--json").stdout)
    quoted = [q for sp in as_json["speakers"] for q in sp["quotes"]] + as_json["unattributed"]
    assert not any(s in q["text"] for q in quoted for s in SYNTAX), quoted  # the words as rendered
    ft = next(q for q in quoted if q["doc"] == "ft" and "workers had died" in q["text"])
    assert "**13**" in FT[ft["start"] : ft["end"]]  # its offsets the text as written


def test_compare_text_and_markdown_show_the_words_as_rendered(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    out = run("--corpus", str(root), "compare", "ft", "wire")
    assert out.returncode == 0, out.stderr
    assert "Blast at the Portmere plant" in out.stdout and "# Blast" not in out.stdout
    assert "Shares in Halvorsen Chemicals fell" in out.stdout
    assert not any(s in out.stdout for s in SYNTAX), out.stdout
    md = run("--corpus", str(root), "compare", "ft", "wire", "--markdown", "-").stdout
    assert "its Portmere plant killed 13 people." in md
    assert "https" not in md and "\\*\\*" not in md and "\\#" not in md


def test_quotes_markdown_shows_the_words_as_rendered(tmp_path: Path) -> None:
    md = run("--corpus", str(corpus(tmp_path)), "quotes", "--markdown", "-").stdout
    assert "families" in md and "\\*families\\*" not in md and "\\*\\*" not in md
