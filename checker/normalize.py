"""Stage 2 — normalize: the original text to a *matching form* with an offset map back.

Matching happens on a canonical form (simplified script, half-width ASCII, no quotation marks,
no pinyin noise, sentences re-joined across stray line breaks) so that one checklist term
matches every way a report may write it. Evidence is always quoted from the original:
``origin[i]`` is the index in the original text of matching-form character ``i``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

import opencc

from .model import LineJoining
from .patterns import Pattern

# Characters deleted from the matching form: quotation marks never change meaning for matching
# and real reports quote terms inconsistently (行政执法“三项制度” vs 行政执法三项制度).
_DROP_CHARS = frozenset("“”‘’「」『』\"'〝〞﹁﹂﹃﹄｢｣")
# Invisible characters (zero-width spaces and joiners, word joiner, soft hyphen, a BOM inside
# the text): copied web text carries them between characters, where they would split terms.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Mirror sites insert pinyin after characters: 建設(shè). Only lowercase pinyin letters in
# brackets right after a Han character are removed (the character before is checked in Python:
# a look-behind at every position costs more than the whole scan).
_PINYIN_SYLLABLE = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}"
_PINYIN_NOISE = re.compile(rf"[(（]{_PINYIN_SYLLABLE}[)）]")
# Some mirrors also lost the character itself, leaving a question mark, its pinyin and a stray
# byte where it stood: 納入?yún)^(qū)管 (區), 推動?xùn)|莞. Read as a question mark it would end
# the sentence in the middle of a clause, so the whole remnant is dropped from the matching form.
_LOST_CHAR = re.compile(rf"\?{_PINYIN_SYLLABLE}\)[\^|]?(?:[(（]{_PINYIN_SYLLABLE}[)）])?")
# Spaces inside running Chinese text are layout (法 治 政 府), and so are the spaces a
# word-processor extraction puts around numbers ("2020 年", "三个 100%"). Space runs are rare,
# so they are found with one plain scan and judged by their neighbours.
_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")
_CJK_PUNCT = frozenset("，。、；：")


def _is_han(ch: str) -> bool:
    # (a radical or compatibility ideograph a PDF's font gave for a character is one too)
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u2e80" <= ch <= "\u2fdf"


def _layout_space(before: str, after: str) -> bool:
    """Is a space run between these two characters layout rather than a separator?"""
    if (_is_han(before) or before in _CJK_PUNCT) and (_is_han(after) or after in _CJK_PUNCT):
        return True
    return (_is_han(before) and after.isascii() and after.isdigit()) or (
        (before == "%" or (before.isascii() and before.isdigit())) and _is_han(after)
    )


def _pinyin_noise(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PINYIN_NOISE.finditer(text) if m.start() > 0 and _is_han(text[m.start() - 1])]
    if "?" in text:
        lost = [m.span() for m in _LOST_CHAR.finditer(text)]
        if lost:  # (a remnant's own pinyin is inside it: keep the spans disjoint)
            spans = sorted(lost + [s for s in spans if not any(a <= s[0] < b for a, b in lost)])
    return spans


def strip_pinyin_noise(text: str) -> str:
    """The text without pinyin noise (建設(shè) → 建設), for names quoted from a report."""
    kept, pos = [], 0
    for a, b in _pinyin_noise(text):
        kept.append(text[pos:a])
        pos = b
    return "".join(kept) + text[pos:]


_SPACED_PAIR = re.compile(r"(?<=\S) (?=\S)")


def _letter_spaced(text: str, min_chars: int = 200) -> bool:
    """Is the text spaced out character by character (a PDF set with letter-spacing, extracted
    as 佛 山 市 2 0 1 9 年 , …)? Then a single space is layout everywhere, also between digits and
    beside half-width punctuation; a wider run still separates. (``min_chars``: a report's text
    must be long enough to tell; a name quoted from one, 高 新 区, a few characters.)"""
    sample = text[:20000]
    spaces = sample.count(" ")
    if spaces < 0.6 * (len(sample) - spaces - sample.count("\n") - 1):  # (most texts: at once)
        return False
    chars = sum(1 for c in sample if not c.isspace())
    return chars >= min_chars and len(_SPACED_PAIR.findall(sample)) >= 0.6 * (chars - 1)


def _layout_spaces(text: str, spaced: bool) -> list[tuple[int, int]]:
    if spaced:
        return [m.span() for m in _SPACED_PAIR.finditer(text)] + [
            m.span()
            for m in _SPACE_RUN.finditer(text)
            if m.end() - m.start() > 1
            and 0 < m.start()
            and m.end() < len(text)
            and _layout_space(text[m.start() - 1], text[m.end()])
        ]
    return [
        m.span()
        for m in _SPACE_RUN.finditer(text)
        if 0 < m.start() and m.end() < len(text) and _layout_space(text[m.start() - 1], text[m.end()])
    ]


def _kept_number_spaces(spans: list[tuple[int, int]], text: str, rule: LineJoining) -> list[tuple[int, int]]:
    """The layout spaces, less those separating a heading's number from its title (一　加强组织
    领导): deleted, the number would run into the title and the heading go unrecognised."""
    if rule.number_space is None or not spans:
        return spans
    kept = [m.span() for m in rule.number_space.finditer(text)]
    if not kept:
        return spans
    return [s for s in spans if not any(a <= s[0] < b for a, b in kept)]


_SENTENCE_END = "。｡！？!?；;：:」』）)】》…"
_CLOSERS = "」』）)】》"
_WESTERN_STOPS = ".．"
#: What may stand before a Western full stop that ends a Chinese sentence, besides Chinese text.
_BEFORE_STOP = ")）]】》%"


def _ends_sentence(line: str) -> bool:
    """Whether a (stripped, non-empty) line ends a sentence: Chinese or Western end punctuation,
    or a Western full stop after Chinese text (…内部监督. — a report typed so keeps its breaks)."""
    last = line[-1]
    if last in _SENTENCE_END:
        return True
    return last in _WESTERN_STOPS and len(line) > 1 and (_is_han(line[-2]) or line[-2] in _BEFORE_STOP)


@dataclass(frozen=True)
class NormalizedText:
    """Matching form of a report plus the map back to the original."""

    text: str
    origin: array  # origin[i] = original index of text[i]; len(origin) == len(text)
    original_length: int
    script: str  # "simplified" | "traditional"
    # where a line break a copy lost was put back (offsets of those "\n" in ``text``): a sentence
    # after one may continue its paragraph, which a break of the original would have ended
    restored: frozenset[int] = frozenset()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the matching form to the original text."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    # hk2s: t2s after OpenCC's Hong Kong variants are mapped to the standard forms — a mirror
    # site converting to Hong Kong script writes 衞 for 衛 (卫), which t2s leaves as it is
    # (衞生健康委员会 then neither matched 卫生 nor named the same body)
    return opencc.OpenCC("hk2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC, length-preserving (falls back per character)."""
    conv = _t2s().convert(text)
    if len(conv) == len(text):
        return conv
    out = []
    for ch in text:
        c = _t2s().convert(ch)
        out.append(c[0] if c else ch)
    return "".join(out)


