"""Stage 5 — score: item verdicts to item, area and overall scores under an XCCDF-style model.

Models (named after XCCDF 1.2's scoring models, adapted to a 0–100 scale):

* ``weighted`` (XCCDF *default*): area score = 100·Σ(wᵢ·sᵢ)/Σwᵢ over the area's scored items;
  overall = Σ(W_a·area score)/ΣW_a over areas that have scored items.
* ``flat``: overall = 100·Σ(wᵢ·sᵢ)/Σwᵢ over all scored items (areas do not re-weight).
* ``flat-unweighted``: overall = 100·Σsᵢ/N (every item counts the same).
* ``absolute``: 100 when every scored item is covered, else 0.

sᵢ is the item score: covered 1; partial = elements found / elements (items with elements) or
the partial credit; planned = the planned credit; absent 0. Items that are not applicable, not
scored, or belong to the other Outline's era are left out of numerator and denominator.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .errors import UsageError
from .match import ItemMatch
from .model import Checklist, GradeBand, Item

MODELS = ("weighted", "flat", "flat-unweighted", "absolute")

FORMULAS = {
    "weighted": "总分 = Σ(区域权重W_a × 区域得分) ÷ ΣW_a；区域得分 = 100 × Σ(条目权重w_i × 条目得分s_i) ÷ Σw_i",
    "flat": "总分 = 100 × Σ(条目权重w_i × 条目得分s_i) ÷ Σw_i",
    "flat-unweighted": "总分 = 100 × Σ条目得分s_i ÷ 计分条目数N",
    "absolute": "总分 = 100（全部计分条目均为充分体现）否则 0",
}


@dataclass(frozen=True)
class ItemScore:
    item_id: str
    score: float  # s_i in [0, 1]
    weight: float
    in_score: bool
    excluded_reason: str | None


@dataclass(frozen=True)
class AreaScore:
    area_id: str
    title: str
    weight: float
    score: float | None  # None when the area has no scored item
    numerator: float
    denominator: float
    counts: dict[str, int]


@dataclass(frozen=True)
class Scoring:
    model: str
    formula: str
    item_rule: str
    score: float
    grade: str
    numerator: float
    denominator: float
    items_in_score: int
    items_excluded: int
    areas: tuple[AreaScore, ...]
    items: dict[str, ItemScore]


#: One rounding rule for every output (JSON, table, PDF, comparisons), stated with the formula.
ROUNDING = "得分保留一位小数（四舍五入），等级按保留后的得分评定"


def round_score(value: float) -> float:
    """A score to one decimal, half up (80.85 → 80.9), as shown everywhere."""
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


_GRADE_PUNCTUATION = str.maketrans("：，、；;", ":,,,,")


def parse_grades(spec: str) -> tuple[GradeBand, ...]:
    """'优秀:90,良好:80,合格:60' → bands (a band with min 0 is added for the rest).

    Full-width punctuation (优秀：90，良好：80) is accepted, as typed on a Chinese keyboard.
    """
    bands = []
    spec = spec.translate(_GRADE_PUNCTUATION)
    for part in spec.split(","):
        label, sep, value = part.strip().rpartition(":")
        if not sep or not label.strip():
            raise UsageError(f"invalid grade band {part!r}; expected LABEL:MIN, e.g. 优秀:90")
        try:
            minimum = float(value)
        except ValueError:
            raise UsageError(f"invalid grade minimum {value!r} in {part!r}") from None
        if not math.isfinite(minimum) or not 0 <= minimum <= 100:
            raise UsageError(f"grade minimum {value!r} in {part!r} must be a number from 0 to 100")
        bands.append(GradeBand(minimum, label.strip()))
    bands.sort(key=lambda b: -b.min)
    if bands[-1].min > 0:
        bands.append(GradeBand(0, "不合格"))
    return tuple(bands)


def grade_for(score: float, grades: tuple[GradeBand, ...]) -> str:
    for band in grades:
        if score >= band.min - 1e-9:
            return band.label
    return grades[-1].label


def item_score(item: Item, m: ItemMatch, partial_credit: float, planned_credit: float) -> float:
    if m.status == "covered":
        return 1.0
    if m.status == "partial":
        if item.elements:
            return round(len(m.elements_found) / len(item.elements), 4)
        return partial_credit
    if m.status == "planned":
        return planned_credit
    return 0.0


def score(
    checklist: Checklist,
    matches: list[ItemMatch],
    model: str | None = None,
    grades: tuple[GradeBand, ...] | None = None,
) -> Scoring:
    model = model or checklist.scoring.model
    if model not in MODELS:
        raise UsageError(f"unknown scoring model {model!r}; choose one of {', '.join(MODELS)}")
    grades = grades or checklist.scoring.grades
    by_id = {m.item_id: m for m in matches}
    items: dict[str, ItemScore] = {}
    for item in checklist.items:
        m = by_id[item.id]
        reason = None
        if m.status == "not_applicable":
            reason = "不适用（已豁免），不计分"
        elif not item.scored:
            reason = "报告事项，不计分"
        elif not item.applies_to(checklist.era):
            reason = f"仅适用于{item.applies}年纲要，本清单不计分"
        s = item_score(item, m, checklist.scoring.partial_credit, checklist.scoring.planned_credit)
        items[item.id] = ItemScore(item.id, s, item.weight, reason is None, reason)

    unweighted = model == "flat-unweighted"
    areas = []
    for area in checklist.areas:
        num = den = 0.0
        counts = {"covered": 0, "partial": 0, "planned": 0, "absent": 0, "not_applicable": 0}
        for item in checklist.items:
            if item.area != area.id:
                continue
            counts[by_id[item.id].status] += 1
            sc = items[item.id]
            if sc.in_score:
                w = 1.0 if unweighted else sc.weight
                num += w * sc.score
                den += w
        areas.append(
            AreaScore(
                area.id,
                area.title,
                area.weight,
                round_score(100 * num / den) if den else None,
                round(num, 4),
                round(den, 4),
                counts,
            )
        )

    scored = [s for s in items.values() if s.in_score]
    if model == "weighted":
        live = [(a.weight, a.score) for a in areas if a.score is not None]
        num = sum(w * s for w, s in live)
        den = sum(w for w, _ in live)
        total = num / den if den else 0.0
    elif model in ("flat", "flat-unweighted"):
        num = sum((1.0 if unweighted else s.weight) * s.score for s in scored)
        den = sum(1.0 if unweighted else s.weight for s in scored)
        total = 100 * num / den if den else 0.0
    else:
        ok = all(by_id[s.item_id].status == "covered" for s in scored)
        num, den = (1.0 if ok else 0.0), 1.0
        total = 100.0 if ok else 0.0
    total = round_score(total)
    return Scoring(
        model=model,
        formula=FORMULAS[model] + "；" + ROUNDING,
        item_rule=(
            f"条目得分s_i：充分体现=1；部分体现=已见要素数÷要素数（无要素时={checklist.scoring.partial_credit:g}）；"
            f"仅列入计划={checklist.scoring.planned_credit:g}；未体现=0；不适用、不计分及非本纲要时期条目不计入分子分母"
        ),
        score=total,
        grade=grade_for(total, grades),
        numerator=round(num, 4),
        denominator=round(den, 4),
        items_in_score=len(scored),
        items_excluded=len(items) - len(scored),
        areas=tuple(areas),
        items=items,
    )
