"""A blog's closing tag line written in lower case ("Tagged fire, Hotel Mirador, Puerto Alcina"),
and a WordPress footer whose category and tag spans the page reads as one line ("Posted in Local
News Tagged fire, firefighters, Hotel Mirador"), are boilerplate of kind tags (s31-h, t13s F6: the
plain-text copy kept the "Tagged" line as content; the HTML page's footer was `navigation`). The
first cases are the reported files; the others are invented (other blogs, other tags). The guards
keep sentences that open with the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13s_s31h"

DALEN = (
    "Ferry runs aground off Dalen\n\n"
    "A passenger ferry ran aground off Dalen on Sunday evening, and all 86 people on board were "
    "brought ashore by lifeboat crews, the coastguard said.\n\n"
    "The ferry was refloated at high tide and towed to the harbour for inspection.\n\n"
    "Filed under Shipping\n"
    "Tags ferries, coastguard, Dalen harbour\n"
)
ORCHARD = (
    "Frost damages orchards in Kessel valley\n\n"
    "Growers in the Kessel valley said a late frost had destroyed much of this year's apple blossom, "
    "and the regional farm office put the damage at several million euros.\n\n"
    "Some growers had lit fires between the rows overnight to keep the air warm.\n\n"
    "Tagged with apples, frost damage, farming\n"
)
GUARD = (
    "Parcel reached the council late\n\n"
    "The parcel was sent from the depot on Monday and reached the council offices only on Friday, "
    "a spokesman said.\n\n"
    "Tagged as fragile by the sender, it had been left in the rain for two days.\n\n"
    "Tags on the crates, he added, were missing.\n"
)

WP_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Lifeboat crew honoured for night rescue &#8211; Dalen Post</title></head><body>
<header class="site-header"><p class="site-title">Dalen Post</p></header>
<main><article class="post">
<header class="entry-header"><h1 class="entry-title">Lifeboat crew honoured for night rescue</h1></header>
<div class="entry-content">
<p>The crew of the Dalen lifeboat received the mayor's medal on Friday for rescuing nine fishermen
from a sinking trawler in a storm last winter.</p>
<p>Coxswain Ingrid Holm said the award belonged to the whole station and to the families who waited
on the quay that night.</p>
<p>The station has launched more than forty times this year, its busiest season in a decade.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Filed under Community</span><span class="tags-links">Tagged lifeboat, rescue, Ingrid Holm</span></footer>
</article></main></body></html>
"""


def article(tmp_path: Path, name: str, text: str | None) -> Article:
    if text is None:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def verdicts(art: Article) -> dict[str, str]:
    split = split_noise(art)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        ("browser-copy-wordpress.txt", None, ["Tagged fire, Hotel Mirador, Puerto Alcina"]),  # reported
        ("wp-alcina-today.html", None, ["Posted in Local News Tagged fire, firefighters, Hotel Mirador"]),  # reported
        ("dalen.txt", DALEN, ["Tags ferries, coastguard, Dalen harbour"]),
        ("orchard.txt", ORCHARD, ["Tagged with apples, frost damage, farming"]),
        ("lifeboat.html", WP_HTML, ["Filed under Community Tagged lifeboat, rescue, Ingrid Holm"]),
    ],
)
def test_lower_case_tag_lines_are_tags(tmp_path: Path, name: str, text: str | None, lines: list[str]) -> None:
    got = verdicts(article(tmp_path, name, text))
    for line in lines:
        assert got.get(line) == "tags", (line, got)


def test_sentences_opening_with_tag_words_stay(tmp_path: Path) -> None:
    got = verdicts(article(tmp_path, "guard.txt", GUARD))
    assert got.get("Tagged as fragile by the sender, it had been left in the rain for two days.") == "content"
    assert got.get("Tags on the crates, he added, were missing.") == "content"
