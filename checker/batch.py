"""Scoring many reports: inputs (files, directories, manifests), a result cache, parallel workers.

A municipal office compares every district each spring; a research institute ranks a hundred
cities. Inputs are streamed: workers return JSON score documents that go to the cache on disk,
and callers keep only what they need per report, so memory does not grow with report texts.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ._version import __version__
from .api import score_document
from .checklist import (
    available_checklists,
    checklist_for_year,
    code_digest,
    files_digest,
    load_checklist,
)
from .errors import CheckerError, InputError, UsageError
from .files import display_name, read_regular
from .formats import MARKDOWN_SUFFIXES
from .load import read_document
from .model import GradeBand
from .resources import cache_dir
from .reuse import SIGNATURE_MAGIC, Signature, find_reuse, signature
from .waivers import WaiverSet, load_waivers

MANIFEST_SUFFIXES = {".csv", ".yaml", ".yml"}

#: In a folder, files of these kinds are the researcher's notes and data about the reports (a
#: README or INDEX.md, a manifest, a JSON export), not reports: scored, a listing of fifty
#: issuers reads as one more report with a score of 4. Named on the command line they are read.
NOT_REPORT_SUFFIXES = MANIFEST_SUFFIXES | {".md", ".markdown", ".rst", ".json", ".jsonl", ".tsv", ".py", ".log"}
#: ...except a folder holding no other reports than Markdown files (formats.MARKDOWN_SUFFIXES): a
#: crawler's output, one file a report. A README, INDEX or CHANGELOG among them is still notes.
NOTES_NAMES = re.compile(r"^(readme|index|changelog|changes|license|notes|summary|todo)\b", re.I)


@dataclass(frozen=True)
class Source:
    """One report to score, with what a manifest says about it."""

    path: str
    issuer: str | None = None
    year: int | None = None
    group: str | None = None
    issuer_key: str | None = None  # a manifest may fix the comparison key


@dataclass(frozen=True)
class ScoreOptions:
    checklist: str | None = None
    model: str | None = None
    grades: tuple[GradeBand, ...] | None = None
    waivers: str | None = None  # path of a waivers YAML file
    evidence: str = "all"  # all | best (evidence sentences kept per item in the JSON)


@dataclass
class Outcome:
    source: Source
    result: dict[str, Any] | None  # the score JSON document
    error: str | None = None
    cached: bool = False
    signature: bytes | None = None  # text-reuse signature (checker.reuse), when asked for


@dataclass
class CollectResult:
    sources: list[Source] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # checker's own outputs found in folders
    not_reports: list[str] = field(default_factory=list)  # notes and data files found in folders


def collect(paths: list[str], exclude: tuple[str, ...] = ()) -> CollectResult:
    """Files, directories (recursively: reports in any format, by content) and manifests.

    In a directory, checker's own outputs (audits, comparisons, score JSON, CSV, XLSX) and
    files that are no report at all (images, spreadsheets) are skipped, so a comparison written
    into its input folder is not read back as a report; ``exclude`` names outputs to skip too.
    Notes and data files (README.md, a manifest, JSON; :data:`NOT_REPORT_SUFFIXES`) are set
    aside in ``not_reports``: a file named on the command line is always read.
    """
    out = CollectResult()
    seen: set[str] = {os.path.abspath(e) for e in exclude}
    cache_root = os.path.join(os.path.abspath(cache_dir("")), "")  # checker's cache inside a folder

    def add(src: Source) -> None:
        key = os.path.abspath(src.path)
        if key not in seen:
            seen.add(key)
            out.sources.append(src)

    for p in paths:
        path = Path(p)
        if p == "-" and not path.exists():
            out.errors.append(
                "-: compare reads files, folders and manifests, not standard input (`checker score -` reads one report)"
            )
        elif path.is_dir():
            before, markdown = len(out.sources), []
            for f in sorted(path.rglob("*")):
                if f.name.startswith(".") or not f.is_file() or os.path.abspath(f) in seen:
                    continue
                if os.path.abspath(f).startswith(cache_root):
                    out.skipped.append(str(f))
                    continue
                if f.suffix.lower() in NOT_REPORT_SUFFIXES:
                    out.not_reports.append(str(f))
                    if f.suffix.lower() in MARKDOWN_SUFFIXES and not NOTES_NAMES.match(f.name):
                        markdown.append(str(f))
                    continue
                verdict = report_candidate(f)
                if verdict == "report":
                    add(Source(str(f)))
                elif verdict == "output":
                    out.skipped.append(str(f))
            if len(out.sources) == before and markdown:  # a folder of Markdown reports
                for md in markdown:
                    out.not_reports.remove(md)
                    add(Source(md))
        elif path.suffix.lower() in MANIFEST_SUFFIXES and path.is_file():
            try:
                for src in read_manifest(path):
                    add(src)
            except InputError as exc:
                out.errors.append(str(exc))
        else:
            add(Source(str(path)))  # missing or odd files are reported when scored
    return out


def report_candidate(path: Path) -> str:
    """'report', 'output' (one of checker's own) or 'other', from the file's first bytes."""
    import zipfile

    from .formats import sniff

    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return "report"  # unreadable: reported as an error when scored
    if head.startswith(SIGNATURE_MAGIC):  # a text-reuse signature in a cache inside the folder
        return "output"
    kind = sniff(head)
    if kind == "image":
        return "other"
    if kind == "zip":
        try:
            with zipfile.ZipFile(path) as zf:
                return "report" if "word/document.xml" in zf.namelist() else "other"
        except (zipfile.BadZipFile, OSError, ValueError):
            return "report"  # a damaged Word file: reported when scored
    if kind == "html":
        return "output" if OUTPUT_HTML_MARK in head else "report"
    if kind == "pdf":
        return "output" if path.name.endswith(OUTPUT_PDF_SUFFIXES) else "report"
    if kind == "text":
        probe = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if OUTPUT_JSON_HEAD.match(probe) or probe.startswith(OUTPUT_CSV_HEADS):
            return "output"
    return "report"


#: How checker's outputs are recognised in a folder (see templates/, compare_render and reuse).
OUTPUT_HTML_MARK = b'<meta name="generator" content="checker">'
OUTPUT_PDF_SUFFIXES = ("_审查意见.pdf", "比较分析.pdf")
#: JSON: an object's first key, or a list of objects (a report copied from a government site may
#: open with a bracketed metadata table, "[ 索引号 ] | …", and is still a report).
OUTPUT_JSON_HEAD = re.compile(rb'\{\s*("|\})|\[\s*(\{|\]|$)')
#: CSV: the first two columns of a view's header (one column, 单位, could open a report's own
#: metadata line), or checker's own word 单位键 (older outputs' first column).
OUTPUT_CSV_HEADS = tuple(
    h.encode("utf-8") for h in ("年度,分组,", "排名,单位,", "单位,单位键,", "单位,年度,", "条目,名称,", "单位键,")
)


#: A manifest lists reports, it does not hold them: a larger file is not a manifest.
MAX_MANIFEST_BYTES = 5 * 1024 * 1024


def read_manifest(path: Path) -> list[Source]:
    """CSV (header: path, issuer, year, group, issuer_key) or YAML (a list of such mappings).

    UTF-8 with or without BOM, or GB18030 (Excel's CSV on Chinese Windows). Paths are
    relative to the manifest.
    """
    name = str(path)
    raw = read_regular(path, MAX_MANIFEST_BYTES, InputError, "manifest")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(f"{name}: manifest is neither UTF-8 nor GB18030 text") from None
    if path.suffix.lower() == ".csv":
        try:
            rows: Any = list(csv.DictReader(text.splitlines()))
        except csv.Error as exc:
            raise InputError(f"{name}: manifest CSV error: {exc}") from None
        start = 2
    else:
        try:
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            raise InputError(f"{name}: manifest YAML error: {exc}") from None
        except (ValueError, TypeError) as exc:  # a value YAML resolves but cannot build (2027-02-30)
            raise InputError(f"{name}: manifest YAML error: {exc}") from None
        rows = data.get("reports") if isinstance(data, dict) else data
        start = 1
        if not isinstance(rows, list):
            raise InputError(
                f"{name}: a YAML manifest is a list of {{path, issuer, year, group}} mappings (or reports: [...])"
            )
    sources = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("path") or not isinstance(row.get("path"), str | int):
            raise InputError(f"{name}: entry {i + start}: needs a 'path'")
        rel = Path(str(row["path"]).strip())
        full = rel if rel.is_absolute() else path.parent / rel
        year = row.get("year")
        try:
            year = int(str(year).strip()) if year not in (None, "") else None
        except (TypeError, ValueError):
            raise InputError(f"{name}: entry {i + start}: year {year!r} is not a number") from None
        issuer, group, key = (row.get(k) for k in ("issuer", "group", "issuer_key"))
        sources.append(
            Source(
                str(full),
                str(issuer).strip() if issuer not in (None, "") else None,
                year,
                str(group).strip() if group not in (None, "") else None,
                str(key).strip() if key not in (None, "") else None,
            )
        )
    return sources


# ----------------------------------------------------------------------------- cache


class ScoreCache:
    """Score documents on disk, keyed by file hash, the checklist files used, and options.

    A cache can only save time, never change a result or stop a run: an entry that cannot be
    read back as a score document is discarded and recomputed, and a cache directory that
    cannot be written (read-only, full) turns the cache off with one warning.
    """

    def __init__(self, root: Path | None = None, enabled: bool = True, warn: Any = None) -> None:
        self.root = root or cache_dir("scores")
        self.enabled = enabled
        self.warn = warn or (lambda _msg: None)

    def key(self, sha256: str, source: Source, opts: ScoreOptions, year: int | None) -> str:
        grades = ",".join(f"{g.label}:{g.min:g}" for g in opts.grades) if opts.grades else ""
        waivers = ""
        if opts.waivers:  # its content and today's date (expiry) decide what is waived
            digest = _waivers_digest(opts.waivers, Path(opts.waivers).stat().st_mtime_ns)
            waivers = digest + dt.date.today().isoformat()
        parts = [
            sha256,
            checklist_fingerprint(opts.checklist),
            opts.model or "",
            grades,
            source.issuer or "",
            str(source.year or ""),
            waivers,
            opts.evidence,
            __version__,
            code_digest(),  # (an editable install changes under the same version: a pull, an edit)
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]

    def _file(self, key: str, ext: str = "json") -> Path:
        return self.root / key[:2] / f"{key}.{ext}"

    def has(self, key: str, signature: bool = False) -> bool:
        return (
            self.enabled and self._file(key).is_file() and (not signature or self._file(key, SIGNATURE_EXT).is_file())
        )

    def get_signature(self, key: str) -> bytes | None:
        """The report's text-reuse signature, or None (a damaged one is discarded)."""
        if not self.enabled:
            return None
        path = self._file(key, SIGNATURE_EXT)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if Signature.from_bytes(data) is None:
            self._discard(path, "not a signature")
            return None
        return data

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        path = self._file(key)
        try:
            doc = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:  # unreadable, bad UTF-8 or bad JSON: recompute
            self._discard(path, exc)
            return None
        if not _is_score_document(doc):
            self._discard(path, "not a score document")
            return None
        return doc

    def _discard(self, path: Path, why: Any) -> None:
        try:
            path.unlink()
        except OSError:
            pass

    def put(self, key: str, doc: dict[str, Any], signature: bytes | None = None) -> None:
        if not self.enabled:
            return
        if signature is not None:  # written first: a document without its signature is re-scored
            self._write(key, SIGNATURE_EXT, signature)
        self._write(key, "json", json.dumps(doc, ensure_ascii=False).encode("utf-8"))

    def _write(self, key: str, ext: str, data: bytes) -> None:
        if not self.enabled:
            return
        d = self.root / key[:2]
        tmp = None
        try:
            d.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, d / f"{key}.{ext}")
        except OSError as exc:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            self.enabled = False
            self.warn(
                f"warning: the score cache {self.root} cannot be written ({exc.strerror or exc}); running without it"
            )


SIGNATURE_EXT = "sig"


def _is_score_document(doc: Any) -> bool:
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("document"), dict)
        and isinstance(doc.get("scoring"), dict)
        and isinstance(doc.get("checklist"), dict)
        and isinstance(doc.get("items"), list)
        and isinstance(doc.get("summary"), dict)
        and "path" in doc["document"]
    )


