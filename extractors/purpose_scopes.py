"""Purpose scopes: a figure followed right away by `用于X` counts only what goes to X, so X belongs in its subject
(`…专项资金(用于X)`: in brackets, as a measure of a measure, it counts in no subject's length).

`自治区林业和草原局拨付专项资金118万元用于那曲栽植树木越冬防护工作` is the grant for that work, not all the bureau's
special funds; `粮食生产功能区9亿亩，其中6亿亩用于口粮生产` is the part of the zone kept for grain rations, not the zone.
Written without its purpose, the subject reads as the whole. The purpose (lexicon/owners.toml `purpose_after_figure`)
is added only when it follows the figure with nothing between (no `主要`, no comma) and ends its clause.
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_PURPOSE = _LEX.compile_at("purpose_after_figure")
_MAX_SCOPED = 40  # characters: subject_checks.MAX_SUBJECT; a longer subject keeps its figure's name as written


def for_purpose(text: str, end: int, subject: str) -> str:
    """The subject of a figure ending at end with the purpose written right after it (`专项资金(用于校舍维修)`)."""
    if not subject or not (m := _PURPOSE.match(text, end)):
        return subject
    if m["purpose"] in subject:
        return subject
    scoped = f"{subject}({m['use']})"  # a measure of a measure, as `居民人均可支配收入(名义)`
    return scoped if len(scoped) <= _MAX_SCOPED else subject
