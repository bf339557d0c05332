"""Rules that judge one block on its own (jusText's context-free classification): a known
boilerplate phrase (:func:`phrase_label`), a date, time or reading-time stamp (:func:`is_stamp_line`), a
breadcrumb or menu row, an author bio (:func:`is_bio`), reported speech and "X said" lines that
are the article's, and a line's dates.
"""

from __future__ import annotations

import re
import unicodedata

from waic_reader.index.analysis.lexicon import MONTH_NUMBERS
from waic_reader.index.analysis.noise.features import Feat, block_features, snip, table_row
from waic_reader.index.analysis.noise.patterns import (
    AUTHOR_BIO,
    BARE_ADDRESS,
    BIO_POINTER,
    BIO_SENTENCE,
    CRUMB_LABEL,
    END_MARK,
    FOLD_CASE,
    FOLLOW_AUTHOR,
    LINK_LINE,
    MARKDOWN_LINK,
    MENU_ITEMS,
    PHRASE_NEEDS,
    PHRASES,
    PUBLISHER_SELF,
    SOCIAL,
    WRITER_ROLES,
    ignorecase_fold,
)
from waic_reader.index.corpus import letters
from waic_reader.index.corpus.blocks import CRUMB_SEP, Block, ends_like_sentence, words
from waic_reader.index.corpus.bylines import (
    BY_FIELD,
    FIELD_SEP,
    FOREIGN_BY,
    NAME_PARTICLE,
    author_names,
    is_byline,
    opens_with_by_word,
    outlet_name,
    person_name,
)
from waic_reader.index.corpus.date_forms import WEEKDAY
from waic_reader.index.corpus.date_patterns import ZONES
from waic_reader.index.corpus.date_stamps import foreign_stamp, is_stamp
from waic_reader.index.corpus.page_links import page_link

_BYLINE_START = re.compile(r"by\s+\w", re.I)
_STAMP_WORDS = frozenset(
    "published updated posted modified last first on at am pm a.m p.m gmt utc bst cet cst est edt pdt pst "
    "et jst hkt sgt ist min mins minute minutes read hour hours day days ago today yesterday "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
) | {zone.lower() for zone in ZONES}  # the zones a date reads ("06:12 PM CDT")
# A time or a numeric date as one word: "10:30", "14.03.2025", "3/14/25", and the hour or the
# minutes with am/pm ("9pm"; words() splits "10:30pm" into "10" and "30pm").
_STAMP_NUMBERS = re.compile(r"\d{1,4}(?:[:/.-]\d{1,4})*[ap]\.?m|\d{1,4}(?:[:/.-]\d{1,4})+", re.I)
_AGO_SHORT = re.compile(r"^\s*\d{1,3}\s*(?:s|m|h|d|w|mins?|hrs?)\s+ago\W*$", re.I)
# A reading time in the languages the stamp rules read, its label before or after the minutes:
# "Temps de lecture 14 min", "Lecture : 5 min", "Tiempo de lectura: 3 minutos", "5 min de lectura",
# "Lesezeit: 4 Min.", "4 Minuten Lesezeit", "Tempo di lettura 2 minuti", "Leestijd 6 minuten" (the
# English "5 min read" is read by its stamp words).
_READ_LABEL = (
    r"(?:temps de lecture|lecture|tiempo de lectura|lectura|lesezeit|lesedauer|tempo di lettura|lettura"
    r"|tempo de leitura|leitura|leestijd|reading time)"
)
_READ_MINUTES = r"\d{1,3}\s*(?:min(?:s|\.|utes?|uten|utos?|uti)?|mn)"
_READING_TIME = re.compile(
    rf"^\W*(?:{_READ_LABEL}\s*:?\s*(?:≈|~|env\.|ca\.)?\s*{_READ_MINUTES}|{_READ_MINUTES}\s+(?:de\s+|di\s+)?{_READ_LABEL})\W*$",
    re.I,
)
_CURRENCY_CODE = re.compile(r"\b(?:USD|EUR|GBP|Rs)\b")
# A figure and the currency written as a word after it, as Chinese, Japanese and Korean price
# things: "12.51元", "9.9 元", "1,980円", "5,000원" (issue #14, unseen37 qqyewu-1: a deals post's
# "【原价】12.51元" lines named no price). After a figure only: "元" alone also means "origin".
_CURRENCY_WORD = re.compile(r"\d\s*(?:元|圆|円|원)")


def money(text: str) -> bool:
    """Written as money: any currency sign (Unicode category Sc: $ € £ ¥ ₹ ₺ ₱ ₦ ₪ ฿ …), a
    currency code, or a figure followed by a currency word ("12.51元", "1,980円")."""
    # (Each distinct character looked up once, and in ASCII only "$" is a sign: asking the
    # category of every character of every short line was a third of the stamp rule; s33-g.)
    if text.isascii():
        sign = "$" in text
    else:
        sign = any(unicodedata.category(c) == "Sc" for c in set(text))
    return sign or bool(_CURRENCY_CODE.search(text)) or (not text.isascii() and bool(_CURRENCY_WORD.search(text)))


# A stamp's author at its end: a name, an @handle, or a user name written as a handle, in lower
# case with an underscore, a dot or digits in it ("Posted on 9 March 2026 by dagny_h", "by
# river_rat77", "by j.roe": t13y G14), never a plain word ("Updated 14:30 by hand").
STAMP_BY = re.compile(
    r"(?<!\s)\s+by\s+(?:@\w+|[^\W\d_]+[_.\d][\w.]*(?<!\.)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$"
)
_MONTHS = frozenset(MONTH_NUMBERS)  # month names and newsroom abbreviations, lower case


# A programming language's operators, which no trail, menu or row of buttons writes: a type's "::",
# an arrow's "=>", a comparison's "==" or "!=", an assignment's ":=" or spaced "=" ("myMax :: Ord a =>
# a -> a -> a", "head (x:xs) = x", "const add = (a, b) => a + b").
_CODE_OPERATOR = re.compile(r"::|=>|[=!:]=|\s=\s")


