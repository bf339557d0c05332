"""Compare's sentences keep their control characters, and a pair below the threshold is kept only
for the README's reasons (tester t13ax N9, round s52-c).

1. "…fell at 07:45. \\x1b[31mThe fire service has not confirmed these figures.\\x1b[0m": the ESC
   was outside the sentence (it began at "[31m") and the stray "[0m" was an "only in A" sentence
   of its own. A control character or sequence belongs to the sentence it touches; its parameters
   are no word (no figure "31", no sentence "[0m"); JSON keeps the original text.
2. After the headlines' pair, nothing else above the threshold: the gap up to the articles' ends
   was filled at the order-vouched floor, pairing "…eight people died … fell at 07:45." with "The
   central section … fell … at about 7:38 a.m." (0.24) and the fire-service sentence with "We are
   still in a rescue phase" (0.19), neither between two pairs above the threshold. A gap is filled
   only between two pairs.

Inputs: the tester's two files (copied from its corpus) and variants of our own with other
sequences, words and layouts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "t13ax_n9"


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, "utf-8")
    return Workspace(corpus, root / "index")


def _tester(root: Path) -> Workspace:
    corpus = root / "corpus"
    shutil.copytree(FIXTURES, corpus)
    return Workspace(corpus, root / "index")


def test_reported_escape_sequence_stays_in_its_sentence(tmp_path: Path) -> None:
    ws = _tester(tmp_path)
    al = ws.compare("misc/hostile-forum", "wire/reuters-0314").alignment
    spans = [p.a for p in al.pairs] + al.only_a
    texts = [s.text for s in spans]
    assert "\x1b[31mThe fire service has not confirmed these figures.\x1b[0m" in texts, texts[:4]
    # no sentence is what is left of a sequence
    assert not any(t.strip().startswith("[0m") or t.strip() == "[0m" for t in texts)
    # JSON keeps the original text (the ESC), offsets its own
    article = ws.article("misc/hostile-forum")
    for s in spans:
        assert article.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("block", "sentence"),
    [
        # another colour and a reset written as "39m", the sequence in mid-block
        (
            "Posted at 9:10. \x1b[1;33mPolice have not named the driver.\x1b[39m Traffic is moving again.",
            "\x1b[1;33mPolice have not named the driver.\x1b[39m",
        ),
        # a C1 CSI (one character) and a bell right after a stop
        (
            "Crews left at dawn. \x9b2JThe harbour stayed shut all day.\x07 Ferries resumed at six.",
            "\x9b2JThe harbour stayed shut all day.\x07",
        ),
    ],
)
def test_variant_sequences_stay_in_their_sentence(block: str, sentence: str) -> None:
    got = [s.text for s in split_sentences(block)]
    assert sentence in got, got
    assert len(got) == 3, got


def test_sequence_parameters_are_no_terms(tmp_path: Path) -> None:
    # "\x1b[31m" holds "31": no figure a sentence reporting 31 people would share
    a = (
        "Lift cable snaps in Ardenne resort\n\n"
        "A ski lift cable snapped at the Ardenne resort on Saturday, officials said.\n\n"
        "\x1b[31mNobody has confirmed the cause.\x1b[0m\n"
    )
    b = (
        "Ardenne lift accident injures dozens\n\n"
        "A cable on a ski lift at the Ardenne resort snapped on Saturday, officials said.\n\n"
        "Thirty-one people were treated for injuries at Namur hospital.\n"
    )
    ws = _workspace(tmp_path, {"a.txt": a, "b.txt": b})
    al = ws.compare("a", "b").alignment
    assert "\x1b[31mNobody has confirmed the cause.\x1b[0m" in [s.text for s in al.only_a]
    assert "Thirty-one people were treated for injuries at Namur hospital." in [s.text for s in al.only_b]


def test_reported_no_pair_kept_after_the_last_pair(tmp_path: Path) -> None:
    ws = _tester(tmp_path)
    al = ws.compare("misc/hostile-forum", "wire/reuters-0314").alignment
    # The two pairs the tester saw (0.24 and 0.19) were kept for their place alone: gone. A pair
    # below the threshold that one fact of the fact sheet holds both sentences' figures of (the
    # refurbishment's £60 million beside its £52 million, one row since round s52-f2) is kept for
    # that figure, the README's other reason, wherever it stands.
    below = [(p.a.text, p.b.text) for p in al.pairs if al.vouched(p)]
    assert not [a for a, _ in below if "fire service" in a or "eight people died" in a], below
    assert not [b for _, b in below if "rescue phase" in b or "7:38" in b], below
    assert all("£60 million" in a and "52 million" in b for a, b in below), below


# Two variants: the weak pair after the last confident pair, other words and another layout.
TAIL_A = (
    "Gas leak closes Brennock school\n\n"
    "A gas leak closed Brennock primary school on Monday, the fire brigade said.\n\n"
    "Parents collected their children from the church hall.\n"
)
TAIL_B = (
    "Brennock school shut by gas leak\n\n"
    "Brennock primary school was closed on Monday after a gas leak, the fire brigade said.\n\n"
    "The church hall will host a concert on Friday.\n"
)
FERRY_A = (
    "Ferry strike halts Oresund crossings\n\n"
    "Ferry crews on the Oresund crossing walked out on Tuesday over pay, the union said.\n\n"
    "No sailings are planned before Thursday, the operator said.\n\n"
    "Hundreds of commuters queued for replacement buses outside the terminal in Helsingor.\n"
)
FERRY_B = (
    "Oresund ferry crews strike over pay\n\n"
    "Crews on the Oresund ferries stopped work on Tuesday in a dispute over pay, their union said.\n\n"
    "The operator said no ferry would sail before Thursday.\n\n"
    "The terminal cafe in Helsingor stays open for travellers.\n"
)


@pytest.mark.parametrize(
    ("a", "b", "word", "kept"), [(TAIL_A, TAIL_B, "church", "gas leak"), (FERRY_A, FERRY_B, "terminal", "Thursday")]
)
def test_variant_no_pair_after_the_last_pair(tmp_path: Path, a: str, b: str, word: str, kept: str) -> None:
    ws = _workspace(tmp_path, {"a.txt": a, "b.txt": b})
    al = ws.compare("a", "b").alignment
    weak = [p for p in al.pairs if word in p.a.text or word in p.b.text]
    assert weak == [], [(p.a.text, p.b.text, p.score) for p in weak]
    assert any(kept in p.a.text and kept in p.b.text for p in al.pairs)


def test_gap_between_two_pairs_still_filled(tmp_path: Path) -> None:
    # the README's rule kept: a weaker pair between two confident ones
    a = (
        "Gas leak closes Brennock school\n\n"
        "A gas leak closed Brennock primary school on Monday, the fire brigade said.\n\n"
        "Teachers led the pupils across the road to the library.\n\n"
        "Engineers from the gas board sealed the main pipe by noon, the brigade added.\n"
    )
    b = (
        "Brennock school shut by gas leak\n\n"
        "Brennock primary school was closed on Monday after a gas leak, the fire brigade said.\n\n"
        "Pupils waited in the library across the road with their teachers.\n\n"
        "Gas board engineers had sealed the main pipe by noon, the brigade said later.\n"
    )
    ws = _workspace(tmp_path, {"a.txt": a, "b.txt": b})
    al = ws.compare("a", "b").alignment
    pairs = {(p.a.text[:20], p.b.text[:20]) for p in al.pairs}
    assert ("Teachers led the pup", "Pupils waited in the") in pairs, pairs
