"""Render stage for audits: a Chinese audit document as HTML and PDF (Jinja2 + WeasyPrint).

Tiers, as in the best compliance reports: a one-page leaders' summary (领导摘要), the key
figures (关键数据), the item review (审查明细), the remediation list (整改清单) and the
evidence appendix (证据附录).
Report text is untrusted: Jinja2 autoescapes everything and WeasyPrint may only read files
under ``templates/`` — nothing named by the content is ever fetched (fonts come from fontconfig).
"""

from __future__ import annotations

import bisect
import html as html_lib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from .api import ItemResult, ReportResult, best_evidence
from .decode import CONTROL_CHARS
from .errors import CheckerError, UsageError
from .figures import Figure
from .fonts import FontError, css_family, find_cjk_fonts, missing_glyphs
from .render import AUDIT_TIERS, PART_LABELS, STATUS_LABELS
from .resources import data_dir
from .reuse import PriorReuse

STATUS_MARKS_PDF = {"covered": "●", "partial": "◐", "planned": "○", "absent": "×", "not_applicable": "–"}
STATUS_CLASSES = {"covered": "ok", "partial": "part", "planned": "plan", "absent": "miss", "not_applicable": "na"}
DOC_TITLE = "法治政府建设年度报告审查意见"


def templates_dir() -> Path:
    return data_dir("templates")


#: Control characters a report's text may hold — the form feed pdftotext writes between pages,
#: a vertical tab from Word — have no glyph in any font: WeasyPrint drew a box for each in a
#: quoted sentence. Shown as a space; the evidence's JSON text stays the original's.
_CONTROL = re.compile(f"[{CONTROL_CHARS}\x0b\x0c]")


def _printable(value: Any) -> Any:
    if isinstance(value, str) and _CONTROL.search(value):
        shown = _CONTROL.sub(" ", str(value))
        return markupsafe.Markup(shown) if isinstance(value, markupsafe.Markup) else shown
    return value


@lru_cache(maxsize=1)
def template_env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,  # every string from a report is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_printable,
    )


# ----------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class Segment:
    text: str
    hit: bool


def segments(text: str, start: int, spans: tuple[tuple[int, int], ...]) -> list[Segment]:
    """Split evidence text into plain and highlighted (matched term) pieces, hard wraps removed."""
    shown = _display_chars(text)
    out: list[Segment] = []
    pos = 0
    for a, b in sorted(spans):
        a, b = max(a - start, pos), min(b - start, len(text))
        if b <= a:
            continue
        if a > pos:
            out.append(Segment("".join(shown[pos:a]), False))
        out.append(Segment("".join(shown[a:b]), True))
        pos = b
    if pos < len(text):
        out.append(Segment("".join(shown[pos:]), False))
    return out


class _Lines:
    """Where an offset is: its line in the text, and its page for PDFs."""

    def __init__(self, text: str, document: Any = None) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.document = document

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset - 1) + 1

    def page(self, offset: int) -> int | None:
        return self.document.page_of(offset) if self.document is not None else None


def _display_chars(text: str) -> list[str]:
    """Per character, what the reader sees: PDF hard wraps removed between CJK characters."""
    out = list(text)
    for m in re.finditer(r"[ \t]*\n[ \t]*", text):
        a = text[m.start() - 1] if m.start() else ""
        b = text[m.end()] if m.end() < len(text) else ""
        keep = "" if (a and _is_cjk(a)) or (b and _is_cjk(b)) else " "
        for i in range(m.start(), m.end()):
            out[i] = ""
        out[m.start()] = keep
    return out


def clip_segments(segs: list[Segment], limit: int, lead: int = 16) -> list[Segment]:
    """About ``limit`` characters around the first highlighted term, with ellipses where cut.

    The item table shows an excerpt that always contains the matched term; the appendix
    quotes the whole sentence.
    """
    total = sum(len(s.text) for s in segs)
    first = 0
    for s in segs:
        if s.hit:
            break
        first += len(s.text)
    else:
        first = 0
    skip = max(0, min(first - lead, total - limit))
    out: list[Segment] = []
    if skip:
        out.append(Segment("…", False))
        trimmed: list[Segment] = []
        for s in segs:
            if skip >= len(s.text):
                skip -= len(s.text)
                continue
            trimmed.append(Segment(s.text[skip:], s.hit))
            skip = 0
        segs = trimmed
    left = limit
    for s in segs:
        if left <= 0:
            break
        if len(s.text) > left:
            out.append(Segment(s.text[:left] + "…", s.hit))
            break
        out.append(s)
        left -= len(s.text)
    return out


