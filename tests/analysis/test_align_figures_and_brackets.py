"""Compare's word diff: one figure however written, spans on word edges (acceptance t13ad N21).

Reported: comparing "Its shares fell 4.5% in Stavenholm trading." with "The airline's shares lost
4.5 per cent." marked "cent" as a differing word ("4.5" shared): a percentage is one word however
it is written (README, search), so "4.5%" and "4.5 per cent" are the same word, and its "cent" is
no word of its own. And a differing run "March 3, 2026 (Nordwire" held half a parenthesis: runs
of differing (or shared) words end on word edges and never hold an unmatched bracket. Variants
of our own: "12 percent" / "12%", "7.5 pct" / "7.5 %", "45-percent" / "45%"; a square-bracketed
agency, a bracket closing mid-run, and a balanced bracket inside a run (kept whole)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest

from waic_reader.index.analysis.align import Pair, align
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks
from waic_reader.tui.cli.main import main


@dataclass
class Doc:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def pair_of(a: Doc, b: Doc, sentence_a: str) -> Pair:
    got = [p for p in align(a, b).pairs if sentence_a in p.a.text]
    assert len(got) == 1, [p.a.text for p in align(a, b).pairs]
    return got[0]


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


PERCENT_CASES = [
    # (A's sentence, B's sentence, B's writing of the figure, A's)
    (
        "Its shares fell 4.5% in Stavenholm trading.",
        "The airline's shares lost 4.5 per cent in Stavenholm.",
        "4.5 per cent",
        "4.5%",
    ),
    ("Nordair shares fell 12 percent in Kelvik trading.", "Nordair shares lost 12% in Kelvik.", "12%", "12 percent"),
    ("Halvik Bank shares rose 7.5 pct on Monday.", "Halvik Bank shares gained 7.5 % on Monday.", "7.5 %", "7.5 pct"),
    (
        "Turnout in Brelmoor reached a 45-percent high.",
        "Turnout in Brelmoor reached 45% this year.",
        "45%",
        "45-percent",
    ),
]


@pytest.mark.parametrize(("sa", "sb", "fig_b", "fig_a"), PERCENT_CASES)
def test_a_percentage_written_two_ways_is_one_shared_word(sa: str, sb: str, fig_b: str, fig_a: str) -> None:
    a = Doc("a", f"Markets today\n\n{sa}\n")
    b = Doc("b", f"Markets report\n\n{sb}\n")
    p = pair_of(a, b, sa)
    # (in a run of shared words: "Brelmoor reached 45%")
    assert any(run.endswith(fig_b) for run in words(b.text, p.b_shared)), words(b.text, p.b_shared)
    assert any(run.endswith(fig_a) for run in words(a.text, p.a_shared)), words(a.text, p.a_shared)
    for w in ("cent", "percent", "pct", "%", "per cent"):
        assert all(w not in d for d in words(b.text, p.b_diff) + words(a.text, p.a_diff)), (
            words(a.text, p.a_diff),
            words(b.text, p.b_diff),
        )


def test_a_percentage_and_another_figure_still_differ() -> None:
    a = Doc("a", "Markets today\n\nNordair shares fell 4.5% in Stavenholm trading.\n")
    b = Doc("b", "Markets report\n\nNordair shares fell 6 per cent in Stavenholm trading.\n")
    p = pair_of(a, b, "Nordair shares")
    assert words(a.text, p.a_diff) == ["4.5%"]
    assert words(b.text, p.b_diff) == ["6 per cent"]


OPENS, CLOSES = "([{", ")]}"


def balanced(text: str) -> bool:
    depth = []
    for ch in text:
        if ch in OPENS:
            depth.append(OPENS.index(ch))
        elif ch in CLOSES:
            if not depth or depth.pop() != CLOSES.index(ch):
                return False
    return not depth


BRACKET_CASES = [
    # (A, B): A's differing run crossing a bracket
    (
        "STAVENHOLM, March 3, 2026 (Nordwire) - A Nordair jet made an emergency landing at Stavenholm airport.",
        "A Nordair jet made an emergency landing at Stavenholm airport on Tuesday.",
    ),
    (
        "KELVIK, 4 June [Halvik Press] Ferry crews in Kelvik went on strike over pay.",
        "Ferry crews in Kelvik went on strike over pay this week.",
    ),
    (
        "Ferry crews of Halvik Marine (HMX) Limited went on strike in Kelvik.",
        "Ferry crews went on strike in Kelvik.",
    ),
]


@pytest.mark.parametrize(("sa", "sb"), BRACKET_CASES)
def test_runs_end_on_word_edges_and_hold_no_unmatched_bracket(sa: str, sb: str) -> None:
    a = Doc("a", f"News\n\n{sa}\n")
    b = Doc("b", f"Report\n\n{sb}\n")
    p = pair_of(a, b, sa[:20])
    for spans, text in ((p.a_diff, a.text), (p.a_shared, a.text), (p.b_diff, b.text), (p.b_shared, b.text)):
        for run in words(text, spans):
            assert balanced(run), run
            assert run[0].isalnum() and run[-1].isalnum(), run


def test_a_balanced_bracket_inside_a_run_is_kept_whole() -> None:
    a = Doc("a", "News\n\nFerry crews of Halvik Marine (HMX) Limited went on strike in Kelvik.\n")
    b = Doc("b", "Report\n\nFerry crews went on strike in Kelvik.\n")
    p = pair_of(a, b, "Ferry crews")
    assert words(a.text, p.a_diff) == ["Halvik Marine (HMX) Limited"]


def test_the_reported_pair_in_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nordwire-0303.txt").write_text(
        "Nordair jet makes emergency landing at Stavenholm after engine fire\n\n"
        "STAVENHOLM, March 3, 2026 (Nordwire) - A Nordair passenger jet carrying 182 passengers made an "
        "emergency landing at Stavenholm airport on Tuesday after one of its engines caught fire.\n\n"
        "Nordair said it would pay each passenger €600 in compensation. Its shares fell 4.5% in "
        "Stavenholm trading.\n",
        "utf-8",
    )
    (corpus / "harbourtimes.txt").write_text(
        "Burning jet lands safely at Stavenholm\n\n"
        "A Nordair Airbus with 184 passengers on board landed safely at Stavenholm on Tuesday after its "
        "left engine caught fire.\n\nThe airline's shares lost 4.5 per cent in Stavenholm.\n",
        "utf-8",
    )
    code = main(
        [
            "--corpus",
            str(corpus),
            "--index-dir",
            str(tmp_path / "ix"),
            "compare",
            "nordwire-0303",
            "harbourtimes",
            "--json",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    got = json.loads(out)
    texts = {
        "a": (corpus / "nordwire-0303.txt").read_text("utf-8"),
        "b": (corpus / "harbourtimes.txt").read_text("utf-8"),
    }
    diff = {side: [texts[side][s:e] for p in got["pairs"] for s, e in p["words"][f"{side}_diff"]] for side in "ab"}
    shared_b = [texts["b"][s:e] for p in got["pairs"] for s, e in p["words"]["b_shared"]]
    assert "4.5 per cent" in shared_b
    assert all("cent" not in r for r in diff["b"]), diff["b"]
    assert all(balanced(r) for r in diff["a"] + diff["b"]), diff
