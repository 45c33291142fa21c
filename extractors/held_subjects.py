"""Held subjects: what a sentence opened that the figures after it carry — its holder (`德胜村共有443户，…`), owner,
topic and population (`在规模以上工业中，`), and the set, actor or organisation just named before a measure named alone
(`落地项目633个、投资额…`) — the HeldSubjects mixin of FigureReader (figure_reader.py), on its sentence state."""

from __future__ import annotations

from .body_owners import body_total
from .clause_bounds import subject_clause_start
from .counted_actors import counted_actor
from .counted_rates import rate_of_things
from .figure_state import Figure
from .holders import held, holder_at
from .industry_scopes import of_industry_before
from .led_subjects import set_brought_about
from .list_subjects import graded_member
from .listed_objects import listed_object
from .measure_owners import (
    aspect_of,
    handled_things,
    of_counted,
    organisation_total,
    population_of,
    within,
)
from .previous_subjects import persons_before, shared_owner, shared_state
from .reviewed_things import reviewed_things
from .revised_things import revised_thing
from .subjects import owned, owner_before, owner_of, topic_of, topical
from .topic_owners import topic_total
from .trend_clauses import trend_measure, trend_owned

_GROUP_MARKS = ";；"  # a clause group ends: a holder opened before holds no more
_HAVING_REACH = 16  # characters after a count's unit where its holders' kind and a verb of having are looked for


class HeldSubjects:
    """The subject a figure takes from what its sentence opened (FigureReader's `_held`)."""

    def _held(self, f: Figure, subject: str, first: bool) -> str:
        """The subject with the holder, owner and topic the sentence opened, and the set or actor just named."""
        text, start, own = self.text, self.start, f.spread is None and not f.delta
        self.group = max(self.group, *(text.rfind(c, self.scanned, f.q.start) + 1 for c in _GROUP_MARKS))
        self.scanned = f.q.start  # each character once
        if self.group != self.holder_group:  # the first figure of a `；` group: its holder, if any
            after = text[f.q.end:f.q.end + _HAVING_REACH]
            self.holder, self.holder_group = holder_at(text[self.group:f.q.start], f.q.unit, f.noun, after), self.group
        elif own:
            subject = held(self.holder, text, f.clause, f.q.start, subject)  # `德胜村共有443户，…建档立卡贫困户212户`
        if first:
            end = max(start, f.clause - 1)
            prior = text[subject_clause_start(text, start, end, list_marks=False):end]
            self.owner, self.topic = owner_of(subject), topic_of(subject)
            self.population = population_of(text, start, f.clause)
            subject = subject or (trend_measure(prior) if f.change else "")  # `工业投资快速增长,同比增长…`
            if self.owner is None:
                self.owner = owner_before(prior, f.left)
                if self.owner and not subject.startswith(self.owner):
                    subject = self.owner + subject  # `…产业企业，实现营业收入…`: the clause before names whose
                elif own:
                    subject = of_industry_before(prior, f.left, subject)  # `…培育出石墨烯产业链，年产值…`
        elif own:
            self.topic, subject = topical(self.topic, owned(self.owner, f.left, subject))
        subject = persons_before(shared_state(shared_owner(subject, self.prev_subject), self.prev_subject, f.left),
                                 text, start, f.q.start)  # `…密切接触者…,尚在接受医学观察…`
        if f.spread is not None:  # `在规模以上工业中，纺织业和汽车制造业分别…`: each item is the set's part too
            subject = within(self.population, subject)
        if own:  # a measure named alone: the set just counted, the field opened
            subject = within(self.population, trend_owned(text, start, f.clause, f.left, subject))  # `…电商实现增长，`
            subject = aspect_of(text, start, f.clause, of_counted(self.counted, subject, f.left))
            subject = organisation_total(text, start, f.clause, f.left, subject)  # `恒远集团每年出资…,累计出资…`
            subject = listed_object(self.last_count, text[self.prev_end:f.q.start], f.q.unit, subject)  # `对接农户…、企业…`
            subject = revised_thing(text, start, f.clause, subject, f.q.unit)  # `提交首份出价，之后作了5次改进`
            subject = counted_actor(text, start, f.clause, f.q.start, subject)  # `281家广东企业到广西…投资…`
            subject = body_total(text, start, self.group, f.left, subject)  # `第48届东盟交易会…，展览总面积为…`
            subject = topic_total(text, start, self.group, f.clause, f.left, subject)  # `钦州港，…集装箱吞吐量…`
            last = self.mentions[-1] if self.mentions and not f.change else None  # `排查出…别墅120套，拆除115套`
            subject = set_brought_about(handled_things(subject, f.q.unit, (last.subject, last.unit) if last else None),
                                        self.last_count)  # `审结…案件4626件，涉及债权…`: the cases' claims
            planted = text[self.start:last.start] if last else ""  # `新栽种的…12万株树木…，成活率…`
            subject = rate_of_things((last.subject, last.unit) if last else None, f.left, subject, planted)
            subject = graded_member(text, start, f.q.start, subject)  # `…干部中，乡科级及以下…人` → …干部
            subject = reviewed_things(text, start, f.q.start, subject, f.q.unit)  # `对…进行清理，废止…件`
        return subject
