"""The corpus grouping of names as search keeps it, brought up to date article by article.

:mod:`.corpus_names` says what ``who:``/``entity:`` search needs of the corpus grouping of
names (:class:`~.corpus_names.CorpusView`). Working it out reads every article's kept value
(~0.7 s of the index's stored fields at 10,000 articles, then ~2 s of decoding and grouping), so
it is kept with what it was worked out from (:class:`NamesState`): the counts the grouping takes
its names from, by article (place kinds, the surfaces each article vouches for, the entity keys
it names, the capitalised words left open in it, what the grouping adds to it). An index update
that changes k articles then takes their old counts out and their new ones in, works out again
only the names those counts touch, and groups again only the articles whose names changed
(:meth:`NamesState.update`): the same view as working it all out (the tests check it), in a few
milliseconds for one changed article. When a change reaches further (a place's kind changes,
or more than ``MAX_REGROUPED`` articles would be grouped again) it is all worked out again.

The state is kept beside the index (``state_to_json``, read back by ``state_from_json`` as
untrusted input: a damaged or wrongly shaped file is no state, never an error).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from waic_reader.index.analysis.entities.corpus_votes import (
    CorpusNames,
    Votes,
    add_votes,
    first_order,
    surface_name,
    vote_homes,
    with_corpus_places,
)
from waic_reader.index.analysis.entities.grouping import bare_places, written_forms
from waic_reader.index.analysis.entities.mentions import Mention, key_form
from waic_reader.index.analysis.entities.place_kinds import PlaceTally, place_retypes, tally_places
from waic_reader.index.analysis.entities.spellings import spelling_form
from waic_reader.index.analysis.kept_mentions import decode_names, decode_places, spellings
from waic_reader.index.corpus.tokens import name_forms
from waic_reader.index.search.whoosh.corpus_names import CorpusView, apart_forms, firm_forms, merged_keys

# An update that would group again more articles than this (beyond those it changed) works the
# whole grouping out again: reading every article's kept value is then about as fast.
MAX_REGROUPED = 400
# The layout of state_to_json's output (bump with any change to it; 2, s22-c: a state kept by
# the grouping before firms' short forms read every legal form is worked out again; 3, s23-b:
# "texts", how often each article writes each name; 4, s23-h: the names a surface gives count one
# firm's keys as one entity, ``homes``; 5, s24-c: a lone surname's votes count as its one person's,
# a firm's leading word is voted for; 6, s24-k: a surface's votes of keys of one folded form count
# as one entity's; 7, s27-i: a given name and surname join the one longer name of the corpus that
# opens and ends with them; 8, s29-j: an article opening with a name the corpus adds keeps its
# other grouped names in ``adds`` and ``grouped``, and ``texts`` counts its grouped mentions, the
# names the corpus types in it too; 9, s41-y3: ``written``, the names written for an entity of
# another name; 10, s49-s: a key whose own name the corpus retypes is left out of ``merged``; 11,
# s52-e2: ``forms``, the names an article writes an entity of other words by, which ``into`` reads)
STATE_FORMAT = 11
# Between a name as written and the whole name of its entity in a key of ``NamesState.written``.
_WRITTEN_SEP = "\x1f"

Decoded = tuple[list[Mention], Any]  # an article's kept mentions and open places (decode_names)
Layout = dict[str, list[str | None]]  # index segment → its doc ids by document number (None: deleted)


@dataclass
class NamesState:
    """The grouping of the corpus and the counts it was worked out from (see the module's
    docstring). Articles are numbered (``ids``) in the counts; ``layout`` is the index's segments
    the state was worked out on, which tells an update what changed."""

    ids: list[str] = field(default_factory=list)
    number: dict[str, int] = field(default_factory=dict)
    tally: PlaceTally = field(default_factory=dict)
    votes: Votes = field(default_factory=dict)
    keys: dict[str, set[int]] = field(default_factory=dict)  # entity key as kept → articles
    words: dict[str, set[int]] = field(default_factory=dict)  # open capitalised word → articles
    grouped: dict[str, set[int]] = field(default_factory=dict)  # folded key after grouping → articles
    adds: dict[int, list[str]] = field(default_factory=dict)  # article → the entity terms it gains
    names: CorpusNames = field(default_factory=CorpusNames)
    into: dict[str, str] = field(default_factory=dict)
    layout: Layout = field(default_factory=dict)
    merged: set[str] = field(default_factory=set)  # the keys ``into`` was worked out from
    # a name as written (spaces made one) → article → how many of its grouped mentions (its own
    # and those the corpus's names add) outside boilerplate write it so (kept_mentions.spellings,
    # by article): what names an entity
    texts: dict[str, dict[int, int]] = field(default_factory=dict)
    # each kept key of a firm or a lone surname → the key of the one entity it is grouped as
    # (corpus_votes.vote_homes of ``keys``: the votes of its keys count as that entity's, as the
    # entity list counts its names); not kept in the file: follows from ``keys``
    homes: dict[str, str] = field(default_factory=dict)
    # a name as written and the whole name of the entity a mention so written is grouped into,
    # when the two differ ("cwa" of "CWA" defined as the Central Weather Administration's short
    # form: "cwa\x1fcentral weather administration"; entity terms, name_forms) → the articles
    # writing it so: who: by the written name finds the entity's articles (t13ai N10)
    written: dict[str, set[int]] = field(default_factory=dict)
    # a name as an article writes an entity of other words (grouping.written_forms: its compact
    # form and the key, joined by _WRITTEN_SEP: "calfire\x1fORG:Department of Forestry and Fire
    # Protection") → the articles writing it so; ``into`` follows from these and the keys
    forms: dict[str, set[int]] = field(default_factory=dict)
    merged_forms: set[str] = field(default_factory=set)  # the forms ``into`` was worked out from

    def num(self, doc: str) -> int:
        n = self.number.get(doc)
        if n is None:
            n = self.number[doc] = len(self.ids)
            self.ids.append(doc)
        return n

    # -- the view search reads ------------------------------------------------------------

    def view(self) -> CorpusView:
        """A copy of the grouping as search reads it (the state goes on changing; a view given
        out never does)."""
        names = self.names
        keys = self._all_keys()
        firms = firm_forms(keys)
        written: dict[str, set[str]] = {}
        for pair in self.written:
            alias, _, whole = pair.partition(_WRITTEN_SEP)
            written.setdefault(alias, set()).add(whole)
        view = CorpusView(
            CorpusNames(dict(names.places), dict(names.retype), {w: list(v) for w, v in names.by_first.items()}),
            dict(self.into),
            firms=firms,
            spelled=self._spelled(),
            apart=apart_forms(keys, firms, self.into),
            written=written,
            bare=bare_places(keys),
        )
        ids = self.ids
        for n, forms in self.adds.items():
            view.touched.add(ids[n])
            for form in forms:
                view.docs.setdefault(form, set()).add(ids[n])
        return view

    def _spelled(self) -> dict[str, dict[str, int]]:
        """How often the corpus writes each name each way (``spelling_form`` → {text: count}, as
        ``kept_mentions.spellings`` gives them), the spellings in the order of the first article
        writing each (by doc id), so that a tie names an entity the same in every process."""
        ids = self.ids
        out: dict[str, dict[str, int]] = {}
        for text, by_doc in sorted(self.texts.items(), key=lambda tc: (min(ids[n] for n in tc[1]), tc[0])):
            out.setdefault(spelling_form(text), {})[text] = sum(by_doc.values())
        return out

    # -- adding and taking out articles ---------------------------------------------------

    def _count(self, n: int, decoded: Decoded) -> None:
        """Count article ``n``'s entity keys and open words in (its place mentions and votes apart:
        the votes need the place kinds of the whole corpus)."""
        own, places = decoded
        for m in own:
            self.keys.setdefault(m.key, set()).add(n)
        for form, key in written_forms(own):  # (all of them, as grouping.group reads them)
            self.forms.setdefault(f"{form}{_WRITTEN_SEP}{key}", set()).add(n)
        for word in places.words:
            self.words.setdefault(word, set()).add(n)

    def _uncount(self, gone: set[int]) -> tuple[set[str], set[str]]:
        """Take articles ``gone`` out of every count; the place names and surfaces they were in."""
        place_names: set[str] = set()
        for name, by_label in list(self.tally.items()):
            for label, keys in list(by_label.items()):
                for key, by_doc in list(keys.items()):
                    if not gone.isdisjoint(by_doc):
                        for n in gone & by_doc.keys():
                            del by_doc[n]
                        place_names.add(name)
                        if not by_doc:
                            del keys[key]
                if not keys:
                    del by_label[label]
            if not by_label:
                del self.tally[name]
        surfaces: set[str] = set()
        for surface, found in self.votes.items():
            for docs in found.values():
                if not gone.isdisjoint(docs):
                    docs -= gone
                    surfaces.add(surface)
        for index in (self.keys, self.words, self.forms):
            _discard(index, gone)
        _uncount_texts(self.texts, gone)
        return place_names, surfaces

    def _group(self, n: int, decoded: Decoded) -> None:
        """Group article ``n`` by the corpus's names: what it gains (``adds``) and the keys of its
        grouped mentions (``grouped``), as :func:`~.corpus_names.corpus_view` describes."""
        own, kept = decoded
        names, into = self.names, self.into
        first = names.by_first.keys()
        grouped = with_corpus_places(own, decode_places(kept, first & kept.keys()), names)
        # How it writes each name, counted over its grouped mentions: a name the corpus types
        # where the article left it untyped is written there too, as the entity list counts it
        # (t13p F12: "Áncash" of a Spanish title was not counted, and "Ancash" named the region)
        for counts in spellings([grouped]).values():
            for text, c in counts.items():
                self.texts.setdefault(text, {})[n] = c
        before = {(m.text, key_form(m.key)) for m in own if not m.noise}
        forms: dict[str, None] = {}
        for m in grouped:
            if m.noise:
                continue
            folded = key_form(m.key)
            self.grouped.setdefault(folded, set()).add(n)
            key = into.get(folded, m.key)
            person = key.startswith("PERSON:")
            whole, alias = name_forms(key.split(":", 1)[-1], person), name_forms(m.text, person)
            if whole and alias and whole[0] != alias[0]:
                self.written.setdefault(f"{alias[0]}{_WRITTEN_SEP}{whole[0]}", set()).add(n)
            if (m.text, key_form(key)) in before:
                continue
            forms.update(dict.fromkeys(whole))
            forms.update(dict.fromkeys(alias))
        if forms:
            self.adds[n] = list(forms)

    # -- working it out -------------------------------------------------------------------

    @classmethod
    def worked_out(cls, kept: Mapping[str, object], layout: Layout | None = None) -> NamesState:
        """The grouping of the corpus whose articles' kept values are ``kept`` (doc → value,
        :func:`~waic_reader.index.analysis.kept_mentions.kept_names`; a value not of that shape
        counts as an article without names), worked out from them all."""
        state = cls(layout=dict(layout or {}))
        decoded: dict[int, Decoded] = {}
        for doc in sorted(kept):
            got = decode_names(kept[doc])
            if got is not None:
                decoded[state.num(doc)] = got
        for n, value in decoded.items():
            tally_places(state.tally, n, value[0])
            state._count(n, value)
        state.names = CorpusNames(place_retypes(state.tally))
        state.homes = vote_homes(state.keys)
        for n, value in decoded.items():
            add_votes(state.votes, n, value[0], state.names.places)
        state._rename(set(state.votes))
        state.merged = state._all_keys()
        state.merged_forms = set(state.forms)
        state.into = merged_keys(state.merged, state._forms())
        for n, value in decoded.items():
            state._group(n, value)
        return state

    def _rename(self, surfaces: Iterable[str]) -> tuple[set[str], set[str]]:
        """Work out again the names ``surfaces`` give the corpus; the first words whose names
        changed and the surfaces whose retyping did."""
        names = self.names
        changed_words: set[str] = set()
        changed_retypes: set[str] = set()
        surfaces = set(surfaces)
        old_retype = {k: v for k, v in names.retype.items() if k[0] in surfaces}
        for k in old_retype:
            del names.retype[k]
        for surface in surfaces:
            found = self.votes.get(surface)
            first, retypes = surface_name(surface, found, self.homes) if found else (None, [])
            if found is not None and not any(found.values()):
                del self.votes[surface]
            word = surface.split()[0] if surface.split() else surface
            held = names.by_first.get(word, [])
            old = next((x for x in held if x[0] == surface), None)
            if old != first:
                changed_words.add(word)
                kept = [x for x in held if x[0] != surface] + ([first] if first is not None else [])
                if kept:
                    names.by_first[word] = sorted(kept, key=first_order)
                else:
                    names.by_first.pop(word, None)
            for k, v in retypes:
                names.retype[k] = v
                if old_retype.get(k) != v:
                    changed_retypes.add(surface)
        changed_retypes |= {k[0] for k in old_retype if k not in names.retype}
        return changed_words, changed_retypes

    def _forms(self) -> set[tuple[str, str]]:
        """The (compact form, key) pairs of ``forms``, as ``merged_keys`` reads them."""
        out: set[tuple[str, str]] = set()
        for pair in self.forms:
            form, _, key = pair.partition(_WRITTEN_SEP)
            out.add((form, key))
        return out

    def _all_keys(self) -> set[str]:
        """Every entity key the grouping merges (:func:`~.corpus_names.merged_keys`)."""
        names = self.names
        keys = set(self.keys)
        keys |= {key for found in names.by_first.values() for _s, _l, key in found}
        keys |= {lk[1] for lk in (*names.places.values(), *names.retype.values())}
        # A key whose own name the corpus retypes as another key's ("FAC:National Cyber Security
        # Centre" of one article, the ORG of the others) is no entity of the grouping: the
        # entity list retypes its mentions first (corpus_mentions), so it is no second home an
        # abbreviation's initials could mean (t13ar N1: "NCSC" stayed apart from the one ORG,
        # and who:NCSC missed the articles writing the long form).
        retyped = {
            key
            for (surface, key), (_label, other) in names.retype.items()
            if other != key and key.partition(":")[2] == surface
        }
        return keys - retyped

    def update(self, changed: Mapping[str, object | None], read: Callable[[str], object], layout: Layout) -> bool:
        """Bring the grouping up to date with ``changed`` (doc → its new kept value, None when
        it left the index) and the index's new ``layout``; ``read(doc)`` gives an unchanged
        article's kept value, for the few grouped again. False when the change reaches too
        far: then the state is spoilt and the caller works it all out again."""
        gone = {self.num(doc) for doc in changed}
        keys_before = set(self.keys)
        fresh: dict[int, Decoded] = {}
        for doc, value in changed.items():
            got = decode_names(value) if value is not None else None
            if got is not None:
                fresh[self.number[doc]] = got
        place_names, surfaces = self._uncount(gone)
        _discard(self.grouped, gone)
        _discard(self.written, gone)
        for n in gone:
            self.adds.pop(n, None)
        for n, (own, _places) in fresh.items():
            place_names |= tally_places(self.tally, n, own)
        old_places = {k: v for k, v in self.names.places.items() if k.partition(":")[2] in place_names}
        if place_retypes(self.tally, place_names) != old_places:
            return False  # a place's kind changed: every article naming it counts otherwise
        for n, value in fresh.items():
            self._count(n, value)
            surfaces |= add_votes(self.votes, n, value[0], self.names.places)
        if self.keys.keys() != keys_before:  # (vote_homes follows from the set of keys alone)
            homes = vote_homes(self.keys)
            moved = {k for k in homes.keys() | self.homes.keys() if homes.get(k) != self.homes.get(k)}
            self.homes = homes
            if moved:  # the surfaces voted by a key whose firm changed count otherwise
                surfaces |= {s for s, found in self.votes.items() if any(lk[1] in moved for lk in found)}
        changed_words, changed_retypes = self._rename(surfaces)
        old_into = self.into
        keys = self._all_keys()
        if keys != self.merged or self.forms.keys() != self.merged_forms:  # (into follows from these alone)
            self.merged, self.merged_forms = keys, set(self.forms)
            self.into = merged_keys(keys, self._forms())
        regroup: set[int] = set()
        for word in changed_words:
            regroup |= self.words.get(word, set())
        for surface in changed_retypes:
            for docs in self.votes.get(surface, {}).values():
                regroup |= docs
        for folded in {k for k in old_into.keys() | self.into.keys() if old_into.get(k) != self.into.get(k)}:
            regroup |= self.grouped.get(folded, set())
        regroup -= gone
        if len(regroup) > MAX_REGROUPED:
            return False
        _discard(self.grouped, regroup)
        _discard(self.written, regroup)
        _uncount_texts(self.texts, regroup)
        for n in regroup:
            self.adds.pop(n, None)
            got = decode_names(read(self.ids[n]))
            if got is not None:
                self._group(n, got)
        for n, value in fresh.items():
            self._group(n, value)
        self.layout = dict(layout)
        return True


def _uncount_texts(texts: dict[str, dict[int, int]], gone: set[int]) -> None:
    """Take articles ``gone`` out of the counts of how each name is written (``texts``)."""
    for text, by_doc in list(texts.items()):
        if not gone.isdisjoint(by_doc):
            for n in gone & by_doc.keys():
                del by_doc[n]
            if not by_doc:
                del texts[text]


def _discard(index: dict[str, set[int]], gone: set[int]) -> None:
    """Take ``gone`` out of every set of ``index``, and the keys left with none."""
    empty = []
    for key, docs in index.items():
        if not gone.isdisjoint(docs):
            docs -= gone
            if not docs:
                empty.append(key)
    for key in empty:
        del index[key]


def read_segment(
    count: int, deleted: set[int], stored: Callable[[int], dict[str, Any]], kept: dict[str, object | None]
) -> list[str | None]:
    """A segment's doc ids by document number (None: deleted or without an id), each live
    article's kept names put into ``kept`` (doc → value)."""
    docs: list[str | None] = []
    for n in range(count):
        fields = None if n in deleted else stored(n)
        doc = fields.get("doc") if fields is not None else None
        docs.append(doc if isinstance(doc, str) else None)
        if isinstance(doc, str) and fields is not None:
            kept[doc] = fields.get("names")
    return docs


