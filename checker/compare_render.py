"""Render stage for comparisons: terminal table, CSV, XLSX, JSON, HTML and PDF.

Every format is built from the same views (ranking, matrix, gaps, changes, waivers), so the
formats agree. Report text is untrusted: CSV cells that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``) are neutralised with a leading apostrophe (OWASP), and XLSX text is
always written as text, never as a formula.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any, TextIO

from .compare import Comparison, Row
from .figures import plain, value_text
from .render import STATUS_LABELS, clip, pad

NOT_SCORED = "不计分"


def _title(cmp: Comparison, item_id: str) -> str:
    return cmp.meta.get("items", {}).get(item_id, item_id)


def _area_of(cmp: Comparison, item_id: str) -> str:
    return cmp.meta.get("item_areas", {}).get(item_id, item_id.split(".")[0])


def area_ids(cmp: Comparison) -> list[str]:
    """Areas in checklist order, across all rows (rows may use different checklists)."""
    return list(dict.fromkeys(a for r in cmp.rows for a in r.areas))


def item_ids(cmp: Comparison) -> list[str]:
    return list(dict.fromkeys(i for r in cmp.rows for i in r.cells))


def cell_label(row: Row, item_id: str) -> str:
    """What the matrix shows: the status, 不计分 for an item this report's era does not score."""
    c = row.cells.get(item_id)
    if c is None:
        return ""
    if c.not_scored:
        return NOT_SCORED
    return STATUS_LABELS[c.status]


def _note(r: Row) -> str:
    return r.note


# ----------------------------------------------------------------------------- views (rows)


def ranking_rows(cmp: Comparison) -> list[list[Any]]:
    out: list[list[Any]] = [
        [
            "年度",
            "分组",
            "排名",
            "单位",
            "单位键",
            "单位键说明",
            "清单",
            "得分",
            "可比得分",
            "等级",
            "充分体现",
            "部分体现",
            "仅列入计划",
            "未体现",
            "不适用",
            "文件",
        ]
    ]
    for r in cmp.rows:
        c = r.counts
        out.append(
            [
                r.year,
                r.group or "",
                r.rank,
                r.issuer,
                r.issuer_key,
                _note(r),
                f"{r.checklist} v{r.version}",
                r.score,
                r.comparable,
                r.grade,
                c.get("covered", 0),
                c.get("partial", 0),
                c.get("planned", 0),
                c.get("absent", 0),
                c.get("not_applicable", 0),
                r.path,
            ]
        )
    return out


def matrix_rows(cmp: Comparison, labels: bool = True) -> list[list[Any]]:
    areas = area_ids(cmp)
    items = item_ids(cmp)
    area_titles = cmp.meta.get("areas", {})
    head = ["年度", "分组", "排名", "单位", "清单", "得分", "等级"]
    head += [f"{area_titles.get(a, a)}（领域得分）" for a in areas]
    head += [f"{i} {_title(cmp, i)}" for i in items] + ["文件"]
    out: list[list[Any]] = [head]
    for r in cmp.rows:
        row = [r.year, r.group or "", r.rank, r.issuer, f"{r.checklist} v{r.version}", r.score, r.grade]
        row += [r.areas.get(a) for a in areas]
        for i in items:
            c = r.cells.get(i)
            if labels or c is None:
                row.append(cell_label(r, i))
            else:
                row.append("not_scored" if c.not_scored else c.status)
        row.append(r.path)
        out.append(row)
    return out


def gaps_rows(cmp: Comparison) -> list[list[Any]]:
    area_titles = cmp.meta.get("areas", {})
    out: list[list[Any]] = [
        [
            "条目",
            "名称",
            "领域",
            "计分报告数",
            "未体现",
            "未体现占比",
            "部分体现",
            "部分体现占比",
            "仅列入计划",
            "仅列入计划占比",
        ]
    ]
    for g in cmp.gaps:
        out.append(
            [
                g.item_id,
                _title(cmp, g.item_id),
                area_titles.get(_area_of(cmp, g.item_id), ""),
                g.reports,
                g.absent,
                round(g.absent_share, 4),
                g.partial,
                round(g.partial_share, 4),
                g.planned,
                round(g.planned_share, 4),
            ]
        )
    return out


