"""The rule language: readable combinators over one sentence, in the spirit of semgrep.

A rule is YAML data (see ``checklists/README.md``)::

    "法律顾问"                         a fixed term (matched in the matching form)
    {term: 述法, word: true}           a term that must be a whole word (checked with jieba)
    {term: 述法, not_in: [陈述法]}      a term that is not part of one of these longer words
    {regex: '决策执行.{0,20}评估'}       a regular expression
    {any: [r1, r2]}                    pattern-either: one of them
    {all: [r1, r2, {not: r3}]}         patterns: all of them, none of the negated ones
    {near: [r1, r2], within: 12}       both, with hits at most 12 characters apart
    {elements: 2}                      at least 2 of the item's elements in the sentence
    {part: shortcomings}               the sentence is in that report part
    {heading: true}                    the sentence is a heading (or a numbered lead sentence)
    {inside: r}                        the sentence is in a section whose heading holds r
                                       (semgrep's pattern-inside: 听证会 under 推进依法决策)
    {any: [...], mentions: [law-title]} also count hits that only name a topic in that role

Mention roles (structure.yaml ``mentions``) mark spans where a term names a topic instead of
reporting work: a law title being studied, a list of meeting subjects, the opening
boilerplate. A term or regex hit inside such a span counts only for rules that list the role
(an item's ``mentions`` applies to its whole rule; a node's to its subtree).

Evaluation returns the hits (spans in the matching form, with the term that matched) or
``None`` when the rule does not hold; a satisfied ``not`` contributes no hits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from .errors import ChecklistError
from .normalize import normalize_term, to_simplified
from .patterns import BoundedPattern, min_width

if TYPE_CHECKING:
    from .model import Element
    from .segment import Sentence, Structure

Hit = tuple[int, int, str]

# Nested quantifiers such as (a+)+ or (\w*)* backtrack catastrophically on long sentences.
_NESTED_QUANTIFIER = re.compile(
    r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,\d*\}|\{(?:[2-9]|[1-9]\d+)\})"
)
# A repeated group with alternatives, such as (a|aa)+, can backtrack exponentially as well.
_QUANTIFIED_ALTERNATION = re.compile(r"\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,\d*\})")
MAX_REGEX_LENGTH = 500
MAX_WORD_CHECKS = 30  # whole-word checks per term and sentence


RoleSpan = tuple[int, int, str, bool]  # start, end, role, whether a hit equal to the span is outside it


class SentenceView:
    """Everything a rule may look at for one sentence: its text, part, term hits and mention roles."""

    __slots__ = (
        "sentence",
        "hits",
        "outer",
        "_roles",
        "_find_roles",
        "_regex",
        "_word_boundaries",
        "_role_index",
        "_starts",
        "_scan",
    )

    def __init__(
        self,
        sentence: Sentence,
        hits: dict[str, list[tuple[int, int]]],
        find_roles: Callable[[Sentence], list[RoleSpan]] | None,
        word_boundaries: Any,
        scan: Callable[[BoundedPattern], dict[int, list[tuple[int, int]]] | None] | None = None,
    ) -> None:
        self.sentence = sentence
        # The report's matches of a pattern, sentence by sentence, when the report was searched
        # for it already (Structure.found): a sentence holding none of them need not be searched.
        self._scan = scan
        self.hits = hits
        self.outer: tuple[SentenceView, ...] = ()  # the headings of the sections it is in (outermost first)
        self._roles: list[RoleSpan] | None = None if find_roles is not None else []
        self._find_roles = find_roles
        self._regex: dict[str, list[Hit]] = {}
        self._word_boundaries = word_boundaries
        self._role_index: dict[tuple[str, bool], tuple[list[int], list[int]]] | None = None
        self._starts: dict[str, list[int]] = {}

    @property
    def roles(self) -> list[RoleSpan]:
        if self._roles is None:
            self._roles = self._find_roles(self.sentence) if self._find_roles is not None else []
        return self._roles

    def blocked(self, start: int, end: int, allowed: frozenset[str]) -> bool:
        """Is the hit inside a mention span of a role the rule does not accept?

        For a name (习近平法治思想) only shorter hits are inside: the name itself is a term.
        Spans of one role are merged and searched by bisection (a huge sentence may hold
        thousands of hits and spans).
        """
        if not self.roles:
            return False
        if self._role_index is None:
            self._role_index = _merged(self.roles)
        for (role, name), (starts, ends) in self._role_index.items():
            if role in allowed:
                continue
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and end <= ends[k] and not (name and (starts[k], ends[k]) == (start, end)):
                return True
        return False

    def without_roles(self, names: frozenset[str]) -> SentenceView:
        """The same sentence as if the named roles had no spans: what it would report without them."""
        kept = [r for r in self.roles if r[2] not in names]
        view = SentenceView(self.sentence, self.hits, lambda _s: kept, self._word_boundaries, self._scan)
        view.outer = self.outer
        return view

    def inside(self, span: tuple[int, int], word: str) -> bool:
        """Is the hit part of an occurrence of a longer ``word`` (found by the automaton)?"""
        occ = self.hits.get(word)
        if not occ:
            return False
        starts = self._starts.get(word)
        if starts is None:
            starts = self._starts[word] = [a for a, _ in occ]
        s, e = span
        k = bisect.bisect_left(starts, e - len(word))
        while k < len(occ) and occ[k][0] <= s:
            if occ[k][1] >= e:
                return True
            k += 1
        return False

    def regex_hits(self, pattern: BoundedPattern, label: str) -> list[Hit]:
        cached = self._regex.get(pattern.pattern)
        if cached is None:
            base = self.sentence.start
            known = self._scan(pattern) if self._scan is not None else None
            if known is not None:
                spans = known.get(self.sentence.index, ())
            else:
                spans = [m.span() for m in pattern.finditer(self.sentence.text) if m.end() > m.start()]
            cached = [(base + a, base + b, label) for a, b in spans]
            self._regex[pattern.pattern] = cached
        return cached

    def on_word_boundary(self, start: int, end: int) -> bool:
        base = self.sentence.start
        return self._word_boundaries(self.sentence.text, start - base, end - base)


def _merged(roles: list[RoleSpan]) -> dict[tuple[str, bool], tuple[list[int], list[int]]]:
    """Per (role, is-name), the union of its spans as sorted disjoint intervals."""
    by: dict[tuple[str, bool], list[tuple[int, int]]] = {}
    for a, b, role, name in roles:
        by.setdefault((role, name), []).append((a, b))
    out: dict[tuple[str, bool], tuple[list[int], list[int]]] = {}
    for key, spans in by.items():
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(spans):
            if starts and a <= ends[-1] and not key[1]:  # names stay separate: each is its own name
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        out[key] = (starts, ends)
    return out


#: Accepted hits of one term per sentence: enough to prove and highlight it; a sentence with
#: tens of thousands (a pathological input) is not checked further.
MAX_KEPT_HITS = 50


class Rule:
    """Base class of rule nodes. ``line`` points at the YAML that defined the node."""

    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        raise NotImplementedError

    def literals(self) -> Iterator[str]:
        return iter(())

    def selects(self) -> bool:
        """Whether the rule has a positive condition (a rule of only negations would match everything)."""
        return False

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        """Sentences where the rule *may* hold (a superset); None means every sentence."""
        return None

    def describe(self) -> str:
        raise NotImplementedError


class CandidateIndex:
    """Which sentences hold a term, match a regex, sit in a part: the cheap pre-filter."""

    def __init__(self, views: list[SentenceView], structure: Structure | None = None) -> None:
        self.views = views
        self.structure = structure
        self.by_term: dict[str, set[int]] = {}
        for i, v in enumerate(views):
            for term in v.hits:
                self.by_term.setdefault(term, set()).add(i)
        self._regex: dict[str, set[int]] = {}
        self._cache: dict[tuple, set[int]] = {}

    def term(self, term: str) -> set[int]:
        return self.by_term.get(term, set())

    def regex(self, pattern: BoundedPattern) -> set[int]:
        got = self._regex.get(pattern.pattern)
        if got is None:
            # (the views then take their sentences' matches from the same search: Structure.found)
            found = self.structure.matches(pattern) if self.structure else {}
            got = self._regex[pattern.pattern] = set(found)
        return got

    def in_parts(self, parts: frozenset[str]) -> set[int]:
        key = ("part", parts)
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = {i for i, v in enumerate(self.views) if v.sentence.part in parts}
        return got

    def headings(self, value: bool) -> set[int]:
        key = ("heading", value)
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = {i for i, v in enumerate(self.views) if v.sentence.is_heading == value}
        return got


def _first(pair: tuple[int, Any]) -> int:
    return pair[0]


def _union(sets: list[set[int] | None]) -> set[int] | None:
    out: set[int] = set()
    for x in sets:
        if x is None:
            return None
        out |= x
    return out


def _intersection(sets: list[set[int] | None]) -> set[int] | None:
    known = [x for x in sets if x is not None]
    if not known:
        return None
    out = set(known[0])
    for x in known[1:]:
        out &= x
    return out


@dataclass(frozen=True)
class Literal(Rule):
    term: str
    word: bool = False
    line: int = 0
    roles: frozenset[str] = frozenset()  # mention roles whose hits count
    not_in: tuple[str, ...] = ()  # longer words the term must not be part of (陈述法 for 述法)

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        spans = view.hits.get(self.term)
        if not spans:
            return None
        if self.not_in or self.word or view.roles:
            kept: list[tuple[int, int]] = []
            word_checks = 0
            for sp in spans:
                if self.not_in and any(view.inside(sp, w) for w in self.not_in):
                    continue
                if view.roles and view.blocked(sp[0], sp[1], self.roles):
                    continue
                if self.word:
                    # Segmentation is the expensive part: a few confirmed hits prove the
                    # sentence, and dozens of unconfirmed ones are not checked further.
                    if word_checks >= MAX_WORD_CHECKS or len(kept) >= 3:
                        break
                    word_checks += 1
                    if not view.on_word_boundary(*sp):
                        continue
                kept.append(sp)
                if len(kept) >= MAX_KEPT_HITS:
                    break
            if not kept:
                return None
            spans = kept
        return [(s, e, self.term) for s, e in spans]

    def literals(self) -> Iterator[str]:
        yield self.term
        yield from self.not_in

    def selects(self) -> bool:
        return True

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return index.term(self.term)

    def describe(self) -> str:
        extra = f" (不含于{'、'.join(self.not_in)})" if self.not_in else ""
        return f"{self.term}{' (整词)' if self.word else ''}{extra}"


@dataclass(frozen=True)
class Regex(Rule):
    pattern: BoundedPattern
    line: int = 0
    roles: frozenset[str] = frozenset()

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        hits = view.regex_hits(self.pattern, self.pattern.pattern)
        if hits and view.roles:
            hits = [h for h in hits if not view.blocked(h[0], h[1], self.roles)]
        return list(hits) if hits else None

    def selects(self) -> bool:
        return True

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return index.regex(self.pattern)

    def describe(self) -> str:
        return f"/{self.pattern.pattern}/"


class _Composite(Rule):
    """A rule over child rules: its terms and regex-ness are its children's."""

    children: tuple[Rule, ...]

    def literals(self) -> Iterator[str]:
        for c in self.children:
            yield from c.literals()

    def selects(self) -> bool:
        return any(c.selects() for c in self.children)