#: Characters of the best evidence shown in the item table; the appendix quotes it in full.
DETAIL_CHARS = 60


def _evidence_view(ev, lines: _Lines, repeated: frozenset[int] = frozenset()) -> dict[str, Any]:
    segs = segments(ev.text, ev.start, ev.spans)
    page = lines.page(ev.start)
    return {
        "where": f"第{page}页" if page else f"第{lines.line(ev.start)}行",
        "text": "".join(_display_chars(ev.text)),
        "short": clip_segments(segs, DETAIL_CHARS),
        "part": PART_LABELS.get(ev.part, ev.part),
        "line": lines.line(ev.start),
        "start": ev.start,
        "concrete": ev.concrete,
        "planned": ev.part == "plan" or ev.intention,
        "repeated": ev.sentence in repeated,
    }


def _item_view(it: ItemResult, lines: _Lines, repeated: frozenset[int] = frozenset()) -> dict[str, Any]:
    best = best_evidence(it)
    return {
        "id": it.id,
        "title": it.title,
        "status": it.status,
        "label": STATUS_LABELS[it.status],
        "mark": STATUS_MARKS_PDF[it.status],
        "cls": STATUS_CLASSES[it.status],
        "score": it.score,
        "weight": it.weight,
        "in_score": it.in_score,
        "excluded_reason": it.excluded_reason,
        "elements_found": [it.element_titles[e] for e in it.elements],
        "elements_missing": [it.element_titles[e] for e in it.elements_missing],
        "n_elements": len(it.element_titles),
        "concrete": it.concrete,
        "best": _evidence_view(best, lines, repeated) if best is not None else None,
        "evidence": [_evidence_view(e, lines, repeated) for e in it.evidence],
        "remediation": it.remediation,
        "reason": it.reason,
        "source": it.source,
    }


#: Characters of a figure's sentence shown in the 关键数据 table (around the number).
FIGURE_CHARS = 48


def _figure_view(f: Figure, lines: _Lines, flag_text: dict[str, str]) -> dict[str, Any]:
    page = lines.page(f.start)
    return {
        "title": f.title,
        "value": f.as_text(),
        "period": f.period or "—",
        "scope": f.scope_text or "—",
        "target": f.kind == "target",
        "earlier": f.kind == "earlier",
        "part": f.kind == "part",
        "short": clip_segments(segments(f.text, f.start, ((f.value_start, f.value_end),)), FIGURE_CHARS),
        "where": f"第{page}页" if page else f"第{lines.line(f.start)}行",
        "flags": [flag_text.get(x, x) for x in f.flags],
    }


