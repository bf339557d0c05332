"""Plain-text faults of issue #14's re-tests (report t14b, faults 2-6; report t14, the "Trending:"
title and a stamp's time; the inputs under tests/fixtures/t14s19c): a clean article's closing
sentences taken by a "Subscribe"/"Credit:" phrase, a most-read list straight after another list,
the article's own headline under lists at the top of the page, a caption over its labelled credit,
a lone teaser pair closing the text. Each: the reported input and two variants of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_FIX = Path(__file__).resolve().parents[1] / "fixtures" / "t14s19c"


def _read(name: str) -> str:
    return (_FIX / name).read_text(encoding="utf-8")


def _article(tmp_path: Path, text: str, name: str = "page.txt") -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _kinds(article: Article) -> dict[str, str]:
    split = split_noise(article)
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


# --- fault 2: a full sentence of prose closing the article is the article's -------------------

_BRIDGE = """Harbour board backs second ferry for Osland
The harbour board of Osland voted on Monday to lease a second ferry for the island route from May, after a winter of cancelled crossings.
The lease will cost 2.4 million crowns a year, and the board will review it after the summer season, chair Liv Hagen said.
Islanders had asked for a second boat since the old ferry broke down twice in January.
"""


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        (
            _read("clean.txt"),  # reported
            [
                "Subscribe to the idea or not, the council's vote settles the matter for now, and the tender will be published in June.",
                "Credit: the regional government's grant letter, seen by the Courier, sets a deadline of 2027 for completion.",
            ],
        ),
        (  # ours: "Sign up" opening the last sentence
            _BRIDGE,
            [
                "Sign up figures for the island's ferry pass reached 4,000 in the first week, and the board will add crossings in June."
            ],
        ),
        (  # ours: "Photo:" over a clause in lower case, closing the text
            _BRIDGE,
            ["Photo: the board's own survey of islanders, published on Friday, shows that most want the second ferry."],
        ),
    ],
)
def test_closing_sentences_of_prose_are_the_articles(tmp_path: Path, text: str, closing: list[str]) -> None:
    if closing[0] not in text:
        text += "\n".join(closing) + "\n"
    got = _kinds(_article(tmp_path, text))
    assert [got[line] for line in closing] == ["content"] * len(closing), got


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe now for unlimited access to award-winning journalism, exclusive newsletters and the daily crossword.",
        "Reporting by Jane Roe in Osland and Tom Hale in Veldhaven; Editing by Mark Potter and Anna Lind.",
        "Sign up to get the harbour board's decisions and the island's news delivered straight to your inbox.",
    ],
)
def test_a_real_prompt_or_credit_closing_the_article_still_goes(tmp_path: Path, line: str) -> None:
    """Guard: a prompt (its verb the cue) or a credit (no verb) after the last paragraph is boilerplate."""
    got = _kinds(_article(tmp_path, _BRIDGE + line + "\n"))
    assert got[line] != "content", got


# --- fault 3: a list header starts a list of its own ------------------------------------------

_STORY = """Drought forces water limits across Tallby valley
Farmers in the Tallby valley face a ban on irrigation from Monday after the reservoir fell to 18 percent of capacity, the lowest in forty years.
The valley authority said households would be limited to 120 litres a day and car washing would be banned until September.
"We have never seen the lakes this low," said hydrologist Jonas Ekdahl, who has measured the reservoir since 1998.
"""


@pytest.mark.parametrize(
    ("text", "header", "items"),
    [
        (
            _read("teaser.txt"),  # reported
            "Trending",
            [
                "1. Singer cancels tour after injury.",
                "2. Lottery winner claims prize after a year.",
                "3. Zoo welcomes twin panda cubs.",
            ],
        ),
        (  # ours: "Most Read" with numbered headlines, no full stops, under a "Related Stories" list
            _STORY
            + "Related Stories\nReservoir levels explained\nWhy the valley is drying out\nMost Read\n"
            + "1. Ferry strike called off at the last minute\n2. Mayor opens new library in Halvik\n3. Storm warning for the whole coast\n",
            "Most Read",
            [
                "1. Ferry strike called off at the last minute",
                "2. Mayor opens new library in Halvik",
                "3. Storm warning for the whole coast",
            ],
        ),
        (  # ours: "Top Stories" after title / "date | section" pairs, then the footer
            _STORY
            + "More from Business\nPort strike enters second week\nJune 3, 2025 | Business\nBank raises rates again\nJune 2, 2025 | Business\n"
            + "Top Stories\nMinister resigns over school meals row.\nStorm Edda brings gales to the north.\nCup final ends in a draw.\n"
            + "Privacy Policy | Terms of Use\n",
            "Top Stories",
            [
                "Minister resigns over school meals row.",
                "Storm Edda brings gales to the north.",
                "Cup final ends in a draw.",
            ],
        ),
    ],
)
def test_a_list_after_another_list_is_a_list(tmp_path: Path, text: str, header: str, items: list[str]) -> None:
    article = _article(tmp_path, text)
    split = split_noise(article)
    reasons = {s.text: s.reason or "" for s in split.noise}
    assert reasons.get(header, "").startswith("related-stories header"), reasons
    for item in items:
        assert reasons.get(item) == f"item of the list under “{header}”", (item, reasons)


# --- fault 4: the article's own headline under lists at the top of the page -----------------

_QUARRY = [
    "Residents of Fernvale said windows rattled and plates fell from shelves when the Dunmore quarry carried out a blast on Tuesday.",
    "The quarry's owner said the charge was within its permit and that seismic readings were normal.",
    '"My ceiling cracked straight across," said pensioner Walter Finch, who has lived on Quarry Lane since 1970.',
]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (_read("trendfirst.txt"), "Quarry blast shakes homes in Fernvale"),  # reported
        (_read("nav-first-long.txt"), "Salvage of Osvalda delayed by high winds"),  # reported (t14)
        (  # ours: "Latest" and "Most Read" lists, then the headline and a short first paragraph
            "Latest\nCouncil approves new cycle lanes\nHarbour festival moves to August\nMost Read\n"
            "Ferry timetable changes from Monday\nSchool roof repairs finished early\n"
            "Tannery fire closes Brook Street in Ulvsby\n"
            "Firefighters closed Brook Street in Ulvsby on Sunday after a fire broke out in the old tannery's store.\n"
            "The street will stay closed until engineers have checked the building's walls, the council said.\n"
            "No one was hurt, and the tannery had stood empty since 2019.\n",
            "Tannery fire closes Brook Street in Ulvsby",
        ),
    ],
)
def test_own_headline_under_lists_is_the_title(tmp_path: Path, text: str, headline: str) -> None:
    article = _article(tmp_path, text)
    assert _kinds(article)[headline] == "content"
    assert article.title == headline


def test_a_list_of_teasers_with_blurbs_stays_a_list(tmp_path: Path) -> None:
    """Guard: a teaser and its blurb under a header, its author's name and the next teaser after
    them, is the list's shape going on, not the page's headline over its article."""
    teaser = "Ferry crews walk out over new rosters in Halvik"
    text = (
        "\n".join(_QUARRY)
        + "\nMore from the Courier\n"
        + teaser
        + "\nCrews on the Halvik ferries walked out on Monday over rosters that they say leave too little rest between shifts.\n"
        + "Mira Tollan\nLibrary reopens after a year of repairs\nThe town library reopened on Saturday with a new roof and a larger reading room for children.\n"
    )
    got = _kinds(_article(tmp_path, text))
    assert got[teaser] == "headline-list", got


# --- fault 5: a caption over (or under) its labelled credit -----------------------------------

_FERRY = [
    "The ferry Halvard Star capsized in heavy swell north of Lumora Island on Friday morning with 240 people on board.",
    "The coastguard said 212 passengers had been pulled from the water by noon and that 14 people were still missing.",
    "The operator, Nordvik Lines, said the vessel had passed its last inspection in March. It would not say how old the hull was.",
    "Investigators from the maritime authority are expected on the island on Saturday.",
]


def _ferry(*figure: str, after: int = 2) -> str:
    return "Ferry capsizes off Lumora Island\n" + "\n".join([*_FERRY[:after], *figure, *_FERRY[after:]]) + "\n"


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            _read("guardian-live.txt"),
            "A survivor lifted from the water by a coastguard helicopter off Lumora Island.",
            "Photograph: Kari Lund/Getty Images",
        ),  # reported
        (
            _read("kxyz.txt"),
            "Coastguard crews prepare a lifeboat at Brennick on Friday.",
            "Credit: Valdmark Coastguard via AP",
        ),  # reported (t14): the credit over its caption
        (  # ours: between the article's paragraphs, "Picture:" as the label
            _ferry("Rescuers carry a survivor ashore at Port Esker on Friday.", "Picture: Ola Berg/Halvik Post"),
            "Rescuers carry a survivor ashore at Port Esker on Friday.",
            "Picture: Ola Berg/Halvik Post",
        ),
    ],
)
def test_a_caption_beside_its_labelled_credit_is_a_caption(
    tmp_path: Path, text: str, caption: str, credit: str
) -> None:
    got = _kinds(_article(tmp_path, text))
    assert [got[caption], got[credit]] == ["caption", "caption"], got


@pytest.mark.parametrize(
    "figure",
    [
        # a paragraph of prose (two sentences) ending before a credit
        [
            "The crew had sailed the route for years. Harbour master Ingrid Solvay called it the calmest crossing in Valdmark.",
            "Photograph: Kari Lund/Getty Images",
        ],
        # a sentence going on from the one before it, over a credit with no caption
        [
            "In contrast, Nordvik Lines kept its second ferry Halvard Moon in port at Esker all day.",
            "Credit: Valdmark Coastguard",
        ],
        # reported speech under a credit, the caption over it too long to be one
        [
            "Pictured on the quay at Port Esker, from left, are the harbour master, two coastguard officers and the mayor, who met "
            "the first survivors. Behind them is the lifeboat that carried most of them ashore through the swell.",
            "Image: Ola Berg",
            "Survivor Amira Haddad, from Brennick, said she had held on to a life raft for an hour before she was found.",
        ],
    ],
)
def test_prose_beside_a_labelled_credit_stays_the_articles(tmp_path: Path, figure: list[str]) -> None:
    """Guard: the article's running prose next to a photo credit is no caption."""
    got = _kinds(_article(tmp_path, _ferry(*figure)))
    prose = [line for line in figure if not line.startswith(("Photograph:", "Credit:", "Image:", "Pictured"))]
    assert [got[line] for line in prose] == ["content"] * len(prose), got
    assert [got[p] for p in _FERRY] == ["content"] * len(_FERRY), got


