"""Stage 4 — match: checklist items against the segmented report, with evidence.

All literal terms of a checklist are found in one pass with an Aho-Corasick automaton (built
once per checklist); rule combinators are then evaluated only on sentences that contain one of
an item's terms (or on every sentence for rules that are not term-driven). The verdict of an
item depends on *where* its evidence sits: results part → covered/partial, plan part or an
intention sentence → planned, shortcomings part → not coverage.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .model import Checklist, Item, MentionRole, StructureProfile
from .normalize import NormalizedText
from .patterns import BoundedPattern, automaton
from .rules import CandidateIndex, RoleSpan, SentenceView
from .segment import Sentence, Structure


@dataclass(frozen=True)
class Evidence:
    """One sentence that supports a verdict; ``start``/``end`` index the original text."""

    text: str
    start: int
    end: int
    part: str
    terms: tuple[str, ...]
    concrete: bool
    heading: bool
    intention: bool
    elements: tuple[str, ...]
    sentence: int
    spans: tuple[tuple[int, int], ...] = ()  # matched terms, offsets in the original text


@dataclass(frozen=True)
class ItemMatch:
    item_id: str
    status: str  # covered | partial | planned | absent | not_applicable
    elements_found: tuple[str, ...]
    elements_missing: tuple[str, ...]
    concrete: bool
    evidence: tuple[Evidence, ...]  # coverage evidence first (document order), then plan evidence
    reason: str


def find_terms(text: str, literals: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every occurrence of every literal (overlaps included), in text order."""
    if not literals:
        return []
    out = [(end + 1 - len(term), end + 1, term) for end, term in automaton(literals).iter(text)]
    out.sort()
    return out


_CLAUSE = re.compile(r"[^,:;]+")


def opening_sentences(structure: Structure, profile: StructureProfile) -> set[int]:
    """The report's opening: the preamble, and the first body sentence after it when that opens
    with the year ("2022年,在区委坚强领导下,…") — where the guiding-ideology boilerplate stands.
    A cover letter may come first (a page's metadata, 现将…随文上报, 特此报告, a date, the title
    again): short lines and the structure profile's ``opening_skip`` lines do not end the search."""
    preamble = [s for s in structure.sentences if s.part == "preamble"]
    out = {s.index for s in _before_the_body(preamble, profile)}
    if profile.opening is None:
        return out
    # (a preamble that already opened with the year has had its opening: the first sentence
    # after the heading opens again only when it recites the guiding ideology — 2025年,我局坚持
    # 把法治政府建设与…同部署、同考核 reports the year's work)
    opened = any(profile.opening.search(s.text) for s in structure.sentences if s.part == "preamble")
    past_heading = False
    for s in structure.sentences:
        if s.part in ("front", "title", "closing", "preamble") or s.is_heading:
            past_heading = past_heading or s.is_heading
            continue
        # (only before the first heading: after it, 一是深化中心组理论学习。 starts the body)
        if not past_heading and (
            len(s.text) < profile.bare_heading_max_chars or any(p.search(s.text) for p in profile.opening_skip)
        ):
            continue
        if profile.opening.search(s.text) and (
            not opened or profile.reopening is None or profile.reopening.search(s.text)
        ):
            out.add(s.index)
        break
    return out


def _before_the_body(preamble: list[Sentence], profile: StructureProfile) -> list[Sentence]:
    """The preamble up to the report introducing itself (现将…报告如下) and the sentence opening
    the year right after it, when the year had not been opened before. What follows in a preamble
    is the body whose headings went unrecognised (a Word file whose heading numbers were styles):
    its sentences report work, and 按照上级要求,…同部署、同考核 there is not the opening's boilerplate."""
    if profile.opening_end is None:
        return preamble
    end = next((k for k, s in enumerate(preamble) if profile.opening_end.search(s.text)), None)
    if end is None:
        return preamble
    opened = profile.opening is not None and any(profile.opening.search(s.text) for s in preamble[:end])
    nxt = end + 1
    if (
        not opened
        and nxt < len(preamble)
        and profile.opening is not None
        and profile.opening.search(preamble[nxt].text)
    ):
        end = nxt
    return preamble[: end + 1]