def build_context(
    result: ReportResult, generated: date | None = None, prior: PriorReuse | None = None, tier: str = "full"
) -> dict[str, Any]:
    """Everything the template shows, computed here so the template only lays it out.

    With ``prior`` (``checker audit --prior``) evidence sentences that nearly repeat the
    previous report are marked, and the summary says how much of the report repeats it.
    ``tier`` (one of :data:`AUDIT_TIERS`) chooses the sections.
    """
    if tier not in AUDIT_TIERS:
        raise UsageError(f"unknown audit tier {tier!r}; choose one of {', '.join(AUDIT_TIERS)}")
    r = result
    lines = _Lines(r.document.text, r.document)
    generated = generated or date.today()
    repeated = prior.repeated_sentences if prior else frozenset()
    items = {it.id: _item_view(it, lines, repeated) for it in r.items}
    areas = []
    for a in r.scoring.areas:
        its = [items[it.id] for it in r.items if it.area == a.area_id]
        areas.append(
            {"id": a.area_id, "title": a.title, "weight": a.weight, "score": a.score, "counts": a.counts, "items": its}
        )
    gaps = sorted(
        (v for v in items.values() if v["in_score"] and v["status"] != "covered"),
        key=lambda v: (-(v["weight"] * (1 - v["score"])), v["id"]),
    )
    todo = sorted(
        (v for v in items.values() if v["status"] in ("absent", "partial", "planned")),
        key=lambda v: (not v["in_score"], -v["weight"], v["id"]),
    )
    structure = [items[it.id] for it in r.items if it.area == r.checklist.structure_area]
    issuer = _short(r.metadata.issuer or "（未识别单位）", ISSUER_CHARS)
    # figures grouped as the checklist lists them (rates beside their counts), then in text order
    figure_order = {spec.id: n for n, spec in enumerate(r.checklist.figures.figures if r.checklist.figures else ())}
    year = f"{r.metadata.year}年度" if r.metadata.year else "（年度未识别）"
    return {
        "title": DOC_TITLE,
        "issuer": issuer,
        "year": year,
        "year_value": r.metadata.year,
        "document": r.document,
        "sha_short": r.document.sha256[:12],
        "script": "繁体" if r.script == "traditional" else "简体",
        "checklist": r.checklist,
        "scoring": r.scoring,
        "grade_class": _grade_class(r.scoring.score, r.checklist.scoring.grades),
        "counts": r.counts(),
        "status_labels": STATUS_LABELS,
        "status_marks": STATUS_MARKS_PDF,
        "status_classes": STATUS_CLASSES,
        "areas": areas,
        "chart": _chart(areas),
        "structure": structure,
        "gaps": gaps[:6],
        "todo": todo,
        "generated": generated.isoformat(),
        "generated_cn": f"{generated.year}年{generated.month}月{generated.day}日",
        "evidence_items": [items[it.id] for it in r.items if it.evidence],
        "tier": tier,
        "figures": [
            _figure_view(f, lines, r.checklist.figures.flags if r.checklist.figures else {})
            for f in sorted(r.figures, key=lambda f: (figure_order.get(f.id, 0), f.value_start))
        ],
        "figures_missing": [
            spec.title
            for spec in (r.checklist.figures.figures if r.checklist.figures else ())
            if not any(f.id == spec.id for f in r.figures)
        ],
        "has_figure_list": r.checklist.figures is not None,
        "caveats": r.caveats(),
        "prior": None
        if prior is None
        else {
            "share": f"{prior.share:.0%}",
            "repeated": prior.repeated,
            "sentences": prior.sentences,
            "boilerplate": prior.boilerplate,
            "year": f"{prior.prior_year}年度" if prior.prior_year else "上一份",
            "path": prior.prior_path,
        },
    }


#: Characters of the issuer's name shown in headings: a 500-character "name" (a mangled
#: title) must not push the one-page summary onto two pages.
ISSUER_CHARS = 60


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _grade_class(score: float, grades) -> str:
    ordered = sorted(grades, key=lambda g: -g.min)
    for i, g in enumerate(ordered):
        if score >= g.min:
            return ("g-top", "g-good", "g-pass", "g-fail")[min(i, 3)] if i < len(ordered) - 1 else "g-fail"
    return "g-fail"


def _chart(areas: list[dict[str, Any]]) -> dict[str, Any]:
    """Horizontal bar chart of area scores (drawn as SVG by the template)."""
    row, label_w, bar_w = 19, 150, 260
    bars = []
    for i, a in enumerate(areas):
        score = a["score"]
        bars.append(
            {
                "y": 6 + i * row,
                "label": a["title"],
                "score": score,
                "width": 0 if score is None else round(bar_w * score / 100, 1),
                "color": "#aaaaaa"
                if score is None
                else ("#2e7d32" if score >= 80 else "#c98a00" if score >= 60 else "#b3261e"),
            }
        )
    return {
        "bars": bars,
        "height": 12 + len(areas) * row,
        "label_w": label_w,
        "bar_w": bar_w,
        "width": label_w + bar_w + 50,
        "row": row,
    }


# ----------------------------------------------------------------------------- HTML / PDF


FONT_TOKEN = "'AuditCJK'"  # the font family in the stylesheets, replaced by the installed one