def checklist_fingerprint(ref: str | None) -> str:
    """Hash of every file the checklist(s) that may score a report were loaded from.

    With automatic selection by year every shipped checklist may be used, so all count; a
    checklist including a file anywhere (not only common/) is keyed on that file too.
    """
    refs = [ref] if ref else [str(c["path"]) for c in available_checklists()]
    files = sorted({f for r in refs for f in load_checklist(r).sources})
    return _files_digest(tuple(files), tuple(_mtime(f) for f in files))


def _mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0


@lru_cache(maxsize=16)
def _files_digest(files: tuple[str, ...], mtimes: tuple[int, ...]) -> str:
    return files_digest(files)[:16]  # re-read only when a file's modification time changes


# ----------------------------------------------------------------------------- scoring


@lru_cache(maxsize=4)
def _waivers_digest(path: str, mtime_ns: int) -> str:
    """Read once per batch, not once per report (the mtime invalidates it)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=4)
def _waivers(path: str) -> WaiverSet:
    return load_waivers(path)


def _score_one(task: tuple[Source, ScoreOptions, bytes | None]) -> tuple[dict[str, Any] | None, str | None]:
    """Worker: read, score, return the JSON document (or the error message)."""
    doc, err, _ = _score_signed((*task, False))
    return doc, err


def _score_signed(
    task: tuple[Source, ScoreOptions, bytes | None, bool],
) -> tuple[dict[str, Any] | None, str | None, bytes | None]:
    """Worker: the JSON document, and the text-reuse signature when asked (or the error)."""
    source, opts, data, signed = task
    try:
        doc = read_document(source.path, data)
        res = score_document(
            doc,
            opts.checklist,
            year=source.year,
            issuer=source.issuer,
            model=opts.model,
            grades=opts.grades,
            waivers=_waivers(opts.waivers) if opts.waivers else None,
        )
        out = _with_group(res.to_dict(opts.evidence), source)
        sig = None
        if signed:
            sig = signature(res.structure, res.checklist.profile.reuse).to_bytes()
        return out, None, sig
    except CheckerError as exc:
        return None, str(exc), None
    except Exception as exc:  # one bad file never stops a batch
        msg = f"{display_name(source.path)}: unexpected error while scoring ({type(exc).__name__}: {exc})"
        return None, msg, None


def _with_group(doc: dict[str, Any], source: Source) -> dict[str, Any]:
    """The score document with its source's manifest group (or none), in place."""
    if source.group:
        doc["document"]["group"] = source.group
    else:
        doc["document"].pop("group", None)
    return doc