_HAN_RE = re.compile("[\u4e00-\u9fff]+")


def detect_script(text: str) -> str:
    """'traditional' when a noticeable share of Han characters change under 繁→简."""
    sample = "".join(_HAN_RE.findall(text))[:20000]
    if not sample:
        return "simplified"
    converted = to_simplified(sample)
    if converted == sample:  # the common case, decided in C
        return "simplified"
    changed = sum(map(str.__ne__, sample, converted))
    return "traditional" if changed / len(sample) > 0.03 else "simplified"


# Length-preserving translation: full-width ASCII to ASCII, odd spaces to space, A-Z to a-z.
_FOLD_TABLE: dict[int, int | str] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({ord(c): " " for c in "\u3000\u00a0\u2002\u2003\u2009"})
_FOLD_TABLE.update({code: code + 32 for code in range(ord("A"), ord("Z") + 1)})
_FOLD_TABLE.update({code + 0xFEE0: code + 32 for code in range(ord("A"), ord("Z") + 1)})
# (the half-width ideographic full stop and enumeration comma, ｡ and ､, are the Chinese ones)
_FOLD_TABLE.update({0xFF61: "。", 0xFF64: "、"})
# Radicals and compatibility ideographs a PDF's font maps its characters to (⼯作⽅案 for 工作方案,
# ⻓效 for 长效, 率 U+F961 for 率): text taken from such a PDF matches nothing. Each is the ideograph
# Unicode's compatibility mapping names (some in their traditional form — ⾨ is 門 — so the
# simplified form is taken, as the matching form is simplified); the simplified radicals that are
# whole characters are listed.
_COMPAT = {
    cp: nfkc
    for cp in (*range(0x2F00, 0x2FD6), 0x2E9F, 0x2EF3, *range(0xF900, 0xFADA))
    if len(nfkc := unicodedata.normalize("NFKC", chr(cp))) == 1 and "\u4e00" <= nfkc <= "\u9fff"
}
_COMPAT_SIMPLIFIED = _t2s().convert("".join(_COMPAT.values()))  # (the converter scoring uses)
_FOLD_TABLE.update(zip(_COMPAT, _COMPAT_SIMPLIFIED, strict=True))
_FOLD_TABLE.update(
    {
        ord(r): c
        for r, c in zip(
            "⻅⻆⻉⻋⻓⻔⻚⻛⻜⻢⻥⻦⻨⻩⻬⻮⻰⻙⻧⻪", "见角贝车长门页风飞马鱼鸟麦黄齐齿龙韦卤黾", strict=True
        )
    }
)
_FOLD_RE = re.compile("[" + re.escape("".join(sorted(chr(k) for k in _FOLD_TABLE))) + "]")
_FOLD_CHARS = {chr(k): v if isinstance(v, str) else chr(v) for k, v in _FOLD_TABLE.items()}


