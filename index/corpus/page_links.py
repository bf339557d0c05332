"""A page's own links that no article writes, in the languages read: the skip link ("Skip to
content", "Ir para o conteúdo", "本文へスキップ"), the account links ("Log in", "Iniciar sesión
Suscríbete", "ログイン") and the share row ("Compartir en Facebook  Compartir en X  Enviar por
correo", "Compartilhe no WhatsApp", "この記事をシェアする", "ツイート").

The phrases are data, a lexicon per language (:data:`SKIP_LINKS`, :data:`ACCOUNT_LINKS`,
:data:`SHARE_VERBS`, :data:`SHARE_LINKS`); the rule (:func:`page_link`) is the same for every
language: a line that is one skip link, or made only of account links, or only of share
segments (a share verb, a platform, the words between them), whatever separates its items. A
line of other words, a sentence, is never one ("Subscribers can log in to read it." stays).
(issue #14, round s31-g: a short saved page in Spanish, Portuguese or Japanese kept these lines,
and its skip link or account row became the title.)
"""

from __future__ import annotations

import re
import unicodedata

# "Skip to (main) content" as pages write it, per language (lower case, accents kept).
SKIP_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("skip to content", "skip to main content", "skip to the content", "skip to navigation", "skip navigation"),
    "fr": ("aller au contenu", "aller au contenu principal", "passer au contenu", "passer au contenu principal"),
    "de": ("zum inhalt springen", "zum hauptinhalt springen", "direkt zum inhalt", "zum inhalt", "zum hauptinhalt"),
    "es": (
        "ir al contenido",
        "ir al contenido principal",
        "saltar al contenido",
        "saltar al contenido principal",
        "pasar al contenido principal",
    ),
    "pt": (
        "ir para o conteúdo",
        "ir para o conteúdo principal",
        "pular para o conteúdo",
        "pular para o conteúdo principal",
        "saltar para o conteúdo",
        "saltar para o conteúdo principal",
        "ir para o conteudo",
        "pular para o conteudo",
    ),
    "it": ("vai al contenuto", "vai al contenuto principale", "salta al contenuto", "salta al contenuto principale"),
    "nl": ("naar de inhoud", "ga naar de inhoud", "direct naar de inhoud", "spring naar de inhoud", "naar hoofdinhoud"),
    "sv": ("hoppa till innehållet", "gå till innehållet", "till huvudinnehåll"),
    "no": ("hopp til innhold", "hopp til hovedinnhold", "gå til innhold"),
    "pl": ("przejdź do treści", "przejdź do głównej treści"),
    "ja": (
        "メインコンテンツへスキップ",
        "本文へスキップ",
        "本文へ移動",
        "コンテンツへスキップ",
        "本文へ",
        "本文にスキップ",
    ),
    "zh": ("跳到主要内容", "跳至主要内容", "跳转到主要内容", "跳到内容", "跳至内容", "跳到正文", "跳至正文"),
    "ko": ("본문 바로가기", "본문으로 바로가기", "주요 콘텐츠로 건너뛰기", "본문으로 건너뛰기"),
    # Russian and Ukrainian (round s51-a: Cyrillic pages had no lexicon; WordPress's own
    # translations of "Skip to content": "Перейти к содержимому", "Перейти до вмісту").
    "ru": ("перейти к содержимому", "перейти к основному содержанию", "перейти к содержанию", "к содержанию"),
    "uk": ("перейти до вмісту", "перейти до основного вмісту", "перейти до змісту", "до змісту"),
}

