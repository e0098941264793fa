"""Stage 4b — key figures: the numbers reviewers compare (出庭应诉率, 复议纠错率, 审核件数 …).

Coverage says *whether* a report mentions 行政应诉; reviewers also ask *how much*. Figures are
found in the segmented report by the patterns of ``checklists/common/figures.yaml`` (a cue and
a ``{value}``), with the number read as the report writes it (104件, 一百零四件, 80余项, 3.5万件,
百分之百), the period and scope the sentence states, and whether it is a result or a target
(plan part). Like evidence, every figure quotes its sentence from the original text with
offsets. Sanity flags (a rate over 100 %, a rate without any case count, two different values
of one rate) are reported, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .model import PRIOR_MARK, VALUE_MARK, FigureProfile, FigureSpec
from .normalize import NormalizedText
from .segment import Sentence, Structure

#: Parts whose numbers are never figures of the report (title page, signature).
_NOT_FIGURE_PARTS = frozenset({"front", "title", "closing"})


@dataclass(frozen=True)
class Figure:
    """One key figure; ``start``/``end`` index the sentence in the original text (as evidence),
    ``value_start``/``value_end`` the number itself."""

    id: str
    title: str
    value: float
    value_max: float | None  # a range (20至30件): its upper end
    unit: str
    approx: bool
    period: str | None
    scope: str | None  # area | body
    scope_text: str | None
    kind: str  # result | target
    text: str
    start: int
    end: int
    value_start: int
    value_end: int
    part: str
    sentence: int
    flags: tuple[str, ...] = ()

    def as_text(self) -> str:
        return value_text(self.value, self.unit, self.approx, self.value_max)


def value_text(value: float, unit: str, approx: bool = False, value_max: float | None = None) -> str:
    """A figure's value as a reviewer reads it (every output): 100%, 80余件, 20–30件."""
    num = _fmt(value) + (f"–{_fmt(value_max)}" if value_max is not None else "")
    if unit == "%":
        return f"{num}%" + ("（约）" if approx else "")
    return f"{num}{'余' if approx else ''}{unit}"


def plain(v: float) -> int | float:
    """A whole number as an int (JSON 104, not 104.0; CSV 104)."""
    return int(v) if float(v).is_integer() else v


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.4f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=1)
def _cn2an() -> Any:
    import cn2an  # imported lazily: only a report with Chinese numerals in a figure needs it

    return cn2an


