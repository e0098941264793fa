"""Time and peak memory of `checker score` on the worst inputs (each case in its own process).

    python bench/bench_hostile.py

Cases: every file of ../shared/hostile, a digit run after a term, 2 MB without punctuation, the
largest accepted number of short sentences, one sentence too many, 20,000 identical list lines
(one 780 KB sentence), a DOCX flooded with empty paragraphs, a 60 MB file, /dev/zero and a FIFO. Prints seconds, peak RSS (the command and its
children) and the exit code. Figures, not assertions; the tests bound each case to 10 s.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT.parent / "shared" / "hostile"
HEAD = "某县2022年法治政府建设情况报告\n一、主要举措和成效\n全县各级行政机关认真落实法律顾问制度，全面加强合法性审查工作。\n"


def make_cases(d: Path) -> list[tuple[str, Path]]:
    cases = [(p.name, p) for p in sorted(HOSTILE.glob("*")) if p.suffix == ".pdf"]

    def text(name: str, body: str) -> None:
        p = d / name
        p.write_text(HEAD + body, encoding="utf-8")
        cases.append((name, p))

    text("digits-80k.txt", "聘请法律顾问" + "1" * 80_000 + "\n")
    text("no-punctuation-2MB.txt", "年终述法一公开统一公开法治政府建设" * 120_000)
    text("sentences-59k.txt", "加强法治建设。" * 59_000)
    text("sentences-70k.txt", "加强法治建设。" * 70_000)
    text("list-lines-780KB.txt", ("甲乙、" * 12 + "丙等\n") * 20_000)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document {ns}><w:body>{'<w:p/>' * 5_000_000}</w:body></w:document>")
    (d / "flood.docx").write_bytes(buf.getvalue())
    cases.append(("docx-5M-empty-paragraphs", d / "flood.docx"))
    big = d / "60MB.txt"
    with open(big, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    cases.append(("60MB-sparse", big))
    if Path("/dev/zero").exists():
        cases.append(("/dev/zero", Path("/dev/zero")))
    fifo = d / "fifo.txt"
    os.mkfifo(fifo)
    cases.append(("fifo", fifo))
    return cases


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cases = make_cases(Path(tmp))
        print(f"{'case':34s} {'seconds':>8s} {'peak MB':>8s}  exit")
        for name, path in cases:
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t0 = time.perf_counter()
            r = subprocess.run(
                [sys.executable, "-m", "checker.cli", "score", "--format", "json", str(path)],
                cwd=ROOT,
                capture_output=True,
                timeout=120,
            )
            wall = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            shown = f"{peak / 1024:8.0f}" if peak > before else "   (≤ earlier)"
            print(f"{name:34s} {wall:8.2f} {shown}  {r.returncode}")
        print("peak RSS is the largest of any process so far (getrusage): a case below an earlier peak shows ≤")


if __name__ == "__main__":
    main()
