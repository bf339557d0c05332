"""Quotes of round s51-q (issue #16): an article in a script the analyses do not read ("names,
figures and quotes are read in Latin-script text only", README) lists none of its quotes, whatever
quotation marks its script uses (t13av N17: the Arabic and Russian articles' quotes were listed as
unattributed, the Hindi, Korean and Japanese ones not); a quote in Latin letters inside it still
is, and an article in another language in Latin script keeps its quotes, unattributed."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.workspace import Workspace

# the reported articles (t13av corpus, intl/jazira_ar.txt and intl/ria_ru.txt)
ARABIC = 'جنوح سفينة شحن على شعاب كيسرا وتسرب النفط على ساحل الملح\n14 مارس 2026\n\nجنحت سفينة الشحن "كورال ميريديان" فجر السبت على شعاب كيسرا قبالة ميناء أوبراك، ما أدى إلى تسرب نحو 340 طنا من زيت الوقود الثقيل.\n\nوقالت هيئة السلامة البحرية في تيفارو إن اثنين من أفراد الطاقم لقيا حتفهما وإن ثلاثة آخرين في عداد المفقودين.\n\nوقال المهندس المصري يوسف الشامي، أحد أفراد الطاقم الناجين: "سمعنا صوتا قويا ثم مالت السفينة".\n\nوتم إجلاء نحو 2000 شخص من القرى الساحلية.\n'
RUSSIAN = "Сухогруз «Корал Меридиан» сел на риф у побережья Теваро, произошла утечка топлива\n16 марта 2026 г.\nСеверное агентство новостей\n\nПОРТ-ОБРАК, 14 марта — Сухогруз «Корал Меридиан» под флагом Панамы сел на риф Кессра, в море вылилось около 340 тонн мазута, сообщило Управление морской безопасности Теваро.\n\nДвое членов экипажа погибли, трое пропали без вести. Среди спасённых — второй помощник капитана Алексей Воронцов.\n\n«Мы потеряли управление за несколько минут», — сказал Алексей Воронцов.\n\nИз прибрежных деревень эвакуированы 1200 жителей. Ущерб оценивается в 45 млн долларов.\n"
# variants of my own: Greek with straight quotes, Ukrainian with guillemets
GREEK = (
    "Το φορτηγό πλοίο προσάραξε στον ύφαλο τα ξημερώματα και το πετρέλαιο απλώθηκε στις ακτές του "
    "νησιού, ανέφερε το λιμενικό σώμα της περιοχής.\n\n"
    '"Δεν είχαμε καμία προειδοποίηση για την κακοκαιρία", είπε ο καπετάνιος Γιώργος Παπαδάκης στους '
    "δημοσιογράφους στο λιμάνι.\n\nΟι αρχές εκκένωσαν τρία χωριά κοντά στην παραλία και οι ψαράδες "
    "έμειναν χωρίς δουλειά για όλη την εποχή.\n"
)
UKRAINIAN = (
    "Вантажне судно сіло на риф біля узбережжя, і в море витекло багато палива, повідомила морська "
    "адміністрація регіону.\n\n«Ми втратили управління за кілька хвилин», — сказав другий помічник "
    "капітана Олексій Воронюк.\n\nЗ прибережних сіл евакуювали тисячу двісті мешканців, а рибалки "
    "залишилися без роботи на весь сезон.\n"
)
ENGLISH = 'Harbour master Ola Nygaard said the ship had lost power. "We saw it drift for an hour," he said.\n'


def _sheet(tmp_path: Path, files: dict[str, str]) -> tuple[list[str], list[str], set[str]]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    data = Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()
    unattributed = [q["doc"] for q in data["unattributed"]]
    speakers = [s["name"] for s in data["speakers"]]
    return unattributed, speakers, {n["doc"] for n in data["not_analysed"]}


def test_reported_scripts_list_no_quotes(tmp_path: Path) -> None:
    unattributed, speakers, unread = _sheet(
        tmp_path, {"jazira_ar.txt": ARABIC, "ria_ru.txt": RUSSIAN, "en.txt": ENGLISH}
    )
    assert {"jazira_ar", "ria_ru"} <= unread
    assert "jazira_ar" not in unattributed and "ria_ru" not in unattributed
    assert speakers == ["Ola Nygaard"]


def test_variant_scripts_list_no_quotes(tmp_path: Path) -> None:
    unattributed, _speakers, unread = _sheet(tmp_path, {"greek.txt": GREEK, "uk.txt": UKRAINIAN, "en.txt": ENGLISH})
    assert {"greek", "uk"} <= unread
    assert "greek" not in unattributed and "uk" not in unattributed


def test_latin_quote_in_unread_script_is_listed(tmp_path: Path) -> None:
    text = RUSSIAN + '\nОн добавил по-английски: "We lost the engine in minutes and nobody came".\n'
    unattributed, _speakers, unread = _sheet(tmp_path, {"ru.txt": text, "en.txt": ENGLISH})
    assert "ru" in unread
    assert unattributed.count("ru") == 1
