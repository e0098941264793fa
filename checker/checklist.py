"""Checklists are data: YAML files validated by a JSON Schema, compiled into :mod:`checker.model`.

Errors always name the file, the line and the field (``items[3].match.any[2]``) so that a
legal-affairs officer editing a synonym list can find the mistake without reading Python.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import ChecklistError, UsageError
from .files import read_regular
from .model import (
    DEFAULT_COVERAGE_PARTS,
    PARTS,
    Area,
    Checklist,
    Element,
    FigurePattern,
    FigureProfile,
    FigureSpec,
    GradeBand,
    HeadingPattern,
    IssuerNames,
    IssuerPattern,
    Item,
    LineJoining,
    MentionRole,
    NumberGrammar,
    ReuseConfig,
    ScoringConfig,
    StructureProfile,
)
from .normalize import normalize_term, to_simplified
from .patterns import BoundedPattern, required_strings
from .resources import cache_dir, data_dir, read_private_pickle, write_private_pickle
from .rules import LINT_PROBES, Literal, RuleCompiler, compile_user_regex, fmt_path, walk, yaml_line

#: A checklist that expands to more nodes than this (e.g. "billion laughs" aliases) is refused.
MAX_YAML_NODES = 200_000
MAX_YAML_BYTES = 5 * 1024 * 1024

DEFAULT_GRADES = (GradeBand(90, "优秀"), GradeBand(80, "良好"), GradeBand(60, "合格"), GradeBand(0, "不合格"))


def checklists_dir() -> Path:
    """Where the shipped checklists live (source checkout, or installed package data)."""
    env = os.environ.get("CHECKER_CHECKLISTS")
    if env:
        return Path(env)
    return data_dir("checklists")


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    path = checklists_dir() / "schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- YAML with lines


def load_yaml(path: Path) -> tuple[Any, dict[tuple, int]]:
    """Parse YAML safely and return (data, {field path: line number})."""
    name = str(path)
    raw = read_regular(path, MAX_YAML_BYTES, ChecklistError, "checklist file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ChecklistError(f"{name}: checklist is not UTF-8 (byte {exc.start})") from None
    # libyaml's C parser when PyYAML has it (10× faster); one parse gives nodes (with their
    # lines) and, from the same nodes, the data.
    loader = _LOADER(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            raise ChecklistError(f"{name}:{line}: YAML error: {exc.problem or exc}") from None
        except yaml.YAMLError as exc:
            raise ChecklistError(f"{name}: YAML error: {exc}") from None
        if node is None:
            raise ChecklistError(f"{name}:1: checklist file is empty")
        lines: dict[tuple, int] = {}
        _expanded_size(node, {}, name)
        _collect_lines(node, (), lines)
        _check_scalars(loader, node, name, set())
        try:
            data = loader.construct_document(node)
        except (yaml.YAMLError, ValueError, TypeError) as exc:
            raise ChecklistError(f"{name}: YAML error: {exc}") from None
    finally:
        loader.dispose()
    return data, lines


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_FLOAT = "tag:yaml.org,2002:float"


def _check_scalars(loader: Any, node: yaml.Node, name: str, seen: set[int]) -> None:
    """Values YAML resolves but cannot construct (an impossible date, 2027-02-30) named by line."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _FLOAT and node.value.lower().lstrip("+-") in (".nan", ".inf"):
            raise ChecklistError(
                f"{name}:{node.start_mark.line + 1}: {node.value!r} is not a finite number (a weight or score "
                "must be an ordinary number)"
            )
        if node.tag == _TIMESTAMP:
            try:
                loader.construct_yaml_timestamp(node)
            except (ValueError, OverflowError):
                raise ChecklistError(
                    f"{name}:{node.start_mark.line + 1}: {node.value!r} is not a valid date (YYYY-MM-DD)"
                ) from None
    elif isinstance(node, yaml.SequenceNode):
        for c in node.value:
            _check_scalars(loader, c, name, seen)
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            _check_scalars(loader, k, name, seen)
            _check_scalars(loader, v, name, seen)


