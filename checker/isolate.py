"""Run a third-party parser on untrusted bytes in a child process with a time and memory limit.

pypdf, lxml and trafilatura read PDFs, Word files and web pages we did not write; a
hostile file can make them run for hours (1,999 pages sharing one content stream) or allocate
gigabytes (a Flate bomb). A forked child gets a deadline and an address-space limit; if it
overruns either it is killed and the caller gets one :class:`InputError` for that file, while
the batch goes on. Where ``fork`` is unavailable the parser runs in-process (no limits).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import CheckerError, InputError

T = TypeVar("T")

#: Seconds a file's text extraction may take (a 250-page report PDF needs about 8 s here).
EXTRACT_SECONDS = 8.0
#: Extra address space the child may use beyond what it inherits from the parent.
EXTRA_MEMORY = 768 * 1024 * 1024


def _usable() -> bool:
    return sys.platform != "win32" and hasattr(os, "fork") and not os.environ.get("CHECKER_NO_ISOLATION")


def run_isolated(fn: Callable[..., T], *args: Any, name: str, what: str, seconds: float | None = None) -> T:
    """``fn(*args)`` in a forked child; its result, or the CheckerError it raised.

    ``what`` names the work for messages ("reading the PDF"); ``seconds`` defaults to
    :data:`EXTRACT_SECONDS`.
    """
    seconds = EXTRACT_SECONDS if seconds is None else seconds
    if not _usable():
        return fn(*args)
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, fn, args), daemon=True)
    child.start()
    send.close()
    try:
        if not recv.poll(seconds):
            raise InputError(f"{name}: {what} took longer than {seconds:g} s (a damaged or hostile file?); not read")
        try:
            kind, payload = recv.recv()
        except (EOFError, OSError):
            raise InputError(
                f"{name}: {what} ran out of memory or crashed (a damaged or hostile file?); not read"
            ) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join(1)
        recv.close()
    if kind == "ok":
        return payload
    if kind == "checker":
        cls, message = payload
        raise cls(message)
    raise InputError(f"{name}: {what} failed ({payload}); the file is damaged or not supported")


def _child(send: Any, fn: Callable[..., Any], args: tuple) -> None:
    try:
        _limit_memory()
        result: tuple[str, Any] = ("ok", fn(*args))
    except CheckerError as exc:
        result = ("checker", (type(exc), str(exc)))
    except MemoryError:
        result = ("error", "out of memory")
    except BaseException as exc:  # any failure of a third-party parser is this file's problem
        result = ("error", type(exc).__name__)
    try:
        send.send(result)
    except Exception:  # the result could not be sent (too large?): the parent reports a crash
        pass
    finally:
        send.close()
        os._exit(0)


def _limit_memory() -> None:
    try:
        import resource

        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + EXTRA_MEMORY
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, ImportError):
        pass  # no /proc or no resource module: the time limit still applies