@dataclass(frozen=True)
class AnyOf(_Composite):
    children: tuple[Rule, ...]
    line: int = 0

    def __post_init__(self) -> None:
        # A list of synonyms may hold dozens of terms while a sentence holds a few: the terms
        # are looked up by the sentence's hits, and only the children they name are evaluated
        # (in the children's order, as if each had been tried).
        terms: dict[str, list[tuple[int, Rule]]] = {}
        others: list[tuple[int, Rule]] = []
        for i, child in enumerate(self.children):
            if isinstance(child, Literal):
                terms.setdefault(child.term, []).append((i, child))
            else:
                others.append((i, child))
        object.__setattr__(self, "_terms", terms)
        object.__setattr__(self, "_others", tuple(others))

    def _present(self, keys: Any) -> list[tuple[int, Rule]]:
        """The children that can hold: literals whose term is among ``keys``, and the rest."""
        terms: dict[str, list[tuple[int, Rule]]] = self._terms  # type: ignore[attr-defined]
        found: list[tuple[int, Rule]] = []
        if len(keys) <= len(terms):
            for term in keys:
                got = terms.get(term)
                if got is not None:
                    found += got
        else:
            for term, got in terms.items():
                if term in keys:
                    found += got
        found += self._others  # type: ignore[attr-defined]
        if len(found) > 1:
            found.sort(key=_first)
        return found

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        out: list[Hit] | None = None
        for _, child in self._present(view.hits):
            hits = child.evaluate(view, elements)
            if hits is not None:
                out = (out or []) + hits
        return out

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return _union([c.candidates(index, elements) for _, c in self._present(index.by_term)])

    def describe(self) -> str:
        return "任一(" + " | ".join(c.describe() for c in self.children) + ")"