def _expanded_size(node: yaml.Node, memo: dict[int, int], name: str) -> int:
    """Size after alias expansion, computed without expanding (guards against YAML bombs)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # cycles count once
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(c, memo, name) for c in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, memo, name) + _expanded_size(v, memo, name) for k, v in node.value)
    if size > MAX_YAML_NODES:
        raise ChecklistError(
            f"{name}:{node.start_mark.line + 1}: YAML expands to more than {MAX_YAML_NODES} nodes "
            "(aliases/anchors nested too deep?)"
        )
    memo[key] = size
    return size


def _collect_lines(node: yaml.Node, path: tuple, lines: dict[tuple, int], depth: int = 0) -> None:
    """Record the line of every field; a mapping value is located by its key's line."""
    if depth > 60:
        return
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k)
            lines[path + (key,)] = k.start_mark.line + 1
            _collect_lines(v, path + (key,), lines, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, c in enumerate(node.value):
            _collect_lines(c, path + (i,), lines, depth + 1)


def schema_errors(data: Any, lines: dict[tuple, int], kind: str, name: str) -> list[str]:
    """All schema violations of one file, as 'file:line: field: message' strings."""
    schema = {"$ref": f"#/$defs/{kind}", "$defs": _schema()["$defs"]}
    import jsonschema  # imported when a file is validated (0.1 s at start-up otherwise)

    validator = jsonschema.Draft202012Validator(schema)
    out = []
    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        path = tuple(err.absolute_path)
        line = yaml_line(lines, path)
        out.append(f"{name}:{line}: {fmt_path(path)}: {_schema_message(err)}")
    return out


def _schema_message(err: Any) -> str:
    if err.validator == "additionalProperties":
        return f"unknown field(s): {err.message.split('(')[-1].rstrip(')')}"
    if err.validator == "required":
        return f"missing field: {err.message}"
    return err.message


# ---------------------------------------------------------------------------- loading


def copy_checklists(dest: str | Path, force: bool = False) -> list[Path]:
    """Copy the shipped checklists (top-level files, ``common/``, the schema, the README) into
    ``dest`` for a legal-affairs office to edit: the rules are data, and an installed checker
    keeps its own copy inside the package. Existing files are not overwritten unless ``force``.
    """
    src = checklists_dir()
    files = sorted(
        [p for p in src.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml", ".json", ".md")]
        + [p for p in (src / "common").iterdir() if p.is_file() and p.suffix in (".yaml", ".yml")]
    )
    dest = Path(dest)
    targets = [dest / p.relative_to(src) for p in files]
    clash = [t for t in targets if t.exists()]
    if clash and not force:
        raise UsageError(f"{clash[0]} exists ({len(clash)} file(s) would be overwritten); use --force")
    for p, t in zip(files, targets, strict=True):
        try:
            t.parent.mkdir(parents=True, exist_ok=True)
            t.write_bytes(p.read_bytes())
        except OSError as exc:
            raise UsageError(f"cannot write {t}: {exc.strerror or exc}") from None
    return targets


def resolve_checklist_path(ref: str | Path) -> Path:
    """A checklist id (``outline-2021``) or a path to a YAML file."""
    p = Path(ref)
    if p.suffix in (".yaml", ".yml") or p.exists():
        return p
    cand = checklists_dir() / f"{ref}.yaml"
    if cand.exists():
        return cand
    known = ", ".join(c["id"] for c in available_checklists())
    raise UsageError(f"unknown checklist {str(ref)!r}; known: {known}")


_STAT_TTL = 2.0  # seconds between checks of the checklist files for changes
_stamps: dict[str, tuple[float, tuple]] = {}


def _dir_stamp(d: Path) -> tuple:
    """Names and mtimes of a checklist directory, re-read at most every _STAT_TTL seconds.

    Scoring a batch of reports would otherwise stat every checklist file for every report.
    """
    key = str(d)
    now = time.monotonic()
    cached = _stamps.get(key)
    if cached and now - cached[0] < _STAT_TTL:
        return cached[1]
    files = sorted(d.glob("*.yaml")) + sorted(d.glob("common/*.yaml"))
    stamp = tuple((str(p), p.stat().st_mtime) for p in files)
    _stamps[key] = (now, stamp)
    return stamp


def available_checklists() -> list[dict[str, Any]]:
    """Top-level checklist files with their id and report years (for automatic selection)."""
    d = checklists_dir()
    return [dict(c) for c in _available(str(d), _dir_stamp(d))]


@lru_cache(maxsize=4)
def _available(directory: str, stamp: tuple) -> tuple[dict[str, Any], ...]:
    out = []
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        except (yaml.YAMLError, OSError, UnicodeDecodeError, ValueError):
            continue
        if isinstance(data, dict) and data.get("kind") == "checklist":
            years = data.get("years") or {}
            out.append({"id": data.get("id"), "path": path, "from": years.get("from"), "to": years.get("to")})
    return tuple(out)


def checklist_for_year(year: int | None) -> Path:
    """Pick the Outline checklist whose report years include ``year`` (newest when unknown)."""
    cands = available_checklists()
    if not cands:
        raise ChecklistError(f"no checklist files in {checklists_dir()}")
    if year is not None:
        for c in cands:
            if c["from"] is not None and c["to"] is not None and c["from"] <= year <= c["to"]:
                return c["path"]
        first = min(cands, key=lambda c: c["from"] or 0)
        if first["from"] is not None and year < first["from"]:
            return first["path"]  # a report on a year before every checklist: the earliest Outline
    return max(cands, key=lambda c: c["from"] or 0)["path"]


@lru_cache(maxsize=16)
def _load_cached(path: str, stamp: Any) -> Checklist:
    key = _compiled_key(Path(path))
    got = _read_compiled(key) if key else None
    if got is None:
        got = _load(Path(path))
        if key:
            _write_compiled(key, got)
    return got


# ------------------------------------------------------------------ compiled-checklist cache
#
# Validating and compiling the shipped checklists (schema, ~300 regexes checked and compiled)
# takes longer than scoring a report. The result is kept on disk, keyed by the bytes of every
# file it was made from and by checker's own code, so any edit to either makes a new entry.
# The entry is a pickle: it is read only from a file the user owns and nobody else can write.


@lru_cache(maxsize=1)
def code_digest() -> str:
    """checker's own source and the Python version (a pickle is only good for both; a cached
    score only for the code that scored it)."""
    import sys

    sources = sorted(Path(__file__).parent.glob("*.py"))
    if not sources:  # installed without its sources: no way to tell versions apart, no cache
        return ""
    h = hashlib.sha256(sys.version.encode())
    for f in sources:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def files_digest(files: Iterable[str | Path]) -> str:
    """SHA-256 of files' names and bytes, in order (a missing file counts as missing): what
    the caches of compiled checklists and of scores are keyed on."""
    h = hashlib.sha256()
    for f in files:
        h.update(str(f).encode("utf-8", "surrogateescape") + b"\0")
        try:
            h.update(hashlib.sha256(Path(f).read_bytes()).digest())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()


def _compiled_key(path: Path) -> str | None:
    """Digest of the checklist, the files it includes, the schema and checker's code (None
    when checker's code cannot be told apart). A file that cannot be read makes the load fail,
    which is never cached."""
    code = code_digest()
    if not code:
        return None
    files = [f.resolve() for f in [*_made_from(path), checklists_dir() / "schema.json"]]
    return hashlib.sha256((code + files_digest(files)).encode()).hexdigest()


def _compiled_path(key: str) -> Path:
    return cache_dir("checklists") / f"{key}.pickle"


def _read_compiled(key: str) -> Checklist | None:
    got = read_private_pickle(_compiled_path(key))
    return got if isinstance(got, Checklist) else None


def _write_compiled(key: str, checklist: Checklist) -> None:
    """Each edit of a checklist makes a new entry: the most recently written ones are kept."""
    write_private_pickle(_compiled_path(key), checklist, keep=MAX_COMPILED_ENTRIES)


#: Compiled checklists kept in the cache (about 130 KB each).
MAX_COMPILED_ENTRIES = 16


def load_checklist(ref: str | Path) -> Checklist:
    """Load, validate and compile a checklist (cached while its files are unchanged).

    Shipped checklists are re-checked at most every few seconds (a batch scores many reports
    with them); a user's checklist file is checked on every call.
    """
    path = resolve_checklist_path(ref)
    shipped = checklists_dir()
    try:
        if path.parent == shipped:
            stamp: Any = _dir_stamp(shipped)
        else:
            stamp = _file_stamps(path)
    except OSError:
        raise ChecklistError(f"{path}: no such checklist file") from None
    return _load_cached(str(path), stamp)


def load_profile(ref: str | Path) -> StructureProfile:
    """The structure profile a checklist includes (enough to find a report's year before its
    era's checklist is chosen).

    The whole checklist is loaded: from the compiled-checklist cache that costs milliseconds,
    and compiling the profile alone would cost more than that on every run.
    """
    return load_checklist(ref).profile


def _made_from(path: Path) -> list[Path]:
    """A checklist file and the files it includes (as far as can be told without loading it)."""
    files = [path]
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_LOADER)
        files += [path.parent / inc for inc in (data or {}).get("include", []) if isinstance(inc, str)]
    except (OSError, ValueError, yaml.YAMLError, AttributeError):
        pass  # the real load reports the problem with file and line
    return files


def _file_stamps(path: Path) -> tuple:
    """Modification times of a user checklist and of every file it includes (wherever they are)."""
    out = []
    for f in _made_from(path):
        try:
            st = f.stat()
            out.append((str(f), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(f), 0, 0))
    return tuple(out)


def lint_checklist(ref: str | Path) -> list[str]:
    """Every problem found in a checklist file (empty list = clean)."""
    path = resolve_checklist_path(ref)
    problems: list[str] = []
    token = LINT_PROBES.set(True)  # lint also tries each pattern on adversarial text
    try:
        _load(path, problems)
    except ChecklistError as exc:
        msg = str(exc)
        if msg not in problems:
            problems.append(msg)
    finally:
        LINT_PROBES.reset(token)
    return problems


def _parse_include(inc_path: Path, inc_name: str, problems: list[str] | None) -> tuple[str, Any, dict]:
    inc_data, inc_lines = load_yaml(inc_path)
    inc_kind = inc_data.get("kind") if isinstance(inc_data, dict) else None
    if inc_kind not in ("structure", "items", "figures"):
        raise ChecklistError(f"{inc_name}:1: kind: must be 'structure', 'items' or 'figures'")
    _check_schema(inc_data, inc_lines, inc_kind, inc_name, problems)
    return inc_kind, inc_data, inc_lines


def _compile_items(idata: dict, compiler: RuleCompiler, iname: str, ilines: dict) -> tuple[Item, ...]:
    return tuple(_compile_item(raw, i, compiler, iname, ilines) for i, raw in enumerate(idata["items"]))


#: Included files already parsed, checked and compiled in this process, by name and content.
_INCLUDES: dict[tuple, Any] = {}
MAX_INCLUDES = 64


def _include_memo(inc_path: Path, inc_name: str, problems: list[str] | None):
    """Both Outline checklists include the same common files: each is parsed, checked and
    compiled once per process (keyed by its bytes, so an edited file is compiled again).
    Lint (which collects every problem and probes every pattern) always starts afresh."""
    try:
        digest = hashlib.sha256(inc_path.read_bytes()).hexdigest()
    except OSError:
        digest = None  # load_yaml reports the problem
    fresh = problems is not None or LINT_PROBES.get() or digest is None

    def memo(what: Any, make: Any, *args: Any) -> Any:
        if fresh:
            return make(*args)
        key = (inc_name, digest, what)
        if key not in _INCLUDES:
            if len(_INCLUDES) >= MAX_INCLUDES:  # a long session editing checklists: start afresh
                _INCLUDES.clear()
            _INCLUDES[key] = make(*args)
        return _INCLUDES[key]

    return memo


def _load(path: Path, problems: list[str] | None = None) -> Checklist:
    data, lines = load_yaml(path)
    name = str(path)
    if not isinstance(data, dict):
        raise ChecklistError(f"{name}:1: a checklist file must be a mapping")
    kind = data.get("kind")
    if kind != "checklist":
        raise ChecklistError(
            f"{name}:{yaml_line(lines, ('kind',))}: kind: expected 'checklist' for a top-level checklist "
            f"(this file is {kind!r}; lint the checklist that includes it)"
        )
    _check_schema(data, lines, "checklist", name, problems)
    profile: StructureProfile | None = None
    figures: FigureProfile | None = None
    item_sources: list[tuple[dict, dict[tuple, int], str, Any]] = []
    loaded = [str(path.resolve()), str((checklists_dir() / "schema.json").resolve())]
    for i, inc in enumerate(data["include"]):
        inc_path = (path.parent / inc).resolve()
        loaded.append(str(inc_path))
        if not inc_path.is_relative_to(path.parent.resolve()):  # a resolved path, not a string prefix
            raise ChecklistError(
                f"{name}:{yaml_line(lines, ('include', i))}: include[{i}]: must stay inside {path.parent}"
            )
        inc_name = str(path.parent / inc)
        memo = _include_memo(inc_path, inc_name, problems)
        inc_kind, inc_data, inc_lines = memo("parsed", _parse_include, inc_path, inc_name, problems)
        if inc_kind == "figures":
            if figures is not None:
                raise ChecklistError(f"{name}:{yaml_line(lines, ('include', i))}: include: more than one figures file")
            figures = memo("figures", _compile_figures, inc_data, inc_lines, inc_name)
        elif inc_kind == "structure":
            if profile is not None:
                raise ChecklistError(
                    f"{name}:{yaml_line(lines, ('include', i))}: include: more than one structure profile"
                )
            profile = memo("profile", _compile_profile, inc_data, inc_lines, inc_name)
        else:
            item_sources.append((inc_data, inc_lines, inc_name, memo))
    if profile is None:
        raise ChecklistError(
            f"{name}:{yaml_line(lines, ('include',))}: include: no structure profile (kind: structure)"
        )
    if not item_sources:
        raise ChecklistError(f"{name}:{yaml_line(lines, ('include',))}: include: no items file (kind: items)")

    areas = tuple(Area(a["id"], a["title"], float(a.get("weight", 1))) for a in data["areas"])
    area_ids = {a.id for a in areas}
    seen_area: set[str] = set()
    for i, a in enumerate(areas):
        if a.id in seen_area:
            raise ChecklistError(
                f"{name}:{yaml_line(lines, ('areas', i, 'id'))}: areas[{i}].id: duplicate area id {a.id!r}"
            )
        seen_area.add(a.id)

    items: list[Item] = []
    seen: dict[str, str] = {}
    for idata, ilines, iname, memo in item_sources:
        compiler = RuleCompiler(iname, ilines, PARTS, profile.role_names)
        compiled = memo(("items", profile.role_names), _compile_items, idata, compiler, iname, ilines)
        for i, raw in enumerate(idata["items"]):
            where = f"{iname}:{yaml_line(ilines, ('items', i, 'id'))}"
            if raw["id"] in seen:
                raise ChecklistError(
                    f"{where}: items[{i}].id: duplicate item id {raw['id']!r} (first defined at {seen[raw['id']]})"
                )
            seen[raw["id"]] = where
            if raw["area"] not in area_ids:
                raise ChecklistError(
                    f"{iname}:{yaml_line(ilines, ('items', i, 'area'))}: items[{i}].area: unknown area {raw['area']!r}; "
                    f"areas of {data['id']}: {', '.join(sorted(area_ids))}"
                )
            items.append(compiled[i])

    overrides = data.get("overrides") or {}
    by_id = {it.id: n for n, it in enumerate(items)}
    for item_id, ov in overrides.items():
        if item_id not in by_id:
            raise ChecklistError(
                f"{name}:{yaml_line(lines, ('overrides', item_id))}: overrides.{item_id}: no such item"
            )
        n = by_id[item_id]
        items[n] = replace(
            items[n],
            weight=float(ov.get("weight", items[n].weight)),
            source=ov.get("source", items[n].source),
            scored=ov.get("scored", items[n].scored),
        )

    sc = data.get("scoring") or {}
    grades = tuple(sorted((GradeBand(float(g["min"]), g["label"]) for g in sc.get("grades", [])), key=lambda g: -g.min))
    if data.get("structure_area") and data["structure_area"] not in area_ids:
        raise ChecklistError(
            f"{name}:{yaml_line(lines, ('structure_area',))}: structure_area: unknown area {data['structure_area']!r}"
        )
    years = data["years"]
    if years["from"] > years["to"]:
        raise ChecklistError(f"{name}:{yaml_line(lines, ('years',))}: years: 'from' is after 'to'")
    literals = sorted({t for it in items for r in _item_rules(it) for t in r.literals()})
    # (the patterns searched sentence by sentence across a report: item rules, mention roles and
    # the key figures' hint — not the profile's line cues, whose strings would only lengthen the pass)
    searched = (items, profile.mentions, figures.hint if figures is not None else None)
    required = sorted({s for p in _patterns_in(searched) for req in p.checks for s in req})
    return Checklist(
        id=data["id"],
        title=data["title"],
        version=str(data["version"]),
        source=data["source"],
        era=str(data["era"]),
        years=(years["from"], years["to"]),
        areas=areas,
        items=tuple(items),
        scoring=ScoringConfig(
            model=sc.get("model", "weighted"),
            partial_credit=float(sc.get("partial_credit", 0.5)),
            planned_credit=float(sc.get("planned_credit", 0.0)),
            grades=grades or DEFAULT_GRADES,
        ),
        profile=profile,
        path=name,
        literals=tuple(literals),
        required=tuple(required),
        word_terms=tuple(
            sorted(
                {n.term for it in items for r in _item_rules(it) for n in walk(r) if isinstance(n, Literal) and n.word}
            )
        ),
        structure_area=data.get("structure_area", ""),
        sources=tuple(loaded),
        figures=figures,
    )


def _patterns_in(obj: Any) -> Iterator[BoundedPattern]:
    """Every pattern reachable from ``obj`` (items, rule trees, profiles). Not a list kept by
    hand: a pattern missed here would still be searched correctly, only without the index."""
    seen: set[int] = set()
    todo = [obj]
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, str | bytes | int | float | bool) or o is None:
            continue
        seen.add(id(o))
        if isinstance(o, BoundedPattern):
            yield o
        elif isinstance(o, tuple | list | set | frozenset):
            todo.extend(o)
        elif isinstance(o, dict):
            todo.extend(o.values())
        elif type(o).__module__.startswith("checker.") and hasattr(o, "__dict__"):
            todo.extend(vars(o).values())  # (checker's own objects only: never a module's globals)


