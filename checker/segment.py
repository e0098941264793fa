"""Stage 3 — segment: the matching form to blocks, sections and sentences, each with its part.

Which part of a report a sentence sits in decides what it proves: a measure in the results part
is coverage, the same words in the shortcomings part are an admission, in the plan part an
intention. Parts are recognised from numbered headings, from cue paragraphs ("但也存在不足之处")
and from transition sentences ("下一步"), all configured in the structure profile.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from .model import StructureProfile
from .normalize import NormalizedText
from .patterns import BoundedPattern, automaton, combined


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # span in the matching form
    end: int
    text: str
    part: str
    heading_level: int  # 0 for body text
    is_heading: bool  # a heading line, or the lead sentence of a numbered paragraph
    block: int
    intention: bool  # states only an intention (将继续…) although in a results part
    has_body: bool = True  # False for a heading whose section is empty (a cut-off excerpt)


@dataclass(frozen=True)
class Section:
    level: int
    title: str
    part: str
    start: int


@dataclass(frozen=True)
class Structure:
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    #: The strings the checklist's patterns require (see :func:`patterns.required_strings`):
    #: found in one pass, so that a pattern is searched only in sentences that can match it.
    required: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def outer(self) -> tuple[tuple[int, ...], ...]:
        """Per sentence, the indices of the headings of the sections it lies in, outermost first:
        a heading of level n closes the sections of level n and below. The context a sentence
        leaves out (全年共收到申请126件 under （五）加强行政复议工作)."""
        out: list[tuple[int, ...]] = []
        stack: list[tuple[int, int]] = []
        for s in self.sentences:
            if s.heading_level:
                while stack and stack[-1][0] >= s.heading_level:
                    stack.pop()
            out.append(tuple(i for _, i in stack))
            if s.heading_level:
                stack.append((s.heading_level, s.index))
        return tuple(out)

    @cached_property
    def _joined(self) -> tuple[str, list[int]]:
        starts, pos = [], 0
        for s in self.sentences:
            starts.append(pos)
            pos += len(s.text) + 1
        return "\n".join(s.text for s in self.sentences), starts

    @cached_property
    def _holders(self) -> dict[str, set[int]]:
        """Sentences holding each required string (those absent from the report have no entry).
        One automaton pass: a report's ~600 patterns require ~1,600 strings between them."""
        out: dict[str, set[int]] = {}
        if self.required:
            owner: list[int] = []  # the sentence of each character of the joined text
            for k, s in enumerate(self.sentences):
                owner.extend([k] * (len(s.text) + 1))
            for end, s in automaton(self.required).iter(self._joined[0]):
                got = out.get(s)
                if got is None:
                    out[s] = {owner[end]}
                else:
                    got.add(owner[end])
        return out

    @cached_property
    def _indexed(self) -> frozenset[str]:
        return frozenset(self.required)

    def _holding(self, s: str) -> set[int]:
        """The sentences whose text contains ``s`` (required strings hold no newline)."""
        got = self._holders.get(s)
        if got is None:
            got = set()
            if s not in self._indexed:  # a pattern from outside the checklist: looked up once
                text, starts = self._joined
                i = text.find(s)
                while i != -1:
                    k = bisect.bisect_right(starts, i) - 1
                    got.add(k)
                    i = text.find(s, starts[k + 1] if k + 1 < len(starts) else len(text))
            self._holders[s] = got
        return got

    def _candidates(self, pattern: BoundedPattern) -> list[int] | None:
        """The sentences holding, for every requirement set of the pattern, one of its strings —
        those ``pattern.may_match`` admits; None (every sentence) when nothing is required."""
        checks = pattern.checks
        if not checks:
            return None
        holders, holding = self._holders, self._holding
        cands: set[int] | None = None
        for req in checks:
            if len(req) == 1:
                held = holders.get(req[0]) or holding(req[0])
            else:
                held = set()
                for s in req:
                    held |= holders.get(s) or holding(s)
            cands = held if cands is None else cands & held
            if not cands:
                return []
        return sorted(cands or ())

    def matches(self, pattern: BoundedPattern) -> dict[int, list[tuple[int, int]]]:
        """Non-empty matches of ``pattern`` in each sentence on its own ({index: [(start, end)]},
        offsets within the sentence), exactly as ``pattern.finditer(sentence.text)`` would give.

        Only the sentences holding the strings every match needs are searched (see
        :meth:`_candidates`): joined by newlines and scanned in one call, and only sentences a
        match runs across are searched again on their own. Patterns whose result could depend on
        the joining (a look-around that can see a newline, ``\\A``) are searched sentence by
        sentence. Kept per report and shared between callers: read it, never change it.
        """
        key = (pattern.pattern, pattern.flags)
        got = self._found.get(key)
        if got is None:
            got = self._found[key] = self._matches(pattern)
        return got

    def found(self, pattern: BoundedPattern) -> dict[int, list[tuple[int, int]]] | None:
        """What :meth:`matches` gave for ``pattern`` if it was asked already, else None."""
        return self._found.get((pattern.pattern, pattern.flags))

    @cached_property
    def _found(self) -> dict[tuple[str, int], dict[int, list[tuple[int, int]]]]:
        # (item rules, roles and the sentence views ask for the same patterns)
        return {}

    def _matches(self, pattern: BoundedPattern) -> dict[int, list[tuple[int, int]]]:
        text, starts = self._joined
        n = len(self.sentences)
        todo = self._candidates(pattern)
        if todo is not None and len(todo) == n:
            todo = None
        if todo == []:  # (most of a checklist's patterns, on any one report)
            return {}
        ks = range(n) if todo is None else todo
        if not _joinable(pattern.pattern):
            return {k: spans for k in ks if (spans := _spans(pattern, self.sentences[k].text))}
        if todo is None:
            scan, offsets = text, starts
        else:
            scan = "\n".join(self.sentences[k].text for k in todo)
            offsets, pos = [], 0
            for k in todo:
                offsets.append(pos)
                pos += len(self.sentences[k].text) + 1
        if _anchored(pattern.pattern):
            pattern = pattern.with_flags(re.M)  # sentence edges are line edges in the joined text
        out: dict[int, list[tuple[int, int]]] = {}
        redo: set[int] = set()
        for m in pattern.finditer(scan):
            a, b = m.span()
            if b <= a:
                continue
            i = bisect.bisect_right(offsets, a) - 1
            j = bisect.bisect_right(offsets, b - 1) - 1
            k = ks[i]
            if i == j and b <= offsets[i] + len(self.sentences[k].text):
                out.setdefault(k, []).append((a - offsets[i], b - offsets[i]))
            else:
                redo.update(ks[x] for x in range(i, j + 1))
        for k in redo:  # exact per-sentence result where the joined scan could not tell
            spans = _spans(pattern, self.sentences[k].text)
            if spans:
                out[k] = spans
            else:
                out.pop(k, None)
        return out

    def parts_present(self) -> tuple[str, ...]:
        seen: list[str] = []
        for s in self.sentences:
            if s.part not in seen:
                seen.append(s.part)
        return tuple(seen)


