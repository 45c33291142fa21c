"""Property test: random report-like text never breaks the extractor or the fact contract."""

from datetime import date

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.fact import contract_problems
from extractors.normalize import normalize
from extractors.pipeline import extract_text

PIECES = ["增长", "下降", "亿元", "万", "元", "%", "个", "人", "例", "件次", "双", "款", "余", "多", "约", "以上",
          "左右", "年", "月", "日", "今年", "去年同期", "本周", "全市", "东丰县", "其中", "分别", "和", "、",
          "，", "。", "；", "\n", "\n\n", " ", "“", "”", "第", "无新增确诊病例", "累计", "目标", "预计",
          "地区生产总值", "完成投资", "占比", "－", "—", "0", "1", "5", "12.5", "２０", "1,234", "一千二百", "两"]
text_strategy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60).map("".join)


def _squash(s: str) -> str:
    return regex.sub(r"\s+", "", normalize(s).text)


@settings(max_examples=300, deadline=None)
@given(text_strategy, st.sampled_from([None, date(2020, 7, 6), date(2021, 1, 27)]))
def test_random_text_keeps_the_contract(text, published):
    ex = extract_text(text, "random.txt", published)
    for fact in ex.facts:
        d = fact.contract()
        assert contract_problems(d, text) == []
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert _squash(text[d["start"]:d["end"]]) in _squash(d["quote"])
        for key in ("period_start", "period_end"):
            if d[key] is not None:
                date.fromisoformat(d[key])
