"""Regular expressions from checklists: bounded in time, and with a cheap pre-filter.

Checklist patterns are data a legal-affairs officer edits; a pattern that backtracks
catastrophically (``(法|法法){25}$``) must give a clear error, never a hang. Static shape checks
cannot catch every such pattern, so every checklist pattern is compiled with the ``regex``
package and every call runs under a time limit (:class:`BoundedPattern`).

``required_strings`` tells which strings every match of a pattern must contain, so that a
pattern need not run over text that holds none of them: most checklist patterns are rare
words around a wildcard, and a wildcard in front makes the regex engine try every position.
"""

from __future__ import annotations

import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import regex

from .errors import ChecklistError
from .resources import cache_dir, read_private_pickle, write_private_pickle

#: Seconds one call of one checklist pattern may take, plus a little per character: a linear
#: pattern needs milliseconds on a report and about a second on the largest accepted text;
#: only catastrophic backtracking comes near the limit.
PATTERN_TIMEOUT = 1.0
PATTERN_TIMEOUT_PER_CHAR = 2e-6

#: Flags shared by ``re`` and ``regex`` that a checklist pattern may carry.
_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE


class PatternTimeout(ChecklistError):
    """A checklist pattern ran longer than :data:`PATTERN_TIMEOUT` on some text."""


class BoundedPattern:
    """A compiled checklist pattern whose every call is time-limited (``re``-like interface).

    ``where`` (file:line: field) is put into the error, so the officer knows which pattern
    to fix.
    """

    __slots__ = ("_c", "_checks", "_tests", "_variants", "pattern", "flags", "where")

    def __init__(self, source: str, flags: int = 0, where: str = "", lazy: bool = False) -> None:
        self.pattern = source
        self.flags = flags & _FLAGS
        self.where = where
        # A syntax error shows here. ``lazy``: a pattern the standard parser accepts (the same
        # syntax, and the parse is needed anyway for the pre-filter) is compiled on first use —
        # a checklist compiled on a new machine holds ~500 patterns and a report uses about half.
        self._c: Any = None
        if not lazy or _parse(source, self.flags) is None:
            self._c = _compile(source, self.flags)
        self._checks: tuple[tuple[str, ...], ...] | None = None
        self._tests: tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[Any, ...]] | None = None
        self._variants: dict[int, BoundedPattern] = {}

    @property
    def _compiled(self) -> Any:
        # A pattern read back from the compiled-checklist cache is compiled on first use:
        # a report needs only some of a checklist's patterns.
        c = self._c
        if c is None:
            try:
                c = self._c = _compile(self.pattern, self.flags)
            except regex.error as exc:  # the standard parser accepted what the engine refuses
                where = f"{self.where}: " if self.where else ""
                raise ChecklistError(f"{where}invalid regex {self.pattern!r}: {exc}") from None
        return c

    def __getstate__(self) -> tuple:
        return (self.pattern, self.flags, self.where, self.checks)

    def __setstate__(self, state: tuple) -> None:
        self.pattern, self.flags, self.where, self._checks = state
        self._c = None
        self._tests = None
        self._variants = {}

    def _timeout(self) -> PatternTimeout:
        where = f"{self.where}: " if self.where else ""
        return PatternTimeout(
            f"{where}pattern {self.pattern!r} ran past its time limit on one text "
            "(it backtracks catastrophically); rewrite it, e.g. without nested or overlapping repetition"
        )

    @property
    def checks(self) -> tuple[tuple[str, ...], ...]:
        """Sets of strings, each with a member in every match, most selective first (worked
        out once; see :func:`required_strings`)."""
        got = self._checks
        if got is None:
            got = self._checks = _all_required(self.pattern, self.flags)
        return got

    def _hopeless(self, text: str) -> bool:
        """A set of strings every match needs one of is absent from the text: the regex need
        not run. Most checklist patterns miss most sentences; substring tests are far cheaper."""
        tests = self._tests
        if tests is None:
            tests = self._tests = _testers(self.checks)
        singles, few, searches = tests
        for s in singles:
            if s not in text:
                return True
        for alternatives in few:
            for s in alternatives:
                if s in text:
                    break
            else:
                return True
        for search in searches:
            if search(text) is None:
                return True
        return False

    def may_match(self, text: str) -> bool:
        """False when the pattern certainly does not match anywhere in ``text``."""
        return not self._hopeless(text)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self._hopeless(text):
            return None
        try:
            return self._compiled.search(text, pos, len(text) if endpos is None else endpos, timeout=_limit(text))
        except TimeoutError:
            raise self._timeout() from None

    def match(self, text: str, pos: int = 0) -> Any:
        if self._hopeless(text):
            return None
        try:
            return self._compiled.match(text, pos, timeout=_limit(text))
        except TimeoutError:
            raise self._timeout() from None

    def finditer(self, text: str, pos: int = 0) -> list[Any]:
        """All matches (a list: the time limit covers the whole search)."""
        if self._hopeless(text):
            return []
        try:
            return list(self._compiled.finditer(text, pos, timeout=_limit(text)))
        except TimeoutError:
            raise self._timeout() from None

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        try:
            return self._compiled.sub(repl, text, count=count, timeout=_limit(text))
        except TimeoutError:
            raise self._timeout() from None

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._compiled.groupindex)

    @property
    def groups(self) -> int:
        return self._compiled.groups

    def with_flags(self, flags: int) -> BoundedPattern:
        # Kept: segmentation asks for the multi-line variant of a pattern once per report.
        got = self._variants.get(flags)
        if got is None:
            got = self._variants[flags] = BoundedPattern(self.pattern, self.flags | flags, self.where)
            if not flags & ~re.MULTILINE and self._checks is not None:
                # where ^ and $ match changes no string a match must hold: no second parse
                got._checks = self._checks
        return got

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BoundedPattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"BoundedPattern({self.pattern!r})"


