"""Importing, while the user looks at the library, what the first use of each screen imports.

The app starts with the library alone (cold start within 1.3x a bare Textual app): the reader,
compare, the fact sheet, the timeline and the analyses they run are imported on first use. Their
import is most of the first press of each key: measured at load ~7 on the 2-core machine, the
reader screen's modules took ~500 ms, the fact sheet's ~500 ms, the entity recogniser's ~580 ms
and the boilerplate model's ~175 ms (``python -c "import …"`` after the app's own modules),
against a target of 150 ms a key (issue 13). So once the index is ready and the user has been
idle a moment, a worker imports them, one module at a time, and stops as soon as a key or the
mouse is used (the import holds the interpreter's lock; the key must not wait for it); the rest
is imported at the next pause.

An import that fails here would fail the same at first use: the error is the worker's, shown by
the app as every worker's is.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from importlib import import_module
from importlib import import_module as _import  # a load's module (import_module: MODULES' own)
from typing import Any

# In the order a reader meets them: opening an article first, then the other screens.
MODULES: tuple[str, ...] = (
    "waic_reader.tui.screens.reader",
    "waic_reader.index.corpus.blocks",
    "waic_reader.index.corpus.dates",
    "waic_reader.index.corpus.dateline",
    "waic_reader.index.analysis.noise",
    "waic_reader.index.analysis.kept_mentions",
    "waic_reader.tui.screens.search",
    "waic_reader.tui.screens.help",
    "waic_reader.tui.screens.pick",
    "waic_reader.tui.screens.compare",
    "waic_reader.index.analysis.align",
    "waic_reader.tui.screens.fact_sheet",
    "waic_reader.index.analysis.facts",
    "waic_reader.index.analysis.figure_cache",
    "waic_reader.tui.screens.timeline",
    "waic_reader.index.analysis.timeline",
    "waic_reader.tui.screens.entity_matrix",
    "waic_reader.tui.screens.quotes",
    "waic_reader.index.analysis.quotes.recognise",
    # Only when an article's names are not kept by the index (a file changed since): last.
    "waic_reader.index.analysis.entities.recogniser",
)

# Data the first entity matrix or Quotes open of a session loads besides its modules, the same for
# every screen (one a process), as ``module:callable``, called with no arguments: the gazetteer
# (the bundled and the user's, a token trie built) and the given names in their camel-case forms,
# ~0.35 s and ~0.23 s under cProfile of the first `E` or `Q` after the warm-up on 221 articles
# (round s36-f). Loaded after the screens' modules, before the recogniser's (rarely needed).
LOADS: tuple[str, ...] = (
    "waic_reader.index.analysis.entities.gazetteer:Gazetteer.default",
    "waic_reader.index.analysis.entities.given_names:given_names",
)

# The last of the reader's modules in MODULES: the formats' modules come after it.
READER_LAST = "waic_reader.index.analysis.kept_mentions"

# What reading a file of a format imports besides the reader's modules, by ``Entry.format``: an
# HTML page trafilatura (corpus/html.py's read_html; with htmldate, py3langid and numpy, ~450 ms),
# a Markdown file markdown-it (corpus/markdown.py, ~200 ms). The first screen of a session to read
# such a file (the reader, the entity matrix, quotes, compare) imported them: warmed only where the
# corpus holds such a file, after the reader's modules (t13r F15: the first `E` after a pause took
# 1.1-1.4 s on 12 articles, one a page, most of it imports).
FORMAT_MODULES: dict[str, tuple[str, ...]] = {"html": ("trafilatura",), "markdown": ("markdown_it",)}


def modules_for(formats: Collection[str]) -> list[str]:
    """The warm-up's steps for a corpus whose files are of ``formats`` (``Entry.format`` values):
    :data:`MODULES`, with the :data:`FORMAT_MODULES` of those formats after the reader's modules
    and the :data:`LOADS` before the last module (the recogniser)."""
    modules = list(MODULES)
    after = READER_LAST
    at = modules.index(after) + 1 if after in modules else len(modules)
    modules[at:at] = [m for fmt in sorted(formats) for m in FORMAT_MODULES.get(fmt, ())]
    at = max(len(modules) - 1, 0)
    modules[at:at] = LOADS
    return modules


def warm_up(modules: Sequence[str], stop: Callable[[], bool]) -> list[str]:
    """Take the steps ``modules`` in order until ``stop()`` is true (asked before each): import a
    module, or for a ``module:callable`` step (:data:`LOADS`) call that callable of the module
    (a dotted path in it) with no arguments; returns the steps not taken yet. An ``ImportError``
    propagates (the module would fail at first use too), as does a load's error."""
    for n, name in enumerate(modules):
        if stop():
            return list(modules[n:])
        if ":" in name:
            _load(name)
        else:
            import_module(name)
    return []


def _load(step: str) -> None:
    """Call a :data:`LOADS` step's callable (``module:callable``); its result is kept by the
    callable itself (one a process)."""
    module, _, path = step.partition(":")
    target: Any = _import(module)
    for attr in path.split("."):
        target = getattr(target, attr)
    target()
