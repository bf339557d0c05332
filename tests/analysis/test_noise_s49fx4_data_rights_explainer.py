"""A regression of round s49-a's data-protection notice (review s49-rv2 finding 11, round s49-fx4):
a consumer explainer about data rights speaks to the reader ("your rights of access and
rectification") and may quote an e-mail address, yet it is an article, not a form's notice. An
address counts as the notice's procedure only when the site gives it in its own voice ("write to us
at …"); its form and the reader's first-person consent count as before
(``consent._points_to_procedure``). The reported article and two variants; the round's notices stay
legal (tests/analysis/test_noise_data_protection_notice.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

HEAD = [
    "How to find out what a company knows about you",
    "",
    "By Sara Holm, consumer affairs correspondent",
    "",
    "Millions of people have never asked a company for the data it holds on them, although European law has"
    " given them that power since 2018.",
]
TAIL = [
    "The regulator received 12,000 complaints last year, up from 9,000 the year before.",
]

REPORTED = [
    "Under the General Data Protection Regulation, you have rights of access and rectification over your"
    " personal data. A firm must answer within a month.",
    "If a company refuses, your rights of erasure and objection still apply, and the data controller must"
    " explain in writing why it refused.",
    "The easiest way to start is to write to the firm's data protection officer about your personal data. Most"
    " publish an address such as privacy@example.com on their websites, and a short letter naming the law is"
    " enough.",
]
VARIANT_BANK = [
    "Your bank holds more about you than you think, and you have rights of access and portability over your"
    " personal data that it cannot refuse.",
    "Should the bank drag its feet, your rights of erasure and objection remain, and its data controller has"
    " thirty days to reply.",
    "A reader in Bergen sent one letter about her personal data to dpo@bank.example and had a full copy of"
    " her records within two weeks.",
]
VARIANT_GYM = [
    "Gyms collect a surprising amount of personal data, and your rights of access and erasure cover all of it,"
    " from swipe-card logs to health questionnaires.",
    "Ask for rectification and objection together if your records are wrong, and keep a copy of every letter.",
    "Members of one chain found the address for personal data requests, data@gym.example, hidden at the bottom"
    " of the contract.",
]


def _kinds(tmp_path: Path, body: list[str]) -> list[str]:
    lines = [*HEAD, ""]
    for para in [*body, *TAIL]:
        lines += [para, ""]
    (tmp_path / "a.txt").write_text("\n".join(lines), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    segs = split_noise(art).segments()
    out = []
    for para in body:
        at = art.text.index(para)
        [seg] = [s for s in segs if s.start <= at < s.end]
        out.append("content" if seg.reason is None else (seg.kind or "?"))
    return out


@pytest.mark.parametrize("body", [REPORTED, VARIANT_BANK, VARIANT_GYM], ids=["reported", "variant_bank", "variant_gym"])
def test_an_explainer_with_an_address_keeps_its_paragraphs(tmp_path: Path, body: list[str]) -> None:
    assert _kinds(tmp_path, body) == ["content"] * len(body)
