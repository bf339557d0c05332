"""Issue #14 (t14c, s17 re-test): article text lost in plain-text pages.

1. A live blog saved as a whole page kept only its first entry (t1/guardian_live.txt; in HTML
   h4/liveblog.html): entries 2..n were "outside-article", their times bylines, their headings
   bylines or navigation. A live blog's entries are its article: each entry's time, heading and
   paragraphs are content; its age ("1h ago"), its "Share" row and its labels ("Key event",
   "Pinned post", a "Live" badge) are furniture. Short live pages lost the first entry time under
   a heading (t2/live_a.txt) or the last one over a short entry (t3/live_ampm.txt).
2. A list that is the story (t3/names_list.txt: "Kari Berg, 34, Halvik" x12 between its intro
   and its closing sentence) was dropped as other stories' headlines "after the article ends".
3. A timeline's date lines (t8/timeline.txt: "March 14, 2025" over each event) were bylines.
4. Long sentences of the article inside its main run were dropped by a phrase alone ("Subscribe
   buttons were added ...", "Readers who share the newsletter ...", "Reporting by the paper's own
   journalists ...").

Each: the reported input and two variants of our own, and a guard that the boilerplate the rule
must not keep stays boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import classify_article, split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def split(text: str) -> list[tuple[str, str]]:
    """Every block's text and its kind ("content" or the noise kind), in order (lines repeat)."""
    s = split_noise(Article("t", Path("t.txt"), text, "utf-8", "", True, None, True))
    parts = [(seg.start, seg.text, "content") for seg in s.content] + [
        (seg.start, seg.text, seg.kind) for seg in s.noise
    ]
    return [(t, k) for _s, t, k in sorted(parts)]


def kinds_of(text: str, line: str) -> list[str]:
    """The kinds of every block reading ``line``, in order."""
    return [k for t, k in split(text) if t == line]


def _html(tmp_path: Path, html: str) -> list[tuple[str, str]]:
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("a")
    labels = classify_article(article.blocks, article.discarded)
    return [(b.text, "content" if lab is None else lab[0]) for b, lab in zip(article.blocks, labels)]


# ---------------------------------------------------------------------------------------------
# 1. Live blogs

MENU = "Skip to main content\nSkip to navigation\nPrint subscriptions\nSign in\nThe Guardian - Back to home\n"
MENU += "News\nOpinion\nSport\nCulture\nLifestyle\n"
FOOT = "Topics\nNorway\nFerries\nStrikes\nReuse this content\nMost viewed\n"
FOOT += "Celebrity chef opens harbour restaurant\nLottery winner comes forward\n"
GUARDIAN_LIVE = (  # the reported input, t1/guardian_live.txt
    MENU + "Ferry strike live: talks collapse as unions vow to continue\nLive\nUpdated 14.05 GMT\nKey events\n"
    "1h ago\nTalks collapse\n3h ago\nMinister calls strike irresponsible\nShow key events only\n"
    "Please turn on JavaScript to use this feature\n"
    "1h ago\n13.58 GMT\nTalks collapse\n"
    "Talks between the unions and the ferry operator have collapsed without agreement, the union's "
    "spokesperson told reporters outside the ministry.\n"
    '"There is nothing more to say today," she said. The strike will continue tomorrow.\nShare\n'
    "3h ago\n11.20 GMT\nMinister calls strike irresponsible\n"
    'Transport minister Per Olsen has called the strike "irresponsible" and urged both sides to return to talks.\n'
    'Olsen told parliament the government would not intervene "for now".\nShare\n'
    "5h ago\n09.15 GMT\n"
    "Good morning and welcome to our live coverage of the ferry strike, now in its third day.\nShare\n" + FOOT
)
# A variant: am/pm times, ages under the times, "Pinned post" and "Key event" labels, no headings.
FLOOD_LIVE = (
    MENU + "Flood live: river peaks in Osland as schools close\nLIVE\nKey events\nShow key events only\n"
    "11:20am\n25 minutes ago\nPinned post\n"
    "The river has peaked at 4.2 metres, the water authority says, the highest level since 1987.\nShare\n"
    "10:55am\n50 minutes ago\nKey event\n"
    "The main road into the town centre is closed and buses are being sent round by the ring road.\n"
    "Police ask drivers to stay away from the lower town until the water falls.\nShare\n"
    "10:05am\n2 hours ago\nSchools in the lower town will stay shut on Friday, the council has said.\nShare\n" + FOOT
)
# A variant: oldest entry first, headings on every entry, no ages.
VOTE_LIVE = (
    MENU + "Budget vote live: every twist as it happened\nKey events\nShow key events only\n"
    "09.02 GMT\nDebate opens\nThe finance minister opened the debate with a warning about the deficit.\nShare\n"
    "10.30 GMT\nOpposition walks out\nThe opposition benches emptied as the minister spoke of cuts to schools.\n"
    "Their leader said they would return for the vote itself.\nShare\n"
    "12.45 GMT\nBudget passes\nThe budget passed by 88 votes to 81 after three hours of debate.\nShare\n" + FOOT
)


