"""Issue #13/#14 (s17 m4, F1): article text lost to paragraphs ending in a credit or a bracketed
note.

1. A paragraph of the article's prose closed by a photo credit ("… until Tuesday. (Photo: Jane
   Roe)") was hidden whole as a caption; ten such paragraphs all hidden. The paragraph is the
   article's (a segment is a whole block: the credit stays in it).
2. Paragraphs closed by a short bracketed note after their full stop ("… the blaze. (L 1)") read
   as headlines: 30 of them were hidden as another story's teasers, and with 90 of them a late
   paragraph became the title. A full stop before a bracketed tail ends a sentence.
"""

from __future__ import annotations

from test_noise_kinds import PARAS, kinds, make
from test_noise_kinds13 import _page_text

from waic_reader.index.analysis.noise.features import Feat, block_features
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.titles import derive_title

TITLE = "Our town in smoke"
BYLINE = "By Kestrel Bay Courier staff"
LEDE = "The Corvane plant fire has left six dead, according to the hospital, and 2,400 residents evacuated."
MIDDLE = [
    "Fire crews from three districts worked through the night to contain the blaze.",
    "Neighbours described a sharp smell that lingered over the harbour for hours.",
    "The plant produces solvents and coatings for the shipbuilding industry.",
    "Schools in the eastern wards were closed as a precaution on Tuesday.",
    "Traffic on the coast road was diverted through the old town centre.",
    "Air quality sensors near the marina recorded elevated readings before noon.",
    "Shop owners on Quay Street swept soot from their doorsteps.",
    "A local bakery handed out free bread to the evacuated families.",
    "Police closed the bridge to the island until further notice.",
    "The mayor said the town would hold a vigil on Friday evening.",
]
END = [
    "The Zephyrine tank, at the north end of the site, was where the fire started, a worker said.",
    "Courier reporters will keep updating this page.",
]


def _story(middle: list[str]) -> str:
    return "\n\n".join([TITLE, BYLINE, LEDE, *middle, *END]) + "\n"


# ---------------------------------------------------------------------------------------------
# 1. A paragraph of prose closed by a credit


def test_reported_paragraph_closed_by_a_credit_is_the_articles() -> None:
    """The reported input (/tmp/t13s17/par_one/p.txt)."""
    para = "Two boats burned and the harbour master closed the quay until Tuesday. (Photo: Jane Roe)"
    text = (
        "Quay fire\n\nA fire broke out at the quay on Monday, police said.\n\n"
        f"{para}\n\nInvestigators will visit the site on Wednesday.\n"
    )
    assert kinds(text)[para] == "content"


def test_paragraph_closed_by_an_unbracketed_credit_is_the_articles() -> None:
    """Variant: the credit's field without brackets, another outlet's paragraph."""
    para = "Rescue teams searched the flooded cellars of the old mill through the whole night. Photo: Anna Berg"
    text = (
        "Mill flooded\n\nThe river rose a metre on Sunday, the council said.\n\n"
        f"{para}\n\nNobody was hurt.\n\nThe mill will stay closed this week.\n"
    )
    assert kinds(text)[para] == "content"


def test_long_paragraph_closed_by_a_credit_on_a_page_is_the_articles() -> None:
    """Variant: on a saved page (menus, a footer), a paragraph longer than those around it."""
    para = (
        "Two boats burned at their moorings and the harbour master, who had warned the council about "
        "the old fuel pumps on the quay for years, closed the whole quay to traffic and to visitors "
        "until Tuesday while the fire brigade checked every tank along the waterfront. (Picture: Jane Roe)"
    )
    got = kinds(_page_text(["Council passes budget after long debate", PARAS[0], para, PARAS[1], *PARAS[2:]]))
    assert got[para] == "content", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


def test_reported_ten_paragraphs_closed_by_the_same_credit_are_the_articles() -> None:
    """The reported input (/tmp/t13s17/par_afp/local.txt): ten paragraphs of eleven, each closed
    by "(Photo: Courier)", were all hidden."""
    middle = [f"{s} (Photo: Courier)" for s in MIDDLE]
    got = kinds(_story(middle))
    assert [got[m] for m in middle] == ["content"] * len(middle), got


def test_paragraphs_closed_by_credits_outnumbering_the_rest_are_the_articles() -> None:
    """Variant: four paragraphs closed by a credit field without brackets, names differing."""
    names = ["Anna Berg", "Jane Roe", "Courier staff", "Anna Berg"]
    middle = [f"{s} Photo: {n}" for s, n in zip(MIDDLE[3:7], names)]
    got = kinds(_story(middle))
    assert [got[m] for m in middle] == ["content"] * len(middle), got


def test_short_caption_closed_by_a_credit_between_paragraphs_stays_a_caption() -> None:
    """Guard: a short sentence closed by the same credit, between the long paragraphs of the
    article, is a photo's caption still."""
    cap = "Firefighters at the quay on Monday evening. (Photo: Jane Roe)"
    got = kinds(_page_text(["Council passes budget after long debate", PARAS[0], cap, *PARAS[1:]]))
    assert got[cap] == "caption", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


# ---------------------------------------------------------------------------------------------
# 2. Paragraphs closed by a short bracketed note


def _noted(count: int, note: str) -> list[str]:
    return [f"{MIDDLE[k % 8]} ({note.format(k + 1)})" for k in range(count)]


def test_reported_thirty_paragraphs_closed_by_a_note_are_the_articles() -> None:
    """The reported input (/tmp/t13s17/par_30/local.txt): 31 of 35 blocks were hidden as teasers."""
    middle = _noted(30, "L {}")
    text = _story(middle)
    got = kinds(text)
    assert [got[m] for m in middle] == ["content"] * 30, got
    assert [got[e] for e in (LEDE, *END)] == ["content"] * 3
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == TITLE


def test_reported_ninety_paragraphs_keep_the_title() -> None:
    """The reported input (/tmp/t13s17/par2/local_kb.txt): with 90 such paragraphs the title was
    a late paragraph and the lede was hidden."""
    middle = _noted(90, "L {}")
    text = _story(middle)
    got = kinds(text)
    assert [got[m] for m in middle] == ["content"] * 90
    assert got[LEDE] == "content"
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == TITLE


def test_paragraphs_closed_by_other_notes_are_the_articles() -> None:
    """Variants: another note ("(item 7 of 40)") on 40 paragraphs, a figure's reference
    ("(see fig. 3)") on 30."""
    for middle in (_noted(40, "item {} of 40"), _noted(30, "see fig. {}")):
        text = _story(middle)
        got = kinds(text)
        assert [got[m] for m in middle] == ["content"] * len(middle), middle[0]
        article = make(text)
        assert derive_title(article.blocks, article.sentences) == TITLE


def test_bracketed_tail_after_a_full_stop_is_no_headline() -> None:
    """Unit: the line ends a sentence and is no headline; a headline closed by a bracketed note
    without a full stop is a headline still."""

    def feat(text: str) -> Feat:
        return block_features(Block(0, len(text), "paragraph", text))

    tailed = feat("Fire crews from three districts worked through the night to contain the blaze. (L 1)")
    assert tailed.sentence_end and not tailed.headline_like
    head = feat("Quay fire: what we know so far (Live)")
    assert head.headline_like and not head.sentence_end
    asked = feat("Will the quay reopen before summer? (Poll)")
    assert asked.headline_like
