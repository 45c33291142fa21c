"""Tables written one cell per line (an HTML table as the loader reads it, a scraped communiqué's product
table): each row read into figures — its name is the subject, its unit cell the unit, a level column a level
and a change column (`较上年±%`) a change.

A table starts with a header whose first cell names the rows (`产品名称`, `指标`) and whose other cells are
each a unit, level or change column (lexicon/tables.toml); then come rows of as many cells, the first a name,
the others a unit or a number (or an empty mark). The first line that breaks the pattern ends the table.
Only this finds the rows' figures: a bare number on its own line is no quantity for the sentence reader.

A table may also come a row per line, its cells split by `|` (markdown-like; a tab-separated row reads so after
normalization): the same header and rows, each line split into its cells (a `|---|` rule line is skipped).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import lexicon
from .numbers import parse_number
from .quantities import find_quantities

_LEX = lexicon()
_NAME = frozenset(_LEX.words("table_name_header"))
_UNIT = frozenset(_LEX.words("table_unit_header"))
_LEVEL: dict[str, str] = _LEX.values("table_level_header")
_CHANGE = _LEX.compile("table_change_header")
_EMPTY = frozenset(_LEX.words("table_empty_cell"))
_YEAR = _LEX.compile("table_year_header")
_UNIT_LINE = _LEX.compile("table_unit_line")
_CAPTION_MEASURE: dict[str, str] = _LEX.values("table_caption_measure")
_PART_MARK = _LEX.compile("table_part_mark")
_SCALE_FACTORS: dict[str, int] = _LEX.values("scale")
_SCALES = tuple(sorted((s for s, v in _SCALE_FACTORS.items() if v >= 10**4), key=len, reverse=True))  # not 千升
_NUMBER = regex.compile(r"[-−－]?\d+(?:\.\d+)?")
_PERCENT_CELL = regex.compile(r"(?P<number>[-−－]?\d+(?:\.\d+)?)\s?[%％]")  # `5.7 %` in a change column
_ROW_NAME = regex.compile(r"[\p{Han}A-Za-z（）()、·\s]{1,24}")
_UNIT_CELL = regex.compile(r"[\p{Han}A-Za-z/%‰·]{1,8}")
_MAX_COLUMNS = 8
_MAX_CELL = 24   # characters: a longer line is prose, not a cell
_BAR = regex.compile(r"[^|]+")
_RULE = regex.compile(r"[|:\-\s]+")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TableFigure:
    """One figure of a row: a level or a change (kind), its value in base units, unit, subject, and the cell."""
    kind: str
    subject: str
    value: int | float
    unit: str
    cell: Cell
    row: tuple[Cell, ...]
    quote: str
    year: int | None = None   # a level column headed by its year (`2021年`): the year the row's figures are of


def _lines(text: str) -> list[Cell]:
    """The text's non-empty lines; a cell closed by its bar (`农林牧渔业 |`, a scraped table's cells) without it."""
    cells, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.endswith("|") and stripped.count("|") == 1:
            stripped = stripped[:-1].rstrip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            cells.append(Cell(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return cells


def _column(header: str) -> str | None:
    header = regex.sub(r"\s+", "", header)   # `指 标`, spaced out to align a column
    if header in _UNIT:
        return "unit"
    if header in _LEVEL:
        return "level"
    if _CHANGE.fullmatch(header):
        return "change"
    return "level" if _YEAR.fullmatch(header) else None


def _header(lines: list[Cell], k: int) -> list[str] | None:
    """The column kinds of a header starting at lines[k], or None."""
    if regex.sub(r"\s+", "", lines[k].text) not in _NAME:
        return None
    kinds = ["name"]
    for cell in lines[k + 1:k + _MAX_COLUMNS]:
        kind = _column(cell.text)
        if kind is None:
            break
        kinds.append(kind)
    has_figure = "level" in kinds or "change" in kinds
    years = sum(1 for cell in lines[k + 1:k + len(kinds)] if _YEAR.fullmatch(cell.text))
    return kinds if len(kinds) >= 2 and has_figure and kinds.count("unit") <= 1 and years <= 1 else None


def _row_ok(row: list[Cell], kinds: list[str]) -> bool:
    for cell, kind in zip(row, kinds, strict=True):
        if len(cell.text) > _MAX_CELL:
            return False
        if kind == "name" and not _ROW_NAME.fullmatch(_row_name(cell.text)):
            return False
        if kind in ("level", "change") and cell.text not in _EMPTY and not _NUMBER.fullmatch(cell.text) \
                and not (kind == "change" and _PERCENT_CELL.fullmatch(cell.text)):
            return False
        if kind == "unit" and (_NUMBER.search(cell.text) or not _UNIT_CELL.fullmatch(cell.text)):
            return False
    return True


def _row_name(cell: str) -> str:
    """`其中:小麦` → 小麦: a sub-row's name without the mark that makes it a part of the row above (table_part_mark)."""
    return _PART_MARK.sub("", cell, count=1)


def _level(number: str, unit_cell: str) -> tuple[int | float, str]:
    """`15767` in `千升`, `50616` in `万度` (→ 506160000 度): the value in base units and the unit."""
    probe = number + unit_cell
    found = find_quantities(probe, 0, len(probe))
    if found and found[0].start == 0 and found[0].end == len(probe) and found[0].unit:
        return found[0].value, found[0].unit
    scale = next((s for s in _SCALES if unit_cell.startswith(s) and len(unit_cell) > len(s)), None)
    value = parse_number(number)
    return (value * _SCALE_FACTORS[scale], unit_cell[len(scale):]) if scale else (value, unit_cell)


