"""The four speed ratios of a reviewer's tasks against their references, measured in one run.

    python bench/bench_ratios.py [--rounds 3]

Each task and its reference run as whole processes, alternately, best of ``--rounds``:

1. ``checker score one.txt`` (seed 001)            vs a process that only runs ``jieba.lcut`` on it
2. ``checker score --format json`` on 200 reports   vs a process running ``jieba.lcut`` over them
3. ``checker audit`` of seed 001 (PDF)              vs a process rendering its raw text with
                                                       WeasyPrint and Noto Sans CJK; PDF sizes
4. the first audit on a machine (fresh cache dir)   vs a later audit: the one-time cost

and, for information, the shorter audits (``--tier review``, ``--tier summary``) against the
reference of 3.

Targets (issue 10): ≤ 0.6, ≤ 0.25, ≤ 1.0 with PDF ≤ 400 KB, one-time cost ≤ 0.5 s.
Figures, not assertions: on a shared machine the slower rounds measure the neighbours.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_97256ae8d542b572.txt"
CHECKER = [sys.executable, "-m", "checker.cli"]

JIEBA_ONE = "import jieba,sys; jieba.setLogLevel(60); jieba.lcut(open(sys.argv[1], encoding='utf-8').read())"
JIEBA_MANY = (
    "import jieba,sys; jieba.setLogLevel(60)\nfor f in sys.argv[1:]: jieba.lcut(open(f, encoding='utf-8').read())"
)
WEASY = (
    "import html,sys,weasyprint\n"
    "t=open(sys.argv[1],encoding='utf-8').read()\n"
    "body=''.join('<p>%s</p>' % html.escape(p) for p in t.split('\\n') if p.strip())\n"
    "css='@page{size:A4;margin:2cm} body{font-family:\"Noto Sans CJK SC\";font-size:10.5pt}'\n"
    "open(sys.argv[2],'wb').write(weasyprint.HTML(string='<style>'+css+'</style>'+body).write_pdf())"
)


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - t0


def corpus(where: Path, n: int = 200) -> list[str]:
    where.mkdir(parents=True, exist_ok=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        p = where / f"{seed.stem[:3]}-{i:03d}.txt"
        p.write_bytes(seed.read_bytes() + f"\n（副本{i}）\n".encode())
        out.append(str(p))
    return out


def best_pair(task: list[str], ref: list[str], rounds: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    a = b = float("inf")
    for _ in range(rounds):
        a = min(a, timed(task, env))
        b = min(b, timed(ref))
    return a, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    py = sys.executable
    # As an installed package has: checker's bytecode written (see dev.sh), so that a process
    # started under PYTHONDONTWRITEBYTECODE does not compile the sources on every run.
    compileall.compile_dir(str(ROOT / "checker"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        env = dict(os.environ, CHECKER_CACHE=str(t / "cache"))
        files = corpus(t / "c200")
        timed(CHECKER + ["score", str(SEED)], env)  # warm the page cache and the checker's caches
        rows = []

        a, b = best_pair(CHECKER + ["score", str(SEED)], [py, "-c", JIEBA_ONE, str(SEED)], args.rounds, env)
        rows.append(("checker score one report", a, "jieba.lcut process", b, 0.6))

        a, b = best_pair(
            CHECKER + ["score", "--format", "json", "-o", str(t / "out.json"), "--force", *files],
            [py, "-c", JIEBA_MANY, *files],
            args.rounds,
            env,
        )
        size = (t / "out.json").stat().st_size
        rows.append((f"checker score --format json, 200 reports ({size / 1e6:.1f} MB)", a, "jieba.lcut pass", b, 0.25))

        pdf, ref_pdf = t / "audit.pdf", t / "ref.pdf"
        a, b = best_pair(
            CHECKER + ["audit", str(SEED), "-o", str(pdf), "--force"],
            [py, "-c", WEASY, str(SEED), str(ref_pdf)],
            1,
            env,
        )
        for _ in range(args.rounds - 1):
            a = min(a, timed(CHECKER + ["audit", str(SEED), "-o", str(pdf), "--force"], env))
            b = min(b, timed([py, "-c", WEASY, str(SEED), str(ref_pdf)]))
        rows.append(
            (
                f"checker audit seed 001 (PDF {pdf.stat().st_size // 1024} KB)",
                a,
                f"raw text with WeasyPrint ({ref_pdf.stat().st_size // 1024} KB)",
                b,
                1.0,
            )
        )

        tiers = []  # the shorter audit documents (--tier), against the same reference; no target
        for tier in ("review", "summary"):
            out = t / f"{tier}.pdf"
            cmd = CHECKER + ["audit", str(SEED), "--tier", tier, "-o", str(out), "--force"]
            best = min(timed(cmd, env) for _ in range(args.rounds))
            tiers.append((f"checker audit --tier {tier} (PDF {out.stat().st_size // 1024} KB)", best, b))

        cold = float("inf")
        for i in range(args.rounds):
            fresh = dict(os.environ, CHECKER_CACHE=str(t / f"fresh{i}"))
            cold = min(cold, timed(CHECKER + ["audit", str(SEED), "-o", str(pdf), "--force"], fresh))
        warm = a

    print(f"{'task':58s} {'s':>6s}   {'reference':40s} {'s':>6s}  ratio  target")
    for task, ta, ref, tb, target in rows:
        mark = "ok" if ta / tb <= target else "MISSED"
        print(f"{task:58s} {ta:6.2f}   {ref:40s} {tb:6.2f}  {ta / tb:5.2f}  ≤{target:g} {mark}")
    for task, ta, tb in tiers:
        print(f"{task:58s} {ta:6.2f}   {'(the same reference)':40s} {tb:6.2f}  {ta / tb:5.2f}  (no target)")
    once = cold - warm
    print(
        f"{'first audit on a new machine (one-time cost)':58s} {once:6.2f} s  (cold {cold:.2f} s, warm {warm:.2f} s)  "
        f"target ≤0.5 s {'ok' if once <= 0.5 else 'MISSED'}"
    )
    print(f"({args.rounds} rounds, best of each; {os.cpu_count()} CPU cores)")


if __name__ == "__main__":
    main()