@pytest.mark.parametrize(
    ("text", "entries", "furniture"),
    [
        (
            GUARDIAN_LIVE,
            [
                "13.58 GMT",
                "11.20 GMT",
                "09.15 GMT",
                'Transport minister Per Olsen has called the strike "irresponsible" and urged both sides to '
                "return to talks.",
                'Olsen told parliament the government would not intervene "for now".',
                "Good morning and welcome to our live coverage of the ferry strike, now in its third day.",
            ],
            ["1h ago", "3h ago", "5h ago", "Live"],
        ),
        (
            FLOOD_LIVE,
            [
                "11:20am",
                "10:55am",
                "10:05am",
                "Police ask drivers to stay away from the lower town until the water falls.",
                "Schools in the lower town will stay shut on Friday, the council has said.",
            ],
            ["25 minutes ago", "2 hours ago", "Pinned post", "Key event", "LIVE"],
        ),
        (
            VOTE_LIVE,
            [
                "09.02 GMT",
                "Debate opens",
                "10.30 GMT",
                "Opposition walks out",
                "Their leader said they would return for the vote itself.",
                "12.45 GMT",
                "Budget passes",
                "The budget passed by 88 votes to 81 after three hours of debate.",
            ],
            [],
        ),
    ],
    ids=["guardian_live", "am-pm-labels", "oldest-first-headings"],
)
def test_every_live_blog_entry_is_the_article(text: str, entries: list[str], furniture: list[str]) -> None:
    got = split(text)
    for line in entries:
        assert kinds_of(text, line) == ["content"], line
    for line in furniture:
        assert kinds_of(text, line) and all(k != "content" for k in kinds_of(text, line)), line
    # The page around it stays the page's: every "Share", the menu, the topics and "Most viewed".
    assert all(k != "content" for t, k in got if t in ("Share", "Sign in", "Most viewed", "Norway"))
    assert kinds_of(text, "Lottery winner comes forward") == ["headline-list"]


def test_the_entries_headings_are_content_and_the_key_events_summary_is_not() -> None:
    assert kinds_of(GUARDIAN_LIVE, "Talks collapse")[-1] == "content"
    assert kinds_of(GUARDIAN_LIVE, "Minister calls strike irresponsible")[-1] == "content"
    # (The same headings in the page's "Key events" summary above the controls are its furniture.)
    assert kinds_of(GUARDIAN_LIVE, "Talks collapse")[0] != "content"
    assert kinds_of(GUARDIAN_LIVE, "Minister calls strike irresponsible")[0] != "content"