class RoleFinder:
    """Mention-role spans of every sentence: one scan of the text per role pattern."""

    def __init__(self, structure: Structure, profile: StructureProfile) -> None:
        sentences = structure.sentences
        opening = (
            opening_sentences(structure, profile) if any(r.where == "opening" for r in profile.mentions) else set()
        )
        spans: dict[int, list[RoleSpan]] = {}

        def in_scope(role: MentionRole, k: int) -> bool:
            if role.where == "heading":
                return sentences[k].is_heading
            if role.where == "opening":
                return k in opening
            return True

        for role in profile.mentions:
            pats = [(p, False) for p in role.spans] + ([(role.names, True)] if role.names is not None else [])
            for pat, is_name in pats:
                for k, found in structure.matches(pat).items():
                    if in_scope(role, k):
                        base = sentences[k].start
                        spans.setdefault(k, []).extend((base + a, base + b, role.name, is_name) for a, b in found)
            cued: set[int] = set()
            for cue in role.sentence:
                cued.update(k for k in structure.matches(cue) if in_scope(role, k))
            for k in sorted(cued):
                sent = sentences[k]
                # The whole sentence, except clauses stating a fact. A clause's span takes the
                # separator after it, so neighbouring clauses merge: a pattern running across a
                # comma (培训,严格规范统计执法) is inside the role unless it reaches a kept clause.
                for c in _CLAUSE.finditer(sent.text):
                    if not any(k.search(c.group()) for k in role.keep):
                        end = min(c.end() + 1, len(sent.text))
                        spans.setdefault(k, []).append((sent.start + c.start(), sent.start + end, role.name, False))
        self._spans = spans

    def __call__(self, sent: Sentence) -> list[RoleSpan]:
        return self._spans.get(sent.index, [])


_jieba_words: set[str] = set()


def _jieba_bounds(words: tuple[str, ...]) -> Callable[[str, int, int], bool]:
    """Word boundaries by jieba, with the checklist's whole-word terms in its dictionary.

    Adding the terms lets jieba cut 年终述法全覆盖 as 年终/述法/全覆盖 while 陈述法定 stays
    陈述/法定 — a term that must be a word is accepted only on token boundaries.
    """

    def on_boundaries(text: str, start: int, end: int) -> bool:
        import jieba  # imported lazily: loading the dictionary costs ~1 s and few rules need it

        jieba.setLogLevel(60)
        for w in words:
            if w not in _jieba_words:
                jieba.add_word(w)
                _jieba_words.add(w)
        # Segment a window around the hit only: a sentence without punctuation can be huge.
        lo = max(0, start - WORD_WINDOW)
        cuts = {0, min(len(text), end + WORD_WINDOW) - lo}
        for _, s, e in jieba.tokenize(text[lo : end + WORD_WINDOW]):
            cuts.add(s)
            cuts.add(e)
        return (start - lo) in cuts and (end - lo) in cuts

    return on_boundaries


#: Characters of context on each side of a whole-word term given to jieba.
WORD_WINDOW = 40


def build_views(
    norm: NormalizedText,
    structure: Structure,
    checklist: Checklist,
    word_boundaries: Callable[[str, int, int], bool] | None = None,
) -> list[SentenceView]:
    """Per-sentence term hits and the mention-role spans that qualify them."""
    sentences = structure.sentences
    starts = [s.start for s in sentences]
    roles = RoleFinder(structure, checklist.profile)
    per: list[dict[str, list[tuple[int, int]]]] = [{} for _ in sentences]
    for s, e, term in find_terms(norm.text, checklist.literals):
        idx = bisect.bisect_right(starts, s) - 1
        if idx < 0 or e > sentences[idx].end:
            continue
        per[idx].setdefault(term, []).append((s, e))
    wb = word_boundaries or _jieba_bounds(checklist.word_terms)
    views = [SentenceView(sent, per[i], roles, wb, structure.found) for i, sent in enumerate(sentences)]
    for view, outer in zip(views, structure.outer, strict=True):  # (for ``inside`` rules)
        view.outer = tuple(views[i] for i in outer)
    return views


def _is_concrete(text: str, profile: StructureProfile) -> bool:
    return bool(profile.concrete) and _union(profile.concrete).search(text) is not None


@lru_cache(maxsize=8)
def _union(patterns: tuple[BoundedPattern, ...]) -> BoundedPattern:
    """One pattern for "any of these" (one bounded call instead of one per pattern)."""
    return BoundedPattern("|".join(f"(?:{p.pattern})" for p in patterns), where=patterns[0].where)


