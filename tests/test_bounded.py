"""Bounded, clear and safe on every input (issue 13): hostile PDFs, digit runs, devices, huge
texts, real government pages, option values, output files — each through the CLI."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import InputError, read_document, score_file, score_text
from checker.checklist import load_checklist
from checker.cli import main
from checker.isolate import run_isolated
from checker.rules import Regex, walk
from checker.score import grade_for, round_score
from conftest import SEED_FILES, SHARED
from fixtures import gov_table_page

HOSTILE = SHARED / "hostile"


def run(*args, stdin: bytes | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


def error_lines(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("checker: error:")]


# ----------------------------------------------------------------------------- time, memory


@pytest.mark.skipif(not HOSTILE.is_dir(), reason="../shared/hostile not available")
def test_every_hostile_pdf_in_one_batch_with_a_good_seed(tmp_path, bounded):
    pdfs = sorted(HOSTILE.glob("*.pdf"))
    out = tmp_path / "out.json"
    t0 = time.monotonic()
    r = run("score", "--format", "json", *pdfs, SEED_FILES[0], "-o", out)
    assert time.monotonic() - t0 < 10
    assert r.exit_code == 2, r.output
    assert "internal error" not in r.stderr and "Traceback" not in r.output
    errors = error_lines(r)
    unreadable = [p for p in pdfs if p.name != "aes128_emptyuser.pdf"]
    for p in unreadable:  # one line each, naming the file
        assert sum(str(p) in ln for ln in errors) == 1, (p, errors)
    scored = {d["document"]["path"] for d in json.loads(out.read_text(encoding="utf-8"))}
    # the seed is scored, and so is the AES-encrypted PDF with an empty user password
    assert scored == {str(SEED_FILES[0]), str(HOSTILE / "aes128_emptyuser.pdf")}


def test_a_slow_parser_is_stopped_and_named(bounded):
    with pytest.raises(InputError, match=r"x\.pdf: reading it took longer than 0\.5 s"):
        run_isolated(time.sleep, 5, name="x.pdf", what="reading it", seconds=0.5)


def test_a_parser_that_eats_memory_is_stopped(bounded):
    with pytest.raises(InputError, match="x.docx: .*(memory|crashed)"):
        run_isolated(bytearray, 3 * 1024**3, name="x.docx", what="reading it")


@pytest.mark.skipif(not HOSTILE.is_dir(), reason="../shared/hostile not available")
def test_shared_content_stream_pdf_is_stopped_by_the_time_limit(monkeypatch, bounded):
    """1,999 pages drawing one huge stream: refused by the page limit, and without it by time."""
    import checker.formats
    import checker.isolate

    monkeypatch.setattr(checker.formats, "MAX_PDF_PAGES", 5000)
    monkeypatch.setattr(checker.isolate, "EXTRACT_SECONDS", 2.0)
    with pytest.raises(InputError, match="took longer than 2 s|exceeds"):
        read_document(HOSTILE / "shared_heavy.pdf")


def test_a_long_digit_run_does_not_backtrack(tmp_path, bounded):
    p = tmp_path / "digits.txt"
    head = "某县2022年法治政府建设情况报告\n一、主要举措和成效\n全县各级行政机关认真落实法律顾问制度，全面加强合法性审查工作。\n"
    p.write_text(head + "聘请法律顾问" + "1" * 80_000 + "\n", encoding="utf-8")
    r = run("score", p)
    assert r.exit_code == 0, r.output


def _shipped_patterns():
    seen = {}
    for ref in ("outline-2015", "outline-2021"):
        cl = load_checklist(ref)
        prof = cl.profile
        groups = [*prof.heading_cues.values(), *prof.paragraph_cues.values()]
        pats = [p for g in groups for p in g]
        pats += [*prof.transition, *prof.intention, *prof.front_matter, *prof.closing, *prof.concrete, *prof.year]
        pats += [h.pattern for h in prof.headings] + [i.pattern for i in prof.issuer]
        for role in prof.mentions:
            pats += [*role.spans, *role.sentence, *(role.keep or ())]
        for it in cl.items:
            for rule in [it.match, *([it.exclude] if it.exclude else []), *[e.rule for e in it.elements]]:
                pats += [n.pattern for n in walk(rule) if isinstance(n, Regex)]
        for p in pats:
            seen[p.pattern] = p
    return list(seen.values())


def test_every_shipped_pattern_is_linear_on_long_runs(bounded):
    """Long runs of each character class (and of the pattern's own characters): a pattern that
    backtracks raises PatternTimeout instead of finishing."""
    for p in _shipped_patterns():
        own = sorted({c for c in p.pattern if "\u4e00" <= c <= "\u9fff"})[:4]
        for c in ["1", "法", "a", " ", "、", ",", "。", "《", *own]:
            p.finditer(c * 20_000)


def test_fifo_and_devices_are_refused_at_once(tmp_path, bounded):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in [fifo] + ([Path("/dev/zero")] if Path("/dev/zero").exists() else []):
        r = run("score", path)
        assert r.exit_code == 2 and "not a regular file" in r.stderr, r.output


def test_too_many_sentences_are_refused(bounded):
    with pytest.raises(InputError, match="sentences"):
        score_text("加强法治建设。" * 70_000, name="many.txt")


def test_docx_with_a_flood_of_empty_paragraphs_is_refused(tmp_path, bounded):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "<w:p/>" * 250_000
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
    p = tmp_path / "flood.docx"
    p.write_bytes(buf.getvalue())
    r = run("score", p)
    assert r.exit_code == 2 and "paragraphs" in r.stderr, r.output


def test_yaml_manifest_that_is_a_mapping(tmp_path, bounded):
    m = tmp_path / "m.yaml"
    m.write_text("a.txt:\n  issuer: 某区\n", encoding="utf-8")
    r = run("compare", m)
    assert r.exit_code == 2 and len(error_lines(r)) == 1 and "list of" in r.stderr, r.output


# ----------------------------------------------------------------------------- read right


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem[:3])
def test_table_layout_government_page_scores_like_the_text(seed, bounded):
    """A GBK page with a menu table, breadcrumb, 索引号/发布机构 table, 【打印本页】, 扫一扫 and
    an ICP footer around the report: exactly the text's verdicts and score."""
    text = seed.read_text(encoding="utf-8")
    plain = score_text(text, name="t.txt")
    page = score_file_bytes(gov_table_page(text), "page.html")
    assert page.document.format == "html" and page.document.encoding == "gb18030"
    assert [(i.id, i.status) for i in page.items] == [(i.id, i.status) for i in plain.items]
    assert page.scoring.score == plain.scoring.score
    assert "打印本页" not in page.document.text and "ICP" not in page.document.text


def score_file_bytes(data: bytes, name: str):
    from checker import score_document

    return score_document(read_document(name, data))


def test_page_without_article_text_is_refused(tmp_path, bounded):
    page = (
        "<html><head><meta charset='utf-8'><title>首页</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a></div>"
        "<div class='footer'>版权所有 ICP备12345678号</div></body></html>"
    )
    p = tmp_path / "empty.html"
    p.write_text(page, encoding="utf-8")
    r = run("score", p)
    assert r.exit_code == 2 and ("no article text" in r.stderr or "Chinese characters" in r.stderr), r.output


def test_text_with_almost_no_chinese_is_refused(tmp_path, bounded):
    p = tmp_path / "english.txt"
    p.write_text("Annual report on the rule of law. " * 50, encoding="utf-8")
    r = run("score", p)
    assert r.exit_code == 2 and "Chinese characters" in r.stderr


def test_year_before_2015_uses_the_2015_outline():
    text = SEED_FILES[2].read_text(encoding="utf-8")
    assert score_text(text, year=2014).checklist.id == "outline-2015"
    assert score_text(text, year=2030).checklist.id == "outline-2021"


# ----------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--year", "abc", "x.txt"],
        ["score", "--model", "foo", "x.txt"],
        ["score", "--format", "xml", "x.txt"],
        ["audit", "--jobs", "0", "x.txt"],
        ["audit", "--date", "2026-13-45", "x.txt"],
        ["compare", "--view", "nope", "x"],
        ["score", "--grades", "A:NaN", "x.txt"],
    ],
)
def test_invalid_option_values_are_one_line_and_exit_4(args):
    r = run(*args)
    assert r.exit_code == 4, r.output
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("checker: error:"), r.stderr


