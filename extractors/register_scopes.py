"""The population register a sentence's first population measure names (`户籍`, `常住`), shared by the bare population
measures of its later clauses: `全年户籍出生人口477人,死亡人口1651人,人口自然增长率为-6.8‰` counts the registered
population's deaths and natural growth (户籍死亡人口, 户籍人口自然增长率), not the resident population's, which a
communiqué reports apart. A later measure naming its own register keeps it. Words in lexicon/subjects.toml
(`register_population_named`, `population_measure_alone`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_REGISTERED = _LEX.compile("register_population_named")
_ALONE = _LEX.compile("population_measure_alone")


def register_scope(subject: str, text: str, start: int, clause: int) -> str:
    """The subject with the register the sentence (from start) named before the figure's clause, when it is a bare
    population measure; else as it was."""
    if not subject or not _ALONE.fullmatch(subject):
        return subject
    named = [m["register"] for m in _REGISTERED.finditer(text, start, clause)]
    return named[-1] + subject if named and len(set(named)) == 1 else subject
