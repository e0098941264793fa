"""Stage 6 — render: results to the terminal table and the JSON document.

Renderers only read :class:`~checker.api.ReportResult`; they never re-run a stage.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from typing import Any

from .api import ReportResult, best_evidence
from .evaluate import STATUS_ORDER, Evaluation

STATUS_LABELS = {
    "covered": "充分体现",
    "partial": "部分体现",
    "planned": "仅列入计划",
    "absent": "未体现",
    "not_applicable": "不适用",
}
#: How a key figure that is no result of the report's year is marked where figures are listed.
FIGURE_KIND_NOTES = {"target": "目标", "earlier": "往年", "part": "其中"}
STATUS_MARKS = {"covered": "✔", "partial": "◐", "planned": "○", "absent": "✘", "not_applicable": "–"}
#: How much of the audit a document holds, as Heimdall's executive/manager/administrator views:
#: ``summary`` the one-page 领导摘要 for leaders; ``review`` adds the key figures, the item review
#: and the 整改清单 for the office that follows up; ``full`` adds the evidence appendix (every
#: evidence sentence of every item) for the reviewer who checks the verdicts. (Here, not in
#: :mod:`checker.audit`, so that the command line can offer them without importing Jinja2.)
AUDIT_TIERS = ("summary", "review", "full")
#: The views of a comparison (``checker compare --view``), here so that the command line can list
#: them without importing the comparison modules, which a single score does not need.
VIEWS = ("ranking", "matrix", "gaps", "changes", "figures", "reuse", "waivers")

PART_LABELS = {
    "front": "文头",
    "title": "标题",
    "preamble": "导语",
    "measures": "举措成效",
    "duty": "第一责任人履职",
    "shortcomings": "不足",
    "plan": "下一年度安排",
    "other": "其他",
    "closing": "结尾",
}


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    """Cut to a display width (CJK characters count double), marking the cut with …."""
    out, w = [], 0
    for ch in text:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > width - 1 and display_width(text) > width:
            out.append("…")
            break
        out.append(ch)
        w += cw
    return "".join(out)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def to_json(results: list[ReportResult] | ReportResult, indent: int | None = 2, evidence: str = "all") -> str:
    """One report → an object; several → a list (the documented JSON contract)."""
    if isinstance(results, list):
        data: Any = [r.to_dict(evidence) for r in results]
    else:
        data = results.to_dict(evidence)
    return json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=False)


def to_table(result: ReportResult, evidence_width: int = 56) -> str:
    r = result
    s = r.scoring
    lines = [
        f"报告: {r.document.path}",
        f"单位: {r.metadata.issuer or '（未识别）'}    年度: {r.metadata.year or '（未识别）'}    "
        f"文字: {'繁体' if r.script == 'traditional' else '简体'}",
        f"清单: {r.checklist.id} v{r.checklist.version}（{r.checklist.title}）",
        f"得分: {s.score:.1f}    等级: {s.grade}    模型: {s.model}",
        f"公式: {s.formula}",
        f"      {s.item_rule}",
        f"      分子 {s.numerator:g} / 分母 {s.denominator:g}；计分条目 {s.items_in_score} 个，不计分 {s.items_excluded} 个",
        "",
        pad("状态", 14) + pad("条目", 36) + pad("得分", 6) + "首要证据",
    ]
    area_titles = {a.id: a.title for a in r.checklist.areas}
    current = None
    for it in r.items:
        if it.area != current:
            current = it.area
            a = next(x for x in s.areas if x.area_id == it.area)
            sc = "—" if a.score is None else f"{a.score:.1f}"
            lines.append(f"【{area_titles[it.area]}】 {sc}")
        mark = f"{STATUS_MARKS[it.status]} {STATUS_LABELS[it.status]}"
        title = it.title
        if it.element_titles:
            title += f" {len(it.elements)}/{len(it.element_titles)}"
        score = f"{it.score:.2f}" if it.in_score else "不计"
        ev = best_evidence(it)
        evs = it.reason if it.status == "not_applicable" else ""
        if ev is not None:
            evs = ("[数据] " if ev.concrete else "") + ev.text.replace("\n", " ")
        lines.append(pad(mark, 14) + pad(clip(title, 34), 36) + pad(score, 6) + clip(evs, evidence_width))
    c = r.counts()
    lines.append("")
    lines.append(
        "合计: " + "，".join(f"{STATUS_LABELS[k]} {c[k]}" for k in STATUS_ORDER if c[k] or k != "not_applicable")
    )
    if r.figures:
        flags = r.checklist.figures.flags if r.checklist.figures else {}
        lines += ["", "关键数据:"]
        for f in r.figures:
            notes = [x for x in (f.period, f.scope_text, FIGURE_KIND_NOTES.get(f.kind)) if x]
            notes += [flags.get(x, x) for x in f.flags]
            lines.append(
                "  " + pad(clip(f.title, 24), 26) + pad(f.as_text(), 12) + clip("，".join(notes), evidence_width)
            )
    return "\n".join(lines)


def _metadata_lines(ev: Evaluation) -> list[str]:
    md = ev.metadata
    if md is None:
        return []
    resolved = f", {len(md.unnamed_resolved)} resolved from the one place named" if md.unnamed_resolved else ""
    lines = [
        f"issuer: named and found {md.named_found}/{md.named}; not named and left empty "
        f"{md.unnamed_empty}/{md.unnamed}{resolved}; wrong name {len(md.wrong)}",
        f"year: {md.years_right}/{md.years}",
    ]
    lines += [f"  wrong issuer  {d}: {found} (gold {gold or '—'})" for d, gold, found in md.wrong]
    return lines


def evaluation_table(ev: Evaluation, show_items: bool = True) -> str:
    m = ev.micro
    lines = [
        f"documents: {len(ev.documents)}    items per document: {len(ev.per_item)}",
        f"micro  precision {m.precision:.3f}  recall {m.recall:.3f}  F1 {m.f1:.3f}   (tp {m.tp}, fp {m.fp}, fn {m.fn})",
        f"macro  precision {ev.macro_precision:.3f}  recall {ev.macro_recall:.3f}  F1 {ev.macro_f1:.3f}",
        f"planned (gold) reported as covered: {len(ev.planned_as_covered)}",
        f"element sets identical (items positive in both): {ev.element_agreement[0]}/{ev.element_agreement[1]}",
        f"concrete flag agrees (items positive in both): {ev.concrete_agreement[0]}/{ev.concrete_agreement[1]}",
        *_metadata_lines(ev),
        "",
        "status confusion (rows: gold, columns: predicted)",
        pad("", 16) + "".join(pad(s, 16) for s in STATUS_ORDER),
    ]
    for g in STATUS_ORDER:
        if g in ev.confusion:
            lines.append(pad(g, 16) + "".join(pad(str(ev.confusion[g].get(p, 0)), 16) for p in STATUS_ORDER))
    if show_items:
        lines += ["", pad("item", 36) + "  tp  fp  fn   P     R     F1"]
        for k, v in ev.per_item.items():
            if v.tp + v.fp + v.fn:
                lines.append(f"{pad(k, 36)}{v.tp:4d}{v.fp:4d}{v.fn:4d}  {v.precision:.2f}  {v.recall:.2f}  {v.f1:.2f}")
    if ev.mismatches:
        lines += ["", "status differences (doc, item, gold → predicted)"]
        lines += [f"  {d}  {i}: {g} → {p}" for d, i, g, p in ev.mismatches]
    return "\n".join(lines)


def checklist_tree(cl, items: Iterable | None = None) -> str:
    """Readable tree of a checklist: areas, items, weights, elements and rules."""
    lines = [
        f"{cl.id} v{cl.version} — {cl.title}",
        f"  来源: {cl.source}",
        f"  适用报告年度: {cl.years[0]}–{cl.years[1]}    纲要时期: {cl.era}    默认模型: {cl.scoring.model}",
        "  等级: " + "，".join(f"{g.label}≥{g.min:g}" for g in cl.scoring.grades),
    ]
    chosen = list(items) if items is not None else list(cl.items)
    for area in cl.areas:
        its = [i for i in chosen if i.area == area.id]
        if not its:
            continue
        lines.append(f"├─ {area.id} {area.title} (权重 {area.weight:g})")
        for it in its:
            flag = (
                ""
                if it.applies_to(cl.era) and it.scored
                else ("  [不计分]" if not it.scored else f"  [仅{it.applies}纲要]")
            )
            lines.append(f"│  ├─ {it.id} {it.title} (权重 {it.weight:g}){flag}")
            lines.append(f"│  │    匹配: {it.match.describe()}")
            if it.exclude is not None:
                lines.append(f"│  │    排除: {it.exclude.describe()}")
            for el in it.elements:
                lines.append(f"│  │    要素 {el.id} {el.title}: {el.rule.describe()}")
    return "\n".join(lines)
