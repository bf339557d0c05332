"""A club named by its town and a plural nickname ("Calgary Hitmen", "Toronto Maple Leafs"), or a
tournament by a number's plural ("Dubai Sevens"): ``team_label``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from waic_reader.index.analysis.entities.gazetteer import city_names
from waic_reader.index.analysis.entities.words import Unit, cue_label, is_title
from waic_reader.index.analysis.lexicon import NUMBER_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER

# A club's plural nickname after its town ("Oilers", "Maple Leafs", "Hitmen"; team_label):
# not "-ss", "-us", "-is" nor a possessive.
_TEAM_PLURAL = re.compile(rf"{CAP}[{LOWER}]*(?:[^sui'’\W]s|men)")


def team_label(
    text: str, run: list[Unit], known_word: Callable[[str], bool], label_of: Callable[[int], str]
) -> str | None:
    """ "ORG" when ``run`` is a club named by its town and a plural nickname ("Calgary Hitmen",
    "Toronto Maple Leafs"): a known place (a gazetteer GPE, or a city of the city list), then
    one to three unknown capitalised words, one space apart, the last a plural ("-s", "-men")
    that is no kind word ("Heights", "Games", "Accords"), no gazetteer name alone ("Democrats")
    and not shouted; "EVENT" when that plural is a number's, a tournament's format ("Dubai
    Sevens"); else None. Without it the town stood alone and the nickname was dropped or read
    as a person's surname. ``known_word``: whether a word alone is a gazetteer name; ``label_of``: the
    label of a gazetteer entity by its id."""
    if run and run[0].eid < 0 and run[0].text in ("The", "THE"):
        run = run[1:]  # "The Saskatoon Blades beat ...": the article stays outside (emit)
    if not run:
        return None
    last = run[-1]
    word = last.text
    if (
        len(run) < 2
        or last.eid >= 0
        or not _TEAM_PLURAL.fullmatch(word)
        or cue_label(word) is not None
        or cue_label(word[:-1]) is not None
        or known_word(word)
        or known_word(word[:-1])
    ):
        return None
    label = "EVENT" if word[:-1].lower() in NUMBER_WORDS else "ORG"  # "Dubai Sevens": a tournament
    if any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run)):
        return None
    for k in range(1, min(len(run), 4)):
        head, nick = run[:k], run[k:]
        if len(nick) > 3 or any(u.eid >= 0 or is_title(u.text)[0] for u in nick):
            continue
        if k == 1 and head[0].eid >= 0:
            if label_of(head[0].eid) == "GPE":
                return label
        elif all(u.eid < 0 for u in head) and text[head[0].s : head[-1].e] in city_names():
            return label
    return None
