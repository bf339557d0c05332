"""A word shouted for emphasis in a mixed-case sentence ("SEVEN men are DEAD and", "as a DEADLY
tidal wave roared"): emphasis, not a name or an organisation's initials (``shouted_emphasis``, the
one rule every caller asks)."""

from __future__ import annotations

from collections.abc import Sequence

from waic_reader.index.analysis.lexicon import NUMBER_WORDS

_COPULAS = frozenset("is are was were be been being".split())

# The endings of an English adjective, participle or adverb, which no organisation's initials have
# ("DEADLY", "TERRIFIED", "SHOCKING", "WICKED", "FURIOUS", "MASSIVE", "FEARLESS"); an acronym of
# five letters or more rarely ends so ("NASDAQ", "UNESCO", "OPEC" do not). (Not "IC": initials
# end so, "KIPIC said".)
_SHOUTED_ENDINGS = ("LY", "ED", "ING", "FUL", "OUS", "IVE", "ABLE", "IBLE", "LESS")


def _prose(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` is there and a lower-case word (the mixed-case sentence around)."""
    return 0 <= k < len(toks) and toks[k][2].isalpha() and toks[k][2].islower()


# The lower-case words a tabloid's shouted lede word is followed by ("TERROR as flames tore
# through", "CHAOS after the storm", "FURY over plans"): a noun of feeling or disorder set before
# what happened, no organisation's initials (an acronym opening a sentence is followed by its verb).
_LEDE_LINKS = frozenset("as after amid over while when".split())


def shouted_lede(toks: Sequence[tuple[int, int, str]], i: int, j: int, text: str) -> bool:
    """Whether the one word in capitals toks[i] (four letters or more) opens a sentence of
    mixed-case prose as a tabloid's lede word does: at the block's start or after a sentence's
    end, a lower-case :data:`_LEDE_LINKS` word and a lower-case word after it ("TERROR as flames
    tore through the ferry", t13t F2: an ORG "TERROR"; "PANIC after the alarm sounded")."""
    if j != i + 1 or len(toks[i][2]) < 4 or not toks[i][2].isalpha() or not toks[i][2].isupper():
        return False
    if not (j < len(toks) and toks[j][2] in _LEDE_LINKS and _prose(toks, j + 1)):
        return False
    if toks[j][2] == "as" and toks[j + 1][2] in ("a", "an", "well", "its", "part"):
        return False  # "KIPIC as a lender", "NTSB as well as": the body in apposition
    if i == 0 or toks[i - 1][2] in (".", "!", "?"):
        return True
    gap = text[toks[i - 1][1] : toks[i][0]] if text else ""
    return "\n" in gap


def shouted_emphasis(toks: Sequence[tuple[int, int, str]], i: int, j: int, text: str = "") -> bool:
    """Whether the capitals toks[i:j] are a word shouted for emphasis in a mixed-case sentence,
    no organisation's initials: what the sentence says its subject is, after a lower-case "is",
    "are", "was" and before a lower-case word ("SEVEN men are DEAD and others are feared lost",
    "Two miners are SAFE after the rescue": t13o F8, was ORG "DEAD"; "The buyer was BHP, analysts
    said" stays ORG); or one word of five letters or more ending as an adjective, participle or
    adverb does (:data:`_SHOUTED_ENDINGS`), or a number word does ("rose to SEVEN last night"), with a
    lower-case word right before or after it ("as a DEADLY tidal wave roared", "A TERRIFIED mum
    clutched"; t13p F10: ORG "DEADLY")."""
    if i and toks[i - 1][2] in _COPULAS and _prose(toks, j):
        return True
    if j != i + 1:
        return False
    if shouted_lede(toks, i, j, text):
        return True  # "TERROR as flames tore through the ferry" (t13t F2)
    w = toks[i][2]
    if w.lower() in NUMBER_WORDS and (_prose(toks, i - 1) or _prose(toks, j)):
        return True  # "The toll rose to SEVEN last night" (t13q: ORG "SEVEN"): a count shouted
    return len(w) >= 5 and w.isalpha() and w.endswith(_SHOUTED_ENDINGS) and (_prose(toks, i - 1) or _prose(toks, j))


# The words a console markup tag is made of: Rich's style attributes and its standard colour names
# (Rich's "Styles" documentation: bold, dim, italic, underline, blink, reverse, strike, the eight
# colours and their "bright_" forms written apart) and BBCode's tags (b, i, u, s, color, url, code,
# quote, size). A bracketed English word ("[the]", "[and]", "[sic]": an editor's insertion in a
# quotation) is none (review s50-rv finding 12: the initials beside it were lost).
_MARKUP_WORDS = frozenset(
    """bold dim italic underline blink reverse strike strikethrough conceal overline not on link
    b i u s color colour url code quote size font
    red green blue yellow magenta cyan white black grey gray bright default""".split()
)


def _tag_word(word: str) -> bool:
    """Whether ``word`` may stand inside a console markup tag (:data:`_MARKUP_WORDS`, or "/")."""
    return word == "/" or word in _MARKUP_WORDS


def _markup_tag_ends(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` is the "]" closing a console markup tag written in the text: "[", an
    optional "/", style words (:data:`_MARKUP_WORDS`, Rich's and BBCode's tags: "[bold]", "[bold
    red]", "[b]", "[/]", "[/bold]"), "]"."""
    if k < 1 or toks[k][2] != "]":
        return False
    m = k - 1
    while m >= 0 and _tag_word(toks[m][2]):
        m -= 1
    return m >= 0 and toks[m][2] == "[" and m < k - 1