def _fold(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, faster: str.translate looks up every character of a
    Chinese text in the table, while most characters are not in it."""
    return _FOLD_RE.sub(lambda m: _FOLD_CHARS[m.group()], text)


# A full stop typed as a Western one (. or the full-width ．, which folds to it) after Chinese
# text and before the next sentence or the line's end: a report so typed (an English keyboard,
# OCR, a typesetting convention) is one sentence per paragraph to the segmenter, and its opening
# boilerplate and mention spans then swallow whole paragraphs (280 verdicts of 58 texts moved).
# Not a decimal point or a heading number (a digit before), nor a URL or an abbreviation (a
# Latin letter before), nor a heading's 一. (the profile's heading patterns); a number may
# follow (。2018年,…; 。1-10月…). (The character before is checked in Python: a look-behind at
# every position costs more than the scan for the dot.)
_WESTERN_STOP_RE = re.compile(r"\.(?=[\s\u4e00-\u9fff(\[【《0-9]|$)", re.M)


def _chinese_stops(text: str, rule: LineJoining) -> str:
    """One for one: a Western full stop ending a Chinese sentence becomes 。."""
    if "." not in text:
        return text

    def stop(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else ""
        if not (_is_han(before) or (before and before in _BEFORE_STOP)):
            return "."
        line_start = text.rfind("\n", 0, m.start()) + 1
        return "." if _number_only(text[line_start : m.end()], rule) else "。"

    return _WESTERN_STOP_RE.sub(stop, text)


# A year written in Chinese digits (二〇二二年, 二○二一年 with the circle many systems type for 〇,
# 一九九九年), as formal titles, openings and signatures write it: read as Arabic digits, one for
# one, so that every pattern reading a year (\d{4}年) reads it (before, 22 of 58 texts written so
# lost their year, and 21 their issuer where a pattern holds the year).
_CHINESE_YEAR_RE = re.compile("[一二][〇○零九][〇○零一二三四五六七八九]{2}(?=年)")
_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _arabic_years(text: str) -> str:
    """One for one: a year's Chinese digits become Arabic ones."""
    return _CHINESE_YEAR_RE.sub(lambda m: m.group().translate(_CHINESE_DIGITS), text)


# Book-title marks typed on an English keyboard, <宪法> or <<宪法>>: angle brackets next to Chinese
# text are 《》 (the outer one of a doubled pair is dropped, as a quotation mark is).
_DOUBLE_ANGLE_RE = re.compile(r"<(?=<[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff)）]>)>")
_ANGLE_OPEN_RE = re.compile(r"<(?=[<\u4e00-\u9fff])")
_ANGLE_CLOSE_RE = re.compile(r"(?<=[>\u4e00-\u9fff)）])>")


def _chinese_marks(text: str) -> str:
    """One for one: angle brackets around Chinese text become book-title marks: 《》, or 〈〉
    inside a title (《贯彻落实<法治政府建设实施纲要>实施方案》), as the inner title is written, so
    that a title still ends at its own 》."""
    if "<" not in text:
        return text
    marks = {m.start(): "<" for m in _ANGLE_OPEN_RE.finditer(text)}
    marks.update((m.start(), ">") for m in _ANGLE_CLOSE_RE.finditer(text))
    marks.update((i, c) for i, c in enumerate(text) if c in "《》")
    out = list(text)
    inner: list[bool] = []  # per open title: is it an angle-bracket title inside another?
    for i in sorted(marks):
        mark = marks[i]
        if mark in "<《":
            nested = mark == "<" and bool(inner)
            inner.append(nested)
            if mark == "<":
                out[i] = "〈" if nested else "《"
        elif inner:
            nested = inner.pop()
            if mark == ">":
                out[i] = "〉" if nested else "》"
        elif mark == ">":
            out[i] = "》"
    return "".join(out)


# A text typed without the enumeration comma 、 (an English keyboard) has no 、 between listed
# topics, though it may have a heading's 一、; every real report has one 、 for every two to
# eight commas (the seeds, the development texts, the held-out ones).
_HEADING_MARK_RE = re.compile(r"(?m)^[ \t\u3000]*[^\s、]{1,3}、")
_LINE_START_COMMA_RE = re.compile(r"(?m)^[ \t\u3000]*[^\s,]{1,3},")


def _typed_without_enumeration_comma(text: str) -> bool:
    commas = text.count(",")
    if commas < 10:
        return False
    marks = text.count("、")
    if (marks - text.count("\n") - 1) * 20 >= commas:  # (a heading's 、 at most once a line)
        return False
    return (marks - len(_HEADING_MARK_RE.findall(text))) * 20 < commas


def _chinese_enumeration(text: str, rule: LineJoining) -> str:
    """One for one: in a text typed without 、, a comma between listed topics (the profile's
    ``enumeration_comma``) or after a heading number (its heading patterns) becomes 、."""
    if rule.enumeration_comma is None or "," not in text or not _typed_without_enumeration_comma(text):
        return text

    def heading(m: re.Match[str]) -> str:
        as_mark = m.group()[:-1] + "、"
        return as_mark if _number_only(as_mark, rule) else m.group()

    headed = _LINE_START_COMMA_RE.sub(heading, text)
    # (the list pattern runs only where a list's end, 等 or a count, is somewhere in the text)
    return rule.enumeration_comma.sub("、", headed) if rule.enumeration_comma.may_match(headed) else headed


# Book-title marks typed as quotation marks ("行政复议法", “宪法”: an English keyboard, a site that
# has no 《》): in a text without a 《, a quoted name the profile's ``quoted_title`` reads as a
# document's title keeps its marks, as 《》, where other quotation marks are dropped.
_QUOTED_RE = re.compile(r"[“\"]([^“”\"\n]{1,60})[”\"]")


def _quoted_titles(text: str, rule: LineJoining) -> dict[int, str]:
    """{index in the text: 《 or 》} for the quotation marks around a document's title."""
    if rule.quoted_title is None or "《" in text or ("“" not in text and '"' not in text):
        return {}
    out: dict[int, str] = {}
    for m in _QUOTED_RE.finditer(text):
        if rule.quoted_title.search(_fold(m.group(1))):
            out[m.start()], out[m.end() - 1] = "《", "》"
    return out


def _title_marks(text: str, origin: array, titles: dict[int, str]) -> str:
    """One for one: the kept quotation marks of ``titles`` become 《》 in the matching form."""
    chars = list(text)
    for p, mark in titles.items():
        i = bisect.bisect_left(origin, p)
        if i < len(chars) and origin[i] == p:
            chars[i] = mark
    return "".join(chars)


_STRIP_INVISIBLE = {ord(c): None for c in _INVISIBLE}
_HAS_INVISIBLE = re.compile("[" + "".join(sorted(_INVISIBLE)) + "]")
# (and the form feed pdftotext writes between pages: never content, it would split a sentence
# running on over a page break)
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP_CHARS | _INVISIBLE | {"\f"}))) + "]|\r(?=\n)")


