"""Faults a review of session 13's boilerplate round found: a rule made for one kind that took
another kind's text. The reported input first, then variants of our own. Every page here is
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds
from test_noise_kinds13 import _HEADLINE, _PARAS, _containers, _page, _page_text, _read_text, _split, _standfirst_page

from waic_reader.index.analysis.lexicon import reads_english

# ---------------------------------------------------------------------------------------------
# 1. HTML: a left-out paragraph of the main text's tag, class and parent tag was made the
#    article's wherever it was on the page: the cards of a "More from …" section after the
#    article, written in the same <p class="text">, joined it.

_CARDS = [
    "The ferry operator has ordered two electric ferries from a yard in Norway, to enter service in 2027 on "
    "the island routes.",
    "Bus lanes will be added on three main roads into the city centre by the end of next year, the council "
    "decided on Thursday.",
    "Prices for cod and haddock at the harbour market have risen by a fifth since January as catches fell "
    "sharply this winter.",
]


def _cards(box: str, cls: str = "text") -> str:
    return "".join(
        f'<{box}><h3><a href="/x{i}">Story {i}</a></h3><p class="{cls}">{c}</p></{box.partition(" ")[0]}>'
        for i, c in enumerate(_CARDS)
    )


_BODY_SPLIT = _containers([_PARAS[:3], _PARAS[3:]], cls="text").removesuffix("</main>")


@pytest.mark.parametrize(
    "body",
    [
        # reported: a "More from …" section of cards after the article, <div class="card"><p class="text">
        _BODY_SPLIT + "<section><h2>More from the Halvik Post</h2>" + _cards('div class="card"') + "</section></main>",
        # variant: the cards in bare <div>s (no class on their container)
        _BODY_SPLIT + "<section><h2>Also in the news</h2>" + _cards("div") + "</section></main>",
        # variant: a strip of top stories above the article's headline
        "<section><h2>Top stories</h2>" + _cards('div class="teaser"') + "</section>" + _BODY_SPLIT + "</main>",
    ],
    ids=["more-from-cards", "bare-div-cards", "top-stories-above"],
)
def test_other_stories_cards_of_the_main_texts_class_stay_out(tmp_path: Path, body: str) -> None:
    _title, where = _split(tmp_path, _page(body))
    assert [where[p] for p in _PARAS] == [["content"]] * len(_PARAS), where
    assert all("content" not in where[c] for c in _CARDS), where
    assert _HEADLINE in where


def _boxes(first_cls: str, rest_cls: str) -> str:
    p = "".join(f'<p class="text">{x}</p>' for x in _PARAS[:3])
    rest = "".join(f'<div class="{rest_cls}"><p class="text">{x}</p></div>' for x in _PARAS[3:])
    return f'<main><h1>{_HEADLINE}</h1><div class="{first_cls}">{p}</div><div class="ad-slot">Advertisement</div>{rest}</main>'


@pytest.mark.parametrize(
    "body",
    [
        # the rest of the body in containers sharing a class with the first ("body" of "body first")
        _boxes("article-body body first", "article-body body"),
        _boxes("-bottom-space articleBody body", "articleBody"),
    ],
    ids=["sharing-a-class", "sharing-another"],
)
def test_the_rest_of_the_body_where_the_main_lines_are_stays_whole(tmp_path: Path, body: str) -> None:
    """Guard the other way: paragraphs left out after the main lines but where they are stay the article's."""
    _title, where = _split(tmp_path, _page(body))
    assert [where[p] for p in _PARAS] == [["content"]] * len(_PARAS), where


# ---------------------------------------------------------------------------------------------
# 2. Plain text: a paragraph closed by a bracketed name after its full stop was a photo caption:
#    a speech's stage directions ("(Applause.)"), a wire story's sign-off closing its last
#    paragraph ("… (AFP)"), a Korean reporter's sign-off ("… 덧붙였다. 김철수 기자").

_SPEECH = [
    "Thank you all for coming out today, on what is a historic day for this city and for everyone who works "
    "on the water. (Applause.)",
    "When we started this project six years ago, many people said it could never be done on time or on "
    "budget. (Laughter.)",
    "We proved them wrong, and the terminal opens today with room for twice as many ships as the old one could take.",
    "I want to thank the workers who built it, the engineers who designed it, and the families who supported "
    "them. (Applause.)",
]


