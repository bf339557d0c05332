"""``who:``/``entity:`` search as the entity list groups names across articles.

The index's ``entity`` field holds each article's own mentions (the recogniser's, one article
at a time). The entity list, its matrix, ``entities`` and quotes group them across the corpus
(:func:`~waic_reader.index.analysis.entities.grouping.group`): a name typed in one article types
its untyped mentions in the others ("Okonkwo said" is "Samuel Okonkwo" named in full elsewhere,
``corpus_mentions``), a place takes the kind more articles give it, a lone surname joins the one
person of that surname, a short form its long form. So that ``who:`` finds every article the
entity list lists (issue 13, F3), the index keeps with each article what that grouping reads of
it (:func:`~waic_reader.index.analysis.kept_mentions.kept_names`: its name mentions' text, label and key, and the capitalised words no
mention covers), and :class:`CorpusView` works out, from every article's kept value, which
articles the grouping gives which entity names beyond their own ``entity`` terms. A search then
matches those articles by their doc ids too (:meth:`CorpusView.expand`), and their matches are
the grouped mentions (:meth:`CorpusView.mentions`).

Cost: reading every article's kept value once per index state (the stored fields), linear in
the mentions and the kept places; no article is read or analysed again: each keeps where its
capitalised words stand that no mention covers, with the bit of text after them that decides
whether a typed name is written there (``open_places.open_places``). Nothing is kept between index
states: an added, edited or removed article changes the grouping, and the next entity search
works it out again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from whoosh import query as wquery

from waic_reader.index.analysis.entities.corpus_votes import CorpusNames, with_corpus_names
from waic_reader.index.analysis.entities.firm_homes import firm_homes
from waic_reader.index.analysis.entities.grouping import (
    initialled_keys,
    merge_short_forms,
    place_written_bare,
    spaced_camel_names,
    written_form_homes,
)
from waic_reader.index.analysis.entities.lexicons import folded_firm_core
from waic_reader.index.analysis.entities.mentions import Entity, Mention, key_form
from waic_reader.index.analysis.entities.person_joins import hyphen_variants, surname_aliases
from waic_reader.index.analysis.quotes.said import FIELD as SAID_FIELD
from waic_reader.index.analysis.quotes.said import WORD_MARK
from waic_reader.index.corpus.tokens import fold, name_forms
from waic_reader.index.search.whoosh.parser import SaidGrouped


@dataclass(frozen=True)
class SaidWidening:
    """How :meth:`CorpusView.widen_said` widens a speaker's ``said`` term: ``names``, the whole
    terms of the speaker's other names (sorted), matched in ``docs``, the articles the grouping
    gives the speaker (sorted), but for a name in ``clash``: a word of another person's name too
    (→ those persons' whole terms), matched only in those of ``docs`` naming none of them."""

    names: list[str]
    docs: list[str]
    clash: dict[str, list[str]]


@dataclass
class CorpusView:
    """The corpus grouping of names as search needs it (see the module's docstring).

    ``names``: the corpus's typed names; ``into``: folded key → the key of the entity the
    grouping merges it into (a lone surname's person, a short form's long form); ``docs``:
    entity term (``name_forms``) → the articles the grouping gives that name and whose own
    terms may lack it; ``touched``: those articles; ``firms``: an organisation's whole entity
    term and its core without legal forms (``folded_firm_core``: "brightwater ferries" of
    "brightwater ferries ltd.") → the whole terms of the organisations (ORG keys) of that term or
    core, so that a name asked with a legal form no article writes finds the firm
    (:meth:`firm_terms`); ``spelled``: how often the corpus writes each name each way outside
    boilerplate (folded text → {text: count}, ``kept_mentions.spellings``), by which an entity is
    named as the entity list names it (``grouping.grouped_by_key``); ``apart``: the whole terms of
    the entities of other kinds (a person, a place) the grouping leaves apart that are also an
    organisation's core ("halvik" of "GPE:Halvik" beside "ORG:Halvik AS": :func:`apart_forms`),
    which a search by that name is not widened from."""

    names: CorpusNames = field(default_factory=CorpusNames)
    into: dict[str, str] = field(default_factory=dict)
    docs: dict[str, set[str]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    firms: dict[str, set[str]] = field(default_factory=dict)
    spelled: dict[str, dict[str, int]] = field(default_factory=dict)
    apart: set[str] = field(default_factory=set)
    # The gazetteer's names and aliases (gazetteer.alias_key → canonical name) and the stamp of
    # the gazetteer files they were read from (kept_mentions.gazetteer_stamp): kept with the view
    # so that a who: search in a new process reads them here, never building the gazetteer.
    aliases: dict[str, str] = field(default_factory=dict)
    aliases_stamp: str = ""
    # A name as written → the whole names of the entities the grouping gives a mention so written,
    # when they differ (entity terms: "cwa" → {"central weather administration"}, CWA defined in an
    # article as its short form): who:CWA finds every article of the entity, not only those
    # writing "CWA", as the entity list merges them (t13ai N10; NamesState.written).
    written: dict[str, set[str]] = field(default_factory=dict)
    # The corpus's one-word places (grouping.bare_places of every key): a public body's bare word
    # before a noun it modifies is the place in each article's mentions, as the entity list reads
    # it (grouping.place_written_bare; t13aor F4: the panel kept vbc-news's "Velmora" the agency).
    bare: dict[str, tuple[str, str]] = field(default_factory=dict)
    _homes: dict[str, set[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _said: dict[str, list[SaidWidening]] | None = field(default=None, init=False, repr=False, compare=False)
    _people: set[str] | None = field(default=None, init=False, repr=False, compare=False)
    _by_word: dict[str, set[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _short: dict[str, set[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _word_shorts: dict[str, set[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _alias_wholes: dict[str, set[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def group_mentions(
        self, mentions: list[Mention], text: str | None, noise_spans: Sequence[tuple[int, int]] = ()
    ) -> list[Mention]:
        """One article's ``mentions`` as the grouping makes them: the corpus's names added
        and retyped (``with_corpus_names``, given ``text``; flagged ``noise`` inside the
        article's boilerplate, ``noise_spans``), a public body's bare word before a noun the
        place's (``place_written_bare``), each key the one of the entity it is grouped into."""
        out = place_written_bare(with_corpus_names(mentions, text, self.names, noise_spans), text, self.bare)
        if self.into:
            into = self.into
            # The mention takes the label of the entity it is merged into as well as its key: the
            # reader tints by the label and its panel lists by the key, so "Halvard Grid" typed a
            # person in the article and merged into the firm was listed an Organisation and tinted
            # a Person (t13ay N6)
            out = [
                replace(m, key=k, label=k.partition(":")[0]) if (k := into.get(key_form(m.key))) is not None else m
                for m in out
            ]
        return out

    def mentions(
        self, doc: str, mentions: list[Mention], text: str | None, noise_spans: Sequence[tuple[int, int]] = ()
    ) -> list[Mention]:
        """``doc``'s mentions as the grouping makes them; its own for an article it leaves as is
        but for a public body's bare word before a noun, the place's (``place_written_bare``, as
        :func:`~waic_reader.index.analysis.entities.grouping.group` reads every article)."""
        if doc in self.touched:
            return self.group_mentions(mentions, text, noise_spans)
        return place_written_bare(mentions, text, self.bare)

    def expand(self, q: wquery.Query, known: Callable[[str], bool] | None = None) -> wquery.Query:
        """``q`` with each ``entity`` term also matching the articles the grouping gives that
        name (by their doc ids) and, for a name the grouping merges into another entity (a firm's
        leading words or legal form apart, a short form, a lone surname: ``into``), that entity's
        whole name and the articles the grouping gives it, under ``NOT`` too: a query excludes
        what it would find. A firm's name asked with a legal form no article writes
        (``known``, see :meth:`firm_terms`) is the firm's entity terms, each widened so."""
        if not self.docs and not self.into and not self.firms and not self.written:
            return q
        homes = self.home_terms()

        def widen_term(node: wquery.Term) -> wquery.Query:
            whole = sorted(homes.get(node.text, ()))
            # the articles the grouping gives the whole entity's name are the alias's too
            docs = set(self.docs.get(node.text, ())).union(*(self.docs.get(home, ()) for home in whole))
            more = [wquery.Term("entity", home) for home in whole]
            # a whole name finds the articles that write only its one short form ("nws"), and so
            # does any name merged into it ("de nederlandsche bank" of "Zentralbank De
            # Nederlandsche Bank", whose short form "DNB" an article writes alone: one entity, one
            # set of articles whichever of its names is asked, t13al N11)
            # (a word of its name too, as a word finds the entity: "nederlandsche")
            short_forms, word_shorts = self.short_forms(), self.word_shorts()
            shorts = sorted(
                set(word_shorts.get(node.text, ())).union(*(short_forms.get(t, ()) for t in (node.text, *whole)))
            )
            more += [wquery.Term("entity", short) for short in shorts]
            docs = docs.union(*(self.docs.get(short, ()) for short in shorts))
            if docs or more:
                return wquery.Or([node, *more, *(wquery.Term("doc", d) for d in sorted(docs or ()))])
            return node

        def widen(node: wquery.Query) -> wquery.Query:
            if isinstance(node, wquery.Term) and node.fieldname == "entity":
                firms = self.firm_terms(node.text, known)
                if firms:
                    return wquery.Or([node, *(widen_term(wquery.Term("entity", t, boost=node.boost)) for t in firms)])
                return widen_term(node)
            return node

        return q.accept(widen)

    def firm_terms(self, term: str, known: Callable[[str], bool] | None = None) -> list[str]:
        """The whole entity terms of the organisations an ``entity`` field ``term`` names by
        another legal form (sorted; empty for most terms): when ``term`` is no name the index
        knows (not in ``docs`` nor merged, ``known(term)`` false: the index's own terms; None:
        none known), the organisations whose whole term or core is exactly its core
        (``folded_firm_core``: "brightwater ferries" of "brightwater ferries limited" or of the
        bare "brightwater ferries"), as "Brightwater Ferries Ltd" or "Brightwater Ferries".
        A name the index or grouping knows is as it is, unless it is exactly an organisation's
        core: "halsa pumps", written bare in one article, is also "Halsa Pumps Ltd" of another
        (t13h F5). Never by a prefix: "apple limited" is not "apple daily", "gravdal" is not
        "gravdal mining ltd"; never a person or place whose name is the core."""
        if not self.firms:
            return []
        name = " ".join(term.replace(",", " ").split())
        core = folded_firm_core(name)
        if term in self.docs or term in self.home_terms() or (known is not None and known(term)):
            # a name the grouping or the index knows: as it is, but for the firms it is the core
            # of when no person or place the grouping leaves apart is named so
            return [] if term in self.apart else sorted(t for t in self.firms.get(term, ()) if t != term)
        # the bare core too (t13g F2a): "gravdal mining" when every article writes a legal form
        return sorted(t for t in self.firms.get(core, ()) if t != term)

    def said_forms(self) -> dict[str, list[SaidWidening]]:
        """A speaker's name as a ``said`` term names it (``said.said_terms``: an entity's whole
        entity term or one of its words, ``name_forms``) → for each entity bearing it that the
        grouping merges other names into (``into``: a lone surname, a short form) or gives
        articles by a word of its name: a :class:`SaidWidening` (the whole terms of those other
        names, sorted; the articles the grouping gives the entity whose own terms lack its whole
        name, ``docs``, sorted; for a term that is also a word of another person's name, that
        person's whole terms). "ilsa brannock" and "ilsa" → [(["brannock"], ["blog"], {})] where
        blog.txt writes "Governor Brannock" and another article "Ilsa Brannock". Worked out once
        per view (linear in ``into`` and the corpus's person names)."""
        if self._said is None:
            aliases: dict[str, set[str]] = {}
            for folded, home in self.into.items():
                aliases.setdefault(home, set()).add(folded)
            said: dict[str, list[SaidWidening]] = {}
            done: set[str] = set()
            for home in sorted(aliases):
                person = home.startswith("PERSON:")
                whole = name_forms(home.partition(":")[2], person)
                docs = self.docs.get(whole[0], set()) if whole else set()
                if not docs:
                    continue
                done.add(whole[0])
                others = {f[0] for a in aliases[home] if (f := name_forms(a.partition(":")[2], person))}
                own = others | {whole[0]}
                # a word of the name too: the article the grouping gives the whole name may write
                # only that word where no mention of its own is ("Ríos told the radio that …")
                others.update(w for w in whole[0].split() if len(w) > 1)
                clash = self._clashes(others, own)
                for form in dict.fromkeys(whole):
                    if written := sorted(others - {form}):
                        said.setdefault(form, []).append(SaidWidening(written, sorted(docs), clash))
            # A name the grouping gives an article by a word of it its recogniser left untyped, no
            # alias (``into``) between them: "Ríos told the radio that …" in the blog is the
            # "Ángela Ríos" the wire names, as the quotes' speakers are grouped
            # (quotes.merge.entity_speakers: the article's mention of that word is the entity's),
            # so said:"Ángela Ríos" and said:Angela find the blog where said:Rios does (t13y G9).
            for whole_form, docs in sorted(self.docs.items()):
                words = [w for w in whole_form.split() if len(w) > 1]
                if whole_form in done or len(words) < 2 or not self.names_person(whole_form):
                    continue
                clash = self._clashes(words, {whole_form})
                for form in name_forms(whole_form, True):
                    if written := sorted(set(words) - {form}):
                        said.setdefault(form, []).append(SaidWidening(written, sorted(docs), clash))
            self._said = said
        return self._said

    def _clashes(self, terms: Iterable[str], own: set[str]) -> dict[str, list[str]]:
        """Each of ``terms`` (a name's words or other names) that is also a word, or the words, of
        another person the corpus types (:meth:`person_terms`, not one of ``own``: the entity's
        whole term and the names merged into it) → those persons' whole terms, sorted. Where such
        a person is named, the term is no mention of this entity: "smith" where Anna Smith
        speaks is not John Smith's (review s35-rv item 3)."""
        by_word = self._person_words()
        out: dict[str, list[str]] = {}
        for term in terms:
            words = term.split()
            if not words:
                continue
            hits = {p for p in by_word.get(words[0], ()) if p not in own and set(words) <= set(p.split())}
            if hits:
                out[term] = sorted(hits)
        return out

    def person_terms(self) -> set[str]:
        """The whole entity terms of the persons the corpus types (:attr:`CorpusNames.by_first`:
        its surfaces typed PERSON) and of the persons ``into`` merges names into."""
        if self._people is None:
            people = {
                name_forms(key.partition(":")[2])[0]
                for found in self.names.by_first.values()
                for _surface, label, key in found
                if label == "PERSON" and key.partition(":")[2].strip()
            }
            people.update(name_forms(h.partition(":")[2])[0] for h in self.into.values() if h.startswith("PERSON:"))
            self._people = people
        return self._people

    def _person_words(self) -> dict[str, set[str]]:
        """Each word of a person's whole term (:meth:`person_terms`) → those whole terms."""
        if self._by_word is None:
            by_word: dict[str, set[str]] = {}
            for person in self.person_terms():
                for w in person.split():
                    by_word.setdefault(w, set()).add(person)
            self._by_word = by_word
        return self._by_word

    def names_person(self, form: str) -> bool:
        """Whether the whole entity term ``form`` ("angela rios") is a person's name the corpus
        types (:attr:`CorpusNames.by_first`: its surfaces typed PERSON), or a person's key
        ``into`` merges names into."""
        return form in self.person_terms()

    def widen_said(self, q: wquery.Query) -> wquery.Query:
        """``q`` with each ``said`` term naming a speaker the grouping joins other names to
        (:meth:`said_forms`; the speaker's whole name or one of its words, alone or with what
        the term asks them to have said: a word, a pair, a prefix ``said.WORD_MARK`` + ``word*``)
        also matching, in the articles the grouping gives that speaker and only there, the same
        term of the names those articles write: ``said:"Ilsa Brannock" river`` finds "Governor
        Brannock said … the river …" where the grouping joins that Brannock to Ilsa Brannock,
        as ``who:`` does (:meth:`expand`). A name that is also a word of another person's
        (:attr:`SaidWidening.clash`) is matched only in those articles that name no such person
        (by their ``entity`` terms or the grouping): "Smith" is Anna Smith's where she is named,
        never John Smith's (review s35-rv item 3). Each widening is a
        :class:`~.parser.SaidGrouped` node (not a term the query asks for: ``positive_terms``).
        Call it before prefixes are expanded (a prefix term's other names are prefixes too)."""
        forms = self.said_forms()
        shorts_of = self.short_forms()
        whole_of = self.alias_wholes()
        if not forms and not shorts_of and not whole_of:
            return q

        def grouped(names: list[str], docs: Iterable[str], rest: str, boost: float) -> SaidGrouped:
            return SaidGrouped(
                [
                    wquery.Or([wquery.Term(SAID_FIELD, name + rest, boost=boost) for name in names]),
                    wquery.Or([wquery.Term("doc", d) for d in docs]),
                ]
            )

        def widen(node: wquery.Query) -> wquery.Query:
            if not (isinstance(node, wquery.Term) and node.fieldname == SAID_FIELD):
                return node
            text = fold(node.text)
            # the longest name the term opens with: "ilsa brannock" of "ilsa brannock:riv*"
            heads = [i for i, c in enumerate(text) if c in (" ", WORD_MARK)] + [len(text)]
            more: list[wquery.Query] = []
            # a whole name's one short form, in the articles whose names hold it ("The NWS said"
            # where another article defines the National Weather Service's NWS: short_forms)
            whole = next((text[:i] for i in reversed(heads) if text[:i] in shorts_of), None)
            if whole is not None:
                for short in sorted(shorts_of[whole]):
                    said = wquery.Term(SAID_FIELD, short + text[len(whole) :], boost=node.boost)
                    more.append(SaidGrouped([said, wquery.Term("entity", short)]))
            # a name the grouping merges into another entity, whole ("ncsc" of the National Cyber
            # Security Centre, "NCSC" written alone or defined in an article): that entity's
            # quotes too, as who: finds them (t13ar N1: said:NCSC police missed the quote the
            # Quotes screen credits to the entity)
            alias = next((text[:i] for i in reversed(heads) if text[:i] in whole_of), None)
            if alias is not None:
                rest = text[len(alias) :]
                more += [wquery.Term(SAID_FIELD, w + rest, boost=node.boost) for w in sorted(whole_of[alias])]
            head = next((text[:i] for i in reversed(heads) if text[:i] in forms), None)
            if head is None:
                return wquery.Or([node, *more]) if more else node
            rest = text[len(head) :]
            for widening in forms[head]:
                plain = [n for n in widening.names if n not in widening.clash]
                if plain:
                    more.append(grouped(plain, widening.docs, rest, node.boost))
                for name in widening.names:
                    people = widening.clash.get(name)
                    if not people:
                        continue
                    # the articles the grouping names such a person in are left out here, those
                    # naming one themselves by the query (their own ``entity`` terms)
                    given = set().union(*(self.docs.get(p, set()) for p in people))
                    docs = [d for d in widening.docs if d not in given]
                    if docs:
                        named = wquery.Or([wquery.Term("entity", p) for p in people])
                        more.append(wquery.AndNot(grouped([name], docs, rest, node.boost), named))
            return wquery.Or([node, *more]) if more else node

        return q.accept(widen)

    def alias_wholes(self) -> dict[str, set[str]]:
        """A name's whole term the grouping merges into another entity (``into``: a short form,
        a firm's leading words, a lone surname) or writes for an entity of another name
        (``written``) → the whole terms of those entities ("ncsc" → {"national cyber security
        centre"}); unlike :meth:`home_terms`, the alias's words alone are not keys. Worked out
        once per view (linear in ``into`` and ``written``)."""
        if self._alias_wholes is not None:
            return self._alias_wholes
        out: dict[str, set[str]] = {}
        for folded, home in self.into.items():
            person = home.startswith("PERSON:")
            alias = name_forms(folded.partition(":")[2], person)
            whole = name_forms(home.partition(":")[2], person)
            if alias and whole and alias[0] != whole[0]:
                out.setdefault(alias[0], set()).add(whole[0])
        for form, wholes in self.written.items():
            out.setdefault(form, set()).update(w for w in wholes if w != form)
        self._alias_wholes = {a: w for a, w in out.items() if w}
        return self._alias_wholes

    def short_forms(self) -> dict[str, set[str]]:
        """An entity's whole term → the one-word terms written for it and for no other entity,
        no word of its name ("national weather service" → {"nws"}, an article defining "the
        National Weather Service (NWS)"): an article writing "NWS" alone is grouped into that
        entity (``grouping.defined_abbreviations``), so ``who:"National Weather Service"`` finds
        it too (t13air S2). Worked out once per view (linear in ``written``)."""
        if self._short is None:
            short: dict[str, set[str]] = {}
            for form, wholes in self.written.items():
                if len(wholes) != 1 or " " in form:
                    continue
                (whole,) = wholes
                if " " in whole and form not in whole.split():
                    short.setdefault(whole, set()).add(form)
            self._short = short
        return self._short

    def word_shorts(self) -> dict[str, set[str]]:
        """Each word of an entity's whole term that has short forms (:meth:`short_forms`) → those
        short forms ("nederlandsche" → {"dnb"}): a word of a name finds every article of its
        entity, the article writing only "DNB" included (t13al N11). Worked out once per view."""
        if self._word_shorts is None:
            by_word: dict[str, set[str]] = {}
            for whole, shorts in self.short_forms().items():
                for word in whole.split():
                    if word != whole:
                        by_word.setdefault(word, set()).update(shorts)
            self._word_shorts = by_word
        return self._word_shorts

    def home_terms(self) -> dict[str, set[str]]:
        """A merged name's whole entity term, and each word of it that is no word of the entity
        it is merged into, → the whole terms of the entities ``into`` merges it into ("kestrel
        hydro" → {"kestrel hydro holdings"}; "limited" of "Brightwater Ferries Limited" →
        {"brightwater ferries ltd"}): an article naming the entity by its whole name has no term
        of the other form, nor of its words, so a word of any form of an entity finds every
        article of it (t13u F2); and each name as written for an entity of another name
        (``written``: "cwa" → {"central weather administration"}). Worked out once per view
        (linear in ``into`` and ``written``)."""
        if self._homes is None:
            homes: dict[str, set[str]] = {}
            for folded, home in self.into.items():
                person = home.startswith("PERSON:")
                alias = name_forms(folded.partition(":")[2], person)
                whole = name_forms(home.partition(":")[2], person)
                if alias and whole and alias[0] != whole[0]:
                    for form in (alias[0], *(w for w in alias[1:] if w not in whole)):
                        homes.setdefault(form, set()).add(whole[0])
            for form, wholes in self.written.items():
                homes.setdefault(form, set()).update(wholes)
            self._homes = homes
        return self._homes


def corpus_view(kept: Mapping[str, object]) -> CorpusView:
    """The grouping of the corpus whose articles' kept values are ``kept`` (doc → value,
    :func:`~waic_reader.index.analysis.kept_mentions.kept_names`), from those values alone: no
    article is read or analysed again (each keeps where its uncovered capitalised words stand,
    ``open_places``). A value not of the kept shape counts as an article without names. The
    grouped mentions of an article the view touches, their keys merged by ``into``, that its own
    mentions (text and folded key) lack give it their entity terms (``docs``)."""
    from waic_reader.index.search.whoosh.names_state import NamesState

    return NamesState.worked_out(kept).view()


def merged_keys(keys: Iterable[str], forms: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Folded key → the key of the entity the grouping merges it into: a lone surname into the
    one person of that surname (``surname_aliases``), a firm written or typed more than one way
    into its one entity (``firm_homes``: "Brightwater Ferries Ltd." into "Brightwater Ferries"),
    a name written apart into its one-word spelling (``spaced_camel_names``), a name the corpus
    writes another entity by into that entity (``forms``: (compact form, key) pairs of the
    articles' mentions, ``grouping.written_forms``; ``written_form_homes``: "Cal Fire" into the
    body an article defines "(CAL FIRE)" for), a short form into its one long form
    (``merge_short_forms``), as :func:`~waic_reader.index.analysis.entities.grouping.group`
    does."""
    spelled: dict[str, str] = {}
    for key in sorted(keys):  # one spelling of a folded key, whatever order the keys come in
        spelled.setdefault(key_form(key), key)
    into = hyphen_variants(spelled.values())
    for alias, person in surname_aliases(k for f, k in spelled.items() if f not in into).items():
        into.setdefault(alias, person)
    # a firm written with and without its legal form ("Brightwater Ferries Ltd."), "Kestrel
    # Hydro" typed a person where the corpus names "Kestrel Hydro Holdings", one name typed a
    # person in one article and a firm in another: one entity, as corpus_votes.firms_whole groups it
    # for the entity list (follows from the keys alone, too)
    for other, firm in firm_homes(spelled.values()).items():
        into.setdefault(key_form(other), firm)
    # an abbreviation no article defines, the initials of one name ("NWS": "National Weather
    # Service"), as grouping.defined_abbreviations joins it (t13ap N15)
    for abbreviation, initialled in initialled_keys(spelled.values()).items():
        into.setdefault(abbreviation, initialled)
    # a name written apart and as one word ("Cal Fire", "CalFire"), then a name an article writes
    # another entity by ("CAL FIRE" defined for the Department of Forestry and Fire Protection),
    # as grouping.group joins them (t13aw N9: who:"CAL FIRE" found more than the entity list)
    camel_keys = {key_form(k): Entity(k, k.partition(":")[2], k.partition(":")[0]) for k in spelled.values()}
    for spaced, camel in spaced_camel_names(camel_keys).items():
        into.setdefault(spaced, camel)
    for written, joined in written_form_homes(spelled.values(), forms).items():
        into.setdefault(written, joined)
    entities: list[Entity] = []
    for folded, key in spelled.items():
        if folded in into:
            continue
        label, _, name = key.partition(":")
        entities.append(Entity(key, name, label, [("", Mention(0, 0, name, label, key))]))
    for home in merge_short_forms(entities):
        for _doc, m in home.mentions:
            if m.key != home.key:  # merged into ``home``
                into[key_form(m.key)] = home.key
    return _followed(into)


def _followed(into: dict[str, str]) -> dict[str, str]:
    """``into`` with each key merged into the entity its home is merged into in turn: "Andina
    Sur" typed a person goes into the firm "Andina Sur", which goes into "Minera Andina Sur
    S.A." (t13o F3: the article's mention stayed "Andina Sur" in its own entity list, the panel
    and ``entity:``, while the corpus list joined it), so an article's entities, the corpus list
    and ``who:`` agree whatever order the forms come in."""
    out: dict[str, str] = {}
    for folded, home in into.items():
        seen = {folded}
        while (form := key_form(home)) in into and form not in seen:
            seen.add(form)
            home = into[form]
        out[folded] = home
    return out


# -- the view kept beside the index (read as untrusted input) ---------------------------------

# the layout of view_to_json's output (bump with any change to it; 2: "firms"; 3: "spelled"; 4,
# s23-h: "apart", and a view kept before one firm's keys counted as one entity's names,
# NamesState.homes, is worked out again; 5, s24-c: a firm's leading word types only where the text
# makes it the firm, a lone surname's votes count as its person's; 6, s24-k: a surface's votes of
# keys of one folded form count as one entity's; 7, s27-i: a given name and surname join the one
# longer name of the corpus that opens and ends with them; 8, s29-g: a person's name written with
# spaces joins the corpus's spelling with hyphens, grouping.hyphen_variants; 9, s29-g: a key goes to
# the home of its home, merged_keys' _followed; 10, s29-g: a given name and first surname join the
# one three-word name opening with them; 11, s29-j: "spelled" keyed by grouping.spelling_form, and
# an article opening with a name the corpus adds keeps its other grouped names; a name typed a
# facility and a person is the facility, grouping.one_kind; 12, s31-j: a lone compound surname
# joins the one person whose name ends with it, person_joins._compound_surnames; 13, s31-j: a
# two-word name typed a vessel or a place and a person is the thing, firm_homes.things_named_as_people;
# 14, s32-p: a given name written joined joins its spelling with a hyphen or a space,
# person_joins._joined_given; 15, s40-q: the gazetteer's aliases kept with the view, aliases and
# aliases_stamp; 16, s41-y3: written, the names written for an entity of another name; 17, s47-n2:
# bare, the corpus's one-word places, grouping.bare_places; 18, s49-s: a key retyped away is
# no entity ``into`` may merge into, names_state._all_keys; 19, s52-e2: a name written apart joins
# its one-word spelling, a name the corpus writes another entity by joins it, merged_keys)
VIEW_FORMAT = 19


def view_to_json(view: CorpusView, key: str) -> str:
    """``view`` as JSON for the file kept beside the index generation it was worked out on;
    ``key`` names that state of the index (:func:`view_from_json` gives the view back only
    for the same key)."""
    names = view.names
    return json.dumps(
        {
            "v": VIEW_FORMAT,
            "key": key,
            "places": names.places,
            "retype": [[s, k, lk[0], lk[1]] for (s, k), lk in names.retype.items()],
            "by_first": names.by_first,
            "into": view.into,
            "docs": {form: sorted(docs) for form, docs in view.docs.items()},
            "touched": sorted(view.touched),
            "firms": {core: sorted(terms) for core, terms in view.firms.items()},
            "spelled": view.spelled,
            "apart": sorted(view.apart),
            "aliases": view.aliases,
            "aliases_stamp": view.aliases_stamp,
            "written": {form: sorted(wholes) for form, wholes in view.written.items()},
            "bare": view.bare,
        },
        ensure_ascii=False,
    )


def _strs(x: object, n: int) -> bool:
    return isinstance(x, list) and len(x) == n and all(isinstance(s, str) for s in x)


def view_from_json(text: str, key: str) -> CorpusView | None:
    """The view :func:`view_to_json` kept for ``key``; None for another key, another format or
    anything not of its shape (a damaged or hand-edited file is worked out again, never fatal)."""
    try:
        got = json.loads(text)
    except ValueError:
        return None
    if not isinstance(got, dict) or got.get("v") != VIEW_FORMAT or got.get("key") != key:
        return None
    places, retype, by_first = got.get("places"), got.get("retype"), got.get("by_first")
    into, docs, touched = got.get("into"), got.get("docs"), got.get("touched")
    firms, spelled, apart = got.get("firms"), got.get("spelled"), got.get("apart")
    aliases, aliases_stamp = got.get("aliases"), got.get("aliases_stamp")
    written, bare = got.get("written"), got.get("bare")
    if not (
        isinstance(places, dict)
        and all(_strs(lk, 2) for lk in places.values())
        and isinstance(retype, list)
        and all(_strs(r, 4) for r in retype)
        and isinstance(by_first, dict)
        and all(isinstance(v, list) and all(_strs(x, 3) for x in v) for v in by_first.values())
        and isinstance(into, dict)
        and all(isinstance(k, str) for k in into.values())
        and isinstance(docs, dict)
        and all(isinstance(v, list) and all(isinstance(d, str) for d in v) for v in docs.values())
        and isinstance(touched, list)
        and all(isinstance(d, str) for d in touched)
        and isinstance(firms, dict)
        and all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in firms.values())
        and isinstance(spelled, dict)
        and all(
            isinstance(v, dict) and all(isinstance(t, str) and type(c) is int for t, c in v.items())
            for v in spelled.values()
        )
        and isinstance(apart, list)
        and all(isinstance(t, str) for t in apart)
        and isinstance(aliases, dict)
        and all(isinstance(c, str) for c in aliases.values())
        and isinstance(aliases_stamp, str)
        and isinstance(written, dict)
        and all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in written.values())
        and isinstance(bare, dict)
        and all(_strs(kl, 2) for kl in bare.values())
    ):
        return None
    names = CorpusNames(
        {k: (lk[0], lk[1]) for k, lk in places.items()},
        {(r[0], r[1]): (r[2], r[3]) for r in retype},
        {w: [(x[0], x[1], x[2]) for x in v] for w, v in by_first.items()},
    )
    return CorpusView(
        names,
        dict(into),
        {form: set(v) for form, v in docs.items()},
        set(touched),
        {c: set(v) for c, v in firms.items()},
        {f: dict(v) for f, v in spelled.items()},
        set(apart),
        dict(aliases),
        aliases_stamp,
        {form: set(v) for form, v in written.items()},
        {k: (kl[0], kl[1]) for k, kl in bare.items()},
    )


def firm_forms(keys: Iterable[str]) -> dict[str, set[str]]:
    """:attr:`CorpusView.firms` of the entity ``keys`` ("LABEL:name"): each ORG key's whole
    entity term (``name_forms``) and its core without legal forms (``folded_firm_core``) → the
    whole terms of the ORG keys of that term or core. Linear in the keys."""
    out: dict[str, set[str]] = {}
    for key in keys:
        label, _, name = key.partition(":")
        forms = name_forms(name) if label == "ORG" else []
        if forms:
            whole = forms[0]
            out.setdefault(whole, set()).add(whole)
            out.setdefault(folded_firm_core(whole), set()).add(whole)
    return out


def apart_forms(keys: Iterable[str], firms: Mapping[str, set[str]], into: Mapping[str, str]) -> set[str]:
    """:attr:`CorpusView.apart` of the entity ``keys`` ("LABEL:name"), given the view's
    ``firms`` (:func:`firm_forms`) and ``into`` (:func:`merged_keys`): the whole entity term of
    each key of another label than ORG, not merged into an organisation, that is a key of
    ``firms`` (a place "Halvik" beside the firm "Halvik AS"). Linear in the keys."""
    out: set[str] = set()
    for key in keys:
        label, _, name = key.partition(":")
        home = into.get(key_form(key))
        if label == "ORG" or (home is not None and home.partition(":")[0] == "ORG"):
            continue
        forms = name_forms(name)
        if forms and forms[0] in firms:
            out.add(forms[0])
    return out
