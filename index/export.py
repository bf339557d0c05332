"""Markdown export of a comparison, the fact sheet and the quotes; writing exports safely.

Article text is untrusted: every piece of it that lands in the Markdown is escaped so it cannot
open a table cell, start a heading or list, inject HTML or a link, or smuggle terminal controls.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.align import Alignment, ArticleLike, Span
from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.analysis.facts import Fact, Named, sheet_year, source_names, timeline
from waic_reader.index.corpus.markdown import article_shown
from waic_reader.index.corpus.text import counted, visible

if TYPE_CHECKING:
    from waic_reader.index.analysis.language import NotAnalysed
    from waic_reader.index.analysis.quotes.sheet import QuoteSheet

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    """One line of inline Markdown showing ``text`` literally (safe inside a table cell too)."""
    text = visible(text, keep_newlines=True)
    text = " ".join(text.split())  # newlines would end a table row or a list item
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A leading "-", "1." or ">" would turn a quoted sentence into a list or quote.
    return re.sub(r"^(\d+)\.", r"\1\\.", re.sub(r"^-", r"\\-", text))


def _name(article: ArticleLike, label: str | None = None) -> str:
    """The article's outlet (``label``: its one spelling in the corpus, when known) and doc id."""
    label = label or getattr(article, "label", None) or article.doc
    return escape(label if label == article.doc else f"{label} ({article.doc})")


def _quote(span: Span | None, article: ArticleLike) -> str:
    """``span`` of ``article`` as the reader shows it (a Markdown article's syntax hidden), escaped."""
    return escape(article_shown(article, span.start, span.end)) if span is not None else ""


def comparison_markdown(alignment: Alignment, a: ArticleLike, b: ArticleLike) -> str:
    """The comparison as a side-by-side table in reading order, then the one-sided sentences."""
    an, bn = _name(a), _name(b)
    extra = sum(p.extra for p in alignment.pairs)
    lines = [
        f"# Comparison: {an} vs {bn}",
        "",
        f"- **A**: {an}",
        f"- **B**: {bn}",
        f"- {len(alignment.pairs)} paired sentences ({extra} of them splits), "
        f"{len(alignment.only_a)} only in A, {len(alignment.only_b)} only in B "
        f"(similarity threshold {alignment.threshold:.2f}; a pair below it is marked *vouched*)",
        "",
        "Key: *score* is the similarity of a pair (0 to 1); *moved* means the pair is out of the "
        "order the two articles otherwise share; *split* means one article says in two sentences "
        "what the other says in one; a dash marks a sentence the other article does not have. "
        f"Two sentences pair at the similarity threshold ({alignment.threshold:.2f}) or above; "
        f"*vouched* marks a pair kept below it, down to {alignment.floor:.2f}, because its place "
        "between two pairs above it or a figure both sentences report vouches for it (a split "
        "half: because its partner says most of it), or, at any score, because both sentences "
        "quote the same words.",
        "",
        "## Side by side",
        "",
        f"| A: {an} | B: {bn} | score |",
        "|---|---|---|",
    ]
    for row in alignment.rows():
        if row.pair is None:
            note = "—"
        else:
            flags = [
                f
                for f, on in (
                    ("moved", row.pair.moved),
                    ("split", row.pair.extra),
                    ("vouched", alignment.vouched(row.pair)),
                )
                if on
            ]
            note = f"{row.pair.score:.2f}" + (f" ({', '.join(flags)})" if flags else "")
        lines.append(f"| {_quote(row.a, a)} | {_quote(row.b, b)} | {note} |")
    for title, spans, article in (
        (f"Only in A: {an}", alignment.only_a, a),
        (f"Only in B: {bn}", alignment.only_b, b),
    ):
        lines += ["", f"## {title}", ""]
        lines += [f"- {_quote(s, article)}" for s in spans] or ["_(none)_"]
    return "\n".join(lines) + "\n"


