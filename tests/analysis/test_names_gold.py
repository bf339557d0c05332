"""The names set's own marks (tests/gold/names/, issue #16) are well-formed: a typo in a label or
a bracket left open would silently become a miss the recogniser can never hit. Reads only the
gold, never the recogniser's output, so it keeps the blind half blind."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from names_eval import BLIND, HALVES, ROOT, parse

#: The OntoNotes name labels of tests/gold/names/README.md (the gold's, not the recogniser's).
GOLD_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"}
_ANY_MARK = re.compile(r"\[[^\[\]]*\|[A-Za-z_]*\]?")


def articles(half: str) -> list[Path]:
    return [p for p in sorted((ROOT / half).glob("*.md")) if p.stem.upper() != "README"]


def test_the_blind_half_if_any_is_the_last_and_present() -> None:
    if BLIND is None:
        return  # every half is tuning data until the next blind one is written
    assert HALVES[-1] == BLIND
    assert len(articles(BLIND)) >= 10


@pytest.mark.parametrize("half", HALVES)
def test_every_mark_parses_with_a_name_label(half: str) -> None:
    for path in articles(half):
        marked = path.read_text(encoding="utf-8")
        text, spans = parse(marked)
        assert spans, path.name
        assert not _ANY_MARK.search(text), f"{path.name}: unparsed mark {_ANY_MARK.search(text)}"
        for start, end, label in spans:
            name = text[start:end]
            assert label in GOLD_LABELS, f"{path.name}: {name!r} {label}"
            assert name == name.strip() and name, f"{path.name}: {name!r} has edge spaces"


def test_pooled_line_sums_the_halves_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``names_eval.py --pooled``: over one half the pooled line is that half's typed scores."""
    import names_eval

    monkeypatch.setattr(names_eval, "HALVES", ("tuned",))
    names_eval.main(["--pooled"])
    lines = capsys.readouterr().out.splitlines()
    half = lines[1].split()
    pooled = lines[-1].split()
    assert half[0] == "tuned" and pooled[:2] == ["pooled", "typed"]
    assert [round(float(x), 3) for x in (pooled[3], pooled[5], pooled[7])] == [float(x) for x in half[2:5]]
