"""Generated report-like corpus for benchmarks: dated newspaper pages mixing fact sentences with narrative.

Streams documents to a folder (one file at a time, nothing kept in memory) until a size target is reached.
The sentences are written here from templates; no real report text is copied.

    python bench/corpus_gen.py OUT_DIR --mb 200 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

REGIONS = ["辽源市", "东丰县", "东辽县", "龙山区", "西安区", "吉林省"]
GROWTH_SUBJECTS = ["地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入",
                   "进出口总额", "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "规模以上工业总产值"]
HOTLINE_CATEGORIES = ["房地产管理", "城乡建设", "供暖", "交通运输", "市场监管", "劳动保障", "环境保护"]
FILLER = [
    "会议强调，要坚持稳中求进工作总基调，统筹发展和安全，推动经济社会高质量发展。",
    "各级各部门要提高政治站位，压实工作责任，确保各项任务落地见效。",
    "记者在现场看到，工人们正在紧张有序地进行设备安装和调试。",
    "下一步，我们将继续优化营商环境，全力以赴服务企业发展。",
    "活动现场气氛热烈，群众纷纷表示受益匪浅。",
    "该项目建成后将有效带动上下游产业链协同发展。",
    "市领导深入企业车间、项目工地调研，详细了解生产经营情况。",
    "与会人员围绕重点工作进行了深入交流，提出了意见建议。",
]


def _growth(rng: random.Random, year: int) -> str:
    subj = rng.choice(GROWTH_SUBJECTS)
    verb = rng.choice(["增长", "增长", "增长", "下降"])
    when = rng.choice([f"{year}年", f"{year}年1—{rng.randint(2, 11)}月", "今年上半年", "前三季度"])
    return f"{when}，{rng.choice(REGIONS)}{subj}{verb}{rng.randint(0, 30)}.{rng.randint(0, 9)}%。"


def _investment(rng: random.Random, year: int) -> str:
    amount = f"{rng.randint(1, 999)}.{rng.randint(10, 99)}{rng.choice(['亿元', '万元'])}"
    kind = rng.choice(["完成固定资产投资", "招商引资到位资金", "争取专项债券资金", "争取上级资金"])
    return f"截至{rng.randint(1, 12)}月末，全市{kind}{amount}，同比增长{rng.randint(1, 40)}%。"


def _hotline(rng: random.Random) -> str:
    cats = rng.sample(HOTLINE_CATEGORIES, 3)
    shares = "，".join(f"{c}类占比{rng.randint(3, 30)}.{rng.randint(0, 9)}%" for c in cats)
    return (f"本周12345政务服务便民热线共受理群众诉求{rng.randint(800, 3000)}件，现场督办{rng.randint(5, 60)}件次；"
            f"其中{shares}。")


def _covid(rng: random.Random, day: date) -> str:
    d = day - timedelta(days=1)
    if rng.random() < 0.4:
        return f"{d.month}月{d.day}日0—24时，我市无新增确诊病例，无新增疑似病例，无新增无症状感染者。"
    return (f"{d.month}月{d.day}日0—24时，全市新增确诊病例{rng.randint(1, 30)}例，新增无症状感染者"
            f"{rng.randint(0, 20)}例。截至{d.month}月{d.day}日24时，累计报告确诊病例{rng.randint(30, 400)}例，"
            f"累计治愈出院{rng.randint(10, 300)}例。")


def _sock(rng: random.Random) -> str:
    return (f"袜业园现有自主品牌{rng.randint(100, 900)}个，年产袜子{rng.randint(5, 30)}亿双，"
            f"带动就业{rng.randint(1, 5)}万余人，出口额达{rng.randint(1000, 9000)}万美元。")


def document(rng: random.Random, day: date, issue: int, target_chars: int) -> str:
    weekday = "一二三四五六日"[day.weekday()]
    parts = [f"辽源日报\n{day.year}年{day.month}月{day.day}日 星期{weekday}\n总第{issue}期\n"]
    size = len(parts[0])
    makers = [lambda: _growth(rng, day.year), lambda: _investment(rng, day.year), lambda: _hotline(rng),
              lambda: _covid(rng, day), lambda: _sock(rng)]
    while size < target_chars:
        # About one fact sentence per 600 characters, like the sample pages (~1,500 facts per MB).
        para = [rng.choice(FILLER) for _ in range(rng.randint(4, 14))]
        if rng.random() < 0.6:
            para.insert(rng.randrange(len(para) + 1), rng.choice(makers)())
        text = "".join(para) + "\n"
        parts.append(text)
        size += len(text)
    return "".join(parts)


def generate(out: Path, mb: float, seed: int = 1) -> Iterator[Path]:
    """Write documents into `out` until `mb` megabytes are written; yields each path as it is written."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    target, written, i = int(mb * 1024 * 1024), 0, 0
    day = date(2019, 1, 1)
    while written < target:
        text = document(rng, day, 8000 + i, rng.randint(4_000, 20_000))
        path = out / f"{day.isoformat()}_{i:06d}.txt"
        data = text.encode("utf-8")
        path.write_bytes(data)
        written += len(data)
        yield path
        i += 1
        day += timedelta(days=1) if i % 3 == 0 else timedelta(0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    n = sum(1 for _ in generate(args.out, args.mb, args.seed))
    print(f"wrote {n} documents ({args.mb:g} MB) to {args.out}")


if __name__ == "__main__":
    main()
