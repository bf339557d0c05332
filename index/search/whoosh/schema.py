"""The fields of the whoosh index and its version: what an index folder holds and how it is opened.

:data:`SCHEMA_VERSION` is stamped into each generation's ``waic-index.json``
(:func:`expected_meta`); an index of another version is rebuilt. Indexes are opened with the
app's schema (:func:`open_index`), never the pickled one, through the restricted unpickler
(:mod:`.unpickle`), installed when this module is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.fields import ID, KEYWORD, STORED, Schema

from waic_reader.index.search.whoosh import storage, unpickle
from waic_reader.index.search.whoosh.analyzer import indexed_text  # also registers ``waic_index`` (pickled.py)
from waic_reader.index.search.whoosh.prefixes import prefix_field

unpickle.install()  # before any index is opened, in this process and the build workers it forks


# 2: noise_spans stored (snippets without re-analysis); 3: IndexPositions, uncompressed blocks;
# 4: posting values packed per block (codec.PackedCodec); 5: pickled classes named ``waic_index.*``
# (pickled.py), never by module path; 6: one tokeniser (corpus.tokens: folding, numbers with
# separators, CJK bigrams) and edge n-gram prefix fields (prefixes.py); 7: entity names folded;
# 8: ``meta`` (the corpus.yaml fields' stamp) stored, so metadata edits re-index the article
# 9: a ``said`` field (speakers and what they are reported saying, analysis/quotes/said.py)
# 10: ``said`` pairs of consecutive quoted words (phrases), a split quote's cue left out
# 11: ``row``: the article's listing row (corpus.listing.listing_row), so listing after a build
# reads no file
# 12: ``entity`` holds every form an article names an entity by, besides its canonical name
# 13: a number's percent sign is part of its term ("45%", corpus.tokens.SEARCH_TOKEN)
# 14: ``said`` holds each quoted word as written ("berg:balanced"), for prefixes after said:NAME
# 15: ``entity`` holds each whole word of a name too ("kellerman" of "Maria Kellerman")
# 16: a percentage written with a word is one term ("45 percent" → "45%"), its words beside it
# 17: ``figures``: the fact sheet's figures (analysis.figure_cache), so its first run reads no file
# 18: a plural is indexed as written too, beside its singular ("ferries": ferry, ferries), so a
# prefix of the written word finds it
# 19: every apostrophe folds to the straight one (corpus.tokens.fold): ``entity`` and ``said``
# terms of "Moody’s" are those of "Moody's"
# 20: numbers in locale formats: "3 000", "1'000", "3,00,000", "1.500.000" without separators,
# "3.000" as both 3000 and 3.000 (corpus.tokens.number_forms)
# 21: positions count every token, and a token not indexed as a word (a stop word, a one-letter
# word) is kept at its position as its stop form (analyzer.stop_form), so phrases are exact
# 22: a word runs on across the combining marks of spaced scripts (corpus.marks, tokens.
# COMBINING_MARKS): Devanagari, Tamil, Arabic vowel signs no longer cut words into letters
# (Thai, Lao, Burmese and Khmer are still cut at them: no segmenter)
# 23: ``timeline``: what the timeline needs of an article beyond the other stored fields (first
# mentions, outlet as read, text hash, marks key: analysis.timeline_cache.encode_kept), so the
# first timeline after a build reads no file
# 24: ``mentions``: the article's entity mentions (analysis.kept_mentions), so opening an
# article (reader, compare, matrix) runs no recogniser
# 25: (s15-k) a Markdown article's ``content`` and ``noise`` are its blocks as the reader shows
# them (corpus.markdown: a link's text without its URL, no emphasis markers), not as written
# 26: (s17-h) a one-digit number is indexed as a word ("3" of "$3 billion"), no longer as a stop
# form (analyzer.token_forms)
# 27: (s17-j) a word runs on across the characters invisible inside words (soft hyphen, zero-width
# space, non-joiner, joiner, word joiner, BOM: tokens.INVISIBLE_IN_WORDS), left out when folded:
# "coast\u200bguard" is found by ``coastguard``
# 28: (s18-a) ``names``: what the corpus grouping of names reads of an article
# (analysis.kept_mentions.kept_names), so ``who:`` finds what the entity list groups (corpus_names)
# 29: (s18-a2) ``names`` keeps where each capitalised word no mention covers stands (grouping.open_places):
# the grouping is worked out from the index alone, no article read again
# 30: (s19-a) ``names`` compact (kept_mentions format 4: the text the open places' windows cover
# kept once, each window ending a few characters into the first lower-case word no name holds)
SCHEMA_VERSION = 30


META_NAME = "waic-index.json"


def make_schema() -> Schema:
    return Schema(
        doc=ID(stored=True, unique=True),
        title=indexed_text(stored=True),
        outlet=indexed_text(stored=True),
        content=indexed_text(),
        noise=indexed_text(),
        title_prefix=prefix_field(),
        content_prefix=prefix_field(),
        noise_prefix=prefix_field(),
        entity=KEYWORD(lowercase=True, commas=True, scorable=False),
        said=KEYWORD(lowercase=True, commas=True, scorable=False),
        mtime_ns=STORED,
        size=STORED,
        meta=STORED,
        words=STORED,
        noise_count=STORED,
        entities=STORED,
        title_derived=STORED,
        outlet_derived=STORED,
        date=STORED,
        # Character spans of the boilerplate: search snippets prefer the body without re-running
        # the analysis of every hit.
        noise_spans=STORED,
        # The listing row as ``list`` shows it (plain JSON values): listing a corpus whose
        # listing cache is cold costs one read of the stored fields, not a re-analysis.
        row=STORED,
        # The article's fact-sheet figures (JSON, analysis.figure_cache.encode_figures), extracted
        # while it is analysed: the first fact sheet after indexing reads no article file.
        figures=STORED,
        # What the timeline needs of it besides the fields above (JSON,
        # analysis.timeline_cache.encode_kept): the first timeline after indexing reads no file.
        timeline=STORED,
        # Its entity mentions (zlib-compressed JSON bytes, analysis.kept_mentions): opening the
        # article reads them (~1 ms) instead of recognising its names again (~200 ms at 5,000 words).
        mentions=STORED,
        # What the corpus grouping of names reads of it (JSON, analysis.kept_mentions.kept_names):
        # ``who:`` finds the articles the entity list gives a name another article typed.
        names=STORED,
    )


def expected_meta(analysis_version: str) -> dict[str, Any]:
    return {"schema": SCHEMA_VERSION, "analysis": analysis_version}


def open_index(gen: Path) -> windex.Index:
    """The whoosh index in ``gen``, with the app's schema (the pickled one is never loaded)."""
    return storage.PrivateFileStorage(str(gen)).open_index(schema=make_schema())


def create_index(gen: Path) -> windex.Index:
    return storage.PrivateFileStorage(str(gen)).create_index(make_schema())
