"""Hostile input: every case is a clear error within bounded time, and a batch continues past it."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import ChecklistError, InputError, load_checklist, read_document, score_document, score_text
from checker.cli import main
from conftest import SEED_FILES, item_yaml


def _zip_named_docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    p = tmp_path / "fake.docx"
    p.write_bytes(buf.getvalue())
    return p


def _zip_bomb_docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<a>" + b"0" * (210 * 1024 * 1024) + b"</a>")
    p = tmp_path / "bomb.docx"
    p.write_bytes(buf.getvalue())
    return p


def _truncated_pdf(tmp_path):
    from checker.formats import sniff

    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R"
    assert sniff(pdf) == "pdf"
    p = tmp_path / "cut.pdf"
    p.write_bytes(pdf)
    return p


def _huge(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    return p


def _nested_html(tmp_path):
    p = tmp_path / "nested.html"
    p.write_text(
        "<html><body>" + "<div>" * 200_000 + "法治政府建设" + "</div>" * 200_000 + "</body></html>", encoding="utf-8"
    )
    return p


def _file(name, data):
    def make(tmp_path):
        p = tmp_path / name
        p.write_bytes(data)
        return p

    return make


CASES = {
    "empty": (_file("empty.txt", b""), "empty"),
    "huge": (_huge, "larger than"),
    "binary": (_file("bin.txt", bytes(range(256)) * 50), "binary"),
    "nul-padded": (_file("nul.txt", b"\x00" * 5000), None),
    "zip-named-docx": (_zip_named_docx, "not a Word"),
    "zip-bomb-docx": (_zip_bomb_docx, "unpacks to"),
    "truncated-pdf": (_truncated_pdf, "damaged, truncated|no text layer"),
    "nested-html": (_nested_html, None),
    "png": (_file("x.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "image"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_a_clear_error(case, tmp_path, bounded):
    make, message = CASES[case]
    path = make(tmp_path)
    try:
        doc = read_document(path)
    except InputError as exc:
        if message:
            assert __import__("re").search(message, str(exc)), str(exc)
        assert str(path.name) in str(exc)
        return
    score_document(doc)  # if it can be read at all, it must score without an exception


def test_batch_continues_past_every_hostile_file(tmp_path, bounded):
    paths = [
        str(make(tmp_path))
        for make, _ in (CASES[c] for c in ("empty", "binary", "zip-named-docx", "truncated-pdf", "png"))
    ]
    r = CliRunner().invoke(main, ["score", "--format", "json", *paths, str(SEED_FILES[0])])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert '"year": 2018' in r.stdout


def test_yaml_bomb_checklist(mini_checklist, bounded):
    cl = mini_checklist(item_yaml("test.a", "法律顾问"))
    lol = "kind: items\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
    prev = "a"
    for n in "bcdefghijk":
        lol += f"{n}: &{n} [" + ", ".join([f"*{prev}"] * 10) + "]\n"
        prev = n
    (cl.parent / "common" / "items.yaml").write_text(lol, encoding="utf-8")
    with pytest.raises(ChecklistError, match="expands to more than"):
        load_checklist(cl)


@pytest.mark.parametrize("regex", ["(a+)+$", "(\\w*)*x", "(a|aa)+b", "(法|法治)*x", "(.*a){12}"])
def test_catastrophic_regex_in_user_checklist(mini_checklist, regex, bounded):
    cl = mini_checklist(item_yaml("test.a", "{regex: '" + regex + "'}"))
    with pytest.raises(ChecklistError, match="backtrack"):
        load_checklist(cl)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_only_raise_input_error(data):
    try:
        doc = read_document("fuzz.bin", data)
    except InputError:
        return
    score_document(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_random_unicode_scores_or_input_error(text):
    try:
        res = score_text(text, name="fuzz.txt")
    except InputError:
        return
    for it in res.items:
        for ev in it.evidence:
            assert res.document.text[ev.start : ev.end] == ev.text


def test_long_text_without_punctuation_is_bounded(bounded):
    """2 MB of one 'sentence' with whole-word terms in it: segmentation only looks near hits."""
    text = "年终述法一公开统一公开法治政府建设" * 120_000
    res = score_text(text, name="long.txt")
    assert res.item("leadership.shufa").status in ("covered", "planned", "partial")


def test_text_over_the_size_limit_is_refused(bounded):
    with pytest.raises(InputError, match="not read"):
        score_text("法" * 3_100_000, name="huge.txt")


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    from fixtures import pdf_bytes

    return pdf_bytes(SEED_FILES[3].read_text(encoding="utf-8")[:3000])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_mutated_pdfs_only_raise_input_error(seed_pdf, data):
    """A real PDF with bytes flipped, cut, or spliced: a Document or one InputError, never more."""
    pdf = bytearray(seed_pdf)
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(["flip", "cut", "splice"]))
        i = data.draw(st.integers(0, len(pdf) - 1))
        if kind == "flip":
            pdf[i] = data.draw(st.integers(0, 255))
        elif kind == "cut":
            del pdf[i : i + data.draw(st.integers(1, 400))]
        else:
            pdf[i:i] = data.draw(st.binary(min_size=1, max_size=40))
        if len(pdf) < 20:
            break
    try:
        doc = read_document("mutated.pdf", bytes(pdf))
    except InputError:
        return
    assert doc.text.strip()


@pytest.mark.parametrize("mark", ["、", ","], ids=["enumeration-comma", "typed-comma"])
def test_a_text_of_identical_list_lines_is_bounded(mark, bounded):
    """20,000 identical lines, each a list ending in 等, joined into one 780 KB sentence: each line
    looked like a running header, and the page-break scan ran from every line to the text's end
    (22 s); the list patterns tried 、-runs of any length from every position (a pattern timeout
    after 28 s). Typed with commas, the lines are read as lists too (no 、 in the text)."""
    line = ("甲乙" + mark) * 12 + "丙等\n"
    res = score_text("某县2022年法治政府建设情况报告\n" + line * 20_000, name="lines.txt")
    assert res.metadata.year == 2022
