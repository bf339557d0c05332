"""Issue #14 (s16b re-test): article text lost as boilerplate, and live blogs.

1. A list of names and amounts introduced by the article's sentence ending in ":" (n1/quotes_end.txt)
   and a poem (n2/poem.txt), each followed by more of the article, were dropped as a menu or a
   headline list "after the article ends". Short lines introduced by the article's ":" or followed
   by its next sentence are its own; only a run after its last sentence may be a menu or teasers.
2. The page's own headline under a "Top Stories" list, straight over its article (c5/inline_noise.txt,
   "Divers find ferry's black box"), was dropped as the list's last item.
3. A live blog's entry time over "Key event" or "Pinned post" was dropped as a byline (and "Pinned
   post" as a control); the entry's header and time are the story's. A live blog's title was its
   first entry's sentence, not the headline over its controls (n1/kxyz_live.txt).

Each: the reported input and two variants of our own, and a guard that the boilerplate the rule
must not keep stays boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import kinds, page

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.reader import Corpus

# ---------------------------------------------------------------------------------------------
# 1. Lists and verse inside the article

QUOTES_END = (  # the reported input, n1/quotes_end.txt
    "Fishermen demand compensation\n"
    "Fishermen who lost a week's catch to the storm are demanding compensation from the state.\n"
    "They listed their losses:\n"
    "Arne Vik\n12,000 euros\nTom Hansen\n8,500 euros\nKari Berg\n3,000 euros\n"
    '"We are not asking for charity," Vik said.\n'
)
POEM = (  # the reported input, n2/poem.txt
    "Ferry victims remembered at harbour service\n"
    "Hundreds gathered at Halvik harbour on Sunday to remember the twelve people who died when the ferry "
    "Nordlys capsized.\n"
    "The bishop read a poem written by a survivor:\n"
    "The sea was black\nThe wind was loud\nWe held each other\nAnd then the light\n"
    '"We will never forget them," the mayor said.\n'
)
LEAD = (
    "Hundreds gathered at Halvik harbour on Sunday to remember the twelve people who died when the ferry "
    "Nordlys capsized.\n"
)
VERSE = ["The sea was black", "The wind was loud", "We held each other", "And then the light"]
NAMES = ["Arne Vik", "12,000 euros", "Tom Hansen", "8,500 euros", "Kari Berg", "3,000 euros"]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (QUOTES_END, NAMES),  # the reported input: a ":" over it, a sentence under it
        (POEM, VERSE),  # the reported input: a ":" over it, a sentence under it
        # No ":" over the verse: the article's sentence under it keeps it.
        (
            "Ferry victims remembered at harbour service\n" + LEAD + "\n".join(VERSE) + "\n"
            "The service ended with a minute's silence.\n",
            VERSE,
        ),
        # A ":" over the list and nothing of the article after it: the list closes the article.
        (
            "Fishermen demand compensation\n"
            "Fishermen who lost a week's catch to the storm are demanding compensation from the state.\n"
            "The union named the boats that lost most:\n"
            "Nordstjerna\nHavbris\nSolvik Two\nKystfalk\n",
            ["Nordstjerna", "Havbris", "Solvik Two", "Kystfalk"],
        ),
        # An advertising marker between the list and the article's next sentence.
        (QUOTES_END.replace('"We are', 'Advertisement\n"We are'), NAMES),
        # The list closes the article; only boilerplate follows it.
        (
            QUOTES_END.replace(
                '"We are not asking for charity," Vik said.', "Reporting by Ola Berg; Editing by Kari Lund"
            ),
            NAMES,
        ),
    ],
    ids=["quotes_end", "poem", "verse-then-sentence", "colon-list-closing", "advert-between", "credit-after"],
)
def test_a_list_or_verse_the_article_goes_on_from_is_content(text: str, lines: list[str]) -> None:
    got = kinds(text)
    assert [got[line] for line in lines] == ["content"] * len(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["The bishop read a poem written by a survivor:", *VERSE, '"We will never forget them," the mayor said.'],
        ["They listed their losses:", *NAMES, '"We are not asking for charity," Vik said.'],
        [*VERSE, "The service ended with a minute's silence."],
    ],
    ids=["poem", "quotes_end", "verse-then-sentence"],
)
def test_on_a_saved_page_the_list_closing_the_article_is_content(lines: list[str]) -> None:
    # The same lines closing the article of a saved page (a menu over it, a footer under it).
    got = kinds(page(*lines))
    assert [got[line] for line in lines] == ["content"] * len(lines)
    assert got["Careers"] != "content" and got["Politics"] != "content"


def test_a_headline_list_after_the_articles_last_sentence_stays_noise() -> None:
    # The same short lines with nothing of the article under them and no ":" over them: teasers.
    text = (
        "Ferry victims remembered at harbour service\n" + LEAD + '"We will never forget them," the mayor said.\n'
        "Storm Warning Extended To The Weekend\nLottery Winner Comes Forward At Last\n"
        "Minister Resigns Over Bridge Contract\nSchool Reopens After The Floods\n"
    )
    got = kinds(text)
    assert got["Lottery Winner Comes Forward At Last"] == "headline-list"
    assert got["School Reopens After The Floods"] == "headline-list"


# ---------------------------------------------------------------------------------------------
# 2. The page's own headline under "Top Stories"

TOP_STORIES = (  # the reported input's head, c5/inline_noise.txt
    "Halvik Post\n"
    "Top Stories\n"
    "Minister resigns over bridge contract\n"
    "Storm warning extended to weekend\n"
    "Lottery winner comes forward\n"
    "{headline}\n"
    "The ferry's voyage data recorder was recovered from the wreck on Tuesday, giving investigators their "
    "first hard evidence of what happened on the bridge in the minutes before it capsized.\n"
    "Story continues below advertisement\n"
    "The recorder was found in the wheelhouse by navy divers and flown to the accident investigation board in "
    "the capital, a spokesman said.\n"
    "Investigators expect to have a first reading of the data within two weeks.\n"
    "Siri Nes declined to say when the final report would be published.\n"
    "Ola Strand is a reporter covering transport and the environment. He joined the Halvik Post in 2019.\n"
)


def _read(tmp_path: Path, text: str) -> tuple[str, list[str], list[str]]:
    """The derived title, the lines the noise split keeps and those it drops."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("a")
    labels = classify_article(article.blocks, article.discarded)
    kept = [b.text for b, lab in zip(article.blocks, labels) if lab is None]
    dropped = [b.text for b, lab in zip(article.blocks, labels) if lab is not None]
    return article.title, kept, dropped