@dataclass(frozen=True)
class AllOf(_Composite):
    children: tuple[Rule, ...]
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        out: list[Hit] = []
        for child in self.children:
            hits = child.evaluate(view, elements)
            if hits is None:
                return None
            out.extend(hits)
        return out

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return _intersection([c.candidates(index, elements) for c in self.children if not isinstance(c, Not)])

    def describe(self) -> str:
        return "全部(" + " & ".join(c.describe() for c in self.children) + ")"


@dataclass(frozen=True)
class Not(Rule):
    child: Rule
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        return None if self.child.evaluate(view, elements) is not None else []

    def literals(self) -> Iterator[str]:
        yield from self.child.literals()

    def describe(self) -> str:
        return f"非({self.child.describe()})"


@dataclass(frozen=True)
class Near(_Composite):
    children: tuple[Rule, ...]
    within: int
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        results = []
        for child in self.children:
            hits = child.evaluate(view, elements)
            if not hits:
                return None
            results.append(hits)
        anchor = results[0]
        chosen: list[Hit] = []
        for a in anchor:
            picked = [a]
            for other in results[1:]:
                close = [h for h in other if _gap(a, h) <= self.within]
                if not close:
                    break
                picked.append(close[0])
            else:
                chosen.extend(picked)
        return chosen or None

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return _intersection([c.candidates(index, elements) for c in self.children])

    def describe(self) -> str:
        return f"邻近{self.within}字(" + " ~ ".join(c.describe() for c in self.children) + ")"


