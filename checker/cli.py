"""Command line: a thin layer over :mod:`checker.api` (every command has a Python twin)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ._version import __version__
from .api import EVIDENCE_MODES, ReportResult, score_document
from .checklist import available_checklists, copy_checklists, lint_checklist, load_checklist, resolve_checklist_path
from .detect import issuer_key, same_body
from .errors import CheckerError, ChecklistError, UsageError
from .evaluate import evaluate as run_evaluate
from .files import check_output, display_name, read_stream, write_output
from .load import MAX_BYTES, read_document
from .patterns import save_compiled
from .render import AUDIT_TIERS, VIEWS, checklist_tree, evaluation_table, to_json, to_table
from .score import MODELS, parse_grades
from .waivers import load_waivers


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"checker: error: {message}", err=True)
    sys.exit(code)


def guarded(fn: Callable) -> Callable:
    """Turn CheckerErrors (and anything unexpected) into one line on stderr and an exit code."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except CheckerError as exc:
            _fail(str(exc), exc.exit_code)
        except (KeyboardInterrupt, BrokenPipeError):
            sys.exit(130)
        except OSError as exc:
            _fail(f"{exc.filename or ''}: {exc.strerror or exc}", 2)
        except Exception as exc:  # a bug: still one line, never a traceback (CHECKER_DEBUG=1 shows it)
            if os.environ.get("CHECKER_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set CHECKER_DEBUG=1 for details)", 70)
        finally:
            save_compiled()  # the next run reads the patterns this one compiled

    return wrapper


class CheckerGroup(click.Group):
    """click's group, but a wrong option value is one ``checker: error:`` line and exit 4
    (UsageError), as the README documents — not click's usage screen and exit 2 (which means
    "a report could not be read" here)."""

    def main(self, *args, **kwargs):  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            rv = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:  # plain `checker`: the help text
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            sys.exit(0)
        except click.UsageError as exc:
            hint = f" (see 'checker {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
            _fail(f"{exc.format_message()}{hint}", UsageError.exit_code)
        except click.ClickException as exc:
            _fail(exc.format_message(), UsageError.exit_code)
        except click.exceptions.Abort:
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


