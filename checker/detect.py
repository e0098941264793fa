"""Report metadata from the text: the year reported on and the issuing body (both overridable).

The issuer is looked for where reports name it — the title (often broken over two lines), a
line holding only the body's name, a saved page's 发布机构, the signature, the subject of the
first sentence, the introduction's 现将…报告如下 — and a candidate counts only if it has the
shape of a body's name. A report that only says 我局/全省 gets no issuer (``None``) rather
than a wrong one, unless the text names that body elsewhere (a department's full name, the
one province a provincial report mentions). All patterns and reference lists are data in
``structure.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .model import IssuerNames, StructureProfile
from .normalize import NormalizedText, normalize_term
from .patterns import BoundedPattern, combined

_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")

#: How many non-empty lines at the top may hold the title or the body's name.
HEAD_LINES = 8
#: Characters at the top searched for page metadata and the first sentence.
HEAD_CHARS = 2000
#: Self-references (``self_reference`` keys in structure.yaml) of a body that is not a government
#: of the place it names most: a department (我局) or a township or street (全乡, 本镇).
_PART_OF_A_PLACE = ("department", "township")
#: Self-references of the levels below a province or municipality: a report that calls itself
#: 我县 speaks of 全省 as its province's scope (…创建全省法治政府建设示范县…), not as itself, and so
#: does a city's 我市 (在全省…考评中被评为优秀等次).
_BELOW = {
    "province": ("municipality", "county", "district", "township"),
    "municipality": ("county", "district", "township"),
}


@dataclass(frozen=True)
class Metadata:
    issuer: str | None  # canonical full name (simplified): 天津市静海区人民政府
    issuer_original: str | None  # as written in the report (original script), when found in it
    year: int | None
    year_source: str  # pattern | frequency | option | none
    issuer_source: str  # title | line | metadata | tail | first-sentence | intro | inferred | frequency | option | none
    key: IssuerKey | None = None  # for comparisons (see issuer_key)
    kind: str | None = None  # 政府 | 部门 (structure.yaml issuer_kinds), None when unknown


def detect_year(norm: NormalizedText, profile: StructureProfile) -> tuple[int | None, str]:
    # (not in what follows the report: a web page's 上一篇:某区2022年度…报告 dates another one)
    own = norm.text[: _appendix_start(norm.text, _appendix_marks(profile))]
    head = own[:1500]
    lo, hi = profile.year_range
    # the match nearest the top wins (the pattern order breaks ties): a report's year stands at
    # its top; a later 《…关于2024年法治政府建设情况的报告》 published this year is last year's
    found: list[tuple[int, int, int]] = []
    for rank, pat in enumerate(profile.year):
        for m in pat.finditer(head):
            try:
                y = int(m.group(1))
            except (ValueError, IndexError):
                continue
            if lo <= y <= hi:
                found.append((m.start(1), rank, y))
                break
    if found:
        return min(found)[2], "pattern"
    text = own
    if profile.year_not_counted is not None:  # an Outline's period (2021—2025年) is no report year
        text = profile.year_not_counted.sub(" ", text)
    counts = Counter(int(y) for y in _YEAR.findall(text) if lo <= int(y) <= hi)
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


def _head_lines(text: str, skip: tuple[BoundedPattern, ...] = ()) -> list[tuple[int, str]]:
    """The first non-empty lines with their offsets in the matching form; a page's metadata
    lines (``skip``: the structure profile's ``opening_skip``) do not count, so a title below a
    long metadata table is still near the top."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not any(p.search(line) for p in skip):
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
            if len(out) >= HEAD_LINES:
                break
        pos += len(line) + 1
    return out


def _regions(
    where: str, text: str, skip: tuple[BoundedPattern, ...] = (), appendix: BoundedPattern | None = None
) -> list[tuple[int, str]]:
    """(offset, text) pieces a pattern of this kind is tried on, in order."""
    if where in ("title", "line"):
        lines = _head_lines(text, skip)
        if where == "line":  # a body's name on a line of its own comes before the body text, not
            # after it (an excerpt cut off after 承办并参加人社部 ends with no name)
            body = next((k for k, (_, ln) in enumerate(lines) if "。" in ln), len(lines))
            lines = lines[:body]
        out = list(lines)
        if where == "title":  # a title broken over two lines: 某厅关于2019年度 / 法治建设情况的报告
            out += [(a[0], a[1] + b[1]) for a, b in zip(lines, lines[1:], strict=False)]
        return out
    if where == "tail":
        last = [ln for ln in text.rstrip().split("\n") if ln.strip()][-5:]
        start = len(text.rstrip()) - len("\n".join(last)) if last else 0
        return [(max(start, 0), "\n".join(last))] + _before_appendix(text, appendix)
    return [(0, text[:HEAD_CHARS])]


def _appendix_marks(profile: StructureProfile) -> BoundedPattern | None:
    """What starts material after the report: an appendix line or a line of page chrome."""
    marks = ((profile.appendix,) if profile.appendix is not None else ()) + profile.page_metadata
    return combined(marks) if marks else None


def _nonempty_lines(text: str) -> list[tuple[int, str]]:
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    return lines


def _appendix_line(lines: list[tuple[int, str]], appendix: BoundedPattern | None) -> int | None:
    """The index of the line where material appended after the report starts (附件, a web page's
    footer): the first appendix line in the text's second half."""
    if appendix is None:
        return None
    for k in range(max(len(lines) // 2, 1), len(lines)):
        line = lines[k][1]
        if len(line) <= PAGE_METADATA_MAX_CHARS and appendix.search(line.strip()):  # (such lines are short)
            return k
    return None


def _appendix_start(text: str, appendix: BoundedPattern | None) -> int:
    """The offset where the report's own text ends (the whole text when nothing follows it)."""
    lines = _nonempty_lines(text) if appendix is not None else []
    k = _appendix_line(lines, appendix)
    return len(text) if k is None else lines[k][0]


def _before_appendix(text: str, appendix: BoundedPattern | None) -> list[tuple[int, str]]:
    """The last lines before material appended after the signature (附件 / 统计表…), where the
    signature then stands."""
    lines = _nonempty_lines(text) if appendix is not None else []
    k = _appendix_line(lines, appendix)
    before = lines[max(k - 5, 0) : k] if k is not None else []
    if not before:
        return []
    a, (b, last) = before[0][0], before[-1]
    return [(a, text[a : b + len(last)])]


def _found(norm: NormalizedText, original: str, start: int, name: str) -> str:
    a, b = norm.to_original(start, start + len(name))
    return original[a:b]


def detect_issuer(norm: NormalizedText, original: str, profile: StructureProfile) -> tuple[str | None, str | None, str]:
    """(canonical name, as written, source) — or (None, None, "none")."""
    text = norm.text
    names = profile.issuer_names
    by_level: re.Match[str] | None = None  # 2020年,省统计局深入…: a department named by its level only
    regions: dict[str, list[tuple[int, str]]] = {}  # per kind of place, worked out once
    for ip in profile.issuer:
        if ip.where not in regions:
            regions[ip.where] = _regions(ip.where, text, profile.opening_skip, _appendix_marks(profile))
        for offset, region in regions[ip.where]:
            for m in ip.pattern.finditer(region):
                raw = m.group("issuer").strip(" -—")
                if len(raw) < 2:
                    continue
                if not is_body_name(normalize_term(raw), names):
                    if by_level is None and names.level_department is not None:
                        by_level = names.level_department.search(normalize_term(raw))
                    continue
                s = offset + m.start("issuer") + (len(m.group("issuer")) - len(m.group("issuer").lstrip(" -—")))
                # a title joined from two lines maps back only where it lies in the first line
                written = _found(norm, original, s, raw) if text[s : s + len(raw)] == raw else raw
                return canonical_name(written, names), written, ip.where
    if by_level is not None:
        # its full name if the text writes it (市水务局 … 武汉市水务局); otherwise unnamed: the
        # government of the one province named, or the district named most often, would be
        # another body (and the development set labels 省人社厅 with a 湖北 in passing as not
        # naming 湖北省人力资源和社会保障厅)
        full = _full_department(text, names, by_level.group("department"), profile.issuer_aliases)
        full = full or _addressed_department(text, names, by_level)
        return (canonical_name(full, names), None, "inferred") if full else (None, None, "none")
    refs = {level: p.search(text[:HEAD_CHARS]) for level, p in names.self_reference.items()}
    inferred = _infer(text, names, refs) or _own_plan(text, names, refs)
    if inferred is not None:
        return canonical_name(inferred[0], names), inferred[1], "inferred"
    # the district most often named is a government's name: not for a report that speaks as 我局,
    # nor for a township's (全乡, 本镇), which names its county most
    if profile.issuer_fallback is not None and not any(refs.get(k) for k in _PART_OF_A_PLACE):
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


def _infer(text: str, names: IssuerNames, refs: dict) -> tuple[str, str] | None:
    """A body the report names only by self-reference (我局, 全省, 本市), resolved from the text.

    A department: the one full department name of that kind in the text. A provincial or
    municipal government: the one province (municipality) the text mentions. Anything
    ambiguous stays unnamed. ``refs``: each kind of self-reference found at the top (or None).
    """
    dept = refs.get("department")
    if dept is not None:
        full = _full_department(text, names, dept.group()[-1])  # 我局 → a …局
        return (full, "") if full else None
    for level, pool in (("province", names.provinces), ("municipality", names.municipalities)):
        if not refs.get(level) or any(refs.get(k) for k in _BELOW[level]):
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


def _own_plan(text: str, names: IssuerNames, refs: dict) -> tuple[str, str] | None:
    """A government that says only 我县/全市 but made a plan in its own name: the one place of
    that level the plans it made are named for (制定印发《华宁县2025年法治政府建设工作要点》).
    A township or street (我镇) too: its own plan names it, where the county it names most does
    not (出台《水口镇2024年依法治镇工作要点》). Not a department: its plans name its place."""
    if names.own_plan is None or refs.get("department"):
        return None
    said = [m.group() for key, m in refs.items() if m is not None and key != "department"]
    found: set[str] = set()
    for m in names.own_plan.finditer(text):
        named, place = m.groupdict().get("issuer"), m.groupdict().get("place")
        if named:  # (the level the place is named with must be the one the report calls itself: 县 in 我县)
            found |= {named} if any(named[-1] in s for s in said) else set()
        elif place:  # a place named without its level (法治弋阳、法治政府、法治社会): the level of 我县 completes it
            found |= {place + s[-1] for s in said}
    found = {f for f in found if is_body_name(f, names)}
    if len(found) != 1:
        return None
    place = found.pop()
    return place, place


def _addressed_department(text: str, names: IssuerNames, by_level: re.Match[str]) -> str | None:
    """市住建局 in a report addressed to 海宁市人民政府: 海宁市住建局 — the government a department
    reports to is its own place's, when the addressee's level is the one the department names."""
    if names.addressee is None:
        return None
    m = names.addressee.search(text[:HEAD_CHARS])
    if m is None or not m.group("place").endswith(by_level.group("level")):
        return None
    full = m.group("place") + by_level.group("department")
    return full if is_body_name(full, names) else None


def _full_department(
    text: str, names: IssuerNames, ending: str, aliases: tuple[tuple[BoundedPattern, str], ...] = ()
) -> str | None:
    """The one department name ending so (…局, …水务局) the text writes in full, if only one.

    Both sides are compared with the short-name aliases applied, so a report calling itself by
    its short name (省林草局) finds its full name (四川省林业和草原局) in its own plan's title."""
    if names.department is None:
        return None

    tail = _substitute(ending, aliases)
    found = {
        m.group("issuer")
        for m in names.department.finditer(text)
        if _substitute(m.group("issuer"), aliases).endswith(tail)
    }
    found = {f for f in found if is_body_name(f, names)}
    return found.pop() if len(found) == 1 else None


def _substitute(name: str, pairs: tuple[tuple[BoundedPattern, str], ...]) -> str:
    """A name with the checklist's name rewrites applied in order (canonical forms, aliases)."""
    for pattern, replacement in pairs:
        name = pattern.sub(replacement, name)
    return name


def _short(place: str, names: IssuerNames) -> str:
    """湖北省 → 湖北, 宁夏回族自治区 → 宁夏 (how reports mention a place in passing)."""
    if names.place_suffix is None:
        return place
    short = names.place_suffix.sub("", place)
    return short if len(short) >= 2 else place


#: A line of page chrome is short; a longer one holds report text too (a copy that lost its line
#: breaks runs the title, the page's metadata and the first sentence together).
PAGE_METADATA_MAX_CHARS = 80


def _without_page_metadata(norm: NormalizedText, profile: StructureProfile) -> NormalizedText:
    """The text as detection reads it: a web page's chrome copied with the report (原创 某某司法
    某区司法局 2024-03-01 18:00 广东, 浏览次数:1234, 版权所有…) blanked with spaces, so that its names
    and dates are not taken for the report's while every offset still maps to the original."""
    if not profile.page_metadata:
        return norm
    chrome = combined(profile.page_metadata)
    lines = norm.text.split("\n")
    blanked = [" " * len(ln) if 0 < len(ln) <= PAGE_METADATA_MAX_CHARS and chrome.search(ln) else ln for ln in lines]
    if blanked == lines:
        return norm
    return replace(norm, text="\n".join(blanked))


def detect(
    norm: NormalizedText, original: str, profile: StructureProfile, year: int | None = None, issuer: str | None = None
) -> Metadata:
    y: int | None
    norm = _without_page_metadata(norm, profile)
    if year is not None:
        y, ysrc = year, "option"
    else:
        y, ysrc = detect_year(norm, profile)
    if issuer:
        name: str | None = canonical_name(issuer, profile.issuer_names)
        key = issuer_key(name, profile, norm.text)
        return Metadata(name, issuer, y, ysrc, "option", key, issuer_kind(name, profile))
    name, written, source = detect_issuer(norm, original, profile)
    key = issuer_key(name, profile, norm.text)
    return Metadata(name, written or None, y, ysrc, source, key, issuer_kind(name, profile))


def issuer_kind(name: str | None, profile: StructureProfile) -> str | None:
    """The kind of body a canonical name is (政府, 部门 …: the first ``issuer_kinds`` pattern that
    matches), so that a ranking can tell when it lists a department beside governments."""
    if not name:
        return None
    return next((kind for kind, pattern in profile.issuer_kinds if pattern.search(name)), None)


@dataclass(frozen=True)
class IssuerKey:
    """How comparisons identify a body: ``key`` (city kept when known), and whether the city is
    known — a body below city level without one may share its name with another (鼓楼区)."""

    key: str
    city: str | None
    ambiguous: bool


def same_body(a: IssuerKey, b: IssuerKey) -> bool:
    """Do two keys name one body? Equal keys do; so do a key without a city and the same name
    with its city (钟楼区 and 常州市钟楼区: whoever wrote one meant the other). Two different
    cities never match."""
    if not a.key or not b.key:
        return False
    if a.key == b.key:
        return True
    if (a.city is None) == (b.city is None):
        return False
    with_city, without = (a, b) if a.city is not None else (b, a)
    return with_city.key == f"{with_city.city}{without.key}"


def issuer_key(
    name: str | None, profile: StructureProfile | None, text: str | None = None, folders: tuple[str, ...] = ()
) -> IssuerKey:
    """The comparison key of a body's name: canonical, aliases applied, body suffix removed.

    佛山市高明区人民政府 / 佛山市高明區 → 佛山市高明区; 唐山高新区管委会 → 唐山高新技术产业开发区.
    A name without a city takes one from ``text`` where it writes "<city><name>" (常州市钟楼区)
    or from a folder named like a city; a name below city level still without one is
    ``ambiguous``.
    """
    if not name:
        return IssuerKey("", None, False)
    key = normalize_term(name).replace(" ", "").replace("\u3000", "")
    if profile is None:
        return IssuerKey(key, None, False)
    names = profile.issuer_names
    key = _substitute(key, (*names.canonical, *profile.issuer_aliases))
    key = key.replace(" ", "")
    if profile.issuer_strip_suffix is not None:
        key = profile.issuer_strip_suffix.sub("", key) or key
    city = _city_of(key, profile)
    if city is not None and not key.startswith(city):  # 山东省青岛市…: the city says which body
        key = key[key.index(city) :]
    local = profile.issuer_local.search(key) if profile.issuer_local is not None else None
    if city is None and text and local is not None and profile.issuer_city_before is not None:
        city = _city_in_text(key[: local.end(1)], text, profile.issuer_city_before.pattern)
        if city is not None:
            key = city + key
    if city is None and profile.issuer_city_folder is not None:
        for folder in folders:
            folder = normalize_term(folder)
            if profile.issuer_city_folder.search(folder):
                city, key = folder, folder + key
                break
    return IssuerKey(key, city, city is None and local is not None)


def _city_of(key: str, profile: StructureProfile) -> str | None:
    if profile.issuer_city is None:
        return None
    m = profile.issuer_city.search(key)
    return m.group("city") if m else None


def _city_in_text(place: str, text: str, city_source: str) -> str | None:
    """The city the report writes right before the body's place name (常州市钟楼区), if one only."""
    found = {m.group("city") for m in _before(city_source, place).finditer(text)}
    if len(found) != 1:
        return None
    # the match may have taken a word before the city (在常州市): keep the form the text uses most
    written = found.pop()
    forms = [written[i:] for i in range(len(written) - 2)]
    return max(forms, key=lambda f: (text.count(f), -len(f)))


@lru_cache(maxsize=256)
def _before(city_source: str, place: str) -> BoundedPattern:
    return BoundedPattern(f"(?:{city_source}){re.escape(place)}")