# Account links: log in, log out, register, subscribe, my account, per language.
ACCOUNT_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("sign in", "log in", "login", "log out", "sign out", "register", "subscribe", "sign up", "my account"),
    "fr": (
        "se connecter",
        "connexion",
        "se déconnecter",
        "s'abonner",
        "s’abonner",
        "s'inscrire",
        "s’inscrire",
        "mon compte",
    ),
    "de": ("anmelden", "einloggen", "abmelden", "registrieren", "abonnieren", "mein konto", "abo"),
    "es": (
        "iniciar sesión",
        "inicia sesión",
        "cerrar sesión",
        "acceder",
        "suscríbete",
        "suscribirse",
        "suscríbase",
        "regístrate",
        "registrarse",
        "mi cuenta",
    ),
    "pt": (
        "entrar",
        "fazer login",
        "sair",
        "assine",
        "assinar",
        "inscreva-se",
        "cadastre-se",
        "cadastrar",
        "minha conta",
    ),
    "it": ("accedi", "abbonati", "registrati", "esci", "il mio account"),
    "nl": ("inloggen", "aanmelden", "uitloggen", "abonneren", "abonneer", "registreren", "mijn account"),
    "ja": ("ログイン", "ログアウト", "新規登録", "会員登録", "無料会員登録", "購読", "購読する", "マイページ"),
    "zh": ("登录", "登入", "注册", "注冊", "订阅", "退出"),
    "ko": ("로그인", "로그아웃", "회원가입", "구독", "구독하기", "마이페이지"),
    "ru": ("войти", "выйти", "вход", "выход", "регистрация", "зарегистрироваться", "подписаться", "личный кабинет"),
    "uk": ("увійти", "вийти", "вхід", "вихід", "реєстрація", "зареєструватися", "підписатися", "особистий кабінет"),
}

# The verb "share" of a share button or prompt, per language other than English ("Compartir en
# X", "Partager sur X", "Udostępnij"; in scripts without spaces the whole word, "シェアする",
# "分享到", "공유하기"): the one list, which the boilerplate split's share prompts read too
# (``analysis.noise.patterns``: "Compartir", "シェア" opening a line).
SHARE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("partager", "partagez"),
    "de": ("teilen",),
    "es": ("compartir", "comparte"),
    "pt": ("compartilhe", "compartilhar", "partilhar", "partilhe"),
    "it": ("condividi", "condividere"),
    "nl": ("delen",),
    "cs": ("sdílet",),
    "pl": ("udostępnij",),
    "ja": ("シェアする", "シェア"),
    "zh": ("分享到", "分享至", "分享", "转发到", "轉發到", "转发", "轉發"),
    "ko": ("공유하기", "공유"),
    "ru": ("поделиться", "поделитесь"),
    "uk": ("поділитися", "поділіться"),
}
# A share button's verb ("Compartir en X", "Partager sur X", "Auf X teilen", "Enviar por correo"):
# the share words of the languages written with spaces, and the other buttons' verbs.
SHARE_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("share", "tweet", "email", "e-mail", "mail", "send", "print", "post", "pin", "copy"),
    "fr": (*SHARE_WORDS["fr"], "envoyer", "imprimer", "courriel", "copier"),
    "de": (*SHARE_WORDS["de"], "senden", "drucken", "versenden", "twittern", "kopieren"),
    "es": (*SHARE_WORDS["es"], "enviar", "imprimir", "correo", "tuitear", "copiar"),
    "pt": (*SHARE_WORDS["pt"], "enviar", "imprimir", "correio", "copiar"),
    "it": (*SHARE_WORDS["it"], "invia", "stampa", "copia"),
    "nl": (*SHARE_WORDS["nl"], "deel", "verstuur", "printen"),
    "cs": SHARE_WORDS["cs"],
    "pl": SHARE_WORDS["pl"],
    "ru": (*SHARE_WORDS["ru"], "отправить", "распечатать", "печать"),
    "uk": (*SHARE_WORDS["uk"], "надіслати", "роздрукувати", "друк"),
}
# The words between a share verb and the platform: "on", "sur", "auf", "no", "por", "this article".
SHARE_FILLERS = frozenset(
    "on via to by with this article story post page en sur par avec auf per mit im in no na em por pelo com su "
    "con op dit cet ce cette este esta este artículo noticia artigo matéria notícia diesen artikel beitrag questo "
    "articolo l'article l’article link url lien enlace le la el il o".split()
)
# Share buttons of languages written without spaces: the whole segment (and a share word after
# what is shared, :data:`_SHARED_OBJECT`: "この記事をシェアする", "このニュースをシェアする").
SHARE_LINKS: dict[str, tuple[str, ...]] = {
    "ja": (
        *SHARE_WORDS["ja"],
        "ツイート",
        "ポスト",
        "いいね",
        "ブックマーク",
        "はてなブックマーク",
        "lineで送る",
        "メールで送る",
        "印刷",
    ),
    "zh": (*SHARE_WORDS["zh"], "微信", "微博", "打印"),
    "ko": (*SHARE_WORDS["ko"], "기사 공유", "트윗", "카카오톡", "인쇄"),
}
# The social networks and mail a share or follow row names, in any language: the one list (the
# boilerplate split's row of buttons, noise.patterns.SOCIAL, adds the buttons' own words to it).
SOCIAL_NETWORKS = frozenset(
    "facebook twitter x linkedin whatsapp telegram reddit pinterest messenger threads bluesky mastodon "
    "flipboard instagram email e-mail".split()
)
# One of them, a whole word (a follow prompt's "on X", "on Facebook").
_NETWORK = rf"(?:{'|'.join(sorted(SOCIAL_NETWORKS, key=len, reverse=True))})\b"
# Platforms a share button names: the networks and the ones pages of other languages name.
SHARE_PLATFORMS = SOCIAL_NETWORKS | frozenset("line xing vk weibo wechat kakaotalk mail correo".split())

