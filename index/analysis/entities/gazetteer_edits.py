"""What an edit of the user's gazetteer can change: the names of the entries it changes.

The recogniser reads the gazetteer through its token trie (an alias matches where all its tokens
stand) and by looking a candidate name up (``Gazetteer.known``: the name's own tokens), so an
entry can change the names of an article only where the article writes one of the entry's
words. An edit that changes a few entries can therefore change only the articles writing one
of their words: the search index re-analyses those alone (``search.whoosh.gazetteer_docs``),
not the whole corpus.
"""

from __future__ import annotations

from waic_reader.index.analysis.entities.gazetteer import (
    BUNDLED_GAZETTEER,
    USER_GAZETTEER_NAME,
    GazEntry,
    load_gazetteer,
    merged_entries,
    parse_gazetteer_bytes,
)


def edited_names(old_user: bytes | None, new_user: bytes | None) -> list[str]:
    """Every name, alias and short form of each entry the merged gazetteer (the bundled one with
    the user's over it: ``gazetteer.merged_entries``) holds otherwise with the user's file
    ``new_user`` than with ``old_user`` (a file's bytes; None: no file): an entry added, removed,
    replaced or changed, in either form. When the entries both hold are merged in another order
    (which entry an alias two of them share goes to), every user entry of either file counts as
    changed. Empty when the two merge to the same gazetteer (a comment or a blank line edited).
    The bundled file is the one this code ships (the caller compares its digest)."""
    bundled, _errors, _removed, _digest = load_gazetteer(BUNDLED_GAZETTEER)
    old = _merged(bundled, old_user)
    new = _merged(bundled, new_user)
    changed: list[GazEntry] = []
    for name in old.keys() | new.keys():
        before, after = old.get(name), new.get(name)
        if before != after:
            changed.extend(e for e in (before, after) if e is not None)
    both = old.keys() & new.keys()
    if [n for n in old if n in both] != [n for n in new if n in both]:
        for raw in (old_user, new_user):
            if raw is not None:
                changed.extend(parse_gazetteer_bytes(raw, USER_GAZETTEER_NAME)[0])
    return sorted({form for entry in changed for form in (entry.name, *entry.aliases, *entry.short)})


def _merged(bundled: tuple[GazEntry, ...], user: bytes | None) -> dict[str, GazEntry]:
    if user is None:
        return merged_entries(bundled, (), ())
    entries, _errors, removed = parse_gazetteer_bytes(user, USER_GAZETTEER_NAME)
    return merged_entries(bundled, entries, removed)