def code_notation(text: str) -> bool:
    """Whether ``text`` holds a programming language's operator (:data:`_CODE_OPERATOR`): a code
    line of a programming post, no breadcrumb trail (its "->" arrows) nor a share row (its "x")
    (issue #14, unseen33 soulhacker-1, round s38-a: five lines of a post on Haskell's types were
    dropped so)."""
    return _CODE_OPERATOR.search(text) is not None


# Marks only code writes besides its operators: a call ("isqrt()", "x.map_addr("), a generic type
# ("Vec<T>"). (Not a name in snake_case alone: an icon font's ligature, "access_time",
# "local_offer", is a page's furniture; unseen6 getnews-1.)
_CODE_MARK = re.compile(r"\w\(\)|\w<[A-Za-z_]\w*>|\w\.\w+\(")
# A line of code standing alone has at most this many words: a name or a short signature.
_CODE_LINE_TOKENS = 4


def code_line(text: str) -> bool:
    """Whether a line is a piece of code standing alone: an API's name, a path of names, a short
    signature ("Ipv6Addr::is_unique_local", "<int>::checked_isqrt", "Vec<T>: Clone"): at most
    :data:`_CODE_LINE_TOKENS` words, with an operator (:func:`code_notation`) or another mark only
    code writes (:data:`_CODE_MARK`). No page furniture is written so: a menu, a headline or a
    teaser is words; a run of such lines is the article's own (a release note's list of the
    functions it made stable; issue #14, unseen34 rustblog-1). Not a handle, a hashtag, an
    address or a file name ("@jane_doe", "#climate_change", "www.a_b.org", "IMG_1234.jpg")."""
    t = text.strip()
    if not t or t[0] in "#@" or "@" in t or "://" in t or "www." in t or len(t.split()) > _CODE_LINE_TOKENS:
        return False
    return code_notation(t) or _CODE_MARK.search(t) is not None


# What marks one whitespace-separated token of a code listing: a markup tag ("<groupId>1.2</groupId>",
# "</beans>"), a statement's end after a call or a string ("run();", "…\");"), a brace, a call
# ("fetch(url"), an attribute's value ('xmlns="…'), a dotted package path ("java.util.List"), a lone
# "=" or a shell's "$" prompt. (Letters only before "(" and in a path: a Chinese name's
# bracketed gloss, a phone number "214.939.3636" or a coupon code "62(" are no code.)
_LISTING_TOKEN = re.compile(
    r"</?[A-Za-z][\w.:-]*|[)\]\"'];$|[{}]|[A-Za-z_]\w*\(|=\"|[A-Za-z_]\w*\.[A-Za-z_]\w*\.[A-Za-z_]|^=$|^\$$"
)
# A shell command after its prompt ("$ git push", "$ rustup update stable").
_SHELL_PROMPT = re.compile(r"^\$ [a-z][\w.-]*(?:\s|$)")
# A listing: at least this many marked tokens, and at least this share of all its tokens.
_LISTING_MARKS = 2
_LISTING_SHARE = 0.4


def code_listing(text: str) -> bool:
    """Whether a line is a code listing of any length as a page's text flattens it (a ``<pre>``
    block on one line: "<dependency> <groupId>…</groupId> …", "import java.util.List; public class
    X { … }", "$ git add . $ git commit -am "msg""): a shell command after its "$" prompt, or
    :data:`_LISTING_MARKS` tokens or more, and :data:`_LISTING_SHARE` of them or more, marked as
    code's (:data:`_LISTING_TOKEN`). Prose, a menu and a teaser are words, a tag list or a
    phone line has no such marks (issue #14, unseen39 openshift-1: a tutorial's listings
    between its steps were page furniture, and split the article after its first step)."""
    t = text.strip()
    if _SHELL_PROMPT.match(t):
        return True
    tokens = t.split()
    marked = sum(1 for tok in tokens if _LISTING_TOKEN.search(tok))
    return marked >= _LISTING_MARKS and marked >= _LISTING_SHARE * len(tokens)


# A trail's arrow: one step down a site's sections. (Not a bar or a slash, which also join a page
# title to its site's name or a pair of alternatives, nor "→", which writes a change, "2019 → 2024".)
_STEP_ARROW = re.compile(r"^[^>»›]*\S\s*[>»›]\s*\S[^>»›]*$")


def _section_step(text: str, parts: list[str]) -> bool:
    """Whether a two-part row ("Guides > Agentic Engineering Patterns", "Opinion › Columnists") is a
    trail with no "Home" at its head: the two parts joined by an arrow (:data:`_STEP_ARROW`), each a
    capitalised section name of at most four words. (Issue #14, unseen35 simonwillison-1: the trail
    was kept as the article's first line and took the headline's place.)"""
    return _STEP_ARROW.match(text) is not None and all(p[:1].isupper() and len(words(p)) <= 4 for p in parts)


# A trail's first part, the site's front page, as sites name it in the languages the rules read
# (English, German, French, Spanish, Portuguese, Italian, Dutch), and in Persian, Arabic, Ukrainian,
# Russian, Polish, Turkish and Indonesian ("خانه » سیاست" of a Persian agency's page stayed article
# text: issue #14, round s53-a).
_HOME_PARTS = frozenset(
    (
        *("home", "homepage", "home page", "startseite", "accueil", "inicio", "início", "portada", "pagina iniziale"),
        *("خانه", "صفحه اصلی", "صفحه نخست", "الرئيسية", "الصفحة الرئيسية", "головна", "главная"),
        *("strona główna", "ana sayfa", "anasayfa", "beranda"),
    )
)
_HOME_TRAIL = re.compile(r"\s*[>»›→]\s*")