# A call to action's verb, per language: what a page's own links bid the reader do with the site
# ("Pay Your Bill Online", "Renew Your Subscription Now", "Report A Power Outage", "Abonnieren Sie
# Unseren Newsletter", "Téléchargez notre application"): the account links' and share buttons'
# kin (:data:`ACCOUNT_LINKS`, :data:`SHARE_VERBS`), read by :func:`call_to_action` (issue #14,
# round s38-x3: a four-word call over the headline was the title). Verbs of the site's services
# only: "Watch", "Read", "Save", "Check" open news headlines too.
CALL_VERBS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        """pay book renew report start get download subscribe register join sign shop buy order claim manage
        upgrade activate redeem submit donate advertise place unlock create update install""".split()
    ),
    "de": tuple("abonnieren bestellen bezahlen buchen laden herunterladen registrieren testen holen".split()),
    "fr": tuple(
        "payez réservez abonnez-vous téléchargez inscrivez-vous recevez renouvelez signalez essayez commandez activez".split()
    ),
    "es": tuple("paga pague reserva reserve descarga descargue suscríbete renueva recibe activa".split()),
    "pt": tuple("pague reserve baixe assine renove receba ative cadastre".split()),
    "it": tuple("paga prenota scarica abbonati rinnova ricevi attiva iscriviti".split()),
}
# Whose the object of a call is: the reader's or the site's ("your", "our"; "Ihr", "unseren";
# "votre", "notre"; "tu", "nuestra"; "seu", "nosso"; "tuo", "nostra").
CALL_OWNERS = frozenset(
    """your our my ihr ihre ihren ihrem unser unsere unseren unserem dein deine deinen votre vos notre nos mon ma
    mes tu tus su sus nuestro nuestra nuestros nuestras mi seu sua seus suas nosso nossa nossos nossas meu minha
    tuo tua tuoi tue nostro nostra nostri nostre""".split()
)
# What a call offers, closing it: a site's services ("Get Breaking News Alerts", "Report A Power
# Outage"), and the words that close a call ("Online", "Now", "Today": "Book Tickets Online").
CALL_OBJECTS = frozenset(
    """alerts notifications newsletter newsletters app apps e-edition epaper e-paper trial tickets subscription
    bill outage account online now today here free jetzt heute kostenlos gratis maintenant ahora agora ora""".split()
)
# What following a site brings, closing its follow prompt: "for updates", "for the latest (news)",
# "for breaking news", "to stay informed", "to keep up to date" (a few words, no sentence of its own).
FOLLOW_TAIL = (
    r"(?:for (?:the )?(?:latest|more|(?:live |breaking |regular |daily |the latest )?(?:updates|news|alerts|coverage))"
    r"(?: (?:news|updates|stories|coverage|on [\w ]{1,30}))?"
    r"|to (?:stay|keep) (?:informed|up to date|updated|in the loop|up with [\w ]{1,30}))"
)
# What a prompt to prefer the site asks after its verb: "(Add) Decrypt as your preferred source",
# "(Make) us preferred on Google".
_PREFERRED = r"(?:[\w.'’&-]+ ){1,5}?(?:as )?(?:(?:a|your|my) )?preferred (?:sources?|on|in)\b"
# A call to action's prompt as it opens a line, in English and in the languages the share and call
# lexicons read (German, French, Spanish, Portuguese, Italian, Dutch): the one list of them (the
# boilerplate split's "share, subscribe or follow prompt" rule, ``noise.patterns``, reads it; issue
# #14, round s39-x3: the two lists disagreed, and "Become a member today!" closing a hard-wrapped
# paragraph was glued to it; t13ai N13: "Síguenos en Facebook y Twitter. Suscríbete a nuestro
# boletín." stayed article text while its English twin was split off). Regular expressions, case
# folded, each opening with its word (:data:`_FIRST_WORDS`); the site asks the reader to follow
# "us" or to subscribe, in the imperative: "Folgen Sie uns", "Suivez-nous", "Síguenos", "Siga-nos",
# "Seguici", "Volg ons"; "Abonnieren Sie", "Abonnez-vous", "Suscríbete", "Inscreva-se", "Iscriviti".
CALL_PROMPTS: tuple[str, ...] = (
    r"subscribe\b",
    r"sign up\b",
    r"follow (?:us|me|our|the author|\w+ on)\b",
    r"follow @\w+(?: on \w+)?\W*$",
    # A name of up to five words (an outlet's with its number, "Follow Coastal News 24 on X", a
    # writer's), then the networks, closing the line: t13aj N15, a name of two words or more stayed
    # article text.
    # A tail of what following brings may close it ("Follow HealthWatch Review on X for updates.",
    # "… for the latest", "… to stay informed": t13ak N12, it stayed article text).
    rf"follow (?:[\w.'’&-]+ ){{1,5}}on {_NETWORK}(?:\s*(?:,|and|&|or)\s*{_NETWORK})*(?:\s+{FOLLOW_TAIL})?\W*$",
    r"join (?:us|our|the conversation)\b",
    r"like us on\b",
    r"download (?:our|the) app\b",
    r"get (?:the|our) (?:free )?(?:app|newsletter|latest)\b",
    r"click here\b",
    r"tap here\b",
    r"support (?:our|independent|quality) journalism\b",
    r"donate (?:now|today)\b",
    r"become a (?:member|subscriber|patron)\b",
    r"stay (?:informed|up to date|updated|in the loop)\b",
    r"never miss (?:a|an)\b",
    # The same in the languages above: "Verpasse keine News mehr!", "Ne manquez plus rien", "No te
    # pierdas ninguna noticia", "Não perca nenhuma notícia", "Non perdere nessuna notizia", "Mis geen
    # nieuws" (issue #14, unseen43 t3n-1).
    r"verpasse (?:keine|nichts)\b",
    r"verpassen sie (?:keine|nichts)\b",
    r"verpasst (?:keine|nichts)\b",
    r"ne (?:manquez|ratez) (?:plus|aucune?|rien)\b",
    r"no te pierdas (?:ninguna|ningún|nada)\b",
    r"no se pierda (?:ninguna|ningún|nada)\b",
    r"não perca (?:nenhuma|nenhum|nada)\b",
    r"non perdere (?:nessuna|nessun|più|nulla|niente)\b",
    r"mis (?:geen|niets)\b",
    r"already a subscriber\b",
    # A prompt to prefer the site in a search engine's results ("Add Decrypt as your preferred
    # source to see more of our stories on Google", "Make us preferred on Google"; issue #14, unseen39).
    *(rf"{verb} {_PREFERRED}" for verb in ("add", "make", "set")),
    # A reader survey's or feedback prompt ("Take a 30-second survey to help improve The Block.",
    # "Start Survey", "We'd love your feedback."; issue #14, unseen39).
    r"take (?:a|our|this|the) (?:(?:short|quick|brief|\d+[- ](?:seconds?|minutes?)) )?(?:reader |user )?survey\b",
    r"start (?:the )?survey\W*$",
    # (The prompt alone on its line: "We would love to hear your feedback! Check out the projects on
    # GitHub …" closing a blog's post is its author's own, unseen27 bjori-1.)
    r"we(?:['’]d| would) love (?:your|to (?:hear|get) your) feedback\W*$",
    *(rf"{verb} (?:us )?(?:your )?feedback\W*$" for verb in ("give", "leave", "send", "share")),
    r"folgen sie uns\b",
    r"folge uns\b",
    r"abonnieren sie\b",
    r"suivez-nous\b",
    r"abonnez-vous\b",
    r"inscrivez-vous\b",
    r"síguenos\b",
    r"siguenos\b",
    r"sígannos\b",
    r"suscríbete\b",
    r"suscríbase\b",
    r"suscribete\b",
    r"siga-nos\b",
    r"sigam-nos\b",
    r"inscreva-se\b",
    r"assine (?:a|o|já|nossa|nosso)\b",
    r"seguici\b",
    r"seguiteci\b",
    r"iscriviti\b",
    r"volg ons\b",
    r"abonneer je\b",
    r"schrijf je in\b",
)
# The prompts as one alternation (no group of its own: the boilerplate rule sets it in its own).
CALL_PROMPT_SOURCE = "|".join(CALL_PROMPTS)
_CALL_PROMPT = re.compile(rf"(?:{CALL_PROMPT_SOURCE})", re.IGNORECASE)
# The most words of a call to action ("Sign Up For Breaking News Alerts Now": seven).
_CALL_WORDS = 7
# The most words naming the reader's or the site's thing a call offers ("Free Trial").
_CALL_THING_WORDS = 2

