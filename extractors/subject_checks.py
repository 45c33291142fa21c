"""Whether a subject names a measure: a piece of narrative, a fragment of its sentence or a word that names nothing
alone is no name (such a fact is dropped); a subject cut at the wrong place is trimmed to its measure, and a class
after a list of examples is what a long subject counts (audit classes S1, N7)."""

from __future__ import annotations

from .lexicon import lexicon
from .subject_places import strip_place_prefix
from .subjects import COUNT_UNITS, ENUMERATION_COMMA, MEASURE_TAIL

_LEX = lexicon()
_NARRATIVE = _LEX.compile("narrative_subject")
_NOT_A_HEAD = frozenset(_LEX.words("not_a_head"))
_HEAD_NOUN_END = _LEX.words("head_noun_end")
_NOTHING_ALONE = frozenset(_LEX.words("names_nothing_alone"))
_NOTHING_BARE = frozenset(_LEX.words("names_nothing_bare"))  # `村里`, `整改`: also once an act is trimmed off
_DEBRIS = _LEX.compile("subject_debris")
_INDUSTRY_MEASURE = _LEX.compile("industry_measure")
_DEFINING_ACT = _LEX.compile("defined_by_act_name")  # `完成脱钩移交的…企业`: the act names which (count_acts)
_CUT_LEAD = _LEX.compile("subject_cut_lead")
_CUT_TAIL = _LEX.compile("subject_cut_tail")
_CUT_LEAD_WORDS = _LEX.compile("subject_cut_lead_words")
_CUT_TAIL_WORD = _LEX.compile("subject_cut_tail_word")  # `…改革如期`, `…产值达`: the clause's adverb or reach
_CUT_LEAD_CLAUSE = _LEX.compile("(?:{subject_cut_lead_clause})|(?:{subject_frame_lead})")  # `前期已分两批…`, `涉及总投资`, `决定利用…`
_EXCEPT_FRAME = _LEX.compile("except_frame")  # `除了…外`
_SINGLED_OUT = _LEX.compile("singled_out_part")  # `光一项…就投资`
_NAMES_NOTHING_LEAD = _LEX.compile("names_nothing_lead")  # `其下…`, `不断织密…`, `比世界平均水平`
_CATALOGUED_TAIL = _LEX.compile("catalogued_tail_word")  # `…项目已`, `…投资不过`
_LEVEL_REACHED = _LEX.compile("level_reached_count")  # `有15家产能利用率达`: the things are unnamed
_RECIPIENTS = _LEX.compile("recipients_counted")
_DATA_WORD = _LEX.compile("data_word_subject")
_BATCH_OR_ACT = _LEX.compile("batch_or_act_subject")
_NAMED_BASE = _LEX.compile("^{named_base_comparison}$")
_RANK = _LEX.compile("rank_subject")
_VERB_ONLY = _LEX.compile("verb_only_subject")
_SUCCESSIVE = _LEX.compile("successive_acts")
_SPREAD = _LEX.compile("clause_spread_fragment")  # `推广到全国省`, `同意天柱县等县`, `要绕`
_CLAUSE_LEADS = tuple(_LEX.compile(name) for name in (
    "subject_light_verb_lead", "subject_occurrence_lead", "subject_reach_inner", "subject_turn_tail"))
# `作改进`, `当地发生…案件`, `…已达到年销量`, `…增加值转`: trimmed off
_ROUTE_LEAD = _LEX.compile("subject_route_lead")  # `分赴凉山州…`, `围绕剩余…`
_RELATIVE_CUT = _LEX.compile("subject_relative_cut")  # `当地发生针`
_MOMENT_LEAD = _LEX.compile("subject_moment_lead")  # `建县时林木覆盖率`: a level at a moment the period cannot say
_NOW_TAIL = _LEX.compile("subject_now_tail")  # `建县时林木覆盖率现`: the level now
MAX_SUBJECT = 40  # characters; real subjects are far shorter
_MAX_OTHER_SUBJECT = 16  # characters: a longer `other` subject is a piece of a sentence, not a measure's name


_EXAMPLES_THEN_CLASS = _LEX.compile("examples_then_class")