def _is_breadcrumb(f: Feat) -> bool:
    """ "Home > World > Asia" or "World | Business | Tech": short parts joined by separators."""
    if f.n > 16 or ends_like_sentence(f.text) or code_notation(f.text) or code_listing(f.text):
        return False
    if table_row(f.text):
        return False
    parts = [p for p in CRUMB_SEP.split(f.text.strip()) if p]
    home = parts[0].strip().lower() in _HOME_PARTS
    if len(parts) < 2 or (len(parts) == 2 and not home and not _section_step(f.text.strip(), parts)):
        return False
    if _BYLINE_START.match(parts[0]) or is_byline(f.text.strip()):
        # "By Jane Roe / Halvik Post / 14 March 2025", and one in another language ("Par Claire
        # Dubois | Le Courrier | 3 juin 2026", bylines.FOREIGN_BY): a byline's fields, not a trail
        # (a date of three or four words, "3 juin 2026, 19h30", made the row short enough for one:
        # "3 de junio de 2026", five words, was never taken; t13r F5)
        return False
    # The trail may end in the page's own title: "News > 2015 > Week 15 > Password manager adds codes",
    # "Home » Ten Secret Organizers of the Coup" (issue #14, unseen42 katehon-1: a trail from the
    # front page, by an arrow or an angle quote, not a bar or a slash).
    long_last = len(parts) >= 4 or (home and _HOME_TRAIL.search(f.text) is not None)
    last = len(words(parts[-1])) <= (16 if long_last else 4)
    return last and all(1 <= len(words(p)) <= 4 and not re.search(r"[.!?,;:]$", p) for p in parts[:-1])


# A date writes at most three bare numbers (day, month, year); a line of more, with no month
# name or clock time, is a series of figures.
_SERIES_NUMBERS = 4
_FIGURE = re.compile(r"\d+(?:\.\d+)?")  # 12, 1.5 (not 14.03.2025)


# A page's "published" and "updated" dates saved as text run together: "December 10, 2021April 9".
_GLUED = re.compile(r"\d+|[^\W\d_]+")
# A date written day first with spaced dots, and its time ("23. 12. 2024 13:31", Czech, Slovak):
# a stamp, though its numbers read as a series to :func:`is_stamp_line`.
SPACED_DATE = re.compile(r"\s*[0-3]?\d\.\s?[01]?\d\.\s?(?:19|20)\d\d(?:,?\s+[0-2]?\d:[0-5]\d)?\s*")


def _date_word(w: str) -> bool:
    return w in _MONTHS or w.isdigit() or _STAMP_NUMBERS.fullmatch(w) is not None


# A few words (the section's label the page prints over the article, "more lifestyle") before a
# labelled stamp ("Updated: Mar 06, 2019 12:10 IST") on one line: what follows them is tested as a
# stamp line (issue #14, unseen38's hindustantimes-1).
_LABEL_LED_STAMP = re.compile(
    r"^\s*(?:[^\W\d_][\w'’-]*\s+){1,3}(?=(?:last\s+)?(?:updated|published|posted|modified)\s*:)", re.I
)


def is_stamp_line(f: Feat) -> bool:
    """A line that is only a date, a time or a reading time: page furniture, not prose.

    Not :func:`date_stamps.is_stamp`, on purpose: this one moves the whole line to boilerplate, so every
    word must be a date, time or stamp word ("5 min read", "2 hours ago", "Updated 14:30", which
    hold no calendar date); that one only keeps a line from being taken for the headline, so a
    line that opens with a date label or is mostly a date ("By Jane Roe | March 14, 2025") counts,
    though its other words (an author) are article text, not furniture."""
    if not 1 <= f.n <= 14 or money(f.text):
        return False  # "$263", "€1,200": a figure, not a stamp
    if foreign_stamp(f.text):
        return True  # a date in another language: "16. März 2025, 10:30 Uhr", "2025年3月16日"
    if _AGO_SHORT.match(f.text):
        return True  # a live blog's entry age, its unit cut short: "1h ago", "25m ago"
    if _READING_TIME.match(f.text):
        return True  # a reading time labelled in another language: "Temps de lecture 14 min"
    low = [w.lower().rstrip(".") for w in words(STAMP_BY.sub("", f.text))]
    if (
        sum(bool(_FIGURE.fullmatch(w)) for w in low) >= _SERIES_NUMBERS
        and not any(w in _MONTHS for w in low)
        and _NUMERIC_DATE.search(f.text) is None
    ):
        # a series of numbers ("2, 3, 5, 2, 3, 12, 5"), not a date; one with a numeric date is one
        # ("6/2/2021, 0:11": unseen25, session 27; a player's "00:38 / 01:22" stays none)
        return False
    dates = [w for w in low if _date_word(w) or (not w.isalpha() and all(map(_date_word, _GLUED.findall(w))))]
    # (A journal's "Published Online: April 25, 2016": "online" a stamp word after "published" only.)
    stamp_words = _STAMP_WORDS | {"online"} if "published" in low else _STAMP_WORDS
    rest = [w for w in low if w not in dates and w not in stamp_words]
    # A bare number ("42") stays furniture on a page (a count of comments or shares), unless
    # written as money.
    return bool(dates) and not rest


# An author bio names the writer, their beat and where to find them; all three cues are required.
BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was|has been)\s+(?:a|an|the|our)\b[^.]{0,80}\b"
    r"(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|author|"
    r"producer|freelancer|bureau chief)\b"
)
# The same in the other languages the bio rules read (patterns.WRITER_ROLES): the name, then "is" and
# the role, at most three words before it ("Jonas Eide ist Korrespondent für Verkehr beim …", "…
# est le correspondant du Herald …", "… es corresponsal de …"), or a verb of writing about a beat
# ("… schreibt über Verkehr", "… écrit sur …"). The verbs and articles are the languages' own.
# (A German noun is capitalised too: the name opens with no German article, "Der Sprecher Jonas
# Eide ist …" is no bio.)
_BIO_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_NO_ARTICLE = r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines)\s)"
_WRITES_ABOUT = r"(?:schreibt über|berichtet über|écrit sur|escribe sobre|escreve sobre|scrive di|schrijft over)\b"
BIO_ABROAD = re.compile(
    rf"^{_NO_ARTICLE}{_BIO_NAME}\s+(?i:(?:ist|war|est|était|es|era|é|è|is|was)\s+"
    r"(?:(?:ein|eine|der|die|un|une|le|la|l['’]|uno|una|el|il|lo|um|uma|o|a|een|de|het)\s*)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{WRITER_ROLES})|{_WRITES_ABOUT})"
)
BIO_NOW = re.compile(rf"^{_BIO_NAME}\s+(?:is|has been|ist|est|es|é|è)\b")
BIO_CUE = re.compile(
    r"\b(?:covers|covering|reports on|writes about|based in|follow (?:him|her|them)|"
    r"reach (?:him|her|them)|(?:he|she|they)(?:['’]s| has| have) (?:covered|written|reported)|@\w)"
    rf"|\b{FOLLOW_AUTHOR}|\b{_WRITES_ABOUT}",
    FOLD_CASE,
)


