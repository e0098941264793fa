"""Accuracy on the web excerpts whose text is kept here (bench/probes/web-excerpts/texts).

    python bench/web_excerpts.py [--format table|json] [--only PREFIX ...]

The web excerpts (real reports read from stored public pages, labelled before the tool's first
run on them; see probes/web-excerpts/README.md) were measured for seven sessions from texts kept
outside the repository, which a new machine lost. From the tenth session on, each excerpt's text
is committed beside its labels, so that anyone can measure them again; this runs
``checker evaluate`` on the labelled excerpts that have a text (``--only l57 l58`` for a batch).
Figures, not assertions.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "probes" / "web-excerpts"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--format", default="table", choices=("table", "json"))
    ap.add_argument("--only", nargs="*", default=[], help="name prefixes of the excerpts to measure")
    args = ap.parse_args()
    texts = {p.stem: p for p in sorted((HERE / "texts").glob("*.txt"))}
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp)
        n = 0
        for label in sorted((HERE / "labels").glob("*.json")):
            if label.stem in texts and (not args.only or label.stem.startswith(tuple(args.only))):
                shutil.copy(label, gold / label.name)
                n += 1
        if not n:
            sys.exit("no labelled excerpt with a text matches")
        cmd = [sys.executable, "-m", "checker.cli", "evaluate", "--format", args.format, "--gold", str(gold)]
        sys.exit(subprocess.run([*cmd, str(HERE / "texts")], cwd=ROOT).returncode)


if __name__ == "__main__":
    main()
