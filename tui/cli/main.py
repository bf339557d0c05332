"""``waic-reader``: the command line. No command opens the TUI; commands print text or ``--json``.

Commands call the same :mod:`waic_reader.index` functions as the TUI. Text output passes every
string from the corpus through :func:`visible`, so no control sequence reaches the terminal;
``--json`` keeps the original text (JSON escapes control characters itself). Errors go to stderr
as one line with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from waic_reader.index.corpus.reader import CorpusError, in_order, to_show_json
from waic_reader.index.corpus.text import counted, one_line, visible
from waic_reader.index.errors import BuildWorkerDied, IndexBusy, IndexUntrusted, QueryError, YamlError, os_error_text
from waic_reader.tui.cli.output import emit_json, json_text, out, records_json_text, text_columns

from . import commands

if TYPE_CHECKING:
    from waic_reader.index.search.model import SyncReport


def _version() -> str:
    # importlib.metadata costs ~40 ms to import: only for --version, never at start-up.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("waic-reader")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked for."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str = argparse.SUPPRESS,
        default: str = argparse.SUPPRESS,
        help: str = "show the version and exit",
    ) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"waic-reader {_version()}\n")  # on stdout, as argparse's own
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line on stderr, as every error (README), exit 2: argparse's usage lines before it
        # are left out, the command's --help named instead (acceptance #17 after s13, fault 6).
        said = " ".join(visible(message).split())
        self.exit(2, f"{self.prog}: error: {said} (see {self.prog} --help)\n")


SORT_KEYS = ("date", "outlet", "title", "words", "noise")  # the library's sort keys


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="waic-reader",
        description="Read one news event through many outlets' eyes. With no command, opens the terminal app.",
        epilog='Queries: words (all must match), OR, NOT, "phrases", prefix*, title: outlet: entity: fields.',
    )
    p.add_argument("--version", action=_VersionAction)
    p.add_argument(
        "--corpus",
        metavar="DIR",
        help=CORPUS_HELP,
    )
    p.add_argument("--index-dir", metavar="DIR", help=INDEX_DIR_HELP)
    p.add_argument("--open", metavar="DOC", help="open the TUI straight into this article")
    p.add_argument("--compare", nargs=2, metavar=("A", "B"), help="open the TUI comparing two articles")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("search", help="full-text search")
    s.add_argument("query", nargs="?", help="the query (see below)")
    s.add_argument("--limit", type=int, default=20, help="at most N hits (default 20)")
    s.add_argument("--batch", metavar="FILE", help="one query per line ('-' for stdin); one JSON line each")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("show", help="an article's text and blocks")
    s.add_argument("doc", help="doc id or a unique prefix of it")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("index", help="build or update the index and report skipped files")
    s.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("list", help="the articles of the corpus")
    s.add_argument(
        "--sort",
        choices=SORT_KEYS,
        help="order by date (oldest first, undated last), outlet or title (A-Z), words or noise (most first);"
        " default: folder order",
    )
    s.add_argument("--json", action="store_true")

    for register in commands.EXTRA_COMMANDS:
        register(sub)
    # The folders may follow the command too (`waic-reader list --corpus DIR`), as users type it;
    # SUPPRESS keeps the value given before the command when none is given after it.
    for command in sub.choices.values():
        command.add_argument("--corpus", metavar="DIR", default=argparse.SUPPRESS, help=CORPUS_HELP)
        command.add_argument("--index-dir", metavar="DIR", default=argparse.SUPPRESS, help=INDEX_DIR_HELP)
    return p


CORPUS_HELP = (
    "folder of articles: .txt, .md, .html/.htm pages, .rss/.atom/.xml feeds, .jsonl/.ndjson/.json/.csv"
    " exports; subfolders too (default: the bundled seeds)"
)
INDEX_DIR_HELP = "where to keep the index (default: user cache dir)"


def _fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"waic-reader: {visible(one_line(message))}\n")
    return code


def _note(message: str) -> None:
    sys.stderr.write(f"waic-reader: {visible(one_line(message))}\n")


def ensure_index(ws: commands.WorkspaceT, rebuild: bool = False) -> SyncReport:
    """The index brought up to date, saying on stderr what the user should know: another
    process is writing it or it could not be updated (the existing index is used), or it was
    rebuilt because it could not be trusted or read."""
    report = ws.ensure_index(rebuild=rebuild, on_wait=_note)
    if ws.busy_message:
        _note(ws.busy_message)
    elif report.rebuilt and report.reason.startswith(("index refused", "index damaged")):
        _note(f"index rebuilt: {report.reason}")
    return report


def cmd_search(ws: commands.WorkspaceT, args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        return _fail("--limit must be at least 1", 2)
    ensure_index(ws)
    if args.batch:
        return _search_batch(ws, args)
    if not args.query:
        return _fail("search needs a QUERY (or --batch FILE)", 2)
    results = ws.search(args.query, limit=args.limit)
    if args.json:
        data = results.to_json()
        data.pop("elapsed_ms")
        emit_json(data)
        return 0
    verb = "matches" if results.total == 1 else "match"  # as the search screen says
    about = "" if results.total_exact else "about "  # an estimated phrase count, as the screen says
    out(f"{about}{counted(results.total, 'article')} {verb} {results.query}")
    if note := results.reading_note():
        out(f"({note})")  # boost (^2) is not supported: searched fire
    for h in results.hits:
        where = "" if h.where == ["content"] else f"  [{'+'.join(h.where)}]"
        out(f"\n{h.doc}  {one_line(h.outlet or '-')}  {one_line(h.title, 70)}  ({h.score:.2f}){where}")
        out(f"    {h.snippet}")
    return 0


def _search_batch(ws: commands.WorkspaceT, args: argparse.Namespace) -> int:
    source = sys.stdin if args.batch == "-" else None
    try:
        lines = (source.read() if source else Path(args.batch).read_text("utf-8")).splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.batch}: {getattr(exc, 'strerror', None) or exc}")
    failures = 0
    for line in lines:
        query = line.strip()
        if not query or query.startswith("#"):
            continue
        try:
            data = ws.search(query, limit=args.limit).to_json()
        except QueryError as exc:
            failures += 1
            data = {"query": query, "error": str(exc), "total": 0, "hits": []}
        if args.json:
            sys.stdout.write(json_text(data, indent=None) + "\n")
        else:
            out(
                f"{data.get('elapsed_ms', 0):8.2f} ms  {data['total']:6d}  {query}"
                + (f"  error: {data['error']}" if "error" in data else "")
                + (f"  ({', '.join(data['unsupported'])} not supported)" if data.get("unsupported") else "")
            )
    return 1 if failures else 0


def cmd_show(ws: commands.WorkspaceT, args: argparse.Namespace) -> int:
    article = ws.article(args.doc)
    if args.json:
        data = to_show_json(article)
        # A year-less date resolved, a zone-less time given its outlet's zone, as `list` does.
        date, zone = ws.article_dating(article)
        data["date"] = date
        if zone is not None:
            data["date_zone"], data["date_note"] = zone.zone, zone.note
        emit_json(data)
        return 0
    out(one_line(article.title))  # one line each: text from the file cannot add rows
    from waic_reader.index.corpus.date_values import readable

    iso, zone = ws.article_dating(article)
    date = readable(iso)
    out(
        f"{one_line(article.outlet or '-')}  ·  {article.doc}  ·  {date + '  ·  ' if date else ''}{counted(article.word_count, 'word')}"
    )
    for note in article.notes:
        out(f"note: {one_line(note)}")
    if zone is not None and zone.note is not None:
        out(f"note: {one_line(zone.note)}")
    out()
    # A hard-wrapped paragraph of plain text is printed as one paragraph, its line breaks and
    # indentation shown as spaces (the terminal wraps it), as the reader shows it; ``--json``
    # keeps the text as written, which every offset points into.
    from waic_reader.index.corpus.blocks import joined_shown, known_words

    # A Markdown article is printed rendered, as the reader shows it (no `#`, `**`, `[..](..)`;
    # s18 #13 re-test: `show` printed the syntax the README says every text output hides).
    from waic_reader.index.corpus.markdown import article_shown, table_rule

    known = known_words(article.text) if article.format == "text" else frozenset()
    for b in article.blocks:
        joined = joined_shown(b.text, known) if article.format == "text" else None
        if joined is not None:
            out(joined.text)
        elif article.format == "markdown":
            shown = article_shown(article, b.start, b.end)
            if shown or not table_rule(b.text):  # a pipe table's separator row shows as nothing
                out(shown)
        else:
            out(b.text)
    return 0


def cmd_index(ws: commands.WorkspaceT, args: argparse.Namespace) -> int:
    report = ensure_index(ws, rebuild=args.rebuild)
    warnings = ws.metadata_warnings()  # reads the rows: files it cannot read join the skipped
    skipped = in_order([*ws.skipped, *report.skipped])
    if args.json:
        data = report.to_json()
        data["skipped"] = [s.to_json() for s in skipped]
        data["metadata_errors"] = warnings
        emit_json(data)
        return 0
    how = f"rebuilt ({report.reason})" if report.rebuilt else "not updated" if ws.busy_message else "up to date"
    if report.added or report.updated or report.removed:
        how = f"updated: {len(report.added)} added, {len(report.updated)} changed, {len(report.removed)} removed"
    out(f"{report.indexed} articles indexed in {report.index_dir}: {how} ({report.seconds:.2f} s)")
    for s in skipped:
        out(f"skipped {s.path}: {one_line(s.reason)}")
    for e in warnings:
        out(f"warning: {one_line(e)}")
    return 0


def cmd_list(ws: commands.WorkspaceT, args: argparse.Namespace) -> int:
    rows = ws.list_rows()
    if args.sort:
        from waic_reader.index.corpus.listing import sort_rows

        rows = sort_rows(rows, args.sort)
    if args.json:
        # One article a line: at 20,000 articles the indented encoder alone took ~0.8 s.
        sys.stdout.write(records_json_text({"articles": rows, "skipped": [s.to_json() for s in ws.skipped]}) + "\n")
        return 0
    from waic_reader.index.corpus.date_values import readable

    # Columns aligned in terminal cells (doc ids of any length, CJK outlets and titles); dates
    # whole, in the library's readable local form ("14 Mar 2025 19:52", "14 Mar", "Mar 2025").
    dates = {d: visible(one_line(readable(d) or "-")) for d in {r["date"] for r in rows}}  # each distinct date once
    cells = [
        [
            visible(one_line(r["doc"])),
            visible(one_line(r["outlet"] or "-")),
            dates[r["date"]],
            counted(r["words"], "word"),
            visible(one_line(r["title"])),
        ]
        for r in rows
    ]
    lines = text_columns(cells, caps=(None, 24, None, None, 70), right=(False, False, False, True))
    if lines:  # every cell is shown with visible() already: written in one go, not line by line
        sys.stdout.write("\n".join(lines) + "\n")
    return 0


HANDLERS: dict[str, Callable[[commands.WorkspaceT, argparse.Namespace], int]] = {
    "search": cmd_search,
    "show": cmd_show,
    "index": cmd_index,
    "list": cmd_list,
}


def pause_collector_for_start() -> None:
    """Turn Python's cyclic garbage collector off until the app's first screen has painted (the
    app turns it on again then: ``WaicReaderApp.start_background_work``).

    Textual's import, the library's rows (20,000 of them: ~300,000 objects from
    ``listing.json``) and the first layout allocate fast enough to run ~300 collections, two of
    them full ones that walk every object, before the first paint: 100-150 ms of a 20,000-article
    start's ~800 ms of CPU (measured with ``gc.callbacks`` in the bench harness). Nothing made
    before the first paint is garbage in cycles worth collecting that soon."""
    gc.disable()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            pause_collector_for_start()
            try:
                from waic_reader.tui.app import run_app  # Textual is imported only when the TUI is wanted

                return run_app(args)
            finally:
                gc.enable()  # on already once the app painted; this is for a start that failed before
        # A command is a batch run: collect young objects every 50,000 allocations, not 700. The
        # listing's 20,000 rows (~300,000 objects read from listing.json) otherwise ran hundreds
        # of collections, full ones among them, in every `list`: 0.66-0.76 s → 0.59-0.68 s for
        # `list --json` at 20,000 (4 runs each, load < 1), the same peak memory.
        # (Set back after: a caller of main() in a long process keeps its own.)
        thresholds = gc.get_threshold()
        gc.set_threshold(50_000, 20, 20)
        try:
            ws = commands.open_workspace(args)
            handler = HANDLERS.get(args.command) or commands.EXTRA_HANDLERS[args.command]
            code = handler(ws, args)
            if args.command != "index":  # `index` reports them with its result
                for error in ws.meta_errors:
                    sys.stderr.write(f"waic-reader: warning: {visible(one_line(error, 500))}\n")
            return code
        finally:
            gc.set_threshold(*thresholds)
    except (CorpusError, QueryError, YamlError, IndexBusy, IndexUntrusted, BuildWorkerDied, ValueError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        return _fail(os_error_text(exc))
    except KeyboardInterrupt:
        return 130


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
