"""Compare: a headline pairs with the other article's headline, or stays unpaired (t13x F16).

Reported: B's headline "Dam breach floods valley town, at least four dead" was paired with A's
body sentence "The dead included two children, officials said." (one detail sharing "dead"),
while A's headline was "only in A"; on the full corpus A's headline was paired with B's dateline
sentence and B's headline with A's lead. A headline sums the story up, so it always shares a
word or a fact with some body sentence of the other article; when both articles show their
title as a sentence, a title is compared with the other title only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.align import Alignment, align
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Doc:
    doc: str
    text: str
    title: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def headed(doc: str, text: str) -> Doc:
    """An article whose title is its first line, as the reader derives it."""
    return Doc(doc, text, text.split("\n", 1)[0])


# The tester's repro (/work/s34/t13x/repro/v29), copied.
REPORTED_A = (
    "Seven killed as dam bursts above Kellby\n\n"
    "Seven people were killed when the Velmora dam burst early on Monday, flooding the centre of Kellby, "
    "the crisis office said.\n\n"
    "The dead included two children, officials said.\n\n"
    "Twenty people were still unaccounted for.\n"
)
REPORTED_B = (
    "Dam breach floods valley town, at least four dead\n\n"
    "KELLBY, March 9 (Nordwire) - The Velmora dam gave way before dawn on Monday, sending a wall of water "
    "into Kellby and killing at least four people, officials said.\n\n"
    "Twenty people were missing, the crisis office said.\n"
)
# The full corpus's shape: A's headline names the dam and the town B's dateline sentence names.
DAM_A = (
    "Seven killed as Velmora dam bursts above Kellby\n\n"
    "Seven people were killed when the Velmora dam burst early on Monday, flooding the centre of Kellby, "
    "the crisis office said.\n\n"
    "The dead included two children, officials said.\n"
)
DAM_B = (
    "Dam breach floods Ostrand valley town, at least four dead\n\n"
    "KELLBY, Ostrand, March 9 (Nordwire) - The Velmora dam in the Ostrand valley gave way before dawn on "
    "Monday, sending a wall of water into Kellby and killing at least four people, officials said.\n"
)
# Variants of my own: a mill fire (B's headline names a detail A's third sentence gives), and the
# same in Spanish.
FIRE_A = (
    "Three hurt as fire guts Tarnow textile mill\n\n"
    "Three workers were hurt when fire swept through the Tarnow textile mill on Sunday night, the fire "
    "service said.\n\n"
    "The injured included a night watchman, the owner said.\n"
)
FIRE_B = (
    "Blaze destroys textile mill, night watchman among injured\n\n"
    "TARNOW, May 4 (Agency) - A fire destroyed the Tarnow textile mill overnight, injuring three workers, "
    "firefighters said.\n"
)
FUEGO_A = (
    "Incendio destruye la fábrica textil de Tarnow\n\n"
    "Un incendio destruyó el domingo la fábrica textil de Tarnow y tres obreros resultaron heridos, según "
    "los bomberos.\n\n"
    "El vigilante nocturno estaba entre los heridos, dijo el propietario.\n"
)
FUEGO_B = (
    "Arde una fábrica en Tarnow, el vigilante nocturno entre los heridos\n\n"
    "TARNOW, 4 de mayo (Agencia) - Las llamas arrasaron la fábrica textil de Tarnow durante la noche del "
    "domingo, informaron los bomberos.\n"
)
# t13am N11 (/work/s45/t13am/corpus, cut down): a headline with a figure and its unit ("40 km")
# was no headline (the sentence reads the figure as one term, the title read alone as two), so
# each headline was paired as a split half with the other article's lead. Ours: money, tonnes.
SPILL_A = (
    "Sodium cyanide spill forces water shutdown for 48,000 in Kaldmoor\n\n"
    "KALDMOOR, March 4 (Nordwire) - Twelve tonnes of sodium cyanide\nescaped from an Orrin Chemicals AG storage "
    "tank into the Vessna River\nlate on Tuesday, contaminating about 40 kilometres (25 miles) of the\nriver and "
    "cutting tap water to 48,000 people, authorities said.\n\n"
    "Twenty-seven people were hospitalised with symptoms of cyanide\nexposure, a spokesman for the Kaldmoor regional "
    "health service said.\nAround 1,200 residents were evacuated from homes along the river.\n"
)
SPILL_B = (
    "Cyanide spill poisons 40 km of the Vessna River\n\n"
    "KALDMOOR — About 12 tonnes of sodium cyanide leaked from a storage tank at the Orrin Chemicals plant overnight "
    "on Tuesday, poisoning a 40-kilometre stretch of the Vessna River and leaving 48,000 residents without drinking "
    "water, officials said on Wednesday.\n\n"
    "The Vessna River Authority said the leak began shortly after 23:00 on 3 March when a valve on tank 7 failed.\n\n"
    "Twenty-seven people were treated in hospital for nausea and dizziness, the regional health service said. About "
    "1,200 people living along the riverbank were evacuated as a precaution.\n"
)
FUND_A = (
    "Brekka mill owner fined after river pollution\n\n"
    "The owner of the Brekka paper mill was fined $5 million on Friday for polluting the Lomma river, the "
    "environment agency said.\n"
)
FUND_B = (
    "Paper mill to pay $5 million for Lomma pollution\n\n"
    "BREKKA (Agency) - A court ordered the Brekka paper mill to pay a fine of $5 million over the pollution "
    "of the Lomma river.\n"
)
TONNES_A = (
    "Grain barge sinks in Oder delta\n\n"
    "A barge carrying 900 tonnes of wheat sank in the Oder delta on Sunday, the port authority said.\n"
)
TONNES_B = (
    "900 tonnes of wheat lost as barge sinks\n\n"
    "SZCZECIN (Agency) - A grain barge with 900 tonnes of wheat on board went down in the Oder delta on "
    "Sunday, port officials said.\n"
)
CASES = {
    "reported": (REPORTED_A, REPORTED_B),
    "figure-reported": (SPILL_A, SPILL_B),
    "figure-money": (FUND_A, FUND_B),
    "figure-tonnes": (TONNES_A, TONNES_B),
    "dam": (DAM_A, DAM_B),
    "fire": (FIRE_A, FIRE_B),
    "fuego": (FUEGO_A, FUEGO_B),
}


def title(text: str) -> str:
    return text.split("\n", 1)[0]


def partners(al: Alignment, headline: str, side: str) -> list[str]:
    """The other side's sentences paired (primary or split) with ``headline``."""
    other = "b" if side == "a" else "a"
    return [getattr(p, other).text for p in al.pairs if getattr(p, side).text == headline]


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("flip", [False, True])
def test_a_headline_pairs_with_the_other_headline_or_none(name: str, flip: bool) -> None:
    ta, tb = CASES[name]
    if flip:
        ta, tb = tb, ta
    al = align(headed("a", ta), headed("b", tb))
    for side, text, other in (("a", ta, tb), ("b", tb, ta)):
        assert partners(al, title(text), side) in ([], [title(other)])
    # and a body sentence is never paired with a headline
    heads = {title(ta), title(tb)}
    for p in al.pairs:
        assert (p.a.text in heads) == (p.b.text in heads)


