"""Text-layer throughput: load (decode), normalize and document context on generated pages, in MB/s.

usage: python bench/bench_text.py [--mb 50]
Two layouts as on the sample pages: one paragraph per line with blank lines between (PDF text of
000–002), and hard-wrapped lines of ~13 characters with full-width punctuation (003–004); each also
re-encoded as GB18030. Prints MB/s of each stage and the peak memory of loading a single-line file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.context import document_context  # noqa: E402
from extractors.load import load_text  # noqa: E402
from extractors.normalize import normalize  # noqa: E402

SENTENCES = [
    "{y}年,全市地区生产总值增长{p}%,规模以上工业增加值增长{p}%,固定资产投资下降{p}%。",
    "实施500万元以上项目{n}个,完成投资{m}亿元,招商引资到位资金{m}亿元。",
    "本报讯(记者 王茵){mo}月{d}日上午,市委常委会召开{y}年第十次会议,研究部署下一步工作。",
    "会议强调,要进一步提高政治站位,坚持问题导向,推动各项任务落地见效,确保完成全年目标任务。",
    "本周共受理电话来电和其他平台留言 {n} 件,现场督办{n}件次。房地产管理占比{p}%;城乡建设占比{p}%。",
]


def paragraph(rng: random.Random) -> str:
    return "".join(rng.choice(SENTENCES).format(y=rng.randint(2018, 2023), p=round(rng.uniform(0, 20), 1),
                                                 n=rng.randint(1, 5000), m=round(rng.uniform(1, 300), 2),
                                                 mo=rng.randint(1, 12), d=rng.randint(1, 28))
                   for _ in range(rng.randint(2, 6)))


def page(rng: random.Random, wrapped: bool, chars: int) -> str:
    out, size = ["辽源日报\n\n2021年11月19日 星期五\n\n总第8401期\n\n"], 0
    while size < chars:
        para = paragraph(rng)
        if wrapped:
            para = para.translate(str.maketrans(",;:%()", "，；：％（）"))
            para = "\n".join(para[i:i + 13] for i in range(0, len(para), 13))
        out.append(para + "\n\n")
        size += len(para)
    return "".join(out)


def rate(nbytes: int, seconds: float) -> str:
    return f"{nbytes / 1e6 / seconds:7.1f} MB/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50, help="size of each generated layout (MB of UTF-8)")
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        for wrapped in (False, True):
            layout = "hard-wrapped 13 chars" if wrapped else "paragraph per line"
            text = page(rng, wrapped, int(args.mb * 1e6 / 3))
            for encoding in ("utf-8", "gb18030"):
                path = Path(tmp) / f"page-{wrapped}-{encoding}.txt"
                path.write_bytes(text.encode(encoding))
                nbytes = len(text.encode())
                t0 = time.perf_counter()
                loaded = load_text(path)
                t1 = time.perf_counter()
                canon = normalize(loaded.text)
                t2 = time.perf_counter()
                document_context(canon.text, path.name)
                t3 = time.perf_counter()
                print(f"{layout:22} {encoding:8} {nbytes / 1e6:6.1f} MB  load {rate(nbytes, t1 - t0)}  "
                      f"normalize {rate(nbytes, t2 - t1)}  context {rate(nbytes, t3 - t2)}  "
                      f"all {rate(nbytes, t3 - t0)}")
        line = Path(tmp) / "one-line.txt"
        line.write_bytes(("全市完成投资181.68亿元,同比增长5%," * 2_000_000).encode())
        tracemalloc.start()
        t0 = time.perf_counter()
        canon = normalize(load_text(line).text)
        seconds = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = line.stat().st_size
        print(f"single line {size / 1e6:.0f} MB: load+normalize {rate(size, seconds)}, peak "
              f"{peak / 1e6:.0f} MB ({peak / size:.1f}x the file), offset map {len(canon.to_source._starts)} "
              f"breakpoint(s)")


if __name__ == "__main__":
    main()