@pytest.mark.parametrize(
    "headline",
    ["Divers find ferry's black box", "Ferry recorder recovered from wreck", "Navy divers find data recorder"],
)
def test_the_pages_own_headline_under_a_list_is_kept_and_the_title(tmp_path: Path, headline: str) -> None:
    title, kept, dropped = _read(tmp_path, TOP_STORIES.format(headline=headline))
    assert headline in kept
    assert title == headline
    # The list's other stories stay its items.
    assert {"Minister resigns over bridge contract", "Lottery winner comes forward"} <= set(dropped)


def test_the_lists_last_teaser_over_the_article_stays_an_item(tmp_path: Path) -> None:
    # A last item naming nothing of the article is another story's, whatever comes under it.
    _, kept, dropped = _read(tmp_path, TOP_STORIES.format(headline="Concert hall opens its doors"))
    assert "Concert hall opens its doors" in dropped and "Concert hall opens its doors" not in kept


def test_a_headline_above_the_header_leaves_the_last_item_the_lists(tmp_path: Path) -> None:
    # The page gave its headline above the list: the last item, naming the ferry, is a related story.
    text = "Divers find ferry's black box\n" + TOP_STORIES.format(headline="Ferry operator under fire from divers")
    title, _, dropped = _read(tmp_path, text)
    assert title == "Divers find ferry's black box"
    assert "Ferry operator under fire from divers" in dropped


# ---------------------------------------------------------------------------------------------
# 3. Live blogs