@pytest.mark.parametrize("name", ["dam", "fire", "fuego"])
def test_the_leads_still_pair(name: str) -> None:
    """Keeping the headlines apart leaves each article's lead sentence to the other's lead."""
    ta, tb = CASES[name]
    al = align(headed("a", ta), headed("b", tb))
    lead_a, lead_b = ta.split("\n\n")[1].strip(), tb.split("\n\n")[1].strip()
    assert [(p.a.text, p.b.text) for p in al.pairs if p.a.text == lead_a] == [(lead_a, lead_b)]


def test_headlines_pair_with_each_other_when_they_say_the_same() -> None:
    a = headed("a", "Velmora dam bursts, seven dead in Kellby\n\nThe Velmora dam burst on Monday.\n")
    b = headed("b", "Seven dead in Kellby as Velmora dam bursts\n\nRescuers searched the town.\n")
    al = align(a, b)
    assert [(p.a.text, p.b.text) for p in al.pairs] == [(title(a.text), title(b.text))]


def test_without_a_title_the_alignment_is_unchanged() -> None:
    """An article with no title attribute (or one the text does not show) has no headline."""

    @dataclass
    class Bare:
        doc: str
        text: str

        @cached_property
        def sentences(self) -> list[Sentence]:
            return sentences_of(split_blocks(self.text))

    untitled = Doc("a", FIRE_A, "Mill fire in Tarnow")
    assert align(untitled, headed("b", FIRE_B)).to_json() == align(Bare("a", FIRE_A), headed("b", FIRE_B)).to_json()