def _starts_heading(line: str, rule: LineJoining) -> bool:
    """A numbered heading (the structure profile's patterns, on the width-folded line)."""
    folded = _fold(line.strip())
    return any(p.match(folded) for p in rule.headings)


def _number_only(line: str, rule: LineJoining) -> bool:
    """A line holding only a heading's number (一、 (二) 3.): some PDF extractions put the number,
    drawn apart from its text, on a line of its own."""
    folded = _fold(line.strip())
    return bool(folded) and any((m := p.match(folded)) and m.end() == len(folded) for p in rule.headings)


def _keeps(pattern: Pattern, line: str) -> bool:
    """Does a keep-the-break cue match the line? The cues are written in simplified script; a
    traditional-script title (…法治政府建設報告) keeps its break as its simplified form would."""
    if pattern.search(line):
        return True
    simplified = to_simplified(line)
    return simplified != line and bool(pattern.search(simplified))


def _joinable_breaks(text: str, rule: LineJoining, spaced: bool = False) -> set[int]:
    """Indices of line breaks that sit inside a sentence (PDF/e-mail hard wraps).

    A break is removed when the line before is long (a wrapped line, not a title or heading)
    and does not end a sentence, and the next line does not start a numbered heading; and after
    a line that is only a heading's number (一、 on its own line, the heading on the next). A
    numbered heading standing alone on its line (no sentence end in it) is joined only to a
    short next line — the rest of a wrapped heading; a long next line is the paragraph under
    it, which on web pages starts on its own line.
    """
    joins: set[int] = set()
    lines = text.split("\n")
    starts = [0]
    for raw in lines[:-1]:
        starts.append(starts[-1] + len(raw) + 1)
    # A double-spaced text (every line followed by an empty one: some converters and web copies
    # write one) wraps the same way: a line and the one after its empty line are judged as a
    # pair, and joining removes both breaks.
    step = 2 if _double_spaced(lines, rule) else 1
    width = _wrap_width(lines, rule, spaced)  # (a letter-spaced text judged on its characters)
    indented = not spaced and _indents_paragraphs(lines)
    running = _running_lines(lines) if rule.page_number is not None else frozenset()
    for i, raw in enumerate(lines[:-step]):
        if step == 2 and (not raw.strip() or lines[i + 1].strip()):
            continue
        end = starts[i] + len(raw)
        # judged on what is seen: invisible characters neither lengthen a line nor end it
        line = raw.translate(_STRIP_INVISIBLE) if _HAS_INVISIBLE.search(raw) else raw
        k = _after_page_break(lines, i + 1, rule, running) if step == 1 and raw.strip() else i + step
        nxt = lines[k]
        if _HAS_INVISIBLE.search(nxt):
            nxt = nxt.translate(_STRIP_INVISIBLE)
        if spaced:
            line, nxt = _SPACED_PAIR.sub("", line), _SPACED_PAIR.sub("", nxt)
        stripped = line.rstrip()
        nxt_s = nxt.strip()
        if nxt_s and len(stripped) <= 8 and _number_only(stripped, rule) and not _starts_heading(nxt, rule):
            joins.update(range(end, starts[k]))  # the number and its heading are one line
            continue
        # (a line is long enough to be wrapped when it nears the text's wrap width: large type
        # wraps before min_line_chars)
        long = len(stripped) >= rule.min_line_chars or _near_width(stripped, width)
        if (
            long
            and stripped
            and (
                not _ends_sentence(stripped)
                # a full line ending in a closing bracket runs on: …围绕《中华人民共和国民法典》 / 《宪法》等…
                or (stripped[-1] in _CLOSERS and _near_width(stripped, width, 3))
            )
            and nxt_s
            and not (indented and _INDENT.match(nxt))  # (a new paragraph's indented first line)
            and not _starts_heading(nxt, rule)
            and not (rule.own_line is not None and rule.own_line.search(nxt_s))
            and not (
                (len(nxt_s) >= rule.min_line_chars or _near_width(nxt_s, width))
                and _starts_heading(stripped, rule)
                and not any(c in _SENTENCE_END for c in stripped)
                # (a numbered paragraph's first line, indented; an indent kept as spaces, as
                # pdftotext -layout keeps it, does not make a heading standing alone a full line)
                and not _near_width(stripped.lstrip(), width, 3)
            )
            # (a title's last word at a full line's end is a wrap, …重大执法决定 / 法制审核制度 —
            # below the top, where a title that happens to fill its line stays one)
            and not (
                rule.keep_break_after
                and not (_near_width(stripped, width, 1) and i >= _TOP_LINES)
                and _keeps(rule.keep_break_after, stripped)
            )
            and not (
                rule.keep_break_before
                and not _near_width(stripped, width, 1)  # (after a full line: the rest of its sentence)
                and _keeps(rule.keep_break_before, nxt_s)
            )
        ):
            joins.update(range(end, starts[k]))  # the break(s), an empty line or a page break between
    return joins


