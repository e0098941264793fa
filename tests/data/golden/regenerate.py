"""Rewrite the recorded score documents of the seeds (run after a deliberate change of rules;
review `git diff --stat` and the verdict changes before committing)."""

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
    with gzip.open(Path(__file__).with_name(f"{seed.stem}.json.gz"), "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(doc, ensure_ascii=False, sort_keys=True))
    print(seed.name)