def _spans(pattern: BoundedPattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


#: A pattern whose result could change when sentences are joined by newlines: one with a
#: look-around and anything that can match a newline (a negated class, \s \S \W \D, a dot),
#: or with \A / \Z. Deliberately coarse: such patterns are searched sentence by sentence.
_LOOKAROUND = re.compile(r"\(\?<?[=!]")
_NEWLINE_CAPABLE = re.compile(r"\[\^|\\[sSWDn]|(?<!\\)\.")


# A character class or an escaped character: a ^ or $ inside one is no line anchor.
_CLASS_OR_ESCAPE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]", re.S)
_LINE_ANCHOR = re.compile(r"[\^$]")


@lru_cache(maxsize=4096)
def _anchored(source: str) -> bool:
    """Does the pattern anchor at line edges (^ or $ outside a class)? Only then does the joined
    scan need its multi-line variant: compiling that variant for every pattern whose classes hold
    a ^ ([^。;,]) had cost a one-report process about half of its scoring time."""
    return ("^" in source or "$" in source) and bool(_LINE_ANCHOR.search(_CLASS_OR_ESCAPE.sub("", source)))


@lru_cache(maxsize=4096)
def _joinable(source: str) -> bool:
    if "\\A" in source or "\\Z" in source:
        return False
    return not (_LOOKAROUND.search(source) and _NEWLINE_CAPABLE.search(source))


