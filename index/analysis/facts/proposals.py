"""A proposal's former version and its successor as two facts (issue #16, round s46-f, S1).

A pay dispute: one article "Unions rejected a 3% offer on Monday. Ministers said a fresh offer of
4.5% would be put to members next week" (its value 4.5%, first said 3%), another "The union has
rejected the 3% pay offer", a third "Ministers will put a 4.5% offer to union members next week".
The rejected offer and the new one are two proposals, an old one and its successor, never one
figure reported differently: one row drew them ``4.5% → 3% → 4.5%`` in disagreement, a flip back
to 3% because a later article named the rejected offer.

A value its clause marks as a former version of its measure's value (``FactValue.version``
"rejected" or "earlier": "rejected", "turned down", "the previous 3% offer",
:func:`~.earlier.proposal_version`) is a fact of its own, ``pay rise offered (rejected)``, where
the articles say that a successor replaced it: another article says its amount was superseded (it
is among that article's ``earlier`` values: "rejected a 3% offer …, a fresh offer of 4.5%"), or
another article marks a value of another amount as the successor ("a new offer of 4.5%",
``version`` "new"). The articles' own former values so marked join it, so both rows can agree. A
former value nothing says was replaced ("The TWU rejected a 4.2% offer" beside "Bus drivers have
been offered 4.5%": the same offer reported otherwise, or two, the sheet cannot tell) stays in its
row, in disagreement, as before; values of other owners ("the teachers'", "the nurses'") are
never compared."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.model import FactValue

FORMER = "former"  # the measure key's suffix of a former proposal's row
_FORMER_VERSIONS = frozenset({"rejected", "earlier"})
_SUCCESSOR = "new"


def _key(v: FactValue) -> tuple[str, str, str, str]:
    return (v.measure, v.label, v.kind, v.unit)


def _same_party(a: FactValue, b: FactValue) -> bool:
    # (a value naming no owner is any owner's: "The union has rejected the 3% pay offer" beside the
    # ministers' offer, as the grouping joins it)
    return a.owner == b.owner or not a.owner or not b.owner


def _replaced(f: FactValue, values: Sequence[FactValue]) -> bool:
    """Whether another article of ``values`` (one measure's) says ``f``'s amount was replaced: it
    is among that article's superseded values, or that article marks a value of another amount as
    the successor (:data:`_SUCCESSOR`)."""
    return any(
        v.doc != f.doc
        and _same_party(f, v)
        and (
            any(e.value == f.value and e.version in _FORMER_VERSIONS for e in v.earlier)
            or (v.version == _SUCCESSOR and v.value != f.value)
        )
        for v in values
    )


def former_proposals(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` (every article's, in order) with the former proposals of each measure told apart
    (see the module docstring): such a value's ``measure`` becomes ``<measure>|former`` and its
    ``label`` ``<label> (rejected)`` (``(earlier)`` when some were not said to be rejected), and a
    copy of each marked ``earlier`` value of the measure's other values, dated as its article, joins
    them, right after the value carrying it. Values of a measure no such successor is said of are
    returned as given."""
    by_key: dict[tuple[str, str, str, str], list[FactValue]] = {}
    for f in figures:
        if f.measure and isinstance(f.value, float):
            by_key.setdefault(_key(f), []).append(f)
    moved: dict[int, FactValue] = {}
    added: dict[int, list[FactValue]] = {}  # by the id of the value carrying them
    for values in by_key.values():
        former = [f for f in values if f.version in _FORMER_VERSIONS and _replaced(f, values)]
        if not former:
            continue
        # the other values' own former versions, carried by the value that replaced them ("Unions
        # rejected a 3% offer …, a fresh offer of 4.5%": the 3% is a report of the rejected offer
        # too), of the parties the former values are; its party is its carrier's, as the story's
        # parties were read (pay_parties.story_pay_parties reads the articles' values, not these)
        gone = {id(f) for f in former}
        carried = [
            (f, replace(e, doc=f.doc, date=e.date if e.entry else f.date, earlier=(), owner=f.owner))
            for f in values
            if id(f) not in gone and any(_same_party(f, x) for x in former)
            for e in f.earlier
            if e.version in _FORMER_VERSIONS and _key(e) == _key(f)
        ]
        said = "rejected" if all(v.version == "rejected" for v in (*former, *(e for _, e in carried))) else "earlier"
        for v in former:
            moved[id(v)] = _told_apart(v, said)
        for f, e in carried:
            added.setdefault(id(f), []).append(_told_apart(e, said))
    if not moved:
        return list(figures)
    out: list[FactValue] = []
    for f in figures:
        out.append(moved.get(id(f), f))
        out.extend(added.get(id(f), ()))
    return out


def _told_apart(v: FactValue, said: str) -> FactValue:
    """``v`` as a value of its measure's former proposal: ``<measure>|former``, ``<label> (said)``."""
    return replace(v, measure=f"{v.measure}|{FORMER}", label=f"{v.label} ({said})")
