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


# SCHEMA_VERSION: the search index's fields and their formats: a change rebuilds the index.
# History of every number: index/VERSIONS.md (add a line there on each bump).
SCHEMA_VERSION = 48


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
        # The entities named in the boilerplate alone: an ``entity:``/``who:`` term is searched
        # there as an unfielded word is in ``noise`` (parser.in_boilerplate_too).
        noise_entity=KEYWORD(lowercase=True, commas=True, scorable=False),
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
        # Its quotes (zlib-compressed JSON bytes, analysis.quotes.kept): the first Quotes open
        # decodes them instead of finding every article's quotes again (issue 13, round s33-f).
        quotes=STORED,
        # What the corpus grouping of names reads of it (JSON, analysis.kept_mentions.kept_names):
        # ``who:`` finds the articles the entity list gives a name another article typed.
        names=STORED,
        # The article as read: its text, blocks, title, outlet, date and notes (zlib-compressed
        # JSON bytes, corpus.kept_article): the first Quotes open and matrix read no file and
        # derive no title or date again (issue 13, round s34-a).
        article=STORED,
        # The stamp of the gazetteer files its names were recognised with (kept_mentions.
        # gazetteer_stamp): a sync re-indexes the articles an edit of the user's gazetteer can
        # change (gazetteer_docs).
        gazetteer=STORED,
    )


def expected_meta(analysis_version: str) -> dict[str, Any]:
    return {"schema": SCHEMA_VERSION, "analysis": analysis_version}


def open_index(gen: Path) -> windex.Index:
    """The whoosh index in ``gen``, with the app's schema (the pickled one is never loaded)."""
    return storage.PrivateFileStorage(str(gen)).open_index(schema=make_schema())


def create_index(gen: Path) -> windex.Index:
    return storage.PrivateFileStorage(str(gen)).create_index(make_schema())