def render_html(
    result: ReportResult,
    generated: date | None = None,
    family: str | None = None,
    prior: PriorReuse | None = None,
    tier: str = "full",
) -> str:
    """The audit as a standalone HTML document (styles inline, fonts named by family)."""
    ctx = build_context(result, generated, prior, tier)
    ctx["css"] = with_family(css_text(), family)
    ctx["svg_font"] = svg_font(family)
    return template_env().get_template("audit.html.j2").render(**ctx)


def with_family(css: str, family: str | None) -> str:
    """The stylesheet with its font family token replaced (a plain CJK list when unknown)."""
    return css.replace(FONT_TOKEN, family or "'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif")


def svg_font(family: str | None) -> str:
    """The first family of a CSS list, for SVG text (which takes one family name)."""
    m = re.match(r"\s*'([^']+)'", family or "")
    return m.group(1) if m else "Noto Sans CJK SC"


def css_text() -> str:
    return (templates_dir() / "audit.css").read_text(encoding="utf-8")


def visible_chars(html: str) -> set[str]:
    """Characters that can reach the page (text and the CSS's generated content)."""
    css_content = set("".join(re.findall(r'content:\s*"([^"]*)"', css_text())))
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    return set(text) | css_content | set("0123456789 ")


class _ChineseFont:
    """The installed Chinese font (found through fontconfig; FontError when there is none)."""

    def __init__(self) -> None:
        self.faces = find_cjk_fonts()
        self.family = css_family(self.faces)

    def missing(self, html: str) -> set[str]:
        """CJK characters of a document the font cannot show."""
        return missing_glyphs(visible_chars(html), self.faces[0])


class PdfRenderer(_ChineseFont):
    """Renders audits to PDF with the installed Chinese font; one renderer per process.

    WeasyPrint finds the font through fontconfig and embeds a HarfBuzz subset of it; the
    renderer keeps WeasyPrint's font configuration across the documents of a batch.
    """

    def __init__(self) -> None:
        try:
            import weasyprint  # noqa: F401
        except (ImportError, OSError) as exc:  # missing Pango/cairo libraries
            raise CheckerError(f"WeasyPrint cannot start ({exc}); install its system libraries (libpango)") from None
        super().__init__()
        self.fetched: list[str] = []  # every URL WeasyPrint asked for (tests check nothing else)
        self._font_config: Any = None

    def warm_up(self) -> None:
        """Configure WeasyPrint's fonts now rather than with the first document."""
        from weasyprint.text.fonts import FontConfiguration

        if self._font_config is None:
            self._font_config = FontConfiguration()

    def layout(self, html: str) -> Any:
        """The laid-out document (WeasyPrint ``Document``: pages and boxes), before writing."""
        from weasyprint import HTML

        self.warm_up()
        fetcher = restricted_fetcher([templates_dir()], self.fetched)
        return HTML(string=html, base_url=str(templates_dir()) + "/", url_fetcher=fetcher).render(
            font_config=self._font_config
        )

    def pdf(self, html: str) -> bytes:
        return self.layout(html).write_pdf()


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


