"""checker — audit Chinese governments' annual rule-of-law reports against the Outline checklists.

Public API (stable): :func:`score_file`, :func:`score_text`, :func:`score_document`,
:func:`load_checklist`, :func:`lint_checklist`, :func:`read_document`, :func:`evaluate`.
"""

from .api import ItemResult, ReportResult, score_document, score_file, score_text
from .checklist import lint_checklist, load_checklist
from .errors import CheckerError, ChecklistError, InputError, UsageError
from .evaluate import evaluate
from .load import read_document

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
    "score_document",
    "score_file",
    "score_text",
]
__version__ = "0.1.0"
