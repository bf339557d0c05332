"""A firm written three ways across articles (one of them typed a person by one article's guess)
never breaks the merge of speakers (t13r F1: "Ferrovías Andinas S.A.", "Ferrovías Andinas" and
"Ferrovias Andinas" made ``quotes`` raise KeyError, in the CLI and the Quotes screen); a lone
surname still joins its person."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote, Speaker
from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "quotes_t13r_firm_spellings"


def _quote(doc: str, key: str, name: str, kind: str) -> Quote:
    return Quote(doc, 0, 5, "words", "reported", "said", Speaker(key, name, kind))


@pytest.mark.parametrize(
    "speakers",
    [
        # the reported spellings, the unaccented one typed a person
        [("ORG", "Ferrovías Andinas S.A."), ("ORG", "Ferrovías Andinas"), ("PERSON", "Ferrovias Andinas")],
        # invented: a Portuguese firm and its unaccented short form
        [("ORG", "Transportes Lourenço Lda"), ("PERSON", "Transportes Lourenco")],
        # invented: a firm of three words whose first two a person's guess took
        [("ORG", "Marta Sol Holdings"), ("PERSON", "Marta Sol"), ("ORG", "Marta Sol")],
    ],
)
def test_a_firms_spellings_never_break_the_merge(speakers: list[tuple[str, str]]) -> None:
    quotes = {f"d{i}": [_quote(f"d{i}", f"{kind}:{name}", name, kind)] for i, (kind, name) in enumerate(speakers)}
    merged = merge_speakers(quotes)
    for i, (kind, name) in enumerate(speakers):
        sp = merged[f"d{i}"][0].speaker
        assert sp is not None and sp.type == kind
        if kind == "ORG":  # a firm is never re-keyed to a person
            assert sp.key == f"ORG:{name}"


def test_a_lone_surname_still_joins_its_person() -> None:
    quotes = {
        "a": [_quote("a", "PERSON:Hiroshi Ueda", "Hiroshi Ueda", "PERSON")],
        "b": [_quote("b", "PERSON:Ueda", "Ueda", "PERSON")],
        "c": [_quote("c", "ORG:Ueda Holdings", "Ueda Holdings", "ORG")],
    }
    merged = merge_speakers(quotes)
    assert merged["b"][0].speaker is not None and merged["b"][0].speaker.name == "Hiroshi Ueda"


def test_the_reported_articles_give_their_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "c"
    shutil.copytree(FIXTURE, root)
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    names = {s["name"] for s in data["speakers"]}
    assert any(n.startswith("Ferrov") for n in names)