@pytest.mark.parametrize(
    "directions",
    [
        ["(Applause.)", "(Laughter.)", "(Applause.)"],  # reported
        ["(Cheers.)", "(Laughter and applause.)", "(Cheers and applause.)"],  # variant: other directions
        ["(Beifall.)", "(Applause.)", "(Laughter)"],  # variant: in German, and one without its full stop
    ],
)
def test_a_speechs_stage_directions_are_no_credits(directions: list[str]) -> None:
    lines = [s.rsplit(" (", 1)[0] + " " + directions[k] for k, s in enumerate(_SPEECH[:2])]
    lines += [_SPEECH[2], _SPEECH[3].rsplit(" (", 1)[0] + " " + directions[2]]
    got = kinds(_page_text(["President's remarks at the harbour opening", *lines]))
    assert [got[line] for line in lines] == ["content"] * len(lines), got


_WIRE = [
    "Heavy rain has forced more than ten thousand people from their homes in the north of the country, "
    "officials said on Sunday, as rivers burst their banks for the second time this month.",
    "Rescue teams used boats to reach villages cut off by the water, and the army was called in to help build "
    "temporary shelters in schools and sports halls.",
]
_KOREAN = [
    "서울시는 13일 올해 하반기까지 버스와 지하철 요금을 동결한다고 밝혔다. 시는 물가 상승으로 인한 시민들의 "
    "부담을 덜기 위해 이같이 결정했다고 설명했다.",
    '시 관계자는 "요금 동결로 발생하는 운영 적자는 시 예산으로 보전할 계획"이라고 말했다.',
]


@pytest.mark.parametrize(
    ("head", "body", "last", "after"),
    [
        # reported: a wire story's last paragraph closed by its agency
        (
            "Floods force thousands from their homes",
            _WIRE,
            "The weather service warned that more rain was expected over the coming days and urged people living "
            "near rivers to be ready to leave at short notice. (AFP)",
            [],
        ),
        # reported: a Korean reporter's sign-off closing the last paragraph
        (
            "서울시, 대중교통 요금 동결 발표",
            _KOREAN,
            "서울시는 다음 달부터 심야버스 노선도 확대할 예정이라고 덧붙였다. 김철수 기자",
            [],
        ),
        # variant: the agency's sign-off over the page's footer
        (
            "Floods force thousands from their homes",
            _WIRE,
            "Forecasters said the rivers would not fall back before the end of the week, and schools in the region "
            "stay closed until Wednesday. (Reuters)",
            FOOTER,
        ),
        # variant: the Korean sign-off over a copyright line
        (
            "서울시, 대중교통 요금 동결 발표",
            _KOREAN,
            "시는 이달 말까지 시민 의견을 듣겠다고 밝혔다. 이영희 기자",
            ["<저작권자 © 한빛일보 무단전재 및 재배포 금지>"],
        ),
    ],
    ids=["wire-afp", "korean", "wire-over-footer", "korean-over-copyright"],
)
def test_a_sign_off_closing_the_last_paragraph_is_no_caption(
    head: str, body: list[str], last: str, after: list[str]
) -> None:
    got = kinds("\n".join([*MENU, head, *body, last, *after]) + "\n")
    assert [got[p] for p in [*body, last]] == ["content"] * (len(body) + 1), got


def test_a_long_paragraph_closed_by_an_agency_among_paragraphs_stays() -> None:
    """Variant: a paragraph of the prose run, as long as those around it, closed by "(AP)"; a short
    caption closed so between the same paragraphs is still a caption."""
    para = (
        "The council also said that the old terminal building would be offered to a museum, and that talks "
        "with two local groups had begun in the autumn and would continue into the new year. (AP)"
    )
    got = kinds(_page_text(["Council passes budget after long debate", PARAS[0], para, *PARAS[1:]]))
    assert got[para] == "content", got
    cap = "The old terminal building in Halvik on Tuesday. (AP)"
    got = kinds(_page_text(["Council passes budget after long debate", PARAS[0], cap, *PARAS[1:]]))
    assert got[cap] == "caption", got


# ---------------------------------------------------------------------------------------------
# 3. Plain text: a live blog's entries, each a heading over its time stamp ("14 March 2025
#    09:30") over its text, were other stories' cards (headline-list): the entries are the
#    article's, and its date with them.