def parse_number(text: str, scale: str | None, scales: dict[str, float]) -> float | None:
    """An Arabic or Chinese numeral as a number (None when it is not one: 点, 十点五点)."""
    try:
        value = float(text.replace(",", ""))  # 1,357
    except ValueError:
        # a leading 百/千 stands for 一百/一千 (百分之百, 千余人), which cn2an refuses alone
        spoken = "一" + text if text[:1] in ("百", "千") else text
        try:
            value = float(_cn2an().cn2an(spoken, "smart"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    if scale:
        value *= scales.get(scale, 1.0)
    return value


def _value(token: str, spec: FigureSpec, prof: FigureProfile) -> tuple[float, float | None, bool] | None:
    """The number a token states, in the figure's unit (None when the token is not a number
    the grammar reads, or its unit is not one of the figure's)."""
    g = prof.grammar
    m = prof.parser.match(token) if prof.parser is not None else None
    if m is None:
        return None
    grp = m.groupdict()
    if (grp.get("fp") is not None or grp.get("fpct") is not None) != spec.is_rate:
        return None  # a percentage is a rate's value, never a count's
    if grp.get("fp") is not None:  # 百分之九十五点八
        v = parse_number(grp["fp"], None, g.scale)
        return None if v is None else (v, None, False)
    if grp.get("fu") is not None and grp["fu"] not in spec.units:
        return None
    v = parse_number(grp["fn"], grp.get("fs"), g.scale)
    if v is None:
        return None
    hi = parse_number(grp["fn2"], grp.get("fs2") or grp.get("fs"), g.scale) if grp.get("fn2") else None
    factor = 1.0 if grp.get("fpct") is not None else spec.units.get(grp.get("fu") or "", 1.0)
    approx = bool(grp.get("fa") or grp.get("fb") or grp.get("fc"))
    if hi is not None and hi <= v:
        hi = None
    return _round(v * factor), None if hi is None else _round(hi * factor), approx


def _round(v: float) -> float:
    r = round(v, 4)
    return float(int(r)) if r.is_integer() else r


def _nearest_before(patterns: Any, text: str, pos: int) -> Any:
    best = None
    for p in patterns:
        for m in p.finditer(text[:pos]):
            if best is None or m.end() > best.end() or (m.end() == best.end() and m.start() < best.start()):
                best = m
    return best


def _scope(prof: FigureProfile, text: str, pos: int) -> tuple[str | None, str | None]:
    best: tuple[int, int, str, str] | None = None
    for p, scope in prof.scopes:
        for m in p.finditer(text[:pos]):
            cand = (m.end(), -m.start(), scope, m.group())
            if best is None or cand[:2] > best[:2]:
                best = cand
    return (best[2], best[3]) if best else (None, None)


def _masked(prof: FigureProfile, text: str) -> list[tuple[int, int]]:
    return [m.span() for p in prof.not_figures for m in p.finditer(text)]


@dataclass(frozen=True)
class _Tokenized:
    """A sentence with each written number (and unit) replaced by VALUE_MARK."""

    text: str
    spans: tuple[tuple[int, int], ...]  # the numbers' spans in the sentence, in order

    def span_at(self, pos: int) -> tuple[int, int]:
        return self.spans[self.text.count(VALUE_MARK, 0, pos)]


def _tokenize(prof: FigureProfile, text: str) -> _Tokenized | None:
    """The sentence as figure patterns see it (None when it holds no number with a unit).
    Numbers that are never figures (years, article and document numbers …) stay text."""
    if prof.tokens is None:
        return None
    masked = _masked(prof, text)
    numbers = [
        m.span() for m in prof.tokens.finditer(text) if not any(x < m.end() and m.start() < y for x, y in masked)
    ]
    prior = {m.end() for m in prof.prior.finditer(text)} if prof.prior is not None and numbers else set()
    spans = [(a, b) for a, b in numbers if a not in prior]
    if not spans:
        return None
    passed = [m.span() for m in prof.passable.finditer(text)] if prof.passable is not None else []
    marks = sorted(
        [(a, b, PRIOR_MARK if a in prior else VALUE_MARK) for a, b in numbers] + [(a, b, PRIOR_MARK) for a, b in passed]
    )
    out, pos = [], 0
    for a, b, mark in marks:
        out += [text[pos:a], mark]
        pos = b
    out.append(text[pos:])
    return _Tokenized("".join(out), tuple(spans))


def extract_figures(
    prof: FigureProfile | None, norm: NormalizedText, structure: Structure, original: str, year: int | None = None
) -> tuple[Figure, ...]:
    """Every key figure of the report, in document order, with its sanity flags. ``year`` is the
    report's: a figure of an earlier year's period is kind ``earlier``."""
    if prof is None:
        return ()
    # Only sentences holding a number with a unit can hold a figure (found in one scan of the
    # text); they are tokenized once, and a pattern runs only where a string it needs occurs.
    hinted = structure.matches(prof.hint) if prof.hint is not None else {}
    numeric: list[tuple[Sentence, _Tokenized]] = []
    for s in structure.sentences:
        if s.part in _NOT_FIGURE_PARTS or (prof.hint is not None and s.index not in hinted):
            continue
        tok = _tokenize(prof, s.text)
        if tok is not None:
            numeric.append((s, tok))
    claimed: set[tuple[int, int]] = set()  # (sentence, number start): the first figure listed keeps it
    found: list[tuple[FigureSpec, Sentence, int, int, tuple[float, float | None, bool]]] = []
    for spec in prof.figures:
        for fp in spec.patterns:
            for sent, tok in numeric:
                if fp.need and not any(r in tok.text for r in fp.need):
                    continue
                if fp.context is not None and not _in_context(fp.context, spec, sent, structure):
                    continue
                if spec.not_in_sentence is not None and spec.not_in_sentence.search(sent.text):
                    continue
                for m in fp.pattern.finditer(tok.text):
                    if spec.exclude is not None and spec.exclude.search(
                        tok.text[max(0, m.start() - spec.window) : m.end()]
                    ):
                        continue
                    a, b = tok.span_at(m.start("fv"))
                    if (sent.index, a) in claimed:
                        continue
                    parsed = _value(sent.text[a:b], spec, prof)
                    if parsed is None:  # not a number of this figure's units: another may take it
                        continue
                    claimed.add((sent.index, a))
                    found.append((spec, sent, a, b, parsed))
    figures = []
    for spec, sent, a, b, (value, value_max, approx) in found:
        per = _nearest_before(prof.periods, sent.text, a)
        scope, scope_text = _scope(prof, sent.text, a)
        s0, s1 = norm.to_original(sent.start, sent.end)
        v0, v1 = norm.to_original(sent.start + a, sent.start + b)
        figures.append(
            Figure(
                id=spec.id,
                title=spec.title,
                value=value,
                value_max=value_max,
                unit=spec.unit,
                approx=approx,
                period=None
                if per is None
                else original[slice(*norm.to_original(sent.start + per.start(), sent.start + per.end()))],
                scope=scope,
                scope_text=scope_text,
                kind="target" if sent.part == "plan" or sent.intention else _result_kind(prof, per, year),
                text=original[s0:s1],
                start=s0,
                end=s1,
                value_start=v0,
                value_end=v1,
                part=sent.part,
                sentence=sent.index,
            )
        )
    figures.sort(key=lambda f: (f.value_start, f.id))
    return tuple(_flag(prof, _parts(prof, figures, original)))


def _parts(prof: FigureProfile, figures: list[Figure], original: str) -> list[Figure]:
    """A result told as a part of the same figure's value just before it (依法办结…29.3万件,…其中司法部
    办结…4644件; 罚没118.49万元。其中非法行医…罚没收入52.11万元) is kind ``part``: shown, never the
    report's result — a comparison takes the whole."""
    if prof.breakdown is None:
        return figures
    out: list[Figure] = []
    for f in figures:
        before = next(
            (
                g
                for g in reversed(out)
                if g.id == f.id
                and g.kind == "result"
                and f.sentence - g.sentence in (0, 1)
                and g.value_end <= f.value_start
            ),
            None,
        )
        if (
            f.kind == "result"
            and before is not None
            and prof.breakdown.search(original[before.value_end : f.value_start])
        ):
            f = replace(f, kind="part")
        out.append(f)
    return out


def _in_context(context: Any, spec: FigureSpec, sent: Sentence, structure: Structure) -> bool:
    """The sentence, or the heading of a section it lies in, matches ``context``: a count under
    （五）加强行政复议工作 need not repeat 行政复议 (全年共受理申请112件) — unless the sentence names
    what the figure is not (共收到行政诉讼案件8件,结案8件 under a heading on 复议 and 诉讼)."""
    if context.search(sent.text):
        return True
    if spec.exclude is not None and spec.exclude.search(sent.text):
        return False
    return any(context.search(structure.sentences[h].text) for h in structure.outer[sent.index])


def _result_kind(prof: FigureProfile, period: Any, year: int | None) -> str:
    """``earlier`` for a result of a year before the report's (its period names it), else ``result``."""
    if year is None or period is None or prof.earlier_period is None:
        return "result"
    m = prof.earlier_period.search(period.group())
    return "earlier" if m is not None and int(m.group("year")) < year else "result"


def _flag(prof: FigureProfile, figures: list[Figure]) -> list[Figure]:
    """Sanity flags reviewers want to see: over-100, no-count, conflict."""
    ids = {f.id for f in figures}
    out = []
    for f in figures:
        spec = prof.spec(f.id)
        flags = []
        if spec.is_rate and (f.value > 100 or (f.value_max or 0) > 100):
            flags.append("over-100")
        if spec.requires and not ids.intersection(spec.requires):
            flags.append("no-count")
        if spec.is_rate and f.kind == "result":
            for g in figures:
                if (
                    g is not f
                    and g.id == f.id
                    and g.kind == "result"
                    and g.value != f.value
                    and g.period == f.period
                    and g.scope == f.scope
                ):
                    flags.append("conflict")
                    break
        out.append(replace(f, flags=tuple(flags)) if flags else f)
    return out
