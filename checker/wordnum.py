"""Load stage, Word files: the list numbers Word draws in front of numbered paragraphs.

A report drafted with Word's (or WPS's) automatic numbering stores its headings' numbers —
一、 （一） 1. — not in the text but in ``word/numbering.xml``, applied by the paragraph or by
its style. Read without them, a heading is a bare phrase: the segmenter no longer sees where
the shortcomings or next year's plans begin, and verdicts change (a seed so numbered lost five).
No maintained Python library renders these numbers (python-docx exposes none; docx2python knows
neither Chinese counting nor level templates), so this module follows ECMA-376 Part 1 §17.9
for what a report uses: level templates (``%1、`` ``（%2）`` ``%1.%2``), start values, overrides,
restarts, legal numbering, numbering applied through paragraph styles, and the number formats
Chinese documents use. Bullets and unknown formats add nothing.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

#: The element-name prefixes of WordprocessingML and of markup compatibility (lxml's {ns}tag).
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Word's "Strict Open XML" saves name the same elements in another namespace.
STRICT_NS = (
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
)


def word_part(zf: zipfile.ZipFile, member: str) -> bytes:
    """A part of a Word package, a Strict document's namespace read as the usual one."""
    return zf.read(member).replace(*STRICT_NS)


MAX_FORMATTED = 99_999  # above it every format is written in decimal
_PLACEHOLDER = re.compile(r"%([1-9])")
_WORDLIKE_END = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]$")  # a number that would run into the heading's words
_TEN_STEMS = "甲乙丙丁戊己庚辛壬癸"  # ideographTraditional: the ten heavenly stems
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"  # ideographZodiac
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # restart after a paragraph of this level (1-based); 0 = never
    legal: bool = False  # isLgl ("legal style"): every number in the level's text in Arabic digits
    suffix: str = "tab"
    style: str | None = None  # a paragraph style bound to this level (w:pStyle)


