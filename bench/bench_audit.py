"""Audit PDF rendering: seconds per PDF, pages and bytes for the seeds.

    python bench/bench_audit.py [--repeat 3] [--jobs 2]

Prints, per seed, the render time of one PDF (WeasyPrint with HarfBuzz font subsetting, in a
warm process; best of --repeat), its pages and size; the median; the first PDF of a process;
and the wall time of a batch rendered with --jobs worker processes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pages(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(pdf)
        fh.flush()
        try:
            out = subprocess.run(["pdfinfo", fh.name], capture_output=True, text=True).stdout
        except FileNotFoundError:
            return "?"
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return line.split()[1]
    return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    from checker import score_file
    from checker.audit import PdfRenderer, render_html, render_pdfs

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    results = [score_file(p) for p in seeds]
    t0 = time.perf_counter()
    renderer = PdfRenderer()
    renderer.pdf(render_html(results[0], family=renderer.family))  # WeasyPrint's first-use set-up
    first = time.perf_counter() - t0

    times = []
    print(f"{'seed':28s} {'s/PDF':>7s} {'pages':>6s} {'bytes':>10s}")
    for r, seed in zip(results, seeds, strict=True):
        html = render_html(r, family=renderer.family)
        best, pdf = 1e9, b""
        for _ in range(args.repeat):
            t = time.perf_counter()
            pdf = renderer.pdf(html)
            best = min(best, time.perf_counter() - t)
        times.append(best)
        print(f"{seed.stem:28s} {best:7.2f} {pages(pdf):>6s} {len(pdf):10d}")
    print(f"median seconds per PDF (render in a warm process): {statistics.median(times):.2f}")
    print(f"first PDF in a process (font discovery, WeasyPrint set-up, render): {first:.2f} s")

    t0 = time.perf_counter()
    list(render_pdfs(results, jobs=args.jobs, renderer=renderer))
    wall = time.perf_counter() - t0
    print(f"batch of {len(results)} with --jobs {args.jobs}: {wall:.2f} s wall, {wall / len(results):.2f} s per PDF")


if __name__ == "__main__":
    main()
