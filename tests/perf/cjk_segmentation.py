"""How to segment Chinese for search: character bigrams (Lucene's CJKAnalyzer, what the index
does) against jieba (a dictionary segmenter), measured on a small corpus written for this.

    pip install jieba   # only for this measurement; not a dependency of waic-reader
    python tests/perf/cjk_segmentation.py

For every query word, the articles containing it (as a substring: what a reader searching for
it wants) are compared with the articles each segmentation finds when the text and the query
are cut the same way and the query's pieces must be consecutive (a phrase). Index size is the
number of distinct terms and of (term, article, position) postings.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from waic_reader.index.corpus.tokens import search_tokens

ARTICLES = [
    "国务院总理李强在上海出席世界人工智能大会开幕式并致辞，强调加强人工智能治理合作。",
    "世界人工智能大会在上海世博中心举行，来自四十多个国家的代表参加了开幕式。",
    "上海市政府表示，将继续支持人工智能产业和大模型发展，浦东新区将建设新的算力中心。",
    "美国商务部宣布新的芯片出口管制措施，英伟达股价应声下跌。",
    "英伟达首席执行官黄仁勋表示，中国市场对公司仍然非常重要。",
    "清华大学发布新的大语言模型，研究人员称其推理能力明显提升。",
    "智能手机出货量第三季度同比增长百分之八，华为重回前五。",
    "北京人工智能研究院与多家企业签署合作协议，共同开发机器人技术。",
    "人形机器人在大会展区吸引了大量观众，多家初创企业展示了最新产品。",
    "专家认为，人工智能安全需要国际社会共同应对，联合国应发挥更大作用。",
    "上海交通大学的研究团队发布了用于医疗影像的智能诊断系统。",
    "李强会见了出席大会的外国政要，双方就数字经济合作交换意见。",
    "深圳一家无人机企业宣布完成新一轮融资，估值超过百亿元。",
    "欧盟人工智能法案正式生效，对高风险系统提出严格要求。",
]

QUERIES = [
    "上海",
    "人工智能",
    "李强",
    "世界人工智能大会",
    "智能",
    "大会",
    "芯片",
    "出口管制",
    "英伟达",
    "黄仁勋",
    "大模型",
    "语言模型",
    "机器人",
    "人形机器人",
    "浦东",
    "算力",
    "交通大学",
    "上海交通大学",
    "手机",
    "无人机",
    "数字经济",
    "治理",
    "诊断",
    "欧盟",
    "法案",
    "安全",
]

Segmenter = Callable[[str], list[str]]


def bigrams(text: str) -> list[str]:
    return [t for t, _s, _e in search_tokens(text)]


def phrase_in(tokens: list[str], query: list[str]) -> bool:
    n = len(query)
    return n > 0 and any(tokens[i : i + n] == query for i in range(len(tokens) - n + 1))


def measure(name: str, cut_doc: Segmenter, cut_query: Segmenter) -> dict[str, object]:
    docs = [cut_doc(a) for a in ARTICLES]
    terms = {t for d in docs for t in d}
    postings = sum(len(d) for d in docs)
    missed: list[str] = []
    found = wanted = 0
    for q in QUERIES:
        want = {i for i, a in enumerate(ARTICLES) if q in a}
        got = {i for i, d in enumerate(docs) if phrase_in(d, cut_query(q))}
        wanted += len(want)
        found += len(want & got)
        if want - got:
            missed.append(f"{q} ({len(want - got)}/{len(want)})")
    return {
        "segmentation": name,
        "recall": round(found / wanted, 3),
        "terms": len(terms),
        "postings": postings,
        "missed": missed,
    }


def main() -> int:
    rows = [measure("character bigrams", bigrams, bigrams)]
    try:
        import jieba  # type: ignore[import-not-found, import-untyped]
    except ImportError:
        print("jieba not installed: measuring bigrams only (pip install jieba)")
    else:
        jieba.setLogLevel(60)
        rows.append(measure("jieba (precise)", lambda t: list(jieba.cut(t)), lambda t: list(jieba.cut(t))))
        rows.append(
            measure("jieba (search mode)", lambda t: list(jieba.cut_for_search(t)), lambda t: list(jieba.cut(t)))
        )
    print(f"{len(ARTICLES)} articles, {len(QUERIES)} query words, {sum(map(len, ARTICLES))} characters")
    for r in rows:
        print(
            f"{r['segmentation']:<22} recall {r['recall']:<6} terms {r['terms']:<5} postings {r['postings']:<5}"
            f" missed: {', '.join(r['missed']) or '-'}"
        )  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