def test_waiver_with_an_impossible_date_names_file_and_line(tmp_path):
    w = tmp_path / "w.yaml"
    w.write_text(
        "kind: waivers\nwaivers:\n  - item: rules.legislation\n    justification: 无立法权\n"
        "    approver: 某办\n    expires: 2027-13-45\n",
        encoding="utf-8",
    )
    r = run("score", "--waivers", w, SEED_FILES[0])
    assert r.exit_code == 3 and f"{w}:" in r.stderr and len(error_lines(r)) == 1, r.output
    assert "internal error" not in r.stderr


def test_output_never_replaces_an_input(tmp_path):
    report = tmp_path / "report.txt"
    report.write_bytes(SEED_FILES[0].read_bytes())
    before = report.read_bytes()
    for extra in ([], ["--force"], ["--format", "json"]):
        r = run("score", report, "-o", report, *extra)
        assert r.exit_code == 4 and "one of the inputs" in r.stderr, r.output
    r = run("score", "--format", "json", report, SEED_FILES[1], "-o", report, "--force")
    assert r.exit_code == 4
    assert report.read_bytes() == before


def test_one_overwrite_rule_for_every_command(tmp_path):
    out = tmp_path / "scores.json"
    assert run("score", "--format", "json", SEED_FILES[0], "-o", out).exit_code == 0
    r = run("score", "--format", "json", SEED_FILES[0], "-o", out)
    assert r.exit_code == 4 and "--force" in r.stderr
    assert run("score", "--format", "json", SEED_FILES[0], "-o", out, "--force").exit_code == 0
    r = run("audit", SEED_FILES[0], SEED_FILES[1], "-o", tmp_path / "one.pdf", "--format", "html")
    assert r.exit_code == 4 and "several" in r.stderr and not (tmp_path / "one.pdf").exists()


def test_nothing_is_written_when_nothing_was_scored(tmp_path):
    out = tmp_path / "scores.json"
    out.write_text("[earlier results]", encoding="utf-8")
    r = run("score", "--format", "json", tmp_path / "missing.txt", "-o", out, "--force")
    assert r.exit_code == 2 and out.read_text(encoding="utf-8") == "[earlier results]"


def test_one_rounding_rule_everywhere():
    assert round_score(80.85) == 80.9 and round_score(80.849) == 80.8
    bands = load_checklist("outline-2021").scoring.grades
    assert grade_for(round_score(79.95), bands) == grade_for(80.0, bands)  # the grade of the shown score
    res = score_file(SEED_FILES[1])
    doc = res.to_dict()
    assert doc["scoring"]["score"] == round_score(doc["scoring"]["score"])
    assert "四舍五入" in doc["scoring"]["formula"]
    table = run("score", SEED_FILES[1]).stdout
    assert f"得分: {res.scoring.score:.1f}" in table


def test_full_width_grade_bands_are_accepted():
    r = run("score", SEED_FILES[0], "--grades", "优秀：90，良好：80，合格：60")
    assert r.exit_code == 0, r.output