def test_other_stories_cards_after_an_article_are_no_live_blog() -> None:
    # Two stamped cards after an ordinary article, a related-stories header between: other stories.
    text = (
        MENU + "Council passes budget after long debate\n"
        "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.\n"
        "Councillors voted 7 to 4 in favour, with the mayor casting a deciding vote on the transport section.\n"
        "Related stories\n10.41 GMT\nBridge contract under review\nThe bridge contract will be reviewed.\n"
        "09.30 GMT\nMayor defends transport plan\nThe mayor has defended the plan.\n" + FOOT
    )
    assert kinds_of(text, "10.41 GMT") != ["content"] or kinds_of(text, "09.30 GMT") != ["content"]


LIVE_A = (  # the reported input, t2/live_a.txt
    "Ferry strike live: talks collapse as unions vow to continue\nUpdated 14.05 GMT\n"
    "13.58 GMT\nTalks collapse\n"
    "Talks between the unions and the ferry operator have collapsed without agreement, the union's "
    "spokesperson told reporters outside the ministry.\n"
    '"There is nothing more to say today," she said. The strike will continue tomorrow.\n'
    "11.20 GMT\nMinister calls strike irresponsible\n"
    'Transport minister Per Olsen has called the strike "irresponsible" and urged both sides to return to talks.\n'
    'Olsen told parliament the government would not intervene "for now".\n'
    "09.15 GMT\nGood morning and welcome to our live coverage of the ferry strike, now in its third day.\n"
)
LIVE_AMPM = (  # the reported input, t3/live_ampm.txt
    "Ferry strike: live updates\nMarch 18, 2025\n"
    "10:41 a.m. ET\nUnion leaders have arrived at the ministry for talks, their spokesperson said.\n"
    '10:15 a.m. ET\nThe minister says she is "cautiously optimistic" about a deal today.\n'
    "9:58 a.m. ET\nQueues at the ferry terminal in Halvik are getting longer as the strike enters its third day.\n"
    "9:30 a.m. ET\nWelcome to our live coverage of the ferry strike.\n"
)
# A variant: headings under every time, a short last entry.
LIVE_HEADED = (
    "Storm live: gales close Halvik harbour\n"
    "22.10 GMT\nHarbour closed\nThe coastguard has closed the port to all traffic until morning, the harbour master said.\n"
    "21.45 GMT\nPower cuts\nPower has been cut to 4,000 homes north of the town, the grid operator says.\n"
    "21.02 GMT\nWelcome\nGood evening and welcome.\n"
)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (LIVE_A, ["13.58 GMT", "11.20 GMT", "09.15 GMT"]),
        (LIVE_AMPM, ["10:41 a.m. ET", "10:15 a.m. ET", "9:58 a.m. ET", "9:30 a.m. ET"]),
        (LIVE_HEADED, ["22.10 GMT", "21.45 GMT", "21.02 GMT"]),
    ],
    ids=["live_a-first-under-heading", "live_ampm-last-entry", "headed-short-last"],
)
def test_every_entry_time_of_a_short_live_page_is_content(text: str, times: list[str]) -> None:
    assert [kinds_of(text, t) for t in times] == [["content"]] * len(times)
    # The page's own stamp stays a stamp.
    assert all(k == "byline" for t, k in split(text) if t in ("Updated 14.05 GMT", "March 18, 2025"))


