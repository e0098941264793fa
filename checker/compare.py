"""Comparing many scored reports: rankings per year, the coverage matrix, gaps, changes.

Pure functions over compact rows built from score JSON documents (the batch stage streams
them), so a thousand-report comparison holds numbers, not texts.

Identity: a report's issuer key keeps the city when it is known (南京市鼓楼区 and 福州市鼓楼区
stay two issuers); a key below city level without a city is *ambiguous* and every output says
so; a key without a city never merges with the same name under a known city. Rankings are per
year (and per group when a manifest gives groups); year-over-year changes follow one key
across years, on the items both years score.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import document_caveats
from .score import round_score

PRESENT = frozenset({"covered", "partial"})


@dataclass(frozen=True)
class Cell:
    status: str
    score: float
    weight: float
    in_score: bool
    area: str = ""
    excluded_reason: str | None = None
    waiver: dict[str, Any] | None = None

    @property
    def not_scored(self) -> bool:
        """Not scored in this report's era or not a scored item (shown as 不计分), not waived."""
        return not self.in_score and self.status != "not_applicable"


@dataclass(frozen=True)
class FigureCell:
    """A report's value of one key figure: its first result value, and how many it gives."""

    value: float
    unit: str
    approx: bool
    values: int
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextReuse:
    """How much of a report nearly repeats its issuer's previous report and other reports
    (computed by :mod:`checker.reuse`; boilerplate sentences are counted apart)."""

    sentences: int  # sentences compared
    boilerplate: int  # sentences left out as boilerplate
    prior_year: int | None = None
    prior_path: str | None = None
    repeated: int | None = None  # compared sentences that nearly repeat the prior report
    peers: tuple[tuple[str, int | None, str, float], ...] = ()  # (issuer, year, path, shared share)

    @property
    def repeated_share(self) -> float | None:
        if self.repeated is None:
            return None
        return self.repeated / self.sentences if self.sentences else 0.0


@dataclass
class Row:
    path: str
    issuer: str
    issuer_key: str
    ambiguous: bool
    year: int | None
    group: str | None
    checklist: str
    version: str
    score: float
    grade: str
    model: str
    areas: dict[str, float | None]
    area_weights: dict[str, float]
    cells: dict[str, Cell]
    counts: dict[str, int]
    comparable: float = 0.0
    rank: int = 0
    duplicate: bool = False
    note: str = ""
    in_attachment: bool = False  # a short web page linking a document: the report is probably that
    caveats: tuple[str, ...] = ()  # why its score may not be its report's (api.document_caveats)
    figures: dict[str, FigureCell] = field(default_factory=dict)
    reuse: TextReuse | None = None
    kind: str | None = None  # 政府 | 部门 (the issuer's kind, document.issuer_kind), None when unknown

    def add_note(self, text: str) -> None:
        """One more note on the row (the ranking shows them joined)."""
        self.note = "；".join(x for x in (self.note, text) if x)

    @property
    def waivers(self) -> list[tuple[str, dict[str, Any]]]:
        return [(i, c.waiver) for i, c in self.cells.items() if c.waiver]


def row_from_doc(doc: dict[str, Any], issuer_key: str | None = None) -> Row:
    """A compact row of a score document (``issuer_key`` overrides the document's)."""
    d = doc["document"]
    issuer = d.get("issuer") or Path(d["path"]).stem
    key = issuer_key or d.get("issuer_key") or f"（文件）{d['path']}"
    areas = doc["scoring"]["areas"]
    return Row(
        path=d["path"],
        issuer=issuer,
        issuer_key=key,
        ambiguous=bool(d.get("issuer_key_ambiguous")) and not issuer_key,
        in_attachment=d.get("report_in_attachment") is True,
        caveats=tuple(document_caveats(d)),
        year=d.get("year"),
        group=d.get("group"),
        checklist=doc["checklist"]["id"],
        version=doc["checklist"]["version"],
        score=doc["scoring"]["score"],
        grade=doc["scoring"]["grade"],
        model=doc["scoring"]["model"],
        areas={a["area_id"]: a["score"] for a in areas},
        area_weights={a["area_id"]: a["weight"] for a in areas},
        cells={
            it["id"]: Cell(
                it["status"],
                it["score"],
                it["weight"],
                it["in_score"],
                it.get("area", ""),
                it.get("excluded_reason"),
                it.get("waiver"),
            )
            for it in doc["items"]
        },
        counts=dict(doc["summary"]),
        figures=_figure_cells(doc.get("figures") or []),
        kind=d.get("issuer_kind"),
    )