_SKIP = frozenset(unicodedata.normalize("NFC", p) for ps in SKIP_LINKS.values() for p in ps)
_ACCOUNT = frozenset(unicodedata.normalize("NFC", p) for ps in ACCOUNT_LINKS.values() for p in ps)
_SHARE_VERB = frozenset(w for ws in SHARE_VERBS.values() for w in ws)
_SHARE_WHOLE = frozenset(p for ps in SHARE_LINKS.values() for p in ps)

# A link's marker and bullet at the line's start ("[3]", "- ", "→ ") and its closing arrow.
_LEAD = re.compile(r"^\s*(?:\[\d{1,4}\]|[-*•·›»→←<>]\s+|[›»→←])*\s*")
_TRAIL = re.compile(r"[\s›»→←>.:]*$")
# Items side by side: two spaces or more, a bar, a middle dot, a bullet, a slash between spaces.
_ITEMS = re.compile(r"\s{2,}|\s*[|•·]\s*|\s+/\s+|\s*\[\d{1,4}\]\s*")
_MOST_CHARS = 120


def _items(text: str) -> list[str]:
    line = _TRAIL.sub("", _LEAD.sub("", unicodedata.normalize("NFC", text))).lower()
    return [item for item in (_TRAIL.sub("", part.strip()) for part in _ITEMS.split(line)) if item]


