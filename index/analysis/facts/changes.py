"""A change's amount, no level (issue #16, review s43-rv finding 16): the figure after a change
verb and "by" or after a change's noun and "of" ("The average Band D bill will rise by £89 to
£1,872", "an increase of £89", "The death toll rose by 4 to 16") is how much the measure moved,
never a value of the measure itself: "£89" beside another outlet's "£1,500" bill is no
disagreement, and two outlets' "£89" rises are one row of their own, ``change in average bill``.
"""

from __future__ import annotations

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.figures import CHANGE_BY_BEFORE, Figure

# How far before a figure its verb and "by" or noun and "of" may stand ("went up by about").
_WINDOW = 40
# Kinds whose change is read here; a percentage's move has its own reading (percent.py), a year,
# a date or a duration no change of this kind.
_KINDS = frozenset({"count", "money"})
# Measures that are themselves the amount a verb moves by or a noun names: a sum cut ("cut its
# budget by £2m"), jobs cut, a pay rise demanded or offered ("demanding a pay rise of €2,000").
_CHANGE_MEASURES = ("cut", "jobs|cut", "demanded", "offered", "pay ")
CHANGE = "change"


def change_amount(text: str, fig: Figure) -> bool:
    """Whether ``fig`` in ``text`` is written as a change's amount (:data:`~.figures.CHANGE_BY_BEFORE`
    right before it: "rise by", "went up by about", "an increase of")."""
    return CHANGE_BY_BEFORE.search(text, max(0, fig.start - _WINDOW), fig.start) is not None


def as_change(fv: FactValue, text: str, fig: Figure) -> None:
    """Make ``fv`` (in place) the change of the measure it was read as, when its words say it is a
    change's amount (:func:`change_amount`) and it was read as a named measure or an amount per
    unit: measure ``change|<measure>``, label ``change in <label>`` ("change in average bill",
    "change in death toll"). Figures of no named measure, cuts and other kinds are left as read."""
    if fv.kind not in _KINDS or not (fv.measure or fv.per) or fv.measure.startswith(_CHANGE_MEASURES):
        return
    if fv.measure.startswith(f"{CHANGE}|") or not change_amount(text, fig):
        return
    fv.measure = f"{CHANGE}|{fv.measure or fv.per}"
    fv.label = f"change in {fv.label}"