@dataclass
class Numbering:
    """The lists of one document: what each list level looks like and where each list stands."""

    nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = field(default_factory=dict)
    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    style_links: dict[str, str] = field(default_factory=dict)  # abstractNum → style it links to
    styles: dict[str, tuple[str | None, int | None, str | None]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def paragraph_style(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The list (numId, level) a paragraph style applies, following ``basedOn``."""
        num_id, ilvl = self._style_numpr(style_id)
        if num_id is not None and ilvl is None and style_id:
            ilvl = self._level_of_style(num_id, style_id)
        return num_id, ilvl

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl, based_on = self.styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = based_on
        return None, None

    def _level_of_style(self, num_id: str, style_id: str) -> int:
        """A heading style's level: the one bound to the style, else the first (§17.9.23)."""
        found = self._levels(num_id)
        for ilvl, level in sorted(found[1].items()) if found else ():
            if level.style == style_id:
                return ilvl
        return 0

    def _levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract_id = num[0]
        link = self.style_links.get(abstract_id)
        if link is not None:  # numStyleLink: the definition sits with the list style's own list
            linked, _lvl = self._style_numpr(link)
            if linked is not None and linked in self.nums and self.nums[linked][0] != abstract_id:
                abstract_id = self.nums[linked][0]
        levels = dict(self.abstracts.get(abstract_id, {}))
        levels.update(num[2])
        return abstract_id, levels

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        """The number Word shows for the next paragraph of this list and level, and count it."""
        if num_id is None or num_id == "0":
            return ""
        found = self._levels(num_id)
        if found is None:
            return ""
        abstract_id, levels = found
        ilvl = min(max(ilvl or 0, 0), 8)
        level = levels.get(ilvl)
        if level is None:
            return ""
        overrides = self.nums[num_id][1]
        key = f"num:{num_id}" if overrides else f"abstract:{abstract_id}"
        counts = self.counters.setdefault(key, {})
        if overrides and num_id not in self.started:  # a list restarted at a given value
            self.started.add(num_id)
            counts.clear()
        counts[ilvl] = counts.get(ilvl, overrides.get(ilvl, level.start) - 1) + 1
        for deeper in list(counts):
            if deeper > ilvl:
                restart = levels[deeper].restart if deeper in levels else None
                if restart is None or (restart != 0 and ilvl < restart):
                    del counts[deeper]
        if level.fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, Level())
            n = counts.get(k, overrides.get(k, lv.start))
            return format_number(n, "decimal" if level.legal else lv.fmt)

        text = _PLACEHOLDER.sub(number, level.text)
        if not text:
            return ""
        if level.suffix != "nothing" and _WORDLIKE_END.search(text):  # 第一章 总则, 1.2 细则
            text += " "
        return text


def format_number(n: int, fmt: str) -> str:
    """``n`` in one of Word's number formats (ST_NumberFormat); decimal for one not listed."""
    if n < 0 or n > MAX_FORMATTED:  # (a hostile start value must not spell out a billion letters)
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "chineseLegalSimplified", "ideographLegalTraditional", "taiwaneseCountingThousand"):  # fmt: skip
        import cn2an  # the digits of a number in Chinese

        if n == 0:
            return "〇"
        upper = fmt in ("chineseLegalSimplified", "ideographLegalTraditional")
        return str(cn2an.an2cn(n, "up" if upper else "low"))
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "ideographTraditional" and 1 <= n <= len(_TEN_STEMS):
        return _TEN_STEMS[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= len(_ZODIAC):
        return _ZODIAC[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle") and (
        1 <= n <= len(_CIRCLED)
    ):
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and n >= 1:
        out = ""
        for value, numeral in _ROMAN:
            while n >= value:
                out, n = out + numeral, n - value
        return out.lower() if fmt == "lowerRoman" else out
    return str(n)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{W}{tag}")
    return None if child is None else child.get(f"{W}val")


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _fallback_format(el: Any) -> str | None:
    """A custom format (Word 2010's ``w:format="一, 二, 三, ..."``) sits in an AlternateContent
    whose fallback names the standard format closest to it; that one is used."""
    found = el.find(f"{MC}AlternateContent/{MC}Fallback/{W}numFmt")
    return None if found is None else found.get(f"{W}val")


#: A custom format (``w:numFmt w:val="custom" w:format="一, 二, 三, ..."``, as WPS writes it) is
#: told by how it writes one: the standard format that writes 1 the same way.
_CUSTOM_ONE = {"一": "chineseCounting", "壹": "chineseLegalSimplified", "①": "decimalEnclosedCircle",
               "甲": "ideographTraditional", "子": "ideographZodiac", "01": "decimalZero", "１": "decimalFullWidth",
               "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}  # fmt: skip


def _format(el: Any) -> str:
    found = el.find(f"{W}numFmt")
    fmt = found.get(f"{W}val") if found is not None else None
    if fmt == "custom":
        sample = (found.get(f"{W}format") or "").split(",")[0].strip()
        return _CUSTOM_ONE.get(sample, "decimal")
    return fmt or _fallback_format(el) or "decimal"


def _level(el: Any) -> Level:
    restart = _int(_val(el, "lvlRestart"), None)
    legal = el.find(f"{W}isLgl")
    return Level(
        fmt=_format(el),
        text=_val(el, "lvlText") or "",
        start=_int(_val(el, "start"), 1) or 0,
        restart=restart,
        legal=legal is not None and legal.get(f"{W}val", "true") not in ("0", "false", "off"),
        suffix=_val(el, "suff") or "tab",
        style=_val(el, "pStyle"),
    )


def read_numbering(zf: zipfile.ZipFile, names: set[str]) -> Numbering | None:
    """The document's list definitions and its styles' numbering, or None without lists."""
    from lxml import etree

    if "word/numbering.xml" not in names:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    numbering = Numbering()
    root = etree.fromstring(word_part(zf, "word/numbering.xml"), parser)
    for abstract in root.iter(f"{W}abstractNum"):
        aid = abstract.get(f"{W}abstractNumId", "")
        levels: dict[int, Level] = {}
        for lvl in abstract.iter(f"{W}lvl"):
            ilvl = _int(lvl.get(f"{W}ilvl"), None)
            if ilvl is not None:
                levels[ilvl] = _level(lvl)
        numbering.abstracts[aid] = levels
        link = _val(abstract, "numStyleLink")
        if link:
            numbering.style_links[aid] = link
    for num in root.iter(f"{W}num"):
        starts: dict[int, int] = {}
        redefined: dict[int, Level] = {}
        for override in num.iter(f"{W}lvlOverride"):
            ilvl = _int(override.get(f"{W}ilvl"), None)
            if ilvl is None:
                continue
            start = _int(_val(override, "startOverride"), None)
            if start is not None:
                starts[ilvl] = start
            lvl = override.find(f"{W}lvl")
            if lvl is not None:
                redefined[ilvl] = _level(lvl)
        numbering.nums[num.get(f"{W}numId", "")] = (_val(num, "abstractNumId") or "", starts, redefined)
    if "word/styles.xml" in names:
        styles = etree.fromstring(word_part(zf, "word/styles.xml"), parser)
        for style in styles.iter(f"{W}style"):
            sid = style.get(f"{W}styleId")
            if not sid:
                continue
            num_id = ilvl = None
            ppr = style.find(f"{W}pPr")
            numpr = ppr.find(f"{W}numPr") if ppr is not None else None
            if numpr is not None:
                num_id = _val(numpr, "numId")
                ilvl = _int(_val(numpr, "ilvl"), None)
            numbering.styles[sid] = (num_id, ilvl, _val(style, "basedOn"))
    return numbering
