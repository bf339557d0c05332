"""A table or list a Chinese, Japanese or Korean article introduces between its paragraphs is the
article's (issue #14, unseen23 impress-1: plain-text content kept 0.688 on the half).

Four kinds, each with the reported page and two variants of our own:

- the sentence introducing the table closes with its full stop, not ":" ("おもな仕様は以下のとおり。",
  "主要规格如下。", "주요 사양은 다음과 같다."): the table was not known as one, its cells cost the
  article's run of prose as menus, and the paragraphs above it went as "outside the article";
- a cell written in Chinese or Japanese is measured by its characters, two to a word, so a
  description cell ("BBench(ディスプレイの明るさ0%、電源モード:バッテリ節約機能)") overran the cell
  limit in words and ended the table before the prose resumed: the table and the paragraphs
  after it went. (Korean spaces its words and counts them as words: its cells keep the limit.);
- a series' list of its instalments ("第11回 …（前編）", ten lines) read as an article written a
  clause a line, prose, and outweighed the article (unseen23 gihyo-1);
- a numbered table's row description written as sentences ended the table as the prose resuming
  (unseen23 gihyo-1); its variants introduce their tables as "见表2。" and "표 2와 같다.".

The spec table's product names in Latin capitals ("Intel UHD Graphics 620/HDMI、Type-C") in
lines written in CJK are no title-case headlines: they no longer count as other stories' teasers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.analysis.noise.features import counted_by_characters
from waic_reader.index.corpus.reader import Article, Corpus

_PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen23" / "text"


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _content(article: Article) -> set[str]:
    return {s.text for s in split_noise(article).content}


def _noise(article: Article) -> set[str]:
    return {s.text for s in split_noise(article).noise}


def _page(
    menu: list[str], headline: str, before: list[str], table: list[str], after: list[str], foot: list[str]
) -> str:
    return "\n".join([*menu, headline, *before, *table, *after, *foot]) + "\n"


# --- the reported page: its spec table and its benchmark table --------------------------------


def test_reported_page_keeps_its_tables_and_the_paragraphs_around_them(tmp_path: Path) -> None:
    article = _article(tmp_path, (_PAGES / "impress-1.txt").read_text(encoding="utf-8"))
    content = _content(article)
    kept = [
        # the paragraph introducing the spec table, a cell of it and the paragraph after it
        "直販モデルは、さまざまな仕様にカスタマイズ可能だが、今回レビューするT490sは、仕様が固定の販売代理店モデル「20NX002NJP」だ。おもな仕様は以下のとおり。",
        "Intel UHD Graphics 620/HDMI、Type-C",
        "212,000円",
        # the benchmark table's long cell, and the paragraphs after that table
        "BBench(ディスプレイの明るさ0%、電源モード:バッテリ節約機能)",
        "15時間42分23秒",
    ]
    for line in kept:
        assert line in content, line
    assert any(t.startswith("ベンチマークテストの各スコアは、iGPU内蔵") for t in content)
    assert any(t.startswith("以上のように、Lenovo「ThinkPad T490s」は") for t in content)
    # The page around the article stays boilerplate.
    noise = _noise(article)
    assert "インプレスのビジネスWeb" in noise
    assert "アクセスランキング" in noise


# --- kind 1: the introducing sentence closed by its full stop ---------------------------------

_JA_MENU = [
    "ホーム",
    "ニュース",
    "レビュー",
    "特集",
    "連載",
    "動画",
    "ランキング",
    "お問い合わせ",
    "会社案内",
    "採用情報",
    "広告掲載",
    "利用規約",
]
_JA_FOOT = [
    "プライバシーポリシー",
    "サイトマップ",
    "運営会社",
    "お問い合わせ",
    "広告掲載について",
    "採用情報",
    "ヘルプ",
    "よくある質問",
    "利用規約",
]
_ZH_MENU = [
    "首页",
    "新闻",
    "评测",
    "专题",
    "视频",
    "排行",
    "论坛",
    "下载",
    "联系我们",
    "关于我们",
    "广告服务",
    "招聘信息",
]
_ZH_FOOT = ["隐私政策", "网站地图", "联系我们", "广告服务", "招聘信息", "帮助中心", "常见问题", "用户协议", "版权声明"]
_KO_MENU = [
    "홈",
    "뉴스",
    "리뷰",
    "특집",
    "연재",
    "동영상",
    "랭킹",
    "문의하기",
    "회사소개",
    "채용정보",
    "광고안내",
    "이용약관",
]
_KO_FOOT = [
    "개인정보처리방침",
    "사이트맵",
    "회사소개",
    "광고안내",
    "채용정보",
    "고객센터",
    "자주 묻는 질문",
    "이용약관",
    "저작권 정책",
]

_INTRODUCED: dict[str, tuple[list[str], str, list[str], list[str], list[str], list[str]]] = {
    "ja": (
        _JA_MENU,
        "オスランド電機、14型の軽量ノート「AERO 14」を発売",
        [
            "オスランド電機は今月、14型の軽量ノートパソコン「AERO 14」の国内販売を開始した。編集部に評価機が届いたので、その使い勝手を試してみた。",
            "従来モデルとの一番の違いは重さだが、ほかにも細かな変更が多い。従来モデルから変わったおもな点は次のとおりです。",
        ],
        [
            "重量が約200g軽くなった",
            "バッテリの駆動時間が約2時間延びた",
            "USB Type-Aの端子が1つ減った",
            "指紋センサーが電源ボタンに統合された",
            "キーボードのバックライトが標準になった",
            "ACアダプタが小型の65W品に変わった",
            "Webカメラが500万画素になった",
            "天板の塗装がさらさらした手触りになった",
            "スピーカーが底面から側面に移った",
            "直販モデルで32GBのメモリを選べるようになった",
        ],
        [
            "プロセッサは省電力型のCore Ultra 5で、普段使いには十分な性能だ。メモリは16GBでオンボードのため、後から増設はできない。",
            "重量は実測で1,118gと公称値をわずかに下回った。片手で持っても負担が少なく、毎日持ち歩くノートとしては申し分ない。",
        ],
        _JA_FOOT,
    ),
    "zh": (
        _ZH_MENU,
        "奥斯兰电机发布十四英寸轻薄笔记本AERO 14",
        [
            "奥斯兰电机本月在国内推出十四英寸轻薄笔记本电脑AERO 14。编辑部收到了评测样机，我们对它的日常使用体验进行了测试。",
            "与上一代相比，新机最大的变化是重量，其他细节也有不少调整。和上一代相比的主要改动如下。",
        ],
        [
            "重量减轻了约两百克",
            "电池续航延长了约两个小时",
            "少了一个USB Type-A接口",
            "指纹识别整合进了电源键",
            "键盘背光成为标准配置",
            "电源适配器换成了更小的65W型号",
            "摄像头升级到五百万像素",
            "顶盖改用了磨砂质感的涂层",
            "扬声器从底部移到了两侧",
            "官网定制版可以选择32GB内存",
        ],
        [
            "处理器采用低功耗的酷睿Ultra 5，日常办公完全够用。内存为板载十六GB，购买后无法再自行扩充，选购时需要留意。",
            "实测重量为一千一百一十八克，略低于官方数据。单手拿着也不费力，作为每天随身携带的笔记本电脑相当合适。",
        ],
        _ZH_FOOT,
    ),
    "ko": (
        _KO_MENU,
        "오슬란드전기, 14형 경량 노트북 AERO 14 출시",
        [
            "오슬란드전기가 이번 달 14형 경량 노트북 AERO 14를 국내에 출시했다. 편집부에 평가용 제품이 도착해 실제로 사용해 보았다.",
            "기존 모델과 가장 큰 차이는 무게로, 새 모델은 약 200g 가벼워졌다. 대신 단자 수가 조금 줄었다. 매장 판매 모델의 주요 사양은 다음과 같다.",
        ],
        [
            "프로세서",
            "코어 울트라 5 125U",
            "메모리",
            "16GB",
            "저장장치",
            "SSD 512GB",
            "디스플레이",
            "14형 풀HD 무광",
            "무게",
            "약 1.12kg",
            "가격",
            "189만 원",
        ],
        [
            "프로세서는 저전력 코어 울트라 5로 일상적인 작업에는 충분한 성능을 보여 준다. 메모리는 온보드 16GB라서 나중에 늘릴 수 없다는 점을 알아 두어야 한다.",
            "실제로 재어 본 무게는 1,118g으로 공식 수치보다 조금 가벼웠다. 한 손으로 들어도 부담이 적어서 매일 들고 다니는 노트북으로 손색이 없다.",
        ],
        _KO_FOOT,
    ),
}


@pytest.mark.parametrize("lang", sorted(_INTRODUCED))
def test_table_under_a_sentence_closed_by_its_full_stop_is_the_articles(tmp_path: Path, lang: str) -> None:
    menu, headline, before, table, after, foot = _INTRODUCED[lang]
    content = _content(_article(tmp_path, _page(menu, headline, before, table, after, foot)))
    for line in [*before, *table, *after]:
        assert line in content, line


# --- kind 2: a Chinese or Japanese cell measured by its characters ---------------------------

_LONG_CELLS: dict[str, tuple[list[str], str, list[str], list[str], list[str], list[str]]] = {
    "ja": (
        _JA_MENU,
        "共有フォルダの自動ルールを設定する",
        [
            "文書管理ツールのフォルダには、コンテンツを自動的に整理できるルール機能があります。ルールを定義すれば、ファイルの振り分けや属性情報の付与を人の手を介さずに行えます。",
            "ルールの条件として設定できる項目は表1のとおりです。",
        ],
        [
            "表1 コンテンツが満たすべき条件",
            "設定項目",
            "説明",
            "サイズ",
            "ファイルサイズについて「以上」「以下」「等しい」などの比較条件を設定できる",
            "作成日時",
            "作成日時について「以上」「以下」「等しい」などの比較条件を設定できる",
            "カテゴリ",
            "あらかじめ設定されたカテゴリを選択できる ※初期設定では「分類」「タグ」「言語」の3種類",
        ],
        [
            "条件は1つでも複数でも設定でき、条件を満たす場合と満たさない場合の分岐を作ることもできます。次回は、作成したルールを実際に動かしてみましょう。",
            "ルールはフォルダごとに保存されるため、別のフォルダに同じ設定をコピーして使い回すこともできます。",
        ],
        _JA_FOOT,
    ),
    "zh": (
        _ZH_MENU,
        "为共享文件夹设置自动规则",
        [
            "文档管理工具的文件夹提供可以自动整理内容的规则功能。定义规则之后，文件的分类和元数据的添加都可以自动完成，不再需要人工操作。",
            "可以设置为规则条件的项目如下所示：",
        ],
        [
            "表1 内容需要满足的条件",
            "设置项目",
            "说明",
            "大小",
            "可以针对文件大小设置大于等于、小于等于或者等于等各种比较条件来筛选文件",
            "创建时间",
            "可以针对创建时间设置大于等于、小于等于或者等于等各种比较条件来筛选文件",
            "分类",
            "可以选择事先设置好的分类 ※默认提供类别、标签、语言三种分类供用户直接选择使用",
        ],
        [
            "条件可以只设置一个，也可以设置多个，还可以为满足条件和不满足条件的情况分别设置不同的处理。下一篇我们将实际运行创建好的规则。",
            "规则按文件夹保存，因此也可以把同样的设置复制到别的文件夹里重复使用。",
        ],
        _ZH_FOOT,
    ),
}


@pytest.mark.parametrize("lang", sorted(_LONG_CELLS))
def test_table_with_description_cells_in_chinese_or_japanese_is_the_articles(tmp_path: Path, lang: str) -> None:
    menu, headline, before, table, after, foot = _LONG_CELLS[lang]
    content = _content(_article(tmp_path, _page(menu, headline, before, table, after, foot)))
    for line in [*before, *table, *after]:
        assert line in content, line


def test_only_chinese_and_japanese_cells_are_measured_by_characters() -> None:
    """The relaxed cell limit is for words counted by characters (Chinese, Japanese); Korean
    spaces its words and counts them as words, and Latin text has words: both keep the limit."""
    assert counted_by_characters("ファイルサイズについて設定できる")
    assert counted_by_characters("可以针对文件大小设置")
    assert not counted_by_characters("파일 크기에 대해 이상 이하 같음 등의 비교 조건을 설정할 수 있다")
    assert not counted_by_characters("Intel UHD Graphics 620")


# --- kind 3: a series' list of its instalments is no run of clause lines ------------------------
# (unseen23 gihyo-1: ten lines "第11回 …（前編）", "第10回 …" under "バックナンバー" read as an
# article written a clause a line, prose: they outweighed the article, whose text went as "outside".)


def test_reported_page_keeps_its_article_over_the_list_of_instalments(tmp_path: Path) -> None:
    article = _article(tmp_path, (_PAGES / "gihyo-1.txt").read_text(encoding="utf-8"))
    content = _content(article)
    assert any(t.startswith("いま流行りのデジタルトランスフォーメーションを実現するには") for t in content)
    assert any(t.startswith("「文書ライブラリ」は，Alfrescoの「サイト」の配下に存在します。") for t in content)
    assert "第10回 Alfrescoと機械学習サービスの連携で画像の検索効率を向上（後編）" not in content
    assert "第3回 ツール活用で文化（カルチャー）・習慣を変えてみよう（前編）" not in content


_SERIES: dict[str, tuple[list[str], str, list[str], str, list[str], list[str]]] = {
    "zh": (
        _ZH_MENU,
        "港口城市如何应对冬季风暴",
        [
            "今年一月，一场强烈的冬季风暴袭击了沿海的奥斯兰市，港口停运了整整三天，数百艘渔船被迫留在码头，许多家庭的生计受到了影响。",
            "市政府在风暴过后宣布，将在未来五年内投入两亿元加固防波堤，并在港区新建一套可以提前四十八小时发出警报的监测系统。",
            "港务局局长表示，新的系统将与气象部门的数据实时连接，渔民可以在手机上直接收到警报，从而有更多的时间把船只转移到安全的地方。",
        ],
        "往期回顾",
        [
            "第12期 港口城市如何应对冬季风暴带来的停运和损失（下篇）",
            "第11期 港口城市如何应对冬季风暴带来的停运和损失（上篇）",
            "第10期 渔民合作社怎样帮助年轻人回到家乡重新出海（下篇）",
            "第9期 渔民合作社怎样帮助年轻人回到家乡重新出海（上篇）",
            "第8期 海上风电场给沿海小镇的生活带来了哪些变化（下篇）",
            "第7期 海上风电场给沿海小镇的生活带来了哪些变化（上篇）",
            "第6期 一座百年灯塔的修复工程和守塔人家族的故事（下篇）",
            "第5期 一座百年灯塔的修复工程和守塔人家族的故事（上篇）",
            "第4期 跨海大桥通车以后岛上居民的出行方式怎样改变（下篇）",
            "第3期 跨海大桥通车以后岛上居民的出行方式怎样改变（上篇）",
        ],
        _ZH_FOOT,
    ),
    "ko": (
        _KO_MENU,
        "항구 도시는 겨울 폭풍에 어떻게 대비하나",
        [
            "지난 1월 강한 겨울 폭풍이 해안 도시 오슬란드를 덮쳐 항구가 사흘 동안 문을 닫았고 수백 척의 어선이 부두에 묶여 많은 가정의 생계가 흔들렸다.",
            "시는 폭풍이 지나간 뒤 앞으로 5년 동안 2억 크로네를 들여 방파제를 보강하고 항만 구역에 48시간 전에 경보를 내는 감시 체계를 새로 만들겠다고 밝혔다.",
            "항만청장은 새 체계가 기상청 자료와 실시간으로 연결돼 어민들이 휴대전화로 경보를 바로 받을 수 있고 배를 안전한 곳으로 옮길 시간이 늘어날 것이라고 말했다.",
        ],
        "지난 연재",
        [
            "제12회 항구 도시는 겨울 폭풍이 남긴 피해를 어떻게 복구하고 있나 (하편)",
            "제11회 항구 도시는 겨울 폭풍이 남긴 피해를 어떻게 복구하고 있나 (상편)",
            "제10회 어민 협동조합은 젊은이들이 고향 바다로 돌아오도록 어떻게 돕나 (하편)",
            "제9회 어민 협동조합은 젊은이들이 고향 바다로 돌아오도록 어떻게 돕나 (상편)",
            "제8회 해상 풍력 단지는 바닷가 작은 마을의 삶을 어떻게 바꾸어 놓았나 (하편)",
            "제7회 해상 풍력 단지는 바닷가 작은 마을의 삶을 어떻게 바꾸어 놓았나 (상편)",
            "제6회 백 년 된 등대를 고치는 공사와 등대지기 가족이 살아온 이야기 (하편)",
            "제5회 백 년 된 등대를 고치는 공사와 등대지기 가족이 살아온 이야기 (상편)",
            "제4회 바다를 건너는 다리가 열린 뒤 섬 주민들의 이동은 어떻게 달라졌나 (하편)",
            "제3회 바다를 건너는 다리가 열린 뒤 섬 주민들의 이동은 어떻게 달라졌나 (상편)",
        ],
        _KO_FOOT,
    ),
}


@pytest.mark.parametrize("lang", sorted(_SERIES))
def test_list_of_instalments_after_the_article_is_no_prose(tmp_path: Path, lang: str) -> None:
    menu, headline, paragraphs, header, instalments, foot = _SERIES[lang]
    text = "\n".join([*menu, headline, *paragraphs, header, *instalments, *foot]) + "\n"
    article = _article(tmp_path, text)
    content = _content(article)
    for line in paragraphs:
        assert line in content, line
    for line in instalments:
        assert line not in content, line


# --- kind 4: a numbered table's descriptions written as sentences are its cells -----------------
# (unseen23 gihyo-1: table 2's rows "1" / "スクリプトを実行する" / "標準機能" / a description of one
# or two sentences; the first sentence ended the table as the article's prose resuming, and the
# seventeen rows after it went as menus and teasers, with the article's closing paragraph.)


def test_reported_page_keeps_its_numbered_table_of_described_rows(tmp_path: Path) -> None:
    content = _content(_article(tmp_path, (_PAGES / "gihyo-1.txt").read_text(encoding="utf-8")))
    for line in [
        "ファイルやフォルダを，地域や分類など選択したカテゴリにリンクする",
        "数値（整数）プロパティの値を自動的にインクリメントする",
        "画像ファイル（jpeg）から人工知能（AI）サービスを使って自動的にタグを追加する",
        "17",
    ]:
        assert line in content, line
    assert any(t.startswith("ワークフロー設定（承認タスク，却下タスク）を付与する。") for t in content)
    assert any(
        t.startswith("以上のようにして，文書ライブラリに対して行う自動処理のルールが作成できます。") for t in content
    )


_DESCRIBED: dict[str, tuple[list[str], str, list[str], list[str], list[str], list[str]]] = {
    "zh": (
        _ZH_MENU,
        "用文件夹规则自动整理文档",
        [
            "文档管理工具的文件夹提供可以自动整理内容的规则功能。定义规则之后，文件的分类和元数据的添加都可以自动完成，不再需要人工操作。",
            "规则满足条件时可以执行的动作见表2。",
        ],
        [
            "表2 可以执行的动作",
            "1",
            "执行脚本",
            "运行数据字典中保存的自定义脚本。系统自带了几个示例脚本，可以直接拿来修改后使用。",
            "2",
            "复制",
            "把文件复制到指定的位置。如果需要连同子文件夹一起复制，请勾选深度复制选项后再保存规则。",
            "3",
            "移动",
            "把文件移动到指定的位置",
            "4",
            "发送邮件",
            "通过电子邮件发送通知。点击消息选择收件人，再把选好的消息添加到规则里就可以了。",
            "5",
            "转换格式",
            "把文件转换成选定的格式后复制到指定位置，例如可以为文档生成一份PDF格式的副本。",
        ],
        [
            "像这样，就可以为文档库创建自动处理的规则了。下一篇我们将通过具体的例子，看看运行这些规则之后能做些什么。",
        ],
        _ZH_FOOT,
    ),
    "ko": (
        _KO_MENU,
        "폴더 규칙으로 문서를 자동으로 정리하기",
        [
            "문서 관리 도구의 폴더에는 콘텐츠를 자동으로 정리하는 규칙 기능이 있다. 규칙을 정해 두면 파일을 나누고 속성 정보를 붙이는 일을 사람이 하지 않아도 된다.",
            "규칙의 조건을 만족할 때 실행할 수 있는 동작은 표 2와 같다.",
        ],
        [
            "표 2 실행할 수 있는 동작",
            "1",
            "스크립트 실행",
            "데이터 사전 폴더에 저장된 사용자 스크립트를 실행한다. 기본으로 들어 있는 예제 스크립트를 고쳐서 바로 쓸 수도 있다.",
            "2",
            "복사",
            "파일을 지정한 위치로 복사한다. 하위 폴더와 그 내용까지 함께 복사하려면 깊은 복사 옵션을 선택한 뒤 저장하면 된다.",
            "3",
            "이동",
            "파일을 지정한 위치로 옮긴다",
            "4",
            "메일 보내기",
            "알림을 전자우편으로 보낸다. 메시지를 눌러 받는 사람을 고른 다음 고른 메시지를 규칙에 추가하면 된다.",
            "5",
            "형식 변환",
            "파일을 고른 형식으로 바꾸어 지정한 위치에 복사한다. 예를 들어 문서의 PDF 사본을 다른 폴더에 만들 수 있다.",
        ],
        [
            "이렇게 하면 문서 라이브러리에 자동 처리 규칙을 만들 수 있다. 다음 편에서는 만든 규칙을 실제로 실행하면 무엇을 할 수 있는지 구체적인 예로 살펴본다.",
        ],
        _KO_FOOT,
    ),
}


@pytest.mark.parametrize("lang", sorted(_DESCRIBED))
def test_numbered_table_with_sentences_in_its_rows_is_the_articles(tmp_path: Path, lang: str) -> None:
    menu, headline, before, table, after, foot = _DESCRIBED[lang]
    content = _content(_article(tmp_path, _page(menu, headline, before, table, after, foot)))
    for line in [*before, *table, *after]:
        assert line in content, line
