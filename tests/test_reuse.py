"""Text reuse: how much of a report nearly repeats its issuer's previous report or another
report — in compare (every format), the Python API and ``audit --prior``."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner

from checker import score_file
from checker.audit import render_html
from checker.batch import ScoreOptions, compare_reports
from checker.checklist import load_checklist
from checker.cli import main
from checker.normalize import normalize
from checker.reuse import Signature, against_prior, comparable, find_reuse, signature
from checker.segment import segment
from conftest import SEED_FILES

SEED_002 = next(p for p in SEED_FILES if p.name.startswith("002"))
SEED_004 = next(p for p in SEED_FILES if p.name.startswith("004"))
PROFILE = load_checklist("outline-2021").profile
CFG = PROFILE.reuse


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))


def _sentences(text: str) -> list[tuple[int, int]]:
    """Original spans of the sentences the reuse comparison looks at."""
    norm = normalize(text, PROFILE.line_joining)
    return [norm.to_original(s.start, s.end) for s, _, _ in comparable(segment(norm, PROFILE), CFG)]


def copy_with_every_third_replaced() -> tuple[str, int, int]:
    """Seed 002 as a 2021 report, every third compared sentence replaced by one of seed 004."""
    text = SEED_002.read_text(encoding="utf-8")
    donor = SEED_004.read_text(encoding="utf-8")
    donors = [donor[a:b] for a, b in _sentences(donor) if "高新" not in donor[a:b] and "管委会" not in donor[a:b]]
    spans = _sentences(text)
    out, pos, replaced = [], 0, 0
    for n, (a, b) in enumerate(spans, 1):
        if n % 3 == 0:
            out += [text[pos:a], donors[replaced % len(donors)]]
            pos, replaced = b, replaced + 1
    out.append(text[pos:])
    return "".join(out).replace("2020年", "2021年"), replaced, len(spans)


def _manifest(tmp_path: Path, rows: list[tuple[str, str, int]]) -> Path:
    m = tmp_path / "m.csv"
    m.write_text("path,issuer,year\n" + "".join(f"{p},{i},{y}\n" for p, i, y in rows), encoding="utf-8")
    return m


def _share(tmp_path: Path, text: str) -> float:
    shutil.copy(SEED_002, tmp_path / "2020.txt")
    (tmp_path / "2021.txt").write_text(text, encoding="utf-8")
    m = _manifest(tmp_path, [("2020.txt", "常州市钟楼区人民政府", 2020), ("2021.txt", "常州市钟楼区人民政府", 2021)])
    run = compare_reports([str(m)], ScoreOptions(), use_cache=False)
    row = next(r for r in run.comparison.rows if r.year == 2021)
    assert row.reuse is not None and row.reuse.prior_year == 2020
    return row.reuse.repeated_share


# ----------------------------------------------------------------------------- acceptance


def test_two_thirds_repeated_and_the_same_in_traditional_script(tmp_path):
    text, replaced, total = copy_with_every_third_replaced()
    assert replaced == total // 3
    (tmp_path / "s").mkdir()
    share = _share(tmp_path / "s", text)
    assert abs(share - 2 / 3) <= 0.08, share
    traditional = opencc.OpenCC("s2t").convert(text)
    assert traditional != text
    (tmp_path / "t").mkdir()
    assert abs(_share(tmp_path / "t", traditional) - share) <= 0.02


def test_unrelated_seeds_share_under_a_fifth():
    cfg = dataclasses.replace(CFG, peer_min_share=0.0, peers=10)
    results = [score_file(p) for p in SEED_FILES]
    found = find_reuse([(str(n), r.metadata.year, signature(r.structure, cfg)) for n, r in enumerate(results)], cfg)
    shares = [p.share for x in found if x is not None for p in x.peers]
    assert max(shares, default=0.0) < 0.2, shares
    assert all(x is not None and x.prior is None and x.repeated is None for x in found)


def test_changed_numbers_and_years_still_repeat():
    text = SEED_002.read_text(encoding="utf-8")
    later = text.replace("2020", "2021").translate(str.maketrans("0123456789", "1234567890"))
    base = score_file(SEED_002)
    cur = segment(normalize(later, PROFILE.line_joining), PROFILE)
    prior = against_prior(cur, base.structure, CFG, "2020.txt", 2020)
    assert prior.share >= 0.95 and prior.sentences > 40


def test_boilerplate_is_counted_apart():
    ideology = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
    a = segment(
        normalize(
            "一、主要举措和成效\n" + ideology + "全年审核规范性文件12件，备案12件，均符合要求。", PROFILE.line_joining
        ),
        PROFILE,
    )
    b = segment(
        normalize("一、主要举措和成效\n" + ideology + "组织开展行政执法案卷评查，抽查案卷86卷。", PROFILE.line_joining),
        PROFILE,
    )
    r = against_prior(b, a, CFG, "a.txt", 2021)
    assert (r.boilerplate, r.sentences, r.repeated) == (1, 1, 0)


def test_sentences_common_to_many_issuers_are_boilerplate():
    template = "按照上级统一部署，本单位认真对照年度法治政府建设考核指标逐项开展自查自评工作并形成报告。"
    own = [
        "全年审核区政府规范性文件十二件，报送市政府和区人大常委会备案，全部符合法定程序。",
        "依法办理行政复议案件，综合运用调解和解方式化解行政争议，办案质量稳步提升。",
        "人民调解组织调处各类矛盾纠纷，落实矛盾纠纷排查化解月报告制度，维护社会稳定。",
        "组织宪法宣传周和民法典宣传月活动，开展送法进企业、进社区、进校园系列宣讲。",
    ]
    reports = []
    for n, sentence in enumerate(own):
        text = f"一、主要举措和成效\n{template}{sentence}"
        reports.append((f"issuer{n}", 2022, signature(segment(normalize(text, PROFILE.line_joining), PROFILE), CFG)))
    found = find_reuse(reports, CFG)
    assert all(x is not None and (x.boilerplate, x.sentences) == (1, 1) and not x.peers for x in found), found
    two = find_reuse(reports[:2], CFG)  # two issuers sharing a sentence: not boilerplate, a shared half
    assert all(x is not None and x.boilerplate == 0 and x.peers and x.peers[0].share == 0.5 for x in two), two


def test_signature_bytes_round_trip_and_damage():
    sig = signature(score_file(SEED_002).structure, CFG)
    back = Signature.from_bytes(sig.to_bytes())
    assert back is not None and back.boiler == sig.boiler and (back.hashes == sig.hashes).all()
    assert Signature.from_bytes(sig.to_bytes()[:-3]) is None and Signature.from_bytes(b"junk") is None


# ----------------------------------------------------------------------------- outputs


@pytest.fixture
def reuse_set(tmp_path):
    d = tmp_path / "r"
    d.mkdir()
    text, _, _ = copy_with_every_third_replaced()
    shutil.copy(SEED_002, d / "2020.txt")
    (d / "2021.txt").write_text(text, encoding="utf-8")
    for p in SEED_FILES:
        if not p.name.startswith("002"):
            shutil.copy(p, d / p.name)
    rows = [("2020.txt", "常州市钟楼区人民政府", 2020), ("2021.txt", "常州市钟楼区人民政府", 2021)]
    rows += [(p.name, f"单位{p.name[:3]}", 2020) for p in SEED_FILES if not p.name.startswith("002")]
    return _manifest(d, rows)


def run(*args):
    r = CliRunner().invoke(main, ["compare", *map(str, args)])
    assert r.exit_code == 0, r.output
    return r


def test_compare_json_csv_xlsx_pdf(reuse_set, tmp_path):
    data = json.loads(run(reuse_set, "--format", "json").stdout)["comparison"]
    assert "MinHash" in data["reuse_method"] and "套话" in data["reuse_method"]
    by = {(x["issuer"], x["year"]): x for x in data["reuse"]}
    later = by[("常州市钟楼区人民政府", 2021)]
    keys = {"issuer", "year", "prior_year", "repeated_share", "repeated_sentences", "sentences", "peers"}
    assert keys <= set(later) and later["prior_year"] == 2020 and 0.58 <= later["repeated_share"] <= 0.75
    assert by[("常州市钟楼区人民政府", 2020)]["prior_year"] is None
    # the replaced sentences came from seed 004: it is the 2021 copy's closest other report
    assert later["peers"] and later["peers"][0]["issuer"] == "单位004"

    rows = list(
        csv.reader(io.StringIO(run(reuse_set, "--format", "csv", "--view", "reuse").stdout_bytes.decode("utf-8-sig")))
    )
    head = rows[0]
    row = next(r for r in rows[1:] if r[1] == "2021")
    assert float(row[head.index("与上年重复比例")]) == later["repeated_share"]

    out = tmp_path / "c.xlsx"
    run(reuse_set, "--format", "xlsx", "-o", out)
    openpyxl = pytest.importorskip("openpyxl")
    ws = openpyxl.load_workbook(out)["文本重复"]
    assert ws.cell(row=1, column=7).value == "与上年重复比例"
    with zipfile.ZipFile(out) as zf:
        assert not any(b"<f>" in zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))

    if shutil.which("pdftotext"):
        pdf = tmp_path / "c.pdf"
        run(reuse_set, "--format", "pdf", "-o", pdf)
        text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
        assert "六、文本重复" in text and "对2020年" in text


def test_no_reuse_option(reuse_set):
    data = json.loads(run(reuse_set, "--format", "json", "--no-reuse").stdout)["comparison"]
    assert data["reuse"] == [] and data["reuse_method"] is None


def test_damaged_signature_in_the_cache_is_recomputed(reuse_set, tmp_path):
    first = json.loads(run(reuse_set, "--format", "json").stdout)["comparison"]["reuse"]
    for sig in Path(tmp_path / "cache").rglob("*.sig"):
        sig.write_bytes(b"damaged")
    again = json.loads(run(reuse_set, "--format", "json").stdout)["comparison"]["reuse"]
    assert again == first


def test_audit_marks_sentences_repeating_the_prior(tmp_path):
    text, _, _ = copy_with_every_third_replaced()
    report = tmp_path / "2021.txt"
    report.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(
        main, ["audit", str(report), "--prior", str(SEED_002), "--format", "html", "-o", str(tmp_path / "a.html")]
    )
    assert r.exit_code == 0, r.output
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "与2020年度报告近似重复" in html and html.count("重复上年") > 10
    assert "is a report of" not in r.stderr  # the same issuer
    other = sorted(SEED_002.parent.glob("004_*.txt"))[0]  # 唐山高新区, 2023
    r = CliRunner().invoke(
        main, ["audit", str(report), "--prior", str(other), "--format", "html", "-o", str(tmp_path / "b.html")]
    )
    assert r.exit_code == 0 and "is a report of 唐山高新技术产业开发区管理委员会, not of" in r.stderr
    plain = render_html(score_file(report))
    assert "重复上年" not in plain
    r = CliRunner().invoke(main, ["audit", str(report), str(SEED_002), "--prior", str(SEED_002)])
    assert r.exit_code == 4 and "--prior applies to one report" in r.output
