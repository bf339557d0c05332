"""Text features of a block, the signals the boilerplate split judges by: length in words,
sentence punctuation, stop-word density, title case, bullets, script (unspaced scripts measured
by letters), word stems for vocabulary shared with the article's prose, and the prose test.

These are the textual features jusText (stop-word density, length), Boilerpipe (word counts,
link and text density, measured here without a DOM) and trafilatura use; stems by their first
letters stand in for a stemmer on inflected languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from waic_reader.index.analysis.lexicon import ENGLISH_MARKERS, english_share
from waic_reader.index.analysis.noise.patterns import (
    BRACKETED_TAIL,
    FULL_STOP_BRACKETED_TAIL,
    TAGGED_SENTENCE_END,
)
from waic_reader.index.corpus.blocks import Block, ends_like_sentence, list_mark, words
from waic_reader.index.corpus.tokens import CJK_CHARS, CJK_RUN, UNSPACED_SCRIPTS, cjk_bigrams, fold, word_count

# ---------------------------------------------------------------------------------------------
# Text features

# jusText's stop-word density counts function words, contracted ones included.
STOP = ENGLISH_MARKERS


def major_words(ws: list[str], lows: list[str] | None = None) -> list[str]:
    """The words that are not function words (title case capitalises these); ``lows``: the
    words in lower case, when the caller has them already."""
    if lows is None:
        lows = [w.lower() for w in ws]
    return [w for w, lw in zip(ws, lows) if w[0].isalpha() and lw not in STOP]


def title_case_ratio(ws: list[str], lows: list[str] | None = None) -> float:
    """Share of non-stop words that start with a capital: headlines are in title case."""
    major = major_words(ws, lows)
    return sum(1 for w in major if w[0].isupper()) / len(major) if major else 0.0


@dataclass(slots=True)
class Feat:
    text: str
    words: list[str]
    lows: list[str]  # the words in lower case (each block's words are lowered once)
    n: int
    sentence_end: bool
    stop_density: float
    title_ratio: float
    vocab: frozenset[str]
    # A text-mode browser's line of links ("[3]News [4]Port [5]Weather"): its pieces at the link
    # markers (the words before the first link, then each link's), which the markers alone set
    # apart; empty for any other line.
    pieces: tuple[str, ...] = ()

    @property
    def headline_like(self) -> bool:
        # Headlines have no closing full stop; "?" and "!" endings are common in them. A full stop
        # before a bracketed note closing the line ("… the blaze. (L 1)") is a sentence's all the same.
        t = self.text.rstrip()
        return (
            1 <= self.n <= 22
            and not t.endswith((".", ",", ";", ":", "…", "。", "，", "；", "："))
            and not _BULLET_ONLY.match(t)
            and not (t.endswith(")") and FULL_STOP_BRACKETED_TAIL.search(t))
        )


def _stem(word: str) -> str:
    """Crude suffix stripping: enough for "limits" and "limit" to count as shared vocabulary."""
    got = _STEMS.get(word)
    if got is not None:
        return got
    got = word
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            got = word[: -len(suffix)]
            break
    if len(_STEMS) < 200_000:
        _STEMS[word] = got
    return got


_STEMS: dict[str, str] = {}


# Words of an inflected language (Czech "sezony", "sezóna"; Polish, German, Swedish cases) are
# matched by their first letters, accents aside: at least this many letters of words this long.
_INFLECTED_PREFIX = 5


def inflected(word: str) -> str:
    """A word's first :data:`_INFLECTED_PREFIX` letters without accents, whatever its length, and
    its letters folded as search folds them (:func:`tokens.fold`): "sezóna" and "sezón" → "sezon",
    "Łódzkie" → "lodzk"."""
    return fold(word)[:_INFLECTED_PREFIX]


def reads_english(feats: Iterable[Feat]) -> bool:
    """Whether blocks read as English: their function words' share of their words
    (:func:`lexicon.english_share`, the one test; each block's share weighted by its words)."""
    marked = total = 0.0
    for f in feats:
        marked += f.stop_density * f.n
        total += f.n
    return english_share(marked, total)


def body_prefixes(body_vocab: set[str], english: bool) -> frozenset[str] | None:
    """The body's words by their first letters (:func:`inflected`) on a page not in English; None in English."""
    return None if english else frozenset(inflected(w) for w in body_vocab)


def shared_words(vocab: frozenset[str], body_vocab: set[str], prefixes: frozenset[str] | None) -> int:
    """How many of a line's words the body holds: the same words; on a page not in English
    (``prefixes``, :func:`body_prefixes`), also words sharing their first letters: a headline names
    the story's words in other cases than its paragraphs ("Zázrak jedné sezony" over "… sezóna …")."""
    if prefixes is None:
        return sum(1 for w in vocab if w in body_vocab)
    return sum(1 for w in vocab if w in body_vocab or inflected(w) in prefixes)


def block_features(block: Block) -> Feat:
    pieces: tuple[str, ...] = ()
    if "[" in block.text and LINK_MARKER.search(block.text):
        # A text-mode browser's dump (``lynx -dump``) numbers each link before its words, "[10]Share
        # on Facebook", "By [9]Tom Hale": the line is read by its words, as the page shows them.
        pieces = tuple(p for p in (_without_mark(x).strip(" \t#") for x in LINK_MARKER.split(block.text)) if p)
        block = Block(block.start, block.end, block.kind, LINK_MARKER.sub("", block.text))
    ws = words(block.text)
    # (A line set wholly in emphasis, "*Follow HealthWatch Review on X for updates.*", is read by its
    # words as a phrase rule reads them: t13ak N12, the follow prompt stayed article text.)
    text = _EMPHASIS_WRAP.sub(r"\2", _without_mark(block.text))
    lows = [w.lower() for w in ws]
    # The words that are no function words, found once for the stop-word density, the vocabulary
    # and the title ratio (each tested every word against STOP again).
    content = [(w, lw) for w, lw in zip(ws, lows) if lw not in STOP]
    stops = len(ws) - len(content)
    stems = _STEMS  # (a word seen before is looked up here without calling _stem)
    vocab = frozenset([stems.get(lw) or _stem(lw) for w, lw in content if len(w) > 2])
    major = [w for w, _ in content if w[0].isalpha()]  # (as major_words gives)
    title_ratio = len([w for w in major if w[0].isupper()]) / len(major) if major else 0.0
    n, end = (
        len(ws),
        ends_like_sentence(block.text)
        or bool(
            TAGGED_SENTENCE_END.search(block.text)
            or BRACKETED_TAIL.search(block.text)
            or _CUT_OFF_SPEECH.search(block.text)
        ),
    )
    if not block.text.isascii():
        if CJK.search(block.text):
            # Chinese and Japanese have no spaces: word_count counts each character as a word; the
            # thresholds here are in English words, about two such characters each (Chinese words
            # average 1.5 to 2 characters), so a CJK paragraph weighs as the same paragraph in English.
            # Korean spaces its words (word_count counts each run of Hangul as one): those are
            # whole words already, and halving them made a Korean paragraph read as half its size.
            hangul = len(_HANGUL_WORD.findall(block.text))
            n = hangul + (max(0, word_count(block.text) - hangul) + 1) // 2
        end = end or block.text.rstrip(_CLOSERS)[-1:] in _SCRIPT_SENTENCE_END
        unspaced = len(_UNSPACED.findall(block.text))
        if unspaced * 2 > len(block.text):
            # Thai, Lao, Burmese and Khmer write words without spaces between them (spaces part
            # phrases): a paragraph is measured by its letters (about four to a word, as in
            # English). Thai and Lao end a sentence with a space, not a mark: a long block of
            # theirs reads as sentences.
            # (The word pattern cuts these scripts at their vowel signs: those pieces are not
            # counted; words in other scripts among them are.)
            n = unspaced // 4 + sum(1 for w in ws if not _UNSPACED.search(w))
            end = end or (n >= _UNSPACED_SENTENCES_WORDS and bool(_NO_SENTENCE_MARK.search(block.text)))
    return Feat(text, ws, lows, n, end, stops / len(ws) if ws else 0.0, title_ratio, vocab, pieces)


# Speech broken off inside its quotation, a dash before the closing mark ("… wouldn't have–”"): the
# writer's sentence ends there, as at a full stop (issue #14, unseen17 theblaze-1: the paragraph read
# as a fragment, and cut the article's last lines off).
_CUT_OFF_SPEECH = re.compile(r"\w\s?[-–—]+\s?[\"”“»’']\s*$")
CJK = re.compile(f"[{CJK_CHARS}]")
# A Korean word: a run of Hangul syllables or jamo (word_count counts each as one word).
_HANGUL_WORD = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+")
# Sentence ends of scripts beyond Latin's ".!?": Chinese and Japanese 。！？, the danda of
# Devanagari and Bengali ।॥, Burmese ။, Khmer ។, Ethiopic ።, Urdu ۔, Arabic ؟, Armenian ։,
# Tibetan །.
_SCRIPT_SENTENCE_END = "。！？।॥။។።۔؟։།"
# Letters (and their combining vowel and tone marks) of scripts written without spaces between
# words: Thai, Lao, Burmese, Khmer. Thai and Lao also have no sentence-ending mark.
_UNSPACED_CHARS = UNSPACED_SCRIPTS
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
_UNSPACED_RUN = re.compile(f"[{_UNSPACED_CHARS}]{{2,}}")
_NO_SENTENCE_MARK = re.compile("[\u0e00-\u0eff]")
# Text whose words are found by pairs of characters (CJK_CHARS and the unspaced scripts).
PAIRED = re.compile(f"[{CJK_CHARS}{_UNSPACED_CHARS}]")
_UNSPACED_SENTENCES_WORDS = 12
_CLOSERS = " \t\"'”’»)]）」』】"


# A link's number in a text-mode browser's dump, glued to the link's first word: "[10]Share", "#[1]RSS"
# (not a footnote's "[1]" closing a sentence: that one follows its word).
LINK_MARKER = re.compile(r"(?:(?<=[\s#*(])|^)\[\d{1,4}\](?=[^\s\[\]])")


def _without_mark(text: str) -> str:
    """``text`` without the list's mark opening it (``blocks.list_mark``: "- ", "3. "; a date's
    day, "14. März 2026", is kept: t13aq N2)."""
    m = list_mark(text)
    return text if m is None or (m.end() == len(text) and not text[m.end() - 1].isspace()) else text[m.end() :]


# A line wrapped in one pair of emphasis marks ("*…*", "**…**", "_…_"), as Markdown and plain
# text set an aside; the marks hug the words (no "* item *" list marker).
_EMPHASIS_WRAP = re.compile(r"^\s*(\*{1,3}|_{1,3})(?=\S)((?:(?!\1).)+?)(?<=\S)\1\s*$")
_BULLET_ONLY = re.compile(r"^\s*[-*•·–—|>]*\s*$")
# A sentence boundary inside a block: a lowercase word, a full stop, then a capital ("U.S. DOT" is not one).
INNER_STOP = re.compile(r"[a-z]{2}[.!?][\"”’)]?\s+[\"“]?[A-Z]|[。！？][”」』]?\s*\S")


# A Chinese, Japanese or Korean sentence introducing the list or table under it closes with its
# full stop, where English closes with ":" ("主な仕様は以下のとおり。", "项目如下。", "사양은 다음과
# 같다."): the phrase that points below ("as follows", "the following three", "as in Table 1"), then
# at most a copula or a verb's ending ("です", "所示", "습니다") before the stop.
_CJK_INTRODUCING = re.compile(
    r"(?:(?:以下|次|下記|表\s*\d+)の?(?:とおり|通り)|(?:以下|次)の\s*\d*\s*(?:つ|点|項目|ような)"
    r"|如下|(?:以下|下列|下表|表\s*\d+)(?:[所列]示|[几幾]?[点點项項个個条條])|[见見]下?表\s*\d*"
    r"|(?:다음|아래|표\s*\d+)[과와]\s*같)"
    r"[^。！？.!?\n]{0,8}[。.：:]\s*$"
)


def counted_by_characters(text: str) -> bool:
    """Whether some of a line's words are counted by their characters (:func:`block_features`: Chinese
    and Japanese, two characters to a word), not Korean's spaced words alone."""
    return CJK.search(_HANGUL_WORD.sub("", text)) is not None


def introduces_below(text: str) -> bool:
    """Whether a line introduces the list or table under it: it ends in ":" (or the full-width
    "："), or it is a Chinese, Japanese or Korean sentence pointing below, closed by its full stop
    (:data:`_CJK_INTRODUCING`: "…は次のとおりです。", "配置如下。", "결과는 다음과 같다.")."""
    t = text.rstrip()
    return t.endswith((":", "：")) or (not t.isascii() and _CJK_INTRODUCING.search(t) is not None)


# The fewest words of a sentence introducing a list that counts as prose (:func:`is_prose_block`).
_INTRODUCING_WORDS = 20


def is_prose_block(f: Feat, english: bool) -> bool:
    """jusText's "good" block: long enough, punctuated like sentences, function words present."""
    if f.n < 12:
        return False
    # A long sentence introducing the list under it ends in ":" ("… the three entries the jury
    # placed first were these:"), however many names it lists (a headline runs shorter; a menu's
    # or a label's line is short).
    introducing = f.n >= _INTRODUCING_WORDS and introduces_below(f.text)
    if not (f.sentence_end or introducing or INNER_STOP.search(f.text)):
        return False
    if not (f.sentence_end or introducing) and f.title_ratio >= 0.6:
        return False  # a long headline with an abbreviation in it ("U.S. Lawmakers Raise ...")

    return f.stop_density >= 0.18 or not english


def table_row(text: str) -> bool:
    """Whether a line is a table's row written with bars ("Gmail | 17.8 MB | 7.6 MB (-57%)",
    " | General UX | UX draft | …"): three or more cells, one of them empty or two holding
    figures. A menu's links are neither; a breadcrumb's trail ("News > 2015 > Week 15") is not
    written with bars."""
    cells = text.strip().split("|")
    if len(cells) < 3:
        return False
    return any(not c.strip() for c in cells) or sum(any(ch.isdigit() for ch in c) for c in cells) >= 2


def snip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def figure_only(f: Feat) -> bool:
    """A line that is only a figure, a unit or a year ("$915", "13.0%", "’17"): a chart's labels."""
    return (
        0 < f.n <= 2 and any(ch.isdigit() for ch in f.text) and not any(ch.isalpha() for ch in f.text.replace("%", ""))
    )


def fragment(f: Feat, english: bool = True) -> bool:
    """A line that reads like text but is too short for prose: a list item, a pull quote.

    Its function words tell it from a menu line in English; a page in another language has none of
    them (the list is English), so there a sentence short of prose ("Yangın söndürüldü.", a
    Turkish or Swedish sentence of eight words) is known by its closing mark instead.
    """
    if f.n < 5 or f.title_ratio >= 0.6:
        return False
    return f.stop_density >= 0.25 or (not english and f.sentence_end)


HEADLINE_WORDS = 4


def next_block(feats: list[Feat], k: int, step: int) -> int | None:
    """The nearest non-empty block after (``step`` 1) or before (-1) block ``k``."""
    k += step
    while 0 <= k < len(feats) and not feats[k].n:
        k += step
    return k if 0 <= k < len(feats) else None


def sentence(f: Feat, label: tuple[str, str] | None, english: bool = True) -> bool:
    """A standfirst's sentence above a page's main text: eight words or more, written as a sentence."""
    return label is None and f.n >= 8 and written_as_sentence(f, english)


# On a page not in English, a sentence standing alone has at least this many words (a fragment's
# floor): with no function words to tell it, "Alle Rechte vorbehalten." must not pass for one.
FOREIGN_SENTENCE_WORDS = 5


def written_as_sentence(f: Feat, english: bool) -> bool:
    """Closed by a sentence mark, with English's function words in it; on a page in another
    language (FUNCTION_WORDS is English: its sentences hold none) closed by one and not in title case."""
    if not f.sentence_end:
        return False
    return f.stop_density >= 0.15 if english else f.title_ratio < 0.6


# The share of a Chinese or Japanese headline's character pairs the body's prose must hold (of a
# word-spaced headline's words: 30%). Measured on the tuning halves' Chinese pages, their
# headlines share 28% to 56% of their pairs with the body, other lines above it at most 14%.
CJK_SHARE = 0.2


def cjk_pairs(text: str) -> set[str]:
    """The pairs of adjacent Chinese or Japanese characters in ``text`` (the bigrams search
    indexes, :func:`tokens.cjk_bigrams`), and of adjacent letters of the unspaced scripts
    (:data:`_UNSPACED_CHARS`): their stand-in for words."""
    pairs = {pair for run in CJK_RUN.findall(text) if len(run) > 1 for pair in cjk_bigrams(run)}
    for run in _UNSPACED_RUN.findall(text):
        pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return pairs


def list_item(label: tuple[str, str] | None) -> bool:
    """A label given for the place under a "Related" or "Trending" header, not by the line's own words."""
    return label is not None and label[1].startswith("item of the list under")


# How far above the main text a saved page's headline may lie: share rows, photo galleries and
# review score boxes put up to ~50 blocks between them on the tuned pages.
HEAD_WINDOW = 60


def stamp_label(label: tuple[str, str] | None) -> bool:
    """The stamp rule's label: a line only of a date, a time or a reading time."""
    return label is not None and label[1].startswith("date, time or reading-time stamp")


def blank_before(blocks: Sequence[Block], j: int) -> bool:
    """Whether a blank line (or more than a line break) separates block ``j`` from the one before."""
    return j > 0 and blocks[j].start - blocks[j - 1].end > 1


def body_overlap(f: Feat, body_vocab: set[str]) -> float:
    return sum(1 for w in f.vocab if w in body_vocab) / len(f.vocab) if f.vocab else 1.0


def quoted_sentence(f: Feat) -> bool:
    """A sentence closed inside its quotation marks (`… said Liv Hagen. "After that, I don't
    know."`): the article's line, though no full stop ends the line itself (as a headline's
    quoted words may: "Minister: 'We will rebuild'")."""
    return f.sentence_end and f.text.rstrip().rstrip(_CLOSERS).endswith((".", "…"))
