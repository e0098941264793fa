"""The Python API: one call per user task. The CLI is a thin layer over these functions.

    >>> from checker import score_file
    >>> result = score_file("seeds/002_9cfe57ff3ed555af.txt")
    >>> result.scoring.score, result.scoring.grade
    >>> [(i.id, i.status) for i in result.items]

Data flows one way: load → normalize → segment → match → score; each stage is a module with
pure functions, and :class:`ReportResult` is what every renderer consumes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .checklist import checklist_for_year, load_checklist, load_profile
from .detect import Metadata, detect, issuer_key, same_body
from .errors import InputError
from .figures import Figure, extract_figures, plain
from .load import Document, read_document
from .match import Evidence, ItemMatch, match_all
from .model import Checklist, GradeBand, StructureProfile
from .normalize import NormalizedText, normalize
from .score import Scoring, score
from .segment import Structure, segment
from .waivers import Waiver, WaiverSet

SCHEMA_VERSION = "1.0"

#: A 300-page report has about 10,000 sentences; far more is not a report, and scoring time
#: and memory grow with sentences (each may hold terms): this keeps any input under ~300 MB.
MAX_SENTENCES = 60_000


@dataclass(frozen=True)
class ItemResult:
    id: str
    title: str
    area: str
    status: str
    score: float
    weight: float
    in_score: bool
    excluded_reason: str | None
    elements: tuple[str, ...]
    elements_missing: tuple[str, ...]
    element_titles: dict[str, str]
    concrete: bool
    evidence: tuple[Evidence, ...]
    reason: str
    remediation: str
    source: str
    applies: str


@dataclass(frozen=True)
class ReportResult:
    document: Document
    metadata: Metadata
    script: str
    checklist: Checklist
    scoring: Scoring
    items: tuple[ItemResult, ...]
    structure: Structure
    warnings: tuple[str, ...] = ()
    waivers: dict[str, Waiver] = field(default_factory=dict)
    figures: tuple[Figure, ...] = ()
    subject_named: bool = True  # False: the text never names what a rule-of-law report is about
    report_in_attachment: bool = False  # a short web page linking a document: the report is probably that
    short_text: bool = False  # shorter than any whole report: an excerpt or a cut-off copy
    other_kind: str | None = None  # the other kind of document its title names (政府信息公开工作年度报告)
    more_reports: tuple[tuple[str, int], ...] = ()  # later reports' titles in the file, with their offsets

    def item(self, item_id: str) -> ItemResult:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def counts(self) -> dict[str, int]:
        out = {"covered": 0, "partial": 0, "planned": 0, "absent": 0, "not_applicable": 0}
        for it in self.items:
            out[it.status] += 1
        return out

    def caveats(self) -> list[str]:
        """Why this score may not be the report's (see :func:`document_caveats`)."""
        return document_caveats(self.document_dict())

    def document_dict(self) -> dict[str, Any]:
        """The JSON's ``document`` part: what the report is, where it came from, and the facts
        its caveats are read from (one dict for both, so they cannot drift apart)."""
        doc = self.document
        return {
            "path": doc.path,
            "sha256": doc.sha256,
            "issuer": self.metadata.issuer,
            "issuer_original": self.metadata.issuer_original,
            "issuer_source": self.metadata.issuer_source,
            "issuer_key": self.metadata.key.key if self.metadata.key else None,
            "issuer_key_ambiguous": bool(self.metadata.key and self.metadata.key.ambiguous),
            "issuer_kind": self.metadata.kind,
            "year": self.metadata.year,
            "year_source": self.metadata.year_source,
            "script": self.script,
            "encoding": doc.encoding,
            "format": doc.format,
            "published": doc.published,
            "pages": len(doc.page_starts) or None,
            "bytes": doc.size,
            "characters": len(doc.text),
            "subject_named": self.subject_named,
            "other_kind": self.other_kind,
            "more_reports": [{"title": t, "start": s} for t, s in self.more_reports],
            "attachments": list(doc.attachments),
            "report_in_attachment": self.report_in_attachment,
            "short_text": self.short_text,
        }

    def to_dict(self, evidence: str = "all") -> dict[str, Any]:
        """The stable JSON contract (see README: 'JSON output').

        ``evidence="best"`` keeps only the sentence a reviewer should read first per item
        (large batches: a tenth of the size); ``"all"`` keeps every evidence sentence.
        """
        if evidence not in EVIDENCE_MODES:
            raise ValueError(f"evidence must be one of {EVIDENCE_MODES}")
        doc = self.document
        return {
            "schema": SCHEMA_VERSION,
            "document": self.document_dict(),
            "checklist": {
                "id": self.checklist.id,
                "version": self.checklist.version,
                "title": self.checklist.title,
                "era": self.checklist.era,
            },
            "scoring": {
                "model": self.scoring.model,
                "formula": self.scoring.formula,
                "item_rule": self.scoring.item_rule,
                "score": self.scoring.score,
                "grade": self.scoring.grade,
                "numerator": self.scoring.numerator,
                "denominator": self.scoring.denominator,
                "items_in_score": self.scoring.items_in_score,
                "items_excluded": self.scoring.items_excluded,
                "areas": [asdict(a) for a in self.scoring.areas],
            },
            "structure": {"parts": list(self.structure.parts_present())},
            "warnings": list(self.warnings),
            "summary": self.counts(),
            "items": [
                {
                    "id": it.id,
                    "title": it.title,
                    "area": it.area,
                    "status": it.status,
                    "score": it.score,
                    "weight": it.weight,
                    "in_score": it.in_score,
                    "excluded_reason": it.excluded_reason,
                    "elements": list(it.elements),
                    "elements_missing": list(it.elements_missing),
                    "concrete": it.concrete,
                    "reason": it.reason,
                    "waiver": _waiver_dict(self.waivers.get(it.id)),
                    "evidence": [
                        {
                            "text": ev.text,
                            "start": ev.start,
                            "end": ev.end,
                            "part": ev.part,
                            "page": doc.page_of(ev.start),
                            "terms": list(ev.terms),
                            "concrete": ev.concrete,
                            "elements": list(ev.elements),
                            "spans": [list(sp) for sp in ev.spans],
                        }
                        for ev in (it.evidence if evidence == "all" else _best(it))
                    ],
                    "remediation": it.remediation,
                }
                for it in self.items
            ],
            "figures": [
                {
                    "id": f.id,
                    "title": f.title,
                    "value": plain(f.value),
                    "value_max": None if f.value_max is None else plain(f.value_max),
                    "unit": f.unit,
                    "approx": f.approx,
                    "period": f.period,
                    "scope": f.scope,
                    "scope_text": f.scope_text,
                    "kind": f.kind,
                    "flags": list(f.flags),
                    "text": f.text,
                    "start": f.start,
                    "end": f.end,
                    "value_start": f.value_start,
                    "value_end": f.value_end,
                    "part": f.part,
                    "page": doc.page_of(f.start),
                }
                for f in self.figures
            ],
        }


