"""Report metadata from the text: year reported on and issuing body (both overridable)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .model import StructureProfile
from .normalize import NormalizedText, normalize_term

_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")


@dataclass(frozen=True)
class Metadata:
    issuer: str | None  # as written in the original
    issuer_simplified: str | None  # matching form (simplified), for grouping
    year: int | None
    year_source: str  # pattern | frequency | option | none
    issuer_source: str


def detect_year(norm: NormalizedText, profile: StructureProfile) -> tuple[int | None, str]:
    head = norm.text[:1500]
    lo, hi = profile.year_range
    for pat in profile.year:
        for m in pat.finditer(head):
            try:
                y = int(m.group(1))
            except (ValueError, IndexError):
                continue
            if lo <= y <= hi:
                return y, "pattern"
    counts = Counter(int(y) for y in _YEAR.findall(norm.text) if lo <= int(y) <= hi)
    if counts:
        best = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
        return best[0], "frequency"
    return None, "none"


def detect_issuer(norm: NormalizedText, original: str, profile: StructureProfile) -> tuple[str | None, str | None]:
    text = norm.text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = "\n".join(lines[:6])
    head_offset = text.find(lines[0]) if lines else 0
    tail = "\n".join(lines[-5:])
    tail_offset = text.rfind(lines[-5]) if len(lines) >= 5 else 0
    for ip in profile.issuer:
        region, offset = (head, head_offset) if ip.where == "head" else (tail, tail_offset)
        for m in ip.pattern.finditer(region):
            name = m.group("issuer").strip(" -—")
            if len(name) < 2:
                continue
            s = offset + m.start("issuer") + (len(m.group("issuer")) - len(m.group("issuer").lstrip(" -—")))
            a, b = norm.to_original(s, s + len(name))
            return original[a:b], name
    if profile.issuer_fallback is not None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in profile.issuer_fallback.finditer(text):
            name = m.group("issuer")
            counts[name] += 1
            first.setdefault(name, m.start("issuer"))
        if counts:
            name, n = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))
            if n >= profile.issuer_fallback_min:
                a, b = norm.to_original(first[name], first[name] + len(name))
                return original[a:b], name
    return None, None


def detect(
    norm: NormalizedText, original: str, profile: StructureProfile, year: int | None = None, issuer: str | None = None
) -> Metadata:
    y: int | None
    if year is not None:
        y, ysrc = year, "option"
    else:
        y, ysrc = detect_year(norm, profile)
    if issuer:
        return Metadata(issuer, normalize_term(issuer), y, ysrc, "option")
    orig, simp = detect_issuer(norm, original, profile)
    return Metadata(orig, simp, y, ysrc, "pattern" if orig else "none")


def issuer_key(name: str | None, profile: StructureProfile | None) -> str:
    """One key for 佛山市高明区人民政府 / 高明区 / 高明區 (simplified, body and city removed)."""
    if not name:
        return ""
    key = normalize_term(name).replace(" ", "")
    if profile is not None and profile.issuer_strip_suffix is not None:
        key = profile.issuer_strip_suffix.sub("", key) or key
    if profile is not None and profile.issuer_strip_prefix is not None:
        stripped = profile.issuer_strip_prefix.sub("", key, count=1)
        key = stripped if len(stripped) >= 2 else key
    return key
