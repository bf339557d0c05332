"""Tables among the sentences two articles are aligned by (:func:`.align.align`): a table's rows
are read with its header's words, and the header itself reports nothing.

A table written with bars (a pipe table's rows, :func:`~waic_reader.index.corpus.markdown.table_row`;
an HTML table's rows as the reader keeps them) is a content "sentence" a row. Its header ("| Source
| Dead | Missing | Homes destroyed | Evacuated |") holds the words of every column and no figure,
so on cosine alone it paired with the other article's sentence that used two of those words ("At
least 230 homes have been destroyed, the sheriff's office said."), while the row that gives that
sentence's own figure ("| Marbury Ledger (Sat a.m.) | 4 | 11 | 230 | 12,000 |") shared only the
number and stayed "only in B" (t13aw N15). A row's figure means what its column's heading says,
as the fact sheet reads a table of columns (facts.extract._table_of_columns; both read a row's
cells and their figures by ``corpus.markdown.row_cells`` and ``cell_figure``), so each figure's
cell lends the row its heading's words, and the header, labels of columns, pairs with nothing.
"""

from __future__ import annotations

from waic_reader.index.analysis.align_terms import Term, terms
from waic_reader.index.corpus.markdown import cell_figure, row_cells, table_row

# A table of columns has this many cells a row at least (a two-cell row is a fact box's line,
# "Depth | 420 m", whose label is its own first cell).
MIN_CELLS = 3


def _cells(text: str, above: str, below: str) -> list[str] | None:
    """The cells of ``text`` when it is one row of a table written with bars of at least
    :data:`MIN_CELLS` cells (``markdown.row_cells``, the fact sheet's reading too), else None.
    ``above`` and ``below``: the sentences around it, where a row without outer bars finds its
    table's ("Town hall | 6 | 52 | 41" under "Source | Killed | Hurt | Buildings collapsed")."""
    line = text.strip()
    if "\n" in line or "|" not in line or not table_row(line, above.strip(), below.strip()):
        return None
    cells = row_cells(line)
    return cells if len(cells) >= MIN_CELLS else None


def with_headers(texts: list[str], ts: list[list[Term]]) -> tuple[list[list[Term]], set[int]]:
    """Each content sentence's terms (``texts``, their terms ``ts``) with, for a table's row, the
    words of its header's cell over each of the row's cells that holds a figure (terms with no
    place in the text, so never shown as shared or differing words); and the indices of the
    headers: a table's first row when none of its cells holds a figure and a row under it holds
    two or more (the rows of one table: consecutive sentences that are rows of as many cells)."""
    rows = [
        _cells(t, texts[k - 1] if k else "", texts[k + 1] if k + 1 < len(texts) else "") for k, t in enumerate(texts)
    ]
    out = list(ts)
    headers: set[int] = set()
    k = 0
    while k < len(rows):
        head = rows[k]
        end = k + 1
        while head is not None and end < len(rows) and rows[end] is not None and len(rows[end] or ()) == len(head):
            end += 1
        body = [rows[r] for r in range(k + 1, end)]
        if (
            head is not None
            and not any(cell_figure(c) for c in head)
            and any(sum(1 for c in row or () if cell_figure(c)) >= 2 for row in body)
        ):
            headers.add(k)
            words = [[x.term for x in terms(c)] for c in head]
            for r in range(k + 1, end):
                lent = [w for c, ws in zip(rows[r] or (), words, strict=True) if cell_figure(c) for w in ws]
                if lent:
                    out[r] = [*ts[r], *(Term(w, -1, -1, False) for w in lent)]
        k = end
    return out, headers