def _score_one_json(
    task: tuple[Source, ScoreOptions, int | None, bytes | None],
) -> tuple[str | None, str | None, list[str]]:
    """Worker: the score document already encoded (encoding in parallel, cheap to send back)."""
    source, opts, indent, data = task
    doc, err = _score_one((source, opts, data))
    if doc is None:
        return None, err, []
    return json.dumps(doc, ensure_ascii=False, indent=indent or None), None, list(doc.get("warnings", []))


def score_json(
    sources: list[Source],
    opts: ScoreOptions,
    jobs: int = 1,
    indent: int | None = None,
    data: dict[str, bytes] | None = None,
) -> Iterator[tuple[Source, str | None, str | None, list[str]]]:
    """(source, JSON text, error, warnings) for every source, in input order (``checker score``).

    ``data`` gives the bytes of sources not read from disk (standard input, path ``-``).
    """
    _preload(opts)
    tasks = [(src, opts, indent, (data or {}).get(src.path)) for src in sources]
    if jobs > 1 and len(tasks) > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            for src, out in zip(sources, pool.map(_score_one_json, tasks, chunksize=8), strict=True):
                yield (src, *out)
    else:
        for src, task in zip(sources, tasks, strict=True):
            yield (src, *_score_one_json(task))


def _preload(opts: ScoreOptions) -> None:
    """Compile the checklists once here; forked workers inherit them."""
    if opts.checklist:
        load_checklist(opts.checklist)  # a bad checklist is one error, not one per report
    else:
        for c in available_checklists():
            load_checklist(c["path"])