_INDENT = re.compile(r"[ \t]{2,}|\u3000")


def _indents_paragraphs(lines: list[str]) -> bool:
    """Does the text mark its paragraphs by indenting their first lines — some of its lines start
    with an indent, most (the rest of each paragraph) do not, as pdftotext -layout writes a PDF's
    text? Then an indented line starts a paragraph, however full the line before it."""
    filled = indented = 0
    for ln in lines:
        if ln.strip():
            filled += 1
            indented += bool(_INDENT.match(ln))
    return filled >= 10 and 0 < indented <= 0.6 * filled


#: A line repeated this often, this short, without a sentence's end, is a running header or
#: footer a copy of a PDF kept on every page (its title, 法治政府建设年度报告).
RUNNING_MIN_COUNT = 3
RUNNING_MAX_CHARS = 40
#: A page-number line is short (第 12 页 共 30 页 with its spaces): a longer line is text, tried no further.
PAGE_NUMBER_MAX_CHARS = 16
#: Page furniture between two pages runs to no more lines than this (blank lines, the page's
#: number, a form feed, a running footer and header).
PAGE_BREAK_MAX_LINES = 12


def _running_lines(lines: list[str]) -> frozenset[str]:
    counts: dict[str, int] = {}
    for ln in lines:
        s = ln.strip()
        if s and len(s) <= RUNNING_MAX_CHARS and not _ends_sentence(s):
            counts[s] = counts.get(s, 0) + 1
    return frozenset(s for s, n in counts.items() if n >= RUNNING_MIN_COUNT)


