"""`checker compare` on a large corpus built from the seeds: cold and warm cache.

    python bench/bench_compare.py [--reports 1000] [--jobs 2]

Every report is a seed with a distinct line appended (so the cache cannot shortcut), written to
a temporary directory; `checker compare DIR --format csv` runs as a subprocess, once with an
empty cache and once warm. Prints wall time, reports/s and the peak RSS of the largest process
(the main process or a worker). Run with a smaller --reports too to see memory stay flat.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(directory: Path, n: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(n):
        seed = seeds[i % len(seeds)]
        (directory / f"{i:05d}_{seed.name}").write_bytes(seed.read_bytes() + f"\n（副本{i}）\n".encode())


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(proc.returncode)
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return wall, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    checker = str(Path(sys.executable).parent / "checker")
    with tempfile.TemporaryDirectory(prefix="checker-compare-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build(corpus, args.reports)
        size = sum(f.stat().st_size for f in corpus.iterdir()) / 1e6
        env = dict(os.environ, CHECKER_CACHE=str(Path(tmp) / "cache"))
        cmd = [
            checker,
            "compare",
            str(corpus),
            "--format",
            "csv",
            "-o",
            str(Path(tmp) / "out.csv"),
            "--jobs",
            str(args.jobs),
            "--force",
        ]
        print(f"corpus: {args.reports} reports, {size:.1f} MB; --jobs {args.jobs}")
        wall, peak = run(cmd, env)
        print(f"cold cache: {wall:.2f} s wall, {args.reports / wall:.1f} reports/s, peak RSS {peak:.0f} MB")
        wall, peak = run(cmd, env)
        print(f"warm cache: {wall:.2f} s wall, {args.reports / wall:.1f} reports/s, peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
