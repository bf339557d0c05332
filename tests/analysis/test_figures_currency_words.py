"""A currency written as a word after the amount is money in that currency (its ISO code), from the
figure recogniser's one table of currency words (t13p F14, round s30-b: "three hundred thousand soles"
and "600 billion soles" were counts of "soles")."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (El Heraldo de Áncash, AFP)
        ("The regional government of Ancash pledged three hundred thousand soles for families.", ("money", 3e5, "PEN")),
        ("Losses could reach 600 billion soles, according to Lima's chamber of commerce.", ("money", 6e11, "PEN")),
        # variants of my own
        ("The city of Recife pledged 5 million reais to the victims.", ("money", 5e6, "BRL")),
        ("Warsaw pledged 40 million zlotys in aid.", ("money", 4e7, "PLN")),
        ("The firm was fined 12,000 shekels.", ("money", 12000.0, "ILS")),
    ],
)
def test_currency_words(text: str, want: tuple[str, float, str]) -> None:
    [fig] = figures_of(text)
    assert (fig.kind, fig.value, fig.unit) == want
