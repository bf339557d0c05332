"""A surface the corpus reads as two kinds of entity, each named by the surface itself (a town
"GPE:Skardvik" in English articles, "PERSON:Skardvik" in another language's), still types the
other articles' untyped mentions by the reading more articles give: one article's conflicting
reading never leaves them nameless; a tie leaves them alone (issue #16, round s38-y4, t13af
N11)."""

from __future__ import annotations

from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions, surface_name
from waic_reader.index.analysis.entities.mentions import Mention


def test_more_articles_win_and_retype() -> None:
    found = {("GPE", "GPE:Tromvik"): {"a", "b", "c"}, ("PERSON", "PERSON:Tromvik"): {"de"}}
    first, retypes = surface_name("Tromvik", found)
    assert first == ("Tromvik", "GPE", "GPE:Tromvik")
    assert retypes == [(("Tromvik", "PERSON:Tromvik"), ("GPE", "GPE:Tromvik"))]


def test_two_against_one_types_untyped() -> None:
    found = {("PERSON", "PERSON:Varnholm"): {"de"}, ("LOC", "LOC:Varnholm"): {"blog", "wire"}}
    first, _ = surface_name("Varnholm", found)
    assert first == ("Varnholm", "LOC", "LOC:Varnholm")


def test_tie_stays_untyped() -> None:
    found = {("GPE", "GPE:Kelso"): {"a"}, ("PERSON", "PERSON:Kelso"): {"c"}}
    assert surface_name("Kelso", found) == (None, [])


def _added(texts: dict[str, str], typed: dict[str, list[tuple[str, str]]]) -> dict[str, set[tuple[str, str]]]:
    given = {
        doc: [
            Mention(texts[doc].index(n), texts[doc].index(n) + len(n), n, label, f"{label}:{n}")
            for n, label in typed.get(doc, [])
        ]
        for doc in texts
    }
    out = corpus_mentions(given, texts)
    return {doc: {(m.text, m.label) for m in out[doc]} for doc in texts}


def test_one_articles_misreading_leaves_the_others_typed() -> None:
    texts = {
        "wire": "A ferry collided off Skardvik on Friday.",
        "b": "Police in Skardvik opened an inquiry.",
        "de": "Das sagte der Bürgermeister von Skardvik.",
        "c": "Insurers are studying the collision off Skardvik.",
        "d": "Boats left the Skardvik harbour at dawn.",
    }
    typed = {"wire": [("Skardvik", "GPE")], "b": [("Skardvik", "GPE")], "de": [("Skardvik", "PERSON")]}
    got = _added(texts, typed)
    assert ("Skardvik", "GPE") in got["c"], got
    assert ("Skardvik", "GPE") in got["d"], got
