"""A breadcrumb trail from the site's front page that ends in the page's own title, "Home » Ten Secret
Organizers of Pro-American coup in Turkey" (issue #14, unseen42 katehon-1, round s48-a): two parts only,
its last a headline's length, it was kept as the article's first line. A trail from the front page by an
arrow or an angle quote may end in a title as a four-part one may; a bar or a slash ("Halvik Post |
Sport") sets a site's name beside its section, and a sentence is no trail. Inputs of our own: the
reported kind and two variants (other words, other languages)."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise.block_rules import phrase_label
from waic_reader.index.analysis.noise.features import block_features
from waic_reader.index.corpus.blocks import Block


def _label(line: str) -> tuple[str, str] | None:
    return phrase_label(block_features(Block(0, len(line), "paragraph", line)))


@pytest.mark.parametrize(
    "line",
    [
        "Home » Ten Secret Organizers of Pro-American coup in Turkey",
        "Home > Harbour ferry to run through the winter for the first time",
        "Startseite › Neue Brücke über die Lahn wird im Mai gesperrt",
    ],
)
def test_a_trail_from_the_front_page_to_the_title_is_navigation(line: str) -> None:
    label = _label(line)
    assert label is not None and label[0] == "navigation", label


@pytest.mark.parametrize(
    "line",
    [
        "Home | The harbour ferry will run all winter for the first time this year",
        "Home » The ferry will run all winter, the council said on Monday.",
        "Homeowners » worried about the new flood maps for the whole of the coast",
    ],
)
def test_a_sentence_or_a_bar_is_no_trail(line: str) -> None:
    label = _label(line)
    assert label is None or label[0] != "navigation", label
