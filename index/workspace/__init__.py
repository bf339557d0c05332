"""The façade package: :class:`Workspace` (``facade``), a corpus opened for work with one method per
thing a user does with it, and the helper objects it owns, one capability a module:

- ``results``: what the façade hands back beside engine data (``Opened``, ``Comparison``,
  ``FactSheet``, ``EntityTable``, ``ArticleChanged``, ``ArticleGone``, the "not analysed" notes);
- ``kept``: what the open index keeps of an article, and which stored names are stale;
- ``listing``: the library's rows, the last listing, the outlets' spellings;
- ``search``: queries read, searched, and matched in an article;
- ``grouping``: the corpus grouping of names;
- ``figures``: compare and the fact sheet;
- ``sheets``: the entity table, the quotes, the timeline.

The CLI and the TUI import from here (``from waic_reader.index.workspace import Workspace``);
no search backend object crosses it.
"""

from waic_reader.index.analysis.language import NotAnalysed
from waic_reader.index.workspace.facade import Workspace
from waic_reader.index.workspace.listing import FEW_ROWS_MISSING
from waic_reader.index.workspace.results import (
    ArticleChanged,
    ArticleGone,
    Comparison,
    EntityTable,
    FactSheet,
    Opened,
    not_analysed,
    not_analysed_said,
)

__all__ = [
    "FEW_ROWS_MISSING",
    "ArticleChanged",
    "ArticleGone",
    "Comparison",
    "EntityTable",
    "FactSheet",
    "NotAnalysed",
    "Opened",
    "Workspace",
    "not_analysed",
    "not_analysed_said",
]
