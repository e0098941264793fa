"""Render stage for audits: a Chinese audit document as HTML and PDF (Jinja2 + WeasyPrint).

Tiers, as in the best compliance reports: a one-page leaders' summary (领导摘要), the item
review (审查明细), the remediation list (整改清单) and the evidence appendix (证据附录).
Report text is untrusted: Jinja2 autoescapes everything and WeasyPrint may only read files
under ``templates/`` and the font cache — nothing named by the content is ever fetched.
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

from .api import ItemResult, ReportResult
from .errors import CheckerError
from .fonts import FontError, cache_dir, find_cjk_fonts, subset_font
from .render import PART_LABELS, STATUS_LABELS, best_evidence
from .resources import data_dir

STATUS_MARKS_PDF = {"covered": "●", "partial": "◐", "planned": "○", "absent": "×", "not_applicable": "–"}
STATUS_CLASSES = {"covered": "ok", "partial": "part", "planned": "plan", "absent": "miss", "not_applicable": "na"}
DOC_TITLE = "法治政府建设年度报告审查意见"


def templates_dir() -> Path:
    return data_dir("templates")


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,  # every string from a report is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
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


def _evidence_view(ev, lines: _Lines) -> dict[str, Any]:
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
    }


def _item_view(it: ItemResult, lines: _Lines) -> dict[str, Any]:
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
        "best": _evidence_view(best, lines) if best is not None else None,
        "evidence": [_evidence_view(e, lines) for e in it.evidence],
        "remediation": it.remediation,
        "reason": it.reason,
        "source": it.source,
    }


def build_context(result: ReportResult, generated: date | None = None) -> dict[str, Any]:
    """Everything the template shows, computed here so the template only lays it out."""
    r = result
    lines = _Lines(r.document.text, r.document)
    generated = generated or date.today()
    items = {it.id: _item_view(it, lines) for it in r.items}
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
    issuer = r.metadata.issuer or "（未识别单位）"
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
    }


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


FONT_SLOT = "/* @font-face */"


def render_html(result: ReportResult, generated: date | None = None, font_css: str = "") -> str:
    """The audit as a standalone HTML document (styles inline; ``font_css`` adds @font-face)."""
    ctx = build_context(result, generated)
    ctx["css"] = FONT_SLOT + "\n" + _css_text()
    return with_fonts(_env().get_template("audit.html.j2").render(**ctx), font_css)


def with_fonts(html: str, font_css: str) -> str:
    """Put the @font-face rules of a prepared font subset into a rendered document."""
    return html.replace(FONT_SLOT, font_css, 1) if font_css else html


def _css_text() -> str:
    return (templates_dir() / "audit.css").read_text(encoding="utf-8")


def visible_chars(html: str) -> set[str]:
    """Characters that can reach the page (text and the CSS's generated content)."""
    css_content = set("".join(re.findall(r'content:\s*"([^"]*)"', _css_text())))
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    return set(text) | css_content | set("0123456789 ")


class PdfRenderer:
    """Renders audits to PDF; one renderer reuses fonts and parsed styles across a batch.

    The batch's characters decide one font subset (cached on disk); WeasyPrint's font
    configuration and the parsed stylesheets are kept for every document rendered with it.
    """

    def __init__(self) -> None:
        try:
            import weasyprint  # noqa: F401
        except (ImportError, OSError) as exc:  # missing Pango/cairo libraries
            raise CheckerError(f"WeasyPrint cannot start ({exc}); install its system libraries (libpango)") from None
        self.regular, self.bold = find_cjk_fonts()
        self.fetched: list[str] = []  # every URL WeasyPrint asked for (tests check nothing else)
        self._chars: set[str] = set()
        self._styles: tuple[Any, Any, Any] | None = None  # (font_config, [stylesheets], missing)

    def prepare(self, chars: set[str]) -> set[str]:
        """Make sure the font subset covers ``chars``; returns the characters no font has."""
        if self._styles is not None and chars <= self._chars:
            return self._styles[2]
        from weasyprint.text.fonts import FontConfiguration

        self._chars = self._chars | chars
        reg, missing = subset_font(self.regular, self._chars)
        faces = [f"@font-face {{ font-family: 'AuditCJK'; src: url('{reg.as_uri()}'); font-weight: normal; }}"]
        if self.bold is not None:
            bold, _ = subset_font(self.bold, self._chars)
            faces.append(f"@font-face {{ font-family: 'AuditCJK'; src: url('{bold.as_uri()}'); font-weight: bold; }}")
        self._styles = (FontConfiguration(), "\n".join(faces), missing)
        return missing

    @classmethod
    def from_font_css(cls, font_css: str) -> PdfRenderer:
        """A renderer for worker processes: the parent already prepared the font subset."""
        from weasyprint.text.fonts import FontConfiguration

        self = cls()
        self._styles = (FontConfiguration(), font_css, set())
        return self

    @property
    def font_css(self) -> str:
        assert self._styles is not None, "call prepare() first"
        return self._styles[1]

    def pdf(self, html: str) -> bytes:
        from weasyprint import HTML

        assert self._styles is not None, "call prepare() first"
        fetcher = restricted_fetcher([templates_dir(), cache_dir()], self.fetched)
        return HTML(string=html, base_url=str(templates_dir()) + "/", url_fetcher=fetcher).write_pdf(
            font_config=self._styles[0], full_fonts=True
        )


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
                raise ValueError(f"refused to read {path}: outside the audit's templates and font cache")
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
    return f"{safe_filename(f'{issuer}_{year}_审查意见')}.{ext}"


# ----------------------------------------------------------------------------- batch


_worker_renderer: PdfRenderer | None = None


def _init_worker(font_css: str) -> None:
    global _worker_renderer
    _worker_renderer = PdfRenderer.from_font_css(font_css)


def _worker_pdf(html: str) -> bytes:
    assert _worker_renderer is not None
    return _worker_renderer.pdf(html)


def render_pdfs(
    results: list[ReportResult], generated: date | None = None, jobs: int = 1, renderer: PdfRenderer | None = None
):
    """Yield (result, pdf bytes, missing CJK glyphs) in input order, using ``jobs`` processes.

    HTML is rendered here (milliseconds); the font subset is prepared once for the whole batch
    and WeasyPrint runs in worker processes that each keep their own font configuration.
    """
    renderer = renderer or PdfRenderer()
    drafts = [render_html(r, generated) for r in results]
    chars: set[str] = set()
    for h in drafts:
        chars |= visible_chars(h)
    missing = renderer.prepare(chars)
    htmls = [with_fonts(d, renderer.font_css) for d in drafts]
    lacks = [{c for c in missing if _is_cjk(c) and c in d} for d in drafts]
    if jobs <= 1 or len(results) <= 1:
        for r, h, m in zip(results, htmls, lacks, strict=True):
            yield r, renderer.pdf(h), m
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(renderer.font_css,)
    ) as pool:
        for r, pdf, m in zip(results, pool.map(_worker_pdf, htmls), lacks, strict=True):
            yield r, pdf, m


__all__ = ["FontError", "PdfRenderer", "audit_filename", "build_context", "render_html", "render_pdfs", "safe_filename"]