def is_bio(f: Feat) -> bool:
    """An author bio: the writer's name, role and beat ("Jane Doe is a reporter covering ...",
    "Jonas Eide is the Herald's transport correspondent. Follow Jonas on Mastodon."), or a short
    present-tense note of the name and role alone ("Jane Doe is the Courier's editor."), in
    English or another language the bio rules read (:data:`BIO_ABROAD`: "Jonas Eide ist
    Korrespondent für Verkehr beim Nordkurier.")."""
    if not BIO.match(f.text) and not BIO_ABROAD.match(f.text):
        return False
    return BIO_CUE.search(f.text) is not None or (f.n <= 30 and BIO_NOW.match(f.text) is not None)


# A reporting verb: who said, told, added or announced what.
SAYS = r"(?:said|says|told|tells|added|adds|announced|announces|wrote|writes|explained|noted|stated|warned|confirmed)"
# A sentence of reported speech: its speaker and verb closing it after a comma ("…, the mayor
# said.", "…, said the mayor.", "…, it said."; the speaker named with their title and firm,
# "analyst Mats Lindberg of Halvik Securities said on Monday."; a quote may follow in the same
# paragraph), or opening it ("The mayor said the newsletter would …", "The council told
# residents that …").
_REPORTED = re.compile(
    rf",\s+(?:[\w'’.-]+\s+){{0,8}}{SAYS}\b[^.!?]{{0,60}}[.!?][\"”’]?(?:\s|$)"
    rf"|,\s+{SAYS}\s+(?:[\w'’.-]+\s*){{1,12}}[.!?][\"”’]?(?:\s|$)"
    rf"|^(?:[\w'’.-]+\s+){{1,5}}{SAYS}\s+(?:that\s+|on \w+ (?:that\s+)?)?(?:the|a|an|its|his|her|their|it|they|residents|all)\b",
    FOLD_CASE,
)


def reported(f: Feat) -> bool:
    """Whether the line is a sentence of reported speech ("The council's newsletter will be
    delivered to every household, the mayor said."): the article's own words, which a prompt
    ("Sign up to our newsletter") never is."""
    return f.sentence_end and _REPORTED.search(f.text) is not None


# A finite verb with its object after a prompt's or a credit's first words ("Reporting by the
# local newspaper first revealed the fault"), or, after a cue standing alone before a comma, any
# finite verb ("Subscribe, the chairman wrote in 2019, was the word investors heard"). A credit
# ("Reporting by Jane Roe; edited by Tom Hale.") and a prompt ("Sign up to get the news delivered
# to your inbox.") have neither.
_CUE_VERB = re.compile(
    r"\b(?:\w{3,}ed|wrote|found|showed|told|said|says|made|took|gave|became)\s+(?:the|that|a|an|his|her|its|their|how|what|when)\b",
    FOLD_CASE,
)
_FINITE = re.compile(rf"\b(?:{SAYS}|was|were|is|are|had|has|have|would|will|could)\b", FOLD_CASE)


def _cue_sentence(f: Feat, cue_end: int) -> bool:
    """Whether a line opening with a prompt's or a credit's words ("Subscribe", "Reporting by")
    is a long sentence of the article's own that only begins with them: it ends as a sentence,
    runs to ten words or more, and a finite verb follows the cue (:data:`_CUE_VERB`,
    :data:`_FINITE`). "Subscribe to our newsletter" and "Reporting by Jane Roe; Editing by Tom
    Hale" stay boilerplate."""
    if not f.sentence_end or f.n < 10:
        return False
    rest = f.text[cue_end:]
    if rest.lstrip().startswith(",") and _FINITE.search(rest):
        return True
    return _CUE_VERB.search(rest) is not None


# A sentence of the article's prose, read by its length: a prompt's or a credit's phrase inside the
# main run of prose does not make it noise (see :func:`prose_cue`).
_PROSE_CUE_WORDS = 12
# A prompt speaks to the reader, or for the site: "Sign up for our newsletter", "Support us".
_ADDRESS = re.compile(r"\b(?:you|your|yours|our|ours|us|we)\b", FOLD_CASE)


# A caption's or a teaser's cue ("Credit:", "Related:") over a clause in lower case: the colon is
# the writer's own ("Related: the company's bonds also fell, …"). A credit names someone and a
# teaser or a caption opens with a headline or a sentence, both capitalised ("Credit: Jane Roe",
# "Related: Divers find gash in hull", "Photo: Crews work on Friday.").
_CUE_CLAUSE = re.compile(r"^\W*\w+(?:\s\w+)?\s*:\s*[\"“‘']?(?-i:[a-z])")


def _cue_clause_sentence(f: Feat) -> bool:
    """Whether a line opening with a caption's cue ("Credit:", "Photo:") goes on with a sentence of
    the article's own, wherever it stands: a clause in lower case after the cue
    (:data:`_CUE_CLAUSE`) that ends as a sentence and has a verb of its own, reported speech
    ("Credit: the cantonal government's emergency fund will pay for the funerals, the canton
    said.", :func:`reported`) or a finite verb (:data:`_FINITE`, :data:`_CUE_VERB`,
    :data:`_PRESENT_VERB`). A credit names someone or an agency and has no verb ("Credit:
    Reuters/Jane Doe", "Photo: courtesy of the family"), a caption opens capitalised ("Photo: Crews
    work on Friday."); s30-i, t13q F4: a clean explainer's sentence was a photo caption."""
    if not f.sentence_end or _CUE_CLAUSE.match(f.text) is None:
        return False
    rest = f.text.split(":", 1)[-1]
    return (
        reported(f)
        or _FINITE.search(rest) is not None
        or _CUE_VERB.search(rest) is not None
        or _PRESENT_VERB.search(rest) is not None
    )