EVIDENCE_MODES = ("all", "best")

#: What audits and comparisons say of a document whose score may not be its report's: a text
#: that never names its subject, a web page that only links its report, an excerpt.
OFF_SUBJECT = "正文从未提及报告主题，可能不是法治政府建设年度报告"
OTHER_KIND = "标题或首句表明是另一类文件（{kind}），可能不是法治政府建设年度报告"
IN_ATTACHMENT = "网页正文很短并附有文件，报告正文可能在附件中（请下载附件后审查）"
SHORT_TEXT = "正文很短（{chars}字），可能是节选、摘要或未下载完整的报告"
MORE_REPORTS = "文中还有其他报告的标题（{titles}），可能是多份报告合为一个文件；得分按一份报告计算"


# A saved page's metadata table (索引号 | … | 标题 | …) stands at its top; rows further in are the
# report's own tables.
_METADATA_TABLE_REACH = 600


def document_caveats(document: dict[str, Any]) -> list[str]:
    """The caveats of a score document's ``document`` part (JSON read back, or
    :meth:`ReportResult.caveats`): one list for every output that shows them."""
    out = []
    if document.get("other_kind"):
        out.append(OTHER_KIND.format(kind=document["other_kind"]))
    if document.get("more_reports"):
        out.append(MORE_REPORTS.format(titles="；".join(r["title"] for r in document["more_reports"][:3])))
    if document.get("subject_named") is False:
        out.append(OFF_SUBJECT)
    if document.get("report_in_attachment") is True:
        out.append(f"{IN_ATTACHMENT}：{'；'.join(document.get('attachments', [])[:3])}")
    if document.get("short_text") is True:
        out.append(SHORT_TEXT.format(chars=document.get("characters")))
    return out


