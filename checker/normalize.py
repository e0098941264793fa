"""Stage 2 — normalize: the original text to a *matching form* with an offset map back.

Matching happens on a canonical form (simplified script, half-width ASCII, no quotation marks,
no pinyin noise, sentences re-joined across stray line breaks) so that one checklist term
matches every way a report may write it. Evidence is always quoted from the original:
``origin[i]`` is the index in the original text of matching-form character ``i``.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

import opencc

# Characters deleted from the matching form: quotation marks never change meaning for matching
# and real reports quote terms inconsistently (行政执法“三项制度” vs 行政执法三项制度).
_DROP_CHARS = frozenset("“”‘’「」『』\"'〝〞﹁﹂﹃﹄")
# Mirror sites insert pinyin after characters: 建設(shè). Only lowercase pinyin letters in
# brackets right after a Han character are removed.
_PINYIN_NOISE = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]"
)
_HAN = r"\u3400-\u9fff"
_SPACE_IN_HAN = re.compile(rf"(?<=[{_HAN}，。、；：])[ \t\u3000\u00a0]+(?=[{_HAN}，。、；：])")
_SENTENCE_END = "。！？!?；;：:」』）)】》…"
_ENUM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]+)"
)


@dataclass(frozen=True)
class NormalizedText:
    """Matching form of a report plus the map back to the original."""

    text: str
    origin: array  # origin[i] = original index of text[i]; len(origin) == len(text)
    original_length: int
    script: str  # "simplified" | "traditional"

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the matching form to the original text."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


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


def detect_script(text: str) -> str:
    """'traditional' when a noticeable share of Han characters change under 繁→简."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return "simplified"
    sample = "".join(han[:20000])
    changed = sum(1 for a, b in zip(sample, to_simplified(sample)) if a != b)
    return "traditional" if changed / len(sample) > 0.03 else "simplified"


def _fold_width(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if ch in "\u3000\u00a0\u2002\u2003\u2009":
        return " "
    return ch


def _joinable_breaks(text: str, min_line: int) -> set[int]:
    """Indices of line breaks that sit inside a sentence (PDF/e-mail hard wraps).

    A break is removed when the line before is long (a wrapped line, not a title or heading)
    and does not end a sentence, and the next line does not start a numbered heading.
    """
    joins: set[int] = set()
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        stripped = line.rstrip()
        nxt = lines[i + 1]
        if (
            len(stripped) >= min_line
            and stripped[-1] not in _SENTENCE_END
            and nxt.strip()
            and not _ENUM_START.match(nxt)
        ):
            joins.add(end)
        pos = end + 1
    return joins


def normalize(text: str, join_min_line: int = 24) -> NormalizedText:
    """Build the matching form. Pure function of the text (deterministic)."""
    drop = bytearray(len(text))
    for m in _PINYIN_NOISE.finditer(text):
        drop[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _SPACE_IN_HAN.finditer(text):
        drop[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    unified = text.replace("\r\n", " \n").replace("\r", "\n")  # same length as text
    for i, ch in enumerate(text):
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            drop[i] = 1
    for idx in _joinable_breaks(unified, join_min_line):
        drop[idx] = 1
    chars: list[str] = []
    origin = array("i")
    for i, ch in enumerate(unified):
        if drop[i] or ch in _DROP_CHARS:
            continue
        folded = _fold_width(ch)
        chars.append(folded.lower() if folded.isascii() else folded)
        origin.append(i)
    folded_text = "".join(chars)
    script = detect_script(folded_text)
    matching = to_simplified(folded_text) if script == "traditional" else folded_text
    return NormalizedText(text=matching, origin=origin, original_length=len(text), script=script)


def normalize_term(term: str) -> str:
    """Bring a checklist term into the matching form, so YAML may use either script or width."""
    out = []
    for ch in term:
        if ch in _DROP_CHARS:
            continue
        folded = _fold_width(ch)
        out.append(folded.lower() if folded.isascii() else folded)
    return to_simplified("".join(out))
