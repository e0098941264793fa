"""Where the data directories shipped with checker are: a source checkout or installed package data."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import CheckerError


@lru_cache(maxsize=8)
def data_dir(name: str) -> Path:
    """``checklists`` or ``templates`` beside the package (checkout) or inside it (wheel).

    Looked up once per process: a batch asks for it several times per report.
    """
    here = Path(__file__).resolve().parent
    for cand in (here.parent / name, here / "data" / name):
        if cand.is_dir():
            return cand
    raise CheckerError(f"cannot find the {name} directory of checker (broken installation?)")


def cache_dir(name: str) -> Path:
    """A cache directory of checker's (``$CHECKER_CACHE``, else the user's cache directory)."""
    import os

    base = os.environ.get("CHECKER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "checker"
    )
    return Path(base) / name
