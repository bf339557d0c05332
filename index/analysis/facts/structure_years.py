"""A structure's year built and year opened, one row or two (issue #16 "figures agree").

Outlets date a structure by its building ("was built in 1968", "completed in 1968") or by its
opening ("the bridge, opened in 1968") alike (round s48-f), but building and opening are two events
that ordinary stories date apart ("built in 1966 and opened in 1968", "completed in 1974 and opened
to traffic in 1976"; review s48-rv finding 1, round s48-fx1). The rule, in one sentence: a
structure's opening year joins its building year (one row, *year built/opened*) only when no source
of the corpus gives that structure a building or completion year other than it; else *year built*
and *year of opening* are two rows, each compared on its own. So an article giving both years apart
keeps them apart, and so do outlets whose years differ with their wording (one's "completed in 1974"
beside another's "opened in 1976": two facts, not a disagreement), while one year told both ways
("built in 1968" beside "opened in 1968") is one row. Where outlets disagree on the year built, an
opening year stays apart too: which building year it would confirm is not the sheet's to say."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.extract import (
    BUILT_MEASURE,
    OPENED_LABEL,
    structure_kinds,
    structure_opened,
)
from waic_reader.index.analysis.facts.model import FactValue

Year = tuple[float | str, float | None]  # a year and its range's high end (None: one year)


def _year(f: FactValue) -> Year:
    """The year ``f`` gives, with its range's high end (None when it gives one year)."""
    return (f.value, f.high)


def join_built_opened(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with each structure's opening or inauguration year
    (:func:`~.extract.structure_opened`) given the built measure (:data:`~.extract.BUILT_MEASURE`,
    labelled *year of opening*) by the module's rule: no year built or completed of a structure of
    its kind (:func:`~.extract.structure_kinds`: "bridge") in any article, nor one of no structure
    named in its own article ("It was built in 1966"), is another year. Every other figure as it
    is. Linear in the figures."""
    built: dict[str, set[Year]] = {}  # a structure's kind → its years built, in any article
    unnamed: dict[str, set[Year]] = {}  # an article → its years built of no structure named
    for f in figures:
        if f.kind == "year" and f.measure == BUILT_MEASURE:
            kinds = structure_kinds(f)
            for kind in kinds:
                built.setdefault(kind, set()).add(_year(f))
            if not kinds:
                unnamed.setdefault(f.doc, set()).add(_year(f))
    out: list[FactValue] = []
    for f in figures:
        if f.kind == "year" and structure_opened(f):
            others = set(unnamed.get(f.doc, ())).union(*(built.get(k, set()) for k in structure_kinds(f)))
            if not others - {_year(f)}:
                # "the bridge, opened in 1968" beside "was built in 1968": one year, told both ways
                f = replace(f, measure=BUILT_MEASURE, label=OPENED_LABEL)
        out.append(f)
    return out
