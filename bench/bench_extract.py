"""Extraction throughput on generated report-like text: MB/s per core and peak memory at two corpus sizes.

usage: python bench/bench_extract.py [--mb 200]
Documents are generated on the fly (never the whole corpus in memory), each run in its own process so the
peak RSS of the small and the large corpus can be compared: flat memory means streaming works.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from datetime import date

TEMPLATES = [
    "{y}年,全市地区生产总值增长{p}%,规模以上工业增加值增长{p}%,固定资产投资下降{p}%。",
    "实施500万元以上项目{n}个,完成投资{m}亿元。招商引资到位资金{m}亿元,争取各类资金{m}亿元。",
    "{mo}月{d}日0—24时,全市无新增确诊病例,无新增疑似病例。截至{mo}月{d}日24时,累计确诊病例{n}例,累计治愈出院{n}例。",
    "本周共受理电话来电和其他平台留言{n}件,现场督办{n}件次。房地产管理占比{p}%;城乡建设占比{p}%。",
    "东北袜业园今年出口创汇目标是{n}万美元,明年{m}亿美元。首次签约{n}万双袜品,总额{n}万元。",
    "新增城镇就业{m}万人,粮食产量稳定在{n}亿斤。市民可拨打“12345”热线,新闻热线:0437-3249118。",
    "本报讯(记者 王茵){mo}月{d}日上午,市委常委会召开{y}年第十次会议,传达学习有关精神,研究部署下一步工作。",
]
# Prose without figures, as most of a newspaper page is (about one fact per 2 KB on the real pages).
PROSE = [
    "会议强调,要进一步提高政治站位,坚持问题导向,推动“十四五”规划落实,确保完成全年目标任务。",
    "各级各部门要切实增强责任感和紧迫感,压实工作责任,细化工作措施,推动各项任务落地见效。",
    "要坚持以人民为中心的发展思想,着力解决群众急难愁盼问题,不断增强人民群众的获得感、幸福感。",
    "柴伟一行先后深入企业车间、项目现场,详细了解生产经营、项目建设和市场开拓等情况。",
    "要持续优化营商环境,深化“放管服”改革,为企业发展提供优质高效的服务和保障。",
    "与会同志围绕学习内容进行了深入交流,大家一致表示,要把学习成果转化为推动工作的实际成效。",
    "市民可通过“12345”热线反映诉求,相关部门将第一时间协调解决。",
]


def document(rng: random.Random, size: int = 20_000) -> str:
    parts = [f"辽源日报\n\n{rng.randint(2018, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期五\n\n"]
    total = 0
    while total < size:
        if rng.random() < 0.95:
            t = rng.choice(PROSE)
            parts.append(t + ("\n\n" if rng.random() < 0.3 else ""))
            total += len(t) * 3
            continue
        t = rng.choice(TEMPLATES).format(
            y=rng.randint(2016, 2023), p=round(rng.uniform(0, 30), 1), n=rng.randint(1, 9999),
            m=round(rng.uniform(1, 500), 2), mo=rng.randint(1, 12), d=rng.randint(1, 28))
        parts.append(t + ("\n\n" if rng.random() < 0.3 else ""))
        total += len(t) * 3
    return "".join(parts)


def run(mb: float) -> None:
    from extractors.pipeline import extract_text

    rng = random.Random(7)
    done, facts, t0 = 0, 0, time.process_time()
    while done < mb * 1e6:
        text = document(rng)
        facts += len(extract_text(text, "bench.txt", date(2021, 1, 27)).facts)
        done += len(text.encode("utf-8"))
    cpu = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{done / 1e6:8.1f} MB  {facts:9d} facts  {cpu:7.1f} s CPU  {done / 1e6 / cpu:6.2f} MB/s per core  "
          f"peak RSS {peak:6.1f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=200, help="size of the large corpus (the small one is a quarter)")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        run(a.one)
        return
    for size in (a.mb / 4, a.mb):
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)


if __name__ == "__main__":
    main()
