"""A firm's lone leading word before a works it runs is the firm, across articles (t13n F24,
round s28-e; names invented but the reported one): "Quimibral – Química Industrial, Lda" in
three articles, "the Quimibral plant", "the Quimibral site", "the Quimibral chemical plant" in
the others, which were nobody's (``who:Quimibral`` found 3 of 11 articles). A town named as a
place by the corpus stays the place ("the fire at its Kvalsund plant")."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions, firm_cue
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Quimibral plant in Alcobrena", True),  # reported
        ("Quimibral chemical plant", True),
        ("Vestrand site overnight", True),
        ("Brakvik refinery was shut", True),
        ("Kvalsund fire", False),
        ("Kvalsund residents", False),
    ],
)
def test_firm_cue_reads_a_works(text: str, cue: bool) -> None:
    assert firm_cue(text, len(text.split(maxsplit=1)[0])) is cue


CORPORA = [
    (  # reported
        "Quimibral – Química Industrial, Lda",
        {
            "press": "Update\n\nAn incident occurred at 06:41 today at the Quimibral – Química Industrial, Lda plant.\n",
            "wire": "Blast\n\nPeople were evacuated from homes within three kilometres of the Quimibral site overnight.\n",
            "blog": "Live\n\nWe are following reports of an explosion at the Quimibral chemical plant in Alcobrena.\n",
        },
        "Quimibral",
    ),
    (
        "Vestrand Polymers AS",
        {
            "press": "Update\n\nVestrand Polymers AS confirmed the leak was contained.\n",
            "wire": "Leak\n\nWorkers were sent home from the Vestrand factory on Monday.\n",
            "blog": "Live\n\nFirefighters are still at the Vestrand storage depot near the harbour.\n",
        },
        "Vestrand",
    ),
    (
        "Brakvik Raffineri Ltd",
        {
            "press": "Statement\n\nBrakvik Raffineri Ltd said output would resume.\n",
            "wire": "Fire\n\nSmoke rose over the Brakvik refinery for six hours.\n",
            "blog": "Live\n\nUnions said the Brakvik works would stay closed until Friday.\n",
        },
        "Brakvik",
    ),
]


@pytest.mark.parametrize(("firm", "texts", "word"), CORPORA)
def test_a_firms_word_before_its_works_is_the_firm_across_articles(
    rec: Recognizer, firm: str, texts: dict[str, str], word: str
) -> None:
    mentions = {doc: rec.recognize(Art(doc, text)) for doc, text in texts.items()}
    got = corpus_mentions(mentions, texts)
    for doc in ("wire", "blog"):
        assert (word, f"ORG:{firm}") in [(m.text, m.key) for m in got[doc]], (doc, got[doc])
