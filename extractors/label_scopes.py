"""Place labels over the parts of a story (`河南兰考——`, `墨西哥——`) and over a data box (`2018年济南市——` above the
callouts `10.8万`, `95%` and their captions): the place (and year) a label line names holds for the paragraphs under it,
up to the next label or the next headline that is no figure callout (lexicon place_label_line, round 49).

A label is a line of places alone, written as one chain (`重庆巫溪县天元乡`: the town; `澳门和珠海`: two places, no
label). A document's first line (`宁夏泾源县杨岭村——` over the headline) is the story's kicker, which its headline and
story place read: no label. A person after the place (`云南玉溪某某——`) makes no label either."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .gazetteer import Place
from .lexicon import lexicon
from .place_chains import chain_end
from .places import place_mentions
from .sentences import Segmented

_LABEL = lexicon().compile("place_label_line")
_CALLOUT = lexicon().compile("figure_callout")


@dataclass(frozen=True, slots=True)
class Label:
    start: int          # the label paragraph's start
    end: int            # where its reach ends (the next label's or non-callout headline's start)
    place: Place
    year: int | None


def _label_place(text: str, start: int, end: int) -> Place | None:
    """The place text[start:end] names when it is one chain of places and nothing else."""
    found = place_mentions(text, start, end)
    if not found or found[0].start != start or any(m.kind != "place" or m.place is None for m in found):
        return None
    last = chain_end(found, 0, text)
    return last.place if last is found[-1] and last.end == end else None


def labels(text: str, seg: Segmented) -> list[Label]:
    """Every place label of the text, with its reach: up to the next label, or the next headline that is no callout
    (a label right over a headline is a sub-story's kicker, `河南兰考——` over `脱贫大干一场…`: up to the next label)."""
    found: list[tuple[int, Place, int | None, bool]] = []
    ends: list[int] = []     # where a label's reach ends: a headline that is no callout
    starts: list[int] = []   # where a kicker's reach ends: the next label
    heads = seg.headline_starts
    for k, (start, end) in enumerate(seg.paragraphs):
        if start in heads and _CALLOUT.fullmatch(text[start:end]) is None:
            ends.append(start)
            continue
        m = _LABEL.fullmatch(text, start, end)
        if m is None or k == 0:
            continue
        place = _label_place(text, m.start("name"), m.end("name"))
        after = seg.paragraphs[k + 1] if k + 1 < len(seg.paragraphs) else None
        kicker = after is not None and after[0] in heads and _CALLOUT.fullmatch(text[after[0]:after[1]]) is None
        if place is not None:
            found.append((start, place, int(m["year"]) if m["year"] else None, kicker))
        ends.append(start)
        starts.append(start)
    out = []
    for start, place, year, kicker in found:
        nxt = (starts if kicker else ends)[bisect_right(starts if kicker else ends, start):]
        out.append(Label(start, nxt[0] if nxt else len(text), place, year))
    return out


def label_at(found: list[Label], pos: int) -> Label | None:
    """The label whose reach holds pos (after the label line itself)."""
    k = bisect_right([x.start for x in found], pos) - 1
    return found[k] if k >= 0 and found[k].start < pos < found[k].end else None