def _item_rules(item: Item):
    yield item.match
    if item.exclude is not None:
        yield item.exclude
    if item.generic is not None:
        yield item.generic
    for el in item.elements:
        yield el.rule


def _check_schema(data: Any, lines: dict[tuple, int], kind: str, name: str, problems: list[str] | None) -> None:
    errs = schema_errors(data, lines, kind, name)
    if not errs:
        return
    if problems is not None:
        problems.extend(errs)
    raise ChecklistError(
        errs[0] + (f" (and {len(errs) - 1} more problem(s); run 'checker checklist lint')" if len(errs) > 1 else "")
    )


def _compile_item(raw: dict, i: int, compiler: RuleCompiler, name: str, lines: dict[tuple, int]) -> Item:
    base = ("items", i)
    roles = compiler.roles_field(raw.get("mentions"), base + ("mentions",))
    elements: list[Element] = []
    el_ids: set[str] = set()
    for j, el in enumerate(raw.get("elements") or []):
        if el["id"] in el_ids:
            compiler.fail(base + ("elements", j, "id"), f"duplicate element id {el['id']!r}")
        el_ids.add(el["id"])
        elements.append(
            Element(el["id"], el["title"], compiler.compile(el["match"], base + ("elements", j, "match"), roles=roles))
        )
    required = raw.get("require_elements", len(elements))
    if elements and required > len(elements):
        compiler.fail(base + ("require_elements",), f"{required} is more than the {len(elements)} elements")
    if "require_elements" in raw and not elements:
        compiler.fail(base + ("require_elements",), "require_elements without elements")
    match = compiler.compile(raw["match"], base + ("match",), roles=roles)
    if not match.selects():
        compiler.fail(base + ("match",), "the match rule has no positive term or regex")
    return Item(
        id=raw["id"],
        title=raw["title"],
        area=raw["area"],
        weight=float(raw["weight"]),
        source=raw["source"],
        applies=str(raw["applies"]),
        scored=bool(raw.get("scored", True)),
        description=raw["covered"],
        remediation=raw["remediation"].strip(),
        parts=frozenset(raw.get("parts") or DEFAULT_COVERAGE_PARTS),
        match=match,
        # an exclusion sees every hit, whatever its role: the sentence uses the term otherwise
        exclude=compiler.compile(raw["exclude"], base + ("exclude",), roles=compiler.all_roles)
        if "exclude" in raw
        else None,
        generic=compiler.compile(raw["generic"], base + ("generic",), roles=roles) if "generic" in raw else None,
        elements=tuple(elements),
        required_elements=int(required),
        line=yaml_line(lines, base),
        mentions=roles,
    )


