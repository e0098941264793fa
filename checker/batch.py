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
    _dir_stamp,
    available_checklists,
    checklist_for_year,
    checklists_dir,
    load_checklist,
    resolve_checklist_path,
)
from .errors import CheckerError, InputError, UsageError
from .files import read_regular
from .load import read_document
from .model import GradeBand
from .waivers import WaiverSet, load_waivers

REPORT_SUFFIXES = {".txt", ".text", ".md"}
MANIFEST_SUFFIXES = {".csv", ".yaml", ".yml"}


@dataclass(frozen=True)
class Source:
    """One report to score, with what a manifest says about it."""

    path: str
    issuer: str | None = None
    year: int | None = None
    group: str | None = None


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


@dataclass
class CollectResult:
    sources: list[Source] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def collect(paths: list[str]) -> CollectResult:
    """Files, directories (recursively, report files only) and manifests → sources."""
    out = CollectResult()
    seen: set[str] = set()

    def add(src: Source) -> None:
        key = os.path.abspath(src.path)
        if key not in seen:
            seen.add(key)
            out.sources.append(src)

    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES and not f.name.startswith("."):
                    add(Source(str(f)))
        elif path.suffix.lower() in MANIFEST_SUFFIXES and path.is_file():
            try:
                for src in read_manifest(path):
                    add(src)
            except InputError as exc:
                out.errors.append(str(exc))
        else:
            add(Source(str(path)))  # missing or odd files are reported when scored
    return out


#: A manifest lists reports, it does not hold them: a larger file is not a manifest.
MAX_MANIFEST_BYTES = 5 * 1024 * 1024


