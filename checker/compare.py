"""Comparing many scored reports: matrix, ranking, gaps, year-over-year changes.

Pure functions over compact rows built from score JSON documents (the batch stage streams
them), so a thousand-report comparison holds numbers, not texts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .detect import issuer_key
from .model import StructureProfile
from .score import round_score

PRESENT = frozenset({"covered", "partial"})


@dataclass(frozen=True)
class Cell:
    status: str
    score: float
    weight: float
    in_score: bool


@dataclass
class Row:
    path: str
    issuer: str
    issuer_key: str
    year: int | None
    group: str | None
    checklist: str
    version: str
    score: float
    grade: str
    model: str
    areas: dict[str, float | None]
    cells: dict[str, Cell]
    counts: dict[str, int]
    comparable: float = 0.0
    rank: int = 0


def row_from_doc(doc: dict[str, Any], profile: StructureProfile | None) -> Row:
    d = doc["document"]
    issuer = d.get("issuer") or d["path"]
    return Row(
        path=d["path"],
        issuer=issuer,
        issuer_key=issuer_key(d.get("issuer"), profile) or d["path"],
        year=d.get("year"),
        group=d.get("group"),
        checklist=doc["checklist"]["id"],
        version=doc["checklist"]["version"],
        score=doc["scoring"]["score"],
        grade=doc["scoring"]["grade"],
        model=doc["scoring"]["model"],
        areas={a["area_id"]: a["score"] for a in doc["scoring"]["areas"]},
        cells={it["id"]: Cell(it["status"], it["score"], it["weight"], it["in_score"]) for it in doc["items"]},
        counts=dict(doc["summary"]),
    )


@dataclass(frozen=True)
class Gap:
    item_id: str
    reports: int
    absent: int
    partial: int
    planned: int

    @property
    def missing(self) -> int:
        return self.absent + self.partial + self.planned

    @property
    def share(self) -> float:
        return self.missing / self.reports if self.reports else 0.0


@dataclass(frozen=True)
class Change:
    issuer_key: str
    issuer: str
    from_year: int
    to_year: int
    from_score: float
    to_score: float
    from_comparable: float
    to_comparable: float
    newly: tuple[str, ...]
    dropped: tuple[str, ...]
    unchanged_present: tuple[str, ...]
    unchanged_absent: tuple[str, ...]
    status_changes: tuple[tuple[str, str, str], ...]
    same_checklist: bool

    @property
    def delta(self) -> float:
        return round_score(self.to_score - self.from_score)


@dataclass
class Comparison:
    rows: list[Row]
    shared_items: list[str]
    checklists: list[str]
    comparable_note: str
    gaps: list[Gap]
    changes: list[Change]
    trends: dict[str, list[tuple[int, float]]]
    meta: dict[str, Any] = field(default_factory=dict)  # item/area titles for renderers

    @property
    def mixed(self) -> bool:
        return len(self.checklists) > 1


def _comparable(row: Row, shared: list[str]) -> float:
    num = den = 0.0
    for i in shared:
        c = row.cells.get(i)
        if c is None or not c.in_score:
            continue
        num += c.weight * c.score
        den += c.weight
    return round_score(100 * num / den) if den else 0.0


def rank(rows: list[Row], key: str = "comparable") -> None:
    """Standard competition ranking: equal scores share a rank (1, 2, 2, 4)."""
    ordered = sorted(rows, key=lambda r: (-round_score(getattr(r, key)), r.issuer, r.year or 0, r.path))
    prev, prev_rank = None, 0
    for n, r in enumerate(ordered, 1):
        value = round_score(getattr(r, key))
        r.rank = prev_rank if value == prev else n
        prev, prev_rank = value, r.rank
    rows[:] = ordered


def compare(rows: list[Row], meta: dict[str, Any] | None = None) -> Comparison:
    checklists = sorted({f"{r.checklist} v{r.version}" for r in rows})
    ids = list(dict.fromkeys(i for r in rows for i in r.cells))
    shared = [
        i
        for i in ids
        if all(i in r.cells and (r.cells[i].in_score or r.cells[i].status == "not_applicable") for r in rows)
    ]
    for r in rows:
        r.comparable = r.score if len(checklists) == 1 else _comparable(r, shared)
    rank(rows)
    if len(checklists) > 1:
        note = (
            f"报告使用了不同的审查清单（{'、'.join(checklists)}）；排名按各清单共同计分的 {len(shared)} 个条目"
            f"计算可比得分（flat 加权：100 × Σ(w_i × s_i) ÷ Σw_i），各报告自身得分仍按其清单计算。"
        )
    else:
        note = f"全部报告使用同一审查清单（{checklists[0] if checklists else '—'}），排名按总分。"
    gaps = []
    for i in ids:
        cells = [r.cells[i] for r in rows if i in r.cells and r.cells[i].in_score]
        if not cells:
            continue
        gaps.append(
            Gap(
                i,
                len(cells),
                sum(c.status == "absent" for c in cells),
                sum(c.status == "partial" for c in cells),
                sum(c.status == "planned" for c in cells),
            )
        )
    gaps.sort(key=lambda g: (-g.share, -g.missing, g.item_id))
    changes, trends = _changes(rows)
    return Comparison(rows, shared, checklists, note, gaps, changes, trends, meta or {})


def _changes(rows: list[Row]) -> tuple[list[Change], dict[str, list[tuple[int, float]]]]:
    by_issuer: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.year is not None:
            by_issuer[r.issuer_key].append(r)
    changes: list[Change] = []
    trends: dict[str, list[tuple[int, float]]] = {}
    for key in sorted(by_issuer):
        series = sorted(by_issuer[key], key=lambda r: (r.year, r.path))
        per_year: dict[int, Row] = {}
        for r in series:
            if r.year is not None:
                per_year[r.year] = r  # one report per year: the last listed wins
        years = sorted(per_year)
        if len(years) < 2:
            continue
        trends[key] = [(y, per_year[y].score) for y in years]
        for a_year, b_year in zip(years, years[1:], strict=False):
            a, b = per_year[a_year], per_year[b_year]
            common = [i for i in a.cells if i in b.cells and a.cells[i].in_score and b.cells[i].in_score]
            pa = {i for i in common if a.cells[i].status in PRESENT}
            pb = {i for i in common if b.cells[i].status in PRESENT}
            changes.append(
                Change(
                    issuer_key=key,
                    issuer=b.issuer,
                    from_year=a_year,
                    to_year=b_year,
                    from_score=a.score,
                    to_score=b.score,
                    from_comparable=_comparable(a, common),
                    to_comparable=_comparable(b, common),
                    newly=tuple(i for i in common if i in pb and i not in pa),
                    dropped=tuple(i for i in common if i in pa and i not in pb),
                    unchanged_present=tuple(i for i in common if i in pa and i in pb),
                    unchanged_absent=tuple(i for i in common if i not in pa and i not in pb),
                    status_changes=tuple(
                        (i, a.cells[i].status, b.cells[i].status)
                        for i in common
                        if a.cells[i].status != b.cells[i].status
                    ),
                    same_checklist=a.checklist == b.checklist,
                )
            )
    return changes, trends
