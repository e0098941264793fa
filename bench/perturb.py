"""How much do verdicts depend on the form a report arrives in? Figures, not assertions.

    python bench/perturb.py [--passages ../shared/passages] [--only NAME]

Each text (the five seeds and, when present, the 53 development excerpts) is scored as it is
and again in forms real copies take — hard-wrapped like a PDF's text, with page furniture
between pages (pdftotext), indented like ``pdftotext -layout``, pasted as one line, converted to
Markdown, to Hong Kong script, with a table of contents, with its heading numbers written other
ways, as a WeChat article, as a Word file framing its body in a table. For each form the script
prints how many texts changed, how many verdicts moved, and how many texts changed their issuer
or year. The tests assert the same for the forms that must not move anything; this script shows
the whole picture, including what is known to move (a collapsed copy runs headings without
punctuation into their paragraphs: no reader can tell where such a heading ends).
"""

from __future__ import annotations

import argparse
import html
import io
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import read_document, score_document, score_text  # noqa: E402
from checker.api import ReportResult  # noqa: E402

CN = "一二三四五六七八九十"
HEADING = re.compile(rf"(?m)^\s*([{CN}]{{1,3}}、[^。\n]{{0,40}}|[（(][{CN}]{{1,3}}[）)][^。\n]{{0,40}})")


def wrap(text: str, width: int, indent: str = "") -> str:
    paragraphs = [indent + ln for ln in text.split("\n") if ln.strip()]
    return "\n".join(p[i : i + width] for p in paragraphs for i in range(0, len(p), width))


def pdftotext_like(text: str, header: str = "") -> str:
    lines = wrap(text, 33).split("\n")
    pages = [lines[k : k + 22] for k in range(0, len(lines), 22)]
    top = f"{header}\n" if header else ""
    return "".join((top if n > 1 else "") + "\n".join(p) + f"\n\n\n   — {n} —\n\f" for n, p in enumerate(pages, 1))


def markdown(text: str) -> bytes:
    """As a Word-to-Markdown converter writes a report: a heading line (no full stop) as # / ## /
    ### by its number's level, a paragraph's lead sentence in bold, numbered paragraphs as a list,
    a short unnumbered line (a title, a signature) in bold."""
    out = []
    for line in text.split("\n"):
        level = 1 if re.match(rf"[{CN}]+、", line) else 2 if re.match(rf"[（(][{CN}]+[）)]", line) else 0
        level = level or (3 if re.match(r"\d+[.．、]", line) else 0)
        if level and "。" not in line.rstrip("。"):
            line = "#" * level + " " + line
        elif level in (1, 2):
            head, dot, rest = line.partition("。")
            line = f"**{head}{dot}**{rest}"
        elif level == 3:
            m = re.match(r"(\d+)[.．、]", line)
            line = f"{m[1]}. {line[m.end() :]}" if m else line
        elif line.strip() and len(line) <= 30 and not line.rstrip().endswith(("。", ":", "：")):
            line = f"**{line.strip()}**"  # a title or a signature, set in bold
        out.append(line)
    return "\n\n".join(out).encode()


def contents(text: str) -> str:
    heads = HEADING.findall(text)
    if len(heads) < 2:  # (no table of contents lists one heading)
        return text
    first, _, rest = text.partition("\n")
    return f"{first}\n目  录\n" + "".join(f"{h.strip()}……………{k + 1}\n" for k, h in enumerate(heads)) + rest


def wechat(text: str) -> bytes:
    body = "".join(
        f'<section style="line-height:1.75em;"><span>{html.escape(ln)}</span></section>'
        for ln in text.split("\n")
        if ln.strip()
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        f'<div id="js_content">{body}</div><div>阅读原文 微信扫一扫 关注该公众号</div></body></html>'
    ).encode()


def framed_docx(text: str) -> bytes:
    import docx  # python-docx (the dev extra)

    d = docx.Document()
    lines = [ln for ln in text.split("\n") if ln.strip()]
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@lru_cache(maxsize=1)
def _s2hk() -> Any:
    import opencc

    return opencc.OpenCC("s2hk")


def hong_kong(text: str) -> str:
    return _s2hk().convert(text)


def numbers(kind: str) -> Callable[[str], str]:
    if kind == "space":
        return lambda t: re.sub(rf"(?m)^(\s*)([{CN}]+)、", lambda m: m[1] + m[2] + "\u3000", t)
    if kind == "none":  # a Word file whose headings show their level by style, no number typed
        return lambda t: re.sub(rf"(?m)^(\s*)([{CN}]+、|[（(][{CN}]+[）)]|\d{{1,2}}[.．、])", r"\1", t)
    if kind == "enclosed":
        return lambda t: re.sub(rf"(?m)^(\s*)[（(]([{CN}])[）)]", lambda m: m[1] + chr(0x3220 + CN.index(m[2])), t)
    return lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})[.．、]", lambda m: f"{m[1]}{m[2]}）", t)


@lru_cache(maxsize=1)
def _pdf_forms() -> dict[str, str]:
    """Each character as some PDFs' fonts give it: a Kangxi radical (⼯ for 工) or a compatibility
    ideograph (率 U+F961), where Unicode's compatibility mapping leads back to it."""
    out: dict[str, str] = {}
    for cp in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)):
        ch = unicodedata.normalize("NFKC", chr(cp))
        if len(ch) == 1:
            out.setdefault(ch, chr(cp))
    return out


def pdf_font(kind: str) -> Callable[[str], str]:
    lo, hi = (0x2F00, 0x2FD5) if kind == "radicals" else (0xF900, 0xFAD9)
    table = {k: v for k, v in _pdf_forms().items() if lo <= ord(v) <= hi}
    return lambda t: "".join(table.get(c, c) for c in t)