class CompiledStore:
    """Compiled patterns kept between processes (``$CHECKER_CACHE/regex``).

    Compiling a pattern is mostly ``regex``'s parser, in Python: the ~300 patterns one report
    needs took about 0.15 s of a 0.45 s ``checker score`` process. ``regex`` pickles a compiled
    pattern as its engine code, which loads without parsing (about 15 µs a pattern), so the
    patterns a process compiled are saved (:meth:`save`, which the CLI calls as a command ends)
    and the next process reads them instead — each when first asked for, as a report needs
    fewer than half of them. Keyed by the pattern and its flags, in a file per ``regex`` and
    Python version; read like the compiled-checklist cache (see :func:`read_private_pickle`),
    and losing it only costs time.
    """

    #: Patterns kept at most (a report needs ~300 of the ~1,050 the shipped checklists hold): a
    #: user's checklists of many patterns cannot grow the file forever.
    MAX = 4000

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], Any] | None = None  # compiled, or still pickled (bytes)
        self._added: dict[tuple[str, int], Any] = {}
        self._path: Path | None = None

    def _read(self) -> dict[tuple[str, int], Any]:
        if self._known is None:
            # (the file is named now: a process that changes $CHECKER_CACHE later writes here)
            version = f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
            self._path = cache_dir("regex") / f"{version}.pickle"
            got = read_private_pickle(self._path)
            self._known = got if isinstance(got, dict) else {}
        return self._known

    def get(self, source: str, flags: int) -> Any:
        known = self._read()
        got = known.get((source, flags))
        if isinstance(got, bytes):
            try:
                got = pickle.loads(got)
            except Exception:  # damaged: compiled afresh
                got = None
            known[(source, flags)] = got
        return got

    def add(self, source: str, flags: int, compiled: Any) -> None:
        self._read()[(source, flags)] = compiled
        self._added[(source, flags)] = compiled

    def save(self) -> bool:
        """Write the patterns this process compiled (with those another process saved since);
        False when there was nothing to write or it could not be written."""
        if not self._added or self._path is None:
            return False
        on_disk = read_private_pickle(self._path)
        merged = dict(on_disk) if isinstance(on_disk, dict) and len(on_disk) < self.MAX else {}
        try:
            merged.update((k, pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL)) for k, c in self._added.items())
        except (pickle.PicklingError, TypeError):
            return False
        if not write_private_pickle(self._path, merged, keep=2):  # (files of older versions go)
            return False
        self._added = {}
        return True


#: The process's store (:class:`CompiledStore`).
compiled_store = CompiledStore()


def save_compiled() -> bool:
    """Save the patterns this process compiled for the next process (see :class:`CompiledStore`)."""
    return compiled_store.save()


def _compile(source: str, flags: int) -> Any:
    """``regex.compile`` in VERSION0 (``re``'s semantics), through :data:`compiled_store`."""
    got = compiled_store.get(source, flags)
    if got is None:
        got = regex.compile(source, flags | regex.VERSION0)
        compiled_store.add(source, flags, got)
    return got


def _limit(text: str) -> float:
    return PATTERN_TIMEOUT + len(text) * PATTERN_TIMEOUT_PER_CHAR


def bounded(source: str, flags: int = 0, where: str = "") -> BoundedPattern:
    return BoundedPattern(source, flags, where)


@lru_cache(maxsize=64)
def combined(patterns: tuple[BoundedPattern, ...]) -> BoundedPattern:
    """A list of cues tried as one expression (any of them matches): one search per line instead
    of one per cue. Kept per list: the profile's lists are few and tried on every line."""
    return BoundedPattern("|".join(f"(?:{p.pattern})" for p in patterns), where=patterns[0].where)


#: Sets of at most this many alternatives are tested with ``in``, one string after another; larger
#: ones with one C-level search. Building a search costs about as much as a report's worth of
#: ``in`` tests, and a report's patterns hold some 650 such sets (most of two to five strings), so
#: building one for each cost a one-report process 0.15 s of its 0.55 s of scoring.
FEW_ALTERNATIVES = 6


