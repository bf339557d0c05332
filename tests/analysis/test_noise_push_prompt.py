"""A push-notification box's prompt is a call to action, page furniture (issue #14, unseen36
kenyatimes-1): "Get real time update about this post categories directly on your device, subscribe
now." under the article's last paragraph was kept as the article's own line. The reported line, then
two variants of my own: the updates as notifications "right on your device" closed by a dash and
"Subscribe now!", and news alerts "on your phone" closed by ", sign up today." Sentences about
subscribing or alerts stay the article's. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_HEADLINE = "Governor Opens Refurbished Market Complex"
_PARAGRAPHS = [
    "The governor on Monday opened the refurbished market complex, the largest in the region, and"
    " urged traders to return to the stalls they left during the works.",
    "He said banks should open branches inside the market so that traders no longer carry cash"
    " through the town at the end of the day.",
    "This, he added, will create jobs for young people as bank tellers and mobile money agents.",
]
_PROMPTS = {
    "reported": "Get real time update about this post categories directly on your device, subscribe now.",
    "dash": "Receive instant notifications about new articles right on your device — Subscribe now!",
    "alerts": "Get breaking news alerts on your phone, sign up today.",
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "post.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("case", sorted(_PROMPTS))
def test_a_push_notification_prompt_is_a_call_to_action(tmp_path: Path, case: str) -> None:
    prompt = _PROMPTS[case]
    split = split_noise(_article(tmp_path, "\n\n".join([_HEADLINE, *_PARAGRAPHS, prompt]) + "\n"))
    assert {s.text: s.kind for s in split.noise}.get(prompt) == "call-to-action"
    content = {s.text for s in split.content}
    assert all(p in content for p in _PARAGRAPHS)


def test_sentences_about_subscribing_and_alerts_stay_the_articles(tmp_path: Path) -> None:
    lines = [
        "Readers subscribe now more than ever, the survey found, and most of them on their phones.",
        "The county sent flood alerts to residents' phones on Sunday, a spokeswoman said.",
    ]
    split = split_noise(_article(tmp_path, "\n\n".join([_HEADLINE, _PARAGRAPHS[0], *lines, *_PARAGRAPHS[1:]]) + "\n"))
    content = {s.text for s in split.content}
    assert all(line in content for line in lines)