def best_evidence(item: ItemResult) -> Evidence | None:
    """The sentence a reviewer should read first: coverage before plans, the body before the
    preamble (which summarises or announces what the body reports), concrete first."""
    if not item.evidence:
        return None
    if not any(e.terms for e in item.evidence):  # structural items: the part's first sentence
        return item.evidence[0]
    return sorted(
        item.evidence,
        key=lambda e: (
            e.part == "plan" or e.intention,
            e.part == "preamble",
            not e.concrete,
            e.heading,
            -len(e.terms),
            e.start,
        ),
    )[0]


def _best(item: ItemResult) -> tuple[Evidence, ...]:
    ev = best_evidence(item)
    return () if ev is None else (ev,)


def _waiver_dict(w: Waiver | None) -> dict[str, Any] | None:
    if w is None:
        return None
    return {
        "justification": w.justification,
        "approver": w.approver,
        "expires": w.expires.isoformat(),
        "issuer": w.issuer,
        "source": w.where,
    }


def choose_checklist(checklist: str | Path | Checklist | None, year: int | None) -> Checklist:
    """Explicit checklist, else the Outline whose report years include ``year``."""
    if isinstance(checklist, Checklist):
        return checklist
    if checklist is not None:
        return load_checklist(checklist)
    return load_checklist(checklist_for_year(year))


def score_document(
    doc: Document,
    checklist: str | Path | Checklist | None = None,
    *,
    year: int | None = None,
    issuer: str | None = None,
    model: str | None = None,
    grades: tuple[GradeBand, ...] | None = None,
    waived: dict[str, str] | None = None,
    waivers: WaiverSet | None = None,
    today: date | None = None,
) -> ReportResult:
    """Score a decoded document. Deterministic: same input, checklist and date, same result.

    ``waivers`` (from :func:`checker.waivers.load_waivers`) mark items not applicable for the
    detected (or given) issuer; ``waived`` maps item ids to a reason directly.
    """
    # The structure profile is shared by the shipped checklists, so the year can be detected
    # with the profile alone before the era's checklist is chosen (and compiled).
    given = choose_checklist(checklist, year) if checklist is not None or year is not None else None
    profile = given.profile if given is not None else load_profile(checklist_for_year(None))
    norm = normalize(doc.text, profile.line_joining)
    meta = detect(norm, doc.text, profile, year=year, issuer=issuer)
    cl = given if given is not None else choose_checklist(None, meta.year)
    warnings: list[str] = []  # (with the report's name: a batch prints each distinct warning once)
    if meta.year is not None and not cl.years[0] <= meta.year <= cl.years[1]:
        warnings.append(
            f"{doc.path}: the report's year {meta.year} is outside the years of {cl.id} ({cl.years[0]}–{cl.years[1]}); "
            + ("scored against it as asked" if given is not None else "scored against it as the nearest Outline")
        )
    subject = cl.profile.subject
    subject_named = subject is None or subject.search(norm.text) is not None
    if subject is not None and not subject_named:
        warnings.append(
            f"{doc.path}: the text never names its subject ({subject.pattern}): is it a rule-of-law government "
            "report? (scored all the same)"
        )
    limit = cl.profile.attachment_page_max_chars
    in_attachment = bool(doc.attachments) and len(norm.text) < limit
    if in_attachment:
        warnings.append(
            f"{doc.path}: a web page of {len(norm.text)} characters that links {', '.join(doc.attachments[:3])}: "
            "the report is probably the attachment; download it and score that file (scored all the same)"
        )
    short = not in_attachment and len(doc.text) < cl.profile.short_text_chars
    if short:
        warnings.append(
            f"{doc.path}: {len(doc.text)} characters, shorter than any whole annual report: an excerpt, a "
            "summary or a cut-off copy? (scored all the same)"
        )
    structure = segment(norm, cl.profile, cl.required)
    other_kind = _other_kind(cl.profile, structure)
    if other_kind is not None:
        warnings.append(
            f"{doc.path}: its title or first sentence names another kind of document ({other_kind}): is it a rule-of-law "
            "government report? (scored all the same)"
        )
    more = _more_reports(cl.profile, structure, norm, doc.text)
    if more:
        warnings.append(
            f"{doc.path}: further down, the title of another report ({'; '.join(t for t, _ in more[:3])}): "
            "several reports in one file? (scored as one; split the file to score each)"
        )
    if len(structure.sentences) > MAX_SENTENCES:
        raise InputError(
            f"{doc.path}: {len(structure.sentences)} sentences; reports with more than {MAX_SENTENCES} "
            "are not scored (no annual report is that long)"
        )
    active: dict[str, Waiver] = {}
    if waivers is not None:
        report_key = meta.key or issuer_key(meta.issuer, cl.profile)
        active, waiver_warnings = waivers.applicable(
            lambda given: same_body(issuer_key(given, cl.profile), report_key), {i.id for i in cl.items}, today
        )
        warnings += waiver_warnings
    reasons = dict(waived or {})
    reasons.update({k: w.describe() for k, w in active.items()})
    matches = match_all(cl, norm, structure, doc.text, reasons)
    figures = extract_figures(cl.figures, norm, structure, doc.text, meta.year)
    scoring = score(cl, matches, model=model, grades=grades)
    return ReportResult(
        doc,
        meta,
        norm.script,
        cl,
        scoring,
        _items(cl, matches, scoring),
        structure,
        tuple(warnings),
        active,
        figures,
        subject_named,
        in_attachment,
        short,
        other_kind,
        more,
    )


