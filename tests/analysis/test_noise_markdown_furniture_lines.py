"""A teaser or a call to action written on its own line directly above or below a Markdown
paragraph's text, with no blank line between, is still page furniture (review s39-rv finding 11,
round s39-z3): CommonMark joins it into the paragraph, and "Read more: Dam inspection ordered
after storms" read as the lede's first words, "Share this article" as the next paragraph's.
Such a whole line (a teaser, a related-stories header, a call to action, a link alone) is a
block of its own, so the boilerplate split still drops it, while the paragraph's own lines stay
one block. The reported file, and two variants of our own (a link alone under the text with a
newsletter prompt; a "Related:" teaser and "Sign up" prompt inside hard-wrapped prose)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.reader import Corpus

FRONT = "---\ntitle: Floods hit Valden\noutlet: Valden Post\ndate: 2026-04-02\n---\n"

CASES = {
    # The reported file (s39-rv md1/a.md).
    "reported": (
        "Read more: Dam inspection ordered after storms\n"
        "Floods killed 12 people in the Valden valley on Tuesday, officials said.\n"
        "The river rose four metres in six hours and swept away two bridges.\n\n"
        "More than 2,000 residents were evacuated from their homes overnight,\n"
        "and the army was sent in to help with the rescue effort.\n\n"
        "Share this article\n"
        "The town last flooded in 1999, when 31 people died.\n"
        "Officials said the dam would be inspected on Wednesday.\n",
        ["Read more: Dam inspection ordered after storms", "Share this article"],
        [
            "Floods killed 12 people in the Valden valley on Tuesday, officials said.\n"
            "The river rose four metres in six hours and swept away two bridges.",
            "The town last flooded in 1999, when 31 people died.\n"
            "Officials said the dam would be inspected on Wednesday.",
        ],
    ),
    # A teaser that is a link alone (its words a teaser's), and a newsletter prompt, under the
    # text's last line. (A link alone whose words are a headline's is a block of its own too; the
    # boilerplate split keeps such a link between paragraphs, joined or not.)
    "below": (
        "Floods killed 12 people in the Valden valley on Tuesday, officials said.\n"
        "The river rose four metres in six hours and swept away two bridges.\n"
        "[Read more: Dam inspection ordered after storms](https://valdenpost.example/dam-inspection)\n\n"
        "The town last flooded in 1999, when 31 people died.\n"
        "Officials said the dam would be inspected on Wednesday.\n"
        "Sign up for our newsletter\n",
        [
            "[Read more: Dam inspection ordered after storms](https://valdenpost.example/dam-inspection)",
            "Sign up for our newsletter",
        ],
        [
            "Floods killed 12 people in the Valden valley on Tuesday, officials said.\n"
            "The river rose four metres in six hours and swept away two bridges.",
            "The town last flooded in 1999, when 31 people died.\n"
            "Officials said the dam would be inspected on Wednesday.",
        ],
    ),
    # Hard-wrapped prose, a "Related:" teaser between its paragraph's sentences' lines.
    "wrapped": (
        "Floods killed 12 people in the Valden valley on Tuesday, officials\n"
        "said, after the river rose four metres in six hours.\n"
        "Related: Valden dam to be inspected after storms\n"
        "More than 2,000 residents were evacuated from their homes overnight,\n"
        "and the army was sent in to help with the rescue effort.\n",
        ["Related: Valden dam to be inspected after storms"],
        [
            "Floods killed 12 people in the Valden valley on Tuesday, officials\n"
            "said, after the river rose four metres in six hours.",
            "More than 2,000 residents were evacuated from their homes overnight,\n"
            "and the army was sent in to help with the rescue effort.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_furniture_line_joined_to_a_paragraph_is_a_block_of_its_own(name: str) -> None:
    body, furniture, paragraphs = CASES[name]
    got = [b.text for b in split_blocks(body, markdown=True)]
    for line in [*furniture, *paragraphs]:
        assert line in got, line


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_furniture_line_is_noise_and_the_text_is_content(tmp_path: Path, name: str) -> None:
    body, furniture, paragraphs = CASES[name]
    (tmp_path / "a.md").write_text(FRONT + body, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = [" ".join(s.text.split()) for s in split.content]
    noise = {" ".join(s.text.split()) for s in split.noise}
    for line in furniture:
        assert not any(line in c for c in content), line
    for p in paragraphs:
        assert " ".join(p.split()) in content, p
    assert any("Dam inspection" in n or "Sign up" in n or "Related:" in n for n in noise)
