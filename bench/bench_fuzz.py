"""Fuzzing with real report text: mutated at the byte and phrase level, through the loader and the extractor.

usage: python bench/bench_fuzz.py [--seconds 120] [--seed N] [--corpus ../shared/corpus] [--out fuzz-findings]
       [--max-bytes 30000] [--case-seconds 5]

Each case takes a slice of a real report from the corpus (read from ../shared, never copied into the repo),
applies one to four mutations — byte level (flipped bits, inserted, deleted, duplicated or repeated ranges,
truncation, NUL, BOMs, invalid UTF-8, re-encoding as GB18030 or UTF-16) or phrase level (time expressions with
Chinese numerals and approximate counts, lists and breakdowns that run on without a full stop, impossible dates,
odd numbers and units, names that look like numbers, line breaks inside words, full-width forms) — writes it
to a file with a random report-like name and runs `load_text` then `extract_text` with a per-case CPU budget,
then checks every fact against the fact contract. A `ReportError` (a clean refusal) is fine; anything else is a
finding. It prints cases per second, the refusals, the cases over the budget (slow inputs) and every distinct
exception or contract problem with an excerpt of its input; the inputs are saved under --out. Not run by CI.
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.errors import ReportError  # noqa: E402
from extractors.fact import contract_problems  # noqa: E402
from extractors.load import load_text  # noqa: E402
from extractors.pipeline import Deadline, OverBudget, extract_text  # noqa: E402

# Phrases of our own in the forms that broke extractors before (restated, not copied from any report).
PHRASES = [
    "一九七八年间", "二〇二一年以来", "两三年内", "近两三年来", "与两三年前相比", "从一九五五年以来", "十几年来",
    "前三季度", "今年1—10月", "截至10月末", "截至7月4日24时", "7月4日0—24时", "2月30日", "2021年13月45日",
    "去年同期", "本周", "上年", "年均增长", "五年来", "十四五", "“十四五”时期", "分别增长5%、6.2%和7.4%",
    "分别为1例、2例和3例", "新增确诊病例5例(甲市1例,乙县4例),", "无新增确诊病例", "累计确诊病例12例",
    "增长%", "1..2%", "..%", "下降2.4个百分点", "降幅收窄至2.4%", "增长6%－6.5%", "９９９９９９９９９９亿元",
    "5个亿", "5亿+", "万余款", "3万余双", "1.2万人次", "500余家", "近千亿元", "超过100亿美元", "以上", "左右",
    "“12345”热线", "“1688”服务站", "第20位", "CN22-0010", "0437-3216688", "http://example.org/a?b=1",
    "目标是", "预计", "力争", "计划", "拟安排", "主要预期目标是:", "本报北京2月3日电", "31个省区市和新疆生产建设兵团",
    "辽源市", "东丰县", "全国", "全省", "累計確診", "規模以上工業增加值增長", "十分重要", "进一步", "统一",
    "%", "亿", "万", "元", "美元", "个", "例", "件次", "双", "。", ",", "、", ";", ":", "(", ")", "——", "……",
    "\n", "\n\n", "\r\n", "\u3000", "\u200b", "\ufeff", "\u2028", "<p>", "</p>", "<script>", "&nbsp;",
]
NUMBERS = ["0", "5", "6.1", "181.68", "９９９", "五千万", "两三", "一九七八", "1" * 40, "3.", ".5", "1,234.5",
           "-2", "+3", "1e5", "2/3", "六成", "三成半", "零点五", "百分之五"]
NAMES = ["report.txt", "lyrb20190830.txt", "2021-07-05 周报.txt", "2021-13-45.txt", "page.html", "x.text",
         "20210230.txt", "noext"]


def byte_mutation(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    if not data:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 50))), "random bytes"
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randint(1, 400))
    kind = rng.choice(["flip", "insert", "delete", "duplicate", "repeat", "truncate", "nul", "bom", "invalid",
                       "reencode", "swap"])
    if kind == "flip":
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            k = rng.randrange(len(b))
            b[k] ^= 1 << rng.randrange(8)
        return bytes(b), "flipped bits"
    if kind == "insert":
        return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[i:], f"inserted bytes at {i}"
    if kind == "delete":
        return data[:i] + data[j:], f"deleted bytes {i}:{j}"
    if kind == "duplicate":
        return data[:j] + data[i:j] + data[j:], f"duplicated bytes {i}:{j}"
    if kind == "repeat":
        return data[:i] + data[i:j] * rng.randint(10, 300) + data[j:], f"repeated bytes {i}:{j}"
    if kind == "truncate":
        return data[:i], f"truncated at {i}"
    if kind == "nul":
        return data[:i] + b"\x00" + data[i:], f"NUL at {i}"
    if kind == "bom":
        return rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]) + data, "a BOM in front"
    if kind == "invalid":
        return data[:i] + rng.choice([b"\xff", b"\xc3", b"\xe5\xa2", b"\xed\xa0\x80", b"\xf8\x88\x80"]) + data[i:], \
            f"invalid UTF-8 at {i}"
    if kind == "reencode":
        text = data.decode("utf-8", "replace")
        encoding = rng.choice(["gb18030", "utf-16-le", "utf-16-be", "utf-16"])
        return text.encode(encoding, "replace"), f"re-encoded as {encoding}"
    return data[len(data) // 2:] + data[:len(data) // 2], "swapped halves"


def phrase_mutation(rng: random.Random, text: str) -> tuple[str, str]:
    i = rng.randrange(len(text) + 1)
    kind = rng.choice(["phrase", "phrase", "phrase", "number", "run_on", "no_stops", "break_words", "fullwidth",
                       "masthead", "repeat_phrase"])
    if kind == "phrase":
        p = rng.choice(PHRASES)
        return text[:i] + p + text[i:], f"phrase {p!r} at {i}"
    if kind == "number":
        n = rng.choice(NUMBERS)
        unit = rng.choice(["%", "亿元", "万美元", "例", "个", "件", "", "年", "月", "日"])
        return text[:i] + n + unit + text[i:], f"number {n + unit!r} at {i}"
    if kind == "run_on":  # a list or breakdown that never ends its sentence
        part = rng.choice(["甲市1例,", "乙县增长5%和", "丙区6.2%、", "(丁镇2例)", "分别为3个和"])
        count = rng.randint(20, 2000)
        return text[:i] + part * count + text[i:], f"{part!r} × {count} at {i}"
    if kind == "no_stops":
        return text.replace("。", ","), "every full stop made a comma"
    if kind == "break_words":
        k = rng.randint(1, 30)
        chars = list(text)
        for _ in range(k):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(["\n", "\n\n", " \n"]))
        return "".join(chars), f"{k} line breaks inside words"
    if kind == "fullwidth":
        return text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}), "full-width forms"
    if kind == "masthead":
        head = f"某某日报\n{rng.choice(['2021年11月19日 星期五', '2999年1月1日', '二〇二一年一月', '2021年2月30日'])}\n"
        return head + text, "a masthead"
    p = rng.choice(PHRASES)
    count = rng.randint(50, 3000)
    return text[:i] + p * count + text[i:], f"{p!r} × {count} at {i}"


def make_case(rng: random.Random, files: list[Path], max_bytes: int) -> tuple[bytes, list[str], str]:
    source = rng.choice(files)
    text = source.read_text(encoding="utf-8", errors="replace")
    start = rng.randrange(max(1, len(text) - max_bytes // 3))
    text = text[start:start + max_bytes // 3]
    steps = [f"{source.name}[{start}:{start + len(text)}]"]
    for _ in range(rng.randint(0, 3)):
        if text:
            text, what = phrase_mutation(rng, text)
            steps.append(what)
    data = text.encode("utf-8")
    for _ in range(rng.randint(0, 2) if rng.random() < 0.6 else 0):
        data, what = byte_mutation(rng, data)
        steps.append(what)
    return data, steps, rng.choice(NAMES)


def run_case(folder: Path, data: bytes, name: str, case_seconds: float) -> tuple[str, str]:
    """(outcome, detail): ok, refused, slow, exception or contract."""
    path = folder / name
    path.write_bytes(data)
    try:
        text = load_text(path).text
        facts = extract_text(text, name, deadline=Deadline.after(case_seconds)).facts
    except OverBudget as e:
        return "slow", e.problem
    except ReportError as e:
        return "refused", e.problem.split(" (")[0][:60]
    except Exception as e:  # the findings this bench is for
        frame = traceback.extract_tb(e.__traceback__)[-1]
        return "exception", f"{type(e).__name__}: {str(e)[:200]} at {Path(frame.filename).name}:{frame.lineno}"
    for fact in facts:
        problems = contract_problems(json.loads(fact.to_json()), text)
        if problems:
            return "contract", f"{problems} in {fact.to_json()[:200]}"
    return "ok", ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=120.0, help="how long to fuzz (default 120)")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock, printed)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"), help="folder of real reports")
    ap.add_argument("--out", default="fuzz-findings", help="where inputs of findings are saved")
    ap.add_argument("--max-bytes", type=int, default=30000, help="size of the slice a case starts from")
    ap.add_argument("--case-seconds", type=float, default=5.0, help="CPU budget of one case (slow beyond)")
    args = ap.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*") if p.suffix in (".txt", ".html") and p.is_file()
                   and p.name not in ("INDEX.tsv", "SOURCES.tsv", "README.md"))
    if not files:
        ap.error(f"no report files under {args.corpus}")
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    out = Path(args.out)
    print(f"fuzz: {len(files)} corpus files, seed {seed}, {args.seconds:g} s, case budget {args.case_seconds:g} s",
          flush=True)
    outcomes: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    findings: dict[str, tuple[int, str, list[str]]] = {}  # key → (input size, saved file, steps)
    started = last = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        while time.monotonic() - started < args.seconds:
            data, steps, name = make_case(rng, files, args.max_bytes)
            outcome, detail = run_case(Path(tmp), data, name, args.case_seconds)
            outcomes[outcome] += 1
            if outcome == "refused":
                refusals[detail] += 1
            elif outcome != "ok":
                key = f"{outcome}: {detail.split(' in {')[0] if outcome == 'contract' else detail}"
                if key not in findings or len(data) < findings[key][0]:  # keep the smallest input
                    out.mkdir(parents=True, exist_ok=True)
                    saved = out / f"{hashlib.sha256(data).hexdigest()[:16]}-{name.replace('/', '_')}"
                    saved.write_bytes(data)
                    findings[key] = (len(data), str(saved), steps)
                    if outcome in ("exception", "contract"):
                        print(f"  {key}\n    input: {saved} ({len(data)} bytes) — {' / '.join(steps)}\n"
                              f"    excerpt: {data[:160].decode('utf-8', 'backslashreplace')!r}", flush=True)
            if time.monotonic() - last >= 10:
                last = time.monotonic()
                n = sum(outcomes.values())
                print(f"  {n} cases, {n / (last - started):.1f}/s, {dict(outcomes)}", flush=True)
    elapsed = time.monotonic() - started
    n = sum(outcomes.values())
    print(f"\n{n} cases in {elapsed:.0f} s: {n / elapsed:.1f} cases/s; {dict(outcomes)}")
    print("refusals: " + ", ".join(f"{why} ({k})" for why, k in refusals.most_common(8)))
    for key, (size, saved, steps) in sorted(findings.items()):
        print(f"{key}\n    smallest input: {saved} ({size} bytes) — {' / '.join(steps)}")
    if not any(k.startswith(("exception", "contract")) for k in findings):
        print("no exceptions and no contract problems")


if __name__ == "__main__":
    main()