def changes(
    layout: Layout, segments: Iterable[tuple[str, int, set[int], Callable[[int], dict[str, Any]]]]
) -> tuple[dict[str, object | None], Layout]:
    """What changed in the index since ``layout``: doc → its kept value now (None: gone), and the
    index's layout now. ``segments``: each segment's (id, documents, deleted numbers, stored fields
    of a number). A segment met before is trusted as it was but for its new deletions; a new one
    (new articles, or old ones merged) is read whole."""
    changed: dict[str, object | None] = {}
    now: Layout = {}
    for segid, count, deleted, stored in segments:
        old = layout.get(segid)
        if old is not None and len(old) == count:
            docs = list(old)
            for n in deleted:
                if docs[n] is not None:
                    changed.setdefault(str(docs[n]), None)
                    docs[n] = None
            now[segid] = docs
            continue
        now[segid] = read_segment(count, deleted, stored, changed)
    for segid, old in layout.items():
        if segid not in now:
            for doc in old:
                if doc is not None:
                    changed.setdefault(doc, None)
    return changed, now


# -- kept beside the index (read as untrusted input) ------------------------------------------


def state_to_json(state: NamesState, schema: int) -> str:
    """``state`` as JSON for the file kept beside the index (``schema``: the index's version)."""
    names = state.names
    body = {
        "ids": state.ids,
        "tally": {
            name: {
                label: {key: [[n, c] for n, c in by_doc.items()] for key, by_doc in keys.items()}
                for label, keys in by_label.items()
            }
            for name, by_label in state.tally.items()
        },
        "votes": [
            [s, lk[0], lk[1], list(docs)] for s, found in state.votes.items() for lk, docs in found.items() if docs
        ],
        "keys": {k: list(v) for k, v in state.keys.items()},
        "words": {k: list(v) for k, v in state.words.items()},
        "grouped": {k: list(v) for k, v in state.grouped.items()},
        "written": {k: list(v) for k, v in state.written.items()},
        "forms": {k: list(v) for k, v in state.forms.items()},
        "adds": [[n, forms] for n, forms in state.adds.items()],
        "places": names.places,
        "retype": [[s, k, lk[0], lk[1]] for (s, k), lk in names.retype.items()],
        "by_first": names.by_first,
        "into": state.into,
        "layout": state.layout,
        "texts": {t: [[n, c] for n, c in by_doc.items()] for t, by_doc in state.texts.items()},
    }
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return json.dumps({"v": STATE_FORMAT, "schema": schema, "sha256": digest}) + "\n" + text


