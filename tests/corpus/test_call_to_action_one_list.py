"""Calls to action are recognised by one list and one function (``page_links.CALL_PROMPTS``,
``page_links.call_to_action``), which the boilerplate split's prompt rule reads too (issue #14, round
s39-x3: the page-link rule knew the verbs of a site's services, the boilerplate rule its own list of
prompts, and a prompt only the second knew, "Become a member today!" closing a hard-wrapped
paragraph, was glued to the paragraph by the hard-wrap joiner, which asks the first, and stayed the
article's). The reported line and variants of our own: other prompts of the list, in the joiner and
as a line alone; lines of prose opening with the same words stay prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_blocks
from waic_reader.index.analysis.noise.block_rules import phrase_label
from waic_reader.index.analysis.noise.features import block_features
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.page_links import call_to_action, page_link
from waic_reader.index.corpus.reader import Corpus

REPORTED = "Become a member today!"
VARIANTS = ["Become a subscriber today!", "Support independent journalism!", "Never miss a story!"]
WRAPPED = (
    "Storm closes Varn harbour for three days\n\n"
    "The harbour at Varn will stay closed for three days after a storm damaged\n"
    "its main pier on Tuesday, the port authority said. Fishing boats were\n"
    "moved to Oskby, and ferry services to the islands were cancelled.\n"
    "{cta}\n"
)
LAST = "moved to Oskby, and ferry services to the islands were cancelled."


@pytest.mark.parametrize("cta", [REPORTED, *VARIANTS])
def test_a_call_to_action_closing_a_wrapped_paragraph_is_apart_and_boilerplate(tmp_path: Path, cta: str) -> None:
    (tmp_path / "story.txt").write_text(WRAPPED.format(cta=cta), encoding="utf-8")
    article = Corpus.scan(tmp_path).article("story")
    texts = [b.text for b in article.blocks]
    assert cta in texts  # a block of its own, not glued to the paragraph
    assert next(t for t in texts if LAST in t).endswith(LAST)
    labels = classify_blocks(article.blocks)
    label = labels[texts.index(cta)]
    assert label is not None and label[0] == "call-to-action"
    assert all(lab is None for t, lab in zip(texts, labels, strict=True) if LAST in t)


# Prompts of the one list, as a line alone: the page-link rule (titles, the joiner) and the
# boilerplate split say the same.
PROMPTS = [
    "Become A Member Today",
    "Stay Informed",
    "Like Us On Facebook",
    "Become A Patron",
    "Follow Us On Instagram",
    "Never Miss A Story",
    "Click Here",
    "Subscribe Now",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_one_list_says_a_prompt_is_a_call_to_action(line: str) -> None:
    assert call_to_action(line)
    assert page_link(line) is not None and page_link(line)[0] == "call-to-action"  # type: ignore[index]
    label = phrase_label(block_features(Block(0, len(line), "paragraph", line)))
    assert label is not None and label[0] == "call-to-action"


# Prose opening with a prompt's words is no call to action.
PROSE = [
    "Join us, the mayor told the crowd, and the harbour will be rebuilt by spring.",
    "Stay informed about the storm by checking the port authority's website every morning.",
    "become a member of the harbour board after the vote",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_opening_with_a_prompts_words_is_none(line: str) -> None:
    assert not call_to_action(line)
    assert page_link(line) is None