def read_manifest(path: Path) -> list[Source]:
    """CSV (header: path, issuer, year, group) or YAML (a list of such mappings).

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
        issuer = row.get("issuer")
        group = row.get("group")
        sources.append(
            Source(
                str(full),
                str(issuer).strip() if issuer not in (None, "") else None,
                year,
                str(group).strip() if group not in (None, "") else None,
            )
        )
    return sources


# ----------------------------------------------------------------------------- cache


def cache_root() -> Path:
    base = os.environ.get("CHECKER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "checker"
    )
    return Path(base) / "scores"


@lru_cache(maxsize=8)
def _checklist_fingerprint(ref: str | None, stamp: tuple) -> str:
    """Hash of the checklist files that may score a report (an edit invalidates the cache).

    With automatic selection by year every shipped checklist may be used, so all count.
    """
    h = hashlib.sha256()
    if ref:
        path = resolve_checklist_path(ref)
        cl = load_checklist(path)
        files = [path, *sorted(path.parent.glob("common/*.yaml"))]
        h.update(f"{cl.id}-{cl.version}".encode())
    else:
        d = checklists_dir()
        files = sorted(d.glob("*.yaml")) + sorted(d.glob("common/*.yaml"))
    for f in [*files, checklists_dir() / "schema.json"]:
        try:
            h.update(f.read_bytes())
        except OSError:
            pass
    return h.hexdigest()[:16]


class ScoreCache:
    """Score documents on disk, keyed by file hash, checklist version and options."""

    def __init__(self, root: Path | None = None, enabled: bool = True) -> None:
        self.root = root or cache_root()
        self.enabled = enabled

    def key(self, sha256: str, source: Source, opts: ScoreOptions, year: int | None) -> str:
        grades = ",".join(f"{g.label}:{g.min:g}" for g in opts.grades) if opts.grades else ""
        waivers = ""
        if opts.waivers:  # its content and today's date (expiry) decide what is waived
            digest = _waivers_digest(opts.waivers, Path(opts.waivers).stat().st_mtime_ns)
            waivers = digest + dt.date.today().isoformat()
        parts = [
            sha256,
            _checklist_fingerprint(opts.checklist, _dir_stamp(checklists_dir())),
            opts.model or "",
            grades,
            source.issuer or "",
            str(source.year or ""),
            waivers,
            opts.evidence,
            __version__,
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.enabled and self._file(key).is_file()

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        try:
            return json.loads(self._file(key).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    def put(self, key: str, doc: dict[str, Any]) -> None:
        if not self.enabled:
            return
        d = self.root / key[:2]
        d.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
        os.replace(tmp, d / f"{key}.json")


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
    source, opts, data = task
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
        out = res.to_dict(opts.evidence)
        if source.group:
            out["document"]["group"] = source.group
        return out, None
    except CheckerError as exc:
        return None, str(exc)
    except Exception as exc:  # one bad file never stops a batch
        return None, f"{source.path}: unexpected error while scoring ({type(exc).__name__}: {exc})"


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
    sources: list[Source], opts: ScoreOptions, jobs: int = 1, cache: ScoreCache | None = None, progress: Any = None
) -> Iterator[Outcome]:
    """Score every source (cache first, then ``jobs`` worker processes); yields in input order.

    Cached documents are read when their turn comes and new ones are consumed as workers
    finish, so only a few score documents are in memory at any time.
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
        plan.append((src, key, key is not None and cache.has(key)))
    misses = [(src, opts, None) for src, _, hit in plan if not hit]

    def outcomes(results: Iterator[tuple[dict[str, Any] | None, str | None]]) -> Iterator[Outcome]:
        for src, key, hit in plan:
            out = None
            if hit:
                doc = cache.get(key)  # type: ignore[arg-type]
                if doc is not None:
                    doc["document"]["path"] = src.path
                    out = Outcome(src, doc, cached=True)
                else:  # vanished since planned: score it here
                    out = Outcome(src, *_score_one((src, opts, None)))
            else:
                doc, err = next(results)
                if doc is not None and key is not None:
                    cache.put(key, doc)
                out = Outcome(src, doc, err)
            if progress is not None:
                progress.update(1)
            yield out

    if jobs > 1 and len(misses) > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            yield from outcomes(pool.map(_score_one, misses, chunksize=4))
    else:
        yield from outcomes(_score_one(t) for t in misses)


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
) -> ComparisonRun:
    """Score every report found in ``paths`` and compare them (the Python twin of `checker compare`).

    ``on_document(doc)`` receives each score document as it arrives (for streaming exports),
    ``on_message(text)`` each error or warning, ``progress(total)`` is called once the inputs
    are known and returns an object whose ``update(1)`` is called per report; only compact
    rows are kept in memory.
    """
    from .compare import compare, row_from_doc

    opts = opts or ScoreOptions()
    say = on_message or (lambda _msg: None)
    if opts.waivers:
        load_waivers(opts.waivers)  # validate once, before any work
    found = collect(list(paths))
    errors = list(found.errors)
    if not found.sources:  # nothing to score: the reason is the one error
        if len(errors) == 1:
            raise InputError(errors[0])
        raise UsageError("no report files found in " + ", ".join(map(str, paths)))
    for e in errors:
        say(f"error: {e}")
    ref = opts.checklist or checklist_for_year(None)
    profile = load_checklist(ref).profile
    rows = []
    cached = 0
    bar = progress(len(found.sources)) if progress is not None else None
    for out in score_sources(found.sources, opts, jobs=jobs, cache=ScoreCache(enabled=use_cache), progress=bar):
        if out.result is None:
            errors.append(out.error or f"{out.source.path}: not scored")
            say(f"error: {out.error}")
            continue
        cached += out.cached
        for w in out.result.get("warnings", []):
            say(f"warning: {out.source.path}: {w}")
        rows.append(row_from_doc(out.result, profile))
        if on_document is not None:
            on_document(out.result)
    if not rows:
        raise InputError("no report could be scored")
    return ComparisonRun(compare(rows, _titles(rows)), errors, len(rows), cached)


def _titles(rows: list[Any]) -> dict[str, dict[str, str]]:
    """Item and area titles of the checklists the rows were scored with (for the outputs)."""
    items: dict[str, str] = {}
    areas: dict[str, str] = {}
    item_areas: dict[str, str] = {}
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
    return {"items": items, "areas": areas, "item_areas": item_areas}
