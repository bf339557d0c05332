"""Tables in copied text: rows written with bars, a site's data widget beside the article sharing
no word with its prose, two-column "label | value" sheets, headed tables, a table the article
introduces with a sentence ending in ":" and resumes after (the article's), and a statistics
report straight under the article, one figure a line (the article's).

Boilerpipe and trafilatura judge layout tables by their markup; in plain text a table is a run
of lines with the same cells, judged here by its cells' words and the prose around it.
"""

from __future__ import annotations

from waic_reader.index.analysis.figures import find_figures
from waic_reader.index.analysis.noise.features import (
    CJK,
    Feat,
    counted_by_characters,
    introduces_below,
    stamp_label,
    table_row,
)
from waic_reader.index.analysis.noise.patterns import CRUMB_LABEL
from waic_reader.index.corpus.blocks import words
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.markdown import table_rule


def bar_table_rows(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """The rows of tables written with bars (:func:`table_row`), and the row of labels over them
    with as many cells ("Route | Fare now | Change", which alone reads as a menu row): neither
    prose nor page furniture, so a table neither ends the article nor joins a page's lists."""
    out: set[int] = set()
    _pair_tables(feats, labels, out)
    _headed_tables(feats, labels, out)
    last: int | None = None  # the line above, blank lines aside
    for i, f in enumerate(feats):
        if not f.n:
            continue
        if labels[i] is None and table_row(f.text):
            out.add(i)
            if last is not None and last not in out and feats[last].text.count("|") == f.text.count("|"):
                lab = labels[last]
                if lab is None or lab[1] == "breadcrumb or menu row":
                    labels[last] = None
                    out.add(last)
        last = i
    _ruled_tables(feats, labels, out)
    return out


def _ruled_tables(feats: list[Feat], labels: list[tuple[str, str] | None], out: set[int]) -> None:
    """A Markdown pipe table's rows: the header over its separator row ("|---|---|", ":-- | --:":
    :func:`~waic_reader.index.corpus.markdown.table_rule`) and the lines with bars under it, however
    few their figures or cells ("Höhe des Damms | 48 m | Behörde" read alone as a menu row: t13y
    G13); a row a phrase rule judged keeps its label."""
    for i, f in enumerate(feats):
        if f.n or "|" not in f.text or not table_rule(f.text.strip()):
            continue
        rows = [i - 1] if i > 0 and "|" in feats[i - 1].text else []
        k = i + 1
        while k < len(feats) and feats[k].n and "|" in feats[k].text and "\n" not in feats[k].text:
            rows.append(k)
            k += 1
        for r in rows:
            lab = labels[r]
            if lab is None or lab[1] == "breadcrumb or menu row":
                labels[r] = None
                out.add(r)


WIDGET_LABEL = ("navigation", "a data table beside the article sharing no word with its prose (a site's widget)")
# A table is judged by its words when it has at least this many (its figures aside), in at least
# _PAIR_ROWS rows holding figures (a line of a list written with a bar is no table).
_WIDGET_WORDS = 5


def widget_tables(feats: list[Feat], rows: set[int], body_start: int, body_end: int, body_vocab: set[str]) -> set[int]:
    """The rows of tables of three columns or more written with bars that lie wholly before or
    after the article's main text and share no word with its prose, their title or header rows (no
    figure in them) aside: a site's data widget (a case-count tracker by region, a league table, a
    price ticker) beside the article, not a table of it. A table of many things is the article's
    when it names things the article writes about; a two-column sheet of "label | value" facts
    (a spec sheet: "Weight | 62.5 g") is about one thing, the article's subject, whatever its
    labels; a table between the article's paragraphs is the article's."""
    out: set[int] = set()
    groups: list[list[int]] = []
    for k in sorted(rows):
        if groups and all(not feats[m].n for m in range(groups[-1][-1] + 1, k)):
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        if body_start <= group[-1] and group[0] <= body_end:
            continue
        figured = [k for k in group if any(ch.isdigit() for ch in feats[k].text)]
        if all(_pair_row(feats[k].text.strip()) is not None for k in figured):
            continue  # a sheet of "label | value" facts about one thing: the article's subject
        vocab = {w for k in figured for w in feats[k].vocab if not any(ch.isdigit() for ch in w)}
        if len(figured) >= _PAIR_ROWS and len(vocab) >= _WIDGET_WORDS and not vocab & body_vocab:
            out.update(group)
    return out


# A two-column table written with bars ("Weight | 62.5 g", a spec sheet's rows, as the HTML reader
# writes a table's rows): at least this many rows in a row, half of their values holding a figure.
_PAIR_ROWS = 4


def _pair_row(text: str) -> tuple[str, str] | None:
    """A two-column table's row written with a bar, "Weight | 62.5 g": its label and value."""
    if text.count("|") != 1 or (" | " not in text and not text.rstrip().endswith(" |")):
        return None
    label, value = text.split("|")
    return (label.strip(), value.strip()) if label.strip() else None


def _pair_tables(feats: list[Feat], labels: list[tuple[str, str] | None], out: set[int]) -> None:
    """Add to ``out`` the rows of two-column tables written with bars (:func:`_pair_row`): runs of
    :data:`_PAIR_ROWS` or more such lines (blank lines aside), at most one with an empty value
    (the table's title row, "Main specs | "), at least half of the others holding a figure in
    their value, and none longer than :data:`_TABLE_CELL_WORDS` words a cell; the labels that
    reading them as a menu or a list of other stories gave them go (a phrase rule's stay). A
    menu's links written with bars ("Home | News") hold no figures."""
    run: list[int] = []

    def close() -> None:
        values = [row[1] for k in run if (row := _pair_row(feats[k].text.strip())) is not None]
        filled = [v for v in values if v]
        if (
            len(run) >= _PAIR_ROWS
            and len(values) - len(filled) <= 1
            and 2 * sum(any(ch.isdigit() for ch in v) for v in filled) >= len(filled)
        ):
            out.update(run)

    for i, f in enumerate(feats):
        if not f.n:
            continue
        row = _pair_row(f.text.strip())
        free = labels[i] is None or labels[i] == CRUMB_LABEL
        if row is not None and free and all(len(words(c)) <= _TABLE_CELL_WORDS for c in row):
            run.append(i)
            continue
        close()
        run = []
    close()
    for k in out:
        if labels[k] == CRUMB_LABEL:
            labels[k] = None


# A table under a header row needs at least this many rows below it to be read as one.
_HEADED_ROWS = 2


def _headed_tables(feats: list[Feat], labels: list[tuple[str, str] | None], out: set[int]) -> None:
    """Add to ``out`` the rows of tables written with bars under a header row: a line of cells
    holding no figure and left unlabelled ("Month | Highest tide (m)"), then :data:`_HEADED_ROWS`
    or more lines of as many cells, each a figure in some cell, none longer than
    :data:`_TABLE_CELL_WORDS` words a cell, unlabelled or read as a date stamp. A row of a month
    and a figure ("March | 3.4") reads as a stamp alone (s16 t14 item 10: a tide table's rows
    were dropped as bylines); under its table's header it is the table's row, and the stamp
    labels go. A byline's fields written with bars have no header row of their own.

    A header row opening with an empty cell (" | Best For | Key Industries Served", the corner over
    the rows' labels: :func:`_cornered`) heads a table whatever its rows hold: rows of words
    ("ABB | Diverse manufacturing applications | Manufacturing, utilities") are its rows too, and the
    menu-row labels reading them alone gave them go (issue #14, unseen32's eweek-1: a comparison
    table's rows were dropped as menus). A menu written with bars opens with a link, never an empty cell."""
    lines = [i for i, f in enumerate(feats) if f.n]
    k = 0
    while k < len(lines):
        head = lines[k]
        bars = feats[head].text.count("|")
        if not bars or labels[head] is not None or any(ch.isdigit() for ch in feats[head].text):
            k += 1
            continue
        cornered = _cornered(feats[head].text)
        rows: list[int] = []
        for i in lines[k + 1 :]:
            text = feats[i].text
            cells = text.split("|")
            if (
                text.count("|") != bars
                or not (cornered or any(ch.isdigit() for ch in text))
                or (
                    labels[i] is not None and not stamp_label(labels[i]) and not (cornered and labels[i] == CRUMB_LABEL)
                )
                or any(len(words(c)) > _TABLE_CELL_WORDS for c in cells)
            ):
                break
            rows.append(i)
        if len(rows) >= _HEADED_ROWS:
            for i in rows:
                labels[i] = None
            out.update([head, *rows])
            k += len(rows)
        k += 1


def _cornered(text: str) -> bool:
    """Whether a row written with bars opens with an empty cell and holds three or more named ones
    (" | Best For | Key Industries Served | Product Range"): a table's header over its rows' labels."""
    cells = [c.strip() for c in text.strip().split("|")]
    return len(cells) >= 4 and not cells[0] and all(cells[1:])


# A table (or list) the article introduces with a sentence ending in ":" and resumes after,
# written one cell a line: at least this many cells, each at most this many words, at most this
# many lines in all.
_TABLE_MIN_CELLS = 4
_TABLE_CELL_WORDS = 12
# A cell written in Chinese or Japanese is measured by its characters, two to a word
# (:func:`features.block_features`), which counts a katakana loanword ("ディスプレイ", one word) as three
# and a table's description cell ("ファイルサイズについて「以上」「以下」などを設定できる") as twice
# its words: such a cell may run to this many. (Prose under the table still closes it.)
_CJK_TABLE_CELL_WORDS = 30
_TABLE_MAX_LINES = 150
_TABLE_TEASER_SHARE = 0.1
# A cell of this many words may read as page furniture by itself ("Comment", "Open", "Home" as a
# column's header or value): inside such a table it is the table's.
_TABLE_WORD_CELL = 2


def introduced_tables(feats: list[Feat], labels: list[tuple[str, str] | None], is_prose: list[bool]) -> set[int]:
    """A table or list written one cell a line under a sentence of the article that ends in ":"
    ("Here are examples of app updates already using it:"), with the article's prose straight
    after it (perhaps under one heading): the sentence and the cells, neither prose nor page
    furniture. A cell of one or two words that a phrase rule took for furniture (a "Comment"
    column header, a status "Open") is the table's, and its label goes; a longer line a phrase
    rule names, or a line of prose, ends the cells.

    A Chinese, Japanese or Korean sentence introduces a table with its full stop
    (:func:`features.introduces_below`: "おもな仕様は以下のとおり。"); a cell in Chinese or Japanese may
    run to :data:`_CJK_TABLE_CELL_WORDS`; a sentence between two numbered rows ("4", …, "5") is a
    row's description, a cell (:func:`_next_row`), not the prose resuming.

    Menus, share rows and lists of other stories have no sentence of the article over them and
    no prose straight under them, and phrase rules name their headers ("Related:", "Share this:")."""
    out: set[int] = set()
    n = len(feats)
    i = 0
    while i < n:
        f = feats[i]
        if not (
            labels[i] is None
            and introduces_below(f.text)
            and (
                is_prose[i]
                or (f.n >= 5 and f.stop_density >= 0.15 and f.title_ratio < 0.6)
                # (A Chinese, Japanese or Korean sentence has none of English's function words
                # and no capitals: "项目如下所示：", "項目は表1のとおりです。" tell it by their close.)
                or (f.n >= 5 and CJK.search(f.text) is not None)
            )
            and (is_prose[i] or _prose_above(feats, is_prose, i))
        ):
            i += 1
            continue
        cells: list[int] = []
        row = 0  # the number of the table's last numbered row ("1", "2", … each a cell alone)
        j = i + 1
        while j < n and j - i <= _TABLE_MAX_LINES:
            g = feats[j]
            # (A row's description written as sentences, between two numbered rows, is its cell.)
            if (
                g.n
                and not (is_prose[j] and _next_row(feats, j, row))
                and (
                    is_prose[j]
                    or g.n > (_CJK_TABLE_CELL_WORDS if counted_by_characters(g.text) else _TABLE_CELL_WORDS)
                    or introduces_below(g.text)
                    or (labels[j] is not None and g.n > _TABLE_WORD_CELL)
                )
            ):
                break
            if g.n:
                cells.append(j)
                if g.text.strip() == str(row + 1):
                    row += 1
            j += 1
        # The prose goes on under the table, perhaps under a heading (the last cell then).
        resumed = j < n and is_prose[j]
        # Other stories' headlines (title case, five words or more) are a list of teasers, not cells.
        # (Title case tells nothing in a line written in Chinese, Japanese or Korean, which have no
        # capitals: a spec table's "HD対応Webカメラ(ThinkShutter付)" capitalises its product names.)
        teasers = sum(
            1 for k in cells if feats[k].n >= 5 and feats[k].title_ratio >= 0.6 and not CJK.search(feats[k].text)
        )
        if len(cells) >= _TABLE_MIN_CELLS and resumed and teasers <= _TABLE_TEASER_SHARE * len(cells):
            out.add(i)
            out.update(cells)
            for k in cells:
                if labels[k] is not None:
                    labels[k] = None
        i = max(j, i + 1)
    return out


def _next_row(feats: list[Feat], j: int, row: int) -> bool:
    """Whether the table's next numbered row opens straight after line ``j``: the line after it
    (blank lines aside) is the number after ``row``, the table's last row number (1 or more).
    A sentence between two numbered rows is a cell of the table (a description written as one),
    not the article's prose resuming under it (issue #14, unseen23 gihyo-1)."""
    if row < 1:
        return False
    k = j + 1
    while k < len(feats) and not feats[k].n:
        k += 1
    return k < len(feats) and feats[k].text.strip() == str(row + 1)


def _prose_above(feats: list[Feat], is_prose: list[bool], i: int) -> bool:
    """Whether one of the two lines above line ``i`` (blank lines aside) is prose: the line is
    the article's, straight after its paragraph or under a section heading after one."""
    above = [k for k in range(i - 1, max(-1, i - 6), -1) if feats[k].n][:2]
    return any(is_prose[k] for k in above)


# A table written one cell a line with no sentence over it (a comparison chart under its heading):
# a header of title-case cells, then at least this many rows of as many cells, or one more (the
# header's corner cell over the rows' names left out), at most this many columns.
_FLAT_ROWS = 3
_FLAT_COLUMNS = 8
_FLAT_NAME_WORDS = 4


def flattened_tables(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """The lines of tables written one cell a line, read off their shape alone: a run of short
    lines (no sentence end, at most :data:`_TABLE_CELL_WORDS` words, no rule's label) holding a
    header of two to :data:`_FLAT_COLUMNS` title-case cells ("Best For", "Key Industries Served",
    "Product Range"), then :data:`_FLAT_ROWS` rows or more of as many cells, or one more (the
    corner cell over the rows' names is not written), each row opening with a name (every word
    capitalised, at most :data:`_FLAT_NAME_WORDS`: "ABB", "Boston Dynamics") and holding a cell
    written in lower case after its first word ("Diverse manufacturing applications"); a run's
    longest such table (its other short lines a heading or a contents list over it). Returns the
    header's and the rows' indices (read in time linear in the run's lines): neither prose nor page
    furniture, such a table neither ends nor splits the article (issue #14, unseen32's eweek-1: a
    buying guide's comparison chart between its introduction and its first section cut the
    introduction off). A menu, a list of tags or of other
    stories' headlines is written in title case throughout: no row of theirs holds a cell in lower
    case, and none has a header of other cells over it."""
    lines = [i for i, f in enumerate(feats) if f.n]
    cell = [
        labels[i] is None
        and feats[i].n <= _TABLE_CELL_WORDS
        and not feats[i].sentence_end
        and not CJK.search(feats[i].text)
        for i in lines
    ]
    titled = [feats[i].title_ratio == 1.0 for i in lines]
    name = [t and feats[i].n <= _FLAT_NAME_WORDS for t, i in zip(titled, lines)]
    # Title-case lines up to each position: whether a header or a row's other cells are all in title
    # case is read in one step (a long run of a menu's lines is judged in linear time).
    upto = [0]
    for t in titled:
        upto.append(upto[-1] + t)

    def all_titled(a: int, b: int) -> bool:
        return upto[b] - upto[a] == b - a

    def table_at(s: int, end: int) -> int:
        """The end (exclusive) of the longest table whose header opens at ``s``, else ``s``."""
        best = s
        for width in range(3, _FLAT_COLUMNS + 2):
            for head in (width - 1, width):
                if head < 2 or head > _FLAT_COLUMNS or s + head > end or not all_titled(s, s + head):
                    continue
                k, rows = s + head, 0
                while k + width <= end and name[k] and not all_titled(k + 1, k + width):
                    k, rows = k + width, rows + 1
                if rows >= _FLAT_ROWS and k > best:
                    best = k
        return best

    out: set[int] = set()
    pos = 0
    while pos < len(lines):
        if not cell[pos]:
            pos += 1
            continue
        end = pos
        while end < len(lines) and cell[end]:
            end += 1
        # The run's longest table (a run holds one: its other short lines are a heading or a contents
        # list over it); a table found is passed over whole, so a long one is read once.
        best: tuple[int, int] = (pos, pos)
        s = pos
        while s < end:
            stop = table_at(s, end)
            if stop - s > best[1] - best[0]:
                best = (s, stop)
            s = max(stop, s + 1)
        out.update(lines[best[0] : best[1]])
        pos = end
    return out


# A statistics report set under the article, one figure a line: a row names a thing and ends in its
# figure, as the figure recogniser reads it, a bullet or a symbol before it ("Córdoba 2099", "➡️ Casos
# totales confirmados: 2.954.943", "Ocupación de camas: 68,4%", "Vacunados con 1 dosis: 6.896.293
# personas"): a count, a percentage or a quantity. (Not a price, "Snubfighter: 34,99 Euro": a list of
# offers is lists.offer_list's; not a year, "Budget 2024", nor a date: other stories' titles, stamps.)
_REPORT_KINDS = frozenset({"count", "percent", "quantity"})
# At least this many rows, at most this many words a row or a heading between them, and at least
# half of the report's lines rows; its rows' words shared with the article's prose, at least this many.
_REPORT_ROWS = 6
_REPORT_LINE_WORDS = 16
_REPORT_SHARED_WORDS = 2


def _figure_row(text: str) -> bool:
    """Whether every line of a block is a row of a statistics report: words, then a count, a
    percentage or a quantity (:data:`_REPORT_KINDS`) closing the line; no date stamp."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        found = find_figures(line)
        if not found or is_stamp(line):
            return False
        last = found[-1]
        label = line[: last.start]
        if last.kind not in _REPORT_KINDS or line[last.end :].strip(" .") or not any(ch.isalpha() for ch in label):
            return False
    return bool(lines)


def figure_report_under(
    feats: list[Feat], phrases: list[tuple[str, str] | None], end: int, body_vocab: set[str]
) -> list[int]:
    """The lines of a statistics report straight under the article's last paragraph (block
    ``end``): :data:`_REPORT_ROWS` or more rows each naming a thing and ending in its figure
    ("Buenos Aires 12208", "Casos totales confirmados: 2.954.943"; :func:`_figure_row`), with short
    lines between them that are no sentence (its headings: "Provincia / Confirmados del día", "3.
    CASOS POSITIVOS", a source's address), at least half of its lines rows, no line a phrase rule's,
    and its rows naming :data:`_REPORT_SHARED_WORDS` words of the article's prose (``body_vocab``):
    a case count by region or a ministry's figures the article reports, a flattened table of it.
    Run rules read such short lines as a menu or a headline list; other stories' headlines end in
    no figure, and a data widget beside the article (tables.widget_tables) shares no word with it.
    The report ends at its last row; empty when there is none."""
    run: list[int] = []
    rows = lines = 0
    for k in range(end + 1, len(feats)):
        f = feats[k]
        if not f.n:
            continue
        if phrases[k] is not None or f.n > _REPORT_LINE_WORDS or is_stamp(f.text):
            break
        if _figure_row(f.text):
            rows += 1
        elif f.sentence_end:
            break
        lines += 1
        run.append(k)
    while run and not _figure_row(feats[run[-1]].text):
        lines -= 1
        run.pop()
    if rows < _REPORT_ROWS or 2 * rows < lines:
        return []
    shared = {w for k in run if _figure_row(feats[k].text) for w in feats[k].vocab if w in body_vocab}
    return run if len(shared) >= _REPORT_SHARED_WORDS else []
