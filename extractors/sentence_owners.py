"""The owner or scope a figure's sentence names outside the figure's own clause, added to a subject that names
none: the clause before's owner (clause_owners), the body acting in its opening (body_actors), one project or result named alone as a clause (owner_clauses), one workplace whose staff a count counts (staff_owners), a quoted programme (programme_owners), a counted cohort
(cohort_owners), the ship or hospital whose cases a whole counted (case_whole_owners), the team a clause sets up (team_owners), the industry a bare `行业` is (sector_scopes), a scope
written before a measure of the same family (family_scopes), the hotline channel of a bare handling figure (channel_owners), the population register of a bare
population measure (register_scopes)."""

from __future__ import annotations

from .body_actors import body_actor
from .case_whole_owners import case_whole_owner
from .channel_owners import channel_owner
from .clause_owners import clause_owner
from .cohort_owners import cohort_owner
from .family_scopes import family_scope
from .mention import Mention
from .owner_clauses import alone_owner
from .programme_owners import programme_owner
from .register_scopes import register_scope
from .sector_scopes import industry_of_sentence
from .staff_owners import staff_owner
from .team_owners import team_owner


def sentence_owner(subject: str, text: str, sentence: tuple[int, int], clause: int, figure: int,
                   mentions: list[Mention]) -> str:
    """The subject with what its sentence (text[start:end]) names of its owner before the figure's clause, or as it
    was."""
    start, end = sentence
    subject = clause_owner(subject, text, (start, clause, figure), mentions)
    subject = body_actor(subject, text, (start, figure), mentions)  # `中国证监会作出…，罚没款金额…` → 证监会罚没款金额
    subject = staff_owner(subject, text, start, figure)  # `…经营着一家扶贫车间，33名员工…` → 扶贫车间员工
    subject = alone_owner(subject, text, start, figure)  # `其中，仅某码头项目，支持建设总投资…` → 某码头项目总投资
    subject = programme_owner(subject, text, start, clause)  # `“科贷通”…，惠及企业29家`
    subject = cohort_owner(subject, text, start, clause)  # `2019届高校毕业生…人，已实现就业…`
    subject = case_whole_owner(subject, text, start, clause)  # `某某号邮轮712例确诊病例中已有653例出院`
    subject = team_owner(subject, text, start, clause)  # `…组建了流调疾控队伍，拥有队员…` → 流调疾控队伍队员
    subject = industry_of_sentence(subject, text, (start, clause), mentions)  # `制造业新增减税…，行业税负…` → 制造业税负
    subject = channel_owner(subject, text, start, clause)  # `(二)市长信箱 …应办结…,办结…` → 市长信箱办结
    subject = register_scope(subject, text, start, clause)  # `户籍出生人口…,死亡人口…` → 户籍死亡人口
    return family_scope(subject, text, sentence, clause)  # `电影票房…；观众…` → 电影观众
