"""checker — audit Chinese governments' annual rule-of-law reports against the Outline checklists.

Public API (stable): :func:`score_file`, :func:`score_text`, :func:`score_document`,
:func:`load_checklist`, :func:`lint_checklist`, :func:`read_document`, :func:`evaluate`,
:func:`compare_reports` (batch + comparison), :func:`load_waivers`; audits are rendered with
:func:`checker.audit.render_html` and :func:`checker.audit.render_pdfs`.
"""

from ._version import __version__ as __version__
from .api import ItemResult, ReportResult, score_document, score_file, score_text
from .checklist import lint_checklist, load_checklist
from .errors import CheckerError, ChecklistError, InputError, UsageError
from .evaluate import evaluate
from .load import read_document
from .waivers import load_waivers


def __getattr__(name: str):
    """The batch API is imported on first use: a single score needs no process pools."""
    if name in ("ScoreOptions", "compare_reports"):
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")


__all__ = [
    "CheckerError",
    "ChecklistError",
    "InputError",
    "ItemResult",
    "ReportResult",
    "UsageError",
    "evaluate",
    "lint_checklist",
    "load_checklist",
    "read_document",
    "ScoreOptions",
    "compare_reports",
    "load_waivers",
    "score_document",
    "score_file",
    "score_text",
]