@dataclass
class _Block:
    index: int
    start: int
    text: str
    kind: str = "body"  # front | title | closing | heading | lead | body
    level: int = 0
    number_len: int = 0
    part: str | None = None  # a heading's part decided before the headings are read (an appendix's)


def _lines(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            blocks.append(_Block(index=len(blocks), start=pos + lead, text=stripped))
        pos += len(raw) + 1
    return blocks


@lru_cache(maxsize=8)
def _sentence_re(ends: str) -> re.Pattern[str]:
    e = re.escape(ends)
    return re.compile(rf"[^{e}]*[{e}]+|[^{e}]+")


def _split_sentences(text: str, start: int, ends: str) -> list[tuple[int, int, str]]:
    """Sentences of one block as (start, end, text) in matching-form offsets, trimmed."""
    out: list[tuple[int, int, str]] = []
    for m in _sentence_re(ends).finditer(text):
        piece = m.group()
        body = piece.strip()
        if body:
            s = start + m.start() + (len(piece) - len(piece.lstrip()))
            out.append((s, s + len(body), body))
    return out


def _any(patterns: tuple[BoundedPattern, ...], text: str) -> bool:
    """Does any cue match? The cues of a list are tried as one combined expression."""
    if not patterns:
        return False
    return combined(patterns).search(text) is not None


def _heading_level(profile: StructureProfile, text: str) -> tuple[int, int]:
    """(level, length of the number) of a numbered heading line, or (0, 0): the first heading
    pattern that matches decides (one combined pattern, tried once per line)."""
    m = _heading_union(profile.headings).match(text)
    if not m or m.lastgroup is None:
        return 0, 0
    return profile.headings[int(m.lastgroup[1:])].level, m.end()


@lru_cache(maxsize=8)
def _heading_union(headings: tuple) -> BoundedPattern:
    return BoundedPattern(
        "|".join(f"(?P<h{i}>{h.pattern.pattern})" for i, h in enumerate(headings)), where=headings[0].pattern.where
    )


#: A section headed by both problems and plans (存在的问题和下一步打算), before and after its first
#: block: its sentences are shortcomings until a block naming no problem opens the plans.
MIXED, MIXED_SEEN = "mixed", "mixed+"


def _shown(part: str) -> str:
    return "shortcomings" if part in (MIXED, MIXED_SEEN) else part


def _in_mixed(profile: StructureProfile, state: str, text: str) -> str:
    """The part of a block in a section on problems and plans: its first block states the
    problems; a later one that names none (profile.problem) is the plans."""
    if state == MIXED_SEEN and profile.problem is not None and not profile.problem.search(text):
        return "plan"
    return "shortcomings"


def _classify_heading(profile: StructureProfile, text: str) -> str | None:
    short = bool(_any(profile.heading_cues.get("shortcomings", ()), text))
    plan = bool(_any(profile.heading_cues.get("plan", ()), text))
    if short and plan:
        return "mixed"
    if short:
        return "shortcomings"
    if plan:
        return "plan"
    for part in ("other", "duty", "measures"):
        if _any(profile.heading_cues.get(part, ()), text):
            return part
    return None


#: A line this short without clause punctuation at the end of a report is sign-off (a name, a date).
SIGN_OFF_MAX_CHARS = 40


def _signs_off(profile: StructureProfile, text: str, short_lines: bool = True) -> bool:
    """Is the line sign-off: 特此报告, a date, a contact, page chrome — or (``short_lines``) any
    short line without clause punctuation, such as the body's name signing the report?"""
    if _any(profile.closing, text) or _any(profile.page_metadata, text):
        return True
    return short_lines and len(text) <= SIGN_OFF_MAX_CHARS and not re.search(r"[。;,]", text)


#: A line of page chrome above the title that ends in 。 (a site's welcome) is at most this long.
FRONT_SENTENCE_MAX_CHARS = 40


def _mark_edges(blocks: list[_Block], profile: StructureProfile, appendix: int | None) -> None:
    """Front matter and title at the top, sign-off at the bottom (after an appendix only what says
    it is: a short line there is a table's row). A saved page's metadata, a field a line, does not
    use up the lines the title may stand in."""
    front = 0
    for b in blocks:
        chrome = _any(profile.front_matter, b.text)
        # (a short line of page chrome may end in 。 — 某某门户网站,欢迎您的访问。 — a sentence is longer)
        ends_sentence = "。" in b.text and not (chrome and len(b.text) <= FRONT_SENTENCE_MAX_CHARS)
        if b.index - front > 8 or ends_sentence or _heading_level(profile, b.text)[0]:
            break
        if chrome or _any(profile.page_metadata, b.text):
            b.kind = "front"
            front += 1
        elif len(b.text) <= 60:
            b.kind = "title"
        else:
            break
    for b in reversed(blocks):
        if b.kind != "body" or _heading_level(profile, b.text)[0] or b.index == appendix:
            break  # a numbered heading at the very end is still part of the report
        if _signs_off(profile, b.text, short_lines=appendix is None or b.index < appendix):
            b.kind = "closing"
        else:
            break


#: A table of contents lists at most this many headings (and so many blocks are looked at).
CONTENTS_MAX_ENTRIES = 80


#: An appendix line is short (附件 / 附件2:…统计表); a longer line naming one is a sentence.
APPENDIX_MAX_CHARS = 60
#: Lines a signature takes before an appendix: the body's name, the date, perhaps 特此报告.
SIGNATURE_LINES = 4


def _appendix(blocks: list[_Block], profile: StructureProfile) -> int | None:
    """Where material appended after the signature starts: 附件 / 附表 on a line of its own in the
    text's second half, a sign-off line (the date, 特此报告) among the lines just before it and
    text after it. (The 附件: line naming the attachments above the signature is not it, nor a
    web page's footer links: what follows them is the signature or page chrome.)"""
    if profile.appendix is None:
        return None
    for b in blocks[max(len(blocks) // 2, 1) : -1]:
        if (
            len(b.text) <= APPENDIX_MAX_CHARS
            and profile.appendix.search(b.text)
            and any(_any(profile.closing, a.text) for a in blocks[max(b.index - SIGNATURE_LINES, 0) : b.index])
        ):
            return b.index
    return None


def _mark_appendix(blocks: list[_Block], profile: StructureProfile, appendix: int) -> None:
    """The appendix starts afresh, as a top-level section: its tables and lists report the year's
    work (a table of indicators, a list of the decisions taken), not the plan section they follow
    in the text — unless it is a plan document (its title: ``appendix_plan``). The short lines
    just before it are the signature."""
    head = blocks[appendix]
    head.kind, head.level = "heading", 1
    label = profile.appendix.search(head.text) if profile.appendix is not None else None
    title = head.text[label.end() :].strip() if label else head.text
    if not title and appendix + 1 < len(blocks) and len(blocks[appendix + 1].text) <= APPENDIX_MAX_CHARS:
        title = blocks[appendix + 1].text  # (the label alone, the title on the next line)
    if profile.appendix_plan is not None and profile.appendix_plan.search(title):
        head.part = "plan"
    for a in reversed(blocks[:appendix]):
        if a.kind != "body" or _heading_level(profile, a.text)[0]:
            break
        if not _signs_off(profile, a.text):
            break
        a.kind = "closing"


def _mark_contents(blocks: list[_Block], profile: StructureProfile) -> None:
    """A table of contents at the top — numbered headings, one after another, that headings below
    repeat (two in three at least; page references removed) — is front matter. Read as headings,
    its 二、存在的问题……5 and 三、下一步工作计划……6 would label the body's opening before its own
    headings do."""
    if profile.contents_page_ref is None:
        return
    top = next((b.index for b in blocks if b.kind not in ("front", "title")), len(blocks))
    entries: list[tuple[_Block, str]] = []
    for b in blocks[top : top + CONTENTS_MAX_ENTRIES]:
        entry = profile.contents_page_ref.sub("", b.text).strip()
        if "。" in b.text or not entry or not _heading_level(profile, entry)[0]:
            break
        entries.append((b, entry))
    if len(entries) < 2:
        return
    below = [b.text for b in blocks[top + len(entries) :]]
    repeated = sum(1 for _, entry in entries if any(text.startswith(entry) for text in below))
    if repeated * 3 >= len(entries) * 2:
        for b, _ in entries:
            b.kind = "front"


def _bare_subheading(profile: StructureProfile, blocks: list[_Block], b: _Block) -> bool:
    """A short unnumbered line before a paragraph: a subheading whose number was never typed (a
    Word heading style, a bold subhead). Clause punctuation rules out a sentence or a label."""
    max_chars, body_min = profile.bare_subheading
    if not max_chars or len(b.text) > max_chars or b.index + 1 >= len(blocks):
        return False
    if any(c in b.text for c in profile.sentence_end + ",:"):
        return False
    nxt = blocks[b.index + 1]
    return nxt.kind == "body" and len(nxt.text) >= body_min


def segment(norm: NormalizedText, profile: StructureProfile, required: tuple[str, ...] = ()) -> Structure:
    """Split into sentences and label each with its report part (pure, deterministic).

    ``required``: the strings the checklist's patterns need (``Checklist.required``), indexed
    for :meth:`Structure.matches`; any others are looked up as patterns ask for them."""
    blocks = _lines(norm.text)
    appendix = _appendix(blocks, profile)
    _mark_edges(blocks, profile, appendix)
    _mark_contents(blocks, profile)
    if appendix is not None:
        _mark_appendix(blocks, profile, appendix)
    for b in blocks:
        if b.kind != "body":
            continue
        level, nlen = _heading_level(profile, b.text)
        if level:
            b.level, b.number_len = level, nlen
            n_sent = len(_split_sentences(b.text, 0, profile.sentence_end))
            b.kind = "heading" if n_sent <= 1 else "lead"
        elif (
            len(b.text) <= profile.bare_heading_max_chars
            and not re.search(r"[。;]", b.text)
            and _classify_heading(profile, b.text) in ("shortcomings", "plan", "mixed", "other", "measures")
        ):
            b.kind, b.level = "heading", 1
        elif _bare_subheading(profile, blocks, b):
            b.kind, b.level = "heading", 2
    has_headings = any(b.kind in ("heading", "lead") for b in blocks)

    sentences: list[Sentence] = []
    sections: list[Section] = []
    stack: list[list] = []  # [level, part]
    doc_part = ["preamble" if has_headings else "measures"]
    # In the results part only a paragraph that *opens* with a transition ("下一步,…") starts
    # the plan; a transition phrase mid-paragraph is an intention of one sentence.
    opening = tuple(p for p in profile.transition if p.pattern.startswith("^"))

    def emit(span: tuple[int, int, str], part: str, level: int, is_heading: bool, block: int) -> None:
        part = _shown(part)
        intention = part in ("measures", "duty", "preamble", "other") and _any(profile.intention, span[2])
        sentences.append(Sentence(len(sentences), span[0], span[1], span[2], part, level, is_heading, block, intention))

    def body(
        spans: list[tuple[int, int, str]], holder: list, block: int, level: int, lead: bool, soft: bool = False
    ) -> None:
        cur = holder[-1]
        mixed = cur in (MIXED, MIXED_SEEN)
        if mixed:
            cur = _in_mixed(profile, cur, "".join(span[2] for span in spans))
        for j, span in enumerate(spans):
            text = span[2]
            if lead and j == 0:
                emit(span, cur, level, True, block)
                continue
            first = j == (1 if lead else 0)
            if (
                cur not in ("plan", "shortcomings", "front", "title", "closing")
                and first
                and _any(profile.paragraph_cues.get("shortcomings", ()), text)
            ):
                cur = "shortcomings"
            if cur == "shortcomings" and _any(profile.transition, text):
                cur = "plan"
            elif cur in ("measures", "duty", "other") and first and not soft and _any(opening, text):
                cur = "plan"
            elif cur in ("measures", "duty", "other", "preamble") and _any(profile.shortcoming_sentence, text):
                emit(span, "shortcomings", 0, False, block)  # (one sentence: the paragraph stays)
                continue
            emit(span, cur, 0, False, block)
        holder[-1] = MIXED_SEEN if mixed and cur == "shortcomings" else cur

    for b in blocks:
        spans = _split_sentences(b.text, b.start, profile.sentence_end)
        if b.kind in ("front", "title", "closing"):
            for span in spans:
                emit(span, b.kind, 0, False, b.index)
            continue
        if b.kind in ("heading", "lead"):
            while stack and (stack[-1][0] >= b.level or b.index == appendix):
                stack.pop()
            parent = stack[-1][1] if stack else None
            head_text = spans[0][2][b.number_len :] if b.number_len else spans[0][2]
            own = b.part or _classify_heading(profile, head_text)
            if own == "mixed":
                part = MIXED
            elif own in ("plan", "shortcomings"):
                part = own
            elif parent in ("plan", "shortcomings"):
                part = parent
            elif parent in (MIXED, MIXED_SEEN):  # a block of a section on problems and plans
                part = _in_mixed(profile, parent, b.text)
            else:
                part = own or parent or "measures"
            if parent in (MIXED, MIXED_SEEN) and part in ("plan", "shortcomings"):
                stack[-1][1] = "plan" if part == "plan" else MIXED_SEEN
            entry = [b.level, part]
            sections.append(Section(b.level, spans[0][2], _shown(part), spans[0][0]))
            if b.kind == "heading":
                stack.append(entry)
                emit(spans[0], part, b.level, True, b.index)
                for span in spans[1:]:
                    emit(span, part, 0, False, b.index)
            else:
                holder = [part]
                body(spans, holder, b.index, b.level, lead=True)
                if holder[-1] in ("plan", "shortcomings", MIXED_SEEN) and holder[-1] != part:
                    if stack:
                        stack[-1][1] = holder[-1]
                    else:
                        doc_part[0] = holder[-1]
            if doc_part[0] == "preamble":
                doc_part[0] = "measures"
            continue
        # (after a break put back in a copy that lost its breaks, a 下一步 may be a sentence of the
        # paragraph before, an intention, rather than a paragraph opening the plans)
        soft = b.start - 1 in norm.restored
        if stack:
            holder = [stack[-1][1]]
            body(spans, holder, b.index, 0, lead=False, soft=soft)
            stack[-1][1] = holder[-1]
        else:
            body(spans, doc_part, b.index, 0, lead=False, soft=soft)
    return Structure(_mark_empty_sections(sentences), tuple(sections), required)


# A numbered line this long, with a comma, standing last without a full stop, is a paragraph cut
# off, not a heading: no heading of the development set or the web excerpts that ends a text runs
# past 24 characters (3.充分发挥基层党组织的引领作用,各党支部都将…法律法规列入"三会一课"内容,并要求党员干).
CUT_PARAGRAPH_MIN_CHARS = 40


def _mark_empty_sections(sentences: list[Sentence]) -> tuple[Sentence, ...]:
    """A heading line with no body text before the next heading of its level or above is an
    empty section: it names a topic but reports nothing (typically where an excerpt is cut).
    A heading that is a whole sentence ("(一)健全备案审查机制。") states something itself, and so
    does a long numbered paragraph the cut left without its full stop.

    One backward pass: the nearest body sentence and, per level, the nearest heading that
    would close a section of that level.
    """
    out = list(sentences)
    inf = len(sentences)
    next_body = inf
    next_stop: dict[int, int] = {}
    # (the last sentence of the report's own text: a web page's footer copied after it is not)
    last = max((i for i, s in enumerate(sentences) if s.part != "closing"), default=-1)
    for i in range(len(sentences) - 1, -1, -1):
        s = sentences[i]
        if s.is_heading and s.heading_level:
            cut_paragraph = i == last and len(s.text) > CUT_PARAGRAPH_MIN_CHARS and "," in s.text
            if next_body >= next_stop.get(s.heading_level, inf) and s.text[-1:] not in "。!?;" and not cut_paragraph:
                out[i] = replace(s, has_body=False)
            for lvl in range(s.heading_level, 10):
                next_stop[lvl] = i
        elif s.part != "closing":
            next_body = i
    return tuple(out)
