"""Where the data directories shipped with checker are: a source checkout or installed package data."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

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


# The caches below are pickles: unpickling runs code, so an entry is read only from a file the
# user owns that nobody else can write, and any failure to read or write one only costs time.


def read_private_pickle(path: Path) -> Any:
    """The object pickled at ``path``, or None (missing, damaged, from another version, or a
    file someone else wrote or could have written: never unpickled)."""
    import os
    import pickle

    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return None
            return pickle.load(fh)
    except Exception:
        return None


def write_private_pickle(path: Path, obj: Any, keep: int = 0) -> bool:
    """Pickle ``obj`` to ``path`` atomically (a reader never sees half a file); False, silently,
    when it cannot be written. ``keep``: the most recently written entries of the folder kept."""
    import os
    import pickle
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if keep:
            entries = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in entries[keep:]:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError, TypeError, AttributeError):
        return False
    return True
