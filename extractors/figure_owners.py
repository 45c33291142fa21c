"""Who owns a figure: the firm, sector, industry, area or zone its subject is carried to from the paragraph
(`…。去年公司出口额…` → the firm's, `该产业…` → 纺织服装产业, `该产业园…，园区已注册企业` → the park's), and the section
heading or line heading that names its measure (`(一)公路建设。完成投资` → 公路建设完成投资, `(二)…工单办理量` then
`街道 455件` → 街道工单办理量)."""

from __future__ import annotations

from typing import NamedTuple

from .area_scopes import area_named
from .body_topics import body_topic
from .campaign_owners import campaign_owned
from .carried_owners import carried_firm
from .event_actors import event_counted, event_pointed_subject
from .event_owners import event_owned
from .firm_figures import firm_figure, part_of_firm_figure
from .firm_references import referred_firm
from .headed_count_lines import line_measured
from .heading_scopes import heading_named
from .institution_owners import actor_owned, points_at_institution
from .invested_works import invested_works, money_level, names_one_works
from .mention import Mention
from .mode_programmes import mode_programme_project
from .pointed_bodies import pointed_body
from .project_investment import counted_set_total, paragraph_set_measure, project_set_investment
from .project_regions import one_project_figure
from .project_topics import project_topic_total
from .quoted_firms import quoted_firm
from .rest_counts import rest_of_whole
from .sector_scopes import industry_referred, sector_named
from .source_firms import source_firm
from .system_owners import system_owned
from .topic_works import topic_works_owned
from .whole_parts import part_of_whole
from .zone_references import zone_referred


def _event_figure(text: str, starts: tuple[int, int, int], m: Mention, subject: str) -> str:
    """The subject with the event or campaign its sentence opens with: `此次论坛推出…`, `本届论坛…，共有76个官方代表团`,
    `专项行动期间，…出动执法人员…`."""
    article_start, s_start, clause = starts
    owned = event_pointed_subject(text, article_start, s_start, subject)
    owned = event_counted(text, article_start, (s_start, clause), (m.start, m.end), owned) if owned == subject else owned
    return campaign_owned(text, article_start, s_start, m.start, owned) if owned == subject else owned


class Owned(NamedTuple):
    owned: str              # the subject with its owner, which decides a firm's region (firm_figures.firm_region)
    subject: str            # the subject the fact reads with
    firm_owned: bool        # one firm's figure: never the whole country's
    zone_place: str | None  # the place of the zone a clause points back at
    project_owned: bool     # one project's own size: no place's (project_regions.project_region)
    whole: str | None       # the indicator of the firm's figure this one is a `其中` part of


def figure_owner(text: str, starts: tuple[int, int, int, int], m: Mention,
                 firm_before: tuple[int, int, str | None]) -> Owned:
    """starts: the article's, the paragraph's, the sentence's and the clause's; firm_before: the sentence start,
    end and indicator of the firm's figure whose parts may follow (`…累计投资407亿美元，其中，…`)."""
    article_start, para_start, s_start, clause = starts
    owned = carried_firm(text, para_start, s_start, m.start, m.subject, m.part)
    owned = referred_firm(text, para_start, s_start, m.start, owned)  # `…。去年公司出口额…`: the firm's
    owned = source_firm(text, para_start, s_start, clause, m.start, owned) if owned == m.subject else owned
    owned = quoted_firm(text, para_start, m.start, owned) if owned == m.subject else owned  # `“…”某公司经理说`
    # `该小区…，垃圾整体减量率…` → 某某小区垃圾整体减量率; a village pointed at (`该村`) is a place, its figure keeps the place rules
    owned, body = pointed_body(text, para_start, s_start, m.start, owned) if owned == m.subject else (owned, True)
    level = False  # `；地方各级法院…，结案标的额…`: a level of courts' figure, still the place's
    if owned == m.subject:  # `某某景区成为…，接待游客…`
        owned, topic_body = body_topic(text, s_start, m.start, owned)
        level = owned != m.subject and not topic_body
    body = (body or owned != m.subject) and not level
    # `此外，汉口银行…。推出…，累计发放贷款…`, `南岭银行总资产…`: the bank's figure, never the whole country's
    part = firm_before[0] == s_start and part_of_firm_figure(text, firm_before[1], m.start)
    firm_owned = (owned != m.subject and body) or firm_figure(text, s_start, m.start, owned) or part
    if owned == m.subject and (firm_owned or points_at_institution(owned)):  # `浦发银行…，金融机构500家`
        owned = actor_owned(text, (para_start, s_start), m.start, owned)  # → 浦发银行服务金融机构
        firm_owned = firm_owned or owned != m.subject  # `…医院是…。该院去年接诊…`: the hospital's, no place's
    if owned == m.subject:  # `全国检察机关…，共收到群众来信…` → 检察机关收到群众来信: the system's, its region the scope's
        owned = system_owned(text, s_start, m.start, owned)
    owned = sector_named(text, article_start, m.start, owned)  # `全行业` → 互联网行业: the place's scope keeps it
    owned = industry_referred(text, para_start, m.start, owned)  # `该产业` → 纺织服装产业
    owned = area_named(text, para_start, s_start, m.start, owned)  # `在某国家公园范围内，`
    owned = rest_of_whole(text, s_start, m.start, m.end, owned)  # `…76个项目已完成36个，其余在建的40个项目`
    owned = part_of_whole(text, s_start, m.start, m.end, owned)  # `120所学校中已有96所完成改造`
    owned = project_set_investment(text, s_start, m.start, owned)  # `推进…重大项目集中开工活动，完成投资…`
    owned = counted_set_total(text, s_start, m.start, owned)  # `首批73个…重大项目正式揭牌，其中包括…，总投资…`
    owned = paragraph_set_measure(text, para_start, m.start, owned)  # `新建项目共185个，…。…累计完成投资…`
    owned = project_topic_total(text, s_start, m.start, owned, para_start)  # `某某剧场位于…，项目总投资…`
    money = money_level(m.kind, m.unit)
    owned = invested_works(text, s_start, m.start, m.end, owned) if money else owned  # `…签约某某协议，投资…`
    owned = mode_programme_project(text, para_start, s_start, owned)  # `运用PPP模式开展脱贫攻坚。…项目…个`
    owned, zone_place = zone_referred(text, para_start, s_start, m.start, owned)  # `该产业园…，园区已注册企业`
    owned = event_owned(text, article_start, s_start, owned) if owned == m.subject else owned  # `活动共签约项目…`
    owned = _event_figure(text, (article_start, s_start, clause), m, owned) if owned == m.subject else owned
    # `某某基地项目，…，达产后预计年产值…` → 某某基地项目达产后年产值: the project's, no place's
    owned, works = topic_works_owned(text, s_start, m.start, owned, m.subject) if not firm_owned else (owned, False)
    subject = line_measured(text, m.start, heading_named(text, m.start, owned))  # `(二)…工单办理量` then `街道 455件`
    return Owned(owned, subject, firm_owned, zone_place,
                 not firm_owned and (works
                                     or one_project_figure(text, s_start, m.start, m.end, m.subject)
                                     or money and names_one_works(text, s_start, m.start, subject)),  # `某某高铁，投资…`
                 firm_before[2] if part else None)
