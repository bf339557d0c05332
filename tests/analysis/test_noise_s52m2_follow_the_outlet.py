"""A prompt to follow a name closed by an outlet's word ("Follow Tevaro Today on Facebook") is the
site's own call to action, never an author bio (t13av N15 leftover, round s52-m2). The reported
line and two variants of our own; a writer's name still makes an author bio."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise.block_rules import phrase_label
from waic_reader.index.analysis.noise.features import block_features
from waic_reader.index.corpus.blocks import Block


def _label(text: str) -> tuple[str, str] | None:
    return phrase_label(block_features(Block(0, len(text), "paragraph", text)))


@pytest.mark.parametrize(
    "line", ["Follow Tevaro Today on Facebook", "Follow Halvik Post on Instagram", "Follow The Kellby Herald on X"]
)
def test_following_the_outlet_is_a_call_to_action(line: str) -> None:
    label = _label(line)
    assert label is not None and label[0] == "call-to-action", label


@pytest.mark.parametrize("line", ["Follow Dana Whitlock on Bluesky", "Follow Ana Soto on Instagram"])
def test_following_a_writer_stays_an_author_bio(line: str) -> None:
    label = _label(line)
    assert label is not None and label[0] == "byline" and "author bio" in label[1], label
