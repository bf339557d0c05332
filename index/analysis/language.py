"""The language an article is written in, when the analyses that read English words cannot read it.

The figure recogniser labels a count by the English words around it ("killed", "evacuated",
"homes"), the quote reader finds a speaker by English reporting verbs ("said", "told
reporters"), and both read numbers as English writes them ("4,500", "2.5 million"): in an article
in Spanish ("Cinco personas murieron y más de 4.500 fueron evacuadas") they read nothing, or
misread "4.500". Such an article is said "not analysed" for those analyses rather than standing as
an outlet that reported nothing (issue 13, t13p F7). Names in Latin script are still found
(capitalised words), so the entity list reads it.

:func:`text_language` tells the language of an article's main text (its content, not its
boilerplate: a page's English menus around a Spanish article do not make it English):

- a script the analyses do not read at all (Chinese, Japanese, Thai, …):
  :func:`lexicon.unread_language`, the script's language;
- text too short to tell (:data:`LEAST_WORDS`; below it, down to :data:`SHORT_LEAST_WORDS`, a
  text that does not read as English by the engine's test (``lexicon.english_share``) is asked
  too: a two-sentence brief in Spanish), or whose share of English function words
  (:data:`lexicon.ENGLISH_MARKERS`, the engine's quick test of English) is that of English prose
  beyond doubt (:data:`CLEARLY_ENGLISH_SHARE`), is English: nothing more is asked, so an English
  corpus never loads the identifier;
- else the language ``py3langid`` (langid.py's model, shipped in the package; loaded once, on
  first use, ~1 s) identifies, when it does so with a probability of :data:`CONFIDENCE` or more
  and it is not English. Its name in English is CLDR's (``language_names.txt`` beside this module,
  regenerated from the ``babel`` package: ``python -m waic_reader.index.analysis.language``).

Importing this module imports nothing of the engine (the workspace names :class:`NotAnalysed`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

NAMES_FILE = Path(__file__).with_name("language_names.txt")
# The identifier's probability (normalised over its languages) a language needs to be said: a
# text it is unsure of is taken as English, as the analyses read it anyway.
CONFIDENCE = 0.9
# Fewer words than this tell no language (a headline, a caption): English, as reads_english says.
LEAST_WORDS = 20
# English prose has a third or so of its words among the function words; the engine's bar for
# "reads as English" is 0.15 (lexicon.ENGLISH_FUNCTION_SHARE). Text at this share or more is
# English without asking the identifier (every English article of the seeds and the tests'
# fixtures, boilerplate and all, has 0.2 or more but a list of headlines); between the two, a
# Spanish article that kept two English headlines of its page's furniture (0.15), it is asked.
CLEARLY_ENGLISH_SHARE = 0.2
# A text shorter than LEAST_WORDS (a wire brief of two sentences, "Siete personas murieron el
# miércoles en el descarrilamiento de un tren cerca de Huancarí.") is another language's when the
# evidence is clear (t13r F4): at least this many words, fewer of them English function words
# than the engine's bar for reading as English (lexicon.ENGLISH_FUNCTION_SHARE, 0.15: "a", "in",
# "am" are Spanish and German words too; a two-line English brief has a fifth or more), and the
# identifier as sure as of a longer text. A headline alone, an English brief, stays English.
SHORT_LEAST_WORDS = 8
# Of a long article, its first characters tell its language (langid's cost grows with length).
SAMPLE_CHARS = 3000
ENGLISH = "en"

# The analyses an article is said "not analysed" for: in a script they do not read, all three
# (no word of it is a name, a figure or a speaker to them); in another language written in Latin
# script, those that read English words (a count's noun, "killed"; a speaker's "said"), while its
# names are found as capitalised words are in any language.
ANALYSES = ("entities", "facts", "quotes")
ENGLISH_ANALYSES = ("facts", "quotes")
ENGLISH_ONLY_REASON = "figures and quotes' speakers are read in English text only"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_lock = threading.Lock()


@cache
def _names_file() -> tuple[tuple[str, str, str, str], ...]:
    """``language_names.txt``'s rows: (ISO 639 code, English name, CLDR decimal symbol, the
    English name of the script CLDR's likely subtags give the language: "Latin", "Cyrillic")."""
    if not NAMES_FILE.exists():  # only while regenerating it from nothing
        return ()
    rows = []
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, decimal, script = line.split("\t")
            rows.append((code, name, decimal, script))
    return tuple(rows)


@cache
def language_scripts() -> dict[str, str]:
    """A language's English name (as :func:`text_language` gives it) → the English name of the
    script it is written in by CLDR's likely subtags ("Russian" → "Cyrillic", "Arabic" →
    "Arabic", "Spanish" → "Latin")."""
    return {name: script for _code, name, _decimal, script in _names_file()}


@cache
def language_names() -> dict[str, str]:
    """ISO 639 code → the language's English name (CLDR's), for the identifier's languages."""
    return {code: name for code, name, _decimal, _script in _names_file()}


@cache
def decimal_comma_languages() -> frozenset[str]:
    """The English names (as :func:`text_language` gives them) of the languages whose numbers
    write a decimal comma, by CLDR's decimal symbol of the language's default locale (German,
    French, Spanish, Italian, Portuguese, Dutch, Russian, …): in their text "23.000" or "23 000"
    groups thousands and is never twenty-three (the figure recogniser's
    ``figures.dot_thousands``; t13ap N21)."""
    return frozenset(name for _code, name, decimal, _script in _names_file() if decimal == ",")


