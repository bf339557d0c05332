"""The context rules are tried only where they can match (entities/context.py): the words read
from a rule's alternation start every match, and the rules find what ``finditer`` over the whole
text finds."""

from __future__ import annotations

import re

import pytest

from waic_reader.index.analysis.entities import context as C
from waic_reader.index.corpus.tokens import text_words

# Each rule tried by its first words, with the words it is tried at and the words its
# alternation is written with (every run of letters in it: the texts below are made of these,
# so a first word left out of the words it is tried at loses a match the test sees).
ANCHORED = [
    (C._RELATION_AFTER, C._RELATION_WORDS, C._RELATIONS),
    (C._KIND_BEFORE, C._KIND_BEFORE_WORDS, C._KINDS_BEFORE),
    (C._KIND_LIST, C._KIND_LIST_WORDS, C.KINDS_LISTED),
    (C._PRODUCT_KIND, C._PRODUCT_KIND_WORDS, C._PRODUCT_KINDS),
    (C._CRAFT, C._CRAFT_WORDS, "|".join(C._CRAFTS)),
]


def test_first_words_of_each_form_of_alternative() -> None:
    assert C._first_words("start-?up|(?<=[a-z] )maker|news agency") == ["start", "maker", "news"]
    assert C._first_words("(?:run|owned) by|(?:joint )?venture (?:of|between)|[Ss]hares (?:of|in)") == [
        "run",
        "owned",
        "joint",
        "venture",
        "Shares",
        "shares",
    ]
    assert C._first_words("companies?|organi[sz]ation|(?<!ethnic )(?<!age )group") == ["companie", "organi", "group"]


@pytest.mark.parametrize("alternation", [r"\d+ firms", "(?:a|b)?", "[0-9]x", ".?firm"])
def test_an_alternative_without_a_leading_word_is_refused(alternation: str) -> None:
    # (so a rule rewritten in a form the reader does not know fails at import, never loses matches)
    with pytest.raises(ValueError, match="no literal word"):
        C._first_words(alternation)


def _texts(words: tuple[str, ...]) -> list[str]:
    """Every first word in the settings the rules read, beside and inside other words."""
    out = []
    for w in words:
        out += [
            f"{w} by Norlinka and Statvind, said the {w}, Acme Analytica, on Monday.",
            f"The {w}s such as Banco Rialto, Norvik Bank and Estgrid; Accra-{w} Citi Sports said.",
            f"sub{w} Kestrel Holdings rose. {w}, Setu Pay, processes. {w} called Wren, which {w}",
            f"({w} Dunmore Group) {w}{w} Tangaroa, {w} named Selkie that {w} of Brightwave.",
            f"Premier League {w} Kumasi Royal Oaks and printer {w} Kurobane Imaging, the {w} Tessel.",
            f"{w} such as BYD and Leapmotor; {w}, including Banco Rialto, Norvik Bank or Estgrid, like {w} like X.",
        ]
    return out


@pytest.mark.parametrize("pattern, words, source", ANCHORED, ids=lambda x: getattr(x, "pattern", "")[:30])
def test_a_rule_tried_at_its_words_finds_what_finditer_finds(
    pattern: re.Pattern[str], words: tuple[str, ...], source: str
) -> None:
    written = re.findall(r"[A-Za-z]+", source) + [a for a in C._alternatives(source) if re.fullmatch("[A-Za-z ]+", a)]
    phrases = (
        "shares of Acme Corp",
        "Shares in Norlinka",
        "joint venture of Estgrid",
        "start-up Setu Pay",
        "start-ups",
    )
    texts = _texts((*written, *words, *phrases))
    texts.append(" ".join(texts))
    found = 0
    for text in texts:
        cues = [w for w in text_words(text) if w.startswith(C._CUE_STARTS.get(w[:3], ()))]
        want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in C._starting_with(pattern, text, cues, words)] == want
        found += len(want)
    assert found  # the texts hold matches to find


def test_the_candidates_of_sample_prose() -> None:
    text = (
        "Vindhavet is owned by Statvind and Oresund Kraft. Shares of Brightwave fell after the "
        "lender Banco Rialto cut its outlook, and carmakers such as Leapmotor, Velquist and BYD "
        "followed. Its first folding phone, the Orlo Flip, ships in May. The research vessel "
        "Tangaroa sailed from Wellington."
    )
    names = {text[s:e]: label for s, e, label in C.context_candidates(text)}
    assert names == {
        "Statvind": "ORG",
        "Oresund Kraft": "ORG",
        "Brightwave": "ORG",
        "Banco Rialto": "ORG",
        "Leapmotor": "ORG",
        "Velquist": "ORG",
        "BYD": "ORG",
        "Orlo Flip": "PRODUCT",
        "Tangaroa": "PRODUCT",
    }