def _figure_cells(figures: list[dict[str, Any]]) -> dict[str, FigureCell]:
    """The first result value of each figure (document order); targets are not results."""
    results = [f for f in figures if f.get("kind") == "result"]
    out: dict[str, FigureCell] = {}
    for f in results:
        if f["id"] in out:
            continue
        same = [g for g in results if g["id"] == f["id"]]
        flags = tuple(dict.fromkeys(x for g in same for x in g.get("flags", ())))
        out[f["id"]] = FigureCell(float(f["value"]), f["unit"], bool(f.get("approx")), len(same), flags)
    return out


@dataclass(frozen=True)
class Gap:
    """How often an item is missing, over the reports that score it (shares say what they count)."""

    item_id: str
    reports: int  # reports in which the item is scored
    absent: int
    partial: int
    planned: int

    def share(self, n: int) -> float:
        return n / self.reports if self.reports else 0.0

    @property
    def absent_share(self) -> float:
        return self.share(self.absent)

    @property
    def partial_share(self) -> float:
        return self.share(self.partial)

    @property
    def planned_share(self) -> float:
        return self.share(self.planned)


@dataclass(frozen=True)
class Change:
    issuer_key: str
    issuer: str
    from_year: int
    to_year: int
    from_path: str
    to_path: str
    from_score: float
    to_score: float
    from_comparable: float  # both reports on the items they both score
    to_comparable: float
    newly: tuple[str, ...]
    dropped: tuple[str, ...]
    unchanged_present: tuple[str, ...]
    unchanged_absent: tuple[str, ...]
    status_changes: tuple[tuple[str, str, str], ...]
    same_checklist: bool
    shared_items: int
    # a key without a city (东城街道): the two reports may be two bodies of the same name
    ambiguous: bool = False

    @property
    def delta(self) -> float:
        return round_score(self.to_score - self.from_score)

    @property
    def comparable_delta(self) -> float:
        return round_score(self.to_comparable - self.from_comparable)

    @property
    def basis(self) -> str:
        """What the change compares (a change across the Outlines' checklists is labelled)."""
        if self.same_checklist:
            return "同一清单"
        return f"跨清单：按两年共同计分的 {self.shared_items} 个条目比较"

    @property
    def key_note(self) -> str:
        return AMBIGUOUS_CHANGE if self.ambiguous else ""


#: Said wherever a change follows a key without a city from one year to the next.
AMBIGUOUS_CHANGE = "城市未知，两年的报告可能不是同一单位"


@dataclass
class Comparison:
    rows: list[Row]
    shared_items: list[str]
    checklists: list[str]
    comparable_note: str
    gaps: list[Gap]
    changes: list[Change]
    trends: dict[str, list[tuple[int, float]]]
    model: str = "weighted"
    meta: dict[str, Any] = field(default_factory=dict)  # item/area titles for renderers
    duplicates: list[tuple[str, int | None, list[str]]] = field(default_factory=list)
    # (issuer key, year, figure id) → (previous year with that figure, change since then)
    figure_changes: dict[tuple[str, int, str], tuple[int, float]] = field(default_factory=dict)

    @property
    def mixed(self) -> bool:
        return len(self.checklists) > 1

    def issuer_label(self, key: str) -> str:
        return next((r.issuer for r in self.rows if r.issuer_key == key), key)


# ----------------------------------------------------------------------------- scores


def subset_score(row: Row, items: list[str], model: str) -> float:
    """The report's score on ``items`` only, under ``model`` (the comparable score)."""
    cells = [(i, row.cells[i]) for i in items if i in row.cells and row.cells[i].in_score]
    if not cells:
        return 0.0
    if model == "absolute":
        return 100.0 if all(c.status == "covered" for _, c in cells) else 0.0
    if model == "flat-unweighted":
        return round_score(100 * sum(c.score for _, c in cells) / len(cells))
    if model == "flat":
        den = sum(c.weight for _, c in cells)
        return round_score(100 * sum(c.weight * c.score for _, c in cells) / den) if den else 0.0
    by_area: dict[str, list[Cell]] = defaultdict(list)
    for _, c in cells:
        by_area[c.area].append(c)
    num = den = 0.0
    for area, cs in by_area.items():
        w = sum(c.weight for c in cs)
        if not w:
            continue
        a_score = round_score(100 * sum(c.weight * c.score for c in cs) / w)
        aw = row.area_weights.get(area, 1.0)
        num += aw * a_score
        den += aw
    return round_score(num / den) if den else 0.0