_INTRO = (
    "Thousands of homes were without power on Friday night after the storm brought winds of more than 120 km/h "
    "to the coast, the grid operator said."
)
_SUMMARY = (
    "The weather service expects the wind to ease overnight, though it kept its warning for the islands in "
    "place until Saturday noon."
)
_ENTRIES = [
    (
        "Crews restore power to hospital",
        "Engineers restored power to the regional hospital shortly after nine in the morning, the operator said, "
        "after it ran on generators overnight.",
    ),
    (
        "Ferries cancelled for the rest of the day",
        "All ferry departures were cancelled until Saturday morning, the ferry company said, as waves of up to "
        "six metres were reported offshore.",
    ),
    (
        "Schools to reopen on Monday",
        "The education department said all schools in the affected districts would reopen on Monday, once "
        "inspections of the buildings were complete.",
    ),
    (
        "Rail services back on the coast line",
        "Trains were running again between the two ports by early afternoon, though with delays of up to an hour "
        "while fallen trees were cleared.",
    ),
]


@pytest.mark.parametrize(
    ("stamps", "entries"),
    [
        # reported: three entries, oldest first
        (["14 March 2025 09:30", "14 March 2025 10:45", "14 March 2025 12:10"], [0, 1, 2]),
        # variant: four entries, newest first, in the dotted form
        (["14. 3. 2025 14:05", "14. 3. 2025 12:10", "14. 3. 2025 10:45", "14. 3. 2025 09:30"], [3, 2, 1, 0]),
        # variant: two entries only (no run), each text naming its heading's words, the blog's
        # summary closing it
        (["14 March 2025 09:30", "14 March 2025 12:10"], [0, 2]),
    ],
    ids=["reported", "newest-first", "two-entries"],
)
def test_a_live_blogs_entries_stay_the_articles(stamps: list[str], entries: list[int]) -> None:
    lines = ["Storm live: power cuts across the coast", _INTRO]
    for stamp, k in zip(stamps, entries):
        lines += [_ENTRIES[k][0], stamp, _ENTRIES[k][1]]
    if len(entries) < 3:
        lines.append(_SUMMARY)
    got = kinds(_page_text(lines))
    heads = [_ENTRIES[k][0] for k in entries]
    assert [got[h] for h in heads] == ["content"] * len(heads), got
    assert all(got[s] != "headline-list" for s in stamps), got
    assert all(got[_ENTRIES[k][1]] == "content" for k in entries), got


_BLURBED = [
    (
        "Ferry Operator Orders Two Electric Ferries",
        "The ferry operator has ordered two electric ferries from a yard in Norway, to enter service in 2027 "
        "on the island routes.",
    ),
    (
        "Harbour Market Prices for Cod Rise Again",
        "Prices for cod and haddock at the harbour market have risen by a fifth since January as catches fell "
        "sharply this winter.",
    ),
]


@pytest.mark.parametrize(
    "stamps",
    [
        ["23. 12. 2024 13:31", "14 March 2025 09:30"],  # two cards of different days
        ["14 March 2025 09:30"],  # a lone card
    ],
)
def test_dated_cards_with_blurbs_stay_other_stories(stamps: list[str]) -> None:
    """Guard: other stories' cards between an article's paragraphs, each a headline over its stamp
    over a blurb retelling it, are no live blog's entries (those share their day): teasers."""
    lines = ["Council passes budget after long debate", PARAS[0], PARAS[1]]
    for stamp, (head, text) in zip(stamps, _BLURBED):
        lines += [head, stamp, text]
    lines += PARAS[2:]
    got = kinds(_page_text(lines))
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got
    assert [got[head] for head, _text in _BLURBED[: len(stamps)]] == ["headline-list"] * len(stamps), got


# ---------------------------------------------------------------------------------------------
# 4. Plain text: the newsletter prompt rule took the article's own sentence of reported speech
#    naming a newsletter ("…, the mayor said."). A prompt is never reported speech.