LIVE_TS = (  # the reported input, n2/live_ts.txt
    "Ferry strike live: talks resume in Halvik\n"
    "10.41 GMT\nUnion leaders have arrived at the ministry for talks.\n"
    '10.15 GMT\nKey event\nThe minister says she is "cautiously optimistic".\n'
    "09.58 GMT\nQueues at the terminal are getting longer.\n"
    "09.30 GMT\nPinned post\nWelcome to our live coverage.\n"
)
LIVE_PLAIN = (  # n1/live_plain.txt
    "Storm live: Halvik braces for second night of gales\n"
    "Mon 17 Mar 2025 22.10 GMT\n"
    "22.10 GMT\nWinds of 140km/h have been measured at the harbour mouth.\n"
    "21.45 GMT\nKey event\nThe coastguard has closed the port to all traffic until morning.\n"
    "21.02 GMT\nPower has been cut to 4,000 homes north of the town, the grid operator says.\n"
)
LIVE_AM = (  # a variant: clock times with am/pm, headers in capitals, blank lines between entries
    "Flood live: river peaks in Osland\n\n"
    "11:20am\n\nPINNED POST\n\nThe river has peaked at 4.2 metres, the water authority says.\n\n"
    "10:55am\n\nThe main road into the town centre is closed.\n\n"
    "10:05am\n\nKEY EVENT\n\nSchools in the lower town will stay shut on Friday.\n"
)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (LIVE_TS, ["10.15 GMT", "Key event", "09.30 GMT", "Pinned post"]),
        (LIVE_PLAIN, ["21.45 GMT", "Key event"]),
        (LIVE_AM, ["11:20am", "PINNED POST", "10:05am", "KEY EVENT"]),
    ],
    ids=["live_ts", "live_plain", "am-pm-capitals"],
)
def test_an_entry_time_is_content_and_its_header_furniture(text: str, lines: list[str]) -> None:
    # (s17-k, t14c fault 4: "Key event" and "Pinned post" are the live blog's labels, not its text;
    # the time over them stays the entry's.)
    got = kinds(text)
    assert [got[line] for line in lines] == ["content", "live-blog"] * (len(lines) // 2)


KXYZ_HEAD = "KXYZ News 7 | World\nSkip to content\n{live}Harbour strike: all the latest as ferry crews walk out\n"
CONTROLS = "Key events\nShow key events only\nPlease turn on JavaScript to use this feature\nUpdated 14.05 GMT\n"
ENTRIES = [
    (
        "14.02 GMT",
        "The union says 95% of crews on the northern routes have joined the strike, and no ferry has "
        "left Halvik since six this morning.",
    ),
    (
        "12.30 GMT",
        'Transport minister Per Olsen has called the strike "irresponsible" and urged both sides to '
        "return to talks on Tuesday.",
    ),
    ("10.41 GMT", "Queues of lorries now stretch two kilometres back from the terminal, police say."),
    ("09.15 GMT", "Good morning and welcome to our live coverage of the ferry strike."),
]
TAIL = (
    "Reporting by Ola Berg; Editing by Kari Lund\nOur Standards: The Thomson Reuters Trust Principles.\nAdvertisement\n"
)


def _live(live: str, entries: list[tuple[str, str]]) -> str:
    return KXYZ_HEAD.format(live=live) + CONTROLS + "".join(f"{t}\n{s}\n" for t, s in entries) + TAIL


@pytest.mark.parametrize(
    "text",
    [
        _live("Live\n", ENTRIES),  # the reported input, n1/kxyz_live.txt
        _live("", ENTRIES),  # no "Live" badge (n2/live_nolive.txt)
        # The badge under the headline and the "Updated" stamp over the controls.
        KXYZ_HEAD.format(live="").replace("walk out\n", "walk out\nLIVE\nUpdated 14.05 GMT\n")
        + CONTROLS.replace("Updated 14.05 GMT\n", "")
        + "".join(f"{t}\n{s}\n" for t, s in ENTRIES)
        + TAIL,
        # A page of many entries (read as a saved page: 25 blocks or more; its headline was found).
        _live(
            "Live\n", [(f"{h:02d}.{m:02d} GMT", s) for h in range(14, 8, -1) for m in (45, 15) for _t, s in ENTRIES[:1]]
        ),
    ],
    ids=["kxyz_live", "no-badge", "badge-under-headline", "long-page"],
)
def test_a_live_blogs_title_is_its_headline_over_the_controls(tmp_path: Path, text: str) -> None:
    title, _, dropped = _read(tmp_path, text)
    assert title == "Harbour strike: all the latest as ferry crews walk out"
    assert "Key events" in dropped and "Show key events only" in dropped


def test_a_live_blog_with_no_headline_takes_no_control_for_its_title(tmp_path: Path) -> None:
    # No line over the controls reads as a headline (n2/live_noctrl.txt has no controls at all):
    # the title is the first entry's sentence, never a control or the station's header.
    text = "KXYZ News 7 | World\nSkip to content\n" + CONTROLS + "".join(f"{t}\n{s}\n" for t, s in ENTRIES) + TAIL
    title, _, _ = _read(tmp_path, text)
    assert title.startswith("The union says 95% of crews")


@pytest.mark.parametrize("where", ["text", "page"])
def test_a_teaser_headline_ending_in_an_abbreviation_does_not_make_the_list_the_articles(where: str) -> None:
    # "… flights to the U.S." reads as a sentence, but short lines follow it: teasers all.
    teasers = [
        "Citi mortgage units fined over fees",
        "Harbour Tunnel Plan Faces New Delay",
        "School Reopens After The Floods",
        "First low-cost Asian airline cleared for flights to the U.S.",
        "Most expensive cars from the collector auctions",
        "Bridge Tolls To Rise In Spring",
        "Lottery Winner Comes Forward At Last",
    ]
    text = (
        "Ferry victims remembered at harbour service\n" + LEAD + "\n".join(teasers) + "\n"
        if where == "text"
        else page(*teasers)
    )
    got = kinds(text)
    assert got["Citi mortgage units fined over fees"] != "content"
    assert got["Most expensive cars from the collector auctions"] != "content"
