"""A site's "Follow <name> on <network>" line is boilerplate whatever the name's words, an
outlet's with a number or of several words (t13aj N15, issue #14): "Follow Coastal News 24 on X"
stayed article text, shown at the article's end and in search snippets, while "Follow us on
Facebook, X and Instagram" was split off. The prompts are the one list of calls to action
(corpus.page_links.CALL_PROMPTS). Inputs: the tester's live blog (copied from its corpus), and two
stories of our own; each story's paragraphs stay content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "strike_t13aj" / "live"

STORY = (
    "Ferry crews join harbour walkout\n\n"
    "Ferry crews at the port of Marholm joined the dockworkers' strike on Friday, the union said, "
    "halting sailings to the islands for a second day.\n\n"
    "The operator said it would follow the talks on Monday closely and hoped for a settlement.\n\n"
)
CASES = {
    "reported": (None, "Follow Coastal News 24 on X", "Good morning and welcome"),
    "several-networks": (
        STORY + "Follow The Harbour Evening Post on Facebook, Instagram and Threads\n",
        "Follow The Harbour Evening Post on Facebook, Instagram and Threads",
        "Ferry crews at the port",
    ),
    "channel-number": (
        STORY + "Follow Channel 4 News Marholm on Bluesky.\n",
        "Follow Channel 4 News Marholm on Bluesky.",
        "The operator said",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_follow_prompt_naming_the_outlet_is_boilerplate(tmp_path: Path, case: str) -> None:
    text, prompt, prose = CASES[case]
    if text is None:
        shutil.copy(FIXTURES / "coastal-live.txt", tmp_path / "story.txt")
    else:
        (tmp_path / "story.txt").write_text(text, "utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(corpus.resolve("story")))
    assert [(s.text, s.kind) for s in split.noise if s.text == prompt] == [(prompt, "call-to-action")]
    assert any(s.text.startswith(prose) for s in split.content)