def _compile_profile(data: dict, lines: dict[tuple, int], name: str) -> StructureProfile:
    def rx(value: str, path: tuple) -> BoundedPattern:
        def fail(msg: str) -> None:
            raise ChecklistError(f"{name}:{yaml_line(lines, path)}: {fmt_path(path)}: {msg}")

        return compile_user_regex(value, fail, f"{name}:{yaml_line(lines, path)}: {fmt_path(path)}")

    def rlist(values: list[str] | None, path: tuple) -> tuple[BoundedPattern, ...]:
        return tuple(rx(v, path + (k,)) for k, v in enumerate(values or []))

    parts = data.get("parts") or {}
    heading_cues = {p: rlist((parts.get(p) or {}).get("heading"), ("parts", p, "heading")) for p in parts}
    short = parts.get("shortcomings") or {}
    paragraph_cues = {p: rlist((parts.get(p) or {}).get("paragraph"), ("parts", p, "paragraph")) for p in parts}
    plan = parts.get("plan") or {}
    headings = tuple(
        HeadingPattern(h["level"], rx(h["pattern"], ("headings", k, "pattern"))) for k, h in enumerate(data["headings"])
    )
    lj = data.get("line_joining") or {}
    ik = data.get("issuer_key") or {}
    yr = data.get("year_range") or [1990, 2100]
    issuers = []
    for k, spec in enumerate(data.get("issuer") or []):
        pat = rx(spec["pattern"], ("issuer", k, "pattern"))
        if "issuer" not in pat.groupindex:
            raise ChecklistError(
                f"{name}:{yaml_line(lines, ('issuer', k))}: issuer[{k}].pattern: needs a group named 'issuer'"
            )
        issuers.append(IssuerPattern(spec["where"], pat.with_flags(re.M)))
    names = data.get("issuer_names") or {}
    for k, p in enumerate(rlist(data.get("year"), ("year",))):
        if p.groups < 1:
            raise ChecklistError(f"{name}:{yaml_line(lines, ('year', k))}: year[{k}]: needs a group capturing the year")
    return StructureProfile(
        headings=headings,
        bare_heading_max_chars=int(data.get("bare_heading_max_chars", 30)),
        bare_subheading=(
            int((data.get("bare_subheading") or {}).get("max_chars", 0)),
            int((data.get("bare_subheading") or {}).get("body_min_chars", 0)),
        ),
        heading_cues=heading_cues,
        paragraph_cues=paragraph_cues,
        transition=rlist(plan.get("transition"), ("parts", "plan", "transition")),
        intention=rlist(plan.get("intention"), ("parts", "plan", "intention")),
        front_matter=rlist(data.get("front_matter"), ("front_matter",)),
        closing=rlist(data.get("closing"), ("closing",)),
        sentence_end=data["sentence_end"],
        mentions=_compile_mentions(data.get("mentions") or {}, rx, rlist),
        opening=rx(data["opening"], ("opening",)) if data.get("opening") else None,
        opening_skip=rlist(data.get("opening_skip"), ("opening_skip",)),
        page_metadata=rlist(data.get("page_metadata"), ("page_metadata",)),
        reopening=rx(data["reopening"], ("reopening",)) if data.get("reopening") else None,
        opening_end=rx(data["opening_end"], ("opening_end",)) if data.get("opening_end") else None,
        shortcoming_sentence=rlist(short.get("sentence"), ("parts", "shortcomings", "sentence")),
        concrete=rlist(data.get("concrete"), ("concrete",)),
        year=tuple(p.with_flags(re.M) for p in rlist(data.get("year"), ("year",))),
        year_range=(int(yr[0]), int(yr[1])),
        year_not_counted=rx(data["year_not_counted"], ("year_not_counted",)) if data.get("year_not_counted") else None,
        subject=rx(data["subject"], ("subject",)) if data.get("subject") else None,
        other_kind=rx(data["other_kind"], ("other_kind",)) if data.get("other_kind") else None,
        other_kind_opening=rx(data["other_kind_opening"], ("other_kind_opening",))
        if data.get("other_kind_opening")
        else None,
        problem=rx(short["problem"], ("parts", "shortcomings", "problem")) if short.get("problem") else None,
        attachment_page_max_chars=int(data.get("attachment_page_max_chars", 0)),
        short_text_chars=int(data.get("short_text_chars", 0)),
        more_reports_title=rx(data["more_reports"]["title"], ("more_reports", "title"))
        if data.get("more_reports")
        else None,
        more_reports_min_chars=int((data.get("more_reports") or {}).get("min_chars", 0)),
        contents_page_ref=rx(data["contents"]["page_ref"], ("contents", "page_ref")) if data.get("contents") else None,
        appendix=rx(data["appendix"], ("appendix",)) if data.get("appendix") else None,
        appendix_plan=rx(data["appendix_plan"], ("appendix_plan",)) if data.get("appendix_plan") else None,
        issuer=tuple(issuers),
        issuer_fallback=_fallback(data, lines, name, rx),
        issuer_strip_suffix=rx(ik["strip_suffix"], ("issuer_key", "strip_suffix")) if "strip_suffix" in ik else None,
        issuer_kinds=tuple(
            (str(k["kind"]), rx(k["pattern"], ("issuer_kinds", i, "pattern")))
            for i, k in enumerate(data.get("issuer_kinds") or [])
        ),
        issuer_aliases=tuple(
            (rx(a["pattern"], ("issuer_key", "aliases", i, "pattern")), str(a.get("replace", "")))
            for i, a in enumerate(ik.get("aliases") or [])
        ),
        issuer_city=rx(ik["city"], ("issuer_key", "city")) if "city" in ik else None,
        issuer_local=rx(ik["local"], ("issuer_key", "local")) if "local" in ik else None,
        issuer_city_folder=rx(ik["city_folder"], ("issuer_key", "city_folder")) if "city_folder" in ik else None,
        issuer_city_before=rx(ik["city_before"], ("issuer_key", "city_before")) if "city_before" in ik else None,
        line_joining=LineJoining(
            min_line_chars=int(lj.get("min_line_chars", 24)),
            headings=tuple(h.pattern for h in headings),
            keep_break_after=rx(lj["keep_break_after"], ("line_joining", "keep_break_after"))
            if "keep_break_after" in lj
            else None,
            keep_break_before=rx(lj["keep_break_before"], ("line_joining", "keep_break_before"))
            if "keep_break_before" in lj
            else None,
            split_over=int(lj.get("split_over", 0)),
            split_single=int(lj.get("split_single", 0)),
            double_spaced=float(lj.get("double_spaced", 0)),
            split_before=rlist(lj.get("split_before"), ("line_joining", "split_before")),
            number_space=rx(lj["number_space"], ("line_joining", "number_space")).with_flags(re.M)
            if "number_space" in lj
            else None,
            page_number=rx(lj["page_number"], ("line_joining", "page_number")) if "page_number" in lj else None,
            own_line=rx(lj["own_line"], ("line_joining", "own_line")) if "own_line" in lj else None,
            enumeration_comma=rx(lj["enumeration_comma"], ("line_joining", "enumeration_comma"))
            if "enumeration_comma" in lj
            else None,
            quoted_title=rx(lj["quoted_title"], ("line_joining", "quoted_title")) if "quoted_title" in lj else None,
            regional_words=_regional_words(lj.get("regional_words") or {}, name, lines),
        ),
        issuer_fallback_min=int((data.get("issuer_fallback") or {}).get("min_count", 2)),
        issuer_names=_issuer_names(names, rx),
        reuse=_reuse(data.get("reuse") or {}, rlist),
    )