def class_of_examples(subject: str, unit: str | None) -> str:
    """`原辅材料、…、电子商务等产业相关配套企业` → 产业相关配套企业: in a subject too long to be a name, the class
    after a list of examples is what a count counts. Amounts after such a list are often sums of a story
    (`…、交通费等共计21500元`) or intentions (`…等企业意向投资`): they keep the whole subject."""
    if unit not in COUNT_UNITS or len(subject) <= _MAX_OTHER_SUBJECT \
            or (m := _EXAMPLES_THEN_CLASS.search(subject)) is None:
        return subject
    return m["class"]


_THRESHOLD_SET = _LEX.compile("^(?:{population_qualifier}|{grid_served_area}|{trade_partner_scope})")  # `对…国家贸易额`
_THRESHOLD_BOUND = _LEX.compile("threshold_bound_in_subject")  # `复工率超80%的企业占比`: the set's bound is its name
_EVENT_OWNER = _LEX.compile("^{event_owner_name}")  # `某某专项行动检查…`: the campaign's name, no narrative
_RANKING_EDITION = _LEX.compile("time_ranking_edition")  # `2019中国企业500强`: the list, part of the name
_SERVICE_LINE = _LEX.compile("^{service_line_topic}")  # `12345公众服务热线共受理…增加`: the line's name, no narrative
_SHARE_OF_WHOLE = _LEX.compile("share_of_whole_tail")  # `…占国内生产总值的比重`: the share's whole  # `一区一州及深度贫困地区农网…`


def subject_is_narrative(subject: str) -> bool:
    """A subject that is a piece of narrative (`对我们这样一个…`, `他深度参与了…`, `口岸可`), not the name of a
    measure; a threshold's set (`规模以上软件和信息技术服务业营业收入`), the poor areas a grid serves, an industry's
    measure, a share's whole (`…占国内生产总值的比重`) and a count's defining act (`完成脱钩移交的…企业`) are part of the
    name, not of its length, and so are the service line a count is of (`12345公众服务热线共受理…增加`) and a
    ranking's edition (`2019中国企业500强营业收入总额`)."""
    measure = MEASURE_TAIL.sub("", subject)  # `…收入(为预算)`: a measure of a named measure
    named = _DEFINING_ACT.sub("", measure)  # `通过验收脱贫的贫困县`: passing a check names them, no narrative `通过`
    name = _INDUSTRY_MEASURE.sub("", _THRESHOLD_SET.sub("", _THRESHOLD_BOUND.sub("", named)))  # `…服务业实现增加值`
    name = _EVENT_OWNER.sub("", _SERVICE_LINE.sub("", _SHARE_OF_WHOLE.sub("", _RANKING_EDITION.sub("", name))))
    return len(name) > _MAX_OTHER_SUBJECT or narrative_words(subject)


def narrative_words(subject: str) -> bool:
    """subject_is_narrative but for its length: a narrative word (`他`, `记者`), a head that names no thing, a word
    that names nothing alone."""
    measure = MEASURE_TAIL.sub("", subject)
    return _NARRATIVE.search(_DEFINING_ACT.sub("", measure)) is not None \
        or measure[-1:] in _NOT_A_HEAD and not measure.endswith(_HEAD_NOUN_END) or measure in _NOTHING_ALONE


def names_nothing(subject: str) -> bool:
    """`整改`, `村里`: a place word or a bare act that names nothing measured (names_nothing_bare)."""
    return MEASURE_TAIL.sub("", subject) in _NOTHING_BARE


def level_reached(subject: str, unit: str | None) -> bool:
    """`有15家产能利用率达到95%以上` → 产能利用率达 (15家): a count of the things whose measure reached a level, which
    the subject does not name (level_reached_count)."""
    return unit in COUNT_UNITS and len(subject) <= MAX_SUBJECT and _LEVEL_REACHED.search(subject) is not None


def subject_is_debris(subject: str) -> bool:
    """A subject that is a fragment of its sentence (`一比例`, `即岗位`, `占全球总数`, `会降`, `对全市一`), or a word
    that names nothing alone (`一度`), a rank (`名次`), an adverb and a verb (`先后投资`) or a batch's ordinal
    (`第二批`), not the name of a measure
    (audit classes S1, N7)."""
    measure = MEASURE_TAIL.sub("", subject)
    return _DEBRIS.search(measure) is not None or measure in _NOTHING_ALONE or measure in _NOTHING_BARE \
        or _RANK.search(measure) is not None \
        or _VERB_ONLY.search(measure) is not None or _RECIPIENTS.search(measure) is not None \
        or _DATA_WORD.search(measure) is not None or _BATCH_OR_ACT.search(measure) is not None \
        or _NAMED_BASE.search(measure) is not None or _NAMES_NOTHING_LEAD.search(measure) is not None \
        or _SPREAD.search(measure) is not None or _MOMENT_LEAD.search(measure) is not None \
        or _RELATIVE_CUT.search(measure) is not None