def _after_page_break(lines: list[str], i: int, rule: LineJoining, running: frozenset[str] = frozenset()) -> int:
    """The index of the first line after a page break starting at line ``i`` — blank lines, a
    form feed, a line holding only the page's number, a running header or footer (``running``) —
    or ``i`` itself when none starts there. A page break is no paragraph break: the lines either
    side are judged as if adjacent."""
    if i >= len(lines) or rule.page_number is None:
        return i
    if (
        len(lines[i]) > PAGE_NUMBER_MAX_CHARS
        and lines[i][0] not in " \t\f"
        and not (running and lines[i].strip() in running)
    ):
        return i  # (the common case: a line of text)
    k, furniture = i, False
    # (furniture between two pages is a few lines: a text of identical lines, each a "running
    # header", had this scan run to the text's end from every line — 22 s for 780 KB)
    end = min(len(lines), i + PAGE_BREAK_MAX_LINES)
    while k < end:
        s = lines[k].strip()
        if not s:
            furniture = furniture or "\f" in lines[k]
        elif s in running or (len(s) <= PAGE_NUMBER_MAX_CHARS and rule.page_number.search(s)):
            furniture = True
        else:
            break
        k += 1
    if k == end:  # (the text's end, or no page break: nothing after it to join)
        return i
    if lines[k].lstrip(" \t")[:1] == "\f":  # pdftotext starts a page's first line with its form feed
        furniture = True
    return k if furniture else i