def score_sources(
    sources: list[Source],
    opts: ScoreOptions,
    jobs: int = 1,
    cache: ScoreCache | None = None,
    progress: Any = None,
    signatures: bool = False,
) -> Iterator[Outcome]:
    """Score every source (cache first, then ``jobs`` worker processes); yields in input order.

    Cached documents are read when their turn comes and new ones are consumed as workers
    finish, so only a few score documents are in memory at any time. With ``signatures``
    each outcome also carries the report's text-reuse signature (cached beside the document).
    """
    cache = cache or ScoreCache(enabled=False)
    _preload(opts)
    plan: list[tuple[Source, str | None, bool]] = []
    for src in sources:
        key = None
        try:
            if Path(src.path).is_file():
                key = cache.key(_file_sha256(src.path), src, opts, src.year)
        except OSError:
            key = None
        plan.append((src, key, key is not None and cache.has(key, signatures)))
    misses = [(src, opts, None, signatures) for src, _, hit in plan if not hit]

    def outcomes(results: Iterator[tuple[dict[str, Any] | None, str | None, bytes | None]]) -> Iterator[Outcome]:
        for src, key, hit in plan:
            out = None
            if hit:
                doc = cache.get(key)  # type: ignore[arg-type]
                sig = cache.get_signature(key) if signatures and doc is not None else None  # type: ignore[arg-type]
                if doc is not None and (sig is not None or not signatures):
                    # (what the manifest says now, not what it said when the score was cached:
                    # the group is no part of the cache key)
                    doc["document"]["path"] = display_name(src.path)
                    out = Outcome(src, _with_group(doc, src), cached=True, signature=sig)
                else:  # vanished or unreadable since planned: score it here
                    doc, err, sig = _score_signed((src, opts, None, signatures))
                    out = Outcome(src, doc, err, signature=sig)
                    if doc is not None and key is not None:
                        cache.put(key, doc, sig)
            else:
                doc, err, sig = next(results)
                if doc is not None and key is not None:
                    cache.put(key, doc, sig)
                out = Outcome(src, doc, err, signature=sig)
            if progress is not None:
                progress.update(1)
            yield out

    if jobs > 1 and len(misses) > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            yield from outcomes(pool.map(_score_signed, misses, chunksize=4))
    else:
        yield from outcomes(_score_signed(t) for t in misses)