def changes_rows(cmp: Comparison) -> list[list[Any]]:
    out: list[list[Any]] = [
        [
            "单位",
            "单位键",
            "单位键说明",
            "上年",
            "本年",
            "上年得分",
            "本年得分",
            "分差",
            "可比分差",
            "比较基础",
            "新增体现",
            "不再体现",
            "持续体现数",
            "持续缺失数",
            "上年文件",
            "本年文件",
        ]
    ]
    for c in cmp.changes:
        out.append(
            [
                c.issuer,
                c.issuer_key,
                c.key_note,
                c.from_year,
                c.to_year,
                c.from_score,
                c.to_score,
                c.delta,
                c.comparable_delta,
                c.basis,
                "、".join(_title(cmp, i) for i in c.newly),
                "、".join(_title(cmp, i) for i in c.dropped),
                len(c.unchanged_present),
                len(c.unchanged_absent),
                c.from_path,
                c.to_path,
            ]
        )
    return out


def figure_ids(cmp: Comparison) -> list[str]:
    """Key figures in checklist order (every one, so a CSV has the same columns every time)."""
    ids = list(cmp.meta.get("figures", {}))
    return ids + [f for r in cmp.rows for f in r.figures if f not in ids]


def _figure_head(cmp: Comparison, fid: str) -> str:
    title, unit = cmp.meta.get("figures", {}).get(fid, (fid, ""))
    return f"{title}（{unit}）" if unit else title


def _figure_notes(cmp: Comparison, r: Row) -> str:
    flags = cmp.meta.get("figure_flags", {})
    notes = []
    for fid, c in r.figures.items():
        title = cmp.meta.get("figures", {}).get(fid, (fid, ""))[0]
        parts = (["约数"] if c.approx else []) + ([f"报告给出{c.values}个数值，取第一个"] if c.values > 1 else [])
        parts += [flags.get(x, x) for x in c.flags]
        if parts:
            notes.append(f"{title}：{'，'.join(parts)}")
    return "；".join(notes)


def figure_rows(cmp: Comparison) -> list[list[Any]]:
    """关键数据: one row per report, per figure its value and the change since the issuer's
    previous report that gives it (rates in percentage points)."""
    ids = figure_ids(cmp)
    head: list[Any] = ["单位", "单位键", "年度"]
    for fid in ids:
        head += [_figure_head(cmp, fid), "较上年"]
    out: list[list[Any]] = [head + ["提示", "文件"]]
    for r in cmp.rows:
        row: list[Any] = [r.issuer, r.issuer_key, r.year]
        for fid in ids:
            c = r.figures.get(fid)
            ch = cmp.figure_changes.get((r.issuer_key, r.year or 0, fid))
            row += [None if c is None else plain(c.value), None if ch is None else plain(ch[1])]
        out.append(row + [_figure_notes(cmp, r), r.path])
    return out


