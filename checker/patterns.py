"""Regular-expression helpers shared by the stages (no domain knowledge here).

``required_strings`` tells which strings every match of a pattern must contain, so that a
pattern need not run over text that holds none of them: most checklist patterns are rare
words around a wildcard, and a wildcard in front makes the regex engine try every position.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=2048)
def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` contains (empty when none can be told).

    Derived from the parsed pattern — a run of literals, a group of alternatives, a small
    character class, the body of a repetition that occurs at least once — and never wrong:
    when unsure, nothing is required.
    """
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        got = _required_seq(list(parsed), sre_parse)
    except Exception:  # an internal module: any surprise means no pre-filter
        return ()
    return tuple(sorted(got)) if got else ()


def _better(cand: frozenset[str] | None, cur: frozenset[str] | None) -> frozenset[str] | None:
    """Fewer alternatives first, then longer ones: the more selective requirement."""
    if not cand:
        return cur
    if cur is None:
        return cand
    return cand if (len(cand), -min(map(len, cand))) < (len(cur), -min(map(len, cur))) else cur


def _required_seq(seq: list, sp: Any) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""
    for op, av in seq:
        if op is sp.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(frozenset({run}), best)
            run = ""
        if op is sp.SUBPATTERN:
            best = _better(_required_seq(list(av[-1]), sp), best)
        elif op is sp.BRANCH:
            alts = [_required_seq(list(b), sp) for b in av[1]]
            if alts and all(alts):
                best = _better(frozenset().union(*alts), best)  # type: ignore[arg-type]
        elif op is sp.IN:
            if av and all(o is sp.LITERAL for o, _ in av) and len(av) <= 12:
                best = _better(frozenset(chr(c) for _, c in av), best)
        elif op in (sp.MAX_REPEAT, sp.MIN_REPEAT):
            lo, _hi, item = av
            if lo >= 1:
                best = _better(_required_seq(list(item), sp), best)
    if run:
        best = _better(frozenset({run}), best)
    return best