# What a Japanese share button names before its share word: "この記事を", "このニュースを",
# "この動画を" ("this article / news / video"), a few characters and the object's particle.
_SHARED_OBJECT = re.compile(r"^(?:この)?[^\s、。！？!?]{1,8}を$")
_SHARE_JA = SHARE_WORDS["ja"]


def _share_whole(item: str) -> bool:
    """Whether ``item`` is a share button of a language written without spaces: a whole one of
    :data:`SHARE_LINKS`, or a share word after what is shared (:data:`_SHARED_OBJECT`,
    "このニュースをシェアする": s32-e, t13u F7, was content)."""
    if item in _SHARE_WHOLE:
        return True
    return item.endswith(_SHARE_JA) and any(
        _SHARED_OBJECT.match(item.removesuffix(w)) for w in _SHARE_JA if item.endswith(w)
    )


def _share_item(item: str) -> bool:
    if _share_whole(item):
        return True
    words = item.split()
    if not words or any(w not in _SHARE_VERB and w not in SHARE_PLATFORMS and w not in SHARE_FILLERS for w in words):
        return False
    # A verb of sharing or a platform's name, not fillers alone.
    return any(w in _SHARE_VERB or w in SHARE_PLATFORMS for w in words)


# Every word such a line can open with (its first item's first word): a line opening otherwise is
# none, found without splitting it (the hard-wrap joiner asks of every line it joins).
# The words between that open a share button before its platform and verb ("Auf Facebook teilen",
# "Per E-Mail senden", "Via WhatsApp"); the others follow the verb.
_LEADING_FILLERS = ("auf", "per", "via", "op", "sur", "su")
_FIRST_WORDS = frozenset(
    phrase.split()[0]
    for phrase in (
        *_SKIP,
        *_ACCOUNT,
        *_SHARE_VERB,
        *_SHARE_WHOLE,
        *SHARE_PLATFORMS,
        *_LEADING_FILLERS,
        *(unicodedata.normalize("NFC", v) for vs in CALL_VERBS.values() for v in vs),
        *(re.match(r"[^\W\d_]+", p).group(0) for p in CALL_PROMPTS),  # type: ignore[union-attr]
    )
)
_FIRST_TOKEN = re.compile(r"[^\s|•·/\[]+")
_LEAD_CHARS = " \t-*•·›»→←<>"