def test_an_authors_note_under_a_photo_credit_stays_a_byline(tmp_path: Path) -> None:
    """Guard: the author's photo credit over their note closes the article: the note is a bio."""
    note = "Mira Tollan is a senior transport correspondent at the Halvik Post and has covered the ferries since 2015."
    got = _kinds(_article(tmp_path, _ferry(after=4) + "Photo: Lina Berg\n" + note + "\n"))
    assert got[note] == "byline", got


# --- fault 6: one teaser pair closing the text ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            _read("wrapA.txt"),
            ["Stevedores union sues port over overtime rules", "March 13, 2025 | Business"],
        ),  # reported
        (  # ours: a bare date under the headline, then the footer
            _BRIDGE + "Lighthouse keepers' cottages sold at auction\nMarch 9, 2025\nPrivacy Policy\n",
            ["Lighthouse keepers' cottages sold at auction", "March 9, 2025"],
        ),
        (  # ours: "date · section" closing the text
            _BRIDGE + "Tarrö school gets a new sports hall\nMar 8, 2025 · Local News\n",
            ["Tarrö school gets a new sports hall", "Mar 8, 2025 · Local News"],
        ),
    ],
)
def test_a_lone_teaser_pair_after_the_article_goes(tmp_path: Path, text: str, pair: list[str]) -> None:
    got = _kinds(_article(tmp_path, text))
    assert [got[line] for line in pair] == ["headline-list", "headline-list"], got


