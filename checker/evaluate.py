"""Accuracy against gold labels (format of ../shared/gold): how we know the matcher is good.

Positive = covered or partial (the item is in the report). Precision/recall/F1 are computed per
item and pooled (micro) or averaged over items (macro); the status confusion and the planned
labels are reported separately because "planned reported as covered" is the costliest error.
Gold files with a ``meta`` block (issuer, issuer_named, year) also measure the issuer and year
found: a wrong name counts apart from a missing one, because a researcher comparing districts
is misled by the first and only inconvenienced by the second.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .api import ReportResult, score_file
from .detect import issuer_key
from .errors import InputError
from .model import StructureProfile

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
class MetadataAgreement:
    """Issuer and year found against the gold ``meta`` blocks.

    An excerpt labelled as not naming its issuer may still be resolved to it from the one place
    the text names (我省 + the province mentioned): that is counted as ``unnamed_resolved``, not
    as wrong. A name that is not the labelled body is ``wrong`` whichever kind the label is.
    """

    documents: int = 0
    named: int = 0  # gold: the excerpt names its issuer
    named_found: int = 0  # the same body found (any standard form)
    unnamed: int = 0  # gold: the excerpt never names it
    unnamed_empty: int = 0
    unnamed_resolved: list[str] = field(default_factory=list)  # docs: the labelled body, inferred
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # doc, gold issuer, found
    years: int = 0
    years_right: int = 0

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "named": self.named,
            "named_found": self.named_found,
            "unnamed": self.unnamed,
            "unnamed_empty": self.unnamed_empty,
            "unnamed_resolved": self.unnamed_resolved,
            "wrong": [list(x) for x in self.wrong],
            "years": self.years,
            "years_right": self.years_right,
        }


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
    metadata: MetadataAgreement | None = None  # when the gold files carry ``meta``

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
            "metadata": self.metadata.to_dict() if self.metadata is not None else None,
        }


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    """Each gold document's item ``labels`` and ``meta`` block (None when absent), by name."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError(f"{gold_dir}: gold directory not found")
    out = {}
    for f in sorted(d.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            out[data.get("doc", f.stem)] = {"labels": data.get("labels", {}), "meta": data.get("meta")}
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
            raise InputError(f"{f}: not a gold label file ({exc})") from None
    if not out:
        raise InputError(f"{gold_dir}: no gold label files (*.json)")
    return out


def same_issuer(found: str | None, gold: str | None, profile: StructureProfile) -> bool:
    """The same body in any standard form: equal issuer keys (:func:`checker.detect.issuer_key`:
    the full name, short forms such as 武汉经开区统计局 for 武汉经济技术开发区统计局), or the key's
    tail when the report never names the higher place (大东区人民政府 for 沈阳市大东区人民政府;
    虹桥街道办事处 for 上海市长宁区虹桥街道办事处). Looser than :func:`checker.detect.same_body`,
    which keys bodies for comparisons across reports and only drops a city, never the district
    between."""
    if not found or not gold:
        return False
    a, b = issuer_key(found, profile).key, issuer_key(gold, profile).key
    return a == b or (b.endswith(a) and len(a) >= 3)


def _agree_metadata(agg: MetadataAgreement, doc: str, meta: dict, res: ReportResult) -> None:
    agg.documents += 1
    if meta.get("year") is not None:
        agg.years += 1
        agg.years_right += res.metadata.year == meta["year"]
    gold_name = meta.get("issuer")
    found = res.metadata.issuer
    same = same_issuer(found, gold_name, res.checklist.profile)
    if meta.get("issuer_named"):
        agg.named += 1
        agg.named_found += same
    else:
        agg.unnamed += 1
        if found is None:
            agg.unnamed_empty += 1
        elif same and res.metadata.issuer_source == "inferred":
            agg.unnamed_resolved.append(doc)
    if found is not None and not same:
        agg.wrong.append((doc, gold_name or "", found))


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
    agreement = MetadataAgreement()
    dirs = [Path(p) for p in (report_dirs or ["seeds"])]
    per_item: dict[str, list[int]] = {}
    confusion: dict[str, Counter] = {s: Counter() for s in STATUS_ORDER}
    planned_cov: list[tuple[str, str]] = []
    mismatches: list[tuple[str, str, str, str]] = []
    el_ok = el_n = 0
    con_ok = con_n = 0
    docs = []
    for doc, entry in gold.items():
        labels = entry["labels"]
        if results and doc in results:
            res = results[doc]
        else:
            path = _find_report(doc, dirs)
            if path is None:
                raise InputError(f"no report named {doc}.* in {', '.join(map(str, dirs))} for gold label {doc}")
            res = score_file(path, checklist)
        docs.append(doc)
        if isinstance(entry["meta"], dict) and entry["meta"].get("issuer_named") is not None:
            _agree_metadata(agreement, doc, entry["meta"], res)
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
        metadata=agreement if agreement.documents else None,
    )
