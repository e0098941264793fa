"""Probe sentences: how the rules read sentences written the way reports' bodies write them.

    python bench/probe.py [--misses]

The held-out sets (bench/holdout) are openings: the first ~700 characters of real reports,
which rarely reach the items a report's body covers (reconsideration, enforcement, openness …).
`probes/sentences.tsv` holds 842 sentences a developer wrote as such bodies write them — a
district's, a department's, a sector bureau's, a police bureau's, a development zone's, a township's, a street office's, a province's, a ministry's, a 2017 and a 2020 city's, a 2018 county's, a 2025 district's — each put alone into a
report of that kind (a title, an introduction, a results heading), with the status the item
should get; one set names topics without doing them (a meeting's subjects, a law studied, a
unit's name), or states them as shortcomings or plans. Expected statuses follow
`../shared/spec/items.yaml` and the gold README's conventions; sentences on which those
conventions are silent were left out.

`probes/whole/` holds sixty-eight whole reports written the same way — a department's, a town's,
a province's, a ministry's, a street office's WeChat article, one saved in Big5, one without
sections for its problems and plans … — labelled item by item with their key figures
(`whole/labels.yaml`).

`probes/figures.tsv` holds 57 sentences stating a key figure, each with the figure and value a
reviewer would read off it (one number each, or a comparison with last year's).

These are not real reports and were written by the person who wrote the rules, so the figure
is a check of wording a reviewer would expect, not an accuracy estimate (that is the held-out
sets' job). Each set's first run, before any rule was written from it, is in
`probes/README.md`. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import score_file, score_text  # noqa: E402

INTRO = "现将有关情况报告如下：\n"
RESULTS = "一、主要举措和成效\n"
CONTEXTS = {
    "district": "某区人民政府关于2022年度法治政府建设情况的报告\n2022年，某区坚持以习近平新时代中国特色社会主义"
    "思想为指导，深入推进法治政府建设。" + INTRO + RESULTS + "（一）重点工作\n",
    "department": "某市市场监督管理局2022年法治政府建设年度报告\n2022年，我局坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "sector": "某市生态环境局2022年法治政府建设年度报告\n2022年，我局坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "ministry": "某某部2022年法治政府建设年度报告\n2022年，某某部坚持以习近平法治思想为指导，深入推进法治政府建设。"
    + INTRO
    + RESULTS,
    "street": "某某街道办事处2022年法治政府建设年度报告\n2022年，某某街道坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "county-2023": "某县人民政府关于2023年度法治政府建设情况的报告\n2023年，某县坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "city-2017": "宝鸡市人民政府关于2017年度法治政府建设工作情况的报告\n2017年，我市深入推进依法行政，加快建设法治政府。"
    + INTRO
    + "一、主要工作\n",
    "police": "某市公安局2022年法治政府建设年度报告\n2022年，市公安局坚持以习近平法治思想为指导，深入推进法治公安建设。"
    + INTRO
    + RESULTS,
    "zone": "某经济技术开发区管理委员会2023年法治政府建设情况报告\n2023年，开发区管委会坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "city-2020": "某市人民政府关于2020年法治政府建设情况的报告\n2020年是《法治政府建设实施纲要(2015—2020年)》收官之年。"
    + INTRO
    + RESULTS,
    "district-2025": "某区人民政府关于2025年度法治政府建设情况的报告\n2025年，某区坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "township": "某某镇人民政府关于2022年度法治政府建设情况的报告\n2022年，我镇坚持以习近平法治思想为指导，"
    "深入推进法治政府建设。" + INTRO + RESULTS,
    "province": "某某省人民政府关于2022年法治政府建设情况的报告\n国务院：\n2022年，省政府坚持以习近平法治思想"
    "为指导，深入推进法治政府建设。" + INTRO + RESULTS,
    "county-2018": "某县人民政府关于2018年度依法行政工作情况的报告\n2018年，某县深入推进依法行政，加快建设法治政府。"
    + INTRO
    + "一、主要工作\n",
    "county-2018-shortcomings": "某县人民政府关于2018年度依法行政工作情况的报告\n一、主要工作\n全年开展法治培训3次。\n"
    "二、存在的问题\n",
    "district-shortcomings": "某区人民政府关于2022年度法治政府建设情况的报告\n" + RESULTS + "全年开展法治培训3次。\n"
    "二、存在的不足和原因\n",
    "district-plans": "某区人民政府关于2022年度法治政府建设情况的报告\n" + RESULTS + "全年开展法治培训3次。\n"
    "二、存在的不足\n法治意识有待提高。\n三、下一步工作安排\n",
}


def status_matches(got: str, expected: str) -> bool:
    return got in ("covered", "partial") if expected == "covered" else got == expected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="list the sentences read otherwise than expected")
    args = ap.parse_args()
    with open(ROOT / "bench" / "probes" / "sentences.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    misses = []
    for row in rows:
        got = score_text(CONTEXTS[row["context"]] + row["sentence"] + "\n", name="probe.txt").item(row["item"]).status
        total[row["set"]] += 1
        if status_matches(got, row["expected"]):
            right[row["set"]] += 1
        else:
            misses.append((row["set"], row["item"], row["expected"], got, row["sentence"]))
    for name in total:
        print(f"{name:14s} {right[name]:4d} / {total[name]:<4d}")
    print(f"{'all':14s} {sum(right.values()):4d} / {sum(total.values())}")
    if args.misses:
        for name, item, expected, got, sentence in misses:
            print(f"  {name}: {item} {got} (expected {expected}): {sentence}")
    whole_reports(args.misses)
    # key figures: each sentence gives the figure and value the reviewer would read off it
    with open(ROOT / "bench" / "probes" / "figures.tsv", encoding="utf-8") as f:
        figs = list(csv.DictReader(f, delimiter="\t"))
    found, missed = 0, []
    for row in figs:
        got = [(x.id, x.value) for x in score_text(CONTEXTS["district"] + row["sentence"] + "\n", name="f.txt").figures]
        if (row["figure"], float(row["value"])) in got:
            found += 1
        else:
            missed.append((row["figure"], row["value"], got, row["sentence"]))
    print(f"{'figures':14s} {found:4d} / {len(figs)}")
    if args.misses:
        for fid, value, got, sentence in missed:
            print(f"  figures: {fid} {value} (got {got}): {sentence}")


def whole_reports(misses: bool) -> None:
    """Whole reports written as bodies write them (probes/whole), each item's status against the
    labels: what single sentences cannot show (a section's part, a heading's context, one item's
    evidence spread over several sentences)."""
    import yaml

    folder = ROOT / "bench" / "probes" / "whole"
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))
    for name, lab in labels.items():
        expected = {i: s for s in ("covered", "partial", "planned") for i in lab.get(s) or []}
        skip = set(lab.get("undecided") or [])
        res = score_file(str(folder / name))  # (read as a user's file is: any encoding)
        wrong = [
            (it.id, it.status, expected.get(it.id, "absent"))
            for it in res.items
            if it.id not in skip and it.status != expected.get(it.id, "absent")
        ]
        counted = len(res.items) - len(skip & {it.id for it in res.items})
        # a labelled figure: one value, or every value the report gives for it (收到 and 受理)
        figures = {
            fid: [float(x) for x in (v if isinstance(v, list) else [v])]
            for fid, v in (lab.get("figures") or {}).items()
        }
        got_figures = {(f.id, f.value) for f in res.figures}
        missed = [(fid, v) for fid, vs in figures.items() for v in vs if (fid, v) not in got_figures]
        extra = sorted({(f.id, f.value) for f in res.figures if f.id in figures and f.value not in figures[f.id]})
        n = sum(len(vs) for vs in figures.values())
        print(
            f"{'whole ' + name:24s} {counted - len(wrong):4d} / {counted} items"
            f"   {n - len(missed)} / {n} figures, {len(extra)} wrong"
        )
        if misses:
            for item, got, want in wrong:
                print(f"  {name}: {item} {got} (expected {want})")
            for fid, v in missed:
                print(f"  {name}: figure {fid} {v:g} not read")
            for fid, v in extra:
                print(f"  {name}: figure {fid} {v:g} read, not labelled")


if __name__ == "__main__":
    main()