@click.group(cls=CheckerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def main() -> None:
    """Audit annual rule-of-law government reports (法治政府建设年度报告) against the Outline checklists."""


WAIVERS_OPTION = click.option(
    "--waivers", type=click.Path(dir_okay=False), help="YAML file of waived (not applicable) items, see README."
)


def _one_issuer(reports, issuer) -> None:
    if len(reports) > 1 and issuer:
        raise UsageError("--issuer applies to one report; give one report or use a manifest with 'checker compare'")


def _score_reports(reports, checklist, year, issuer, model, grades, waivers) -> tuple[list[ReportResult], list[str]]:
    """Options checked once (a bad checklist or waiver file stops before any report), then scoring."""
    _one_issuer(reports, issuer)
    if checklist:
        load_checklist(checklist)
    return _score_many(
        reports,
        checklist=checklist,
        year=year,
        issuer=issuer,
        model=model,
        grades=parse_grades(grades) if grades else None,
        waivers=load_waivers(waivers) if waivers else None,
    )


def _score_many(reports: tuple[str, ...], **kwargs) -> tuple[list[ReportResult], list[str]]:
    results: list[ReportResult] = []
    errors: list[str] = []
    for ref in reports:
        try:
            if ref == "-":
                doc = read_document("-", read_stream(sys.stdin.buffer, MAX_BYTES))
            else:
                doc = read_document(ref)
            res = score_document(doc, **kwargs)
            for w in res.warnings:
                click.echo(f"checker: warning: {w}", err=True)
            results.append(res)
        except CheckerError as exc:
            if isinstance(exc, (UsageError, ChecklistError)):  # the options are wrong, not this report
                raise
            errors.append(str(exc))
            click.echo(f"checker: error: {exc}", err=True)
    return results, errors


@main.command()
@click.argument("reports", nargs=-1, required=True)
@click.option(
    "--checklist",
    "checklist",
    help="Checklist id (outline-2015, outline-2021) or YAML path; default: chosen by report year.",
)
@click.option("--year", type=int, help="Report year (overrides detection).")
@click.option("--issuer", help="Issuing body (overrides detection).")
@click.option("--model", type=click.Choice(MODELS), help="Scoring model (default: the checklist's, weighted).")
@click.option("--grades", help="Grade bands, e.g. '优秀:90,良好:80,合格:60'.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--evidence",
    type=click.Choice(EVIDENCE_MODES),
    default="all",
    show_default=True,
    help="JSON: every evidence sentence, or only the best one per item (large batches).",
)
@click.option(
    "--indent",
    type=click.IntRange(0, 8),
    default=None,
    help="JSON indentation (default: 2 for one report, compact for several).",
)
@click.option(
    "--jobs", type=click.IntRange(1, 256), default=None, help="Worker processes for JSON (default: CPU cores)."
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically) instead of stdout."
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@WAIVERS_OPTION
@guarded
def score(reports, checklist, year, issuer, model, grades, fmt, evidence, indent, jobs, output, force, waivers) -> None:
    """Score REPORT files ('-' reads standard input) against the checklist."""
    if output:
        check_output(output, force, reports)
    if fmt == "json" and len(reports) > 1:
        _one_issuer(reports, issuer)  # (the batch takes each report's own issuer)
        _score_json_batch(reports, checklist, year, model, grades, waivers, evidence, indent, jobs, output, force)
        return
    results, errors = _score_reports(reports, checklist, year, issuer, model, grades, waivers)
    if fmt == "json":
        text = to_json(results[0] if results else [], indent=2 if indent is None else indent or None, evidence=evidence)
    else:
        text = "\n\n".join(to_table(r) for r in results)
    if results:  # nothing scored: nothing written (an earlier result file is left alone)
        if output:
            write_output(output, text + "\n", force)
        else:
            click.echo(text)
    if errors:
        click.echo(f"checker: {len(errors)} of {len(reports)} report(s) could not be scored", err=True)
        sys.exit(2)


def _score_json_batch(reports, checklist, year, model, grades, waivers, evidence, indent, jobs, output, force) -> None:
    """Many reports to one JSON list, scored in worker processes, written as they arrive."""
    from .batch import ScoreOptions, Source, score_json

    stdin = {"-": read_stream(sys.stdin.buffer, MAX_BYTES)} if "-" in reports else {}
    opts = ScoreOptions(
        checklist=checklist,
        model=model,
        grades=parse_grades(grades) if grades else None,
        waivers=waivers,
        evidence=evidence,
    )
    if waivers:
        load_waivers(waivers)  # a bad waivers file is one error before any work
    sources = [Source(r, year=year) for r in reports]
    n_jobs = jobs or min(os.cpu_count() or 1, len(sources))
    buf = io.StringIO()
    buf.write("[")
    first, errors, warned = True, 0, set()
    for _src, text, error, warnings in score_json(sources, opts, jobs=n_jobs, indent=indent, data=stdin):
        if text is None:
            errors += 1
            click.echo(f"checker: error: {error}", err=True)
            continue
        for w in warnings:
            if w not in warned:  # a waivers-file warning is the same for every report
                warned.add(w)
                click.echo(f"checker: warning: {w}", err=True)
        buf.write("" if first else ",\n")
        buf.write(text)
        first = False
    buf.write("]\n")
    if first:  # nothing scored: nothing written
        pass
    elif output:
        write_output(output, buf.getvalue(), force)
    else:
        sys.stdout.write(buf.getvalue())
    if errors:
        click.echo(f"checker: {errors} of {len(reports)} report(s) could not be scored", err=True)
        sys.exit(2)


def _audit_targets(results: list[ReportResult], output: str | None, ext: str) -> list[Path]:
    """Where each audit goes: a file (one report) or default names inside a directory."""
    from .audit import audit_filename

    if not results:  # nothing scored: no audit, and -o is not checked against a count of none
        return []
    if output and not output.endswith(("/", os.sep)) and not Path(output).is_dir() and Path(output).suffix:
        # a name with an extension is a file; a directory is written as dir/ (or exists)
        if len(results) > 1:
            raise UsageError(f"-o {output}: several reports give several audits; give a directory (ending in /)")
        return [Path(output)]
    directory = Path(output or ".")
    seen: dict[str, int] = {}
    out = []
    for r in results:
        name = audit_filename(r, ext)
        n = seen.get(name, 0)
        seen[name] = n + 1
        if n:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-{n + 1}.{suffix}"
        out.append(directory / name)
    return out


@main.command()
@click.argument("reports", nargs=-1, required=True)
@click.option("-o", "--output", help="Output file (one report) or directory (default: current directory).")
@click.option("--format", "fmt", type=click.Choice(["pdf", "html"]), default="pdf", show_default=True)
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--checklist", "checklist", help="Checklist id or YAML path; default: chosen by report year.")
@click.option("--year", type=int, help="Report year (overrides detection).")
@click.option("--issuer", help="Issuing body (overrides detection; one report only).")
@click.option("--model", type=click.Choice(MODELS), help="Scoring model.")
@click.option("--grades", help="Grade bands, e.g. '优秀:90,良好:80,合格:60'.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, help="PDF worker processes (default: CPU cores).")
@click.option(
    "--date", "gen_date", type=click.DateTime(["%Y-%m-%d"]), help="Date printed as generated (default: today)."
)
@click.option(
    "--prior",
    "prior_file",
    help="The issuer's previous report: mark the sentences that nearly repeat it (one report only).",
)
@click.option(
    "--tier",
    type=click.Choice(AUDIT_TIERS),
    default="full",
    show_default=True,
    help="summary: the one-page 领导摘要; review: adds key figures, item review and 整改清单; "
    "full: adds the evidence appendix.",
)
@WAIVERS_OPTION
@guarded
def audit(
    reports, output, fmt, force, checklist, year, issuer, model, grades, jobs, gen_date, prior_file, tier, waivers
) -> None:
    """Write an audit document (PDF, or HTML) for each REPORT: summary, item review, 整改清单, evidence."""
    from .audit import PdfPool, render_html, render_pdfs

    if prior_file and len(reports) > 1:
        raise UsageError("--prior applies to one report (the previous report of its issuer)")
    # Fonts are checked now (fail early, before any work); the WeasyPrint workers start while
    # the reports are scored.
    with PdfPool(jobs or min(os.cpu_count() or 1, len(reports))) if fmt == "pdf" else contextlib.nullcontext() as pool:
        results, errors = _score_reports(reports, checklist, year, issuer, model, grades, waivers)
        priors = [_prior_reuse(results[0], prior_file)] if prior_file and results else [None] * len(results)
        generated = gen_date.date() if gen_date else None
        targets = _audit_targets(results, output, fmt)
        todo = []
        for r, target in zip(results, targets, strict=True):
            try:
                check_output(target, force, reports)
            except UsageError as exc:
                errors.append(str(exc))
                click.echo(f"checker: error: {exc}", err=True)
            else:
                todo.append((r, target))
        prior_of = {id(r): p for r, p in zip(results, priors, strict=True)}
        if fmt == "html":
            for r, target in todo:
                if _written(target, render_html(r, generated, prior=prior_of[id(r)], tier=tier), force, errors):
                    click.echo(str(target))
        elif todo:
            by_id = {id(r): t for r, t in todo}
            batch = [r for r, _ in todo]
            for r, pdf, missing in render_pdfs(
                batch, generated, renderer=pool, priors=[prior_of[id(r)] for r in batch], tier=tier
            ):
                if missing:
                    click.echo(
                        f"checker: warning: {r.document.path}: the font has no glyph for {''.join(sorted(missing))}",
                        err=True,
                    )
                if _written(by_id[id(r)], pdf, force, errors):
                    click.echo(str(by_id[id(r)]))
    if errors:
        click.echo(f"checker: {len(errors)} problem(s); {len(todo)} of {len(reports)} audit(s) written", err=True)
        sys.exit(2)


def _prior_reuse(result: ReportResult, prior_file: str) -> Any:
    """The report against its issuer's previous report (the prior is read like any report)."""
    from .reuse import against_prior

    prior = score_document(read_document(prior_file), result.checklist)
    if prior.metadata.year and result.metadata.year and prior.metadata.year >= result.metadata.year:
        click.echo(
            f"checker: warning: --prior {prior_file} is on {prior.metadata.year}, not before the report's "
            f"{result.metadata.year}",
            err=True,
        )
    mine, theirs = _key_of(result), _key_of(prior)
    if mine.key and theirs.key and not same_body(mine, theirs):
        click.echo(
            f"checker: warning: --prior {prior_file} is a report of {prior.metadata.issuer}, not of "
            f"{result.metadata.issuer}; compared all the same",
            err=True,
        )
    cfg = result.checklist.profile.reuse
    return against_prior(result.structure, prior.structure, cfg, display_name(prior_file), prior.metadata.year)


def _key_of(result: ReportResult) -> Any:
    return result.metadata.key or issuer_key(result.metadata.issuer, result.checklist.profile)


def _written(target: Path, data: str | bytes, force: bool, errors: list[str]) -> bool:
    """Write one audit; a clash (another run wrote it meanwhile) is that audit's error."""
    try:
        write_output(target, data, force)
        return True
    except UsageError as exc:
        errors.append(str(exc))
        click.echo(f"checker: error: {exc}", err=True)
        return False


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "xlsx", "json", "html", "pdf"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (required for xlsx and pdf).")
@click.option(
    "--view",
    type=click.Choice(list(VIEWS)),
    default="matrix",
    show_default=True,
    help="Which table a CSV holds (XLSX, JSON, HTML and PDF hold them all).",
)
@click.option("--year", "years", type=int, multiple=True, help="Rank only reports on this year (repeatable).")
@click.option("--group", "groups", multiple=True, help="Only reports of this manifest group (repeatable).")
@click.option("--jobs", type=click.IntRange(1, 256), default=None, help="Worker processes (default: CPU cores).")
@click.option("--no-cache", is_flag=True, help="Score every report again instead of using cached results.")
@click.option("--checklist", help="Force one checklist (default: chosen by each report's year).")
@click.option("--model", type=click.Choice(MODELS), help="Scoring model (also of the comparable score).")
@click.option("--grades", help="Grade bands, e.g. '优秀:90,良好:80,合格:60'.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--no-reuse", is_flag=True, help="Skip the text-reuse comparison (repeated sentences between reports).")
@WAIVERS_OPTION
@guarded
def compare(
    paths, fmt, output, view, years, groups, jobs, no_cache, checklist, model, grades, force, no_reuse, waivers
) -> None:
    """Score many reports (files, directories, CSV/YAML manifests) and compare them."""
    from .audit import PdfPool
    from .batch import ScoreOptions, compare_reports
    from .compare_render import render_html as compare_html
    from .compare_render import to_csv, to_pdf, to_table, to_xlsx, write_json

    if fmt in ("xlsx", "pdf") and not output:
        raise UsageError(f"--format {fmt} writes a file: give -o FILE")
    if output:
        check_output(output, force, paths)
    opts = ScoreOptions(
        checklist=checklist, model=model, grades=parse_grades(grades) if grades else None, waivers=waivers
    )
    spool = tempfile.TemporaryFile("w+", encoding="utf-8") if fmt == "json" else None
    meter = Progress(sys.stderr) if sys.stderr.isatty() else None
    # Fonts checked before any scoring; WeasyPrint starts in its worker meanwhile.
    with PdfPool(1) if fmt == "pdf" else contextlib.nullcontext() as pool:
        try:
            run = compare_reports(
                list(paths),
                opts,
                jobs=jobs or os.cpu_count() or 1,
                use_cache=not no_cache,
                on_document=(lambda doc: spool.write(json.dumps(doc, ensure_ascii=False) + "\n")) if spool else None,
                on_message=lambda msg: click.echo(f"checker: {msg}", err=True),
                progress=meter.start if meter else None,
                years=tuple(years),
                groups=tuple(groups),
                exclude=(output,) if output else (),
                reuse=not no_reuse,
            )
        finally:
            if meter:
                meter.finish()
        cmp, errors = run.comparison, run.errors
        if fmt == "table":
            text = to_table(cmp, errors)
            write_output(output, text + "\n", force) if output else click.echo(text)
        elif fmt == "csv":
            data = to_csv(cmp, view)
            write_output(output, data, force) if output else sys.stdout.buffer.write(data)
        elif fmt == "xlsx":
            write_output(output, to_xlsx(cmp, errors), force)
        elif fmt == "pdf":
            write_output(output, to_pdf(cmp, errors, renderer=pool), force)
        elif fmt == "html":
            text = compare_html(cmp, errors)
            write_output(output, text, force) if output else click.echo(text)
        else:
            assert spool is not None
            spool.seek(0)
            docs = (json.loads(line) for line in spool)
            if output:
                buf = io.StringIO()
                write_json(buf, cmp, errors, docs)
                write_output(output, buf.getvalue(), force)
            else:
                write_json(sys.stdout, cmp, errors, docs)
        if output:
            click.echo(f"{output}: {len(cmp.rows)} report(s) compared", err=True)
        click.echo(f"checker: {run.scored} scored ({run.cached} from cache), {len(errors)} failed", err=True)
        if errors:
            sys.exit(2)


class Progress:
    """ "评分 37/200 (18%) 约剩 5 s" on a terminal; the estimate is the elapsed time per report
    so far (cached reports count as they come), recomputed at every report."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.total = 0
        self.done = 0
        self.t0 = 0.0

    def start(self, total: int) -> Progress:
        import time

        self.total, self.done, self.t0 = total, 0, time.monotonic()
        self._draw()
        return self

    def update(self, n: int) -> None:
        self.done += n
        self._draw()

    def eta(self, elapsed: float) -> float | None:
        if not self.done:
            return None
        return elapsed / self.done * (self.total - self.done)

    def _draw(self) -> None:
        import time

        eta = self.eta(time.monotonic() - self.t0)
        left = "" if eta is None else f" 约剩 {eta:.0f} s"
        pct = 100 * self.done // max(1, self.total)
        self.stream.write(f"\r评分 {self.done}/{self.total} ({pct}%){left}   ")
        self.stream.flush()

    def finish(self) -> None:
        if self.total:
            self.stream.write("\n")
            self.stream.flush()


@main.command()
@click.option("--gold", "gold", required=True, type=click.Path(), help="Directory of gold label JSON files.")
@click.argument("report_dirs", nargs=-1, type=click.Path())
@click.option("--checklist", help="Force a checklist (default: chosen by each report's year).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@guarded
def evaluate(gold, report_dirs, checklist, fmt) -> None:
    """Compare verdicts on the gold documents (found in REPORT_DIRS, default seeds/) with the labels."""
    ev = run_evaluate(gold, list(report_dirs) or ["seeds"], checklist)
    if fmt == "json":
        import json

        click.echo(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(evaluation_table(ev))


@main.group()
def checklist() -> None:
    """Inspect and validate checklists."""


@checklist.command("lint")
@click.argument("files", nargs=-1, required=True)
@guarded
def checklist_lint(files) -> None:
    """Validate checklist FILES: schema, duplicate ids, rules, regexes. Exit 1 on problems."""
    bad = 0
    for f in files:
        try:
            problems = lint_checklist(f)
        except CheckerError as exc:
            problems = [str(exc)]
        if problems:
            bad += 1
            for p in problems:
                click.echo(p, err=True)
        else:
            cl = load_checklist(f)
            click.echo(f"{f}: ok ({len(cl.items)} items, {len(cl.areas)} areas, {len(cl.literals)} terms)")
    if bad:
        sys.exit(1)


@checklist.command("show")
@click.argument("ref", required=False, default="outline-2021")
@click.option("--item", "item_ids", multiple=True, help="Only these item ids.")
@guarded
def checklist_show(ref, item_ids) -> None:
    """Print the tree of a checklist (areas, items, weights, elements, rules)."""
    cl = load_checklist(ref)
    items = [i for i in cl.items if not item_ids or i.id in item_ids]
    if item_ids and not items:
        raise UsageError(f"no item {', '.join(item_ids)} in {cl.id}")
    click.echo(checklist_tree(cl, items))


@checklist.command("copy")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite files already in DIRECTORY.")
@guarded
def checklist_copy(directory, force) -> None:
    """Copy the shipped checklists into DIRECTORY to edit them (terms, weights, items)."""
    written = copy_checklists(directory, force=force)
    top = next((p for p in written if p.name.startswith("outline-2021")), written[0])
    click.echo(f"wrote {len(written)} files to {directory}")
    click.echo(f"edit {Path(directory) / 'common' / 'items.yaml'} (see {Path(directory) / 'README.md'}), then:")
    click.echo(f"  checker checklist lint {top}")
    click.echo(f"  checker score --checklist {top} REPORT")
    click.echo(f"  CHECKER_CHECKLISTS={directory} checker score REPORT   (the Outline chosen by year from your copy)")


@checklist.command("list")
@guarded
def checklist_list() -> None:
    """List the shipped checklists and the report years each applies to."""
    for c in available_checklists():
        click.echo(f"{c['id']}\t{c['from']}–{c['to']}\t{resolve_checklist_path(c['id'])}")


if __name__ == "__main__":  # pragma: no cover
    main()
