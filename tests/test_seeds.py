"""End-to-end on the five seed reports: accuracy against gold, script independence, offsets."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from checker import evaluate, score_file, score_text
from checker.normalize import to_simplified
from conftest import ROOT, SEED_FILES, SHARED, TRADITIONAL_SEED
from fixtures import WEB_CHROME

GOLDEN = ROOT / "tests" / "data" / "golden"


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared/gold not available")
def test_gold_accuracy():
    ev = evaluate(SHARED / "gold", [SEED_FILES[0].parent])
    assert ev.micro.f1 >= 0.97
    assert ev.micro.precision >= 0.97
    assert ev.planned_as_covered == []


def test_traditional_seed_scores_same_as_its_simplified_conversion():
    text = TRADITIONAL_SEED.read_text(encoding="utf-8")
    trad = score_text(text, name="trad")
    simp = score_text(to_simplified(text), name="simp")
    assert trad.script == "traditional" and simp.script == "simplified"
    assert [(i.id, i.status, i.elements) for i in trad.items] == [(i.id, i.status, i.elements) for i in simp.items]
    assert trad.scoring.score == simp.scoring.score
    # evidence is quoted in the original (traditional) script
    ev = next(
        e for i in trad.items for e in i.evidence if "法治" in to_simplified(e.text) and e.text != to_simplified(e.text)
    )
    assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_evidence_offsets_and_determinism(seed):
    text = seed.read_text(encoding="utf-8")
    a = score_file(seed)
    b = score_file(seed)
    assert json.dumps(a.to_dict(), ensure_ascii=False) == json.dumps(b.to_dict(), ensure_ascii=False)
    for it in a.items:
        assert (it.status == "absent") == (not it.evidence) or it.status == "not_applicable"
        for ev in it.evidence:
            assert text[ev.start : ev.end] == ev.text
    assert 0 <= a.scoring.score <= 100


def test_year_issuer_and_checklist_of_seeds():
    got = {p.stem[:3]: score_file(p) for p in SEED_FILES}
    assert (got["001"].metadata.year, got["001"].checklist.id) == (2019, "outline-2015")
    # the canonical name is simplified; the report's own wording is kept beside it
    assert got["001"].metadata.issuer == "佛山市高明区人民政府"
    assert got["001"].metadata.issuer_original == "佛山市高明區人民政府"
    assert (got["003"].metadata.issuer, got["003"].metadata.year) == ("海珠区司法局", 2020)
    assert (got["004"].metadata.year, got["004"].checklist.id) == (2023, "outline-2021")
    assert got["000"].metadata.year == 2018 and got["002"].metadata.year == 2020


def test_mirror_site_pinyin_noise_and_hard_wraps_do_not_change_verdicts():
    """A mirror copy: pinyin after some characters, lines hard-wrapped at 30 characters."""
    import re

    seed = SEED_FILES[2]
    text = seed.read_text(encoding="utf-8")
    noisy = re.sub(r"(建)(设)", r"\1(jiàn)\2(shè)", text)
    noisy = re.sub(r"(法)(治)", r"\1(fǎ)\2", noisy)
    wrapped = "\n".join(
        "\n".join(line[i : i + 30] for i in range(0, len(line), 30)) if len(line) > 30 else line
        for line in noisy.split("\n")
    )
    assert_same_verdicts(seed, wrapped)


def assert_same_verdicts(seed, copy: str):
    """A copy of a seed laid out otherwise scores as the seed: every verdict and the year the
    same, and every evidence sentence quoted exactly from the copy."""
    base = score_file(seed)
    res = score_text(copy, name="copy.txt")
    assert [(i.id, i.status) for i in res.items] == [(i.id, i.status) for i in base.items]
    assert res.metadata.year == base.metadata.year
    for it in res.items:
        for ev in it.evidence:
            assert copy[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_double_spaced_hard_wrapped_copy_gets_the_same_verdicts(seed):
    """Lines wrapped at 40 characters with an empty line after each (some converters write
    that): the wrapped lines are joined across the empty lines, every verdict is the original's."""
    text = seed.read_text(encoding="utf-8")
    wrapped = "\n\n".join(line[i : i + 40] for line in text.split("\n") for i in range(0, max(len(line), 1), 40))
    assert_same_verdicts(seed, wrapped)


