"""A caption's cue ("Credit:", "Photo:") followed by a sentence of the article's own (a clause in
lower case, a verb of its own, reported speech) is content wherever it stands; only a credit of
names or agencies is a caption (s30-i, t13q F4: data/clean-explainer.txt lost "Credit: the cantonal
government's emergency fund will pay for the funerals, the canton said." as a photo caption; README:
a cue followed by a clause in lower case, "Credit: analysts at two banks cut …", and a sentence of
reported speech are content, and a clean article gets no noise). The first case is the reported
file; the others are invented (another cue and speaker; a finite verb without reported speech).
The guards keep real credits and a capitalised caption noise."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30i"

EXPLAINER = """What we know about the Nordby ferry fire

A fire broke out in the engine room of the Nordby ferry on Friday night, forcing 80 passengers into lifeboats.

What happened

The ferry left Valdmark at 21.10 with 80 passengers and nine crew. Near the harbour mouth smoke filled the car deck.

What happens next

Inspectors will examine:
- the engine room's fire doors
- the maintenance log of Nordby Lines
- the crew's training records

Ticket sales for the route fell 12% on Saturday.

{line}

"Everyone got off safely," said Captain Ola Berg.
"""

VARIANTS = [
    "Photo: the operator has kept the route closed since the fire, a spokesman for Nordby Lines said.",
    "Credit: insurers of the Nordby route have agreed to cover the cost of the rescue operation.",
]


def verdicts(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    split = split_noise(article)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


def test_the_reported_clean_explainer_gets_no_noise(tmp_path: Path) -> None:
    got = verdicts(tmp_path, (FIXTURES / "clean-explainer.txt").read_text("utf-8"))
    line = "Credit: the cantonal government's emergency fund will pay for the funerals, the canton said."
    assert got[line] == "content"
    assert set(got.values()) == {"content"}


@pytest.mark.parametrize("line", VARIANTS, ids=["photo-reported-speech", "credit-finite-verb"])
def test_a_cue_over_a_sentence_is_content(tmp_path: Path, line: str) -> None:
    got = verdicts(tmp_path, EXPLAINER.format(line=line))
    assert got[line] == "content"
    assert set(got.values()) == {"content"}


@pytest.mark.parametrize(
    "line",
    [
        "Credit: Reuters/Jane Doe",
        "Photo: Anna Frey/Getty Images",
        "Photo: courtesy of the Berg family.",
        "Photo: Rescuers bring passengers ashore in Valdmark on Friday.",
    ],
    ids=["agency-credit", "photographer-credit", "courtesy-credit", "capitalised-caption"],
)
def test_a_credit_or_caption_after_the_cue_stays_a_caption(tmp_path: Path, line: str) -> None:
    got = verdicts(tmp_path, EXPLAINER.format(line=line))
    assert got[line] == "caption"
