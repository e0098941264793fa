"""Instructions per report, counted by valgrind: an A/B figure a noisy machine cannot blur.

    python bench/bench_instructions.py [--against REV] [--copies 5 15]

On a shared 2-core machine the engine's wall-clock time per report moves by a third between
hours (bench/PERFORMANCE-HISTORY.md), more than most changes to the engine. The number of
instructions a process executes does not: this script scores ``--copies`` A and B copies of the
seeds in two processes under ``valgrind --tool=callgrind`` and prints (B − A) / (B − A copies),
the instructions one more report costs — start-up, imports and the checklist load cancel out.
With ``--against REV`` the same is counted for that revision (checked out in a temporary git
worktree) and the ratio printed. Each process is run once without valgrind first, so the
compiled-checklist cache is warm in both counts. Needs valgrind (Debian: ``apt-get install
valgrind``); a count takes about a minute. Instructions are not seconds — the C code of the
regex engine and the Python interpreter's loop differ per instruction — but for the same
engine doing less work they move together.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The child process: score N copies of the seeds (each with a distinct line) with the checker at ROOT.
CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from checker import read_document, score_document
seeds = sorted(Path(sys.argv[3]).glob("*.txt"))
for i in range(int(sys.argv[2])):
    s = seeds[i % len(seeds)]
    score_document(read_document(s.name, s.read_bytes() + f"\\n（副本{i}）\\n".encode()))
"""


def count(root: Path, copies: int) -> int:
    cmd = [sys.executable, "-c", CHILD, str(root), str(copies), str(ROOT / "seeds")]
    env = dict(os.environ, PYTHONHASHSEED="0")  # (set and dict orders, so that a count repeats)
    subprocess.run(cmd, check=True, cwd=root, env=env)  # warm the compiled-checklist cache
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        check=True,
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    ).stderr
    m = re.search(r"Collected : (\d+)", out)
    if not m:
        raise SystemExit(f"bench_instructions: no count in valgrind's output:\n{out[-2000:]}")
    return int(m.group(1))


def per_report(root: Path, a: int, b: int) -> tuple[float, int]:
    ca, cb = count(root, a), count(root, b)
    return (cb - ca) / (b - a), ca


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--against", metavar="REV", help="also count this git revision (e.g. HEAD~3) and compare")
    ap.add_argument("--copies", nargs=2, type=int, default=[5, 15], metavar=("A", "B"))
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("bench_instructions: valgrind is not installed (Debian: apt-get install valgrind)")
    a, b = sorted(args.copies)
    if a == b:
        raise SystemExit("bench_instructions: --copies needs two different numbers")
    here, start = per_report(ROOT, a, b)
    print(f"working tree: {here / 1e6:8.1f} M instructions a report ({a} copies: {start / 1e6:.0f} M in all)")
    if args.against:
        with tempfile.TemporaryDirectory() as tmp:
            wt = Path(tmp) / "rev"
            subprocess.run(["git", "worktree", "add", "-q", "--detach", str(wt), args.against], check=True, cwd=ROOT)
            try:
                there, start = per_report(wt, a, b)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(wt)], check=False, cwd=ROOT)
        print(
            f"{args.against:12s}: {there / 1e6:8.1f} M instructions a report ({a} copies: {start / 1e6:.0f} M in all)"
        )
        print(f"working tree / {args.against}: {here / there:.3f}")


if __name__ == "__main__":
    main()