def _opening(text: str) -> str:
    """A line's first word as :data:`_FIRST_WORDS` holds it (lower case, NFC, markers aside)."""
    line = text.lstrip(_LEAD_CHARS)
    if line.startswith("["):
        line = _LEAD.sub("", line)
    first = _FIRST_TOKEN.match(line)
    if first is None:
        return ""
    word = first.group(0).rstrip(".:›»→←>").lower()
    return word if word.isascii() else unicodedata.normalize("NFC", word)


# The most words of one account link ("il mio account", "se connecter").
_ACCOUNT_WORDS = max(len(p.split()) for p in _ACCOUNT)


def _account_links(item: str) -> bool:
    """Whether ``item`` is account links alone, one or several set apart by a single space
    ("iniciar sesión suscríbete", "log in subscribe": the links' words, each a whole link of the
    lexicon; s32-e, t13u F7: a saved page's "Iniciar sesión Suscríbete" was content)."""
    if item in _ACCOUNT:
        return True
    words = item.split()
    # done[k]: the first k words are whole account links
    done = [True] + [False] * len(words)
    for k in range(1, len(words) + 1):
        done[k] = any(
            done[k - n] and " ".join(words[k - n : k]) in _ACCOUNT for n in range(1, min(_ACCOUNT_WORDS, k) + 1)
        )
    return len(words) > 1 and done[-1]


# The reason given a line of account links (the boilerplate split keeps a comments section's as its own).
ACCOUNT_LINK = "account link (log in, subscribe)"


def page_link(text: str) -> tuple[str, str] | None:
    """``(kind, reason)`` when the line ``text`` is one of a page's own links in any language
    read (see the module's doc), else None."""
    if len(text) > _MOST_CHARS or not text.strip():
        return None
    opening = _opening(text)
    if opening not in _FIRST_WORDS and not (opening[-1:] in "るア" and _share_whole(opening)):
        return None
    items = _items(text)
    if not items:
        return None
    if len(items) == 1 and items[0] in _SKIP:
        return "navigation", "skip link"
    if all(_account_links(item) for item in items):
        return "navigation", ACCOUNT_LINK
    if all(_share_item(item) for item in items) and any(
        _share_whole(item) or any(w in _SHARE_VERB for w in item.split()) for item in items
    ):
        return "call-to-action", "row of share buttons"
    if len(items) == 1 and call_to_action(text):
        return "call-to-action", CALL_TO_ACTION
    return None