def facts_markdown(facts: Sequence[Fact], articles: Sequence[Named], not_analysed: Sequence[NotAnalysed] = ()) -> str:
    """The fact sheet as the screen shows it: one row per fact (its label, whether its sources
    agree, its values in date order with their sources), disagreements first, then facts several
    articles report, then single-source ones; then the grounds for each grouping; then the
    articles ``not_analysed`` (another language: their figures are not read), as the screen's
    heading and the text output name them. The table has three columns however many articles
    there are."""
    names = source_names(articles)
    # Counted as the screen shows them (t13av N19: "facts from 21 articles" where 6 were not
    # read, so "7 in disagreement" seemed to cover their figures): the articles read, then those
    # not, listed at the end as the quotes export lists its own.
    unread = {n.doc for n in not_analysed}
    read = sum(1 for a in articles if a.doc not in unread)
    head = f"{len(facts)} facts from {read} articles"
    if unread:
        head += f" ({len(unread)} not analysed, listed at the end)"
    year = sheet_year(facts)  # one form for every date of the sheet
    shared = [f for f in facts if f.sources > 1]
    ordered = [f for f in shared if not f.agree] + [f for f in shared if f.agree] + [f for f in facts if f.sources <= 1]
    lines = [
        "# Fact sheet",
        "",
        f"{head}; {len(shared)} reported by more than one, {sum(not f.agree for f in facts)} in disagreement.",
        "",
        "Key: each row is one fact. *status* is **DISAGREE** when its figures conflict, *agree* when "
        'all are compatible ("over 800" and "800" are), *1 source* when one article reports it. '
        "*values and sources* lists the values in the articles' date order, a value again each time it "
        "comes back after another, with the date and outlet of each article that reports it: "
        "12 (14 Mar 08:10, AP) → 14 (14 Mar 11:30, Reuters) → 12 (15 Mar, BBC); "
        "reports nothing orders (one day without a time) are listed by value: [14 (AP) · 15 (NTB)]. "
        "Figures are grouped only when they count the same thing; the grounds are listed below.",
        "",
        "| fact | status | values and sources, by date |",
        "|---|---|---|",
    ]
    for f in ordered:
        status = {"single source": "1 source", "disagree": "**DISAGREE**"}.get(f.status, f.status)
        lines.append(f"| {escape(f.label)} | {status} | {escape(timeline(f, names, year=year))} |")
    lines += ["", "## Grounds", ""]
    lines += [f"- **{escape(f.label)}**: {escape(f.grounds)}" for f in shared] or ["_(no shared facts)_"]
    if not_analysed:
        # Their figures are not read: said, not left as outlets that reported none.
        lines += ["", "## Not analysed", ""]
        lines += [f"- {escape(names.get(n.doc, n.doc))} ({escape(n.reason)})" for n in not_analysed]
    return "\n".join(lines) + "\n"


# The first line of every file this app exports: the corpus scan skips such files, so an
# export that ends up in a corpus folder never becomes an article. An HTML comment: invisible
# when the Markdown is rendered.
EXPORT_MARK = "<!-- exported by waic-reader; not an article -->"


def is_export(text: str) -> bool:
    """Whether ``text`` (a file's decoded text) was written by :func:`write_export`."""
    return text.lstrip("\ufeff").startswith(EXPORT_MARK)


def empty_name_reason(*, stdout: bool = False) -> str:
    """What an export asked to be written under an empty or blank name is told, one wording for
    the CLI (``stdout``: where ``-`` means standard output) and the TUI's export box."""
    what = "a file name or '-' for stdout" if stdout else "a file name"
    return f"expected {what}, got an empty name"


def write_export(
    path: Path | str,
    text: str,
    *,
    force: bool = False,
    corpus_root: Path | None = None,
    make_folder: Path | None = None,
) -> Path:
    """Write an export to ``path`` (UTF-8, :data:`EXPORT_MARK` first), refusing to overwrite an
    existing file unless ``force`` and never following a symbolic link (even with ``force``).
    With ``force`` an existing file is replaced, never written into: a new file is written beside
    it and renamed over it, so a hard link to an article keeps the article (issue 13).
    With ``corpus_root``, a path inside that folder is refused. A missing folder is refused
    ("could not write the export (its folder … does not exist)"), the same from the CLI and the
    TUI, except in ``make_folder`` (the proposed export folder, which may not exist yet) or
    under it: those are made, after the checks (issue 13 F9: the TUI made any missing folder,
    ``../t13s17/kb/notes/z.md`` typed from the wrong place made three, while the CLI refused).

    Returns the file written as its real path: absolute, its folders' symbolic links and ``..``
    resolved (``/tmp/h/lnk/../out.md``, ``lnk`` a link to ``/data/corpus``, is written to
    ``/data/out.md`` and returned so: the notice names the file the user will find, t13i).

    Raises ``FileExistsError`` (exists, no ``force``), ``PermissionError`` (inside the corpus),
    ``IsADirectoryError`` (``path`` is a folder) or ``OSError`` with ``errno.ELOOP`` (a symbolic link); the check and the open are one
    ``open(2)`` call, so a file or link that appears in between is not written through either.
    """
    path = Path(path)
    if corpus_root is not None and _inside(path, corpus_root):
        raise PermissionError(errno.EACCES, "inside the corpus folder; exports are never written there", str(path))
    if (other := _indexed_corpus(path)) is not None:
        raise PermissionError(
            errno.EACCES,
            f"inside {other}, a corpus folder waic-reader has indexed; exports are never written there",
            str(path),
        )
    if path.is_symlink():
        raise OSError(errno.ELOOP, "is a symbolic link; not writing through it", str(path))
    if path.is_dir():  # said of the folder given, not of a temporary file made in it (--force)
        raise IsADirectoryError(errno.EISDIR, "is a folder: give the export a file name in it", str(path))
    parent = path.parent
    if not parent.is_dir():
        if make_folder is None or not _inside(parent, make_folder):
            where = parent.expanduser().absolute()
            raise FileNotFoundError(
                errno.ENOENT, f"could not write the export (its folder {where} does not exist)", str(path)
            )
    try:
        if not parent.is_dir():
            parent.mkdir(parents=True, exist_ok=True)
        if force:
            _replace(path, EXPORT_MARK + "\n\n" + text)
            return _real(path)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags, 0o644)
        except FileExistsError:
            # Said as a fact: what the user can do instead is the caller's to say (a CLI flag, a TUI box).
            raise FileExistsError(errno.EEXIST, "already exists", str(path)) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise OSError(errno.ELOOP, "is a symbolic link; not writing through it", str(path)) from None
            raise
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(EXPORT_MARK + "\n\n" + text)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ELOOP) and exc.filename == str(path):
            raise  # said above
        # What failed, plainly, of the file asked for: "could not write the export (No such file
        # or directory): /proc/x.md", never a temporary file's name (--force writes one beside it).
        reason = exc.strerror or str(exc)
        raise type(exc)(exc.errno, f"could not write the export ({reason})", str(path)) from None
    return _real(path)


