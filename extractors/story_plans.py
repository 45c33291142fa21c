"""The year a story on a work report plans for: in a story whose lead tells a work report was delivered
(`…州长…代表州人民政府作工作报告。`) and whose review year is the year before the story (story_spans.lead_span:
`报告指出,2022年,是…`), a target no time word dates (`…划定发展预期目标,地区生产总值增长3%;…`) is for the
story's own year, as a work report's undated plans are for its year."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, year_period
from .sentences import Segmented
from .story_spans import lead_bounds

_WORK_REPORT_LEAD = lexicon().compile("work_report_story_lead")


def story_plan_year(text: str, seg: Segmented, starts: list[int], article: int, span: Period | None,
                    published: date | None) -> Period | None:
    """The story's year when the article is a review-season story on a work report that reviews the year before."""
    if published is None or span != year_period(published.year - 1):
        return None
    lead = lead_bounds(seg, starts, article)
    if lead is None or _WORK_REPORT_LEAD.search(text, *lead) is None:
        return None
    return year_period(published.year)
