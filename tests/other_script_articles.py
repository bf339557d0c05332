"""Articles of one event in English and in scripts whose names the recogniser does not read
(Cyrillic, Arabic, Greek, Hebrew), each naming a Latin-script firm or gang (t13ar N10; the
Russian and Arabic ones are the tester's intl/kommersant-ru.txt and alsharq-ar.txt)."""

from __future__ import annotations

ENGLISH = (
    "Hospital group hit by ransomware\n\n"
    "Kessington Valley Health said on Monday that a ransomware attack had shut systems at its five "
    "hospitals. The BlackTarn gang, which has attacked hospitals before, demanded a ransom of $4.5 million. "
    "The Hydrolyne Corporation, which supplies the group, said its own systems were not affected.\n"
)
RUSSIAN = (
    "Вирус-вымогатель на неделю остановил работу больниц в Англии\n"
    "11 марта 2026 года, «Цифровой вестник»\n\n"
    "Региональная больничная группа Kessington Valley Health (KVH) подверглась атаке программы-вымогателя, "
    "из-за которой пять больниц перешли на бумажные записи.\n\n"
    "Группировка BlackTarn потребовала выкуп в размере 4,5 млн долларов и заявила, что похитила 1,2 млн "
    "медицинских записей пациентов.\n\n"
    "«Больницы стали лёгкой мишенью для вымогателей», — сказал эксперт по кибербезопасности "
    "Дмитрий Соколов-Эйзенштейн.\n"
)
ARABIC = (
    "هجوم فدية يشل مستشفيات مجموعة كيسينغتون فالي الصحية لمدة أسبوع\n"
    "١٠ مارس ٢٠٢٦ - الشرق الرقمي\n\n"
    "تعرضت مجموعة كيسينغتون فالي الصحية، التي تدير خمسة مستشفيات في إنجلترا، لهجوم ببرمجيات الفدية أدى إلى "
    "توقف أنظمتها الحاسوبية.\n\n"
    'وطالبت عصابة "بلاك تارن" بفدية قدرها 4.5 مليون دولار، وقالت إنها سرقت سجلات 1.2 مليون مريض.\n\n'
    'وقالت الباحثة في الأمن السيبراني أمينة الحداد إن "المستشفيات أصبحت هدفًا سهلًا للعصابات الإجرامية".\n'
)
GREEK = (
    "Κυβερνοεπίθεση σε νοσοκομεία της Αγγλίας\n\n"
    "Η εταιρεία Hydrolyne Corporation ανακοίνωσε ότι τα συστήματά της δεν επηρεάστηκαν από την επίθεση. "
    "Σύμφωνα με την αστυνομία, πέντε νοσοκομεία λειτουργούν με χαρτί. "
    "Ο εκπρόσωπος Γιώργος Παπαδόπουλος δήλωσε ότι η έρευνα συνεχίζεται.\n"
)
HEBREW = (
    "מתקפת כופרה על בתי חולים באנגליה\n\n"
    "חברת Hydrolyne Corporation מסרה כי המערכות שלה לא נפגעו מהמתקפה. "
    "לדברי המשטרה, חמישה בתי חולים עובדים על נייר. "
    "הדובר יוסי כהן אמר כי החקירה נמשכת.\n"
)