def _real(path: Path) -> Path:
    """``path`` as the file system finds it: its folder resolved (links, ``..``), its own name
    kept (an export is never a link: :func:`write_export` refuses one)."""
    full = path.expanduser().absolute()
    return full.parent.resolve() / full.name


def _replace(path: Path, content: str) -> None:
    """Write ``content`` to a new file beside ``path`` and rename it over ``path``: the old file
    is never opened for writing, so a hard link to it (an article of the corpus, say) keeps its
    text, and a reader never sees a half-written export. A symbolic link put at ``path`` after
    the check is replaced, not written through (rename does not follow links)."""
    folder = path.parent
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        temp = folder / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, flags, 0o644)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary name beside it", str(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (which need not exist) lies in ``folder``, symbolic links resolved."""
    return path.expanduser().absolute().resolve().is_relative_to(folder.resolve())


def _indexed_corpus(path: Path) -> Path | None:
    """The folder holding ``path`` (symbolic links of its folders resolved) that waic-reader has
    indexed as a corpus (it has an index in the cache directory), if any: an export given as
    ``link/z.md``, ``link`` a symbolic link to another corpus, must not become an article there.
    One ``stat`` per folder up to the root."""
    from waic_reader.index.paths import default_index_dir

    real = path.expanduser().absolute().resolve()
    for folder in real.parents:
        if default_index_dir(folder).is_dir():
            return folder
    return None


def export_folder(corpus_root: Path | None = None) -> Path:
    """Where exports are proposed: ``~/Documents/waic-reader`` when there is a Documents
    folder, else ``exports`` in the data directory (never the corpus, never the working
    directory, which may be the corpus). A folder :func:`write_export` would refuse (inside
    ``corpus_root`` or another indexed corpus: the corpus is ``~/Documents`` or holds it) is
    passed over for the next (issue 13)."""
    from waic_reader.index.paths import data_dir

    documents = Path.home() / "Documents"
    candidates = [documents / "waic-reader"] if documents.is_dir() else []
    candidates.append(data_dir() / "exports")
    for folder in candidates:
        if not _refused(folder / "export.md", corpus_root):
            return folder
    return candidates[-1]  # refused when written, with the reason; the user edits the path


def _refused(path: Path, corpus_root: Path | None) -> bool:
    """Whether :func:`write_export` refuses ``path`` for where it is."""
    return (corpus_root is not None and _inside(path, corpus_root)) or _indexed_corpus(path) is not None


def proposed_export_path(stem: str, corpus_root: Path | None = None) -> Path:
    """A free ``STEM.md`` (or ``STEM-N.md``) in :func:`export_folder`."""
    folder = export_folder(corpus_root)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in stem).strip(".-") or "export"
    for n in range(1, 10_000):
        candidate = folder / (f"{safe}.md" if n == 1 else f"{safe}-{n}.md")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    return folder / f"{safe}-{os.getpid()}.md"


