"""Markdown export: structure, and untrusted text kept inside its table cell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest

from waic_reader.index.analysis.align import align
from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.export import comparison_markdown, escape, facts_markdown
from waic_reader.index.paths import bundled_seeds


@dataclass
class FakeArticle:
    doc: str
    text: str
    label: str = ""

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def table_rows(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("|")]


def test_escape_neutralises_markdown_and_controls() -> None:
    out = escape("a | b\nc # [x](http://e) <b>\x1b[31m")
    assert "\n" not in out and "\x1b" not in out
    assert "\\|" in out and "\\[" in out and "\\<" in out
    assert escape("- item").startswith("\\-") and escape("1. item").startswith("1\\.")


def test_comparison_markdown_seeds() -> None:
    c = Corpus.scan(bundled_seeds())
    a, b = c.article(c.resolve("003")), c.article(c.resolve("004"))
    noise_a = [(a.text.index("NASA and SpaceX"), len(a.text))]
    al = align(a, b, noise_a, [])
    md = comparison_markdown(al, a, b)
    assert md.startswith("# Comparison:")
    assert "## Only in A" in md and "## Only in B" in md and "Key:" in md
    rows = table_rows(md)
    assert len(rows) == 2 + len(al.rows())
    assert any("Ma Zhaoxu" in r and "0." in r for r in rows)
    assert "NASA" not in md


def test_pipes_and_newlines_stay_in_their_cell() -> None:
    a = FakeArticle("a", "Evil | corp | said the deal closed at Alpha Harbour today.")
    b = FakeArticle("b", "The deal closed at Alpha Harbour today, evil | corp said.")
    al = align(a, b)
    assert al.pairs
    for row in table_rows(comparison_markdown(al, a, b)):
        assert row.replace("\\|", "").count("|") == 4


def test_facts_markdown_table() -> None:
    c = Corpus.scan(bundled_seeds())
    arts = c.articles()
    facts = fact_sheet([(x, []) for x in arts])
    md = facts_markdown(facts, arts)
    assert md.startswith("# Fact sheet") and "## Grounds" in md and "Key:" in md
    rows = table_rows(md)
    assert rows[0] == "| fact | status | values and sources, by date |"
    assert len(rows) == 2 + len(facts)
    assert all(r.replace("\\|", "").count("|") == 4 for r in rows)
    # One row per fact, not one column per article: the value once, with its three sources.
    [row] = [r for r in rows if "over 800" in r.lower()]
    assert row.lower().count("over 800") == 1 and row.count(";") == 2


@pytest.mark.usefixtures("cet")  # the fixtures' times (+01:00) shown as written
def test_facts_markdown_one_row_per_fact_disagreements_first() -> None:
    """Three columns however many articles (the quake corpus has a dozen); disagreements lead,
    their values in date order with outlets, as on the screen."""
    quake = Corpus.scan(Path(__file__).resolve().parents[1] / "fixtures" / "quake").articles()
    facts = fact_sheet([(a, []) for a in quake])
    rows = table_rows(facts_markdown(facts, quake))[2:]
    assert len(rows) == len(facts) and all(r.replace("\\|", "").count("|") == 4 for r in rows)
    status = [r.split(" | ")[1] for r in rows]
    first_agree = next(i for i, s in enumerate(status) if s != "**DISAGREE**")
    assert first_agree > 0 and "**DISAGREE**" not in status[first_agree:]
    assert status.index("1 source") > max(i for i, s in enumerate(status) if s == "agree")
    [toll] = [r for r in rows if r.startswith("| death toll |")]
    assert re.search(r"12 \(13 Mar 08:10, AP; .*\) → 14 \(.*\) → 16 \(14 Mar 09:00", toll.replace("\\", "")), toll


def test_empty_exports() -> None:
    e = FakeArticle("e", "")
    md = comparison_markdown(align(e, e), e, e)
    assert "_(none)_" in md
    assert "_(no shared facts)_" in facts_markdown([], [e])