@pytest.mark.parametrize("stop", [".", "．", "｡"], ids=["ascii", "fullwidth", "halfwidth-ideographic"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_copy_typing_its_full_stops_the_western_way_gets_the_same_verdicts(seed, stop):
    """A report typed on an English keyboard, recognised by OCR or set with ． ends its sentences
    with a Western full stop: after Chinese text it is a sentence end (and a line's end keeps its
    break), so every verdict is the original's (before: 280 verdicts of the 58 seeds and
    passages moved, the opening boilerplate swallowing whole paragraphs)."""
    assert_same_verdicts(seed, seed.read_text(encoding="utf-8").replace("。", stop))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_pdf_text_with_radicals_for_characters_gets_the_same_verdicts(seed):
    """Some PDFs' fonts map characters to radicals (⼯作⽅案, ⻓效, ⾨ for 门): text taken from them
    matched nothing (before: 133 verdicts of the 58 texts moved). Every Kangxi radical and the
    simplified radicals that are whole characters are read as their characters."""
    radicals = {}
    for cp in range(0x2F00, 0x2FD6):
        ch = unicodedata.normalize("NFKC", chr(cp))
        radicals.setdefault(ch, chr(cp))
    radicals.update(zip("长门见车马风页飞", "⻓⻔⻅⻋⻢⻛⻚⻜", strict=True))
    text = seed.read_text(encoding="utf-8")
    copy = "".join(radicals.get(c, c) for c in text)
    assert copy != text
    assert_same_verdicts(seed, copy)


@pytest.mark.parametrize("marks", [("<", ">"), ("<<", ">>")], ids=["single", "double"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_book_title_marks_typed_as_angle_brackets_get_the_same_verdicts(seed, marks):
    """<宪法> or <<宪法>> (an English keyboard): angle brackets around Chinese text are 《》, so a
    law's title studied is still a title (before: 6 verdicts of the 58 texts moved)."""
    text = seed.read_text(encoding="utf-8").replace("《", marks[0]).replace("》", marks[1])
    assert_same_verdicts(seed, text)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_copy_typing_its_book_title_marks_as_quotation_marks_gets_the_same_verdicts_and_issuer(seed):
    """“行政复议法” for 《行政复议法》 (an English keyboard, a site without 《》): a document's title is
    still a title (before: 6 verdicts and 2 issuers of the 58 texts moved — seed 002 was named by
    its district alone, its title's 常州市 lost)."""
    text = seed.read_text(encoding="utf-8").replace("《", "“").replace("》", "”")
    assert_same_verdicts(seed, text)
    assert score_text(text, name=seed.name).metadata.issuer == score_file(seed).metadata.issuer


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_copy_writing_its_years_in_chinese_digits_gets_the_same_verdicts_year_and_issuer(seed):
    """二〇二〇年 for 2020年, as formal titles, openings and signatures write it (before: the year of
    22 of the 58 texts was lost, and 21 issuers changed where a pattern holds the year)."""
    digits = str.maketrans("0123456789", "〇一二三四五六七八九")
    text = re.sub(r"(?<!\d)(20\d\d)年", lambda m: m[1].translate(digits) + "年", seed.read_text(encoding="utf-8"))
    assert_same_verdicts(seed, text)
    got, original = score_text(text, name=seed.name).metadata, score_file(seed).metadata
    assert (got.year, got.issuer) == (original.year, original.issuer)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_copy_typing_its_enumeration_commas_as_commas_gets_the_same_verdicts(seed):
    """A report typed without 、 (an English keyboard: 信访,调解,仲裁,行政复议,诉讼等): its listed
    topics are still a list, not work on each (before: seed 004 gained reconsideration and
    petitions from 3.信访,调解,…等矛盾纠纷多元预防调处化解综合机制有效运行; 15 verdicts of the 58
    texts moved, 4 now)."""
    assert_same_verdicts(seed, seed.read_text(encoding="utf-8").replace("、", ","))


@pytest.mark.parametrize("dot", [".", "．"], ids=["ascii", "fullwidth"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_heading_numbers_written_with_a_dot_stay_headings(seed, dot):
    """一.加强组织领导 / 二．存在的问题: a heading's number with a dot (not 、) is no sentence end,
    whatever a Western full stop after Chinese text otherwise is; a 下一步 section stays the plans."""
    text = re.sub(
        r"(?m)^(\s*)([一二三四五六七八九十]+)、", lambda m: m[1] + m[2] + dot, seed.read_text(encoding="utf-8")
    )
    assert_same_verdicts(seed, text)


@pytest.mark.parametrize("width", [17, 23, 31, 38])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_copy_hard_wrapped_at_any_width_gets_the_same_verdicts_and_elements(seed, width):
    """Hard-wrapped as a page of that width would wrap it (a PDF's text, a Word file converted
    from one): a numbered paragraph's first line and a line ending in 决定 run on (before: seed
    004 lost an element of the three systems at 31); a signature that fills a narrow line is not
    joined to the date below it (before: 004 lost its full name at 17)."""
    text = seed.read_text(encoding="utf-8")
    lines = [line[i : i + width] for line in text.split("\n") if line.strip() for i in range(0, len(line), width)]
    copy = "\n".join(lines)
    assert_same_verdicts(seed, copy)
    got, original = score_text(copy, name="w.txt"), score_file(seed)
    assert [(i.id, i.elements) for i in got.items] == [(i.id, i.elements) for i in original.items]
    assert (got.metadata.issuer, got.metadata.year) == (original.metadata.issuer, original.metadata.year)


@pytest.mark.parametrize(
    "footer, header",
    [("— {} —", ""), ("- {} -", ""), ("第 {} 页 共 9 页", ""), ("{}", ""), ("— {} —", "法治政府建设年度报告")],
)
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_pdf_text_with_page_breaks_gets_the_same_verdicts_and_issuer(seed, footer, header):
    """Text taken from a PDF (pdftotext, a viewer's copy): lines wrapped at 33 characters, and
    between pages blank lines, the page's number, a form feed and perhaps a running header. A
    sentence running on over a page break is one sentence; the signature after the last page's
    form feed names the body (before: seeds 002 and 003 each moved a verdict, 004 lost its
    signature; with the header, 002 and 003 moved one again)."""
    text = seed.read_text(encoding="utf-8")
    lines = [line[i : i + 33] for line in text.split("\n") if line.strip() for i in range(0, len(line), 33)]
    pages = [lines[k : k + 22] for k in range(0, len(lines), 22)]
    top = f"{header}\n" if header else ""
    copy = "".join(
        (top if n > 1 else "") + "\n".join(page) + f"\n\n\n   {footer.format(n)}\n\f" for n, page in enumerate(pages, 1)
    )
    assert_same_verdicts(seed, copy)
    got, original = score_text(copy, name="p.txt"), score_file(seed)
    assert [(i.id, i.elements) for i in got.items] == [(i.id, i.elements) for i in original.items]
    assert (got.metadata.issuer, got.metadata.year) == (original.metadata.issuer, original.metadata.year)


@pytest.mark.parametrize("leaders", ["……………", "\t", ""], ids=["leaders", "tab", "bare"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_table_of_contents_changes_nothing(seed, leaders):
    """A long report's 目录 after its title lists its headings (with dot leaders and pages, or
    not): they are front matter, not headings labelling the opening; the last entry is not run
    into the first paragraph (before: seed 000, its list with dot leaders, lost its issuer; the
    excerpts' test below shows what moved there)."""
    text = seed.read_text(encoding="utf-8")
    heads = re.findall(
        r"(?m)^\s*([一二三四五六七八九十]{1,3}、[^。\n]{0,40}|[（(][一二三四五六七八九十]{1,3}[）)][^。\n]{0,40})", text
    )
    first, rest = text.split("\n", 1)
    toc = "".join(f"{h.strip()}{leaders}{k + 1 if leaders else ''}\n" for k, h in enumerate(heads))
    copy = f"{first}\n目  录\n{toc}{rest}"
    assert_same_verdicts(seed, copy)
    got, original = score_text(copy, name="toc.txt"), score_file(seed)
    assert (got.metadata.issuer, got.metadata.year) == (original.metadata.issuer, original.metadata.year)


@pytest.mark.parametrize("top, bottom", WEB_CHROME, ids=["toolbar-footer", "metadata-prevnext", "wechat-copy"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_web_page_copied_whole_gets_the_same_verdicts_year_and_issuer(seed, top, bottom):
    """The page's chrome copied into the text file with the report (before: the footer counted as
    社会监督 and the signature above 上一篇/下一篇 no longer named seed 004's body)."""
    copy = top + seed.read_text(encoding="utf-8") + bottom
    assert_same_verdicts(seed, copy)
    got, original = score_text(copy, name="page.txt"), score_file(seed)
    assert (got.metadata.issuer, got.metadata.year) == (original.metadata.issuer, original.metadata.year)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_letter_spaced_copy_gets_the_same_verdicts_year_and_issuer(seed):
    """A PDF set with letter-spacing extracts as 佛 山 市 2 0 1 9 年 , …: every space is layout
    (also between digits and beside half-width punctuation); headings are told by their
    characters, not their spaced-out length. Before: no year found in any seed, a wrong body."""
    text = seed.read_text(encoding="utf-8")
    spaced = "\n".join(" ".join(line) for line in text.split("\n"))
    assert_same_verdicts(seed, spaced)
    assert score_text(spaced, name="s.txt").metadata.issuer == score_file(seed).metadata.issuer


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_copy_with_heading_numbers_on_their_own_lines_gets_the_same_verdicts(seed):
    """Some PDF extractions put a heading's number (drawn apart from its text) on a line of its
    own: 一、 then 加强组织领导. Read as body text, a template heading's catch-all list had counted
    as work (seed 004: two verdicts)."""
    text = seed.read_text(encoding="utf-8")
    split = re.sub(r"(?m)^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])", "\\1\n", text)
    assert split.count("\n") > text.count("\n")
    assert_same_verdicts(seed, split)


@pytest.mark.parametrize("joiner", ["", " "], ids=["joined", "spaced"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_a_report_copied_without_its_line_breaks_gets_the_same_verdicts(seed, joiner):
    """Pasted from a web page as one line, a report keeps its parts: headings, shortcomings and
    plans are found again, and every verdict is the original's (evidence quoted exactly)."""
    assert_same_verdicts(seed, seed.read_text(encoding="utf-8").replace("\n", joiner))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_score_documents_unchanged(seed):
    """The JSON of each seed equals the recorded one (tests/data/golden): speed work and
    refactoring must not move a verdict, an offset or a highlighted term. After a deliberate
    change of rules, regenerate with `python tests/data/golden/regenerate.py` and review the diff."""
    import gzip

    golden = json.loads(gzip.open(GOLDEN / f"{seed.stem}.json.gz", "rt", encoding="utf-8").read())
    got = score_file(seed).to_dict()
    got["document"]["path"] = f"seeds/{seed.name}"
    assert json.loads(json.dumps(got, ensure_ascii=False)) == golden
