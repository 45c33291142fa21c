"""Place words that open a subject (`全市地区生产总值` → 地区生产总值): dropped from the measure's name, unless they
are part of an institution's or a word's name."""

from __future__ import annotations

from .gazetteer import gazetteer
from .lexicon import lexicon
from .place_words import FULL_NAME_ENDS, town_named_like
from .zone_names import zone_spans

_LOCATIVE = lexicon().words("locative")[0]
_INSTITUTION = lexicon().compile("institution_after_place")
_WORD_SUFFIX = lexicon().compile("place_word_suffix")
_FOREIGN_FIRM = lexicon().compile("foreign_firm_tail")
_NAME_DOT = lexicon().compile("name_dot_gap")
_GROUP_MEMBERS = lexicon().compile_at("group_members_after")
_CASE_ORIGIN = lexicon().compile_at("case_origin_after")
_WORLD_REGIONS = frozenset(lexicon().values("world_region"))
_OUTBREAK = lexicon().compile_at("outbreak_round")
_ZONE_REACH = 20   # characters: a zone's name and tail open the subject
_BAY = lexicon().compile_at("bay_after_place")
_LEADER_LINE = lexicon().compile_at("leader_line_after_place")
_SERVICE_LINE = lexicon().compile_at("service_line_number")
_EXCLUDED = lexicon().compile_at("place_excluded_after")


def strip_place_prefix(subject: str) -> str:
    """`全市地区生产总值` → 地区生产总值, `在温州务工人员` → 务工人员: place words that open a subject (not a
    group of places: `国内生产总值` keeps its 国内; not a landmark, what is measured: `虹桥机场航班量`)."""
    if (frame := _OUTBREAK.match(subject)) is not None and frame.end() < len(subject):
        rest = strip_place_prefix(subject[frame.end():])  # `本次疫情甘肃省累计…` → 本次疫情累计…: the round stays,
        return subject[:frame.end()] + rest                # its place is the figure's region (a list's city has its own)
    g = gazetteer()
    rest = subject[len(_LOCATIVE):] if subject.startswith(_LOCATIVE) else subject
    m = g.scanner.match(rest)
    kind = "place" if m is not None and g.words[m[2]][0] == "guarded" and _SERVICE_LINE.match(rest, m[1]) \
        else g.words[m[2]][0] if m is not None else None  # `海口12345热线受理…`: the city's own line
    if m is None or kind in ("group", "body", "guarded", "none") or m[2] in g.landmarks:
        return subject  # a body is the measure's owner (`证监会罚没款`), not its place
    zone = next((z for z in zone_spans(rest, 0, min(len(rest), _ZONE_REACH), [(0, m[1], "place")]) if z[0] == 0), None)
    if zone is not None:  # `成都平原经济区地区生产总值`: the zone the place names is the group's name, kept
        return rest[zone[1] - len(zone[2]):] if zone[2] else subject   # `四川省川南经济区…`: the province goes
    held = g.scanner.match(rest, m[1])  # `山东日照…`: the city its province holds goes too
    held_place = g.words[held[2]][1] if held else None
    holder = g.words[m[2]][1]
    if held_place is not None and holder is not None and holder.code and held_place.code.startswith(holder.code) \
            and g.words[held[2]][0] in ("place", "guarded"):
        return subject if _INSTITUTION.match(rest, held[1]) else rest[held[1]:]
    if kind == "place" and (_INSTITUTION.match(rest, m[1]) or holder.level == "foreign"
                                        and _FOREIGN_FIRM.match(rest, m[1])):
        return subject  # `广东省博物馆`, `湖北银行`, `德国博世公司`: the place is part of the institution's name
    if town_named_like(rest, 0, m[1]) or _EXCLUDED.match(rest, m[1]):
        return subject  # `洛阳镇受理工单`: the town the subject names, not the city; `湖北以外省份…`: the places outside
    if _WORD_SUFFIX.match(rest, m[1]) or m[2] in _WORLD_REGIONS and _GROUP_MEMBERS.match(rest, m[1]) \
            or _CASE_ORIGIN.match(rest, m[1]) or _BAY.match(rest, m[1]) and not m[2].endswith(FULL_NAME_ENDS):
        return subject  # `北京市级机关`, `非洲籍`, `深圳湾口岸`: the place begins a word; `新兴经济体中…的印度`: a member's set;
        # `乌鲁木齐市输入病例`: where the cases came from, part of what is counted
    if m[2].endswith(FULL_NAME_ENDS) and _LEADER_LINE.match(rest, m[1]):
        return rest[m[1] - 1:]  # `漯河市长信箱受理…` → 市长信箱受理…: the suffix opens the leader's title
    dot = _NAME_DOT.match(rest, m[1])  # `辽阳·佟二堡皮装业…`: the dot goes with the place before it
    return rest[dot.end() if dot else m[1]:]
