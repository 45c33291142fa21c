"""A work report's acts on cases and a casualty or meeting report's bare acts, named as what they count: a court's
or procuratorate's act goes after the cases or offences it was done to (`审结…案件` → …案件审结), a protest or
proposal made is counted itself (`提出…抗诉` → …抗诉, `建议取保候审` → 取保候审建议), a bare `起诉` takes the offences
the clause before it punished (or is 起诉人数), and a bare act before people is their number (死亡人数, 出席人数); a
change rate told after such a count has the count's name. Sentences are our own; each row gives ALL the facts."""

from datetime import date

import pytest
from factcase import named_values

DAY = date(2022, 3, 9)

NAMED = [
    ("cases concluded", "去年全省法院审结一审商事案件8.2万件。", [("other", "法院一审商事案件审结", 82000)]),
    ("offences prosecuted with rate", "全省检察机关起诉涉毒犯罪2400人,同比上升6.5%。",
     [("other", "检察机关涉毒犯罪起诉", 2400), ("growth_rate", "检察机关涉毒犯罪起诉", 6.5)]),
    ("cases enforced", "执结涉民生案件3.1万件。", [("other", "涉民生案件执结", 31000)]),
    ("arrest approved", "批准逮捕非法集资犯罪560人。", [("other", "非法集资犯罪批准逮捕", 560)]),
    ("protests made", "提出行政抗诉46件,同比下降3.2%。",
     [("other", "行政抗诉", 46), ("growth_rate", "行政抗诉", -3.2)]),
    ("proposals made", "提出纠正意见1200件。", [("other", "纠正意见", 1200)]),
    ("bail proposed", "建议取保候审3100人。", [("other", "取保候审建议", 3100)]),
    ("bare prosecution after the punished offences", "严惩非法采砂犯罪,起诉310人,同比上升12%。",
     [("other", "非法采砂犯罪起诉", 310), ("growth_rate", "非法采砂犯罪起诉", 12)]),
    ("bare prosecution alone", "去年起诉980人。", [("other", "起诉人数", 980)]),
    ("bare prosecution, nothing before", "去年全市检察院起诉980人。", [("other", "检察院起诉人数", 980)]),
    ("deaths and injuries", "山体滑坡造成3人死亡、5人受伤。", [("other", "山体滑坡死亡人数", 3), ("other", "受伤人数", 5)]),
    # who came to or missed one sitting is a quorum's record, no reported measure (story.toml attendance_before)
    ("attendance", "会议应到60人,出席57人,缺席3人。", []),
]

KEPT = [
    ("a rate of prosecution stays", "起诉率为92%。", "起诉率"),
    ("a count of cases already named", "起诉涉毒案件数达300件。", None),
    ("deaths as cases stay", "累计死亡病例12例。", "累计死亡病例"),
]


@pytest.mark.parametrize("label,text,expected", NAMED, ids=[r[0] for r in NAMED])
def test_case_act_subjects(label, text, expected):
    assert named_values(text, DAY) == expected


@pytest.mark.parametrize("label,text,subject", KEPT, ids=[r[0] for r in KEPT])
def test_other_subjects_kept(label, text, subject):
    subjects = [s for _, s, _ in named_values(text, DAY)]
    if subject is not None:
        assert subject in subjects
    assert not any(s.endswith(("起诉", "人数")) and s != subject for s in subjects if s)