def _gap(a: Hit, b: Hit) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


@dataclass(frozen=True)
class ElementsAtLeast(Rule):
    k: int
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        found = 0
        out: list[Hit] = []
        for el in elements:
            hits = el.rule.evaluate(view, elements)
            if hits is not None:
                found += 1
                out.extend(hits)
        return out if found >= self.k else None

    def selects(self) -> bool:
        return True

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return _union([el.rule.candidates(index, elements) for el in elements])

    def describe(self) -> str:
        return f"至少{self.k}个要素"


@dataclass(frozen=True)
class InPart(Rule):
    parts: frozenset[str]
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        return [] if view.sentence.part in self.parts else None

    def selects(self) -> bool:
        return True

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return index.in_parts(self.parts)

    def describe(self) -> str:
        return "位于(" + "|".join(sorted(self.parts)) + ")"


@dataclass(frozen=True)
class IsHeading(Rule):
    value: bool
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        return [] if view.sentence.is_heading == self.value else None

    def selects(self) -> bool:
        return True

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return index.headings(self.value)

    def describe(self) -> str:
        return "标题" if self.value else "正文"


@dataclass(frozen=True)
class Inside(Rule):
    """The sentence lies in a section whose heading satisfies ``rule``: the heading gives the
    context the sentence leaves out (全年召开听证会3场 under （三）推进科学民主依法决策). Only the
    sentence's own hits are evidence; the heading's are not."""

    rule: Rule
    line: int = 0

    def evaluate(self, view: SentenceView, elements: tuple[Element, ...]) -> list[Hit] | None:
        return [] if any(self.rule.evaluate(h, elements) is not None for h in view.outer) else None

    def literals(self) -> Iterator[str]:
        return self.rule.literals()

    def selects(self) -> bool:
        return True

    def candidates(self, index: CandidateIndex, elements: tuple[Element, ...]) -> set[int] | None:
        return None  # (any sentence may lie in such a section)

    def describe(self) -> str:
        return "位于标题含(" + self.rule.describe() + ")的部分"


