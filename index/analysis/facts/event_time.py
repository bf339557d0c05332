"""The time of day the story's event happened, as a fact: "the train derailed at 2:40 a.m.", "The
derailment happened at around 3:15 a.m. local time" (t13az N6, round s53-f2: no row held a time
of day, so two outlets' 2:40 and 3:15 were never set against each other).

Only a clock time straight after the event's own verb ("derailed", "exploded", "left the tracks",
"caught fire") or after an event's noun and a verb of happening ("The blast occurred at …") is
read: a time of anything else ("The mayor spoke at 10:30 a.m.", a live blog's entry stamps
"04:10 EST") is no fact. Each value's ``value`` is the time on a 24-hour clock, "HH:MM" (a
string, compared as written: "about 2:40" and "2:40" agree, "3:15" disagrees), its ``kind`` and
``unit`` "time"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.words import EVENT_NOUNS, EVENTS_DONE, singular_of

TIME_KIND = "time"  # FactValue.kind and unit of a time of day
EVENT_TIME = "time|event"  # the measure: one row per story, whatever verb each outlet used

# A verb of happening, said of an event's noun only ("The derailment happened at …"; "It happened
# at …" or "the meeting took place at …" may be of anything).
_HAPPENING = frozenset({"happened", "occurred"})
_EVENT_TIME = re.compile(
    rf"\b(?:(?P<noun>{EVENT_NOUNS})\s+(?:(?:has|had|was)\s+)?(?:happened|occurred|took\s+place|began|started|broke\s+out)"
    rf"|(?P<done>{EVENTS_DONE}|left\s+the\s+(?:tracks|rails|road|runway)|caught\s+fire|went\s+off|sank|capsized"
    r"|ran\s+aground))"
    # a few words before the time, none of another clause ("derailed near the bridge at …")
    r"(?:\s+[^\s,;:!?]+){0,5}?"
    r"(?:\s+at\s+(?P<q>(?:about|around|approximately|roughly|some|exactly|precisely)\s+)?"
    # (a time just either side of it needs no "at": "happened shortly after 17:45")
    r"|\s+(?:at\s+)?(?P<near>(?:shortly|just|soon)\s+(?:after|before)\s+))"
    # a clock time: hours and minutes ("2:40", "02.40", "14:05"), with or without a.m./p.m., or an
    # hour with it ("3 a.m.")
    r"(?P<clock>(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?(?:\s?(?P<half>[AaPp])\.?\s?[Mm]\b\.?)?)",
    re.I,
)
# The event a verb names, for the row's label ("time of the derailment").
_EVENT_OF_VERB = {
    "derailed": "derailment",
    "left the tracks": "derailment",
    "left the rails": "derailment",
    "crashed": "crash",
    "exploded": "explosion",
    "went off": "explosion",
    "collapsed": "collapse",
    "erupted": "eruption",
    "caught fire": "fire",
    "sank": "sinking",
    "capsized": "capsizing",
    "ran aground": "grounding",
}


def _clock(m: re.Match[str]) -> str | None:
    """The match's time on a 24-hour clock ("02:40"), None when it is no clock time (an hour with
    neither minutes nor a.m./p.m., "at 3", or out of range)."""
    hour, minute, half = int(m.group("h")), int(m.group("m") or 0), (m.group("half") or "").lower()
    if m.group("m") is None and not half:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


def event_times(text: str, sents: Sequence[Any], doc: str, date: str | None, entry_of: Any = None) -> list[FactValue]:
    """The times of day the event happened that ``sents`` (the article's content sentences, each
    with ``start``/``end``) in ``text`` say, one value per match (:data:`_EVENT_TIME`), measure
    :data:`EVENT_TIME`, label "time of the <event>" (its noun, or the noun its verb names; "time of
    the event" when neither is known). ``entry_of``: a callable giving a live blog's entry time for
    an offset ("" when none), or None."""
    out: list[FactValue] = []
    for s in sents:
        for m in _EVENT_TIME.finditer(text, s.start, s.end):
            if m.group("done") and m.group("done").lower() in _HAPPENING:
                continue  # "It happened at …": of no event named
            value = _clock(m)
            if value is None:
                continue
            if m.group("noun"):
                event = singular_of(m.group("noun").lower())
            else:
                event = _EVENT_OF_VERB.get(" ".join(m.group("done").lower().split()), "")
            hedge = m.group("q") or m.group("near") or ""
            start = m.start("q") if m.group("q") else m.start("near") if m.group("near") else m.start("clock")
            fv = FactValue(
                doc=doc,
                value=value,
                unit=TIME_KIND,
                display=text[m.start("clock") : m.end("clock")],
                text=text[start : m.end("clock")],
                start=start,
                end=m.end("clock"),
                sentence=(s.start, s.end),
                kind=TIME_KIND,
                qualifier=" ".join(hedge.lower().split()),
                label=f"time of the {event or 'event'}",
                measure=EVENT_TIME,
                date=date,
            )
            if entry_of is not None:
                fv.entry = entry_of(start)
            out.append(fv)
    return out
