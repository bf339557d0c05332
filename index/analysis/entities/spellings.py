"""The name an entity is shown by: the spelling of its whole name the corpus writes most (never
one in capitals over one in mixed case), and the form all spellings of one name share."""

from __future__ import annotations

import re
from collections.abc import Mapping

from waic_reader.index.analysis.entities.figure_names import figure_shown
from waic_reader.index.analysis.entities.lexicons import NAME_PARTICLES, legal_form
from waic_reader.index.analysis.entities.mentions import Entity
from waic_reader.index.corpus.tokens import fold


def written_name(ent: Entity) -> str:
    """The name ``ent`` is shown by: the spelling its mentions of the whole name outside
    boilerplate use most (:func:`most_written`: the first seen on a tie, never one in capitals
    over one in mixed case), so an entity is never named in a folded form no article writes
    ("Recep Tayyip Erdogan" for "Recep Tayyip Erdoğan"); its mentions in boilerplate only when
    none is outside it; its key's name when no mention writes the whole name (a gazetteer name
    met only by an alias). Counted as ``kept_mentions.spellings`` counts the corpus's spellings
    (what names an entity in ``entities DOC`` and the entity panel: one rule). What counts as the
    whole name: :func:`whole_counts`. A figure is shown by its value (:func:`figure_named`)."""
    shown = figure_named(ent)
    if shown is not None:
        return shown
    counts: dict[str, dict[str, int]] = {}
    boilerplate: dict[str, dict[str, int]] = {}
    for _doc, m in ent.mentions:
        text = " ".join(m.text.split())
        into = (boilerplate if m.noise else counts).setdefault(spelling_form(text), {})
        into[text] = into.get(text, 0) + 1
    whole = whole_counts(ent.name, ent.label, counts) or whole_counts(ent.name, ent.label, boilerplate)
    return most_written(_shown_key(ent), whole)


# The labels of figures, keyed by their value (``patterns.figure_value_name``: "$2.5m" and "$2.5
# million" one entity), not by a name: every spelling of theirs is the whole figure.
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def figure_named(ent: Entity) -> str | None:
    """The name a figure entity (:data:`FIGURE_LABELS`, keyed by its value) is shown by: its value
    spelled one way (``figure_names.figure_shown``: "1,450" for "More than 1,450", "1 450" and
    "1,450"), whichever of its articles are counted, so ``entities DOC`` and the corpus's list name
    it alike and a bound's spelling never labels its row (t13ap N21, round s49-f); None for any
    other entity."""
    if ent.label not in FIGURE_LABELS:
        return None
    return figure_shown(ent.key.partition(":")[2])


def _shown_key(ent: Entity) -> str:
    """The key name :func:`most_written` may fall back on: a figure's key is a value, never a
    name to show (a figure is shown by a spelling its mentions write), "" for one."""
    return "" if ent.label in FIGURE_LABELS else ent.name


def corpus_named(ent: Entity, spelled: Mapping[str, Mapping[str, int]], name: str | None = None) -> str | None:
    """The name ``ent`` (keyed ``name``, by default its ``name``) is shown by on the whole
    corpus's counts (``spelled``: spelling form → {text: count}, ``kept_mentions.spellings``), as
    :func:`written_name` names it on its own mentions: the whole name (:func:`whole_counts`)
    written most often. Counted are its key's
    form, the forms its mentions write and, for another entity than a person, its name without a
    closing complement (:func:`_whole_heads`) where the corpus writes it and no other name opens
    with it ("Estadio Monteluz", where some articles only are grouped, beside "Estadio Monteluz
    de Cordaleza"; not where the corpus writes "Estadio Monteluz Norte" too). None when ``spelled``
    holds none of them. A figure is shown by its value (:func:`figure_named`)."""
    shown = figure_named(ent)
    if shown is not None:
        return shown
    name = ent.name if name is None else name
    want = spelling_form(name)
    words = want.split()
    forms = {spelling_form(" ".join(m.text.split())) for _doc, m in ent.mentions} | {want}
    if ent.label != "PERSON":
        for n in _whole_heads(words):
            lead = " ".join(words[:n])
            if lead in spelled and lead not in forms and not _leads_other(lead, want, spelled):
                forms.add(lead)
    counts = whole_counts(name, ent.label, {f: spelled[f] for f in forms if f in spelled})
    return most_written(_shown_key(ent) if name == ent.name else name, counts) if counts else None


