"""`Lexicon.compile_at` (patterns matched at a figure's position) matches exactly what `compile` does: it only turns
off `regex`'s required-string scan, whose cost per `match` grew with the text after the position."""

import pytest

from extractors.lexicon import lexicon

NAMES = ["ratio_rule_after", "case_item_after", "set_opening", "this_names_previous"]
TEXTS = ["按投资额30%的比例抵免", "、20%的比例", "乐清市16例、瑞安市11例", "新登记企业中，第一产业", "这是第一次", "增长5%，占比",
         "5个亿万余" * 50]


@pytest.mark.parametrize("name", NAMES)
def test_compile_at_matches_as_compile_does(name):
    lex = lexicon()
    plain, at = lex.compile(name), lex.compile_at(name)
    entry = lex.entries[name]
    for text in TEXTS + [str(t) for t in (*entry.examples, *entry.negatives)]:
        text = text.replace("【", "").replace("】", "")
        for pos in range(len(text)):
            a, b = plain.match(text, pos), at.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (name, text, pos)
