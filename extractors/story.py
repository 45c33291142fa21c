"""Numbers that are no reported figure: a person's, a family's or a case's story, history long before the report,
a notice read out, a rule's parameter, a sample, a structure's size, a capability, a name or a site's layout
(audit classes N1–N9). The words are lexicon/story.toml's; resolve.py asks only for uncatalogued figures.

A figure of a whole (a country, a province, a city, a county, a national body, a running total) stays a fact
even inside a story: story signals do not apply when such a word stands before it in its sentence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import regex

from .clause_bounds import LAST_COMMA
from .lexicon import lexicon
from .own_tallies import household_speech, leader_activity, own_tally, personal_record
from .quantities import RATIO_UNITS, UNIT_KINDS
from .scene_particulars import scene_member
from .story_past import told_of_moment, told_of_past

_LEX = lexicon()
_WHOLE = _LEX.compile("reported_whole")
_CASE = _LEX.compile("(?:{case_person})|(?:{one_case_before})|(?:{judged_award_before})|(?:{case_frame_before})")  # `某`, `本案中`
_CASE_ACT = _LEX.compile("case_act_before")  # a misuse case's act (`套取、挪用…资金`), unless a whole is named
_INDIVIDUAL = _LEX.compile("individual")
_KIN = _LEX.compile("kin", engine=re)  # literal words after a lookbehind: `re` scans them 2.5x faster
_FAMILIAR = _LEX.compile("familiar_name")
_TITLED = _LEX.compile("person_title")
_INTRODUCED = _LEX.compile("introduced_person")
_NAME_START = _LEX.compile("[{surname:chars}]", engine=re)  # where introduced_person's name may begin
_SOURCE = _LEX.compile("named_source")
_NOTICE_BEFORE = _LEX.compile("notice_before")
_NOTICE_AFTER = _LEX.compile("notice_after")
# one alternation of the rules' patterns: it matches where any of them does, in one scan instead of seven
_RULES_BEFORE = _LEX.compile("|".join(f"{{{name}}}" for name in (
    "per_unit_rule", "unit_cost", "per_head_rate", "price_tag", "parameter_set", "threshold_before",
    "sample_before", "classification_before", "spoken_unit_price", "payout_cap_before", "schedule_step_before",
    "per_area_rate", "per_unit_target_before", "ratio_numerator_before", "back_reference_before",
    "showcase_before", "partner_count_before", "payload_before", "trials_before", "group_before",
    "award_decision_before", "code_content_before", "extreme_base_before", "text_edit_before",
    "building_area_before", "org_capital_before", "top_set_before", "plan_list_before", "per_session_before",
    "deduction_rule_before", "funding_round_before", "firm_units_before", "catchment_before", "requirement_before",
    "attendance_before", "scheme_count_before", "one_object_parts_before", "streak_bound_before")))
# searched in the figure's clause before it: a study's sample, a hope
_CLAUSE_RULES = _LEX.compile("(?:{study_analysed_before})|(?:{hope_before})")
_OVER_THRESHOLD = _LEX.compile("count_over_threshold_before")  # an amount only: a share of the counted is theirs
# matched at the figure: `1名…驻村`, `1亩地`, the `吨粮田` bar `亩产突破1吨`, `…等15项技能`, `首批52例`
_ONE_EACH = _LEX.compile("|".join(f"(?:{{{name}}})" for name in (
    "one_each_arrangement", "unit_base_at", "ton_field_at", "taught_items_at", "first_cases_at", "text_structure_at",
    "one_each_inventory_at", "sample_batch_at", "rest_of_set_at")))
_HOUSEHOLD = _LEX.compile("household_story")
# `有个…企业`, `大大小小`, `总里程中，桥梁占`, `战斗中牺牲的`, `去年，合作社…`, `场馆完成总工程量的`
_PARTICULAR = _LEX.compile("(?:{story_particular_before})|(?:{battle_fallen_before})|(?:{profile_cooperative})"
                          "|(?:{work_progress_before})|(?:{earned_before})|(?:{career_span_before})")
_PERSON_ACTIVITY = _LEX.compile("person_activity_at")  # at the figure: `主持召开相关会议8次`
_DEVELOPED = _LEX.compile("developed_product_before")  # `开发…材料，实现…减轻16%`: a rate's too, unless of a whole
_PARADE = _LEX.compile("parade_before")  # a parade told of in the figure's sentence
_EARNING = _LEX.compile("earning_capability")
_CAPABILITY = _LEX.compile("capability")
_NOTIONAL = _LEX.compile("notional_consequence")
# one alternation, asked once per figure: eight patterns matched in turn cost eight calls for a yes/no
_RULES_AFTER = _LEX.compile("|".join(f"(?:{{{name}}})" for name in (
    "basis_points_after", "classification_after", "policy_after", "unit_price_after", "survey_of_after", "size_class_after",
    "benchmark_rate_after", "size_class_tail", "showcase_after", "condition_after", "rank_count_after",
    "problem_count_after", "structure_part_after", "site_frame_after", "unit_record_after", "gathering_after",
    "parade_after", "case_profile_after", "rating_name_after", "designation_after", "rhetoric_people_after",
    "framework_items_after", "publication_pages_after", "attributive_households_after", "deal_talks_after",
    "project_participants_after", "project_capacity_name_after", "rated_units_after", "broadcast_setup_after",
    "task_force_after", "structure_module_after", "task_name_after", "distance_bound_after", "statement_signers_after",
    "floor_standard_after", "distance_off_after", "race_distance_after", "summit_team_after", "round_trips_after",
    "vessel_rating_after", "red_line_after")))
_TITLE_OPEN = _LEX.compile("title_open_before")  # `关于…` before the figure and `…的报告` after it: inside a title
_TITLE_CLOSE = _LEX.compile("title_close_after")
_SPACE = _LEX.compile("space_before")  # a volume only: `空间约50立方米`
# searched in the figure's sentence before it: one object singled out then its area, a sample named as the frame,
# one unnamed firm singled out (`一家…公司…`, `有的企业…`, `某平台…`), one school (`该学院…`), a ranking (`50强中，`)
_FRAMED = _LEX.compile("|".join(f"(?:{{{name}}})" for name in (
    "single_object_area_before", "sample_frame_before", "list_items_share_before", "first_cases_frame_before",
    "honoured_set_before", "one_firm_example_before", "one_example_before", "anonymous_firm_before", "one_school_before",
    "ranking_frame_before", "media_output_before", "listing_day_gain_before", "one_drill_before",
    "priced_reckoning_before", "career_step_before")))
_CAPTION = _LEX.compile("caption_opening")  # matched at the sentence's opening: a photo's caption
_CHOICE = _LEX.compile("choice_question_after")  # matched at the figure's end: a proposal weighed (`接还是不接？`)
_EXHIBITS = _LEX.compile_at("exhibits_at")  # matched at the figure, with `exhibition_before` before it in its sentence
_EXHIBITION = _LEX.compile("exhibition_before")
_CHANNELS = _LEX.compile_at("channels_at")  # matched at the figure, with `broadcaster_before` before it in its sentence
_BROADCASTER = _LEX.compile("broadcaster_before")
_THEREBY = _LEX.compile("thereby_could")  # anywhere in the sentence: `…一台机组就此可每年节约…`
_RUNNING_COST = _LEX.compile("running_cost_before")
_EMPHATIC = _LEX.compile("emphatic_amount_before")  # `足足2000多亩！`: with an exclaimed sentence only
_EXCLAIMED = _LEX.compile("exclaimed_after")
_AWARDED = _LEX.compile("(?:{awarded_after})|(?:{heroic_death_after})")  # `…获奖`, `…壮烈牺牲`
_SURVEY_ACT = _LEX.compile("survey_act_after")  # a count the clause's 对 sends a survey to
_SURVEY_TO = _LEX.compile("survey_addressee_before")
_DENOMINATOR = _LEX.compile("ratio_denominator")  # matched from the 每 right before the count
_NUMERATOR_PAUSED = _LEX.compile("ratio_numerator_after_pause")  # searched in the sentence right before the count
_PAUSE_REACH = 24  # characters: `每10个来电中，超过` before the count
_MILESTONE = _LEX.compile("milestone_after")
_MILESTONE_END = _LEX.compile("(?:{milestone_after})$")  # the figure's own qualifier (`5万亿元台阶`)
_DIGIT = regex.compile(r"\d")
_MADE_OF_BEFORE = _LEX.compile("made_of_before")
_MADE_OF_AFTER = _LEX.compile("made_of_after")
_CAPACITY = _LEX.compile("(?:{capacity_subject})|(?:{vehicle_rating_subject})")
_TRAVEL_TIME = _LEX.compile("travel_time_before")
_ARTICLES_NAME = _LEX.compile("articles_name_after")
_TRAIN_NUMBER = _LEX.compile_at("train_number_at")  # `7582次旅客列车`: a number that names a train
_LOCATION = _LEX.compile("location_before")
_DISTANCE_TOLD = _LEX.compile("(?:{distance_from_place_before})|(?:{daily_route_before})|(?:{race_distance_before})"
                             "|(?:{journey_distance_before})")  # 距家; 女子…; 飞行…
_PRONOUN_OPENING = _LEX.compile("pronoun_opening")
_HOLDINGS = _LEX.compile("household_holdings")  # in the sentence: `养了3头牛、4头猪` tells one family's farm
_ONE_TRAIN = _LEX.compile("one_train_named")  # in the figure's clause: `…登上了…的Z65次列车`
# `“估计今天得有`, `不下`, `一天的时间里`
_SCENE_BEFORE = _LEX.compile("(?:{quoted_day_guess})|(?:{narrated_hedge_before})|(?:{one_day_event_before})")
# at the figure's end: `800平方米的广场`, `…到乡政府的12公里柏油路`, `牵手80家合作社成立联合社`
_FACILITY_SIZE = _LEX.compile_at("(?:{one_facility_size_after})|(?:{one_road_after})|(?:{founding_partners_after})")
_ARTICLE_UNIT = _LEX.words("article_unit")[0]
_HAN = regex.compile(r"\p{Han}")
_LENGTH_UNITS = frozenset(u for u, kind in UNIT_KINDS.items() if kind == "length")
_CLAUSE_END = regex.compile(r"[,，;；。！？!?]")
_LIST_START = regex.compile(r"[:：;；]")  # a person before a colon is not the owner of the list after it
_LAST_LIST_START = regex.compile(r"(?r)[:：;；]")
_PERSON_UNIT = _LEX.table("population_stock", "unit")
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
_SLOGAN = 6          # characters: a quote this short holding the figure, a noun after it, is a name
_REACH = 240        # characters around a figure that its sentence's story words are looked for in


def not_reported(text: str, sentence: tuple[int, int], clause: int, span: tuple[int, int], unit: str | None,
                 subject: str, published: date | None, story: bool = True) -> str | None:
    """Why the figure at span is no reported figure (the class), or None. `story` asks for the story classes
    (a person, a family, a case, history) too, which only an uncatalogued level may have."""
    start, end = span
    s_start, s_end = max(sentence[0], start - _REACH), min(sentence[1], end + _REACH)  # bounded in run-on text
    mark = LAST_COMMA.search(text, max(clause, s_start), start)  # backwards: the first found is the last
    clause = max(clause, s_start, mark.end() if mark else s_start)
    clause_end = _CLAUSE_END.search(text, end, s_end)
    c_end = clause_end.start() if clause_end else s_end
    why = _rule(text, clause, start, end, c_end, unit, subject) or _quoted(text, s_start, s_end, start, end)
    if why is None and _FRAMED.search(text, s_start, start):
        why = "rule"  # `有一所…的幼儿园，占地48亩`, `所抽检的18台电脑中，仅有2台…`, `首批“…”命名…，80个`
    if why is None and _CAPTION.match(text, sentence[0]):
        why = "event"  # `图为…招聘会在西安举行，现场共设展位500余个`: the pictured scene's particulars
    if why is None and (_EXHIBITS.match(text, start) and _EXHIBITION.search(text, s_start, start)
                        or _CHANNELS.match(text, start) and _BROADCASTER.search(text, s_start, start)):
        why = "rule"  # `展览…通过82个案例352件作品的挖掘`: one show's exhibits; a broadcaster's channels for one show
    if why is None and scene_member(text, s_start, clause, start, end):
        why = "event"  # `决赛…10名选手`, `来自80多所高校的…参加了此次会议`, `签署…备忘录的12个海关`: one scene's make-up
    if why is None and _THEREBY.search(text, s_start, s_end):
        why = "capability"  # `效率提高1%，一台机组就此可每年节约…`: every figure of the worked example
    if why is None and _DEVELOPED.search(text, s_start, start) and not _WHOLE.search(text, s_start, start):
        why = "capability"
    if why is None and (_MILESTONE.match(text, end) or _MILESTONE_END.search(text, start, end)) \
            and _DIGIT.search(text, end, s_end):
        why = "rule"  # `迈上5万亿元台阶,达到5.38万亿元`: the milestone passed, the level follows
    if why or not story:
        return why
    if _CASE.search(text, s_start, start):
        return "case"
    if leader_activity(text, s_start, start, end):
        return "person"  # `总书记深入全国…，考察了20多个贫困村`: the leader's own visits, beside a whole too
    if personal_record(text, s_start, start):
        return "person"  # `累计参加学科竞赛40余次`, `获全国…大赛金奖…，撰写论文2篇`: one student's record
    if _WHOLE.search(text, s_start, start):
        return None
    if own_tally(text, clause, start):
        return "person"  # `专咨委已召开102次全体会议`, `今年打算发展50户庭院经济`
    if _HOLDINGS.search(text, s_start, s_end) or _SCENE_BEFORE.search(text, s_start, start):
        return "person"  # one family's farm (`养了3头牛`); a witness's guess at one day; a narrator's `不下`
    if _ONE_TRAIN.search(text, clause, c_end) or _FACILITY_SIZE.match(text, end):
        return "event"  # one train's passengers (`…登上了Z65次列车`); one square's size (`800平方米的广场`)
    if household_speech(text, start, end):
        return "person"  # `“…收入两万多元…”村民陆金旺…`: one family's own accounts
    if _CASE_ACT.search(text, clause, start):
        return "case"
    if _PARADE.search(text, s_start, start) or _AWARDED.match(text, end):
        return "event"
    if _RUNNING_COST.search(text, clause, start) or _EMPHATIC.search(text, clause, start) \
            and _EXCLAIMED.match(text, end):
        return "person"
    if _CAPACITY.search(subject):
        return "capability"
    last_list = _LAST_LIST_START.search(text, s_start, start)
    own = last_list.end() if last_list else s_start
    listed = _LIST_START.search(text, end, s_end)  # `660户…最美家庭包括：…夫妻档…`: kin in the list is not theirs
    if _INDIVIDUAL.search(text, own, start) or _FAMILIAR.search(text, own, start) \
            or _TITLED.search(text, own, start) or _INDIVIDUAL.match(subject) or _HOUSEHOLD.search(text, own, start) \
            or _PARTICULAR.search(text, own, start) \
            or _KIN.search(text, own, listed.start() if listed else s_end) or _named_actor(text, own, start) \
            or _PERSON_ACTIVITY.match(text, start):
        return "person"
    opening = sentence[0] if sentence[0] == s_start else clause  # a long sentence's opening is out of reach
    if told_of_moment(text, s_start, start) or told_of_past(text, opening, clause, start, published):
        return "history"
    return None


def person_actor(text: str, sentence: tuple[int, int], clause: int, start: int) -> bool:
    """A person the text introduced by role and name acts in the figure's own clause (`董事长李慧君投资2000万元`),
    or a pronoun opens its sentence acting (`他瞄准乡村旅游，投资…`), not as a source (`李慧君说`, `他说`), no whole
    before it in its sentence: one person's figure, even of a catalogued
    indicator (an investment, a sale), whose recall the other story classes leave alone."""
    s_start = max(sentence[0], start - _REACH)
    mark = LAST_COMMA.search(text, max(clause, s_start), start)
    lo = max(clause, s_start, mark.end() if mark else s_start)
    return (_named_actor(text, lo, start) or _PRONOUN_OPENING.match(text, sentence[0], start) is not None) \
        and not _WHOLE.search(text, s_start, start)


def weighed_choice(text: str, end: int, s_end: int) -> bool:
    """The figure's sentence asks whether to take up what it sizes (`投资过亿元的项目，接还是不接？`): a proposal
    weighed, no reported figure, of any indicator."""
    return _CHOICE.match(text, end, s_end) is not None


@lru_cache(maxsize=4)  # the names of one document, asked for each of its figures
def _people(text: str) -> re.Pattern | None:
    """The people the text introduces by role and name (`村民陆金龙`, `所长赵军贤`), as one pattern (for the
    standard engine: a few names, plain characters, which `regex` took longer to compile than to search)."""
    found, end = set(), 0
    for c in _NAME_START.finditer(text):  # the name a role introduces begins with a family name: `regex` tried the
        if c.start() >= end and (m := _INTRODUCED.match(text, c.start())):  # roles before every character
            found.add(m["name"])
            end = m.end()  # as finditer: no match inside the one before
    names = sorted(found, key=len, reverse=True)
    return re.compile("|".join(names)) if names else None


def _named_actor(text: str, lo: int, hi: int) -> bool:
    """A person the text introduced acts between lo and hi (`陆金龙自建`), not as a source (`黄春辉说`)."""
    people = _people(text)
    return people is not None and any(
        not _SOURCE.match(text, m.end()) for m in people.finditer(text, lo, hi))


def _rule(text: str, clause: int, start: int, end: int, c_end: int, unit: str | None, subject: str) -> str | None:
    """A rule's parameter, a sample, a structure's size, a capability, a name or a site's layout."""
    if _RULES_BEFORE.search(text, clause, start) or _RULES_AFTER.match(text, end) \
            or _CLAUSE_RULES.search(text, clause, start) or _ONE_EACH.match(text, start) \
            or unit not in RATIO_UNITS and _OVER_THRESHOLD.search(text, clause, start) \
            or start > 0 and _DENOMINATOR.match(text, start - 1) \
            or _NUMERATOR_PAUSED.search(text, max(0, start - _PAUSE_REACH), start) \
            or _SURVEY_ACT.match(text, end) and _SURVEY_TO.search(text, clause, start):
        return "rule"
    if _CAPABILITY.search(text, clause, end) or _EARNING.search(text, clause, end) \
            or _TRAVEL_TIME.search(text, clause, start) or _NOTIONAL.search(text, clause, start):
        return "capability"  # up to the figure's end: a change's span starts at its verb (`可提升10%`)
    if unit != _PERSON_UNIT and _MADE_OF_BEFORE.search(text, clause, start) \
            and _MADE_OF_AFTER.search(text, end, c_end):
        return "rule"  # `由3个独立的岛屿组成`; a body's members (`主席团由174人组成`) are counted
    if unit == _ARTICLE_UNIT and _ARTICLES_NAME.match(text, end) or _TRAIN_NUMBER.match(text, start) \
            or _TITLE_OPEN.search(text, clause, start) and _TITLE_CLOSE.match(text, end):
        return "name"
    if UNIT_KINDS.get(unit or "") == "volume" and _SPACE.search(text, clause, start):
        return "rule"
    if unit in _LENGTH_UNITS and (_LOCATION.search(text, clause, start) or _DISTANCE_TOLD.search(text, clause, start)):
        return "location"
    return None


def _quoted(text: str, s_start: int, s_end: int, start: int, end: int) -> str | None:
    """A notice or list read out (`清单：油麦菜12斤`, `“…资金结余840元…”…一纸公示`) or a short slogan in quotes."""
    if _NOTICE_BEFORE.search(text, s_start, start):
        return "notice"
    opened = text.rfind(_QUOTE_OPEN, s_start, start)
    if opened == -1 or text.rfind(_QUOTE_CLOSE, s_start, start) > opened:
        return None
    closed = text.find(_QUOTE_CLOSE, end, s_end + 2)
    if closed == -1:
        return None
    if _NOTICE_AFTER.match(text, closed):
        return "notice"
    inner = text[opened + 1:closed]
    if _CLAUSE_END.search(inner):
        return None
    if inner.endswith(_ARTICLE_UNIT) or (len(inner) <= _SLOGAN and _HAN.match(text, closed + 1)):
        return "name"  # `“科创30条”`, `实施“1亿家庭”计划`
    return None