def _row_measure(caption: str, name: str) -> str:
    """A row's name with what the caption's whole adds to it (`第一产业` under `地区生产总值及增速` → 第一产业增加值)."""
    added = next((v for k, v in _CAPTION_MEASURE.items() if k in caption), "")
    if not added or name.endswith(added) or any(k in name for k in _CAPTION_MEASURE):
        return name
    return name + added


def _above(lines: list[Cell], k: int, longest: int) -> tuple[str, str | None]:
    """The caption over the header at lines[k] (with its `单位:亿元` line, if any) and the unit that line gives."""
    prev = lines[k - 1].text if k else ""
    m = _UNIT_LINE.search(prev) if prev else None
    if m is not None and m.start() == 0:
        caption = lines[k - 2].text if k >= 2 and len(lines[k - 2].text) <= longest else ""
        return (f"{caption} {prev}" if caption else prev), m.group("unit")
    if m is not None:
        return prev, m.group("unit")
    return (prev if len(prev) <= longest else ""), None


def _unit_lines(lines: list[Cell], k: int, above: tuple[str, str | None]) -> int:
    """1 when the header at lines[k] has a `单位:亿元` line of its own over it (a line of the table, no headline)."""
    return int(above[1] is not None and k > 0 and _UNIT_LINE.match(lines[k - 1].text) is not None)


def _figures(above: tuple[str, str | None], header: list[Cell], kinds: list[str],
             row: list[Cell]) -> list[TableFigure]:
    caption, table_unit = above
    name = regex.sub(r"\s+", "", _row_name(row[0].text))
    unit_cell = next((c.text for c, k in zip(row, kinds, strict=True) if k == "unit"), table_unit)
    quote = (f"{caption}：" if caption else "") + "，".join(
        f"{h.text} {c.text}" for h, c in zip(header, row, strict=True))
    level_head = next((h.text for h, k in zip(header, kinds, strict=True) if k == "level"), "")
    added = _LEVEL.get(level_head, "")
    subject = _row_measure(caption, name) if not added else name if name.endswith(added[-1]) else name + added
    year = next((int(y["year"]) for h in header if (y := _YEAR.fullmatch(h.text))), None)
    out = []
    for cell, kind in zip(row, kinds, strict=True):
        if kind not in ("level", "change") or cell.text in _EMPTY:
            continue
        if kind == "change":
            if (percent := _PERCENT_CELL.fullmatch(cell.text)) is not None:  # the number alone, without its sign
                cell = Cell(percent["number"], cell.start, cell.start + len(percent["number"]))
            out.append(TableFigure("change", subject, parse_number(cell.text), "%", cell, tuple(row), quote, year))
            continue
        if unit_cell is None:
            continue
        level = _level(cell.text, unit_cell)
        out.append(TableFigure("level", subject, level[0], level[1], cell, tuple(row), quote, year))
    return out


@dataclass(frozen=True, slots=True)
class Tables:
    figures: list[TableFigure]       # in text order
    line_starts: frozenset[int]      # where the tables' header and row lines start: cells, not headlines


def _row_cells(line: Cell) -> list[Cell] | None:
    """The cells of a line split by `|` (`| 粮食产量 | 万吨 | 45.6 |`), or None for a line that is no such row."""
    if not 1 <= line.text.count("|") <= _MAX_COLUMNS + 1 or _RULE.fullmatch(line.text):
        return None
    inner = line.text.strip("|")
    lead = line.start + line.text.index(inner) if inner else line.start
    cells = []
    for m in _BAR.finditer(inner):
        cell = m.group().strip()
        if not cell:
            return None   # an empty cell: the row's columns cannot be told apart
        at = lead + m.start() + m.group().index(cell)
        cells.append(Cell(cell, at, at + len(cell)))
    return cells if 2 <= len(cells) <= _MAX_COLUMNS and inner.count("|") == len(cells) - 1 else None


def _bar_tables(lines: list[Cell], figures: list[TableFigure], taken: set[int]) -> None:
    """The tables written a row per line (`指标 | 单位 | 绝对数 | 比上年增长(%)`, then rows of as many cells)."""
    k = 0
    while k < len(lines):
        header = _row_cells(lines[k])
        kinds = _header(header, 0) if header and len(header) <= _MAX_COLUMNS else None
        if kinds is None or len(kinds) != len(header):
            k += 1
            continue
        above = _above(lines, k, 2 * _MAX_CELL) if not k or _row_cells(lines[k - 1]) is None else ("", None)
        end = k + 1 + (k + 1 < len(lines) and _RULE.fullmatch(lines[k + 1].text) is not None)
        first = end
        while end < len(lines) and (row := _row_cells(lines[end])) and len(row) == len(kinds) \
                and _row_ok(row, kinds):
            figures.extend(_figures(above, header, kinds, row))
            end += 1
        if end > first:
            taken.update(c.start for c in lines[k - _unit_lines(lines, k, above):end])
        k = max(end, k + 1)


def find_tables(text: str) -> Tables:
    """Every figure of the tables in text (one cell per line, or a row per line), and the lines they take."""
    lines = _lines(text)
    figures: list[TableFigure] = []
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        kinds = _header(lines, k) if len(lines[k].text) <= _MAX_CELL else None
        if kinds is None:
            k += 1
            continue
        above = _above(lines, k, _MAX_CELL)
        header, n, rows = lines[k:k + len(kinds)], len(kinds), 0
        end = k + n
        while end + n <= len(lines) and _row_ok(lines[end:end + n], kinds):
            figures.extend(_figures(above, header, kinds, lines[end:end + n]))
            end, rows = end + n, rows + 1
        if rows:
            taken.update(c.start for c in lines[k - _unit_lines(lines, k, above):end])
        k = end
    if "|" in text:
        _bar_tables(lines, figures, taken)
        figures.sort(key=lambda f: f.cell.start)
    return Tables(figures, frozenset(taken))
