"""Kinds of issue #14 fixed in round s51-a, each the reported form and two variants of our own:

- a related-stories header in Russian or Ukrainian ("Вас зацікавить", "Читайте также", "Схожі
  новини") set between the article's paragraphs, and the share button's word in those languages
  ("Поділитися", "Поделиться"): no Cyrillic header or share word was read (unseen46 zn-1);
- a comments section's house rules over the comments ("Please be respectful of our online
  community …", "By posting a comment you agree …", "Comments are moderated …") head the comments
  as "Comments" does (unseen46 bostonmagazine-1: the policy and the comments were kept);
- a newsletter sign-up box whose e-mail field the text did not keep: its heading naming the
  newsletter, its pitch, its button and the form's message (unseen46 bostonglobe-1);
- a plain text's closing "Links" list of what to do or use, naming the article's words, link
  text alone: the article's own list, all of it (review s50-rv #4: the header and first item were
  dropped, the third kept).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def text_article(tmp_path: Path, lines: list[str], sep: str = "\n") -> Article:
    (tmp_path / "page.txt").write_text(sep.join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


# --- Russian and Ukrainian related-stories headers between the paragraphs --------------------------

UK_PARAS = [
    "Ситуація на лівому березі надзвичайно важка. Там люди страждають не лише від великої води, але й"
    " від постійних обстрілів, повідомили в обласній військовій адміністрації у четвер вранці.",
    "Глава адміністрації заявив, що станом на ранок середній рівень підтоплення в регіоні становить"
    " понад п'ять метрів, а евакуація з зони підтоплення триває попри небезпеку для рятувальників.",
    "Він додав, що людям допомагають з транспортом і житлом, а для евакуації потрібно звернутися по"
    " допомогу до адміністрації за телефоном гарячої лінії, який працює цілодобово.",
]
UK_MORE = (
    "Нагадаємо, у Генштабі повідомили, що після знищення греблі військові виганяють людей з їхніх"
    " будинків на лівому березі, а частина населених пунктів досі залишається під водою."
)
RU_PARAS = [
    "Уровень воды в реке поднялся за ночь почти на два метра, сообщили в региональном управлении по"
    " чрезвычайным ситуациям, и несколько прибрежных сёл уже оказались частично отрезаны от дорог.",
    "Спасатели вывезли из зоны подтопления более трёхсот человек, среди них много пожилых жителей,"
    " которые не могли самостоятельно добраться до пунктов временного размещения в районном центре.",
    "Власти пообещали выплатить пострадавшим семьям компенсации, а специальная комиссия начнёт"
    " оценивать ущерб уже на следующей неделе, когда вода начнёт уходить из низин.",
]
RU_MORE = (
    "Напомним, что в прошлом году паводок в этом же районе затопил больше тысячи домов, и после него"
    " власти обещали укрепить дамбы вдоль всего русла реки до начала следующего сезона."
)

CYRILLIC = [
    # (paragraphs, header, teasers, the article's next paragraph)
    (UK_PARAS, "ВАС ЗАЦІКАВИТЬ", ["Підрив греблі завдав шкоди і самим окупантам – Генштаб"], UK_MORE),
    (RU_PARAS, "Читайте также", ["Паводок отрезал от дорог три села на севере области"], RU_MORE),
    (
        UK_PARAS,
        "Схожі новини",
        ["Кожному постраждалому виплатять допомогу – Кабмін", "Рятувальники евакуювали ще сто людей"],
        UK_MORE,
    ),
]


@pytest.mark.parametrize("paras,header,teasers,more", CYRILLIC, ids=["reported-uk", "russian", "ukrainian-similar"])
def test_cyrillic_related_header_between_paragraphs(
    tmp_path: Path, paras: list[str], header: str, teasers: list[str], more: str
) -> None:
    art = text_article(tmp_path, [*paras, header, *teasers, more])
    assert [kind_at(art, line) for line in [header, *teasers]] == ["headline-list"] * (1 + len(teasers))
    assert [kind_at(art, p) for p in [*paras, more]] == ["content"] * (len(paras) + 1)


@pytest.mark.parametrize("share", ["Поділитися", "Поделиться", "Поділитися Facebook Telegram"])
def test_cyrillic_share_word(tmp_path: Path, share: str) -> None:
    art = text_article(tmp_path, [*UK_PARAS, share, UK_MORE])
    assert kind_at(art, share) == "call-to-action"
    assert [kind_at(art, p) for p in [*UK_PARAS, UK_MORE]] == ["content"] * 4


def test_related_video_header_over_prose(tmp_path: Path) -> None:
    art = text_article(tmp_path, [*RU_PARAS, "Related video", RU_MORE])
    assert kind_at(art, "Related video") == "headline-list"
    assert kind_at(art, RU_MORE) == "content"


# --- a commenting policy heads the comments -----------------------------------------------------------

EN_PARAS = [
    "Kayyem made it official this morning, joining a field of candidates that had looked settled until"
    " a week ago, and her aides said she would spend the first days of the campaign in the western counties.",
    "She will also get a solid look from the state's party activists, who have spent months asking for a"
    " candidate with experience in government and a record of running large organisations.",
    "Her rivals have raised more money so far, but the primary is more than a year away and the field is"
    " expected to change several times before the convention in the spring.",
]
COMMENTS = [
    "MrM2",
    "She's still got a bureaucrat's resume, same problem the last one had. Even with all the personality in"
    " the world she will struggle to raise the money.",
    "Joe Lynch",
    "How about we focus on a few things at a time. Like jobs, education and transportation.",
]
POLICIES = [
    "Please be respectful of our online community and contribute to an engaging conversation. We reserve the"
    " right to remove impersonators or personal attacks, threats, profanity, or flat-out offensive comments. By"
    " posting here, you are permitting Boston magazine and Metro Corp. to edit and republish your comment in all media.",
    "By posting a comment you agree to our community guidelines and to the site's terms of use.",
    "Comments are moderated and may take up to a day to appear. Keep it civil and stay on topic.",
]


# A saved page's layout: its menu, the article, a related list closing it, then the comments, a
# most-read list and the footer (the comments are read as such after the article's end).
MENU = ["Home", "News", "Politics", "Sports", "Arts", "Food", "Travel", "Subscribe", "Sign in", "Search"]
RELATED = [
    "You May Also Like:",
    "Q&A with Setti Warren: Can a Progressive Win?",
    "Jeb Bush Is Coming to Boston College",
]
FOOTER = [
    "Most Popular",
    "Five Cape Cod Airbnbs to Rent This Summer",
    "New Commuter Rail Stop Opens in Brighton",
    "About Us",
    "Privacy Policy",
]


@pytest.mark.parametrize("policy", POLICIES, ids=["reported", "by-posting", "moderated"])
def test_commenting_policy_heads_comments(tmp_path: Path, policy: str) -> None:
    head = "Kayyem Is Running for Governor"
    art = text_article(tmp_path, [*MENU, head, *EN_PARAS, *RELATED, policy, *COMMENTS, *FOOTER])
    assert kind_at(art, policy) == "comments"
    assert [kind_at(art, c) for c in COMMENTS] == ["comments"] * len(COMMENTS)
    assert [kind_at(art, p) for p in EN_PARAS] == ["content"] * 3


def test_article_reporting_a_comment_policy_stays(tmp_path: Path) -> None:
    line = "Comments are moderated by two staff members, the editor said, and most are approved within an hour."
    art = text_article(tmp_path, ["Kayyem Is Running for Governor", *EN_PARAS[:2], line, EN_PARAS[2]])
    assert kind_at(art, line) == "content"


# --- a sign-up box without its e-mail field ------------------------------------------------------------

BOXES = [
    [
        "Get Fast Forward in your inbox:",
        "Forget yesterday's news. Get what you need today in this early-morning email.",
        "Sign Up",
        "Thank you for signing up! Sign up for more newsletters here",
    ],
    [
        "Get The Morning Brief in your inbox:",
        "The day's five biggest stories, explained before your first coffee.",
        "Subscribe",
        "Thanks for subscribing! Check your inbox to confirm.",
    ],
    [
        "Sign up for our Politics newsletter",
        "Every Friday: the week at the State House, in five minutes.",
        "Sign Up",
    ],
]


@pytest.mark.parametrize("box", BOXES, ids=["reported", "brief", "no-message"])
def test_signup_box_without_field(tmp_path: Path, box: list[str]) -> None:
    art = text_article(tmp_path, ["Kayyem Is Running for Governor", *EN_PARAS[:2], *box, EN_PARAS[2]])
    assert [kind_at(art, line) for line in box] == ["call-to-action"] * len(box)
    assert [kind_at(art, p) for p in EN_PARAS] == ["content"] * 3


# --- the article's own "Links" list --------------------------------------------------------------------

FLOOD = [
    "Flood risk in the valley",
    "Residents along the river have been told to prepare for higher water this winter, after the"
    " Environment Agency raised its warning level for the third time this month.",
    "The council has opened two rest centres and is handing out sandbags at the leisure centre car park"
    " from eight in the morning until six in the evening.",
    "Officials said the best thing households can do now is to know their risk, sign up for warnings and"
    " keep a bag of essentials ready by the door.",
]
OWN_LISTS = [
    [
        "Links",
        "Check your long term flood risk on the government map",
        "Sign up for flood warnings from the Environment Agency",
        "The council's guide to preparing for a flood",
    ],
    [
        "Useful links",
        "Find your nearest rest centre",
        "Report a blocked drain to the council",
        "Sandbag collection points and opening times",
    ],
    [
        "Further reading",
        "Our guide to protecting your home from water damage",
        "What the Environment Agency's warning levels mean",
    ],
]


@pytest.mark.parametrize("own", OWN_LISTS, ids=["reported", "useful-links", "further-reading"])
def test_articles_own_links_list_stays_whole(tmp_path: Path, own: list[str]) -> None:
    art = text_article(tmp_path, [*FLOOD, *own])
    assert [kind_at(art, line) for line in own] == ["content"] * len(own)


def test_links_over_other_stories_still_dropped(tmp_path: Path) -> None:
    others = ["Links", "Transfer window: United sign striker", "Election night live coverage"]
    art = text_article(tmp_path, [*FLOOD, *others])
    assert [kind_at(art, line) for line in others] == ["headline-list"] * 3


# --- a Persian news agency's end-of-copy mark ---------------------------------------------------------

FA_PARAS = [
    "معاون وزیر امور خارجه در گفت‌وگو با خبرنگاران گفت که سفر هیئت اروپایی به تهران هفته آینده انجام می‌شود"
    " و دو طرف درباره همکاری‌های اقتصادی و کنسولی گفت‌وگو خواهند کرد.",
    "وی افزود که دستور کار این سفر از چند هفته پیش تنظیم شده است و نشست‌های کارشناسی نیز در کنار دیدارهای"
    " رسمی برگزار خواهد شد تا مسائل باقی‌مانده بررسی شود.",
]


@pytest.mark.parametrize("mark", ["انتهای پیام", "انتهای پیام/", "پایان خبر"])
def test_persian_end_of_copy_mark(tmp_path: Path, mark: str) -> None:
    art = text_article(tmp_path, ["سفر هیئت اروپایی به تهران", *FA_PARAS, mark, "لینک کوتاه", "برچسب‌ها:"])
    assert kind_at(art, mark) != "content"
    assert [kind_at(art, p) for p in FA_PARAS] == ["content"] * 2