def _markup_tag_opens(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether a console markup tag (:func:`_markup_tag_ends`) opens at token ``k``."""
    m = k + 1
    while m < len(toks) and _tag_word(toks[m][2]):
        m += 1
    return k < len(toks) and toks[k][2] == "[" and k + 1 < m < len(toks) and toks[m][2] == "]"


def styled_capitals(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the words in capitals toks[i:j] are a console's styled banner: a terminal control
    sequence (one token: corpus.tokens.CONTROL_SEQUENCE) stands right before them, perhaps over
    other words in capitals ("ESC[31mRED ALERT", "ESC[32mGREEN alert": t13ai N8, t13ah-r N7, ORGs
    "RED", "ALERT", "GREEN"); or a console markup tag written out in the text, as Rich's or
    BBCode's are, opens or closes them ("[bold]PAY NOW[/]", "[red]ACT FAST[/red]": a reported
    fault, ORGs "PAY" and "NOW"). Such words are shouted for a reader, no organisation's
    initials."""
    if i >= j or not all(toks[k][2].isupper() for k in range(i, j)):
        return False
    k = i - 1
    while k >= 0 and toks[k][2].isalpha() and toks[k][2].isupper():
        k -= 1
    if k >= 0 and (toks[k][2].startswith("\x1b[") or _markup_tag_ends(toks, k)):
        return True
    m = j
    while m < len(toks) and toks[m][2].isalpha() and toks[m][2].isupper():
        m += 1
    return _markup_tag_opens(toks, m)


_VOWELS = frozenset("AEIOUY")
# What may close a run of shouted words: the sentence's or the clause's punctuation.
_RUN_CLOSERS = frozenset(". , ; : ! ? )".split())


def _shouted_word(tok: str) -> bool:
    """Whether ``tok`` is a word in capitals of three letters or more with a vowel, as a shouted
    English word is ("RED", "FLOOD", "WARNING"), where an acronym often has none ("BHP", "CDC")."""
    return len(tok) >= 3 and tok.isalpha() and tok.isupper() and not _VOWELS.isdisjoint(tok)


def shouted_run(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the words in capitals toks[i:j] stand in a run of two or more such words
    (:func:`_shouted_word`) set inside a mixed-case sentence: a lower-case word right before the
    run and a lower-case word or a clause's punctuation right after it ("The screen flashed
    BREAKING NEWS as the wind rose", "issued a FLOOD WARNING for the valley", "the blog says RED
    ALERT and": tester's leftover of issue #16, ORGs 'NEWS', 'FLOOD', 'RED', 'ALERT'). Banner or
    emphasis words, no organisation's initials: two initials side by side in prose are rare, and one
    of them mostly has no vowel ("the US CDC", "BHP Billiton"). A person's name so written ("heard
    from MAY OSEN, who chairs") is read before this rule is asked (persons.shouted_person)."""
    if i >= j or not all(_shouted_word(toks[k][2]) for k in range(i, j)):
        return False
    start, end = i, j
    while start > 0 and _shouted_word(toks[start - 1][2]):
        start -= 1
    while end < len(toks) and _shouted_word(toks[end][2]):
        end += 1
    if end - start < 2 or not _prose(toks, start - 1):
        return False
    return end == len(toks) or _prose(toks, end) or toks[end][2] in _RUN_CLOSERS