def _regional_words(spec: dict, name: str, lines: dict) -> tuple[tuple[str, str], ...]:
    """structure.yaml ``line_joining.regional_words``: the matching form keeps every offset, so a
    word is only ever replaced by one of its own length (the schema has checked they are Han)."""
    out = []
    for word, meant in spec.items():
        path = ("line_joining", "regional_words", word)
        if len(word) != len(meant):
            raise ChecklistError(
                f"{name}:{yaml_line(lines, path)}: {fmt_path(path)}: {meant!r} is not as long as {word!r}"
            )
        out.append((to_simplified(word), to_simplified(meant)))
    # (the longest first, so a longer word is read before a shorter one inside it)
    return tuple(sorted(out, key=lambda pair: -len(pair[0])))


def _reuse(spec: dict, rlist) -> ReuseConfig:
    """structure.yaml ``reuse`` (the schema has checked the names and ranges of the settings)."""
    settings = {k: v for k, v in spec.items() if k != "boilerplate"}
    return replace(ReuseConfig(), **settings, boilerplate=rlist(spec.get("boilerplate"), ("reuse", "boilerplate")))


def _issuer_names(spec: dict, rx) -> IssuerNames:
    base = ("issuer_names",)

    def opt(key: str) -> BoundedPattern | None:
        return rx(spec[key], base + (key,)) if spec.get(key) else None

    return IssuerNames(
        shape=opt("shape"),
        generic=opt("generic"),
        canonical=tuple(
            (rx(c["pattern"], base + ("canonical", i, "pattern")), str(c.get("replace", "")))
            for i, c in enumerate(spec.get("canonical") or [])
        ),
        self_reference={
            k: rx(v, base + ("self_reference", k)).with_flags(re.M)
            for k, v in (spec.get("self_reference") or {}).items()
        },
        department=opt("department"),
        provinces=tuple(normalize_term(p) for p in spec.get("provinces") or []),
        municipalities=tuple(normalize_term(p) for p in spec.get("municipalities") or []),
        place_suffix=opt("place_suffix"),
        city=opt("city"),
        level_department=opt("level_department"),
        own_plan=opt("own_plan"),
        addressee=opt("addressee"),
    )