def prose_cue(f: Feat, label: tuple[str, str] | None) -> bool:
    """Whether a prompt's or a credit's phrase rule (``label``) took a line that reads as a long
    sentence of the article's own: :data:`_PROSE_CUE_WORDS` words or more ending as a sentence,
    speaking to nobody ("Subscribe buttons were added to every article page in February, ...",
    "Reporting by the paper's own journalists ... drew record numbers of readers, it said."). Met
    between two paragraphs of the main run of prose, it is the article's (a phrase alone never
    splits off long prose); "Sign up for our newsletter to get ... in your inbox." stays a prompt.
    A caption's or a teaser's cue counts only over a clause in lower case (:data:`_CUE_CLAUSE`:
    "Credit: analysts at two banks cut their rating …")."""
    if label is None or label[0] not in ("call-to-action", "attribution", "caption", "headline-list"):
        return False
    if label[0] in ("caption", "headline-list") and _CUE_CLAUSE.match(f.text) is None:
        return False
    return f.sentence_end and f.n >= _PROSE_CUE_WORDS and _ADDRESS.search(f.text) is None


_BARE_BIO = re.compile(BIO_SENTENCE, FOLD_CASE)
_BIO_POINTED = re.compile(BIO_POINTER, FOLD_CASE)


def bare_bio(f: Feat, label: tuple[str, str] | None) -> bool:
    """Whether the author-bio phrase rule (``label``) took a line for its sentence alone: "NAME
    writes about …", "NAME reports on …" (:data:`patterns.BIO_SENTENCE`), with no pointer to the
    writer after it (:data:`patterns.BIO_POINTER`: "Follow NAME on …", an e-mail address, a
    handle). The article's own sentence about someone who writes reads the same ("Sally Rooney
    writes about young people in Dublin …" in a culture story, t13z H8): met between two paragraphs
    of the article's main run of prose it is the article's (classify's cues, as :func:`prose_cue`'s);
    closing the article, or under its label ("About the author"), it is a bio."""
    if label is None or label[0] != "byline" or not label[1].startswith(AUTHOR_BIO):
        return False
    return f.sentence_end and _BARE_BIO.match(f.text) is not None and _BIO_POINTED.search(f.text) is None


# A finite verb of the sentence's own after a prompt's or a credit's first word: an auxiliary or
# a reporting verb (:data:`_FINITE`), a verb in the past (:data:`_CUE_VERB`), or one in the present
# before its object ("the council's vote settles the matter", "the letter sets a deadline").
_READER_VOICE = re.compile(r"\b(?:me|my|mine|i)\b", FOLD_CASE)
_OWN_PUBLICATION = re.compile(
    r"^(?:article|story|post|piece|essay|column)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:(?:first|originally)\s+)*"
    r"(?:appeared|published|produced|posted)\b",
    FOLD_CASE,
)
_PRESENT_VERB = re.compile(r"\b\w{2,}[^\Ws]s\s+(?:the|a|an|its|his|her|their|this|that)\b", FOLD_CASE)


def goes_on_article(f: Feat, body_vocab: set[str]) -> bool:
    """Whether a line a prompt's or a credit's phrase took (:func:`prose_cue`) and that meets the
    article's run of prose at one end only (its first or its last paragraph) goes on with the
    article: a sentence with a finite verb of its own (:data:`_FINITE`, :data:`_CUE_VERB`,
    :data:`_PRESENT_VERB`: "Subscribe to the idea or not, the council's vote settles the matter
    …") that names a word of the article's prose (possessives folded: "council's" is "council").
    A prompt's verb is its cue ("Subscribe now for unlimited access …"), a credit has none
    ("Reporting by Jane Roe; Editing by Tom Hale."), and neither tells the story; a prompt may
    speak in the reader's voice too ("Keep me up to date on all the Courier has to offer.")."""
    if _READER_VOICE.search(f.text) or PUBLISHER_SELF.match(f.text):
        # (A publisher's description of itself, "X is an independent news organization covering
        # the mining towns", names the article's words by its beat, and its verb is its own: it
        # tells nothing of the story.)
        return False
    # A republication note's verb is its cue's own: "This article was originally published on The
    # Conversation." credits the piece, it tells nothing (issue #14, unseen35's iflscience-1).
    rest = _OWN_PUBLICATION.sub("", f.text.split(None, 1)[-1], count=1)
    if not (_FINITE.search(rest) or _CUE_VERB.search(rest) or _PRESENT_VERB.search(rest)):
        return False
    told = {w.rstrip("'’") for w in body_vocab}
    return any(w.rstrip("'’") in told for w in f.vocab)


# The phrase rules a block of n words is tried by (``_PHRASES_UP_TO[min(n, last)]``: those whose
# most words are n or more, in their order; the last entry, for longer blocks, is empty), each
# with its gating words (``PHRASE_NEEDS``, else None): made once, where testing every rule's
# word limit for every block was a third of the rules' cost, and looking a gate up by its
# pattern hashed the pattern's whole code each time (~10 µs for the largest; s33-g).
_PHRASES_UP_TO: tuple[tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None, str], ...], ...] = tuple(
    tuple((kind, p, PHRASE_NEEDS.get(p), desc) for kind, p, most, desc in PHRASES if n <= most)
    for n in range(max(most for _, _, most, _ in PHRASES) + 2)
)


_PAGE_LINK_WORDS = 14  # the most words of a line of a page's own links (page_links.page_link)


# Where a cue's clause ends: a sentence's or a clause's mark before a space, or the line's end.
_CUE_END = re.compile(r"[.;!?](?=\s)|\n|$")


def whole_cue(text: str, m: re.Match[str]) -> str:
    """The cue a phrase rule's match ``m`` of ``text`` names, as a reason quotes it: without the
    marks and spaces the rule matched before it (". Photograph: …" closing a caption's sentence),
    and when the match ends inside a word (a rule that asks only for a name's first letter,
    "Photograph: K") to the end of its clause ("Photograph: Kari Mo/KLV News 7"; t13w F8)."""
    start, end = m.start(), m.end()
    while start < end and not text[start].isalnum() and text[start] not in "(“\"'‘#@":
        start += 1
    if start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        stop = _CUE_END.search(text, end)
        end = stop.start() if stop is not None else len(text)
    return text[start:end].strip()


