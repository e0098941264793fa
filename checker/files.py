"""Reading inputs and writing outputs safely: the same rules for every command.

Reading: only regular files are read (a FIFO would block forever, ``/dev/zero`` never ends),
and the size limit is applied while reading, not after. Writing: outputs are written to a
temporary file and moved into place (never half a file); an existing output is replaced only
with ``--force``, and never when it is a symlink, a device or a directory, or one of the inputs.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import CheckerError, InputError, UsageError


def read_regular(path: str | Path, limit: int, error: type[CheckerError] = InputError, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, else ``error`` with the reason."""
    name = str(path)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
    except FileNotFoundError:
        raise error(f"{name}: no such file") from None
    except IsADirectoryError:
        raise error(f"{name}: is a directory, not a {what}") from None
    except OSError as exc:
        raise error(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise error(f"{name}: is a directory, not a {what}")
        if not stat.S_ISREG(st.st_mode):
            raise error(f"{name}: not a regular file (a pipe or a device?); only files are read")
        if st.st_size > limit:
            raise error(f"{name}: {what} is {st.st_size} bytes, larger than {limit} bytes; not read")
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            except BlockingIOError:  # pragma: no cover - regular files do not block
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # the file grew while being read
                raise error(f"{name}: {what} is larger than {limit} bytes; not read")
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"{name}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_stream(stream, limit: int, name: str = "-") -> bytes:
    """Standard input, read up to the limit (a larger input is refused, not swallowed)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name}: input is larger than {limit} bytes; not read")
    return data


def display_name(path: str | Path) -> str:
    """A path as text that can be printed and put in JSON.

    A file name that is not UTF-8 (a GBK name left by unzipping a Chinese Windows archive)
    reaches Python with undecodable bytes escaped; it is shown decoded as GB18030 when that
    works, else with the bad bytes replaced. The file is still opened by its real name.
    """
    s = str(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        raw = os.fsencode(s)
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace")


def same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_output(path: str | Path, force: bool, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse an output that would destroy something: an input, a non-regular file, an
    existing file without ``--force``."""
    p = Path(path)
    for i in inputs:
        if str(i) != "-" and same_file(p, i):
            raise UsageError(f"{path}: is one of the inputs; choose another output file")
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"{path}: is a directory; give a file name")
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(f"{path}: exists and is not a regular file (a link or a device); not replaced")
    if not force:
        raise UsageError(f"{path}: already exists (use --force to overwrite)")


def write_output(path: str | Path, data: str | bytes, force: bool = False) -> None:
    """Write atomically: a temporary file beside ``path``, then moved into place.

    Without ``force`` the move is create-exclusive (``link``): if another run created the file
    meanwhile, this one fails instead of overwriting it. Links and devices are never replaced.
    """
    path = Path(path)
    check_output(path, force)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; outputs are ordinary files
        if force:
            check_output(path, True)  # still a regular file (or absent) right before replacing
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the file appeared meanwhile
            except FileExistsError:
                raise UsageError(f"{path}: already exists (use --force to overwrite)") from None
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV):
                    raise
                os.replace(tmp, path)  # a file system without hard links
            finally:
                Path(tmp).unlink(missing_ok=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