def _near_width(line: str, width: int | None, slack: int | None = None) -> bool:
    """As long as a wrapped line of the text, ``slack`` characters short at most — by default as
    much as a paragraph's first line falls short by its indent and by what line breaking keeps
    off a line's end (a 《, an opening quote)."""
    if width is None:
        return False
    return len(line) >= width - (slack if slack is not None else 4 if width >= 24 else 2)


_TOP_LINES = 6  # a document's title, number and salutation sit in its first lines
_MIN_WRAPPED = 12  # (no page is set so large that a full line holds fewer characters)


def _wrap_width(lines: list[str], rule: LineJoining, spaced: bool) -> int | None:
    """The width a hard-wrapped text (a PDF's) was wrapped at: the most common length of its long
    lines that run on past their end, when many share it. A numbered line that long is the full
    first line of a numbered paragraph (2.全面推行…、重大执 / 法决定法制审核制度。), not a heading
    standing alone; web text, one paragraph a line, has no such width."""
    counts: dict[int, int] = {}
    filled = 0
    for raw in lines:
        line = _SPACED_PAIR.sub("", raw) if spaced else raw
        line = line.strip()
        if line:
            filled += 1
        if len(line) >= _MIN_WRAPPED and not _ends_sentence(line):
            counts[len(line)] = counts.get(len(line), 0) + 1
    if not counts:
        return None
    width, n = max(counts.items(), key=lambda kv: (kv[1] + counts.get(kv[0] - 1, 0), kv[0]))
    near = n + counts.get(width - 1, 0)
    # (a page's lines: most of the text's lines are that long — not a few headings of one length)
    return width if near >= 10 and near >= 0.3 * filled else None


def _double_spaced(lines: list[str], rule: LineJoining) -> bool:
    """Is (nearly) every line of text followed by an empty line — the empty lines then mark no
    paragraphs, and a wrapped line's rest is two lines down?"""
    if rule.double_spaced <= 0:
        return False
    text_lines = [i for i, ln in enumerate(lines[:-1]) if ln.strip()]
    if len(text_lines) < 10:
        return False
    followed = sum(1 for i in text_lines if not lines[i + 1].strip())
    return followed >= rule.double_spaced * len(text_lines)


def _lost_breaks(text: str, rule: LineJoining) -> list[int]:
    """Where a text copied without its line breaks had them: inside a line longer than
    ``split_over`` (or ``split_single``, when it is the text's only line: an excerpt so copied), at
    the end of each match of ``split_before`` (after any spaces it took, which may be deleted as
    layout), sorted. Most reports have no such line. The alternatives run one by one: most hold a
    literal (报告, 分享到) whose absence skips the scan, where one combined expression would try
    every alternative at every position of a 2 MB line."""
    if not rule.split_before or rule.split_over <= 0:
        return []
    out: list[int] = []
    start = 0
    lines = text.split("\n")
    single = sum(1 for ln in lines if ln.strip()) == 1  # a whole text on one line: no break survived
    for line in lines:
        if len(line) > rule.split_over or (single and rule.split_single and len(line.strip()) > rule.split_single):
            for pattern in rule.split_before:
                out.extend(start + m.end() for m in pattern.finditer(line) if 0 < m.end() < len(line))
        start += len(line) + 1
    return sorted(set(out))