def _rankings(rows: list[Row]) -> dict[tuple[int | None, str | None], list[Row]]:
    """The rows of each ranking: one per year (and group), in input order."""
    by: dict[tuple[int | None, str | None], list[Row]] = defaultdict(list)
    for r in rows:
        by[(r.year, r.group)].append(r)
    return by


def rank(rows: list[Row], key: str = "comparable") -> None:
    """Standard competition ranking within each year (and group): ties share a rank (1, 2, 2, 4)."""
    ordered: list[Row] = []
    for _, members in sorted(_rankings(rows).items(), key=lambda kv: (-(kv[0][0] or 0), kv[0][1] or "")):
        members.sort(key=lambda r: (-round_score(getattr(r, key)), r.issuer, r.path))
        prev, prev_rank = None, 0
        for n, r in enumerate(members, 1):
            value = round_score(getattr(r, key))
            r.rank = prev_rank if value == prev else n
            prev, prev_rank = value, r.rank
        ordered.extend(members)
    rows[:] = ordered


# ----------------------------------------------------------------------------- comparison


def compare(
    rows: list[Row],
    meta: dict[str, Any] | None = None,
    model: str | None = None,
    years: tuple[int, ...] = (),
    groups: tuple[str, ...] = (),
) -> Comparison:
    """Rankings, matrix, gaps (of the rows selected by ``years``/``groups``) and changes (of
    every year of the selected issuers)."""
    model = model or (rows[0].model if rows else "weighted")
    in_group = [r for r in rows if not groups or (r.group or "") in groups]
    selected = [r for r in in_group if not years or r.year in years]
    _mark_identity(in_group)
    for r in in_group:  # (a misfiled document, a cover page, an excerpt: ranked like the reports)
        for caveat in r.caveats:
            r.add_note(caveat)
    duplicates = _mark_duplicates(in_group)
    checklists = sorted({f"{r.checklist} v{r.version}" for r in selected})
    ids = list(dict.fromkeys(i for r in selected for i in r.cells))
    shared = [
        i
        for i in ids
        if all(i in r.cells and (r.cells[i].in_score or r.cells[i].status == "not_applicable") for r in selected)
    ]
    for r in selected:
        r.comparable = r.score if len(checklists) == 1 else subset_score(r, shared, model)
    rank(selected)
    mixed = _mark_mixed_kinds(selected)
    if len(checklists) > 1:
        note = (
            f"报告使用了不同的审查清单（{'、'.join(checklists)}）；排名按各清单共同计分的 {len(shared)} 个条目"
            f"计算可比得分（{model} 模型），各报告自身得分仍按其清单计算。排名按年度（及分组）分别进行。"
        )
    else:
        note = f"全部报告使用同一审查清单（{checklists[0] if checklists else '—'}），排名按总分，按年度（及分组）分别进行。"
    if mixed:
        note += (
            f"{'、'.join(mixed)}的排名中既有政府报告也有部门报告：部门不承担政府的立法、决策目录等职责，"
            "分数不宜直接比较，可在名单文件（manifest）中用分组（group）分开排名。"
        )
    gaps = _gaps(selected, ids)
    keys = {r.issuer_key for r in selected}
    changes, trends = _changes([r for r in in_group if r.issuer_key in keys], model)
    fig_changes = _figure_changes([r for r in in_group if r.issuer_key in keys])
    return Comparison(
        selected, shared, checklists, note, gaps, changes, trends, model, meta or {}, duplicates, fig_changes
    )


