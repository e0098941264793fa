"""`checker audit`: PDF/HTML audit documents, fonts, hostile content, file handling."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import score_file, score_text
from checker.audit import PdfRenderer, render_html, render_pdfs, safe_filename
from checker.cli import main
from checker.errors import UsageError
from checker.fonts import FontError
from conftest import SEED_FILES

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
needs_pdf = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed (bash dev.sh installs it)")


def _fonts_ok() -> bool:
    try:
        PdfRenderer()
        return True
    except FontError:
        return False


needs_font = pytest.mark.skipif(not _fonts_ok(), reason="no CJK font (bash dev.sh installs fonts-noto-cjk)")


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture(scope="module")
def seed_audits(tmp_path_factory):
    out = tmp_path_factory.mktemp("audits")
    r = CliRunner().invoke(main, ["audit", *map(str, SEED_FILES), "-o", str(out) + "/", "--date", "2026-11-22"])
    assert r.exit_code == 0, r.output
    return out, r


@needs_pdf
@needs_font
def test_five_pdfs_with_contents_and_real_fonts(seed_audits):
    out, _ = seed_audits
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 5
    for seed in SEED_FILES:
        res = score_file(seed)
        pdf = next(p for p in pdfs if p.name.startswith(safe_filename(res.metadata.issuer)))
        text = pdftotext(pdf)
        flat = "".join(text.split())
        assert "".join(res.metadata.issuer.split()) in flat
        assert f"{res.metadata.year}年度" in flat
        assert f"{res.scoring.score:.1f}" in flat and res.scoring.grade in flat
        for area in res.checklist.areas:
            assert "".join(area.title.split()) in flat, area.title
        missing = [i for i in res.items if i.status in ("absent", "partial", "planned")]
        assert any("".join(i.remediation.split())[:30] in flat for i in missing)
        fonts = pdffonts(pdf)
        installed = PdfRenderer().faces[0].family.replace(" ", "")
        assert fonts and all(installed in f[0].replace("-", "") for f in fonts), fonts  # no fallback font, no tofu
        assert all(f[-5:-3] == ["yes", "yes"] for f in fonts), fonts  # embedded, as a subset
        assert not list(out.glob(".*.tmp"))


@needs_pdf
@needs_font
def test_pdf_metadata_and_page_numbers(seed_audits):
    out, _ = seed_audits
    pdf = sorted(out.glob("*.pdf"))[0]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "审查意见" in info and "Author:" in info and "checker" in info
    text = pdftotext(pdf)
    assert "第 1 页 / 共" in text


@needs_pdf
@needs_font
def test_no_silent_overwrite_and_force(seed_audits):
    out, _ = seed_audits
    runner = CliRunner()
    r = runner.invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(out) + "/"])
    assert r.exit_code == 2 and "already exists" in r.stderr
    r = runner.invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(out) + "/", "--force"])
    assert r.exit_code == 0


HOSTILE = (
    "某区人民政府2022年法治政府建设年度报告\n"
    "一、主要举措和成效\n"
    "全面推行行政复议<script>alert('x')</script>，共办理案件10件。\n"
    '法律顾问审查合同<img src="http://example.invalid/track.png">和<a href="file:///etc/passwd">file:///etc/passwd</a>。\n'
    "<style>@import url(http://example.invalid/x.css);</style>法律顾问出具意见书20份。\n"
)


@needs_pdf
@needs_font
def test_hostile_report_text_is_literal_and_fetches_nothing(tmp_path):
    res = score_text(HOSTILE, name="hostile.txt")
    html = render_html(res)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<img src="http' not in html
    renderer = PdfRenderer()
    ((_, pdf, _),) = list(render_pdfs([res], renderer=renderer))
    path = tmp_path / "h.pdf"
    path.write_bytes(pdf)
    text = "".join(pdftotext(path).split())
    assert "<script>" in text and "file:///etc/passwd" in text and '<imgsrc="http://example.invalid' in text
    assert renderer.fetched == []  # nothing named by the report is fetched; fonts come from fontconfig


# Section headings of the audit, and the tiers that hold each (Heimdall-style views).
TIER_SECTIONS = {
    "领导摘要</p>": {"summary", "review", "full"},
    "、审查明细</h2>": {"review", "full"},
    "、整改清单</h2>": {"review", "full"},
    "附录：证据摘录</h2>": {"full"},
}


@pytest.mark.parametrize("tier", ["summary", "review", "full"])
def test_audit_tiers_hold_their_sections(tmp_path, tier):
    target = tmp_path / "a.html"
    r = CliRunner().invoke(main, ["audit", "--format", "html", "--tier", tier, str(SEED_FILES[1]), "-o", str(target)])
    assert r.exit_code == 0, r.output
    html = target.read_text(encoding="utf-8")
    for heading, tiers in TIER_SECTIONS.items():
        assert (heading in html) == (tier in tiers), (tier, heading)
    assert "本意见由 checker" in html  # the provenance note closes every tier
    assert ("完整版" in html) == (tier != "full")  # a partial document says where the rest is


def test_audit_tier_is_validated_in_the_api():
    with pytest.raises(UsageError, match="unknown audit tier"):
        render_html(score_file(SEED_FILES[0]), tier="executive")
    r = CliRunner().invoke(main, ["audit", "--format", "html", "--tier", "all", str(SEED_FILES[0])])
    assert r.exit_code != 0 and "all" in r.output and "Traceback" not in r.output


@needs_pdf
@needs_font
def test_summary_tier_is_one_page_with_the_score(tmp_path, seed_audits):
    out, _ = seed_audits
    target = tmp_path / "s.pdf"
    r = CliRunner().invoke(
        main, ["audit", "--tier", "summary", str(SEED_FILES[1]), "-o", str(target), "--date", "2026-11-22"]
    )
    assert r.exit_code == 0, r.output
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    res = score_file(SEED_FILES[1])
    flat = "".join(pdftotext(target).split())
    assert f"{res.scoring.score:.1f}" in flat and "第1页/共1页" in flat
    full = next(p for p in out.glob("*.pdf") if p.name.startswith(safe_filename(res.metadata.issuer)))
    assert target.stat().st_size < full.stat().st_size


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_no_audit_when_the_only_report_cannot_be_read(tmp_path, fmt):
    """-o naming one file and nothing scored: the reasons and exit 2, never an internal error."""
    target = tmp_path / f"a.{fmt}"
    for bad in (tmp_path / "missing.txt", tmp_path):
        r = CliRunner().invoke(main, ["audit", "--format", fmt, str(bad), "-o", str(target)])
        if fmt == "pdf" and r.exit_code == 5:
            pytest.skip("no Chinese font on this machine")
        assert r.exit_code == 2, r.output
        assert "0 of 1 audit(s) written" in r.stderr and "internal error" not in r.output
        assert not target.exists()


def test_audit_of_a_text_that_never_names_its_subject_says_so():
    off = score_text("春天来了,花开了,小鸟在树上唱歌,孩子们在草地上奔跑玩耍,老人们在公园里散步聊天。\n")
    assert "可能不是法治政府建设年度报告" in render_html(off, tier="summary")
    assert "可能不是法治政府建设年度报告" not in render_html(score_file(SEED_FILES[0]), tier="summary")


def test_html_format_escapes(tmp_path):
    (tmp_path / "r.txt").write_text(HOSTILE, encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", "--format", "html", str(tmp_path / "r.txt"), "-o", str(tmp_path / "a.html")])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_missing_font_is_a_clear_error(monkeypatch, tmp_path):
    import checker.audit as audit_mod

    def no_font():
        raise FontError(
            "no Chinese (CJK) font found through fontconfig; install a Chinese font, e.g. "
            "on Debian/Ubuntu: apt-get install fonts-noto-cjk"
        )

    monkeypatch.setattr(audit_mod, "find_cjk_fonts", no_font)
    r = CliRunner().invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(tmp_path) + "/"])
    assert r.exit_code == 5
    assert "fonts-noto-cjk" in r.stderr and "Traceback" not in r.output
    assert not list(tmp_path.iterdir())


def test_weasyprint_failing_in_the_worker_is_a_clear_error(monkeypatch, tmp_path):
    """The PDF workers start before scoring; a WeasyPrint that cannot start there is still
    one message and a non-zero exit, and nothing is written."""
    import checker.audit as audit_mod
    from checker.errors import CheckerError

    class Broken:
        def __init__(self) -> None:
            raise CheckerError("WeasyPrint cannot start (libpango-1.0-0: cannot open shared object file)")

    monkeypatch.setattr(audit_mod, "PdfRenderer", Broken)  # the forked workers inherit it
    r = CliRunner().invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(tmp_path) + "/"])
    assert r.exit_code == 1, r.output
    assert "WeasyPrint cannot start" in r.stderr and "Traceback" not in r.output
    assert not list(tmp_path.iterdir())


def test_audit_without_worker_processes_renders_in_process(monkeypatch, tmp_path):
    """Where no worker process can be started (no fork, no /dev/shm), the audit is still made."""
    import concurrent.futures

    def no_processes(*_a, **_k):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_processes)
    out = tmp_path / "a.pdf"
    r = CliRunner().invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(out)])
    if r.exit_code == 5:
        pytest.skip("no Chinese font")
    assert r.exit_code == 0, r.output
    assert out.read_bytes().startswith(b"%PDF")


def _die(_html: str) -> bytes:
    os._exit(9)  # a worker killed (out of memory, say)


def test_a_worker_that_dies_is_a_clear_error(monkeypatch, tmp_path):
    import checker.audit as audit_mod

    monkeypatch.setattr(audit_mod, "_worker_pdf", _die)
    r = CliRunner().invoke(main, ["audit", str(SEED_FILES[0]), "-o", str(tmp_path) + "/"])
    if r.exit_code == 5:
        pytest.skip("no Chinese font")
    assert r.exit_code == 1, r.output
    assert "PDF worker process stopped" in r.stderr and "Traceback" not in r.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "name,expected",
    [
        ("../../etc/passwd", "etc_passwd"),
        ("a/b\\c:d*e?f", "a_b_c_d_e_f"),
        ("CON", "_CON"),
        ("..", "report"),
        ("某区\n人民政府", "某区_人民政府"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_item_table_excerpt_always_shows_the_matched_term():
    from checker.audit import Segment, clip_segments

    segs = [Segment("甲" * 50, False), Segment("法律顾问", True), Segment("乙" * 50, False)]
    out = clip_segments(segs, 60)
    text = "".join(s.text for s in out)
    assert any(s.hit and s.text == "法律顾问" for s in out)
    assert text.startswith("…") and text.endswith("…") and len(text) <= 62
    assert clip_segments([Segment("短句", False)], 60) == [Segment("短句", False)]


def _overflows(document) -> list[str]:
    """Text that runs past its table cell or off the page's content area (a layout bug)."""
    from weasyprint.formatting_structure.boxes import LineBox, TableCellBox, TextBox

    problems = []
    for n, page in enumerate(document.pages, 1):
        root = page._page_box
        right_edge = root.margin_width() - root.margin_right - root.padding_right
        for box in root.descendants():
            if isinstance(box, TableCellBox):
                cell_right = box.border_box_x() + box.border_width()
                for d in box.descendants():
                    if isinstance(d, LineBox | TextBox) and d.position_x + d.width > cell_right + 1:
                        problems.append(f"page {n}: {getattr(d, 'text', '')[:20]!r} runs past its cell")
            elif isinstance(box, TextBox) and box.position_x + box.width > right_edge + 1:
                problems.append(f"page {n}: {box.text[:20]!r} runs off the page")
    return problems