@lru_cache(maxsize=1)
def _fetcher_class() -> type:
    """Built on first use so that importing checker does not import WeasyPrint."""
    from urllib.parse import unquote, urlparse

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class RestrictedFetcher(URLFetcher):
        """Only files under the allowed roots; everything else (http, file:///etc/…) is refused."""

        def __init__(self, roots: list[Path], log: list[str]) -> None:
            super().__init__(allowed_protocols=["file"])
            self.roots = [r.resolve() for r in roots]
            self.log = log

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            self.log.append(url)
            if not url.startswith("file://"):
                raise ValueError(f"refused to fetch {url!r}: audits never load remote resources")
            path = Path(unquote(urlparse(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"refused to read {path}: outside the audit's templates")
            return URLFetcherResponse(url, path.read_bytes(), {}, 200)

    return RestrictedFetcher


def restricted_fetcher(roots: list[Path], log: list[str]) -> Any:
    return _fetcher_class()(roots, log)


# ----------------------------------------------------------------------------- file names

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def safe_filename(name: str, max_len: int = 80) -> str:
    """A file name from report text: no path separators, control or reserved characters."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", name).strip(" ._")
    name = re.sub(r"\s+", " ", name)
    if name.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}:
        name = "_" + name
    return name[:max_len] or "report"


def audit_filename(result: ReportResult, ext: str) -> str:
    issuer = result.metadata.issuer or Path(result.document.path).stem
    year = f"{result.metadata.year}年度" if result.metadata.year else "年度未识别"
    # the issuer part is cut, never the suffix (compare recognises audits in folders by it)
    return f"{safe_filename(issuer, 40)}_{year}_审查意见.{ext}"


# ----------------------------------------------------------------------------- batch


_worker_renderer: PdfRenderer | None = None
_worker_error: str | None = None


def _worker_start() -> None:
    """Pool initializer: import WeasyPrint and configure its fonts before any HTML arrives.

    A failure is kept and reported with the first document: an initializer that raises only
    breaks the pool, and the user would never see why.
    """
    global _worker_renderer, _worker_error
    try:
        _worker_renderer = PdfRenderer()
        _worker_renderer.warm_up()
    except CheckerError as exc:
        _worker_error = str(exc)


def _worker_ready() -> str | None:
    return _worker_error


def _worker_pdf(html: str) -> bytes:
    global _worker_renderer
    if _worker_error is not None:
        raise CheckerError(_worker_error)
    if _worker_renderer is None:
        _worker_renderer = PdfRenderer()
    return _worker_renderer.pdf(html)


class PdfPool(_ChineseFont):
    """WeasyPrint worker processes, started before the reports are scored.

    Importing WeasyPrint and configuring its fonts takes about a second per process. Started
    first, the workers do it on the other cores while this process scores the reports, and
    the audit of one report costs the longer of the two instead of their sum. The fonts are
    checked here, at once, so a machine without a Chinese font fails before any work.
    """

    def __init__(self, jobs: int = 1) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        super().__init__()
        try:
            ctx = multiprocessing.get_context("fork")
            self._pool: Any = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start)
            self._ready = self._pool.submit(_worker_ready)  # starts the workers now, not at first use
        except (OSError, ValueError, NotImplementedError):
            # No worker processes here (no fork, no /dev/shm in some sandboxes): render in
            # this process, as before the pool existed.
            self._pool = None

    def pdfs(self, htmls: list[str]):
        """PDF bytes of each document, in order."""
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            renderer = PdfRenderer()
            for html in htmls:
                yield renderer.pdf(html)
            return
        try:
            error = self._ready.result()
            if error is not None:
                raise CheckerError(error)
            yield from self._pool.map(_worker_pdf, htmls)
        except BrokenProcessPool:
            raise CheckerError(
                "the PDF worker process stopped unexpectedly (out of memory?); try again with fewer reports at once"
            ) from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> PdfPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def render_pdfs(
    results: list[ReportResult],
    generated: date | None = None,
    jobs: int = 1,
    renderer: PdfRenderer | PdfPool | None = None,
    priors: list[PriorReuse | None] | None = None,
    tier: str = "full",
):
    """Yield (result, pdf bytes, missing CJK glyphs) in input order, using ``jobs`` processes.

    HTML is rendered here (milliseconds); WeasyPrint runs in worker processes that each keep
    their own font configuration — those of ``renderer`` when it is a :class:`PdfPool` started
    earlier. ``priors`` gives each report's comparison with its previous report
    (``checker audit --prior``).
    """
    renderer = renderer or PdfRenderer()
    priors = priors or [None] * len(results)
    htmls = [render_html(r, generated, renderer.family, p, tier) for r, p in zip(results, priors, strict=True)]
    lacks = [renderer.missing(h) for h in htmls]
    if isinstance(renderer, PdfPool):
        yield from zip(results, renderer.pdfs(htmls), lacks, strict=True)
        return
    if jobs <= 1 or len(results) <= 1:
        for r, h, m in zip(results, htmls, lacks, strict=True):
            yield r, renderer.pdf(h), m
        return
    with PdfPool(jobs) as pool:
        yield from zip(results, pool.pdfs(htmls), lacks, strict=True)


__all__ = [
    "AUDIT_TIERS",
    "FontError",
    "PdfPool",
    "PdfRenderer",
    "audit_filename",
    "build_context",
    "render_html",
    "render_pdfs",
    "safe_filename",
]