LIVEBLOG_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Ferry strike live: talks collapse | The Courier</title>
<meta property="og:site_name" content="The Courier"></head><body>
<header><nav><a>News</a><a>Sport</a></nav></header>
<main><h1>Ferry strike live: talks collapse as unions vow to continue</h1>
<div class="key-events"><h2>Key events</h2><ul><li><a href="#b1">Talks collapse</a></li><li><a href="#b2">Minister calls strike irresponsible</a></li></ul></div>
<button>Show key events only</button>
<div class="live-blog">
<article class="block" id="b1"><time datetime="2025-03-18T13:58Z">13.58 GMT</time><{h}>Talks collapse</{h}>
<p>Talks between the unions and the ferry operator have collapsed without agreement, the union's spokesperson told reporters outside the ministry.</p>
<p>"There is nothing more to say today," she said. The strike will continue tomorrow.</p><div class="share"><a>Share</a></div></article>
<article class="block" id="b2"><time datetime="2025-03-18T11:20Z">11.20 GMT</time><{h}>Minister calls strike irresponsible</{h}>
<p>Transport minister Per Olsen has called the strike "irresponsible" and urged both sides to return to talks.</p>
<p>Olsen told parliament the government would not intervene "for now".</p><div class="share"><a>Share</a></div></article>
<article class="block" id="b3"><time datetime="2025-03-18T09:15Z">09.15 GMT</time>{third}
<p>Good morning and welcome to our live coverage of the ferry strike, now in its third day.</p></article>
</div></main>
<aside><h2>Most viewed</h2><ol><li>Lottery winner comes forward</li><li>Celebrity chef opens harbour restaurant</li></ol></aside>
</body></html>
"""


@pytest.mark.parametrize(
    ("h", "third"),
    [("h2", ""), ("h3", ""), ("h2", "<h2>Good morning</h2>")],
    ids=["liveblog.html", "h3-headings", "every-entry-headed"],
)
def test_an_html_live_blogs_entry_times_and_headings_are_content(tmp_path: Path, h: str, third: str) -> None:
    got = _html(tmp_path, LIVEBLOG_HTML.format(h=h, third=third))
    kind = {(t, i): k for i, (t, k) in enumerate(got)}
    times = [k for (t, _i), k in kind.items() if t in ("13.58 GMT", "11.20 GMT", "09.15 GMT")]
    assert times == ["content"] * 3
    # Each entry's heading (the second showing; the first is in the key-events box) is content.
    for heading in ("Talks collapse", "Minister calls strike irresponsible"):
        assert [k for t, k in got if t == heading][-1] == "content", heading
    if third:
        assert [k for t, k in got if t == "Good morning"] == ["content"]
    assert all(k != "content" for t, k in got if t in ("Share", "Lottery winner comes forward", "Key events"))


# ---------------------------------------------------------------------------------------------
# 2. A list of records that is the story

NAMES = [
    "Kari Berg, 34, Halvik",
    "Tom Hansen, 61, Osland",
    "Lena Dahl, 8, Osland",
    "Per Olsen, 45, Tromsø",
    "Anna Lind, 29, Bergen",
    "Jon Dahl, 40, Osland",
    "Marit Holm, 72, Halvik",
    "Arne Vik, 55, Halvik",
    "Siv Aas, 19, Osland",
    "Hans Moen, 66, Nordøy",
    "Ingrid Lie, 38, Halvik",
    "Tor Aas, 50, Osland",
]
NAMES_LIST = (  # the reported input, t3/names_list.txt
    "The twelve who died on the Nordlys\n"
    "The coastguard on Sunday released the names of the twelve people who died when the ferry Nordlys "
    "capsized off Halvik.\n" + "\n".join(NAMES) + "\nA memorial service will be held at Halvik church next Sunday.\n"
)
CREW = [
    "Arne Vik, 55, captain, Halvik",
    "Jon Dahl, 40, first mate, Osland",
    "Siv Aas, 19, deckhand, Osland",
    "Tor Aas, 50, engineer, Tromsø",
]
CREW_LIST = (  # a variant: four fields (name, age, job, town), blank lines, two closing sentences
    "Nordlys crew named\n\n"
    "The operator has named the four crew members who were on the bridge when the ferry capsized.\n\n"
    + "\n".join(CREW)
    + "\n\nAll four survived and have given statements to the inquiry.\n\nThe inquiry resumes on Monday.\n"
)
WINNERS = [
    "Halvik Idrettslag, 1998, Osland Stadium",
    "Osland Ballklubb, 2004, Halvik Park",
    "Tromsø Idrettslag, 2011, Alfheim Stadium",
    "Nordøy Fotballklubb, 2019, Nordøy Arena",
]
WINNERS_LIST = (  # a variant: past winners (club, year, ground) in title case, a short closing sentence
    "Halvik reach cup final for the fifth time\n"
    "Halvik IL reached the county cup final on Saturday, and the club has won every final it has played in.\n"
    + "\n".join(WINNERS)
    + "\nThe final will be played on May 3.\n"
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [(NAMES_LIST, NAMES), (CREW_LIST, CREW), (WINNERS_LIST, WINNERS)],
    ids=["names_list", "crew-four-fields", "cup-winners-title-case"],
)
def test_a_list_of_records_between_the_articles_prose_is_content(text: str, rows: list[str]) -> None:
    assert [kinds_of(text, r) for r in rows] == [["content"]] * len(rows)


def test_title_case_headlines_after_the_article_stay_headlines() -> None:
    # A guard: other stories' headlines after the last sentence, no record's fields, stay teasers.
    heads = ["Ferry Operator Faces Fresh Questions", "Harbour Master Steps Down Over Storm", "Island School Wins Award"]
    text = NAMES_LIST + "\n".join(heads) + "\n"
    assert all(kinds_of(text, h) != ["content"] for h in heads)


# ---------------------------------------------------------------------------------------------
# 3. A timeline

TIMELINE = (  # the reported input, t8/timeline.txt
    "Timeline: how the Nordlys disaster unfolded\n"
    "The ferry Nordlys capsized off Halvik on March 14, killing twelve people. Here is how the disaster "
    "and its aftermath unfolded.\n"
    "March 14, 2025\nThe Nordlys leaves Halvik at 18:10 in a storm warning and capsizes twenty minutes later.\n"
    "March 15, 2025\nRescue boats pull 180 survivors from the water. Twelve people are confirmed dead.\n"
    "March 18, 2025\nThe operator, Nordbank Lines, suspends all sailings on the northern routes.\n"
    "March 21, 2025\nThe harbour master, Thomas Berg, resigns.\n"
    "April 4, 2025\nThe inquiry hears its final evidence.\n"
    "April 7, 2025\nSalvage crews raise the first section of the wreck.\n"
)
DATES = ["March 14, 2025", "March 15, 2025", "March 18, 2025", "March 21, 2025", "April 4, 2025", "April 7, 2025"]
# A variant: newest first, day-month dates, blank lines, two sentences under some dates.
TIMELINE_NEWEST = (
    "The bridge scandal so far\n\n"
    "The contract for the new Halvik bridge has cost two ministers their jobs. These are the main events.\n\n"
    "2 June 2024\n\nThe second minister resigns. She denies any wrongdoing.\n\n"
    "15 May 2024\n\nAuditors find the contract was never put out to tender.\n\n"
    "3 March 2024\n\nThe first minister resigns after newspaper reports. The prime minister orders an audit.\n\n"
    "10 January 2024\n\nThe contract is signed in private.\n"
)
DATES_NEWEST = ["2 June 2024", "15 May 2024", "3 March 2024", "10 January 2024"]
# A variant: a saved page around a three-entry timeline.
TIMELINE_PAGE = (
    "Home\nNews\nSport\nSkip to content\nHow the storm hit Osland\n"
    "The storm that hit Osland last week was the worst in forty years, and the clean-up has only begun.\n"
    "Monday 10 March 2025\nWinds reach 140km/h at the harbour mouth and the ferries stop running.\n"
    "Tuesday 11 March 2025\nThe power goes off across the island for two days.\n"
    "Thursday 13 March 2025\nThe army arrives to clear the roads.\n"
    "Most read\nLottery winner comes forward\nCelebrity chef opens harbour restaurant\nMinister resigns over bridge\n"
)
DATES_PAGE = ["Monday 10 March 2025", "Tuesday 11 March 2025", "Thursday 13 March 2025"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [(TIMELINE, DATES), (TIMELINE_NEWEST, DATES_NEWEST), (TIMELINE_PAGE, DATES_PAGE)],
    ids=["timeline", "newest-first", "saved-page"],
)
def test_a_timelines_date_lines_are_content(text: str, dates: list[str]) -> None:
    assert [kinds_of(text, d) for d in dates] == [["content"]] * len(dates)


def test_a_bylines_date_over_the_text_stays_a_stamp() -> None:
    # A guard: one date over the article, or dates out of order, are no timeline.
    text = TIMELINE.replace("Timeline: how the Nordlys disaster unfolded\n", "Nordlys: the inquiry\nApril 9, 2025\n")
    assert kinds_of(text, "April 9, 2025") == ["byline"]
    shuffled = TIMELINE.replace("March 15, 2025", "April 15, 2025")
    assert kinds_of(shuffled, "April 15, 2025") == ["byline"]


# ---------------------------------------------------------------------------------------------
# 4. Long prose a phrase named

CLEAN_TRICKY = (  # the reported input, t1/clean_tricky.txt
    "Readers flock to paper's new newsletter\n"
    "The Halvik Post's new morning newsletter has signed up 12,000 readers in its first month, the paper said on "
    "Monday, far more than the 3,000 it had hoped for.\n"
    "Subscribe buttons were added to every article page in February, and the editor, Lena Dahl, said most readers "
    "signed up from stories about the ferry disaster.\n"
    "Readers who share the newsletter with friends get a free month of the print edition.\n"
    "The most popular items were the daily tide table and a column of readers' letters.\n"
    "Top stories from the newsletter are also read aloud on the local radio station every morning at seven.\n"
    "Comments from readers have been mostly positive, Dahl said, though some complained that the newsletter "
    "arrives too early.\nFollow-up surveys will be sent in April.\n"
)
REPORTING = (
    "Reporting by the paper's own journalists on the ferry disaster drew record numbers of readers in March, it said."
)
CLEAN_WORDS = (  # the reported input, t3/clean_words.txt (shortened)
    "Advertising slump hits island paper\n"
    "Advertisement revenue at the Halvik Post fell 12% last year, the paper's owner said on Tuesday, as local shops "
    "moved their spending online.\n"
    "About 300 people work for the group, which also prints two weekly papers on the mainland.\n"
    "Credit card payments now make up most of the paper's subscription income, the owner said.\n" + REPORTING + "\n"
    "Share prices of regional publishers have fallen by a third since January.\n"
    "Photographs from the paper's archive will be sold to raise funds, Olsen added.\n"
)
SIGN_UP = "Sign up rates at the town library rose by a third last year after the council dropped its membership fees."
EDITING = "Editing by hand was how the paper's first issues were made in 1921, the museum's curator told visitors."
LIBRARY = (  # a variant of our own: "Sign up" and "Editing by" opening the article's sentences
    "Library use soars in Halvik\n"
    "Halvik's library lent more books last year than in any year since it opened, the council said on Monday.\n"
    + SIGN_UP
    + "\n"
    + EDITING
    + "\nThe library will open on Sundays from April, and a new reading room is planned for the old post office.\n"
)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            CLEAN_TRICKY,
            [
                "Subscribe buttons were added to every article page in February, and the editor, Lena Dahl, said "
                "most readers signed up from stories about the ferry disaster.",
                "Readers who share the newsletter with friends get a free month of the print edition.",
            ],
        ),
        (CLEAN_WORDS, [REPORTING]),
        (LIBRARY, [SIGN_UP, EDITING]),
    ],
    ids=["clean_tricky", "clean_words", "library-sign-up-editing"],
)
def test_long_prose_inside_the_main_run_is_never_split_by_a_phrase(text: str, lines: list[str]) -> None:
    got = split(text)
    assert all(k == "content" for _t, k in got), [x for x in got if x[1] != "content"]
    for line in lines:
        assert kinds_of(text, line) == ["content"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for our newsletter to get the best of the Halvik Post delivered to your inbox every morning.",
        "Subscribe today and you will get unlimited access to every story on the site for a whole year.",
    ],
)
def test_a_prompt_between_paragraphs_stays_a_prompt(prompt: str) -> None:
    # A guard: a prompt speaking to the reader is the page's, wherever it stands.
    text = LIBRARY.replace(SIGN_UP, prompt)
    assert kinds_of(text, prompt) == ["call-to-action"]