_identifier: Any = None


def _identify(text: str) -> tuple[str, float]:
    """py3langid's (code, probability) for ``text``; its model loaded on first use (imported
    lazily: an English corpus never asks)."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        code, probability = _identifier.classify(text)
    return str(code), float(probability)


def text_language(text: str) -> str | None:
    """The English name of the language ``text`` (an article's main text) is written in when it
    is not English ("Spanish", "Chinese"); None for English, and for text too short or too mixed
    to tell (an English article quoting a Spanish sentence is English)."""
    from waic_reader.index.analysis.lexicon import ENGLISH_MARKERS, english_share, unread_language

    script = unread_language(text)
    if script is not None:
        return script
    sample = text[:SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    english = sum(1 for w in words if w in ENGLISH_MARKERS)
    if len(words) < LEAST_WORDS:
        if len(words) < SHORT_LEAST_WORDS or english_share(english, len(words)):
            return None
    elif english >= CLEARLY_ENGLISH_SHARE * len(words):
        return None
    code, probability = _identify(sample)
    if code == ENGLISH or probability < CONFIDENCE:
        return None
    return language_names().get(code)


@dataclass(frozen=True)
class NotAnalysed:
    """An article in a language some analyses do not read (:func:`text_language`): said, so that
    the matrix, the fact sheet and the quotes do not show its outlet as one that reported nothing
    (issue 13, t13n F19, t13p F7). ``analyses``: those that do not read it (:data:`ANALYSES`)."""

    doc: str
    language: str
    reason: str
    analyses: tuple[str, ...] = ANALYSES

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "language": self.language, "reason": self.reason, "analyses": list(self.analyses)}


def not_analysed_note(doc: str, language: str, script: str | None = None) -> NotAnalysed:
    """What is said of article ``doc`` written in ``language`` (not English): a script the
    analyses do not read, for all of them (Chinese, Thai, …; and a language written in another
    script than Latin, :func:`language_scripts`: Russian in Cyrillic, Arabic, Greek: the
    recogniser reads names in Latin script only, t13ar N10); another language in Latin script,
    for the figures and the quotes. ``script``: the one the text is written in, when known
    (:func:`other_script`; else the language's usual one: Serbian is written in both)."""
    from waic_reader.index.analysis.lexicon import NOT_ANALYSED_REASON, UNREAD_SCRIPTS

    if any(language == name for name, _chars in UNREAD_SCRIPTS):
        return NotAnalysed(doc, language, f"written in {language}; {NOT_ANALYSED_REASON}", ANALYSES)
    script = script or language_scripts().get(language, LATIN)
    if script != LATIN:
        return NotAnalysed(doc, language, f"written in {language} ({script} script); {NOT_ANALYSED_REASON}", ANALYSES)
    return NotAnalysed(doc, language, f"written in {language}; {ENGLISH_ONLY_REASON}", ENGLISH_ANALYSES)


LATIN = "Latin"


def other_script(text: str, sample: int = 4000) -> str | None:
    """The script most of the letters of ``text`` (its first ``sample`` characters) are written
    in when it is not Latin, by the Unicode names of its letters ("CYRILLIC SMALL LETTER A" →
    "Cyrillic", "ARABIC LETTER ALEF" → "Arabic"); None for text mostly in Latin letters (an
    English article quoting a Russian name). A cheap test before :func:`text_language`: an
    English corpus never asks the identifier."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:sample]:
        if ch.isalpha():
            letters += 1
            if ch.isascii():
                continue
            word = unicodedata.name(ch, "").split(" ", 1)[0]
            if word != "LATIN":
                counts[word] = counts.get(word, 0) + 1
    if not counts:
        return None
    word, most = max(counts.items(), key=lambda kv: kv[1])
    return word.title() if most * 2 >= letters else None


def names_lines() -> list[str]:
    """``language_names.txt``'s lines from babel's CLDR data: each language py3langid identifies
    (its codes, "und" and "zxx" aside) with its English name and its decimal symbol ("." when CLDR
    has no number data for it); a code CLDR does not name is left out (the identifier's answer is
    then not said)."""
    import babel
    import babel.core
    import babel.numbers

    def decimal(code: str) -> str:
        try:
            return str(babel.numbers.get_decimal_symbol(code))
        except babel.UnknownLocaleError:  # a language CLDR names but has no locale data for
            return "."

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    english = babel.Locale("en").languages
    script_names = babel.Locale("en").scripts
    likely = babel.core.get_global("likely_subtags")

    def script(code: str) -> str:
        # ("ru" → "ru_Cyrl_RU": the script is the subtag of four letters, none when CLDR has none)
        parts = [p for p in str(likely.get(code, "")).split("_") if len(p) == 4 and p.istitle()]
        return script_names.get(parts[0], LATIN) if parts else LATIN

    codes = dict.fromkeys(LanguageIdentifier.from_model_file(MODEL_FILE).nb_classes)
    lines = [
        f"# English names of the languages py3langid identifies: CLDR via the babel package {babel.__version__}.",
        "# Columns: ISO 639 code, English name, CLDR decimal symbol, script (CLDR's likely subtags).",
        "# Regenerate: python -m waic_reader.index.analysis.language",
    ]
    lines += [
        f"{code}\t{english[code]}\t{decimal(code)}\t{script(code)}"
        for code in sorted(codes)
        if code in english and code not in ("und", "zxx")
    ]
    return lines


if __name__ == "__main__":
    NAMES_FILE.write_text("\n".join(names_lines()) + "\n", encoding="utf-8")