@pytest.mark.parametrize(
    "line",
    [
        # reported
        "The council's newsletter will be delivered to every household, the mayor said.",
        "Residents who subscribe to the utility's newsletter get outage alerts, it said.",
        # variant: the speaker after the verb, a sign-up named
        "Those who sign up for the council's newsletter will hear of road closures first, said Mayor Ana Ruiz.",
        # variant: the speaker and verb opening the sentence
        "The mayor said the newsletter would be delivered to every household from April.",
    ],
)
def test_reported_speech_naming_a_newsletter_is_the_articles(line: str) -> None:
    lines = ["Council passes budget after long debate", PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]
    got = kinds(_page_text(lines))
    assert got[line] == "content", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our newsletter to get the best stories delivered to your inbox.",
        "Subscribe to our newsletter, delivered every Friday.",
    ],
)
def test_a_newsletter_prompt_between_paragraphs_stays_a_prompt(line: str) -> None:
    """Guard: the prompts themselves, sentences but nobody's speech, stay calls to action."""
    lines = ["Council passes budget after long debate", PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]
    assert kinds(_page_text(lines))[line] == "call-to-action"


# ---------------------------------------------------------------------------------------------
# 5. A byline's job title was read as the outlet ("By Jane Roe · Senior Reporter · 14 March 2025"
#    → "Senior Reporter"); the byline's field separators were written twice (dates, reader), the
#    outlet's without the slash: one definition now (corpus.bylines).


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        ("By Jane Roe · Senior Reporter · 14 March 2025", "2025-03-14"),  # reported
        ("By Jane Roe | Staff Writer | March 3, 2025", "2025-03-03"),  # variant: a bar, another role
        ("BY JANE ROE - POLITICAL CORRESPONDENT - MARCH 3, 2025", "2025-03-03"),  # variant: capitals, hyphens
    ],
)
def test_a_bylines_job_title_is_no_outlet(tmp_path: Path, byline: str, date: str) -> None:
    text = "\n".join(["Council passes budget after long debate", byline, *PARAS]) + "\n"
    assert _read_text(tmp_path, text) == (date, "text", None)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        # the outlet after the job title
        ("By Jane Roe · Senior Reporter · Halvik Post · 14 March 2025", "Halvik Post"),
        # slashes: the date rule read them, the outlet rule did not
        ("By Jane Roe / Halvik Post / March 3, 2025", "Halvik Post"),
        # guard: an outlet of three words, "The" first, stays the outlet
        ("By Jane Roe · The Harbour Courier · 14 March 2025", "The Harbour Courier"),
    ],
)
def test_a_bylines_outlet_field(tmp_path: Path, byline: str, outlet: str) -> None:
    text = "\n".join(["Council passes budget after long debate", byline, *PARAS]) + "\n"
    assert _read_text(tmp_path, text)[2] == outlet


# ---------------------------------------------------------------------------------------------
# 6. Two tests of "is this English?" (noise's page and left-out-text rules, the fact sheet's
#    lexicon.reads_english), with different word lists: one now (lexicon.english_share). And words
#    matched by their first letters on a page not in English kept the accents of words of five
#    letters or fewer ("sezón", "zákon", "uleví" never met "sezóna", "zákona", "ulevit"): a
#    standfirst the extractor left out, naming the body's words so, stayed out.

_CS_LAW = [
    "Poslanci ve středu schválili novelu zákona o zimních sezónách na horách, která má provozovatelům lanovek "
    "ulevit od vysokých cen energií.",
    "Podle ministerstva se novela týká hlavně menších středisek, kterým v posledních dvou sezónách klesly tržby "
    "o třetinu.",
    "Opozice tvrdí, že úprava zákona přišla pozdě a že střediska potřebovala pomoc už před začátkem loňské sezóny.",
]


@pytest.mark.parametrize(
    "deck",
    [
        # the reported words: short ones, accented ("sezón", "zákon", "uleví")
        "Konec drahých sezón? Nový zákon uleví lanovkám.",
        # variant: a statement, the short words elsewhere in it
        "Víc peněz pro lanovky: zákon uleví po dvou slabých sezón.",
    ],
)
def test_a_standfirst_naming_short_accented_words_is_the_articles(tmp_path: Path, deck: str) -> None:
    page = _standfirst_page("Poslanci schválili novelu pro horská střediska", deck, _CS_LAW, "cs")
    _title, where = _split(tmp_path, page)
    assert where[deck] == ["content"], where
    assert [where[p] for p in _CS_LAW] == [["content"]] * len(_CS_LAW), where


def test_contracted_function_words_count_towards_english_everywhere() -> None:
    """Variant: the fact sheet's test counted "it's" and "they're" as no function words, the
    boilerplate split's as function words; both read one list now."""
    words = ["it's", "they're", "he's"] + ["ferry"] * 17
    assert reads_english(words)
    assert not reads_english(["ferry"] * 20)