def quotes_markdown(sheet: QuoteSheet) -> str:
    """The quotes by speaker: each statement with the outlets' wordings side by side.

    Changed words of an ``altered`` statement are in bold; boilerplate quotes are left out; the
    quotes no speaker is found for and the articles not analysed (another language) follow the
    speakers, as the text output and the Quotes screen give them.
    """
    from waic_reader.index.analysis.quotes.sheet import UNATTRIBUTED

    articles = sheet.articles
    names = {a.doc: _name(a, sheet.label(a.doc)) for a in articles}
    by_doc = {a.doc: a for a in articles}
    multi = [st for st in sheet.attributed if len(st.members) > 1]
    # Counted as the screen shows them: the articles read for speakers apart from those in
    # another language (said below), the quotes no speaker is found for too (t13y G15: the
    # header counted all 12 articles where 3 were not read, and the unattributed were left out).
    unread = {n.doc for n in sheet.not_analysed}
    read = sum(1 for a in articles if a.doc not in unread)
    head = (
        f"{counted(len(sheet.attributed), 'statement')} by {counted(len(sheet.speakers), 'speaker')} in "
        f"{counted(read, 'article')}"
    )
    if unread:
        head += f" ({len(unread)} not analysed, listed at the end)"
    head += f"; {len(multi)} reported by more than one article"
    if sheet.unattributed:
        head += f"; {counted(len(sheet.unattributed), 'statement')} with no speaker found"
    lines = [
        "# Quotes",
        "",
        head + ".",
        "",
        "Key: each row is one statement; a cell is how that article words it (*direct* quote, *partial* "
        "quote inside reported speech, or *reported* without quotation marks). *wording*: **same** (the "
        "same quoted words), **altered** (quoted words differ; changed words in bold), **paraphrase** (one "
        "article reports what another quotes), **single** (one article only).",
    ]
    for speaker, sts in sheet.speakers:
        docs = [a.doc for a in articles if any(q.doc == a.doc for st in sts for q in st.members)]
        lines += ["", f"## {escape(speaker.name)} ({escape(label_name(speaker.type))})", ""]
        lines.append("| " + " | ".join(names[d] for d in docs) + " | wording |")
        lines.append("|" + "---|" * (len(docs) + 1))
        for st in sts:
            cells = []
            for d in docs:
                parts = []
                for i, q in enumerate(st.members):
                    if q.doc == d:
                        parts.append(f"*{q.kind}*: {_marked_cell(q, st.changed.get(i, []), by_doc.get(q.doc))}")
                cells.append(" / ".join(parts))
            flag = st.wording
            if st.credited_apart:
                flag += " (credited to " + ", ".join(escape(s.name) for s in st.speakers) + ")"
            lines.append("| " + " | ".join(cells) + f" | {flag} |")
    if sheet.unattributed:
        # As the text output and the Quotes screen's last row list them: one quote a row, in
        # corpus and reading order.
        lines += [
            "",
            f"## {escape(UNATTRIBUTED.name)} (no speaker found)",
            "",
            "| article | kind | quote |",
            "|---|---|---|",
        ]
        for st in sheet.unattributed:
            for q in st.members:
                lines.append(f"| {names[q.doc]} | *{q.kind}* | {_marked_cell(q, [], by_doc.get(q.doc))} |")
    if sheet.not_analysed:
        # Their quotes' speakers are not read: said, not left as outlets that quoted nobody.
        lines += ["", "## Not analysed", ""]
        lines += [f"- {escape(n.doc)} ({escape(n.reason)})" for n in sheet.not_analysed]
    return "\n".join(lines) + "\n"


def _marked_cell(q: Any, changed: list[tuple[int, int]], article: ArticleLike | None = None) -> str:
    """``q``'s quoted words (a split quote's parts joined by " … ", its cue left out), the
    ``changed`` words in bold; as the reader shows ``article``'s text (a Markdown article's
    syntax hidden) when it is given."""

    def raw(s: int, e: int) -> str:
        return article_shown(article, s, e) if article is not None else q.text[s - q.start : e - q.start]

    def plain(s: int, e: int) -> str:
        # escape() trims the text's ends: the spaces between it and a bold run are put back,
        # else "reach **those** still" was exported "reach**those**still" (t13x F13).
        text = raw(s, e)
        if not text.strip():
            return " " if text else ""
        return (" " if text[0].isspace() else "") + escape(text) + (" " if text[-1].isspace() else "")

    cells = []
    for ps, pe in q.parts:
        runs: list[list[int]] = []
        for s, e in sorted(changed):
            s, e = max(s, ps), min(e, pe)
            if s >= e:
                continue
            if runs and not raw(runs[-1][1], s).strip():
                runs[-1][1] = max(runs[-1][1], e)  # changed words in a row: one bold run
            else:
                runs.append([s, e])
        out, pos = [], ps
        for s, e in runs:
            out.append(plain(pos, s))
            out.append(f"**{escape(raw(s, e))}**")
            pos = e
        out.append(plain(pos, pe))
        cells.append("".join(out).strip())
    return " … ".join(cells)
