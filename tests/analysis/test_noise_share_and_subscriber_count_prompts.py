"""Calls to action under an article in plain text: a share prompt naming what to share otherwise
("Please share this information with everyone.") and a newsletter box counting its readers
("Join the 3.6 million subscribers already getting …", "Join over 70,000 of your peers") are
call-to-action (issue #14, unseen38's komando-1 kept both; pehub-1's "Join over 70,000 of your
peers"). The reported lines, and two invented pages; a sentence of the article opening "Join the
12 members …" stays the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = """{title}

{p1}

{p2}

{p3}

{share}

{join}

SUBSCRIBE
"""

CASES = [
    {  # reported (unseen38 komando-1)
        "title": "Kitchen gadgets that make cooking easier",
        "p1": "Let's face it, we don't always have time to prepare an amazing and healthy meal, and that doesn't "
        "mean you have to hit the drive-thru and ruin the diet.",
        "p2": "This electric sandwich toaster has a non-stick surface for easy cleanup, a heat-proof handle and an "
        "automatic temperature control that stops it burning the bread.",
        "p3": "Join the 12 members of our test kitchen who voted it the best buy of the year, and see why it sold "
        "out twice last winter.",
        "share": "Please share this information with everyone. Just click on any of the social media buttons below.",
        "join": "Join the 3.6 million subscribers already getting the latest and greatest in the tech world right "
        "in their inbox.",
    },
    {
        "title": "How to spot a fake charity appeal",
        "p1": "Scammers set up fake charity pages within hours of a disaster, and they copy the logos and wording "
        "of real appeals so closely that many donors cannot tell the difference.",
        "p2": "Before you give, look the charity up on the official register and check that the bank account named "
        "on the page belongs to the organisation itself.",
        "p3": "If in doubt, give through the charity's own website rather than a link sent to you by text or e-mail, "
        "and never pay by gift card or bank transfer to a person.",
        "share": "Please share this news with your family and friends so they do not fall for it.",
        "join": "Join over 70,000 of your peers who get our weekly scam alert.",
    },
    {
        "title": "Five apps that help you save on groceries",
        "p1": "Grocery prices rose again last month, and more shoppers are turning to apps that compare prices "
        "between supermarkets and track discounts on the items they buy most often.",
        "p2": "The best of them scan your receipts, flag when a regular purchase is cheaper elsewhere and remind you "
        "of loyalty offers before they expire.",
        "p3": "None of them will do the shopping for you, but used together they can take a noticeable amount off "
        "a family's weekly bill.",
        "share": "Please share this video with anyone who could use the savings.",
        "join": "Join 250,000 readers who get our money tips every Friday.",
    },
]


@pytest.mark.parametrize("case", CASES, ids=["reported", "charity", "groceries"])
def test_share_and_subscriber_count_prompts_are_call_to_action(tmp_path: Path, case: dict[str, str]) -> None:
    (tmp_path / "story.txt").write_text(PAGE.format(**case), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    noise = {seg.text.strip(): seg.kind for seg in split.noise}
    content = " ".join(seg.text for seg in split.content)
    assert all(case[p] in content for p in ("p1", "p2", "p3"))
    assert (noise.get(case["share"]), noise.get(case["join"])) == ("call-to-action", "call-to-action")