# The reason given a call to action (:func:`call_to_action`).
CALL_TO_ACTION = "call to action (a verb bidding the reader use the site's service)"
_CALL_VERB = frozenset(unicodedata.normalize("NFC", v) for vs in CALL_VERBS.values() for v in vs)
# A call's words: letters, a hyphen or an apostrophe inside ("abonnez-vous", "e-edition").
_CALL_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def opens_with_call_verb(lows: list[str]) -> bool:
    """Whether a line's words in lower case (``lows``) open with a verb of the site's services
    (:data:`CALL_VERBS`, any language read; "sign" only as "sign up"): the imperative a link to a
    service opens with ("Report a blocked drain to the council"), whatever follows. Weaker than
    :func:`call_to_action`, which also bounds what follows: a headline may open so too ("Pay rises
    for nurses approved"), so callers weigh it with other signs."""
    if not lows or unicodedata.normalize("NFC", lows[0]) not in _CALL_VERB:
        return False
    return lows[0] != "sign" or lows[1:2] == ["up"]


def call_to_action(text: str) -> bool:
    """Whether the line ``text`` is a call to action and nothing else: a prompt of
    :data:`CALL_PROMPTS` opening it ("Become A Member Today", "Stay Informed", "Like Us On
    Facebook"), or a verb of the site's services
    (:data:`CALL_VERBS`, in any language read) opening it, then at most a few words of what it
    offers, whose either (the reader's or the site's: :data:`CALL_OWNERS`, "Pay Your Bill Online",
    "Start Your Free Trial", "Abonnieren Sie Unseren Newsletter") or closed by a service or a
    call's closing word (:data:`CALL_OBJECTS`: "Get Breaking News Alerts", "Report A Power Outage",
    "Book Tickets Online"); at most :data:`_CALL_WORDS` words, no figure, no sentence's stop or
    clause ("Pay rises for nurses approved", "Report finds flaws in dam", "Get ready for storm
    season" are headlines: no owner, no service closing them); its first letter a capital. Case folded. Such a line is page
    furniture, never a headline (issue #14, round s38-x3)."""
    if text.rstrip().endswith((":", "：")):
        return False  # ("Shop the illustration here:" introduces the article's own list)
    line = _TRAIL.sub("", _LEAD.sub("", unicodedata.normalize("NFC", text))).strip().rstrip("!").strip()
    if not line[:1].isupper() or any(c.isdigit() or c in ".,;:?|" for c in line):
        return False  # (a line of wrapped prose opens in lower case: "pay your bill online by …")
    words = [w.lower() for w in line.split()]
    if len(words) <= _CALL_WORDS and _CALL_PROMPT.match(line) is not None:
        return True  # a prompt of the one list (:data:`CALL_PROMPTS`): "Become A Member Today"
    if not 2 <= len(words) <= _CALL_WORDS or any(_CALL_TOKEN.fullmatch(w) is None for w in words):
        return False
    if words[0] not in _CALL_VERB:
        return False
    rest = words[1:]
    if words[0] == "sign":
        if rest[:1] != ["up"]:
            return False  # ("Sign" alone opens "Sign language classes …")
        rest = rest[1:]
    # (The reader's or the site's thing, named in a word or two, a closing word after it: "Your Free
    # Trial", "Your Bill Online"; "Get your Frontend JavaScript Code Covered" is a post's headline.)
    at = next((k for k, w in enumerate(rest[:3]) if w in CALL_OWNERS), None)
    thing = [] if at is None else [w for w in rest[at + 1 :] if w not in CALL_OBJECTS or w == rest[at + 1]]
    owned = at is not None and 1 <= len(thing) <= _CALL_THING_WORDS
    offered = bool(rest) and rest[-1] in CALL_OBJECTS
    return owned or offered
