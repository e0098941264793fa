"""Integrity (issue 14): checklist regexes bounded in time, outputs that never replace what they
must not, Word files read whole, text read right whatever its wrappers, numbers and dates
checked. (Formula injection, caches and file names: tests/test_compare.py.)"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import ChecklistError, InputError, UsageError, lint_checklist, load_checklist, read_document, score_text
from checker.cli import main
from checker.files import write_output
from checker.patterns import PatternTimeout
from conftest import CHECKLISTS, SEED_FILES, item_yaml

BYPASS = ["((法)+)+$", "(法|法法){25}$", "法.*法.*法.*x"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


# ----------------------------------------------------------------------------- regexes


@pytest.mark.parametrize("regex", BYPASS)
def test_patterns_that_pass_shape_checks_cannot_hang_scoring(mini_checklist, regex, bounded):
    cl = mini_checklist(item_yaml("test.x", "{regex: '" + regex + "'}"))
    problems = lint_checklist(cl)  # lint tries the pattern on adversarial runs
    assert any("catastrophic" in p or "backtrack" in p for p in problems), problems
    text = "某区2022年法治政府建设报告\n一、主要举措\n" + "法" * 3000 + "。\n全面推进依法行政。\n"
    try:
        score_text(text, checklist=load_checklist(cl))
    except PatternTimeout as exc:  # a clear error naming the pattern's file and line
        assert "items.yaml:" in str(exc) and "time limit" in str(exc)


def test_heading_pattern_that_backtracks_is_bounded(tmp_path, bounded):
    work = tmp_path / "cl"
    shutil.copytree(CHECKLISTS, work)
    structure = work / "common" / "structure.yaml"
    text = structure.read_text(encoding="utf-8")
    structure.write_text(
        text.replace(
            "  - {level: 1, pattern: '^[一二三四五六七八九十]{1,3}[、. ]'}", "  - {level: 1, pattern: '^((法)+)+[、.]'}"
        ),
        encoding="utf-8",
    )
    r = run("checklist", "lint", work / "outline-2021.yaml")
    assert r.exit_code == 1 and "structure.yaml:" in r.stderr
    report = tmp_path / "r.txt"
    report.write_text("某区2022年法治政府建设报告\n" + "法" * 5000 + "x\n全面推进依法行政工作。\n", encoding="utf-8")
    r = run("score", "--checklist", work / "outline-2021.yaml", report)
    assert r.exit_code in (0, 3), r.output  # a pattern timeout is a checklist error (exit 3), never a hang
    assert "internal error" not in r.stderr


def test_include_must_really_stay_inside(tmp_path):
    work = tmp_path / "cl"
    shutil.copytree(CHECKLISTS, work)
    sibling = tmp_path / "cl-evil"
    sibling.mkdir()
    shutil.copy(work / "common" / "items.yaml", sibling / "items.yaml")
    top = work / "outline-2021.yaml"
    top.write_text(
        top.read_text(encoding="utf-8").replace("common/items.yaml", "../cl-evil/items.yaml"), encoding="utf-8"
    )
    with pytest.raises(ChecklistError, match="must stay inside"):
        load_checklist(top)


# ----------------------------------------------------------------------------- outputs


def test_output_onto_a_symlink_or_device_is_refused(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    r = run("score", "--format", "json", SEED_FILES[0], "-o", link, "--force")
    assert r.exit_code == 4 and "not a regular file" in r.stderr
    assert target.read_text(encoding="utf-8") == "keep" and link.is_symlink()
    if Path("/dev/null").exists():
        r = run("score", "--format", "json", SEED_FILES[0], "-o", "/dev/null", "--force")
        assert r.exit_code == 4


def test_creation_is_exclusive(tmp_path, monkeypatch):
    """Another run creating the file between our check and our write: ours fails, theirs stays."""
    import checker.files as files

    out = tmp_path / "a.pdf"
    real_check = files.check_output

    def racing_check(path, force, inputs=()):
        real_check(path, force, inputs)
        Path(path).write_bytes(b"the other run's audit")

    monkeypatch.setattr(files, "check_output", racing_check)
    with pytest.raises(UsageError, match="already exists"):
        write_output(out, b"ours")
    assert out.read_bytes() == b"the other run's audit"
    assert not list(tmp_path.glob(".*.tmp"))


# ----------------------------------------------------------------------------- Word files


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _docx(body_xml: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<w:body>{body_xml}</w:body></w:document>",
        )
    return buf.getvalue()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_reads_insertions_content_controls_text_boxes_and_nested_tables():
    lines = [ln for ln in SEED_FILES[2].read_text(encoding="utf-8").split("\n") if ln.strip()]
    parts = []
    for k, line in enumerate(lines):
        kind = k % 4
        if kind == 0:  # a tracked insertion, beside a tracked deletion that must not be read
            parts.append(
                f'<w:p><w:ins w:id="{k}"><w:r><w:t>{line}</w:t></w:r></w:ins>'
                f'<w:del w:id="d{k}"><w:r><w:delText>删去的文字</w:delText></w:r></w:del></w:p>'
            )
        elif kind == 1:  # a content control
            parts.append(f"<w:sdt><w:sdtContent>{_p(line)}</w:sdtContent></w:sdt>")
        elif kind == 2:  # a text box (with its VML fallback copy, which must not double the text)
            box = f"<w:txbxContent>{_p(line)}</w:txbxContent>"
            parts.append(
                f"<w:p><w:r><mc:AlternateContent><mc:Choice>{box}</mc:Choice>"
                f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
            )
        else:  # a table nested in a table cell
            inner = f"<w:tbl><w:tr><w:tc>{_p(line)}</w:tc></w:tr></w:tbl>"
            parts.append(f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>")
    doc = read_document("x.docx", _docx("".join(parts)))
    assert "删去的文字" not in doc.text
    assert doc.text.count(lines[2]) == 1  # the text box is read once
    plain = score_text("\n".join(lines), name="t.txt")
    word = score_text(doc.text, name="w.txt")
    assert [(i.id, i.status) for i in word.items] == [(i.id, i.status) for i in plain.items]
    assert word.scoring.score == plain.scoring.score


# ----------------------------------------------------------------------------- text read right


def test_text_mentioning_html_tags_stays_text():
    text = SEED_FILES[2].read_text(encoding="utf-8")
    data = ("网页模板说明：页面由 <header> 和 <body> 组成。\n" + text).encode("utf-8")
    doc = read_document("r.txt", data)
    assert doc.format == "text" and len(doc.text) > len(text)


def test_utf8_page_declared_latin1():
    text = SEED_FILES[3].read_text(encoding="utf-8")
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    page = f'<html><head><meta charset="iso-8859-1"><title>t</title></head><body><div>{paras}</div></body></html>'
    doc = read_document("p.html", page.encode("utf-8"))
    assert "海珠区司法局" in doc.text and doc.encoding == "utf-8"


@pytest.mark.parametrize("declared", ["iso-8859-1", "utf-8"])
def test_gbk_page_declaring_another_charset_is_detected(declared):
    """A GBK page labelled Latin-1 (or UTF-8) by its server or editor: read as what it is (before:
    Latin-1 mojibake, refused as "0 Chinese characters"), and JSON says which encoding was used
    (before: the declared one, even where detection had read the page)."""
    text = SEED_FILES[3].read_text(encoding="utf-8")
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    page = f'<html><head><meta charset="{declared}"><title>t</title></head><body><div>{paras}</div></body></html>'
    doc = read_document("p.html", page.encode("gb18030"))
    assert "海珠区司法局" in doc.text and doc.encoding == "gb18030"


def test_zero_width_spaces_do_not_defeat_matching():
    text = SEED_FILES[2].read_text(encoding="utf-8")
    plain = score_text(text)
    zw = score_text("\u200b".join(text))
    assert zw.scoring.score == plain.scoring.score
    assert [(i.id, i.status) for i in zw.items] == [(i.id, i.status) for i in plain.items]


@pytest.mark.parametrize("year", [1999, 2099])
def test_a_report_on_an_odd_year_keeps_its_year(year):
    text = SEED_FILES[2].read_text(encoding="utf-8").replace("2020", str(year)).replace("2021", str(year + 1))
    res = score_text(text)
    assert res.metadata.year == year
    assert any("outside the years" in w for w in res.warnings)


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_non_finite_weight_is_a_checklist_error(mini_checklist, value):
    cl = mini_checklist(item_yaml("test.x", "法律顾问").replace("weight: 1", f"weight: {value}"))
    problems = lint_checklist(cl)
    assert problems and "items.yaml:" in problems[0] and "finite" in problems[0]
    r = run("score", "--checklist", cl, SEED_FILES[0])
    assert r.exit_code == 3


@pytest.mark.parametrize("where", ["checklist", "manifest"])
def test_impossible_dates_are_clear_errors(tmp_path, mini_checklist, where):
    """(A waivers file's impossible date: tests/test_bounded.py; --grades 'A:NaN': there too.)"""
    if where == "checklist":
        cl = mini_checklist(item_yaml("test.x", "法律顾问"), "created: 2027-02-30\n")
        problems = lint_checklist(cl)  # lint reports it, does not crash
        assert problems and ":" in problems[0] and "date" in problems[0]
        return
    m = tmp_path / "m.yaml"
    m.write_text(f"- {{path: {SEED_FILES[0]}, year: 2027-02-30}}\n", encoding="utf-8")
    r = run("compare", m)
    assert r.exit_code == 2 and "internal error" not in r.stderr and r.stderr.count("checker: error:") == 1


# ----------------------------------------------------------------------------- audit layout


def _font():
    from checker.audit import PdfRenderer
    from checker.fonts import FontError

    try:
        return PdfRenderer()
    except FontError:
        pytest.skip("no Chinese font")


def test_long_unbroken_run_wraps_in_the_audit():
    from test_audit import _overflows

    from checker.audit import render_html

    renderer = _font()
    text = SEED_FILES[2].read_text(encoding="utf-8").replace("聘请法律顾问", "聘请法律顾问" + "x" * 20_000, 1)
    res = score_text(text)
    document = renderer.layout(render_html(res, family=renderer.family))
    assert _overflows(document) == []


def test_very_long_issuer_keeps_the_summary_on_one_page():
    from checker.audit import render_html

    renderer = _font()
    res = score_text(SEED_FILES[2].read_text(encoding="utf-8"), issuer="某" * 500 + "区人民政府")
    document = renderer.layout(render_html(res, family=renderer.family))
    first = document.pages[0]._page_box
    texts = [b.text for b in first.descendants() if hasattr(b, "text") and isinstance(b.text, str)]
    assert any("主要差距" in t for t in texts)  # the summary's last block is still on page 1


def test_gbk_file_name_in_score_and_audit(tmp_path):
    name = os.path.join(os.fsencode(tmp_path), "钟楼区报告.txt".encode("gbk"))
    with open(name, "wb") as fh:
        fh.write(SEED_FILES[2].read_bytes())
    path = os.fsdecode(name)
    r = run("score", "--format", "json", path, "-o", tmp_path / "out.json")
    assert r.exit_code == 0, r.output
    r = run("audit", path, "-o", str(tmp_path / "audits") + "/", "--format", "html")
    assert r.exit_code == 0 and "internal error" not in r.stderr, r.output


def test_checker_modules_import_without_cycles():
    """Imports go one way (load → normalize → segment → match → score → render, the CLI on top):
    no module imports one that imports it back, at the top or inside a function. Imports for type
    checking only are left out: they never run."""
    import ast

    package = Path(__file__).resolve().parent.parent / "checker"
    graph: dict[str, set[str]] = {}
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for stmt in block.body
            for node in ast.walk(stmt)
        }
        deps = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and id(node) not in typing_only:
                deps |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        graph[path.stem] = deps - {path.stem}

    def cycle_from(start: str) -> list[str] | None:
        stack, seen = [(start, [start])], set()
        while stack:
            here, trail = stack.pop()
            for nxt in sorted(graph.get(here, ())):
                if nxt == start:
                    return [*trail, start]
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
        return None

    cycles = [c for m in graph if (c := cycle_from(m))]
    assert not cycles, cycles


