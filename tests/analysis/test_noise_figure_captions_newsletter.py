"""Two page furniture lines the phrase rules missed (issue #14, unseen32, round s37-a): a numbered
figure's caption ("Figure 1 - Users and their need for a cup of tea", gardeviance-1's five figures)
is a caption, in other languages' words too ("Abbildung 2: …", "Рис. 3. …"), and a newsletter box's
"Get the Free Newsletter!" (eweek-1) is a prompt as "Get our newsletter" is. A sentence about a
figure ("Figure 2 shows the rise …") and an article's own sentence about a newsletter stay."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise.block_rules import phrase_label
from waic_reader.index.analysis.noise.features import block_features
from waic_reader.index.corpus.blocks import Block


def _label(text: str) -> tuple[str, str] | None:
    return phrase_label(block_features(Block(0, len(text), "paragraph", text)))


@pytest.mark.parametrize(
    "line",
    [
        "Figure 1 - Users and their need for a cup of tea",  # reported
        "Figure 5 - The super map of the future, courtesy of ChatGPT.",  # reported
        "Fig. 3: Rainfall over the Kellby basin, 2020-2025",
        "Abbildung 2: Der Pegel der Elbe am Montagmorgen",
        "Рис. 4. Карта района после наводнения",
    ],
)
def test_a_numbered_figures_caption_is_a_caption(line: str) -> None:
    label = _label(line)
    assert label is not None and label[0] == "caption", label


@pytest.mark.parametrize(
    "line",
    ["Get the Free Newsletter!", "Get our free newsletter", "Get the newsletter"],  # the first reported
)
def test_a_newsletter_boxs_prompt_is_a_call_to_action(line: str) -> None:
    label = _label(line)
    assert label is not None and label[0] == "call-to-action", label


@pytest.mark.parametrize(
    "line",
    [
        "Figure 2 shows the rise in cases since the floods began in March.",
        "The figure 3 million was first given by the ministry on Monday.",
        "Readers can get the free newsletter of the museum at its front desk, a spokeswoman said.",
    ],
)
def test_sentences_about_figures_and_newsletters_stay(line: str) -> None:
    assert _label(line) is None
