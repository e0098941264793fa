"""Render stage for comparisons: terminal table, CSV, XLSX, JSON, HTML and PDF."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any, TextIO

from .compare import Comparison
from .render import STATUS_LABELS, clip, pad
from .score import round_score

VIEWS = ("matrix", "ranking", "gaps", "changes")
STATUS_SHORT = {"covered": "✓", "partial": "◐", "planned": "○", "absent": "×", "not_applicable": "–"}


def _title(cmp: Comparison, item_id: str) -> str:
    return cmp.meta.get("items", {}).get(item_id, item_id)


def _area_of(cmp: Comparison, item_id: str) -> str:
    return cmp.meta.get("item_areas", {}).get(item_id, item_id.split(".")[0])


def area_ids(cmp: Comparison) -> list[str]:
    """Areas in checklist order, across all rows (rows may use different checklists)."""
    return list(dict.fromkeys(a for r in cmp.rows for a in r.areas))


def item_ids(cmp: Comparison) -> list[str]:
    return list(dict.fromkeys(i for r in cmp.rows for i in r.cells))


# ----------------------------------------------------------------------------- tables (rows)


def ranking_rows(cmp: Comparison) -> list[list[Any]]:
    head = [
        "排名",
        "单位",
        "单位键",
        "年度",
        "分组",
        "清单",
        "得分",
        "可比得分",
        "等级",
        "充分体现",
        "部分体现",
        "仅列入计划",
        "未体现",
        "文件",
    ]
    out: list[list[Any]] = [head]
    for r in cmp.rows:
        out.append(
            [
                r.rank,
                r.issuer,
                r.issuer_key,
                r.year,
                r.group or "",
                f"{r.checklist} v{r.version}",
                r.score,
                r.comparable,
                r.grade,
                r.counts.get("covered", 0),
                r.counts.get("partial", 0),
                r.counts.get("planned", 0),
                r.counts.get("absent", 0),
                r.path,
            ]
        )
    return out


def matrix_rows(cmp: Comparison, labels: bool = True) -> list[list[Any]]:
    areas = area_ids(cmp)
    items = item_ids(cmp)
    area_titles = cmp.meta.get("areas", {})
    head = ["排名", "单位", "年度", "分组", "清单", "得分", "等级"] + [
        f"{area_titles.get(a, a)}（领域得分）" for a in areas
    ]
    head += [f"{i} {_title(cmp, i)}" for i in items]
    out: list[list[Any]] = [head]
    for r in cmp.rows:
        row = [r.rank, r.issuer, r.year, r.group or "", f"{r.checklist} v{r.version}", r.score, r.grade]
        row += [r.areas.get(a) for a in areas]
        for i in items:
            c = r.cells.get(i)
            row.append("" if c is None else (STATUS_LABELS[c.status] if labels else c.status))
        out.append(row)
    return out


def gaps_rows(cmp: Comparison) -> list[list[Any]]:
    area_titles = cmp.meta.get("areas", {})
    out: list[list[Any]] = [["条目", "名称", "领域", "报告数", "未体现", "部分体现", "仅列入计划", "缺失占比"]]
    for g in cmp.gaps:
        out.append(
            [
                g.item_id,
                _title(cmp, g.item_id),
                area_titles.get(_area_of(cmp, g.item_id), ""),
                g.reports,
                g.absent,
                g.partial,
                g.planned,
                round(g.share, 4),
            ]
        )
    return out


def changes_rows(cmp: Comparison) -> list[list[Any]]:
    out: list[list[Any]] = [
        [
            "单位",
            "单位键",
            "上年",
            "本年",
            "上年得分",
            "本年得分",
            "分差",
            "可比分差",
            "同一清单",
            "新增体现",
            "不再体现",
            "持续体现数",
            "持续缺失数",
        ]
    ]
    for c in cmp.changes:
        out.append(
            [
                c.issuer,
                c.issuer_key,
                c.from_year,
                c.to_year,
                c.from_score,
                c.to_score,
                c.delta,
                round_score(c.to_comparable - c.from_comparable),
                "是" if c.same_checklist else "否",
                "、".join(_title(cmp, i) for i in c.newly),
                "、".join(_title(cmp, i) for i in c.dropped),
                len(c.unchanged_present),
                len(c.unchanged_absent),
            ]
        )
    return out


VIEW_ROWS = {"matrix": matrix_rows, "ranking": ranking_rows, "gaps": gaps_rows, "changes": changes_rows}


# ----------------------------------------------------------------------------- formats


def to_table(cmp: Comparison, errors: list[str], top: int = 10) -> str:
    lines = [cmp.comparable_note, ""]
    lines.append(
        pad("排名", 6) + pad("单位", 34) + pad("年度", 6) + pad("得分", 8) + pad("可比", 8) + pad("等级", 8) + "✓/◐/○/×"
    )
    for r in cmp.rows:
        c = r.counts
        lines.append(
            pad(str(r.rank), 6)
            + pad(clip(r.issuer, 32), 34)
            + pad(str(r.year or "—"), 6)
            + pad(f"{r.score:.1f}", 8)
            + pad(f"{r.comparable:.1f}", 8)
            + pad(r.grade, 8)
            + f"{c.get('covered', 0)}/{c.get('partial', 0)}/{c.get('planned', 0)}/{c.get('absent', 0)}"
        )
    lines += ["", f"最常缺失的条目（前{top}）"]
    for g in cmp.gaps[:top]:
        lines.append(f"  {g.share:6.0%}  {pad(clip(_title(cmp, g.item_id), 40), 42)}（{g.missing}/{g.reports}）")
    if cmp.changes:
        lines += ["", "年度变化"]
        for ch in cmp.changes:
            lines.append(
                f"  {ch.issuer} {ch.from_year}→{ch.to_year}: {ch.from_score:.1f}→{ch.to_score:.1f}（{ch.delta:+.1f}）"
                f" 新增 {len(ch.newly)} 项，不再体现 {len(ch.dropped)} 项"
            )
            if ch.dropped:
                lines.append("    不再体现: " + "、".join(_title(cmp, i) for i in ch.dropped))
            if ch.newly:
                lines.append("    新增体现: " + "、".join(_title(cmp, i) for i in ch.newly))
    if errors:
        lines += ["", f"未能评分的文件（{len(errors)}）"] + [f"  {e}" for e in errors]
    return "\n".join(lines)


def to_csv(cmp: Comparison, view: str = "matrix") -> bytes:
    """UTF-8 with BOM so that Excel shows Chinese correctly."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in VIEW_ROWS[view](cmp):
        writer.writerow(["" if v is None else v for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def comparison_dict(cmp: Comparison, errors: list[str]) -> dict[str, Any]:
    return {
        "checklists": cmp.checklists,
        "comparability": cmp.comparable_note,
        "shared_items": cmp.shared_items,
        "ranking": [
            {
                "rank": r.rank,
                "issuer": r.issuer,
                "issuer_key": r.issuer_key,
                "year": r.year,
                "group": r.group,
                "checklist": r.checklist,
                "version": r.version,
                "score": r.score,
                "comparable_score": r.comparable,
                "grade": r.grade,
                "path": r.path,
            }
            for r in cmp.rows
        ],
        "gaps": [
            {
                "item": g.item_id,
                "reports": g.reports,
                "absent": g.absent,
                "partial": g.partial,
                "planned": g.planned,
                "share": round(g.share, 4),
            }
            for g in cmp.gaps
        ],
        "changes": [
            {
                "issuer": c.issuer,
                "issuer_key": c.issuer_key,
                "from_year": c.from_year,
                "to_year": c.to_year,
                "from_score": c.from_score,
                "to_score": c.to_score,
                "delta": c.delta,
                "same_checklist": c.same_checklist,
                "newly_covered": list(c.newly),
                "dropped": list(c.dropped),
                "unchanged_present": list(c.unchanged_present),
                "unchanged_absent": list(c.unchanged_absent),
                "status_changes": [list(x) for x in c.status_changes],
            }
            for c in cmp.changes
        ],
        "trends": {k: [list(p) for p in v] for k, v in cmp.trends.items()},
        "errors": errors,
    }


def write_json(out: TextIO, cmp: Comparison, errors: list[str], reports: Any) -> None:
    """{"comparison": …, "reports": [score documents…]} — reports are streamed one by one."""
    out.write('{"comparison": ')
    out.write(json.dumps(comparison_dict(cmp, errors), ensure_ascii=False))
    out.write(', "reports": [')
    for n, doc in enumerate(reports):
        out.write((", " if n else "") + json.dumps(doc, ensure_ascii=False))
    out.write("]}\n")


FILLS = {"covered": "C8E6C9", "partial": "FFE082", "planned": "BBDEFB", "absent": "FFCDD2", "not_applicable": "E0E0E0"}


RED, AMBER, GREEN, WHITE = "F8696B", "FFEB84", "63BE7B", "FFFFFF"


def _scale(rule, low: float, mid: float, high: float, colors: tuple[str, str, str] = (RED, AMBER, GREEN)):
    """A three-colour scale for a score-like column (low → mid → high)."""
    return rule(
        start_type="num",
        start_value=low,
        start_color=colors[0],
        mid_type="num",
        mid_value=mid,
        mid_color=colors[1],
        end_type="num",
        end_value=high,
        end_color=colors[2],
    )


def to_xlsx(cmp: Comparison, errors: list[str]) -> bytes:
    """One sheet per view, frozen header, filters, conditional colouring of statuses and scores."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    sheets = [
        ("排名", ranking_rows(cmp)),
        ("矩阵", matrix_rows(cmp)),
        ("差距", gaps_rows(cmp)),
        ("变化", changes_rows(cmp)),
    ]
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for row in rows:
            ws.append(row)
        ncols = len(rows[0])
        for c in range(1, ncols + 1):
            cell = ws.cell(row=1, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="F1ECE4")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            width = max(len(str(r[c - 1])) if c - 1 < len(r) and r[c - 1] is not None else 0 for r in rows[:200])
            ws.column_dimensions[get_column_letter(c)].width = min(40, max(8, width * 1.6 + 2))
        ws.freeze_panes = "C2" if title in ("矩阵", "排名") else "B2"
        last = f"{get_column_letter(ncols)}{max(2, len(rows))}"
        ws.auto_filter.ref = f"A1:{last}"
        full = f"A2:{last}"
        if title == "矩阵":
            for status, color in FILLS.items():
                ws.conditional_formatting.add(
                    full,
                    CellIsRule(
                        operator="equal",
                        formula=[f'"{STATUS_LABELS[status]}"'],
                        fill=PatternFill("solid", bgColor=color),
                    ),
                )
        score_cols = {
            "排名": ["G", "H"],
            "矩阵": ["F"] + [get_column_letter(8 + k) for k in range(len(area_ids(cmp)))],
            "差距": [],
            "变化": ["G"],
        }[title]
        for col in score_cols:
            rng = f"{col}2:{col}{max(2, len(rows))}"
            if title == "变化":
                rule = _scale(ColorScaleRule, -20, 0, 20, (RED, WHITE, GREEN))
            else:
                rule = _scale(ColorScaleRule, 0, 60, 100)
            ws.conditional_formatting.add(rng, rule)
        if title == "差距":
            ws.conditional_formatting.add(
                f"H2:H{max(2, len(rows))}", _scale(ColorScaleRule, 0, 0.5, 1, (WHITE, "FCE4D6", RED))
            )
    ws = wb.create_sheet("说明")
    notes: list[list[Any]] = [
        ["可比性", cmp.comparable_note],
        ["清单", "、".join(cmp.checklists)],
        ["共同条目数", len(cmp.shared_items)],
        ["状态颜色", "绿=充分体现 黄=部分体现 蓝=仅列入计划 红=未体现"],
        *[["未能评分", e] for e in errors],
    ]
    for note in notes:
        ws.append(note)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 100
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------- HTML / PDF


def _heat(score: float | None) -> str:
    if score is None:
        return "#eeeeee"
    # red (0) → amber (60) → green (100)
    if score < 60:
        t = score / 60
        r, g, b = 244, int(67 + (190 - 67) * t), int(54 + (70 - 54) * t)
    else:
        t = (score - 60) / 40
        r, g, b = int(244 - (244 - 76) * t), int(190 - (190 - 175) * t), int(70 + (80 - 70) * t)
    return f"#{r:02x}{g:02x}{b:02x}"


def _trend_svg(points: list[tuple[int, float]]) -> dict[str, Any]:
    w, h, pad_x, pad_y = 220, 70, 24, 10
    years = [p[0] for p in points]
    span = max(1, years[-1] - years[0])
    coords = []
    for y, s in points:
        x = pad_x + (w - 2 * pad_x) * (y - years[0]) / span
        yy = h - pad_y - (h - 2 * pad_y) * s / 100
        coords.append({"x": round(x, 1), "y": round(yy, 1), "year": y, "score": s})
    return {"w": w, "h": h, "points": coords, "path": " ".join(f"{c['x']},{c['y']}" for c in coords)}


def render_html(cmp: Comparison, errors: list[str], generated: date | None = None, family: str | None = None) -> str:
    from .audit import _css_text, _env, svg_font, with_family

    areas = area_ids(cmp)
    titles = cmp.meta.get("areas", {})
    ctx = {
        "title": "法治政府建设年度报告比较分析",
        "generated": (generated or date.today()).isoformat(),
        "note": cmp.comparable_note,
        "areas": [{"id": a, "title": titles.get(a, a)} for a in areas],
        "rows": [
            {
                "rank": r.rank,
                "issuer": r.issuer,
                "year": r.year,
                "group": r.group,
                "score": r.score,
                "comparable": r.comparable,
                "grade": r.grade,
                "checklist": r.checklist,
                "counts": r.counts,
                "heat": [{"score": r.areas.get(a), "color": _heat(r.areas.get(a))} for a in areas],
            }
            for r in cmp.rows
        ],
        "gaps": [
            {
                "title": _title(cmp, g.item_id),
                "area": titles.get(_area_of(cmp, g.item_id), ""),
                "share": g.share,
                "missing": g.missing,
                "reports": g.reports,
                "absent": g.absent,
                "partial": g.partial,
                "planned": g.planned,
            }
            for g in cmp.gaps[:20]
        ],
        "changes": [
            {
                "issuer": c.issuer,
                "from_year": c.from_year,
                "to_year": c.to_year,
                "from_score": c.from_score,
                "to_score": c.to_score,
                "delta": c.delta,
                "same": c.same_checklist,
                "newly": [_title(cmp, i) for i in c.newly],
                "dropped": [_title(cmp, i) for i in c.dropped],
            }
            for c in cmp.changes
        ],
        "trends": [
            {"issuer": next((r.issuer for r in cmp.rows if r.issuer_key == k), k), "chart": _trend_svg(v)}
            for k, v in cmp.trends.items()
        ],
        "errors": errors,
        "css": with_family(_css_text(), family),
        "svg_font": svg_font(family),
    }
    return _env().get_template("compare.html.j2").render(**ctx)


def to_pdf(cmp: Comparison, errors: list[str], generated: date | None = None) -> bytes:
    from .audit import PdfRenderer

    renderer = PdfRenderer()
    return renderer.pdf(render_html(cmp, errors, generated, renderer.family))
