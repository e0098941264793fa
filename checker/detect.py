"""Report metadata from the text: the year reported on and the issuing body (both overridable).

The issuer is looked for where reports name it — the title (often broken over two lines), a
line holding only the body's name, a saved page's 发布机构, the signature, the subject of the
first sentence — and a candidate counts only if it has the shape of a body's name. A report
that only says 我局/全省 gets no issuer (``None``) rather than a wrong one, unless the text
names that body elsewhere (a department's full name, the one province a provincial report
mentions). All patterns and reference lists are data in ``structure.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .model import IssuerNames, StructureProfile
from .normalize import NormalizedText, normalize_term

_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")

#: How many non-empty lines at the top may hold the title or the body's name.
HEAD_LINES = 8
#: Characters at the top searched for page metadata and the first sentence.
HEAD_CHARS = 2000


@dataclass(frozen=True)
class Metadata:
    issuer: str | None  # canonical full name (simplified): 天津市静海区人民政府
    issuer_original: str | None  # as written in the report (original script), when found in it
    year: int | None
    year_source: str  # pattern | frequency | option | none
    issuer_source: str  # title | line | metadata | tail | first-sentence | inferred | frequency | option | none


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


def canonical_name(name: str | None, names: IssuerNames) -> str | None:
    """The full, simplified form of a body's name: 南海區政府 → 南海区人民政府."""
    if not name:
        return None
    out = normalize_term(name).strip(" -—")
    for pattern, replacement in names.canonical:
        out = pattern.sub(replacement, out)
    return out.strip() or None


def is_body_name(name: str, names: IssuerNames) -> bool:
    """Does the name say which body it is (not 我局, 省人社厅, 全省各级行政机关)?"""
    if names.generic is not None and names.generic.search(name):
        return False
    return names.shape is None or bool(names.shape.search(name))


def _head_lines(text: str) -> list[tuple[int, str]]:
    """The first non-empty lines with their offsets in the matching form."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
            if len(out) >= HEAD_LINES:
                break
        pos += len(line) + 1
    return out


def _regions(where: str, text: str) -> list[tuple[int, str]]:
    """(offset, text) pieces a pattern of this kind is tried on, in order."""
    if where in ("title", "line"):
        lines = _head_lines(text)
        out = list(lines)
        if where == "title":  # a title broken over two lines: 某厅关于2019年度 / 法治建设情况的报告
            out += [(a[0], a[1] + b[1]) for a, b in zip(lines, lines[1:], strict=False)]
        return out
    if where == "tail":
        last = [ln for ln in text.rstrip().split("\n") if ln.strip()][-5:]
        start = len(text.rstrip()) - len("\n".join(last)) if last else 0
        return [(max(start, 0), "\n".join(last))]
    return [(0, text[:HEAD_CHARS])]


def _found(norm: NormalizedText, original: str, start: int, name: str) -> str:
    a, b = norm.to_original(start, start + len(name))
    return original[a:b]


def detect_issuer(norm: NormalizedText, original: str, profile: StructureProfile) -> tuple[str | None, str | None, str]:
    """(canonical name, as written, source) — or (None, None, "none")."""
    text = norm.text
    names = profile.issuer_names
    for ip in profile.issuer:
        for offset, region in _regions(ip.where, text):
            for m in ip.pattern.finditer(region):
                raw = m.group("issuer").strip(" -—")
                if len(raw) < 2 or not is_body_name(normalize_term(raw), names):
                    continue
                s = offset + m.start("issuer") + (len(m.group("issuer")) - len(m.group("issuer").lstrip(" -—")))
                # a title joined from two lines maps back only where it lies in the first line
                written = _found(norm, original, s, raw) if text[s : s + len(raw)] == raw else raw
                return canonical_name(written, names), written, ip.where
    inferred = _infer(text, names)
    if inferred is not None:
        return canonical_name(inferred[0], names), inferred[1], "inferred"
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
                return canonical_name(name, names), _found(norm, original, first[name], name), "frequency"
    return None, None, "none"


def _infer(text: str, names: IssuerNames) -> tuple[str, str] | None:
    """A body the report names only by self-reference (我局, 全省, 本市), resolved from the text.

    A department: the one full department name of that kind in the text. A provincial or
    municipal government: the one province (municipality) the text mentions. Anything
    ambiguous stays unnamed.
    """
    refs = {level: p.search(text[:HEAD_CHARS]) for level, p in names.self_reference.items()}
    dept = refs.get("department")
    if dept is not None:
        if names.department is None:
            return None
        suffix = dept.group()[-1]  # 我局 → a …局
        found = {m.group("issuer") for m in names.department.finditer(text) if m.group("issuer").endswith(suffix)}
        found = {f for f in found if is_body_name(f, names)}
        return (found.pop(), "") if len(found) == 1 else None
    for level, pool in (("province", names.provinces), ("municipality", names.municipalities)):
        if not refs.get(level):
            continue
        mentioned = {p for p in names.provinces if _short(p, names) in text}
        if len(mentioned) == 1 and next(iter(mentioned)) in pool:
            place = mentioned.pop()
            return place, _short(place, names)
        if level == "municipality" and names.city is not None:  # 我市 + the city named as 常州市委
            # named through its bodies, and the one city the text names more than once
            cities = Counter({m.group("issuer"): text.count(m.group("issuer")) for m in names.city.finditer(text)})
            ranked = cities.most_common(2)
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
                return ranked[0][0], ranked[0][0]
    return None


def _short(place: str, names: IssuerNames) -> str:
    """湖北省 → 湖北, 宁夏回族自治区 → 宁夏 (how reports mention a place in passing)."""
    if names.place_suffix is None:
        return place
    short = names.place_suffix.sub("", place)
    return short if len(short) >= 2 else place


def detect(
    norm: NormalizedText, original: str, profile: StructureProfile, year: int | None = None, issuer: str | None = None
) -> Metadata:
    y: int | None
    if year is not None:
        y, ysrc = year, "option"
    else:
        y, ysrc = detect_year(norm, profile)
    if issuer:
        return Metadata(canonical_name(issuer, profile.issuer_names), issuer, y, ysrc, "option")
    name, written, source = detect_issuer(norm, original, profile)
    return Metadata(name, written or None, y, ysrc, source)


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