def _compile_mentions(spec: dict, rx, rlist) -> tuple[MentionRole, ...]:
    """Mention roles in file order (see MentionRole); names become one alternation."""
    out = []
    for role, body in spec.items():
        base = ("mentions", role)
        names = [normalize_term(n) for n in body.get("names") or []]
        out.append(
            MentionRole(
                name=role,
                where=body.get("where", "any"),
                spans=rlist(body.get("spans"), base + ("spans",)),
                sentence=rlist(body.get("sentence"), base + ("sentence",)),
                keep=(rx(body["keep"], base + ("keep",)),)
                if isinstance(body.get("keep"), str)
                else rlist(body.get("keep"), base + ("keep",)),
                names=BoundedPattern("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
                if names
                else None,
                denies_heading=bool(body.get("denies_heading", False)),
            )
        )
    return tuple(out)


def _fallback(data: dict, lines: dict[tuple, int], name: str, rx) -> BoundedPattern | None:
    spec = data.get("issuer_fallback")
    if not spec:
        return None
    pat = rx(spec["pattern"], ("issuer_fallback", "pattern"))
    if "issuer" not in pat.groupindex:
        raise ChecklistError(
            f"{name}:{yaml_line(lines, ('issuer_fallback',))}: issuer_fallback.pattern: needs a group named 'issuer'"
        )
    return pat


def _cue_strings(src: str) -> tuple[str, ...]:
    """Strings one of which every match of a figure pattern holds, from its cue alone (every
    sentence a pattern runs on holds a number, so the number is no filter)."""
    return required_strings(BoundedPattern(to_simplified(src.replace("{gap}", "").replace("{value}", ""))))


def _compile_figures(data: dict, lines: dict[tuple, int], name: str) -> FigureProfile:
    """Key figures (figures.yaml): patterns with ``{value}``/``{gap}`` expanded by the number grammar.

    The officer's pattern is checked as written (with the placeholders standing for a number
    and a short run), so an error names the pattern the officer wrote; the expanded pattern
    is what runs, under the same time bound as every checklist pattern.
    """

    def where(path: tuple) -> str:
        return f"{name}:{yaml_line(lines, path)}: {fmt_path(path)}"

    def fail_at(path: tuple):
        def fail(msg: str) -> None:
            raise ChecklistError(f"{where(path)}: {msg}")

        return fail

    def rx(value: str, path: tuple) -> BoundedPattern:
        return compile_user_regex(value, fail_at(path), where(path))

    def opt(value: str | None, path: tuple) -> BoundedPattern | None:
        return None if value is None else rx(value, path)

    nums = data["numbers"]
    for key in ("digits", "chinese", "range", "approx_before", "approx_after", "approx_after_unit"):
        rx(nums[key], ("numbers", key))
    grammar = NumberGrammar(
        digits=nums["digits"],
        chinese=nums["chinese"],
        scale={str(k): float(v) for k, v in (nums.get("scale") or {}).items()},
        range=nums["range"],
        approx_before=nums["approx_before"],
        approx_after=nums["approx_after"],
        approx_after_unit=nums["approx_after_unit"],
        percent_after=nums["percent_after"],
        percent_before=nums["percent_before"],
        token=nums.get("token") or NumberGrammar.token,
        numeral=nums.get("numeral") or NumberGrammar.numeral,
        gap=int(nums.get("gap", 10)),
    )
    for key in ("token", "numeral"):  # (one character each: they are used in a look-behind)
        if not re.fullmatch(r"\[[^\[\]]+\]", getattr(grammar, key)):
            raise ChecklistError(f"{where(('numbers', key))}: must be one character class, like '[\\d零一二]'")
        rx(getattr(grammar, key), ("numbers", key))

    def figure_pattern(src: str, path: tuple) -> BoundedPattern:
        if src.count("{value}") != 1:
            fail_at(path)("a figure pattern needs exactly one {value} (where the number stands)")
        expanded = src.replace("{gap}", grammar.gap_regex()).replace("{value}", grammar.value_regex())

        def fail(msg: str) -> None:  # name the pattern as the officer wrote it
            raise ChecklistError(f"{where(path)}: {msg.replace(repr(expanded), repr(src))}")

        return compile_user_regex(expanded, fail, where(path))

    specs: list[FigureSpec] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["figures"]):
        path = ("figures", i)
        if raw["id"] in seen:
            raise ChecklistError(
                f"{where(path + ('id',))}: duplicate figure id {raw['id']!r} (first at line {seen[raw['id']]})"
            )
        seen[raw["id"]] = yaml_line(lines, path + ("id",))
        units_raw = raw["units"]
        units = (
            {str(u): 1.0 for u in units_raw}
            if isinstance(units_raw, list)
            else {str(u): float(f) for u, f in units_raw.items()}
        )
        pats = []
        for k, p in enumerate(raw["patterns"]):
            ppath = path + ("patterns", k)
            if isinstance(p, str):
                pats.append(FigurePattern(figure_pattern(p, ppath), need=_cue_strings(p)))
            else:
                pats.append(
                    FigurePattern(
                        figure_pattern(p["pattern"], ppath + ("pattern",)),
                        opt(p.get("context"), ppath + ("context",)),
                        _cue_strings(p["pattern"]),
                    )
                )
        specs.append(
            FigureSpec(
                id=raw["id"],
                title=raw["title"],
                unit=raw["unit"],
                meaning=raw["meaning"],
                units=units,
                patterns=tuple(pats),
                exclude=opt(raw.get("not"), path + ("not",)),
                window=int(raw.get("window", 12)),
                not_in_sentence=opt(raw.get("not_in_sentence"), path + ("not_in_sentence",)),
                requires=tuple(raw.get("requires") or ()),
                line=seen[raw["id"]],
            )
        )
    all_units = tuple(dict.fromkeys(u for spec in specs for u in spec.units))
    for i, spec in enumerate(specs):
        for k, req in enumerate(spec.requires):
            if req not in seen:
                raise ChecklistError(f"{where(('figures', i, 'requires', k))}: unknown figure id {req!r}")
    return FigureProfile(
        figures=tuple(specs),
        grammar=grammar,
        not_figures=tuple(rx(v, ("numbers", "not_figures", k)) for k, v in enumerate(nums.get("not_figures") or [])),
        prior=rx(nums["prior"], ("numbers", "prior")) if nums.get("prior") else None,
        passable=rx(nums["passable"], ("numbers", "passable")) if nums.get("passable") else None,
        periods=tuple(rx(v, ("periods", k)) for k, v in enumerate(data.get("periods") or [])),
        earlier_period=rx(data["earlier_period"], ("earlier_period",)) if data.get("earlier_period") else None,
        breakdown=rx(data["breakdown"], ("breakdown",)) if data.get("breakdown") else None,
        scopes=tuple(
            (rx(sc["pattern"], ("scopes", k, "pattern")), sc["scope"]) for k, sc in enumerate(data.get("scopes") or [])
        ),
        flags={str(k): str(v) for k, v in (data.get("flags") or {}).items()},
        hint=BoundedPattern(grammar.hint_regex(list(all_units)), where=name),
        tokens=BoundedPattern(grammar.token_regex(all_units), where=name),
        parser=BoundedPattern(grammar.parse_regex(all_units), where=name),
    )