def _pct(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def reuse_rows(cmp: Comparison, peers: int = 3) -> list[list[Any]]:
    """文本重复: per report, the share repeating its issuer's previous report, and the most
    similar other reports (shares of this report's compared sentences)."""
    head: list[Any] = ["单位", "年度", "比较句数", "套话句数", "上年度", "与上年重复句数", "与上年重复比例"]
    for n in range(1, peers + 1):
        head += [f"相似报告{n}", f"共有比例{n}"]
    out: list[list[Any]] = [head + ["上年文件", "文件"]]
    for r in cmp.rows:
        t = r.reuse
        if t is None:
            continue
        row: list[Any] = [
            r.issuer,
            r.year,
            t.sentences,
            t.boilerplate,
            t.prior_year,
            t.repeated,
            _pct(t.repeated_share),
        ]
        for n in range(peers):
            if n < len(t.peers):
                issuer, year, _path, share = t.peers[n]
                row += [f"{issuer} · {year or '—'}", _pct(share)]
            else:
                row += [None, None]
        out.append(row + [t.prior_path, r.path])
    return out


def waiver_rows(cmp: Comparison) -> list[list[Any]]:
    out: list[list[Any]] = [["单位", "年度", "条目", "名称", "豁免理由", "批准", "有效期至", "依据文件", "文件"]]
    for r in cmp.rows:
        for item_id, w in r.waivers:
            out.append(
                [
                    r.issuer,
                    r.year,
                    item_id,
                    _title(cmp, item_id),
                    w.get("justification", ""),
                    w.get("approver", ""),
                    w.get("expires", ""),
                    w.get("source", ""),
                    r.path,
                ]
            )
    return out


VIEW_ROWS = {
    "matrix": matrix_rows,
    "ranking": ranking_rows,
    "gaps": gaps_rows,
    "changes": changes_rows,
    "figures": figure_rows,
    "reuse": reuse_rows,
    "waivers": waiver_rows,
}


# ----------------------------------------------------------------------------- safety


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet would evaluate (=cmd|…) gets a leading apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# ----------------------------------------------------------------------------- formats


def to_table(cmp: Comparison, errors: list[str], top: int = 10) -> str:
    lines = [cmp.comparable_note, ""]
    year = object()
    for r in cmp.rows:
        if r.year != year:
            year = r.year
            lines += ["", f"【{str(r.year) + '年度' if r.year else '年度未识别'}】"]
            lines.append(
                pad("排名", 6)
                + pad("单位", 34)
                + pad("得分", 8)
                + pad("可比", 8)
                + pad("等级", 8)
                + pad("✓/◐/○/×", 14)
                + "文件"
            )
        c = r.counts
        lines.append(
            pad(str(r.rank), 6)
            + pad(clip(r.issuer + (f"（{r.group}）" if r.group else ""), 32), 34)
            + pad(f"{r.score:.1f}", 8)
            + pad(f"{r.comparable:.1f}", 8)
            + pad(r.grade, 8)
            + pad(f"{c.get('covered', 0)}/{c.get('partial', 0)}/{c.get('planned', 0)}/{c.get('absent', 0)}", 14)
            + r.path
        )
        if r.note:
            lines.append(" " * 6 + f"注：{r.note}")
    lines += ["", f"最常缺失的条目（前{top}；占比为在计分报告中的比例）"]
    for g in cmp.gaps[:top]:
        lines.append(
            f"  {pad(clip(_title(cmp, g.item_id), 36), 38)}未体现 {g.absent}/{g.reports}（{g.absent_share:.0%}）"
            f"  部分 {g.partial}  计划 {g.planned}"
        )
    if cmp.changes:
        lines += ["", "年度变化"]
        for ch in cmp.changes:
            lines.append(
                f"  {ch.issuer} {ch.from_year}→{ch.to_year}: {ch.from_score:.1f}→{ch.to_score:.1f}（{ch.delta:+.1f}；"
                f"{ch.basis}）新增 {len(ch.newly)} 项，不再体现 {len(ch.dropped)} 项"
            )
            if ch.ambiguous:
                lines.append(f"    注: {ch.key_note}")
            if ch.dropped:
                lines.append("    不再体现: " + "、".join(_title(cmp, i) for i in ch.dropped))
            if ch.newly:
                lines.append("    新增体现: " + "、".join(_title(cmp, i) for i in ch.newly))
    reuse = _reuse_table(cmp)
    shown = [x for x in reuse if x["prior"] != "—" or x["peers"] != "—"][:top]
    if shown:
        lines += ["", "文本重复（与上年报告、与其他报告近似重复的句子比例）"]
        for x in shown:
            lines.append(
                f"  {pad(clip(x['issuer'], 24), 26)}{x['year'] or '—'}  与上年: {x['prior']}  共有: {x['peers']}"
            )
    waivers = waiver_rows(cmp)[1:]
    if waivers:
        lines += ["", "豁免（不适用）条目"]
        lines += [f"  {w[0]} {w[1]}: {w[3]}（{w[4]}；批准：{w[5]}；有效期至 {w[6]}）" for w in waivers]
    if errors:
        lines += ["", f"未能评分的文件（{len(errors)}）"] + [f"  {e}" for e in errors]
    return "\n".join(lines)


def to_csv(cmp: Comparison, view: str = "matrix") -> bytes:
    """UTF-8 with BOM so that Excel shows Chinese correctly; cells neutralised (see csv_safe)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in VIEW_ROWS[view](cmp):
        writer.writerow(["" if v is None else csv_safe(v) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def comparison_dict(cmp: Comparison, errors: list[str]) -> dict[str, Any]:
    items = item_ids(cmp)
    return {
        "checklists": cmp.checklists,
        "model": cmp.model,
        "comparability": cmp.comparable_note,
        "shared_items": cmp.shared_items,
        "ranking": [
            {
                "year": r.year,
                "group": r.group,
                "rank": r.rank,
                "issuer": r.issuer,
                "issuer_key": r.issuer_key,
                "issuer_key_ambiguous": r.ambiguous,
                "issuer_kind": r.kind,
                "note": r.note or None,
                "duplicate": r.duplicate,
                "checklist": r.checklist,
                "version": r.version,
                "score": r.score,
                "comparable_score": r.comparable,
                "grade": r.grade,
                "counts": r.counts,
                "areas": r.areas,
                "statuses": {
                    i: ("not_scored" if r.cells[i].not_scored else r.cells[i].status) for i in items if i in r.cells
                },
                "waivers": [{"item": i, **w} for i, w in r.waivers],
                "path": r.path,
            }
            for r in cmp.rows
        ],
        "gaps": [
            {
                "item": g.item_id,
                "title": _title(cmp, g.item_id),
                "reports": g.reports,
                "absent": g.absent,
                "absent_share": round(g.absent_share, 4),
                "partial": g.partial,
                "partial_share": round(g.partial_share, 4),
                "planned": g.planned,
                "planned_share": round(g.planned_share, 4),
            }
            for g in cmp.gaps
        ],
        "changes": [
            {
                "issuer": c.issuer,
                "issuer_key": c.issuer_key,
                "issuer_key_ambiguous": c.ambiguous,
                "from_year": c.from_year,
                "to_year": c.to_year,
                "from_path": c.from_path,
                "to_path": c.to_path,
                "from_score": c.from_score,
                "to_score": c.to_score,
                "delta": c.delta,
                "comparable_delta": c.comparable_delta,
                "same_checklist": c.same_checklist,
                "basis": c.basis,
                "newly_covered": list(c.newly),
                "dropped": list(c.dropped),
                "unchanged_present": list(c.unchanged_present),
                "unchanged_absent": list(c.unchanged_absent),
                "status_changes": [list(x) for x in c.status_changes],
            }
            for c in cmp.changes
        ],
        "figures": [
            {
                "issuer": r.issuer,
                "issuer_key": r.issuer_key,
                "year": r.year,
                "path": r.path,
                "figures": {
                    fid: {
                        "value": plain(c.value),
                        "unit": c.unit,
                        "approx": c.approx,
                        "values": c.values,
                        "flags": list(c.flags),
                        "change": None
                        if (ch := cmp.figure_changes.get((r.issuer_key, r.year or 0, fid))) is None
                        else {"from_year": ch[0], "delta": plain(ch[1])},
                    }
                    for fid, c in r.figures.items()
                },
            }
            for r in cmp.rows
        ],
        "reuse": [
            {
                "issuer": r.issuer,
                "issuer_key": r.issuer_key,
                "year": r.year,
                "path": r.path,
                "sentences": r.reuse.sentences,
                "boilerplate_sentences": r.reuse.boilerplate,
                "prior_year": r.reuse.prior_year,
                "prior_path": r.reuse.prior_path,
                "repeated_sentences": r.reuse.repeated,
                "repeated_share": _pct(r.reuse.repeated_share),
                "peers": [
                    {"issuer": issuer, "year": year, "path": path, "shared_share": _pct(share)}
                    for issuer, year, path, share in r.reuse.peers
                ],
            }
            for r in cmp.rows
            if r.reuse is not None
        ],
        "reuse_method": cmp.meta.get("reuse_method"),
        "duplicates": [{"issuer_key": k, "year": y, "paths": p} for k, y, p in cmp.duplicates],
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


FILLS = {
    "covered": "C8E6C9",
    "partial": "FFE082",
    "planned": "BBDEFB",
    "absent": "FFCDD2",
    "not_applicable": "E0E0E0",
}
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


def _col(head: list[Any], name: str) -> int:
    return head.index(name) + 1


def to_xlsx(cmp: Comparison, errors: list[str]) -> bytes:
    """One sheet per view, frozen header, filters, conditional colouring; text is never a formula."""
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
        ("关键数据", figure_rows(cmp)),
        ("文本重复", reuse_rows(cmp)),
        ("豁免", waiver_rows(cmp)),
    ]
    for n, (title, rows) in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = title
        for row in rows:
            ws.append(row)
        for cells in ws.iter_rows():
            for cell in cells:
                if cell.data_type == "f":  # a text starting with "=" from a report: keep it text
                    cell.data_type = "s"
        head = rows[0]
        ncols = len(head)
        for c in range(1, ncols + 1):
            cell = ws.cell(row=1, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="F1ECE4")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            width = max(len(str(r[c - 1])) if c - 1 < len(r) and r[c - 1] is not None else 0 for r in rows[:200])
            ws.column_dimensions[get_column_letter(c)].width = min(40, max(8, width * 1.6 + 2))
        ws.freeze_panes = "E2" if title in ("矩阵", "排名") else "D2" if title == "关键数据" else "B2"
        last_row = max(2, len(rows))
        last = f"{get_column_letter(ncols)}{last_row}"
        ws.auto_filter.ref = f"A1:{last}"
        if title == "矩阵":
            full = f"A2:{last}"
            for status, color in FILLS.items():
                ws.conditional_formatting.add(
                    full,
                    CellIsRule(
                        operator="equal",
                        formula=[f'"{STATUS_LABELS[status]}"'],
                        fill=PatternFill("solid", bgColor=color),
                    ),
                )
            first_area = _col(head, "等级") + 1
            score_cols = [_col(head, "得分")] + list(range(first_area, first_area + len(area_ids(cmp))))
        elif title == "排名":
            score_cols = [_col(head, "得分"), _col(head, "可比得分")]
        elif title == "文本重复":
            score_cols = []
            for c in [_col(head, "与上年重复比例")] + [
                n + 1 for n, h in enumerate(head) if str(h).startswith("共有比例")
            ]:
                col = get_column_letter(c)
                ws.conditional_formatting.add(
                    f"{col}2:{col}{last_row}", _scale(ColorScaleRule, 0, 0.5, 1, (WHITE, "FCE4D6", RED))
                )
                for row_cells in ws.iter_rows(min_row=2, min_col=c, max_col=c):
                    for cell in row_cells:
                        cell.number_format = "0.0%"
        elif title == "变化":
            score_cols = []
            for name in ("分差", "可比分差"):
                col = get_column_letter(_col(head, name))
                ws.conditional_formatting.add(
                    f"{col}2:{col}{last_row}", _scale(ColorScaleRule, -20, 0, 20, (RED, WHITE, GREEN))
                )
        else:
            score_cols = []
        for c in score_cols:
            col = get_column_letter(c)
            ws.conditional_formatting.add(f"{col}2:{col}{last_row}", _scale(ColorScaleRule, 0, 60, 100))
        if title == "差距":
            for name in ("未体现占比", "部分体现占比", "仅列入计划占比"):
                col = get_column_letter(_col(head, name))
                ws.conditional_formatting.add(
                    f"{col}2:{col}{last_row}", _scale(ColorScaleRule, 0, 0.5, 1, (WHITE, "FCE4D6", RED))
                )
    ws = wb.create_sheet("说明")
    notes: list[list[Any]] = [
        ["可比性", cmp.comparable_note],
        ["清单", "、".join(cmp.checklists)],
        ["共同条目数", len(cmp.shared_items)],
        ["排名", "按年度（及分组）分别排名；并列者名次相同"],
        ["差距", "占比 = 该状态的报告数 ÷ 计分该条目的报告数"],
        ["状态", "绿=充分体现 黄=部分体现 蓝=仅列入计划 红=未体现 灰=不适用；不计分 = 该报告所用纲要不计分的条目"],
        [
            "关键数据",
            "每份报告每项指标取原文第一个实绩数值（下一年度安排中的目标值、报告年度以前年份的数值不计入）；较上年 = 与同一单位上一份给出该指标的报告之差，"
            "比率为百分点；约数、多个数值和需核对的情况见“提示”列",
        ],
        *([["文本重复", cmp.meta["reuse_method"]]] if cmp.meta.get("reuse_method") else []),
        *[["重复", f"{k} {y}年度：{'、'.join(p)}"] for k, y, p in cmp.duplicates],
        *[["单位键说明", f"{r.issuer}（{r.path}）：{r.note}"] for r in cmp.rows if r.note],
        *[["未能评分", e] for e in errors],
    ]
    for note in notes:
        ws.append(note)
    for cells in ws.iter_rows():
        for cell in cells:
            if cell.data_type == "f":
                cell.data_type = "s"
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


#: Reports shown in the PDF's text-reuse table (the most repetitive first); XLSX/CSV list all.
REUSE_PDF_ROWS = 20


def _reuse_table(cmp: Comparison) -> list[dict[str, Any]]:
    rows = [r for r in cmp.rows if r.reuse is not None]
    rows.sort(
        key=lambda r: (
            -(r.reuse.repeated_share or 0),  # type: ignore[union-attr]
            -max((p[3] for p in r.reuse.peers), default=0),  # type: ignore[union-attr]
            r.issuer,
        )
    )
    out = []
    for r in rows[:REUSE_PDF_ROWS]:
        t = r.reuse
        assert t is not None
        out.append(
            {
                "issuer": r.issuer,
                "year": r.year,
                "prior": "—"
                if t.repeated_share is None
                else f"{t.repeated_share:.0%}（{t.repeated}/{t.sentences}句，对{t.prior_year}年）",
                "peers": "；".join(f"{i} · {y or '—'} {sh:.0%}" for i, y, _p, sh in t.peers) or "—",
                "boilerplate": t.boilerplate,
            }
        )
    return out


def _figure_sections(cmp: Comparison) -> list[dict[str, Any]]:
    """Per key figure, the reports that give it, largest first (a reviewer's league table)."""
    flags = cmp.meta.get("figure_flags", {})
    out = []
    for fid in figure_ids(cmp):
        title, unit = cmp.meta.get("figures", {}).get(fid, (fid, ""))
        rows: list[dict[str, Any]] = []
        for r in cmp.rows:
            c = r.figures.get(fid)
            if c is None:
                continue
            ch = cmp.figure_changes.get((r.issuer_key, r.year or 0, fid))
            delta = "—" if ch is None else f"{ch[1]:+g}{'个百分点' if c.unit == '%' else c.unit}（{ch[0]}年）"
            notes = (["约数"] if c.approx else []) + ([f"共{c.values}个数值"] if c.values > 1 else [])
            rows.append(
                {
                    "issuer": r.issuer,
                    "year": r.year,
                    "sort": c.value,
                    "value": value_text(c.value, c.unit, c.approx),
                    "change": delta,
                    "notes": "；".join(notes + [flags.get(x, x) for x in c.flags]),
                }
            )
        if rows:
            rows.sort(key=lambda x: (-float(x["sort"]), str(x["issuer"])))
            out.append({"title": f"{title}（{unit}）" if unit else title, "rows": rows})
    return out


def render_html(cmp: Comparison, errors: list[str], generated: date | None = None, family: str | None = None) -> str:
    from .audit import css_text, svg_font, template_env, with_family

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
                "note": r.note,
                "path": r.path,
                "heat": [{"score": r.areas.get(a), "color": _heat(r.areas.get(a))} for a in areas],
            }
            for r in cmp.rows
        ],
        "gaps": [
            {
                "title": _title(cmp, g.item_id),
                "area": titles.get(_area_of(cmp, g.item_id), ""),
                "reports": g.reports,
                "absent": g.absent,
                "absent_share": g.absent_share,
                "partial": g.partial,
                "planned": g.planned,
            }
            for g in cmp.gaps[:20]
        ],
        "changes": [
            {
                "issuer": c.issuer,
                "key_note": c.key_note,
                "from_year": c.from_year,
                "to_year": c.to_year,
                "from_score": c.from_score,
                "to_score": c.to_score,
                "delta": c.delta,
                "basis": c.basis,
                "same": c.same_checklist,
                "newly": [_title(cmp, i) for i in c.newly],
                "dropped": [_title(cmp, i) for i in c.dropped],
            }
            for c in cmp.changes
        ],
        "trends": [{"issuer": cmp.issuer_label(k), "chart": _trend_svg(v)} for k, v in cmp.trends.items()],
        "figures": _figure_sections(cmp),
        "reuse": _reuse_table(cmp),
        "reuse_method": cmp.meta.get("reuse_method"),
        "waivers": waiver_rows(cmp)[1:],
        "duplicates": cmp.duplicates,
        "errors": errors,
        "css": with_family(css_text(), family),
        "svg_font": svg_font(family),
    }
    return template_env().get_template("compare.html.j2").render(**ctx)


def to_pdf(cmp: Comparison, errors: list[str], generated: date | None = None, renderer: Any = None) -> bytes:
    """The comparison as PDF; ``renderer`` is a :class:`~checker.audit.PdfRenderer` or a
    :class:`~checker.audit.PdfPool` started before the reports were scored."""
    from .audit import PdfPool, PdfRenderer

    renderer = renderer or PdfRenderer()
    html = render_html(cmp, errors, generated, renderer.family)
    if isinstance(renderer, PdfPool):
        return next(iter(renderer.pdfs([html])))
    return renderer.pdf(html)