def _file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ----------------------------------------------------------------------------- comparisons


@dataclass
class ComparisonRun:
    """What ``compare_reports`` produced: the comparison and how the batch went."""

    comparison: Any  # checker.compare.Comparison
    errors: list[str]
    scored: int
    cached: int


def compare_reports(
    paths: list[str],
    opts: ScoreOptions | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    on_document: Any = None,
    on_message: Any = None,
    progress: Any = None,
    years: tuple[int, ...] = (),
    groups: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    reuse: bool = True,
) -> ComparisonRun:
    """Score every report found in ``paths`` and compare them (the Python twin of `checker compare`).

    ``on_document(doc)`` receives each score document as it arrives (for streaming exports),
    ``on_message(text)`` each error or warning (each distinct warning once), ``progress(total)``
    is called once the inputs are known and returns an object whose ``update(1)`` is called per
    report; only compact rows are kept in memory. ``years``/``groups`` select the reports ranked
    (changes still span every year of their issuers); ``exclude`` names output files to skip.
    With ``reuse`` each row also gets its text reuse (against the issuer's previous report in
    the set, and the most similar other reports), from signatures computed while scoring.
    """
    from .compare import compare, row_from_doc

    opts = opts or ScoreOptions()
    said: set[str] = set()

    def say(msg: str) -> None:
        if msg not in said:
            said.add(msg)
            (on_message or (lambda _m: None))(msg)

    if opts.waivers:
        load_waivers(opts.waivers)  # validate once, before any work
    found = collect(list(paths), exclude)
    errors = list(found.errors)
    if not found.sources:  # nothing to score: the reason is the one error
        if len(errors) == 1:
            raise InputError(errors[0])
        hint = ""
        if found.not_reports:
            hint = f" ({len(found.not_reports)} file(s) of notes or data skipped, e.g. {display_name(found.not_reports[0])}; name a file to score it)"
        raise UsageError("no report files found in " + ", ".join(map(str, paths)) + hint)
    for e in errors:
        say(f"error: {e}")
    if found.skipped:
        say(f"note: {len(found.skipped)} file(s) in the folders are checker outputs, not reports; skipped")
    if found.not_reports:
        names = ", ".join(display_name(p) for p in found.not_reports[:3])
        more = f" and {len(found.not_reports) - 3} more" if len(found.not_reports) > 3 else ""
        say(
            f"note: {len(found.not_reports)} file(s) of notes or data in the folders skipped ({names}{more}); "
            "name a file on the command line to score it"
        )
    ref = opts.checklist or checklist_for_year(None)
    profile = load_checklist(ref).profile
    rows = []
    signatures: list[bytes | None] = []
    attachments: list[list[str]] = []
    cached = 0
    bar = progress(len(found.sources)) if progress is not None else None
    cache = ScoreCache(enabled=use_cache, warn=say)
    for out in score_sources(found.sources, opts, jobs=jobs, cache=cache, progress=bar, signatures=reuse):
        if out.result is None:
            errors.append(out.error or f"{display_name(out.source.path)}: not scored")
            say(f"error: {out.error}")
            continue
        cached += out.cached
        for w in out.result.get("warnings", []):
            say(f"warning: {w}")
        rows.append(row_from_doc(out.result, _key_for(out.source, out.result, profile)))
        signatures.append(out.signature)
        attachments.append(out.result["document"].get("attachments") or [])
        if on_document is not None:
            on_document(out.result)
    if not rows:
        raise InputError("no report could be scored")
    covers = _cover_pages(rows, attachments)
    for i, report in sorted(covers.items()):
        say(f"note: {rows[i].path} is the web page of {report}, also given: left out of the comparison")
    rows = [r for i, r in enumerate(rows) if i not in covers]
    signatures = [s for i, s in enumerate(signatures) if i not in covers]
    meta: dict[str, Any] = _titles(rows)
    if reuse:
        _attach_reuse(rows, signatures, profile.reuse)
        meta["reuse_method"] = reuse_method(profile.reuse)
    cmp = compare(rows, meta, model=opts.model, years=years, groups=groups)
    if not cmp.rows:
        raise UsageError("no scored report matches --year/--group")
    return ComparisonRun(cmp, errors, len(rows), cached)