@dataclass
class RuleCompiler:
    """Turns YAML rule data into nodes, naming file, line and field on every error."""

    file: str
    lines: dict[tuple, int]
    parts: tuple[str, ...]
    all_roles: frozenset[str] = frozenset()
    max_depth: int = 12

    def fail(self, path: tuple, message: str) -> None:
        line = yaml_line(self.lines, path)
        raise ChecklistError(f"{self.file}:{line}: {fmt_path(path)}: {message}")

    def roles_field(self, value: Any, path: tuple) -> frozenset[str]:
        """A ``mentions:`` list: names of mention roles defined in the structure profile."""
        if value is None:
            return frozenset()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(path, "mentions takes a list of mention role names")
        unknown = sorted(set(value) - self.all_roles)
        if unknown:
            known = ", ".join(sorted(self.all_roles)) or "none defined"
            self.fail(path, f"unknown mention role(s) {', '.join(unknown)}; roles in structure.yaml: {known}")
        return frozenset(value)

    def compile(self, data: Any, path: tuple, depth: int = 0, roles: frozenset[str] = frozenset()) -> Rule:
        line = yaml_line(self.lines, path)
        if depth > self.max_depth:
            self.fail(path, f"rule nested deeper than {self.max_depth} levels")
        if isinstance(data, str):
            return self._literal(data, False, path, line, roles)
        if not isinstance(data, dict) or not data:
            self.fail(
                path,
                "a rule must be a term (string) or a mapping with one of "
                "any, all, not, near, regex, term, elements, part, heading, inside",
            )
        if "mentions" in data:
            roles = roles | self.roles_field(data["mentions"], path + ("mentions",))
            data = {k: v for k, v in data.items() if k != "mentions"}
            if not data:
                self.fail(path, "mentions needs a rule beside it (any, all, term, regex …)")
        keys = set(data)
        if "term" in keys:
            self._only(path, keys, {"term", "word", "not_in"})
            if not isinstance(data["term"], str):
                self.fail(path + ("term",), "term must be a string")
            lit = self._literal(data["term"], bool(data.get("word", False)), path + ("term",), line, roles)
            if "not_in" in data:
                words = data["not_in"]
                if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
                    self.fail(path + ("not_in",), "not_in takes a list of longer words")
                norm = tuple(normalize_term(w) for w in words)
                bad = [w for w in norm if lit.term not in w or w == lit.term]
                if bad:
                    self.fail(path + ("not_in",), f"not_in words must contain {lit.term!r} and be longer: {bad}")
                lit = Literal(lit.term, lit.word, lit.line, lit.roles, norm)
            return lit
        if "near" in keys:
            self._only(path, keys, {"near", "within"})
            within = data.get("within", 10)
            if not isinstance(within, int) or isinstance(within, bool) or within < 0:
                self.fail(path + ("within",), "within must be a non-negative integer (characters)")
            children = self._list(data["near"], path + ("near",), depth, minimum=2, roles=roles)
            return Near(children, within, line)
        if len(keys) != 1:
            self.fail(path, f"a rule mapping has exactly one operator, found {sorted(keys)}")
        (op,) = keys
        value = data[op]
        if op == "any":
            return AnyOf(self._list(value, path + (op,), depth, roles=roles), line)
        if op == "all":
            children = self._list(value, path + (op,), depth, roles=roles)
            if all(isinstance(c, Not) for c in children):
                self.fail(path + (op,), "all needs at least one positive rule besides the not rules")
            return AllOf(children, line)
        if op == "not":
            return Not(self.compile(value, path + (op,), depth + 1, roles), line)
        if op == "regex":
            return Regex(self._regex(value, path + (op,)), line, roles)
        if op == "elements":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                self.fail(path + (op,), "elements takes a positive integer (how many elements)")
            return ElementsAtLeast(value, line)
        if op == "part":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or not names:
                self.fail(path + (op,), "part takes a part name or a list of them")
            for n in names:
                if n not in self.parts:
                    self.fail(path + (op,), f"unknown part {n!r}; known parts: {', '.join(self.parts)}")
            return InPart(frozenset(names), line)
        if op == "heading":
            if not isinstance(value, bool):
                self.fail(path + (op,), "heading takes true or false")
            return IsHeading(value, line)
        if op == "inside":
            return Inside(self.compile(value, path + (op,), depth + 1, roles), line)
        self.fail(
            path,
            f"unknown rule operator {op!r}; use any, all, not, near, regex, term, elements, part, heading or inside",
        )
        raise AssertionError  # unreachable

    def _only(self, path: tuple, keys: set, allowed: set) -> None:
        extra = keys - allowed
        if extra:
            self.fail(path, f"unexpected field(s) {sorted(extra)}; allowed here: {sorted(allowed)}")

    def _list(
        self, value: Any, path: tuple, depth: int, minimum: int = 1, roles: frozenset[str] = frozenset()
    ) -> tuple[Rule, ...]:
        if not isinstance(value, list) or len(value) < minimum:
            self.fail(path, f"expected a list of at least {minimum} rule(s)")
        return tuple(self.compile(v, path + (i,), depth + 1, roles) for i, v in enumerate(value))

    def _literal(self, term: str, word: bool, path: tuple, line: int, roles: frozenset[str]) -> Literal:
        norm = normalize_term(term.strip())
        if not norm:
            self.fail(path, "empty term")
        return Literal(norm, word, line, roles)

    def _regex(self, value: Any, path: tuple) -> BoundedPattern:
        if not isinstance(value, str) or not value:
            self.fail(path, "regex must be a non-empty string")
        where = f"{self.file}:{yaml_line(self.lines, path)}: {fmt_path(path)}"
        return compile_user_regex(value, lambda msg: self.fail(path, msg), where)