def phrase_label(f: Feat) -> tuple[str, str] | None:
    if (link := MARKDOWN_LINK.match(f.text)) is not None:
        # A Markdown link is read by its words, as the page shows it ("Skip to content").
        label = link.group(1).strip()
        return phrase_label(block_features(Block(0, len(label), "paragraph", label))) if label else None
    if f.words and f.words[0].isdigit() and BARE_ADDRESS.match(f.text):
        # A numbered line that is one bare address: a link list's ("9. https://…"). (A bare
        # address alone on a line of an article's own list of sites stays.)
        return ("navigation", LINK_LINE)
    if f.pieces and f.text.lstrip().startswith("#"):
        # A text-mode browser's line of the page's head links ("#[1]Alpine Courier RSS [2]…
        # Atom": its feeds and other versions), which it shows first, marked "#".
        return ("navigation", "a text-mode browser's line of the page's head links (its feeds and other versions)")
    if f.n == 0:
        # "###" and "-30-" end a press release; other symbol-only lines are separators.
        return ("press-release", "end-of-release mark") if END_MARK.match(f.text) else None
    folded = None
    for kind, pattern, needs, desc in _PHRASES_UP_TO[min(f.n, len(_PHRASES_UP_TO) - 1)]:
        if needs is not None:
            if folded is None:
                folded = ignorecase_fold(f.text)
            if not any(w in folded for w in needs):
                continue  # (no match can lack them all)
        m = pattern.search(f.text)
        if m:
            if kind == "call-to-action" and reported(f):
                continue  # (a prompt's words in the article's reported speech: its own sentence)
            if kind in ("call-to-action", "attribution") and _cue_sentence(f, m.end()):
                continue  # (the cue is the first word of a sentence of the article's own)
            if kind == "caption" and _cue_clause_sentence(f):
                continue  # (a caption's cue over a sentence of the article's own)
            return kind, f"{desc} (“{snip(whole_cue(f.text, m) or f.text)}”)"
    if _byline_after_date(f) or _foreign_byline(f):
        return "byline", f"byline (“{snip(f.text)}”)"
    if byline_on_date(f):
        return "byline", f"{DATED_BYLINE} (“{snip(f.text)}”)"
    if (named := _name_on_stamp(f)) is not None:
        # (A writer's byline in any language, its word for "by" first, is dated so too: "Por Ana
        # Souza 14 de março de 2026"; an author's, no source's, bylines.opens_with_by_word.)
        reason = DATED_BYLINE if opens_with_by_word(named) else SOURCE_ON_STAMP
        return "byline", f"{reason} (“{snip(f.text)}”)"
    if f.n <= _PAGE_LINK_WORDS and (link_label := page_link(f.text)) is not None:
        return link_label  # a skip, account or share link in any language read
    if _is_breadcrumb(f):
        return CRUMB_LABEL
    if is_stamp_line(f):
        return "byline", "date, time or reading-time stamp"
    if (lead := _LABEL_LED_STAMP.match(f.text)) is not None and is_stamp_line(
        block_features(Block(0, len(f.text) - lead.end(), "paragraph", f.text[lead.end() :]))
    ):
        return "byline", f"date stamp after its section's label (“{snip(f.text)}”)"
    if f.n <= 14:  # (a longer line is no row of buttons: its words are not counted)
        social = sum(w in SOCIAL for w in f.lows)
        if (social == f.n or social >= max(2, f.n - 2)) and not code_notation(f.text):
            return "call-to-action", "row of share buttons"
    if f.n <= _PROMPT_ROW_WORDS and _prompt_row(f.text):
        return "call-to-action", f"{PROMPT_ROW} (“{snip(f.text)}”)"
    if items := menu_row(f):
        return "navigation", f"{MENU_ROW} ({items} links: “{snip(f.text)}”)"
    return None


# An outlet's or agency's name, then the article's date stamp, alone on a line under the headline
# ("NHKニュース 2026年3月14日 20時15分", "연합뉴스 2026년 3월 15일", "РИА Новости, 14 марта 2026 г.",
# "Reuters, 14 March 2026"): the byline's place with no author (t13at N11: these stayed article
# text, while "By X · Outlet · date" was a byline). The name: a few words, no figure, no sentence.
SOURCE_ON_STAMP = "source's name with its date stamp"
_SOURCE_WORDS = 4
_STAMP_YEAR = re.compile(r"(?<![\d×x.,])(?:19|20)\d\d(?![\d×x.,]\d|\d)")
# (The stamp may open with its weekday: "Northern Post live blog · Saturday 14 March 2026", t13ax N5.)
_SOURCE_LEAD = re.compile(rf"^\s*([^\W\d_](?:[^\W\d_]|[ '’&-])*?)\s*(?:[,|·•–—-]\s*|\s+)(?=\d|{WEEKDAY}[0-3]?\d(?!\d))")


_SOURCE_LINE_CHARS = 120
# Words linking a headline's phrase that no source's short name holds after its first word.
_HEADLINE_LINKS = frozenset({"of", "in", "on", "at", "for", "to", "the", "a", "an"})
_HAN_ONLY = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def source_on_stamp(f: Feat) -> str | None:
    """The source's name ``f`` gives before its date stamp (:func:`_name_on_stamp`), else None;
    never a byline's name opening with its word for "by" in any language read
    (``bylines.opens_with_by_word``: "Por Ana Souza · 14 de março de 2026" names its writer, no
    outlet; t13r2 NEW-1, round s52-fx4: s52-m2's rule named the outlet "Por Lucía
    Fernández-Ibarra")."""
    name = _name_on_stamp(f)
    return None if name is None or opens_with_by_word(name) else name


