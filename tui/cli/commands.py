"""CLI commands over the analyses (noise, entities, compare, facts) and shared CLI helpers.

Kept apart from :mod:`cli` so that module stays the parser and the core commands; each
command here registers its sub-parser in ``EXTRA_COMMANDS`` and its handler in
``EXTRA_HANDLERS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from waic_reader.index.corpus.text import counted
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.output import emit_json, out, text_columns

WorkspaceT = Workspace

EXTRA_COMMANDS: list[Callable[[Any], None]] = []
EXTRA_HANDLERS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {}


def open_workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(args.corpus, args.index_dir)


# ---------------------------------------------------------------------------------------------
# noise, entities, compare, facts, export


def _refs(args: argparse.Namespace) -> list[str] | None:
    """The DOC arguments, or None for every article."""
    return list(args.docs) if args.docs else None


def _report_skipped(skipped: list[tuple[str, str]]) -> None:
    """Unreadable articles, one line each on stderr: the command goes on without them."""
    from waic_reader.index.corpus.text import visible

    for doc, why in skipped:
        sys.stderr.write(f"waic-reader: skipped {visible(doc)}: {visible(why)}\n")


def _report_warnings(ws: Workspace) -> None:
    """What the workspace warned of (a corrupt file of the index folder made again,
    ``Workspace.take_warnings``), one line each on stderr."""
    from waic_reader.index.corpus.text import visible

    for warning in ws.take_warnings():
        sys.stderr.write(f"waic-reader: warning: {visible(warning)}\n")


def _register_noise(sub: Any) -> None:
    p = sub.add_parser("noise", help="boilerplate split off each article, with kinds and reasons")
    p.add_argument("docs", nargs="*", metavar="DOC", help="doc ids or prefixes (default: every article)")
    p.add_argument("--json", action="store_true")


def cmd_noise(ws: Workspace, args: argparse.Namespace) -> int:
    from waic_reader.index.analysis.noise import noise_json
    from waic_reader.index.analysis.noise.split import reason_as_shown
    from waic_reader.index.corpus.text import one_line, visible

    items, skipped = ws.noise(_refs(args), open_built=True)
    _report_skipped(skipped)
    problem = ws.marks_error
    if problem:
        sys.stderr.write(f"waic-reader: {visible(problem)}\n")
    orphans = ws.orphan_marks(_refs(args))
    if args.json:
        emit_json({**noise_json(items), "orphan_marks": [o.to_json() for o in orphans]})
        return 0
    if orphans:
        from waic_reader.index.analysis.overrides import orphans_said

        out(f"{orphans_said(len(orphans))}:")
        for o in orphans:
            out(f"  {visible(o.doc)}  {o.mark:<7} {visible(one_line(o.text, 60))}")
        out()
    for article, split in items:
        out(f"{article.doc}  {one_line(article.title, 70)}")
        content, noise = len(split.content), len(split.noise)
        out(f"  {content} content block{'s' if content != 1 else ''}, {noise} noise block{'s' if noise != 1 else ''}")
        for seg in split.noise:
            out(f"  - {seg.kind:<15} {one_line(seg.text, 60)}")
            out(f"    {reason_as_shown(article, seg) or ''}")  # quoting the text as shown
        out()
    return 0


def _register_entities(sub: Any) -> None:
    p = sub.add_parser("entities", help="named entities and which articles mention them")
    p.add_argument("docs", nargs="*", metavar="DOC", help="doc ids or prefixes (default: the whole corpus)")
    p.add_argument("--json", action="store_true")


def cmd_entities(ws: Workspace, args: argparse.Namespace) -> int:
    from waic_reader.index.analysis.entities.labels import label_name
    from waic_reader.index.corpus.text import one_line

    if args.docs:
        # Some articles' mentions are those the corpus grouping gives them, read from the index
        # (Workspace.article_mentions), as `search who:` reads it: brought up to date first.
        from waic_reader.tui.cli.main import ensure_index

        ensure_index(ws)
    # Else an index on disk is read as it is for what it keeps of each file as it is (the
    # article as read, its boilerplate and mentions: nothing read again), as `quotes` reads it.
    table = ws.entities(_refs(args), open_built=True)
    _report_skipped(table.skipped)
    _report_warnings(ws)
    data = table.to_json(list(table.articles) if args.docs else None)
    if args.json:
        emit_json(data)
        return 0
    for entity in data["entities"]:
        content = [m for m in entity["mentions"] if m["in"] == "content"]
        by_doc: dict[str, int] = {}
        for m in content:
            by_doc[m["doc"]] = by_doc.get(m["doc"], 0) + 1
        # A long doc id cut with an ellipsis, never silently ("blogs/analys×8" read as an id).
        where = ", ".join(f"{one_line(d, 12, middle=True)}×{n}" for d, n in by_doc.items()) or "boilerplate only"
        out(f"{label_name(entity['type']):<20} {entity['name']:<40} {where}")
    for note in data["not_analysed"]:
        out(f"not analysed: {note['doc']} ({note['reason']})")
    return 0


def _register_compare(sub: Any) -> None:
    p = sub.add_parser("compare", help="align two articles sentence by sentence")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--markdown", metavar="FILE", type=_markdown_file, help="also write the comparison as Markdown ('-' for stdout)"
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never through a symbolic link)")


def _markdown_file(value: str) -> str:
    """``--markdown``'s value: a file name or ``-``; an empty one is refused (exit 2), not
    taken as "no export" (issue 13, helper s15-k #7)."""
    import argparse

    if not value.strip():
        from waic_reader.index.export import empty_name_reason

        raise argparse.ArgumentTypeError(empty_name_reason(stdout=True))
    return value


def _write_text(ws: Workspace, args: argparse.Namespace, text: str) -> None:
    """``--markdown FILE``: stdout for ``-``; else a new file (``--force`` to replace one),
    never through a symbolic link, never inside the corpus (OSError otherwise). The file's real
    path (links and ``..`` resolved) is said on stderr ("Markdown written to PATH"), so the
    output on stdout stays what it was."""
    import sys

    from waic_reader.index.export import write_export

    if args.markdown == "-":
        sys.stdout.write(text)
        return
    try:
        written = write_export(args.markdown, text, force=args.force, corpus_root=ws.root)
    except FileExistsError as exc:
        raise FileExistsError(exc.errno, f"{exc.strerror} (use --force to overwrite)", exc.filename) from None
    from waic_reader.index.corpus.text import visible

    print(f"Markdown written to {visible(str(written))}", file=sys.stderr)  # a file name is untrusted text


def cmd_compare(ws: Workspace, args: argparse.Namespace) -> int:
    from waic_reader.index.corpus.markdown import article_shown
    from waic_reader.index.corpus.text import one_line

    comparison = ws.compare(args.a, args.b)
    a, b, alignment = comparison.a, comparison.b, comparison.alignment
    if args.markdown:
        _write_text(ws, args, comparison.markdown())
        if args.markdown == "-":
            return 0
    if args.json:
        emit_json(alignment.to_json())
        return 0
    out(f"A {a.doc}  {a.label}  ·  {one_line(a.title, 60)}")
    out(f"B {b.doc}  {b.label}  ·  {one_line(b.title, 60)}")
    out(f"{len(alignment.pairs)} shared  ·  {len(alignment.only_a)} only in A  ·  {len(alignment.only_b)} only in B\n")
    # Each sentence as the reader shows it: a Markdown article's syntax hidden.
    for row in alignment.rows():
        if row.pair is not None:
            out(f"= {row.pair.score:.2f}  A: {one_line(article_shown(a, row.pair.a.start, row.pair.a.end), 100)}")
            out(f"          B: {one_line(article_shown(b, row.pair.b.start, row.pair.b.end), 100)}")
        elif row.a is not None:
            out(f"< only A   {one_line(article_shown(a, row.a.start, row.a.end), 100)}")
        elif row.b is not None:
            out(f"> only B   {one_line(article_shown(b, row.b.start, row.b.end), 100)}")
    return 0


def _register_facts(sub: Any) -> None:
    p = sub.add_parser("facts", help="figures each outlet reports, grouped across articles")
    p.add_argument("docs", nargs="*", metavar="DOC", help="doc ids or prefixes (default: every article)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--markdown", metavar="FILE", type=_markdown_file, help="also write the fact sheet as Markdown ('-' for stdout)"
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never through a symbolic link)")


def cmd_facts(ws: Workspace, args: argparse.Namespace) -> int:
    from waic_reader.index.analysis.facts import facts_to_json

    sheet = ws.fact_sheet(_refs(args))
    _report_skipped(sheet.skipped)
    facts = sheet.facts
    if args.markdown:
        _write_text(ws, args, sheet.markdown())
        if args.markdown == "-":
            return 0
    if args.json:
        data = facts_to_json(facts)
        # Articles in a language whose figures are not read: said, not left as outlets that
        # reported nothing (issue 13, t13n F19).
        data["not_analysed"] = [n.to_json() for n in sheet.not_analysed]
        emit_json(data)
        return 0
    from waic_reader.index.analysis.facts import sheet_year, source_names, timeline
    from waic_reader.index.corpus.text import counted, visible

    # Two articles of one outlet told apart by their doc ids, as the screen, the Markdown, `quotes`
    # and `timeline` name them ("Reuters (wire/reuters-0603)"; t13s F9, round s31-i).
    names = source_names(sheet.articles)
    year = sheet_year(facts)  # one form for every date listed
    shared = [f for f in facts if f.sources > 1]
    marks = ["DISAGREE" if f.status == "disagree" else f.status for f in shared]
    width = max([8, *map(len, marks)])  # "not compared" widens the column when a row says it
    for fact, mark in zip(shared, marks, strict=True):
        out(visible(f"{fact.label:<26} {mark:<{width}} {timeline(fact, names, year=year)}"))
    single = sum(1 for f in facts if f.sources < 2)
    if single:  # ("1 more figures" read wrong; none at all is no line: t13w F11)
        out(f"\n{counted(single, 'more figure', 'more figures')} reported by a single article (--json lists them)")
    for note in sheet.not_analysed:
        out(visible(f"not analysed: {note.doc} ({note.reason})"))
    return 0


def _register_quotes(sub: Any) -> None:
    p = sub.add_parser("quotes", help="who said what: quotes by speaker, lined up across articles")
    p.add_argument("docs", nargs="*", metavar="DOC", help="doc ids or prefixes (default: every article)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--markdown", metavar="FILE", type=_markdown_file, help="also write the statements as Markdown ('-' for stdout)"
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never through a symbolic link)")


def cmd_quotes(ws: Workspace, args: argparse.Namespace) -> int:
    import sys

    from waic_reader.index.analysis.entities.labels import label_name
    from waic_reader.index.analysis.facts import FactSource
    from waic_reader.index.analysis.facts.display import source_names
    from waic_reader.index.analysis.quotes.model import ELISION, Quote, Speaker
    from waic_reader.index.analysis.quotes.sheet import UNATTRIBUTED
    from waic_reader.index.corpus.markdown import article_shown
    from waic_reader.index.corpus.text import one_line, visible
    from waic_reader.index.export import quotes_markdown

    # An index on disk is read as it is for what it keeps of each file as it is (no re-analysis).
    sheet = ws.quotes([ws.resolve(r) for r in args.docs] if args.docs else None, open_built=True)
    _report_warnings(ws)
    for doc in sheet.skipped:
        why = sheet.reasons.get(doc) or "unreadable"
        sys.stderr.write(f"waic-reader: skipped {visible(doc)}: {visible(why)}\n")
    if args.markdown:
        _write_text(ws, args, quotes_markdown(sheet))
        if args.markdown == "-":
            return 0
    if args.json:
        emit_json(sheet.to_json())
        return 0
    # Two articles of one outlet told apart by their ids, as the fact sheet and the Quotes screen
    # name them ("Nordwire (wire/0812) 1, …, Nordwire (wire/0815) 1", never two bare "Nordwire 1"; t13k F10).
    labels = source_names(FactSource(a.doc, sheet.label(a.doc)) for a in sheet.articles)
    articles = {a.doc: a for a in sheet.articles}

    def quote_line(q: Quote) -> None:
        # As the reader shows it (a Markdown article's syntax hidden), a direct quote split by
        # its cue as its quoted parts joined by " … ", as `text`, the screen and --markdown
        # give it (t13t F4: the cue was printed inside the quote). out() shows control
        # characters as stand-ins.
        article = articles.get(q.doc)
        said = ELISION.join(article_shown(article, s, e) for s, e in q.parts) if article is not None else q.quoted
        out(f"    {one_line(labels[q.doc], 18, middle=True):<18} {q.kind:<8} {one_line(said, 90)}")

    def header(speaker: Speaker, kind: str, statements: int) -> None:
        where = ", ".join(f"{labels[d]} {n}" for d, n in sheet.counts(speaker).items())
        out(f"{speaker.name} ({kind}): {counted(statements, 'statement')}  ·  {where}")

    for speaker, statements in sheet.speakers:
        header(speaker, label_name(speaker.type), len(statements))
        for st in statements:
            flag = st.wording + (
                " · credited to " + ", ".join(s.name for s in st.speakers) if st.credited_apart else ""
            )
            out(f"  [{flag}]")
            for q in st.members:
                quote_line(q)
        out()
    if sheet.unattributed:
        # The quotes no speaker is found for, as --json lists them and the Quotes screen under its
        # last row (were left out of the text output; issue #13, round s32-j): one quote each, in
        # corpus and reading order.
        header(UNATTRIBUTED, "no speaker found", len(sheet.unattributed))
        for st in sheet.unattributed:
            if len(st.members) > 1:  # an unnamed source's statement several articles report
                out(f"  [{st.wording} · {', '.join(s.name for s in st.speakers)}]")
            for q in st.members:
                quote_line(q)
        out()
    for note in sheet.not_analysed:  # said, not left as outlets that quoted nobody (t13p F7)
        out(visible(f"not analysed: {note.doc} ({note.reason})"))
    return 0


def _register_timeline(sub: Any) -> None:
    p = sub.add_parser("timeline", help="articles by date; who mentioned each entity and figure first")
    p.add_argument("--json", action="store_true")


def cmd_timeline(ws: Workspace, args: argparse.Namespace) -> int:
    from waic_reader.index.analysis.timeline import change_chain
    from waic_reader.index.corpus.date_values import NEW_YEAR, readable
    from waic_reader.index.corpus.text import one_line, visible

    timeline = ws.timeline()
    if args.json:
        emit_json(timeline.to_json(zones=True))
        return 0
    if not timeline.articles:  # an empty folder printed nothing at all (#17 after s15, fault 8)
        out("No articles.")
        return 0
    # Padded by terminal cells, as ``list`` pads (a CJK outlet or title takes two a character).
    rows = [
        [
            readable(a.date) or "undated",
            visible(one_line(a.outlet or "-")),
            visible(one_line(a.doc)),
            visible(one_line(a.title)),
        ]
        for a in timeline.articles
    ]
    lines = text_columns(rows, caps=(None, 18, None, 60))
    if lines:  # every cell is shown with visible() already
        sys.stdout.write("\n".join(lines) + "\n")
    if timeline.yearless:  # as the screen's axis places them (acceptance #17-3)
        out("\nNo date has a year: the dates are placed by day and month, the year unknown.")
        if timeline.year_start != NEW_YEAR:  # a run over New Year: December first (timeline.year_start)
            days = [a.date for a in timeline.articles if a.date]
            out(f"They are taken as one run over New Year, {readable(days[0])} – {readable(days[-1])}.")
    span = timeline.range_json()
    if span is not None and (span["before"] or span["after"]):
        # Stray dates (a 2099 typo, a 1990 archive piece): where the bulk lies, as the screen shows it.
        beyond = ", ".join(f"{n} {side}" for n, side in ((span["before"], "earlier"), (span["after"], "later")) if n)
        out(f"\nMost articles: {readable(span['start'])} – {readable(span['end'])} ({beyond})")
    # A figure with at least two values dated (Subject.changed); its undated values after it.
    # One whose values differ only through undated reports changed in no known order of time
    # (three undated notes, or one dated value and an undated other, #17 after s15, fault 3):
    # listed apart, as the fact sheet lists the disagreement.
    figures = [s for s in timeline.subjects.values() if s.kind == "fact"]
    changing = [s for s in figures if s.changed()]
    differing = [s for s in figures if not s.changed() and len({x.value for x in s.sightings}) > 1]
    for heading, subjects in (
        ("Figures that changed:", changing),
        ("Figures that differ, in no known order (undated reports):", differing),
    ):
        if subjects:
            out(f"\n{heading}")
        for subject in subjects:
            # A report that may have come first (a day-only date on the step's day) is named after
            # it: "12 (Tokyo Wire, 14 Mar 2025 10:52; or Reuters: 14 Mar 2025)"; values first
            # reported on one day without a time are bracketed, their order unknown. Values as the
            # fact sheet writes them: "2 → 4", not "Two people → Four people" (fault 4).
            steps = change_chain(subject, readable, 40)
            undated = "; ".join(f"{one_line(c.said, 40)} ({c.outlet or c.doc})" for c in subject.undated())
            said = "  ".join(x for x in (steps, f"(undated: {undated})" if undated else "") if x)
            out(f"  {subject.label}: {said}")
    return 0


EXTRA_COMMANDS.extend(
    [_register_noise, _register_entities, _register_compare, _register_facts, _register_quotes, _register_timeline]
)
EXTRA_HANDLERS.update(
    {
        "noise": cmd_noise,
        "entities": cmd_entities,
        "compare": cmd_compare,
        "facts": cmd_facts,
        "quotes": cmd_quotes,
        "timeline": cmd_timeline,
    }
)