def _figure_changes(rows: list[Row]) -> dict[tuple[str, int, str], tuple[int, float]]:
    """Year-over-year change of each key figure of one issuer: against the latest earlier year
    that gives it (rates in percentage points). A duplicated year is not compared."""
    by_issuer: dict[str, dict[int, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r.year is not None:
            by_issuer[r.issuer_key][r.year].append(r)
    out: dict[tuple[str, int, str], tuple[int, float]] = {}
    for key, years in by_issuer.items():
        seen: dict[str, tuple[int, FigureCell]] = {}
        for year in sorted(years):
            if len(years[year]) != 1:
                continue
            for fid, cell in years[year][0].figures.items():
                prev = seen.get(fid)
                if prev is not None and prev[1].unit == cell.unit:
                    out[(key, year, fid)] = (prev[0], round(cell.value - prev[1].value, 4))
                seen[fid] = (year, cell)
    return out


def _mark_mixed_kinds(rows: list[Row]) -> list[str]:
    """Rankings that list governments and departments together (a city's batch of its districts'
    and its bureaus' reports): each row of a kind other than the ranking's most common one gets a
    note. Returns the rankings' names (2022年度, 2022年度（区县）) for the comparison's note."""
    mixed = []
    for (year, group), members in _rankings(rows).items():
        kinds = [r.kind for r in members if r.kind]
        if len(set(kinds)) < 2:
            continue
        common = max(sorted(set(kinds)), key=kinds.count)
        for r in members:
            if r.kind and r.kind != common:
                r.add_note(f"{r.kind}报告，与{common}报告同列排名")
        mixed.append((f"{year}年度" if year else "年度未识别") + (f"（{group}）" if group else ""))
    return sorted(mixed, reverse=True)


def _mark_identity(rows: list[Row]) -> None:
    """Notes on keys that may hide two bodies (a name below city level, city unknown)."""
    with_city: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if not r.ambiguous:
            for other in rows:
                if other.ambiguous and r.issuer_key.endswith(other.issuer_key) and r.issuer_key != other.issuer_key:
                    with_city[other.issuer_key].add(r.issuer_key)
    for r in rows:
        if r.ambiguous:
            also = "、".join(sorted(with_city.get(r.issuer_key, ())))
            r.note = "城市未知，单位键可能对应不同单位" + (f"；与 {also} 分列，未合并" if also else "")


def _mark_duplicates(rows: list[Row]) -> list[tuple[str, int | None, list[str]]]:
    """The same issuer twice in one year: flagged on both rows and listed."""
    seen: dict[tuple[str, int | None], list[Row]] = defaultdict(list)
    for r in rows:
        seen[(r.issuer_key, r.year)].append(r)
    out = []
    for (key, year), rs in seen.items():
        if len(rs) > 1:
            for r in rs:
                r.duplicate = True
                r.add_note("同一单位同一年度有多份报告")
            out.append((key, year, [r.path for r in rs]))
    return out


def _gaps(rows: list[Row], ids: list[str]) -> list[Gap]:
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
    # most often absent first; an item scored in few reports does not top the list by share alone
    gaps.sort(key=lambda g: (-g.absent, -g.absent_share, -(g.partial + g.planned), g.item_id))
    return gaps


def _changes(rows: list[Row], model: str) -> tuple[list[Change], dict[str, list[tuple[int, float]]]]:
    by_issuer: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.year is not None:
            by_issuer[r.issuer_key].append(r)
    changes: list[Change] = []
    trends: dict[str, list[tuple[int, float]]] = {}
    for key in sorted(by_issuer):
        per_year: dict[int, Row] = {}
        for r in sorted(by_issuer[key], key=lambda r: (r.year, r.path)):
            per_year[r.year] = r  # type: ignore[index]  # a duplicate year: the last listed (flagged)
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
                    from_path=a.path,
                    to_path=b.path,
                    from_score=a.score,
                    to_score=b.score,
                    from_comparable=subset_score(a, common, model),
                    to_comparable=subset_score(b, common, model),
                    newly=tuple(i for i in common if i in pb and i not in pa),
                    dropped=tuple(i for i in common if i in pa and i not in pb),
                    unchanged_present=tuple(i for i in common if i in pa and i in pb),
                    unchanged_absent=tuple(i for i in common if i not in pa and i not in pb),
                    status_changes=tuple(
                        (i, a.cells[i].status, b.cells[i].status)
                        for i in common
                        if a.cells[i].status != b.cells[i].status
                    ),
                    ambiguous=a.ambiguous or b.ambiguous,
                    same_checklist=a.checklist == b.checklist,
                    shared_items=len(common),
                )
            )
    return changes, trends