def test_a_dated_heading_the_article_goes_on_under_stays(tmp_path: Path) -> None:
    """Guard: a heading over a date line that the article's prose follows is the article's."""
    text = (
        _BRIDGE
        + "What happens next for the island route\nMarch 20, 2025\nThe board will meet again to sign the lease once the ferry company has named the boat.\n"
    )
    got = _kinds(_article(tmp_path, text))
    assert got["What happens next for the island route"] == "content", got


# --- t14: a "Trending:" teaser opening the text is no title -----------------------------------


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "Trending: Storm Edda batters the west coast with gales overnight",
            "Salvage of the Osvalda delayed by high winds",
        ),
        (
            "Read more: Harbour festival moves to August after a wet July",
            "Salvage of the Osvalda delayed by high winds",
        ),
    ],
)
def test_a_teaser_opening_the_text_is_no_title(tmp_path: Path, first: str, title: str) -> None:
    text = (
        f"{first}\n{title}\n"
        "Salvage crews postponed their attempt to refloat the ferry Osvalda on Sunday as winds swept across Brennick Point.\n"
        "The ferry has been stuck on a sandbank since Friday, when it ran aground in fog with 52 people on board.\n"
    )
    article = _article(tmp_path, text)
    assert article.title == title
    assert _kinds(article)[first] == "headline-list"


def test_a_watch_line_opening_the_text_stays(tmp_path: Path) -> None:
    """Guard: "Watch: …" may head the page's own video piece: kept, as before."""
    first = "Watch: Osvalda refloated at high tide off Brennick Point"
    text = (
        f"{first}\n"
        "Salvage crews refloated the ferry Osvalda on Monday afternoon at high tide, three days after it ran aground in fog.\n"
        "Tugs towed the ship to Brennick harbour, where divers will inspect its hull.\n"
    )
    assert _kinds(_article(tmp_path, text))[first] == "content"
