"""A title or role word of another language before a known person's lone surname is a cue for the
famous bearer (issue #16, round s32-i): "le président Macron", "el presidente Erdogan", "la
primera ministra Meloni", "Bundeskanzler Scholz", "Presidente Milei" went to the tourist, the
teacher or the captain the article names in full, or stayed a lone "Meloni" no ``who:`` search for
the famous person found. ``entities --json`` (each mention's owner) and ``who:`` search on French,
Spanish and German articles; ``quotes --json`` (the speaker) on English articles writing the
foreign title (quotes' speakers are read in English text only)."""

from __future__ import annotations

import json

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # reported shapes: another bearer in full, then the famous one with the title of the article's language
    "incendie": (
        "Incendie\n\nLe touriste Julien Macron, 29 ans, était près de la porte 7. « C'était comme une vague », "
        "a dit Macron.\n\nLe président Macron a envoyé ses condoléances dimanche.\n"
    ),
    "incendio": (
        "Incendio\n\nEl turista Emre Erdoğan, de 29 años, estaba cerca de la puerta 7. «Fue como una ola», "
        "dijo Erdogan.\n\nEl presidente Erdogan envió sus condolencias el domingo.\n"
    ),
    # no other bearer named
    "naufragio": "Naufragio\n\nLa primera ministra Meloni visitó el puerto el lunes.\n",
    "sturm": "Sturm\n\nAm Dienstag dankte Bundeskanzler Scholz der Küstenwache.\n",
    # English articles writing the foreign title: the quote's speaker
    "peso": (
        "Peso plan\n\nBUENOS AIRES (BA Times) - Economist Laura Milei, who teaches in Córdoba, doubted the plan. "
        '"The reserves are too thin," Milei said.\n\n'
        '"The plan will work," Presidente Milei told Radio Mitre on Monday.\n'
    ),
    "harbour": (
        "Harbour storm\n\nBERLIN (DW) - Captain Rolf Scholz, 52, brought the trawler in at dawn. "
        '"The waves were higher than the bridge," Scholz said.\n\n'
        '"They saved forty lives," Bundeskanzler Scholz told reporters on Tuesday.\n'
    ),
}

# (the famous person, the docs naming them, the lone surname, the title before it)
FAMOUS = [
    ("Emmanuel Macron", ["incendie"], "Macron", "président "),
    ("Recep Tayyip Erdogan", ["incendio"], "Erdogan", "presidente "),
    ("Giorgia Meloni", ["naufragio"], "Meloni", "ministra "),
    ("Olaf Scholz", ["harbour", "sturm"], "Scholz", "Bundeskanzler "),
    ("Javier Milei", ["peso"], "Milei", "Presidente "),
]
# (the bearer named in full, their doc)
BEARERS = [
    ("Julien Macron", "incendie"),
    ("Emre Erdoğan", "incendio"),
    ("Laura Milei", "peso"),
    ("Rolf Scholz", "harbour"),
]
QUOTES = [
    ("Javier Milei", "The plan will work", "Laura Milei", "The reserves are too thin"),
    ("Olaf Scholz", "They saved forty lives", "Rolf Scholz", "The waves were higher than the bridge"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("titles")
    root = tmp / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(root), "--index-dir", str(tmp / "ix")]


def _persons(capsys: pytest.CaptureFixture[str], base: list[str]) -> dict[str, dict]:
    return {e["name"]: e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"}


@pytest.mark.parametrize(
    ("famous", "docs", "surname", "title"), FAMOUS, ids=["fr", "es", "es-no-bearer", "de", "es-in-en"]
)
def test_the_titled_surname_is_the_famous_person(
    capsys: pytest.CaptureFixture[str], base: list[str], famous: str, docs: list[str], surname: str, title: str
) -> None:
    ents = _persons(capsys, base)
    assert famous in ents, sorted(ents)
    mentions = [m for m in ents[famous]["mentions"] if m["text"] == surname]
    assert sorted({m["doc"] for m in mentions}) == docs, (famous, mentions)
    for m in mentions:
        assert FILES[m["doc"]][: m["start"]].endswith(title), (famous, m)
    hits = _run(capsys, [*base, "search", f'who:"{famous}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == docs


@pytest.mark.parametrize(("bearer", "doc"), BEARERS, ids=["fr", "es", "es-in-en", "de-in-en"])
def test_the_bearer_keeps_their_own_mentions(
    capsys: pytest.CaptureFixture[str], base: list[str], bearer: str, doc: str
) -> None:
    """The bearer keeps their full name and the cue-less mention after it, never the titled one."""
    owned = [m for m in _persons(capsys, base)[bearer]["mentions"] if m["doc"] == doc]
    assert len(owned) == 2, owned
    hits = _run(capsys, [*base, "search", f'who:"{bearer}"', "--json"])["hits"]
    assert [h["doc"] for h in hits] == [doc]


@pytest.mark.parametrize(("famous", "famous_quote", "bearer", "bearer_quote"), QUOTES, ids=["milei", "scholz"])
def test_the_quote_after_the_title_is_the_famous_persons(
    capsys: pytest.CaptureFixture[str], base: list[str], famous: str, famous_quote: str, bearer: str, bearer_quote: str
) -> None:
    speakers = {
        s["name"]: [q["text"] for q in s["quotes"]] for s in _run(capsys, [*base, "quotes", "--json"])["speakers"]
    }
    assert famous_quote in speakers.get(famous, []), speakers
    assert bearer_quote in speakers.get(bearer, []), speakers
    assert famous_quote not in speakers.get(bearer, []), speakers