@needs_font
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem[:3])
def test_audit_layout_has_no_overflowing_text(seed):
    renderer = PdfRenderer()
    res = score_file(seed)
    document = renderer.layout(render_html(res, family=renderer.family))
    assert _overflows(document) == []
    assert 8 <= len(document.pages) <= 16


@needs_pdf
@needs_font
def test_page_one_numbers_are_text(seed_audits):
    """pdftotext finds the year, the score and the counts in the summary page (not glyph art)."""
    out, _ = seed_audits
    for seed in SEED_FILES:
        res = score_file(seed)
        pdf = next(p for p in out.glob("*.pdf") if p.name.startswith(safe_filename(res.metadata.issuer)))
        page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True)
        words = page1.stdout.split()
        assert str(res.metadata.year) in words and f"{res.scoring.score:.1f}" in words
        counts = res.counts()
        assert all(str(counts[k]) in words for k in ("covered", "partial", "planned", "absent"))


@needs_font
def test_overflow_check_catches_text_running_past_a_cell():
    renderer = PdfRenderer()
    html = (
        "<html><body><table style='table-layout: fixed; width: 60mm'><tr>"
        "<td style='width: 20mm'>" + "A" * 80 + "</td><td>整改建议</td></tr></table></body></html>"
    )
    assert any("runs past its cell" in p for p in _overflows(renderer.layout(html)))


def test_control_characters_in_quoted_evidence_are_shown_as_spaces():
    """A sentence running on over a page break of pdftotext's output holds its form feed: quoted in
    the audit it drew a box (no font has a glyph for it). It is shown as a space; the JSON evidence
    stays the original's text."""
    text = SEED_FILES[2].read_text(encoding="utf-8")
    lines = [ln[i : i + 33] for ln in text.split("\n") if ln.strip() for i in range(0, len(ln), 33)]
    copy = "".join("\n".join(lines[k : k + 22]) + f"\n\n   — {k // 22 + 1} —\n\f" for k in range(0, len(lines), 22))
    res = score_text(copy, name="p.txt")
    quoted = [e.text for i in res.items for e in i.evidence if "\f" in e.text]
    assert quoted  # (some evidence runs on over a page break)
    html = render_html(res)
    assert not any(c in html for c in "\f\v\x00")