def _testers(
    checks: tuple[tuple[str, ...], ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[Any, ...]]:
    """Single strings and small sets of alternatives (tested with ``in``), and larger sets of
    alternatives (one C-level search each, built once per set in a process)."""
    singles = tuple(req[0] for req in checks if len(req) == 1)
    few = tuple(req for req in checks if 1 < len(req) <= FEW_ALTERNATIVES)
    searches = tuple(_alternation(req) for req in checks if len(req) > FEW_ALTERNATIVES)
    return singles, few, searches


@lru_cache(maxsize=1024)
def _alternation(strings: tuple[str, ...]) -> Any:
    """Finds one of ``strings`` in a text, or returns None: an Aho-Corasick automaton, built in
    microseconds where ``re`` took about a millisecond to compile each of a report's ~50 large
    sets (a third of a one-report process's scoring), and searching about as fast."""
    if "" in strings:
        return lambda _text: 0  # (the empty string is in every text)
    find = _new_automaton(strings).iter
    return lambda text: next(find(text), None)


@lru_cache(maxsize=8)
def automaton(strings: tuple[str, ...]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over ``strings`` (each its own value): every occurrence of all
    of them in one pass over a text. Kept per checklist's set of strings."""
    return _new_automaton(strings)


def _new_automaton(strings: tuple[str, ...]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for s in strings:
        auto.add_word(s, s)
    auto.make_automaton()
    return auto


#: What stages and the model use for a checklist pattern.
Pattern = BoundedPattern


def required_strings(pattern: Any) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` contains (empty when none can be told).

    Derived from the parsed pattern — a run of literals, a group of alternatives, a small
    character class, the body of a repetition that occurs at least once — and never wrong:
    when unsure, nothing is required. The most selective of the pattern's requirement sets.
    """
    checks = pattern.checks if isinstance(pattern, BoundedPattern) else _all_required(pattern.pattern, pattern.flags)
    return checks[0] if checks else ()


def _better(cand: frozenset[str] | None, cur: frozenset[str] | None) -> frozenset[str] | None:
    """Fewer alternatives first, then longer ones: the more selective requirement."""
    if not cand:
        return cur
    if cur is None:
        return cand
    return cand if (len(cand), -min(map(len, cand))) < (len(cur), -min(map(len, cur))) else cur


def _required_seq(seq: list, sp: Any) -> frozenset[str] | None:
    """The most selective of a sequence's requirements."""
    best: frozenset[str] | None = None
    for req in _required_all(seq, sp):
        best = _better(req, best)
    return best


def _required_all(seq: list, sp: Any) -> list[frozenset[str]]:
    """Every requirement of a sequence: each set has a member in every match (a conjunction)."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is sp.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset({run}))
            run = ""
        if op is sp.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # a scoped (?i:…) requires nothing literal
                out += _required_all(list(av[-1]), sp)
        elif op is sp.BRANCH:
            alts = [_required_seq(list(b), sp) for b in av[1]]
            if alts and all(alts):
                out.append(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op is sp.IN:
            if av and all(o is sp.LITERAL for o, _ in av) and len(av) <= 12:
                out.append(frozenset(chr(c) for _, c in av))
        elif op in (sp.MAX_REPEAT, sp.MIN_REPEAT):
            lo, _hi, item = av
            if lo >= 1:
                out += _required_all(list(item), sp)
    if run:
        out.append(frozenset({run}))
    return out


#: Requirements a pattern is checked against before it runs (the most selective first).
MAX_CHECKS = 4


@lru_cache(maxsize=4096)
def _parse(source: str, flags: int) -> Any:
    """The standard library's parse of a pattern, or None (syntax only ``regex`` knows, or any
    surprise from an internal module)."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        return sre_parse.parse(source, flags & _FLAGS)
    except Exception:
        return None


def min_width(source: str, flags: int = 0) -> int | None:
    """The fewest characters a match can span (None when the standard parser cannot tell)."""
    parsed = _parse(source, flags & _FLAGS)
    try:
        return None if parsed is None else int(parsed.getwidth()[0])
    except Exception:
        return None


@lru_cache(maxsize=2048)
def _all_required(source: str, flags: int) -> tuple[tuple[str, ...], ...]:
    """Up to MAX_CHECKS requirement sets of a pattern, most selective first (none when unsure)."""
    if flags & re.IGNORECASE:
        return ()
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        parsed = _parse(source, flags & _FLAGS)
        if parsed is None or parsed.state.flags & re.IGNORECASE:  # an inline (?i) at the start
            return ()
        reqs = set(_required_all(list(parsed), sre_parse))
    except Exception:  # an internal module: any surprise means no pre-filter
        return ()
    # (a string across a line break would be no sentence's: such sets are left out, so that
    # every required string can be looked up sentence by sentence — see segment.Structure)
    reqs = {r for r in reqs if not any("\n" in s for s in r)}
    ranked = sorted(reqs, key=lambda r: (len(r), -min(map(len, r)), sorted(r)))
    return tuple(tuple(sorted(r)) for r in ranked[:MAX_CHECKS])