def _name_on_stamp(f: Feat) -> str | None:
    """The source's name ``f`` gives before its date stamp, else None: a name of up to
    :data:`_SOURCE_WORDS` words (letters, no figure, each capitalised or in a script without case,
    no person's name; a live page's label after it left out, ``titles.LIVE_LABEL``: "Northern Post
    live blog") before a stamp of two words or more that :func:`is_stamp_line` reads as one (or a
    date in another language, one "word" in Chinese or Japanese), opening with a figure or a
    weekday; never a stamp alone. The one reading of such a line: the boilerplate split calls it
    a byline, the outlet rule (``titles.derive_outlet``) takes its name under the headline (t13ax N5:
    "Tagesblick · 14. März 2026, 10:50 Uhr" was read so here and named no outlet)."""
    from waic_reader.index.corpus.titles import LIVE_LABEL  # (titles reads this module when called)

    # (A full stop may close the year's abbreviation: Russian "2026 г.", Polish "2026 r.".)
    if not 2 <= f.n <= 14 or (f.sentence_end and not f.text.rstrip().endswith(("г.", "r."))):
        return None
    if len(f.text) > _SOURCE_LINE_CHARS:
        return None  # (no such line is long: and the lead's pattern is quadratic in a run of spaces)
    m = _SOURCE_LEAD.match(f.text)
    if m is None or is_stamp_line(f):
        # (A stamp alone, its month first, names no source: "March 9, 2025".)
        return None
    name = LIVE_LABEL.sub("", m.group(1)).strip()
    lead = name.split()
    if not 0 < len(lead) <= _SOURCE_WORDS:
        return None
    if not all(w[0].isupper() or w[0].lower() == w[0].upper() for w in lead):
        return None  # (a name's words capitalised, or in a script without case: not "Elections held on")
    if any(w.lower() in _HEADLINE_LINKS for w in lead[1:]):
        return None  # (a headline's words: "THE FLOOD OF 3 MARCH 2019" names an event, no source)
    if person_name(name):
        return None  # (a writer's name over the stamp: the headline rules read "Jane Roe · 3 March 2026")
    if _HAN_ONLY.fullmatch(name) and not outlet_name(name):
        # (a name in Chinese characters alone must read as an outlet's, bylines.outlet_name: a
        # headline ending in 报 beside its date, "苹果发布财报 2026年3月3日", is the title: s36-z)
        return None
    rest = f.text[m.end() :]
    if _STAMP_YEAR.search(rest) is None or table_row(f.text):
        return None  # (a calendar date with its year: not a spec table's "Resolution | 720×1280")
    stamp = block_features(Block(0, len(rest), "paragraph", rest))
    return name if (stamp.n >= 2 or foreign_stamp(rest)) and is_stamp_line(stamp) else None


# A row of prompts set side by side, as a page's share box lays them out ("Share this live blog ·
# Follow us on X", "Share this story | Sign up for alerts"): each item a call to action of its own
# (t13at N7: the row stayed article text, while each item alone was a prompt).
PROMPT_ROW = "row of share, follow or subscribe prompts"
_PROMPT_ROW_CHARS = 240  # (the longest such row read; a longer line is prose or a menu)
_PROMPT_ROW_WORDS = 24
_PROMPT_ITEMS = re.compile(r"\s*[|•·]\s*")


def _prompt_row(text: str) -> bool:
    """Whether ``text`` is two items or more set apart by a bar, a bullet or a middle dot, each of
    which :func:`phrase_label` reads as a call to action by itself."""
    if len(text) > _PROMPT_ROW_CHARS:
        return False  # (no row of prompts is long: and the split is quadratic in a run of spaces)
    items = [item for item in _PROMPT_ITEMS.split(text.strip()) if item]
    if len(items) < 2:
        return False
    for item in items:
        label = phrase_label(block_features(Block(0, len(item), "paragraph", item)))
        if label is None or label[0] != "call-to-action":
            return False
    return True


# The most words of a byline line whose author's field is not its first.
_BYLINE_LINE_WORDS = 16

# The reason of a byline naming its date after a preposition (:func:`byline_on_date`): a card's
# stamp too (teasers.teaser_cards reads it as one).
DATED_BYLINE = "byline with its date"
# "By" (or its word in another language, bylines.FOREIGN_BY), a name (or two joined by "and"),
# then the preposition a date takes: English "on"/"at", German "am", French "le", Spanish "el",
# Portuguese "em", Dutch "op", Italian "il", Scandinavian "den", Polish "dnia"; the rest is read
# as a stamp (:func:`byline_on_date`).
_NAME_ON = rf"{letters.CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)*{letters.CAP_WORD}){{0,3}}"
_BYLINE_ON_DATE = re.compile(
    rf"^\W{{0,3}}(?i:by|{'|'.join(FOREIGN_BY)}):?\s+{_NAME_ON}(?:\s+(?i:and|&|und|et|y|en|e|og|och)\s+{_NAME_ON})?"
    r"\s+(?i:on|at|am|le|el|em|op|il|den|dnia)\s+(?P<rest>\S.*)$"
)
# A handle or a comment count closing such a line: "… 7:37 PM @robertandrews", "… | 4 Comments".
_BYLINE_TAIL = re.compile(r"(?:\s*[|·•,]?\s*(?:@\w+|\d+\s+(?i:comments?|responses?|replies)))+\s*$")


def byline_on_date(f: Feat) -> bool:
    """A byline that joins its author's name and its date with a preposition, every word after it
    the date (:func:`~waic_reader.index.corpus.date_stamps.is_stamp`), a handle or a comment count
    after it at most: "By Robert Andrews on 01/10/2016 7:37 PM @robertandrews", "by Andy Plesser on
    01/10/2016" (a teaser card's), "Von Anna Lind am 3. Juni 2026 um 10:12 Uhr", "Par Jean Dupont
    le 14 mars 2025", "Door Jan de Vries op 14 maart 2025" (issue #14, unseen33 beettv-1, round
    s38-a: none was a byline, the cards' kept the article's run of prose going). A sentence
    opening "By" holds words of its own after the date ("By Tuesday on 14 March 2025 the council
    had …")."""
    return f.n <= _BYLINE_LINE_WORDS and byline_date(f.text) is not None


