"""Split-half accuracy: what a user should expect on a report nobody tuned the rules for.

The development set (../shared/passages with ../shared/gold/passages) is split in two halves by
sorted document id (alternating: A = 1st, 3rd, …; B = 2nd, 4th, …). Rules were first tuned
looking only at half A (and the seeds); the commit recorded in ``split_half.json`` is that
state. This script checks that commit out into a temporary git worktree and measures it on
half B — the held-out figure — and measures the current tree on both halves, the whole
development set and the seeds.

    python bench/split_half.py                 # all figures
    python bench/split_half.py --current-only  # skip the recorded commit (no git needed)

Only one direction exists (tuned on A, measured on B): once half B's errors have been read,
no later commit is held out any more, so the recorded commit stays the honest estimate.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "passages"
PASSAGES = SHARED / "passages"
RECORD = Path(__file__).with_name("split_half.json")


def halves() -> tuple[list[str], list[str]]:
    ids = sorted(p.stem for p in GOLD.glob("*.json"))
    return ids[0::2], ids[1::2]


def _gold_subset(ids: list[str], into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for i in ids:
        shutil.copy(GOLD / f"{i}.json", into / f"{i}.json")
    return into


def measure(tree: Path, gold_dir: Path, reports: Path) -> dict:
    """Run ``checker evaluate`` of the code and checklists in ``tree`` (a separate process)."""
    env = dict(os.environ, PYTHONPATH=str(tree), CHECKER_CHECKLISTS=str(tree / "checklists"))
    out = subprocess.run(
        [sys.executable, "-m", "checker.cli", "evaluate", "--gold", str(gold_dir), str(reports), "--format", "json"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    return {
        "precision": round(data["micro"]["precision"], 3),
        "recall": round(data["micro"]["recall"], 3),
        "f1": round(data["micro"]["f1"], 3),
        "planned_as_covered": len(data["planned_as_covered"]),
        "documents": len(data["documents"]),
    }


def line(label: str, m: dict) -> str:
    return (
        f"{label:<44} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
        f"  ({m['documents']} docs, planned→covered {m['planned_as_covered']})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--current-only", action="store_true", help="only measure the current tree")
    args = ap.parse_args()
    if not GOLD.is_dir():
        sys.exit(f"split_half: {GOLD} not found (the shared development set)")
    a, b = halves()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        ga, gb = _gold_subset(a, t / "A"), _gold_subset(b, t / "B")
        print(f"development set: {len(a) + len(b)} excerpts; half A {len(a)}, half B {len(b)}")
        if not args.current_only and RECORD.is_file():
            rec = json.loads(RECORD.read_text(encoding="utf-8"))
            wt = t / "tuned-on-A"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(wt), rec["commit"]], check=True
            )
            try:
                print(line(f"held out: commit {rec['commit'][:8]} on half B", measure(wt, gb, PASSAGES)))
                print(line(f"          commit {rec['commit'][:8]} on half A", measure(wt, ga, PASSAGES)))
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=False)
        print(line("current tree on half A", measure(ROOT, ga, PASSAGES)))
        print(line("current tree on half B", measure(ROOT, gb, PASSAGES)))
        print(line("current tree on the development set", measure(ROOT, GOLD, PASSAGES)))
        print(line("current tree on the seeds", measure(ROOT, SHARED / "gold", ROOT / "seeds")))


if __name__ == "__main__":
    main()