def walk(rule: Rule) -> Iterator[Rule]:
    """Every node of a rule tree (the rule itself first)."""
    yield rule
    for child in getattr(rule, "children", ()):
        yield from walk(child)
    if isinstance(rule, Not):
        yield from walk(rule.child)
    if isinstance(rule, Inside):
        yield from walk(rule.rule)


def compile_user_regex(value: str, fail: Any, where: str = "") -> BoundedPattern:
    """Validate and compile a regex from a checklist: syntax, size, catastrophic backtracking.

    Shapes known to backtrack are refused here with a hint; every call of the compiled pattern
    is also time-limited (``BoundedPattern``), and ``checker checklist lint`` tries each pattern
    on adversarial text (see :func:`probe_regex`), since no shape check is complete.
    """
    if len(value) > MAX_REGEX_LENGTH:
        fail(f"regex longer than {MAX_REGEX_LENGTH} characters")
    if _NESTED_QUANTIFIER.search(value):
        fail(
            f"regex {value!r} has a nested quantifier (like (a+)+) that can backtrack "
            "catastrophically; rewrite it without the outer repetition"
        )
    if _QUANTIFIED_ALTERNATION.search(value):
        fail(
            f"regex {value!r} repeats a group of alternatives (like (a|aa)+), which can backtrack "
            "catastrophically; list the alternatives without repeating the group"
        )
    probing = LINT_PROBES.get()
    try:
        # Regexes run on the matching form (simplified script, half-width punctuation); only the
        # script is converted here, because width-folding would turn （ into a group bracket.
        # (Compiled on first use unless linting: the syntax is checked by the parse either way.)
        pattern = BoundedPattern(to_simplified(value), where=where, lazy=not probing)
    except regex.error as exc:
        fail(f"invalid regex {value!r}: {exc}")
        raise AssertionError from None
    # (a pattern whose every match spans a character cannot match the empty string)
    if not min_width(pattern.pattern, pattern.flags) and pattern.search(""):
        fail(f"regex {value!r} matches the empty string")
    if probing:
        problem = probe_regex(pattern)
        if problem:
            fail(problem)
    return pattern


#: Set by ``checker checklist lint``: compiled patterns are also tried on adversarial text.
LINT_PROBES: ContextVar[bool] = ContextVar("LINT_PROBES", default=False)
PROBE_TIMEOUT = 0.25


def probe_regex(pattern: BoundedPattern) -> str | None:
    """Try a pattern on long runs of its own characters (and digits, letters, punctuation):
    where backtracking explodes. Returns the problem, or None."""
    return _probe(pattern.pattern, pattern.flags)


@lru_cache(maxsize=4096)
def _probe(source: str, flags: int) -> str | None:
    # Once per pattern in a process: the Outlines share their included files, and linting
    # both probed every shared pattern twice (the tests lint the real profile many times).
    chars = {c for c in source if "\u4e00" <= c <= "\u9fff"} | set("1a 、,。法")
    compiled = regex.compile(source, flags | regex.VERSION0)
    for c in sorted(chars):
        for n in (40, 4000):
            text = c * n + "\x00"
            try:  # (every match, so also the search for the first one)
                compiled.findall(text, timeout=PROBE_TIMEOUT)
            except TimeoutError:
                return (
                    f"regex {source!r} takes longer than {PROBE_TIMEOUT:g} s on {n} × {c!r} "
                    "(catastrophic backtracking); rewrite it without nested or overlapping repetition"
                )
    return None


def yaml_line(lines: dict[tuple, int], path: tuple) -> int:
    """The line of a YAML path, or of its nearest parent that has one (an error names a line)."""
    p = path
    while p:
        if p in lines:
            return lines[p]
        p = p[:-1]
    return lines.get((), 1)


def fmt_path(path: tuple) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top)"
