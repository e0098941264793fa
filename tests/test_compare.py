"""`checker compare`: batch scoring, matrix, ranking, gaps, year-over-year, exports, cache."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from checker import score_file
from checker.checklist import load_checklist
from checker.cli import main
from checker.compare import Cell, Row, issuer_key, rank
from conftest import SEED_FILES, SEEDS

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))


def run(*args):
    return CliRunner().invoke(main, ["compare", *map(str, args)])


def test_xlsx_matches_score_output(tmp_path):
    out = tmp_path / "seeds.xlsx"
    r = run(SEEDS, "--format", "xlsx", "-o", out, "--jobs", "2")
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(out)
    assert {"排名", "矩阵", "差距", "变化", "说明"} <= set(wb.sheetnames)
    ws = wb["排名"]
    assert ws.freeze_panes == "C2"
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, [c.value for c in row], strict=False)) for row in ws.iter_rows(min_row=2)]
    assert len(rows) == 5
    expected = {}
    for seed in SEED_FILES:
        res = score_file(seed)
        expected[res.metadata.issuer] = (res.metadata.year, res.scoring.score)
    got = {row["单位"]: (row["年度"], row["得分"]) for row in rows}
    assert got == expected
    ranks = [row["排名"] for row in rows]
    comparable = [row["可比得分"] for row in rows]
    assert ranks == sorted(ranks) and ranks[0] == 1
    for a, b, ra, rb in zip(comparable, comparable[1:], ranks, ranks[1:], strict=False):
        assert a >= b and (rb == ra if a == b else rb > ra)
    matrix = wb["矩阵"]
    assert matrix.conditional_formatting  # statuses and scores are coloured
    assert "说明" in wb.sheetnames and "不同的审查清单" in wb["说明"]["B1"].value


def test_pdf_and_html(tmp_path):
    r = run(SEEDS, "--format", "pdf", "-o", tmp_path / "c.pdf")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    r = run(SEEDS, "--format", "html")
    assert r.exit_code == 0 and "领域热力图" in r.output and "海珠区司法局" in r.output


def test_csv_has_bom_and_views():
    r = CliRunner().invoke(main, ["compare", str(SEEDS), "--format", "csv", "--view", "ranking"])
    assert r.exit_code == 0
    raw = r.stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["排名", "单位", "单位键"] and len(rows) == 6


def _yoy_set(tmp_path):
    text = SEED_FILES[2].read_text(encoding="utf-8")
    removed = "\n".join(p for p in text.split("\n") if "两法衔接" not in p)
    assert removed != text
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(removed, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "path,issuer,year,group\na.txt,常州市钟楼区人民政府,2019,区县\nb.txt,钟楼区,2020,区县\n", encoding="utf-8"
    )
    return manifest


def test_year_over_year_shows_dropped_item(tmp_path):
    manifest = _yoy_set(tmp_path)
    r = run(manifest, "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    changes = data["comparison"]["changes"]
    assert len(changes) == 1
    ch = changes[0]
    assert (ch["from_year"], ch["to_year"]) == (2019, 2020)
    assert "enforcement.criminal-linkage" in ch["dropped"]
    assert "enforcement.criminal-linkage" not in ch["newly_covered"]
    assert ch["delta"] < 0
    assert [d["document"]["group"] for d in data["reports"]] == ["区县", "区县"]
    r = run(manifest)
    assert "不再体现" in r.output and "行政执法与刑事司法衔接" in r.output


def test_yaml_manifest(tmp_path):
    (tmp_path / "r.txt").write_text(SEED_FILES[3].read_text(encoding="utf-8"), encoding="utf-8")
    m = tmp_path / "m.yaml"
    m.write_text("reports:\n  - {path: r.txt, issuer: 某区司法局, year: 2021, group: 部门}\n", encoding="utf-8")
    r = run(m, "--format", "json")
    data = json.loads(r.stdout)
    doc = data["reports"][0]["document"]
    assert (doc["issuer"], doc["year"], doc["group"]) == ("某区司法局", 2021, "部门")
    assert data["reports"][0]["checklist"]["id"] == "outline-2021"


def test_bad_files_are_reported_and_skipped(tmp_path):
    for seed in SEED_FILES[:2]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01" * 500)
    r = run(tmp_path, "--format", "json")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert len(data["reports"]) == 2
    assert len(data["comparison"]["errors"]) == 2
    assert "empty" in r.stderr and "binary" in r.stderr and "Traceback" not in r.output


def test_cache_is_used_and_can_be_bypassed(tmp_path):
    r = run(SEEDS, "--format", "csv")
    assert "5 scored (0 from cache)" in r.stderr
    r = run(SEEDS, "--format", "csv")
    assert "5 scored (5 from cache)" in r.stderr
    r = run(SEEDS, "--format", "csv", "--no-cache")
    assert "5 scored (0 from cache)" in r.stderr


def test_output_not_overwritten(tmp_path):
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"keep")
    r = run(SEEDS, "--format", "xlsx", "-o", out)
    assert r.exit_code == 4 and out.read_bytes() == b"keep"
    r = run(SEEDS, "--format", "xlsx")
    assert r.exit_code == 4 and "-o FILE" in r.stderr


def test_issuer_keys_are_consistent():
    profile = load_checklist("outline-2021").profile
    keys = {issuer_key(n, profile) for n in ["佛山市高明区人民政府", "高明区", "高明區", "广东省佛山市高明区"]}
    assert keys == {"高明区"}
    assert issuer_key("海珠区司法局", profile) == "海珠区司法局"
    assert issuer_key("唐山高新技术产业开发区管理委员会", profile) == "唐山高新技术产业开发区"


def _row(path, score):
    return Row(
        path,
        path,
        path,
        2020,
        None,
        "x",
        "1",
        score,
        "",
        "weighted",
        {},
        {"a.b": Cell("covered", 1, 1, True)},
        {},
        comparable=score,
    )


def test_ties_share_a_rank():
    rows = [_row("a", 80), _row("b", 90), _row("c", 80), _row("d", 70)]
    rank(rows)
    assert [(r.path, r.rank) for r in rows] == [("b", 1), ("a", 2), ("c", 2), ("d", 4)]