class _Bad(Exception):
    """The kept file is not of the shape state_to_json writes."""


def _strs(x: object, n: int) -> list[str]:
    if not (isinstance(x, list) and len(x) == n and all(isinstance(s, str) for s in x)):
        raise _Bad
    return x


def _nums(x: object, numbers: frozenset[int]) -> set[int]:
    """``x`` as a set of article numbers, each one of ``numbers`` (one set operation: the file
    is read with no floats, ``_no_float``, and its digest rules damage out)."""
    if not isinstance(x, list):
        raise _Bad
    got = set(x)
    if not got <= numbers:
        raise _Bad
    return got


def _counts(rows: object, size: int) -> dict[int, int]:
    """``rows`` ([[article number, count], ...]) as article → count, each number below ``size``."""
    if not isinstance(rows, list):
        raise _Bad
    counts = {}
    for row in rows:
        if not (isinstance(row, list) and len(row) == 2 and all(type(x) is int for x in row)):
            raise _Bad
        if not 0 <= row[0] < size:
            raise _Bad
        counts[row[0]] = row[1]
    return counts


def _no_float(_text: str) -> float:
    raise _Bad


def _dict(x: object) -> dict[str, Any]:
    if not isinstance(x, dict):
        raise _Bad
    return x


def state_from_json(text: str, schema: int) -> NamesState | None:
    """The state :func:`state_to_json` kept for an index of version ``schema``; None for
    another version or format, a damaged file (its digest) or anything not of its shape."""
    head, _, body = text.partition("\n")
    try:
        meta = json.loads(head)
        if not (isinstance(meta, dict) and meta.get("v") == STATE_FORMAT and meta.get("schema") == schema):
            return None
        if meta.get("sha256") != hashlib.sha256(body.encode("utf-8")).hexdigest():
            return None
        got = _dict(json.loads(body, parse_float=_no_float, parse_constant=_no_float))
        ids = got.get("ids")
        if not (isinstance(ids, list) and all(isinstance(d, str) for d in ids)):
            return None
        size = len(ids)
        numbers = frozenset(range(size))
        state = NamesState(ids=list(ids), number={d: n for n, d in enumerate(ids)})
        for name, by_label in _dict(got.get("tally")).items():
            for label, keys in _dict(by_label).items():
                for key, rows in _dict(keys).items():
                    state.tally.setdefault(name, {}).setdefault(label, {})[key] = _counts(rows, size)
        for text_, rows in _dict(got.get("texts")).items():
            state.texts[text_] = _counts(rows, size)
        votes = got.get("votes")
        if not isinstance(votes, list):
            raise _Bad
        for row in votes:
            if not (isinstance(row, list) and len(row) == 4):
                raise _Bad
            surface, label, key = _strs(row[:3], 3)
            state.votes.setdefault(surface, {})[(label, key)] = _nums(row[3], numbers)
        for name in ("keys", "words", "grouped", "written", "forms"):
            setattr(state, name, {k: _nums(v, numbers) for k, v in _dict(got.get(name)).items()})
        adds = got.get("adds")
        if not isinstance(adds, list):
            raise _Bad
        for row in adds:
            if not (isinstance(row, list) and len(row) == 2 and type(row[0]) is int and 0 <= row[0] < size):
                raise _Bad
            if not (isinstance(row[1], list) and all(isinstance(f, str) for f in row[1])):
                raise _Bad
            state.adds[row[0]] = row[1]
        places = {k: tuple(_strs(v, 2)) for k, v in _dict(got.get("places")).items()}
        retype_rows = got.get("retype")
        if not isinstance(retype_rows, list):
            raise _Bad
        retype = {}
        for row in retype_rows:
            s, k, label, key = _strs(row, 4)
            retype[(s, k)] = (label, key)
        by_first = {}
        for word, found in _dict(got.get("by_first")).items():
            if not isinstance(found, list):
                raise _Bad
            by_first[word] = [tuple(_strs(x, 3)) for x in found]
        state.names = CorpusNames(places, retype, by_first)  # type: ignore[arg-type]
        state.into = {k: v for k, v in _dict(got.get("into")).items() if isinstance(v, str)}
        state.merged = state._all_keys()
        state.merged_forms = set(state.forms)
        state.homes = vote_homes(state.keys)
        for segid, docs in _dict(got.get("layout")).items():
            if not (isinstance(docs, list) and all(d is None or isinstance(d, str) for d in docs)):
                raise _Bad
            state.layout[segid] = docs
    except (_Bad, ValueError, RecursionError):
        return None
    return state