def _cover_pages(rows: list[Any], attachments: list[list[str]]) -> dict[int, str]:
    """Web pages that only link their report, when that report is among the inputs too (a crawl
    saves the page and the file it links): ``{index: path of the report}``. Ranked, such a page
    would be a second report of its issuer that year with a few points."""
    from urllib.parse import unquote, urlsplit

    by_name: dict[str, int] = {}
    for i, r in enumerate(rows):
        by_name.setdefault(Path(r.path).name.lower(), i)
    out: dict[int, str] = {}
    for i, (row, links) in enumerate(zip(rows, attachments, strict=True)):
        if not row.in_attachment:
            continue
        for link in links:
            try:
                name = unquote(urlsplit(link).path).rsplit("/", 1)[-1].lower()
            except ValueError:
                continue
            j = by_name.get(name)
            if j is not None and j != i and not rows[j].in_attachment:
                out[i] = rows[j].path
                break
    return out


def _attach_reuse(rows: list[Any], signatures: list[bytes | None], cfg: Any) -> None:
    """Text reuse of every row (datasketch LSH over all sentences of the set)."""
    from .compare import TextReuse

    sigs = [None if b is None else Signature.from_bytes(b) for b in signatures]
    found = find_reuse([(r.issuer_key, r.year, sig) for r, sig in zip(rows, sigs, strict=True)], cfg)
    for row, reuse in zip(rows, found, strict=True):
        if reuse is None:
            continue
        prior = rows[reuse.prior] if reuse.prior is not None else None
        row.reuse = TextReuse(
            sentences=reuse.sentences,
            boilerplate=reuse.boilerplate,
            prior_year=prior.year if prior else None,
            prior_path=prior.path if prior else None,
            repeated=reuse.repeated,
            peers=tuple((rows[p.index].issuer, rows[p.index].year, rows[p.index].path, p.share) for p in reuse.peers),
        )


