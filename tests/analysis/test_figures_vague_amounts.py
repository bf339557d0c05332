"""A count word before a scale word is a vague amount, never the scale word's own number: "several
hundred people" is at least 200 people, not 100 (found in session 24 on a tester's filler text,
/work/s23/reports/t13i.md "Other observations": the fact sheet read "several hundred people" as
100 and would flag it against another outlet's "about 300"). Vague amounts, like "hundreds of",
are kept as figures but never compared on the fact sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.figures import figures_of
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("text", "phrase", "least"),
    [
        ("Several hundred people left their homes on Friday.", "Several hundred", 200),  # reported
        ("A few thousand fish died in the fjord.", "A few thousand", 2000),
        ("a couple of hundred homes lost power", "a couple of hundred", 200),
        ("several hundred thousand visitors came", "several hundred thousand", 200_000),
        ("Many thousand pilgrims walked", "Many thousand", 2000),
        ("the last few hundred metres", "few hundred", 200),
        ("Several dozen workers were sent home.", "Several dozen", 24),
    ],
)
def test_a_count_word_before_a_scale_word_is_a_vague_amount(text: str, phrase: str, least: float) -> None:
    [fig] = figures_of(text)
    assert text[fig.start : fig.end] == phrase
    assert fig.vague and fig.value == least and fig.qualifier == "at least"


@pytest.mark.parametrize("text", ["One hundred people left.", "Two thousand fish died.", "a hundred homes"])
def test_an_exact_number_word_stays_exact(text: str) -> None:
    [fig] = figures_of(text)
    assert not fig.vague and fig.value in (100, 2000)


@pytest.mark.parametrize(
    ("vague", "exact"),
    [
        ("Several hundred people were evacuated on Friday.", "About 300 people were evacuated on Friday."),  # reported
        ("A few thousand residents were evacuated.", "Police said 2,500 residents were evacuated."),
        ("A couple of hundred people were evacuated.", "Exactly 240 people were evacuated."),
    ],
)
def test_a_vague_amount_is_no_disagreement_with_a_figure(tmp_path: Path, vague: str, exact: str) -> None:
    for name, body in (("a", vague), ("b", exact)):
        (tmp_path / f"{name}.txt").write_text(f"Plant fire\n\n{body}\n", encoding="utf-8")
    facts = fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])
    assert not any(f.status == "disagree" for f in facts)
    values = [v for f in facts for v in f.values]
    assert [v.doc for v in values] == ["b"]  # the exact figure is listed; the vague one is not compared