def byline_date(text: str) -> str | None:
    """The date of a byline that names it after a preposition (:func:`byline_on_date`), as
    written ("01/10/2016 7:37 PM" of "By Robert Andrews on 01/10/2016 7:37 PM @robertandrews"),
    or None for any other line."""
    if (m := _BYLINE_ON_DATE.match(text.strip())) is None:
        return None
    rest = _BYLINE_TAIL.sub("", m.group("rest")).strip()
    # (A date holds a figure: a day or a year; "on Tuesday" alone dates nothing a stamp shows.)
    return rest if any(ch.isdigit() for ch in rest) and is_stamp(rest) else None


def _byline_after_date(f: Feat) -> bool:
    """A byline whose author's field follows a date or a stamp ("June 3, 2026 | By Mateo Ruiz",
    "3 June 2026 · By Ana Soto", "Updated 4:15 pm · June 3, 2026 · By Ana Soto"): a byline as "By
    X · Outlet · date" is, its fields in another order (:func:`bylines.author_names`; s31-b, t13r
    F11: the line under a saved page's headline stayed content). The byline opening with "By" is
    the phrase rules'."""
    return (
        f.n <= _BYLINE_LINE_WORDS
        and not f.sentence_end
        and BY_FIELD.search(f.text) is not None
        and FIELD_SEP.search(f.text) is not None
        and (got := author_names(f.text)) is not None
        and got[1] > 0
    )


def _foreign_byline(f: Feat) -> bool:
    """A byline in another language, its word for "by" first (bylines.FOREIGN_BY), then a name and
    its fields ("Por Lucía Fernández | El Comercio del Norte | 4 de junio de 2026, 08:30", "Von Anna
    Lind · Berliner Blatt · 3. Juni 2026"): a byline as "By X · Outlet · date" is, wherever it
    stands (s32-e, t13u F7: the Spanish one was content, its author and date read all the same)."""
    return (
        f.n <= _BYLINE_LINE_WORDS
        and not f.sentence_end
        and _BYLINE_START.match(f.text.strip()) is None  # ("By X", the phrase rules')
        and is_byline(f.text.strip())  # (first: anchored, so a line of spaces is never scanned for fields)
        and (
            FIELD_SEP.search(f.text) is not None or "," in f.text
        )  # ("Par Jean Dupont, Le Courrier du Var, 16 août 2026")
        and author_names(f.text) is not None
    )


# The reason's words for a menu written on one line (:func:`menu_row`).
MENU_ROW = "a menu on one line: short capitalised links side by side"
# The fewest links of a menu on one line, and the most words of one link.
_MENU_ROW_LINKS = 3
_MENU_LINK_WORDS = 3
# A link's text holds no sentence's or clause's punctuation ("Twitter: @x", "Rail crash: driver").
_CLAUSE_MARK = re.compile(r"[.,;:!?…](?:\s|$)")


def menu_row(f: Feat) -> int:
    """How many links a line holds that is a site's menu written on one line, in any language
    ("Home  News  Sport  Business  Opinion  Video", "Inicio · Bolivia · Mundo · Deportes · Opinión",
    a text-mode browser's "[3]News [4]Port [5]Weather [6]Letters"), else 0: at least
    :data:`_MENU_ROW_LINKS` items set apart by a menu's separators (:data:`MENU_ITEMS`: bars, dots,
    bullets, a tab, two spaces or more; a dump's link markers), each of one to
    :data:`_MENU_LINK_WORDS` words opening with a capital letter, no clause's punctuation. Never a
    sentence, a table's row (figures, :func:`table_row`), a line of a script without capitals (a
    Chinese or Japanese line), a byline or a line holding a date ("By Jane Roe • Nov 6, 2012 • New
    York City"), nor a headline with its site after a bar (two items, the headline's of more
    words). (s31-b, t13r F11: "Home  News  Sport …" was "one of a run of 4 short title-case lines";
    a lone "Startseite · Politik · Wirtschaft …" over the headline was the title.)"""
    if not 3 <= f.n <= 30 or f.sentence_end:
        return 0
    items = [item for piece in (f.pieces or (f.text,)) for item in MENU_ITEMS.split(piece.strip()) if item]
    if len(items) == 1 and _section_links(items[0]):
        return len(items[0].split())  # ("Home News Sport Weather": its links set apart by one space)
    if len(items) < _MENU_ROW_LINKS:
        return 0
    for item in items:
        if not (1 <= len(words(item)) <= _MENU_LINK_WORDS and item[0].isupper()) or _CLAUSE_MARK.search(item):
            return 0
    if table_row(f.text) or dated(f) or any(_BYLINE_START.match(item) for item in items):
        return 0
    return len(items)


def _section_links(line: str) -> bool:
    """Whether ``line`` is a menu's links written with single spaces, each one word naming a page's
    section or its home (``titles.SECTION_WORDS`` and "Home": "Home News Sport Weather", "Home World
    Business Politics"), capitalised, three at least: it names nothing of a story (issue #14, round
    s38-x3, t13ae P14: such a menu over a kicker was the title, the kicker "ASIA" under it an
    Organisation in the article's text)."""
    from waic_reader.index.corpus.titles import SECTION_WORDS

    links = line.split()
    return len(links) >= _MENU_ROW_LINKS and all(
        w[:1].isupper() and (w.casefold() in SECTION_WORDS or w.casefold() == _HOME) for w in links
    )


# A menu's link to the site's front page.
_HOME = "home"


def dated(f: Feat) -> bool:
    """Whether a stamp holds a date or a clock time, not only a count ("11 min read", "5,263")."""
    return _DATE_TOKEN.search(f.text) is not None or any(w.lower().rstrip(".") in _MONTHS for w in f.words)


def calendar_dated(f: Feat) -> bool:
    """Whether a line names a calendar day: a numeric date of three parts ("1.11.24", "2026-05-12")
    or a month's name beside a figure ("12 May 2026"); not a clock time alone, nor a price ("$3.00",
    which :func:`dated` reads as a time)."""
    if money(f.text):
        return False
    return _NUMERIC_DATE.search(f.text) is not None or (
        any(w.lower().rstrip(".") in _MONTHS for w in f.words) and any(ch.isdigit() for ch in f.text)
    )


_DATE_TOKEN = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[:.]\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
