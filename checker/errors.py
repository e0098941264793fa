"""Errors a user can act on.

Every failure caused by input (a report, a checklist, an option) is raised as a
:class:`CheckerError` so the CLI can print one line and exit non-zero instead of a traceback.
"""

from __future__ import annotations


class CheckerError(Exception):
    """Base class: the message is shown to the user as-is, so it must name the problem."""

    exit_code = 1


class InputError(CheckerError):
    """A report could not be read or decoded."""

    exit_code = 2


class ChecklistError(CheckerError):
    """A checklist (or the structure profile) is invalid. Messages name file, line and field."""

    exit_code = 3


class UsageError(CheckerError):
    """An option value is invalid (bad model name, unknown checklist, bad grade bands)."""

    exit_code = 4