def match_item(
    item: Item,
    views: list[SentenceView],
    norm: NormalizedText,
    original: str,
    profile: StructureProfile,
    candidates: set[int] | None,
    concrete_cache: dict[int, bool] | None = None,
) -> ItemMatch:
    """Verdict for one item. ``candidates`` limits evaluation to sentences with the item's terms."""
    cover: list[Evidence] = []
    planned: list[Evidence] = []
    indices = range(len(views)) if candidates is None else sorted(candidates)
    cache = concrete_cache if concrete_cache is not None else {}

    def is_concrete(i: int) -> bool:
        got = cache.get(i)
        if got is None:
            got = cache[i] = _is_concrete(views[i].sentence.text, profile)
        return got

    run_end = -2  # last sentence matched by a term-less (part/heading) rule
    run_concrete = False  # a part-only item is concrete when its part has figures anywhere
    for i in indices:
        view = views[i]
        if not view.sentence.has_body:
            continue
        hits = item.match.evaluate(view, item.elements)
        if hits is None:
            continue
        if item.exclude is not None and item.exclude.evaluate(view, item.elements) is not None:
            continue
        sent = view.sentence
        found = tuple(el.id for el in item.elements if el.rule.evaluate(view, item.elements) is not None)
        if not hits and not any(h for el in item.elements for h in (el.rule.evaluate(view, item.elements) or [])):
            # A part-only rule matches every sentence of the part: keep the first sentence of
            # each run (the heading or opening sentence) as the evidence.
            contiguous = run_end == i - 1 and views[i - 1].sentence.part == sent.part
            run_end = i
            if contiguous:
                run_concrete = run_concrete or (sent.part in item.parts and is_concrete(i))
                continue
        concrete = is_concrete(i)
        start, end = norm.to_original(sent.start, sent.end)
        ev = Evidence(
            text=original[start:end],
            start=start,
            end=end,
            part=sent.part,
            terms=tuple(dict.fromkeys(h[2] for h in sorted(hits))),
            concrete=concrete,
            heading=sent.is_heading,
            intention=sent.intention,
            elements=found,
            sentence=sent.index,
            spans=tuple(sorted({norm.to_original(h[0], h[1]) for h in hits if h[1] > h[0]})),
        )
        if sent.part in item.parts and not (sent.intention and "plan" not in item.parts):
            cover.append(ev)
        elif sent.part == "plan" or sent.intention:
            planned.append(ev)
    denying = frozenset(r.name for r in profile.mentions if r.denies_heading)
    if denying and any(ev.heading for ev in cover):
        cover = [ev for ev in cover if not (ev.heading and _denied_below(item, views, ev, denying))]
    return _verdict(item, cover, planned, views, run_concrete)


def _denied_below(item: Item, views: list[SentenceView], ev: Evidence, roles: frozenset[str]) -> bool:
    """Does a sentence of the heading's section say its subject did not occur?

    A heading names the work its section reports, so it counts for the item — unless the section
    says there was none: （二）推进规范性文件和合同审查 over 本年度未制定规范性文件, or 行政复议和行政应诉情况
    over 全年无行政复议、行政诉讼案件. Looked for inside the spans of a role that denies (cases that
    did not occur): the heading's own literal terms, or a hit the item's rule would take there but
    for that role — so a section saying only that something else did not happen leaves it standing.
    """
    head = views[ev.sentence]
    literals = [t for t in ev.terms if t in head.hits]
    for view in views[ev.sentence + 1 :]:
        if not any(o is head for o in view.outer):
            break
        spans = [(a, b) for a, b, role, _ in view.roles if role in roles]
        if not spans:
            continue
        if any(a <= s and e <= b for t in literals for s, e in view.hits.get(t, ()) for a, b in spans):
            return True
        if item.match.evaluate(view, item.elements) is None:
            hits = item.match.evaluate(view.without_roles(roles), item.elements) or []
            if any(a <= h[0] and h[1] <= b for h in hits for a, b in spans):
                return True
    return False


def _verdict(
    item: Item, cover: list[Evidence], planned: list[Evidence], views: list[SentenceView], run_concrete: bool = False
) -> ItemMatch:
    all_ids = tuple(el.id for el in item.elements)
    if cover:
        found = tuple(e for e in all_ids if any(e in ev.elements for ev in cover))
        missing = tuple(e for e in all_ids if e not in found)
        concrete = run_concrete or any(ev.concrete for ev in cover)
        if item.elements and len(found) < item.required_elements:
            status, reason = "partial", f"{len(found)}/{len(all_ids)} elements found"
        elif item.generic is not None and all(
            item.generic.evaluate(views[ev.sentence], item.elements) is not None for ev in cover
        ):
            status, reason = "partial", "named only generically"
        else:
            status = "covered"
            reason = f"{len(found)}/{len(all_ids)} elements found" if item.elements else "evidence in results part"
        return ItemMatch(item.id, status, found, missing, concrete, tuple(cover) + tuple(planned), reason)
    if planned:
        return ItemMatch(item.id, "planned", (), all_ids, False, tuple(planned), "only in plans or intentions")
    return ItemMatch(item.id, "absent", (), all_ids, False, (), "no evidence")


def candidate_sentences(item: Item, index: CandidateIndex) -> set[int] | None:
    """Sentences where the item's rule may hold; None when it must see every sentence."""
    return item.match.candidates(index, item.elements)


def match_all(
    checklist: Checklist,
    norm: NormalizedText,
    structure: Structure,
    original: str,
    waived: dict[str, str] | None = None,
) -> list[ItemMatch]:
    """Verdicts for every item of the checklist, in checklist order."""
    views = build_views(norm, structure, checklist)
    index = CandidateIndex(views, structure)
    concrete: dict[int, bool] = {}
    out = []
    for item in checklist.items:
        if waived and item.id in waived:
            out.append(
                ItemMatch(item.id, "not_applicable", (), tuple(e.id for e in item.elements), False, (), waived[item.id])
            )
            continue
        out.append(
            match_item(item, views, norm, original, checklist.profile, candidate_sentences(item, index), concrete)
        )
    return out