def trimmed_cut(subject: str, unit: str | None = None) -> str:
    """`街输送专业技术人才` → 输送专业技术人才, `为何要投资` → 投资, `增速则` → 增速: a subject cut at the wrong place,
    trimmed to the measure's name (audit class S1); what is left must still name something (two characters). A count
    of things whose measure reached a level (`有15家产能利用率达`) is left as it is, for level_reached to drop."""
    if level_reached(subject, unit):
        return subject
    clause = _clause_trimmed(subject) if len(subject) <= MAX_SUBJECT else subject  # a longer one is no name anyway
    trimmed = _CUT_TAIL.sub("", _CUT_LEAD.sub("", clause, count=1), count=1)
    trimmed = trimmed if len(trimmed) >= 2 else subject
    if _VERB_ONLY.fullmatch(trimmed):
        return trimmed  # `先后引进`: a bare act is left to be dropped, unless a catalogued measure (`catalogued_name`)
    return _CUT_LEAD_WORDS.sub("", trimmed)  # `当地先后出台…政策` → 当地出台…政策, `占地投资` → 投资


def _clause_trimmed(subject: str) -> str:
    """`前期已分两批提前下达…额度` → 提前下达…额度, `除了省里确定功能性矮围外` → 省里确定功能性矮围, `光一项小流域生态治理上级就投资`
    → 小流域生态治理上级投资, `…改革如期` → …改革: the clause's words around a measure's name (audit sheet 39)."""
    if (frame := _EXCEPT_FRAME.fullmatch(subject) or _SINGLED_OUT.fullmatch(subject)) is not None:
        subject = "".join(part for part in frame.groups() if part)
    trimmed = _CUT_TAIL_WORD.sub("", _CUT_LEAD_CLAUSE.sub("", subject, count=1), count=1)
    for words in _CLAUSE_LEADS:  # the clause's verbs and adverbs around the measure (audit sheets 41, 43)
        trimmed = words.sub("", trimmed, count=1)
    if (route := _ROUTE_LEAD.match(trimmed)) is not None and (
            not route["trip"] or strip_place_prefix(trimmed[route.end():]) != trimmed[route.end():]):
        trimmed = trimmed[route.end():]  # `分赴凉山州深度贫困县` → 凉山州深度贫困县 (a trip to a named place only)
    if (now := _NOW_TAIL.search(trimmed)) is not None:  # `建县时林木覆盖率现` → 林木覆盖率: the level now
        trimmed = _MOMENT_LEAD.sub("", trimmed[:now.start()], count=1)
    return trimmed if len(trimmed) >= 2 else subject


def catalogued_name(subject: str) -> str | None:
    """`全部按时办结` of a catalogued measure → 办结: an adverb and an act name a catalogued measure once the adverb
    is gone (an uncatalogued one is dropped as debris), and a name once the clause's `已`/`不过` after it are
    (`张北柔直投资不过` → 张北柔直投资); None after an adverb of succession (`先后投资`): a sum of several acts told
    elsewhere, not the catalogued total (successive_acts)."""
    if not _VERB_ONLY.fullmatch(subject):
        return _CATALOGUED_TAIL.sub("", subject, count=1)
    return None if _SUCCESSIVE.match(subject) else _CUT_LEAD_WORDS.sub("", subject)


def bounded_subject(subject: str) -> str:
    """A subject no longer than any name: the first items of a list it opens with go (`A、B、C等八大产业增加值`: the
    examples before the class), else it is none and an uncatalogued figure is dropped; cut at a count of characters
    it ended inside a word (`…企业实现业务` of 业务收入, audit sheet 28). Inherited subjects chain (`增长5%增长5%…`)."""
    while len(subject) > MAX_SUBJECT and ENUMERATION_COMMA in subject:
        subject = subject[subject.index(ENUMERATION_COMMA) + 1:]
    return subject if len(subject) <= MAX_SUBJECT else ""