def reuse_method(cfg: Any) -> str:
    """How text reuse was measured, for every output that shows it."""
    return (
        f"句子级近似重复：句子统一为简体、半角，数字替换为#，去除标点后取字符{cfg.shingle}-gram，"
        f"用MinHash（{cfg.num_perm}个置换，datasketch LSH检索）估计Jaccard相似度，≥{cfg.threshold:g}即视为重复；"
        f"少于{cfg.min_chars}字的句子和标题不比较。套话（指导思想、“现将……报告如下”等，structure.yaml reuse.boilerplate）"
        f"以及在至少{cfg.common_min}个且不少于{cfg.common_share:.0%}的单位报告中都出现的句子单列为套话，不计入重复比例的分子和分母。"
        "与上年重复比例 = 与同一单位上一年度报告重复的句数 ÷ 比较句数；与其他报告的共有比例同理。"
    )


def _key_for(source: Source, doc: dict[str, Any], profile: Any) -> str | None:
    """The comparison key: a manifest's, else the document's — with a city from the file's
    folder when the report names none (reports/南京市/鼓楼区2021.pdf)."""
    from .detect import issuer_key

    if source.issuer_key:
        return source.issuer_key
    d = doc["document"]
    if d.get("issuer_key_ambiguous") and d.get("issuer"):
        folders = tuple(reversed(Path(source.path).parent.parts[-3:]))
        k = issuer_key(d["issuer"], profile, folders=folders)
        if not k.ambiguous:
            return k.key
    return None


def _titles(rows: list[Any]) -> dict[str, Any]:
    """Item, area and key-figure titles of the checklists the rows were scored with (for the outputs)."""
    items: dict[str, str] = {}
    areas: dict[str, str] = {}
    item_areas: dict[str, str] = {}
    figures: dict[str, tuple[str, str]] = {}
    flags: dict[str, str] = {}
    for cid in sorted({r.checklist for r in rows}):
        try:
            cl = load_checklist(cid)
        except CheckerError:
            continue
        for it in cl.items:
            items.setdefault(it.id, it.title)
            item_areas.setdefault(it.id, it.area)
        for a in cl.areas:
            areas.setdefault(a.id, a.title)
        if cl.figures is not None:
            for spec in cl.figures.figures:
                figures.setdefault(spec.id, (spec.title, spec.unit))
            for code, text in cl.figures.flags.items():
                flags.setdefault(code, text)
    return {"items": items, "areas": areas, "item_areas": item_areas, "figures": figures, "figure_flags": flags}
