"""Compare reads a quotation of several sentences as one: its inner full stops split no row
(t13au N16: '"Our thoughts are with the families. We are throwing everything we have at this
rescue," Chief Executive … said.' was two "only in A" rows, the first with no speaker). The
reported passages and variants of my own: a German „…“ quotation, a «…» one and three sentences
in one quotation; a quotation never closed in its paragraph stays split by its sentences, and
one closed in the next paragraph does not join across it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.align import content_sentences
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Doc:
    doc: str
    text: str
    title: str | None = None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


@pytest.mark.parametrize(
    "quote",
    [
        '"Our thoughts are with the families. We are throwing everything we have at this rescue," '
        "Chief Executive Dana Whitlock said.",
        "“We are devastated. These are our people, and our first duty is to bring every one of them "
        "home,” Ostrander chief executive Mark Ellery said.",
        "“They told management the ground was talking. Nobody listened,” she said.",
        "„Wir sind erschüttert. Das sind unsere Leute“, sagte Firmenchef Mark Ellery.",
        "«Estamos devastados. Son nuestra gente», dijo el director Mark Ellery.",
        '"The shaft moved. Then it cracked. Then it fell," the miner told reporters.',
    ],
)
def test_a_quotation_of_several_sentences_is_one(quote: str) -> None:
    doc = Doc("a", f"Mine collapse\n\nRescuers worked all night near the mine. {quote} The search goes on.\n")
    texts = [s.text for s in content_sentences(doc)]
    assert quote in texts, texts
    assert texts[-1] == "The search goes on."


def test_a_quotation_left_open_stays_split() -> None:
    doc = Doc("a", 'Mine\n\n"The shaft moved. Then it cracked. Then it fell. We ran.\n\nOthers stayed," he said.\n')
    texts = [s.text for s in content_sentences(doc)]
    assert '"The shaft moved.' in texts and "We ran." in texts
