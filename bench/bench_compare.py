"""`checker compare` on a large corpus built from the seeds: cold and warm cache, text reuse.

    python bench/bench_compare.py [--reports 1000] [--jobs 2] [--corpus mixed|copies]

`copies`: every report is a seed with a distinct line appended (so the cache cannot shortcut).
`mixed` (default): a corpus in which text reuse has work to do — 200 issuers × 5 years; each
report takes most sentences of its issuer's previous year (numbers changed, some words edited),
some of another issuer's report and some new ones, so near-duplicates, exact copies and
unique sentences all occur; a manifest gives issuer and year.
`checker compare` runs as a subprocess with an empty cache, warm, and warm with `--no-reuse`
(the difference is the cost of the text-reuse comparison). Prints wall time, reports/s and the
peak RSS of the largest process (the main process or a worker).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(directory: Path, n: int) -> Path:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(n):
        seed = seeds[i % len(seeds)]
        (directory / f"{i:05d}_{seed.name}").write_bytes(seed.read_bytes() + f"\n（副本{i}）\n".encode())
    return directory


def build_mixed(directory: Path, n: int, years: int = 5) -> Path:
    """Reports of n // years issuers over `years` years, as described above; returns the manifest."""
    rng = random.Random(20261129)
    pool = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        pool += [s for s in re.split(r"(?<=[。；])", text) if len(s.strip()) > 14 and "\n" not in s.strip()]
    han = [c for s in pool for c in s if "\u4e00" <= c <= "\u9fff"]

    def edit(sentence: str) -> str:
        out = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), sentence)
        if rng.random() < 0.3:  # a word or two changed
            chars = list(out)
            for _ in range(rng.randint(1, 3)):
                k = rng.randrange(len(chars))
                if "\u4e00" <= chars[k] <= "\u9fff":
                    chars[k] = rng.choice(han)
            out = "".join(chars)
        return out

    def fresh() -> str:  # a sentence no other report has
        return "".join(rng.choice(han) for _ in range(rng.randint(20, 60))) + "。"

    issuers = max(1, n // years)
    rows = ["path,issuer,year"]
    reports: dict[tuple[int, int], list[str]] = {}
    for k in range(n):
        who, year = k % issuers, 2019 + k // issuers
        last = reports.get((who, year - 1))
        if last is None:
            body = [edit(rng.choice(pool)) for _ in range(rng.randint(60, 110))]
        else:
            body = [edit(s) if rng.random() < 0.75 else fresh() for s in last]
            other = reports.get(((who + 7) % issuers, year - 1))
            if other:  # a neighbour's text
                body += [edit(s) for s in rng.sample(other, min(10, len(other)))]
        reports[(who, year)] = body
        name = f"r{k:05d}.txt"
        title = f"某某市第{who}区人民政府关于{year}年度法治政府建设情况的报告\n一、主要举措和成效\n"
        (directory / name).write_text(title + "".join(body) + "\n", encoding="utf-8")
        rows.append(f"{name},某某市第{who}区人民政府,{year}")
    manifest = directory / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


#: Runs one command and prints the peak RSS of its largest process (the command or a worker):
#: measured in a fresh wrapper process, so each run's figure is its own.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "sys.stderr.write(p.stderr)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(p.returncode)\n"
)


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(proc.returncode)
    return wall, int(proc.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", choices=["mixed", "copies"], default="mixed")
    args = ap.parse_args()
    checker = str(Path(sys.executable).parent / "checker")
    with tempfile.TemporaryDirectory(prefix="checker-compare-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        target = build_mixed(corpus, args.reports) if args.corpus == "mixed" else build(corpus, args.reports)
        size = sum(f.stat().st_size for f in corpus.iterdir()) / 1e6
        env = dict(os.environ, CHECKER_CACHE=str(Path(tmp) / "cache"))
        cmd = [
            checker,
            "compare",
            str(target),
            "--format",
            "csv",
            "-o",
            str(Path(tmp) / "out.csv"),
            "--jobs",
            str(args.jobs),
            "--force",
        ]
        print(f"corpus: {args.reports} reports ({args.corpus}), {size:.1f} MB; --jobs {args.jobs}")
        for label, extra in (
            ("cold cache, reuse on", []),
            ("warm cache, reuse on", []),
            ("warm cache, --no-reuse", ["--no-reuse"]),
        ):
            wall, peak = run(cmd + extra, env)
            print(f"{label}: {wall:.2f} s wall, {args.reports / wall:.1f} reports/s, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