def _other_kind(profile: StructureProfile, structure: Structure) -> str | None:
    """The other kind of document a title names (政府信息公开工作年度报告), read from the title
    only: a report's body may name such a report among its work. A saved page may give the title
    only in its metadata table (标题 | …关于印发…的通知 |), so table rows near the top count too;
    a text with no title at all is read by its first sentence (structure.yaml
    ``other_kind_opening``)."""
    if profile.other_kind is None:
        return None
    heads = ["".join(s.text for s in structure.sentences if s.part == "title")]
    heads += [s.text for s in structure.sentences if s.start < _METADATA_TABLE_REACH and s.text.count("|") >= 2]
    for text in heads:
        m = profile.other_kind.search(text)
        if m:
            return m.group()
    if heads[0] or profile.other_kind_opening is None:
        return None
    # No title: a half-year summary says what it covers in its first sentence (2025年上半年,…)
    first = next((s for s in structure.sentences if s.part != "front" and s.text.count("|") < 2), None)
    m = profile.other_kind_opening.search(first.text) if first is not None else None
    return m.group() if m else None


def _more_reports(
    profile: StructureProfile, structure: Structure, norm: NormalizedText, original: str
) -> tuple[tuple[str, int], ...]:
    """Later lines that are a dated report's title (structure.yaml ``more_reports``), quoted from
    the original with their offsets: a line of its own, far enough in to be past a cover letter."""
    title = profile.more_reports_title
    if title is None:
        return ()
    text, out = norm.text, []
    for s in structure.sentences:
        if s.start < profile.more_reports_min_chars:
            continue
        alone = (s.start == 0 or text[s.start - 1] == "\n") and (s.end >= len(text) or text[s.end] == "\n")
        if alone and title.search(s.text):
            a, b = norm.to_original(s.start, s.end)
            out.append((original[a:b].strip(), a))
    return tuple(out)


def _items(cl: Checklist, matches: list[ItemMatch], scoring: Scoring) -> tuple[ItemResult, ...]:
    out = []
    for item, m in zip(cl.items, matches, strict=True):
        sc = scoring.items[item.id]
        out.append(
            ItemResult(
                id=item.id,
                title=item.title,
                area=item.area,
                status=m.status,
                score=sc.score,
                weight=item.weight,
                in_score=sc.in_score,
                excluded_reason=sc.excluded_reason,
                elements=m.elements_found,
                elements_missing=m.elements_missing,
                element_titles={e.id: e.title for e in item.elements},
                concrete=m.concrete,
                evidence=m.evidence,
                reason=m.reason,
                remediation=item.remediation,
                source=item.source,
                applies=item.applies,
            )
        )
    return tuple(out)


def score_text(text: str, name: str = "<text>", **kwargs: Any) -> ReportResult:
    """Score a report given as a string (already decoded)."""
    return score_document(read_document(name, text.encode("utf-8")), **kwargs)


def score_file(path: str | Path, checklist: str | Path | Checklist | None = None, **kwargs: Any) -> ReportResult:
    """Read, decode and score one report file."""
    return score_document(read_document(path), checklist, **kwargs)