def _numbered_docx(body_xml: str, numbering_xml: str, styles_xml: str = "") -> bytes:
    body_xml += _p(SEED_FILES[2].read_text(encoding="utf-8")[:300].replace("\n", ""))  # enough to be a report
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body_xml}</w:body></w:document>')
        zf.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{W}" xmlns:mc="{MC}">{numbering_xml}</w:numbering>')
        if styles_xml:
            zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles_xml}</w:styles>')
    return buf.getvalue()


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def _np(text: str, num: int, ilvl: int = 0, extra_ppr: str = "") -> str:
    return (
        f'<w:p><w:pPr>{extra_ppr}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p>"
    )


_NUMBERING_ONE = (
    '<w:abstractNum w:abstractNumId="0">'
    + _lvl(0, "chineseCounting", "%1、")
    + _lvl(1, "chineseCounting", "（%2）")
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def test_docx_automatic_numbers_as_word_shows_them():
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "chineseCounting", "%1、")
        + _lvl(1, "chineseCounting", "（%2）")
        + _lvl(2, "decimal", "%1.%2.%3", "<w:isLgl/>")
        + "</w:abstractNum>"
        + '<w:abstractNum w:abstractNumId="1">'
        + _lvl(0, "bullet", "●")
        + _lvl(1, "ideographTraditional", "%2.")
        + _lvl(2, "decimalEnclosedCircle", "%3")
        + "</w:abstractNum>"
        + '<w:abstractNum w:abstractNumId="2">'
        + _lvl(0, "chineseCounting", "第%1章", '<w:suff w:val="space"/>')
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="11"/></w:lvlOverride></w:num>'
        + '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
        + '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent>'
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' + '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
        '<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="2"/>'
        '<w:numFmt w:val="custom" w:format="一, 二, 三, ..."/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>'
    )
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>'
    )
    old_numbering = (
        '<w:pPrChange w:id="9"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>'
    )
    body = "".join(
        [
            '<w:p><w:pPr><w:pStyle w:val="MyHeading"/></w:pPr><w:r><w:t>总则</w:t></w:r></w:p>',
            _np("加强党的领导", 1),
            _np("健全制度", 1, 1),
            _np("完善机制", 1, 1),
            _np("细则", 1, 2),
            _np("严格执法", 1),  # the sub-level starts again under a new heading
            _np("规范执法", 1, 1),
            '<w:p><w:pPr><w:pStyle w:val="Normal"/>' + old_numbering + "</w:pPr><w:r><w:t>正文段落</w:t></w:r></w:p>",
            _np("要点", 2),  # a bullet: no number
            _np("甲项", 2, 1),
            _np("乙项", 2, 1),
            _np("圈号", 2, 2),
            *[_np(f"第{k}项", 1) for k in range(3, 11)],
            _np("重新编号", 3),  # a list restarted at 11
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>无编号</w:t></w:r></w:p>',
            _np("自定义格式", 5),  # Word 2010's custom format: its fallback is read
            _np("金山格式", 6),  # a custom format without a fallback (WPS): told by how it writes 1
        ]
    )
    doc = read_document("n.docx", _numbered_docx(body, numbering, styles))
    lines = doc.text.split("\n")
    assert lines[:13] == [
        "第一章 总则",
        "一、加强党的领导",
        "（一）健全制度",
        "（二）完善机制",
        "1.2.1 细则",  # (a tab in Word)
        "二、严格执法",
        "（一）规范执法",
        "正文段落",
        "要点",
        "甲.甲项",
        "乙.乙项",
        "①圈号",
        "三、第3项",
    ]
    assert "十、第10项" in lines
    assert "十一、重新编号" in lines and "无编号" in lines and "一、自定义格式" in lines and "（二）金山格式" in lines


