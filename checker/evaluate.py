"""Accuracy against gold labels (format of ../shared/gold): how we know the matcher is good.

Positive = covered or partial (the item is in the report). Precision/recall/F1 are computed per
item and pooled (micro) or averaged over items (macro); the status confusion and the planned
labels are reported separately because "planned reported as covered" is the costliest error.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .api import ReportResult, score_file
from .errors import InputError

POSITIVE = frozenset({"covered", "partial"})
STATUS_ORDER = ("covered", "partial", "planned", "absent", "not_applicable")


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    documents: list[str]
    per_item: dict[str, PRF]
    micro: PRF
    macro_precision: float
    macro_recall: float
    macro_f1: float
    confusion: dict[str, Counter]  # gold status -> Counter(predicted status)
    planned_as_covered: list[tuple[str, str]]
    mismatches: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, item, gold, pred
    element_agreement: tuple[int, int] = (0, 0)  # exact element-set matches / items with elements
    concrete_agreement: tuple[int, int] = (0, 0)  # same concrete flag / items positive in both

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "micro": {
                "precision": self.micro.precision,
                "recall": self.micro.recall,
                "f1": self.micro.f1,
                "tp": self.micro.tp,
                "fp": self.micro.fp,
                "fn": self.micro.fn,
            },
            "macro": {"precision": self.macro_precision, "recall": self.macro_recall, "f1": self.macro_f1},
            "per_item": {
                k: {"tp": v.tp, "fp": v.fp, "fn": v.fn, "precision": v.precision, "recall": v.recall, "f1": v.f1}
                for k, v in self.per_item.items()
            },
            "confusion": {g: dict(c) for g, c in self.confusion.items()},
            "planned_as_covered": [list(x) for x in self.planned_as_covered],
            "mismatches": [list(x) for x in self.mismatches],
            "element_agreement": list(self.element_agreement),
            "concrete_agreement": list(self.concrete_agreement),
        }


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError(f"{gold_dir}: gold directory not found")
    out = {}
    for f in sorted(d.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            out[data.get("doc", f.stem)] = data.get("labels", {})
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
            raise InputError(f"{f}: not a gold label file ({exc})") from None
    if not out:
        raise InputError(f"{gold_dir}: no gold label files (*.json)")
    return out


def _find_report(doc: str, report_dirs: list[Path]) -> Path | None:
    for d in report_dirs:
        for cand in sorted(d.glob(f"{doc}.*")):
            if cand.is_file():
                return cand
    return None


def evaluate(
    gold_dir: str | Path,
    report_dirs: list[str | Path] | None = None,
    checklist: str | None = None,
    results: dict[str, ReportResult] | None = None,
) -> Evaluation:
    """Score the gold documents (found by name in ``report_dirs``) and compare with the labels."""
    gold = load_gold(gold_dir)
    dirs = [Path(p) for p in (report_dirs or ["seeds"])]
    per_item: dict[str, list[int]] = {}
    confusion: dict[str, Counter] = {s: Counter() for s in STATUS_ORDER}
    planned_cov: list[tuple[str, str]] = []
    mismatches: list[tuple[str, str, str, str]] = []
    el_ok = el_n = 0
    con_ok = con_n = 0
    docs = []
    for doc, labels in gold.items():
        if results and doc in results:
            res = results[doc]
        else:
            path = _find_report(doc, dirs)
            if path is None:
                raise InputError(f"no report named {doc}.* in {', '.join(map(str, dirs))} for gold label {doc}")
            res = score_file(path, checklist)
        docs.append(doc)
        for it in res.items:
            g = labels.get(it.id, {}).get("status", "absent")
            p = it.status
            confusion.setdefault(g, Counter())[p] += 1
            c = per_item.setdefault(it.id, [0, 0, 0])
            gp, pp = g in POSITIVE, p in POSITIVE
            c[0] += gp and pp
            c[1] += pp and not gp
            c[2] += gp and not pp
            if g == "planned" and p == "covered":
                planned_cov.append((doc, it.id))
            if g != p:
                mismatches.append((doc, it.id, g, p))
            if g in POSITIVE and p in POSITIVE and "concrete" in labels[it.id]:
                con_n += 1
                con_ok += labels[it.id]["concrete"] == it.concrete
            if it.element_titles and g in POSITIVE and p in POSITIVE:
                el_n += 1
                el_ok += set(labels[it.id].get("elements", [])) == set(it.elements)
    prf = {k: PRF(*v) for k, v in sorted(per_item.items())}
    micro = PRF(sum(v.tp for v in prf.values()), sum(v.fp for v in prf.values()), sum(v.fn for v in prf.values()))
    live = [v for v in prf.values() if v.tp + v.fp + v.fn]
    n = len(live) or 1
    return Evaluation(
        documents=docs,
        per_item=prf,
        micro=micro,
        macro_precision=sum(v.precision for v in live) / n,
        macro_recall=sum(v.recall for v in live) / n,
        macro_f1=sum(v.f1 for v in live) / n,
        confusion={g: c for g, c in confusion.items() if c},
        planned_as_covered=planned_cov,
        mismatches=mismatches,
        element_agreement=(el_ok, el_n),
        concrete_agreement=(con_ok, con_n),
    )