# The words opening a complement a name may be written without, its head a whole name of its own
# ("Estadio Monteluz de Cordaleza", "Grand Hotel of Halvik"): "of" and the particles of names.
_COMPLEMENT_LINKS = NAME_PARTICLES | {"of"}


def _whole_heads(words: list[str]) -> list[int]:
    """How many leading words of a (folded) name of another entity than a person make a whole
    name of it: two or more, before a complement opened by "of" or a particle ("estadio monteluz"
    of "estadio monteluz de cordaleza"); never before a firm's tail or legal form, which its short
    form drops ("Kestrel Hydro" of "Kestrel Hydro Holdings", "Bravik Energy" of "Bravik Energy
    ASA"), nor its trailing words."""
    return [n for n in range(2, len(words)) if words[n] in _COMPLEMENT_LINKS]


def _leads_other(lead: str, want: str, spelled: Mapping[str, Mapping[str, int]]) -> bool:
    """Whether a form of ``spelled`` longer than ``lead`` opens with its words and is no leading
    part of ``want`` (nor ``want`` itself): another name ``lead`` may shorten."""
    head = lead + " "
    return any(f.startswith(head) and not (want + " ").startswith(f + " ") for f in spelled)


def whole_counts(name: str, label: str, spelled: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """Of an entity's spellings and how often each is written (``spelled``: spelling form →
    {text: count}, the forms its mentions write), those of the one name it is shown by
    (:func:`most_written` then picks the spelling): its whole name written most often, counting
    the spellings of one form together. A person's whole name is their name as keyed ("Emre
    Erdoğan", never the lone "Erdogan" written four times). Another entity's is its key's name or
    that name without a complement closing it (:func:`_whole_heads`: "Estadio Monteluz" of
    "Estadio Monteluz de Cordaleza"), so a longer form written once never beats the name written
    twelve times (t13u F10); never a short form dropping a firm's tail or legal form ("Kestrel
    Hydro" of "Kestrel Hydro Holdings"), its trailing words ("Meteorological Agency" of "Japan
    Meteorological Agency"), one word ("Kushiro") nor an alias. On a tie the longer form; spellings
    in capitals count only where no form is written in mixed case (:func:`shouted_spelling`). A
    figure's (:data:`FIGURE_LABELS`) is any spelling of it: its key is its value."""
    want = spelling_form(name)
    words = want.split()
    heads = {" ".join(words[:n]) for n in _whole_heads(words)} if label != "PERSON" else set()
    if label in FIGURE_LABELS:
        heads.update(spelled)  # a figure keyed by its value: each spelling of it is whole ("5 pct", "5%")
    if label == "ORG" and len(words) >= 2:
        # written with and without its leading "The" ("The Harbour Review"): one whole name (t13ao N7)
        heads.add(" ".join(words[1:]) if words[0] == "the" else f"the {want}")
    if label in _PLACE_LABELS and len(words) >= 2 and words[-1] in _PLACE_KIND_TAILS:
        heads.add(" ".join(words[:-1]))  # "Varnholm" of "Varnholm Municipality" (t13af N23)
    whole: dict[str, dict[str, int]] = {}
    for form, texts in spelled.items():
        if form == want or form in heads:
            _add_texts(whole.setdefault(form, {}), texts)
    if not whole and label != "PERSON":
        # a name met only by its aliases ("Green Party" of the gazetteer's "Greens"): shown by an
        # alias its articles write, as long as the key's name or longer, never the key's name no
        # article writes (t13af N16); a shorter alias ("US" of "United States") leaves the key's
        for form, texts in spelled.items():
            if len(form.split()) >= len(words):
                _add_texts(whole.setdefault(form, {}), texts)
    if len(whole) < 2:
        return next(iter(whole.values()), {})

    def weight(texts: Mapping[str, int], mixed: bool) -> int:
        return sum(c for t, c in texts.items() if not (mixed and shouted_spelling(t)))

    mixed = any(not shouted_spelling(t) for texts in whole.values() for t in texts)
    best = max(whole, key=lambda f: (weight(whole[f], mixed), len(f.split())))
    return whole[best]


def _add_texts(got: dict[str, int], texts: Mapping[str, int]) -> None:
    for text, count in texts.items():  # (spaces made one)
        text = " ".join(text.split())
        got[text] = got.get(text, 0) + count


# A place named with its administrative kind last, shown without it where its articles write it
# so more often ("Varnholm Municipality"); not "City", which ends other places' names ("Kansas
# City", "Mexico City"), and folded as spelling_form folds.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_KIND_TAILS = frozenset("municipality county district province prefecture oblast region kommune".split())


# A dot after a letter (an abbreviation's: "S.A.", "Co.", "U.S."; not a decimal point) and a
# comma before a space ("Veltrix Systems, Inc."): marks one whole name is written with or without.
_NAME_DOT = re.compile(r"(?<=[^\W\d_])\.")
_NAME_COMMA = re.compile(r",(?=\s|$)")


def spelling_form(text: str) -> str:
    """The form every spelling of one whole name shares, by which the corpus's spellings of an
    entity's name are counted together (:func:`written_name`, ``kept_mentions.spellings``): the
    text folded (:func:`~waic_reader.index.corpus.tokens.fold`: case, accents, apostrophes),
    without the dots of abbreviations and the commas before a legal form, one space between
    words. "Hidroandina Energía S.A.", "Hidroandina Energia S.A." and "Hidroandina Energia SA"
    are one name written three ways (t13p F12: the firm was shown by the one spelling that was
    its key's, written once, over the one written three times); "1.5" and "15", "4,500" and
    "4500" stay apart."""
    return " ".join(_NAME_COMMA.sub(" ", _NAME_DOT.sub("", fold(text))).split())


def _accented(text: str) -> int:
    """How a spelling ranks among equally written ones: by its letters with accents (outside
    ASCII: "Áncash" over "Ancash", "Energía" over "Energia"), so a folded spelling never wins a
    tie."""
    return sum(1 for c in text if c.isalpha() and not c.isascii())


def most_written(name: str, counts: dict[str, int]) -> str:
    """Of the spellings of ``name`` and how often each is written (``counts``: text → count, in
    the order first seen), the one to show (:func:`written_name`'s rule): the most written; on a
    tie the one with accents (:func:`_accented`: a folded spelling never wins a tie, t13p F12:
    "Ancash" named the region written "Áncash" as often), then ``name`` itself, then the first
    seen; ``name`` itself when nothing is written.
    A spelling in capitals never wins over one in mixed case, however often it is written: a
    headline, a dateline or a shouted line writes "ORVANE MINERALS AS" for "Orvane Minerals AS"
    (t13g F8). A name only ever written in capitals is ``name`` where that is not in capitals: the
    recogniser keyed it title-cased (:func:`lexicons.title_cased`: a dateline's "KVALSUND" is
    "Kvalsund", as the per-article list names it; t13i F5); one keyed in capitals ("NATO") keeps
    them."""
    mixed = {t: n for t, n in counts.items() if not shouted_spelling(t)}
    if counts and not mixed and name and not shouted_spelling(name):
        return name
    if mixed and len(mixed) < len(counts):
        counts = mixed
        if shouted_spelling(name) and name not in counts:
            name = next(iter(counts))  # (the key's own spelling is a shouted one: not shown)
    if not counts:
        return name
    top = max(counts.values())
    best = [t for t, n in counts.items() if n == top]
    most = max(_accented(t) for t in best)
    best = [t for t in best if _accented(t) == most]
    return name if name in best else best[0]  # then the first of them seen (dict order)


def shouted_spelling(text: str) -> bool:
    """Whether ``text`` is written in capitals: two letters or more, none in lower case; or a word
    of it, three letters or more, in capitals beside a word in mixed case ("Trine HOLMEN" of
    "Trine Holmen", as some outlets write a surname: t13i F10; "NHS England" too, which only
    matters where the corpus writes that name another way), a legal form aside ("Bravik Energy
    ASA")."""
    if text.isupper():
        return sum(c.isalpha() for c in text) >= 2
    return any(len(w) >= 3 and w.isalpha() and w.isupper() and not legal_form(w) for w in text.split())
