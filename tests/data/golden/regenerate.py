"""Rewrite the recorded score documents of the seeds (run after a deliberate change of rules;
review `git diff --stat` and the verdict changes before committing).

A file whose content is unchanged is left alone, and the gzip header carries no timestamp, so
only the seeds whose verdicts or evidence changed show up in the diff."""

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from checker import score_file  # noqa: E402

for seed in sorted((ROOT / "seeds").glob("*.txt")):
    doc = score_file(seed).to_dict()
    doc["document"]["path"] = f"seeds/{seed.name}"
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    target = Path(__file__).with_name(f"{seed.stem}.json.gz")
    if target.exists() and gzip.decompress(target.read_bytes()).decode("utf-8") == text:
        print(f"{seed.name}: unchanged")
        continue
    target.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{seed.name}: rewritten")