def _regional(text: str, rule: LineJoining) -> str:
    """A traditional-script copy in another region's words read as the report meant them: the
    government site's Big5 gateway rewrites vocabulary as well as script (决策程式, 政府资讯公开),
    which no simplified pattern matches. One for one: each pair has the same length."""
    for word, meant in rule.regional_words:
        if word in text:
            text = text.replace(word, meant)
    return text


def normalize(text: str, joining: LineJoining | None = None) -> NormalizedText:
    """Build the matching form. Pure function of the text (deterministic).

    Characters are only deleted or replaced one-for-one (and line breaks a copy lost are put
    back), so the offset map is a list of kept original indices, built from the (few) deleted
    spans rather than character by character.
    """
    unified = text.replace("\r\n", " \n").replace("\r", "\n")  # same length as text
    rule = joining or LineJoining()
    titles = _quoted_titles(text, rule)
    spans: list[tuple[int, int]] = []
    spans.extend(_pinyin_noise(text))
    spans.extend(m.span() for m in _DROP_RE.finditer(text) if m.start() not in titles)
    if "<<" in text or ">>" in text:
        spans.extend(m.span() for m in _DOUBLE_ANGLE_RE.finditer(text))
    spaced = _letter_spaced(text)
    spans.extend(_kept_number_spaces(_layout_spaces(text, spaced), text, rule))
    spans.extend((i, i + 1) for i in _joinable_breaks(unified, rule, spaced))
    spans.sort()
    breaks = _lost_breaks(unified, rule)
    origin = array("i")
    pieces: list[str] = []
    restored: list[int] = []

    def keep(a: int, b: int) -> None:
        # (a break put back is a "\n" of its own, mapped to the character it stands before)
        for p in breaks[bisect.bisect_left(breaks, a) : bisect.bisect_left(breaks, b)]:
            pieces.append(unified[a:p])
            origin.extend(range(a, p))
            restored.append(len(origin))
            pieces.append("\n")
            origin.append(p)
            a = p
        pieces.append(unified[a:b])
        origin.extend(range(a, b))

    pos = 0
    for a, b in spans:
        if a > pos:
            keep(pos, a)
        pos = max(pos, b)
    if pos < len(unified):
        keep(pos, len(unified))
    folded_text = _arabic_years(_fold("".join(pieces)))
    if titles:
        folded_text = _title_marks(folded_text, origin, titles)
    folded_text = _chinese_enumeration(_chinese_marks(_chinese_stops(folded_text, rule)), rule)
    script = detect_script(folded_text)
    matching = _regional(to_simplified(folded_text), rule) if script == "traditional" else folded_text
    return NormalizedText(
        text=matching, origin=origin, original_length=len(text), script=script, restored=frozenset(restored)
    )


_NAME_SPACE = re.compile(r"(?<![A-Za-z0-9])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?![A-Za-z0-9])")


_NAME_BREAK = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000\f]*")


def normalize_term(term: str) -> str:
    """Bring a checklist term (or a name quoted from a report) into the matching form, so YAML
    may use either script or width and a name copied with pinyin noise (龍湖區(qū)) compares clean."""
    kept = "".join(ch for ch in strip_pinyin_noise(term) if ch not in _DROP_CHARS and ch not in _INVISIBLE)
    # (a name quoted from a letter-spaced text, 高 新 区 ( 江 海 区 ), loses the spaces; a space
    # between two names, 海关总署党委 海关总署, stays)
    if _letter_spaced(kept, min_chars=3):
        kept = _NAME_SPACE.sub("", kept)
    if "\n" in kept:  # (a name quoted from a hard-wrapped text, 武 / 定县人民政府: one name, no break)
        kept = _NAME_BREAK.sub("", kept)
    return to_simplified(_fold(kept))