def as_text(fn: Callable[[str], str]) -> Callable[[str], ReportResult]:
    return lambda t: score_text(fn(t), name="copy.txt")


def as_file(name: str, fn: Callable[[str], bytes]) -> Callable[[str], ReportResult]:
    return lambda t: score_document(read_document(name, fn(t)))


CHROME_TOP = (
    "当前位置：首页 > 信息公开 > 法治政府建设年度报告\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n"
    "索引号：11440105007483123X/2024-00012  发布机构：某区司法局\n发布时间：2024-03-01 10:30  浏览次数：1234\n"
)
CHROME_BOTTOM = (
    "\n分享到：微信 微博 QQ空间\n【我要纠错】 【打印】 【关闭】\n上一篇：某区2022年度法治政府建设情况报告\n"
    "主办单位：某区人民政府办公室 版权所有 ICP备12345678号\n"
)

FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def chinese_years(text: str) -> str:
    """As a formal title, opening and signature write a year: 二〇二三年."""
    return re.sub(r"(?<!\d)(20\d\d)年", lambda m: m[1].translate(CHINESE_DIGITS) + "年", text)


CHINESE_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def half_width(text: str) -> str:
    """As a report typed with an English keyboard's punctuation throughout."""
    return text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "“": '"', "”": '"'}))


FORMS: dict[str, Callable[[str], ReportResult]] = {
    "hard-wrapped at 17": as_text(lambda t: wrap(t, 17)),
    "hard-wrapped at 26": as_text(lambda t: wrap(t, 26)),
    "hard-wrapped at 38": as_text(lambda t: wrap(t, 38)),
    "indented, wrapped at 26 (pdftotext -layout)": as_text(lambda t: wrap(t, 26, "   ")),
    "page breaks between pages (pdftotext)": as_text(pdftotext_like),
    "page breaks and a running header": as_text(lambda t: pdftotext_like(t, "法治政府建设年度报告")),
    "pasted as one line": as_text(lambda t: t.replace("\n", "")),
    "Markdown (# headings, bold leads and titles)": as_file("copy.md", markdown),
    "Hong Kong script (s2hk)": as_text(hong_kong),
    "table of contents after the title": as_text(contents),
    "heading numbers 一　(space)": as_text(numbers("space")),
    "heading numbers ㈠ (enclosed)": as_text(numbers("enclosed")),
    "heading numbers 1） (bracket)": as_text(numbers("bracket")),
    "heading numbers removed (Word heading styles)": as_text(numbers("none")),
    "full stops typed . (an English keyboard, OCR)": as_text(lambda t: t.replace("。", ".")),
    "full stops typed ． (full-width)": as_text(lambda t: t.replace("。", "．")),
    "heading numbers 一. (a dot)": as_text(lambda t: re.sub(rf"(?m)^(\s*)([{CN}]+)、", r"\1\2.", t)),
    "half-width ideographic ｡ ､": as_text(lambda t: t.replace("。", "｡").replace("、", "､")),
    "book-title marks typed <<>>": as_text(lambda t: t.replace("《", "<<").replace("》", ">>")),
    "enumeration comma typed , (English keyboard)": as_text(lambda t: t.replace("、", ",")),
    "book-title marks typed as quotes “”": as_text(lambda t: t.replace("《", "“").replace("》", "”")),
    'all punctuation half-width ,;:()"': as_text(half_width),
    "digits full-width (２０２３)": as_text(lambda t: t.translate(FULL_DIGITS)),
    "years in Chinese digits (二〇二三年)": as_text(chinese_years),
    "one sentence per line": as_text(lambda t: t.replace("。", "。\n")),
    "PDF font: Kangxi radicals": as_text(pdf_font("radicals")),
    "PDF font: compatibility ideographs": as_text(pdf_font("compat")),
    "a web page copied whole (its chrome in the text)": as_text(lambda t: CHROME_TOP + t + CHROME_BOTTOM),
    "a WeChat article copied as text (byline, 阅读原文)": as_text(
        lambda t: "原创 海珠司法 海珠区司法局 2024-03-01 18:00 广东\n" + t + "\n阅读原文\n阅读 1024\n在看 12\n写留言\n"
    ),
    "WeChat article (<section> paragraphs)": as_file("copy.html", wechat),
    "Word file, body framed in a table": as_file("copy.docx", framed_docx),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passages", type=Path, default=ROOT.parent / "shared" / "passages")
    ap.add_argument("--only", help="run the forms whose name contains this")
    args = ap.parse_args()
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(args.passages.glob("*.txt"))
    texts = {f.stem: f.read_text(encoding="utf-8") for f in files}
    base = {k: score_text(t, name=f"{k}.txt") for k, t in texts.items()}
    total = sum(len(r.items) for r in base.values())
    print(f"{len(texts)} texts ({total} verdicts)\n")
    print(f"{'form':46s} {'texts changed':>13s} {'verdicts moved':>15s} {'issuer':>7s} {'year':>5s} {'s':>6s}")
    for name, score in FORMS.items():
        if args.only and args.only not in name:
            continue
        t0 = time.perf_counter()
        changed = moved = issuer = year = 0
        for k, text in texts.items():
            a, b = base[k], score(text)
            n = sum(x.status != y.status for x, y in zip(a.items, b.items, strict=True))
            moved += n
            issuer += a.metadata.issuer != b.metadata.issuer
            year += a.metadata.year != b.metadata.year
            changed += bool(n) or a.metadata.issuer != b.metadata.issuer or a.metadata.year != b.metadata.year
        dt = time.perf_counter() - t0
        print(f"{name:46s} {changed:13d} {moved:15d} {issuer:7d} {year:5d} {dt:6.1f}")


if __name__ == "__main__":
    main()
