"""A national branch of an international body, written "the <Nationality> <Body>".

"The Portuguese Red Cross sent 30 volunteers": the Red Cross movement's national society in
Portugal, one organisation (OntoNotes: "the American Red Cross" is one ORG), not the NORP
"Portuguese" and the movement "Red Cross". Read for any body the gazetteer knows as an
organisation, after "the" and a nationality ("the Turkish Red Crescent", "the Irish Amnesty
International"); a body whose own name already holds its country ("the Argentine Instituto
Antártico Argentino") is no gazetteer name and is left as it is. Written the other way round, "the
<Body> of <Country>", a known body's name and "of" a country name that country's own body ("the
Securities and Exchange Commission of Zambia": one ORG, never the US commission and a GPE). A
place written right before a known body's name, "Kenya Red Cross" or "the Bangladesh Red Crescent",
names that place's own society the same way: one ORG, not a GPE beside the movement's name (a place
beside a body across a comma or a line is no such name, "in Kenya, Red Cross volunteers").
Spanish, Portuguese and Italian write the nationality after the body, as an adjective: "Cruz Roja
Española", "Cruz Roja Mexicana", "Croce Rossa Italiana" are one ORG too (t13at N6: a PERSON "Cruz
Roja Española").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from waic_reader.index.analysis.entities.gazetteer import capitals, nations
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import Cand, cue_label
from waic_reader.index.corpus.letters import CAP, LOWER
from waic_reader.index.corpus.tokens import fold

_THE = re.compile(r"\b[Tt]he $")
# A nationality adjective of Spanish, Portuguese or Italian, capitalised in a body's name, by the
# endings those languages form demonyms with (-ano/-ana "Mexicana", "Italiana"; -eno/-ena, -eño/-eña
# "Chilena", "Hondureña"; -és/-esa "Portuguesa", "Francesa"; -ol/-ola "Española"; -ense
# "Costarricense"; -ino/-ina "Argentina"; -ico/-ica "Británica"; -eiro/-eira "Brasileira").
_ROMANCE_NATIONALITY = re.compile(
    rf" (?P<adj>{CAP}[{LOWER}]+(?:an[oa]|e[nñ][oa]|es[ao]|ol[ao]?|ense|in[oa]|ic[oa]|eir[oa]))(?![\w'’-])(?! {CAP})"
)
# (a capital after it makes the word a given name: "the Red Cross Angelina Jolie visited")


def _country(name: str) -> bool:
    """Whether ``name`` is a country's name (:func:`gazetteer.nations`), no capital standing for it
    ("the European Commission of Brussels fame")."""
    return (folded := fold(name)) in nations() and folded not in capitals()


def national_branches(text: str, chosen: list[Cand], known: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with "the" + a NORP, or a GPE, + a gazetteer ORG right after it made one ORG, and a gazetteer
    ORG whose last word is a body's kind + "of" + a gazetteer GPE (see the module docstring);
    ``known`` gives a gazetteer name's canonical name. Linear in ``chosen``."""
    out: list[Cand] = []
    for c in chosen:
        s, e, label, _ = c
        if out and s < out[-1][1]:
            continue  # the nationality after a body, taken into it below
        if label == "ORG" and (adj := _ROMANCE_NATIONALITY.match(text, e)) is not None and known(text[s:e]):
            # "Cruz Roja Española": the body's national society, one ORG
            name = " ".join(text[s : adj.end()].split())
            out.append((s, adj.end(), "ORG", entity_key("ORG", name)))
            continue
        if out and label == "ORG":
            s0, e0, label0, _ = out[-1]
            if (
                text[e0:s] == " "
                and known(text[s:e]) is not None
                and (
                    (label0 == "NORP" and " " not in text[s0:e0] and _THE.search(text, max(0, s0 - 4), s0) is not None)
                    # "Kenya Red Cross Secretary General Peter Mwangi": a place's own society, with
                    # or without "the" (t13al-r S2: a false place and a movement 'who:' never found)
                    or label0 == "GPE"
                )
            ):
                name = " ".join(text[s0:e].split())
                out[-1] = (s0, e, "ORG", entity_key("ORG", name))
                continue
        if out and label == "GPE" and text[out[-1][1] : s] == " of ":
            s0, e0, label0, _ = out[-1]
            if (
                label0 == "ORG"
                and known(text[s0:e0]) is not None
                and _country(text[s:e])
                and cue_label(text[s0:e0].rsplit(" ", 1)[-1]) == "ORG"
            ):
                # "the Securities and Exchange Commission of Zambia": the country's own body, named
                # by a known body's name (its last word a body's kind) and the country (issue #16,
                # round s43-e: held-out 36's ORG was cut before "of", the US commission kept)
                name = " ".join(text[s0:e].split())
                out[-1] = (s0, e, "ORG", entity_key("ORG", name))
                continue
        out.append(c)
    return out