def test_docx_with_broken_numbering_still_reads_its_text():
    body = _np("加强党的领导", 7) + _np("健全制度", 1, 5) + _np("完善机制", 1, "x")  # type: ignore[arg-type]
    numbering = '<w:abstractNum w:abstractNumId="0">' + _lvl(0, "chineseCounting", "%1、") + "</w:abstractNum>"
    numbering += '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    doc = read_document("n.docx", _numbered_docx(body, numbering))
    assert doc.text.split("\n")[:3] == ["加强党的领导", "健全制度", "完善机制"]
    bad = _numbered_docx(body, "<w:abstractNum")  # numbering.xml not well-formed: a damaged file
    with pytest.raises(InputError, match="cannot read DOCX"):
        read_document("bad.docx", bad)


def test_docx_saved_as_strict_open_xml_reads_like_the_usual_kind():
    usual = _numbered_docx(_np("加强党的领导", 1) + _np("健全制度", 1, 1), _NUMBERING_ONE)
    strict = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(usual)) as src, zipfile.ZipFile(strict, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info).replace(W.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main"))
    assert read_document("s.docx", strict.getvalue()).text == read_document("u.docx", usual).text
    assert read_document("s.docx", strict.getvalue()).text.startswith("一、加强党的领导\n（一）健全制度\n")


@pytest.mark.parametrize(
    "members, says",
    [({"OFD.xml": "<ofd:OFD/>"}, "an OFD document"), ({"mimetype": "x", "content.xml": "<x/>"}, "OpenDocument")],
)
def test_other_zip_based_documents_are_named_in_the_refusal(members, says):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    with pytest.raises(InputError, match=says):
        read_document("report.bin", buf.getvalue())


def test_docx_numbering_with_absurd_start_values_is_read_quickly():
    """A start value of 10^12 in letters or Roman numerals would spell out a terabyte."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "lowerLetter", "%1)").replace('w:val="1"/>', 'w:val="999999999999"/>', 1)
        + _lvl(1, "upperRoman", "%2.").replace('w:val="1"/>', 'w:val="999999999999"/>', 1)
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    doc = read_document("n.docx", _numbered_docx(_np("加强党的领导", 1) + _np("健全制度", 1, 1), numbering))
    assert doc.text.startswith("999999999999)加强党的领导\n999999999999.健全制度\n")
