"""Stage 1 — load: bytes on disk (or stdin) to decoded text.

Government reports arrive in every encoding Chinese offices use: UTF-8 with and without BOM,
GB18030/GBK from older systems, Big5 from Hong Kong/Taiwan mirrors and UTF-16 from Word's
"save as Unicode text". We decode exactly once here (``decode``, or ``formats`` for PDF, Word
and web pages) and keep the decoded string as the *original* text: every evidence offset
downstream points into it.
"""

from __future__ import annotations

import bisect
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .decode import checked_text, decode_bytes
from .errors import InputError
from .files import display_name, read_regular
from .formats import extract

#: Reports larger than this are refused: no real annual report (even a PDF) comes near it, and
#: reading a huge file fully into memory would let one bad input stall a whole batch.
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """A decoded report. ``text`` is the original every offset refers to.

    For HTML, PDF and DOCX the original is the extracted text; ``page_starts`` (PDF) are the
    offsets where pages begin, so evidence can cite 第3页.
    """

    path: str
    text: str
    sha256: str
    encoding: str
    size: int
    format: str = "text"
    page_starts: tuple[int, ...] = ()
    published: str | None = None
    attachments: tuple[str, ...] = ()  # a web page's links to document files

    def page_of(self, offset: int) -> int | None:
        """1-based page of an offset in the text (PDF only)."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read and decode one report; ``path == "-"`` with ``data`` is standard input."""
    name = display_name(path)  # messages and JSON; the file is read by its real name
    if data is None:
        if os.path.isdir(path):  # a directory of reports is what `checker compare` takes
            raise InputError(
                f"{name}: is a directory, not a report file; give its files ({name}/*), or compare the whole "
                f"directory with `checker compare {name}`"
            )
        data = read_regular(path, MAX_BYTES, InputError, "report file")
    elif len(data) > MAX_BYTES:
        raise InputError(f"{name}: input is {len(data)} bytes; reports larger than {MAX_BYTES} bytes are not read")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    extracted = extract(data, name)
    if extracted is not None:
        try:
            text = checked_text(extracted.text, name)
        except InputError as exc:
            if not extracted.attachments:
                raise
            links = ", ".join(extracted.attachments[:3])
            raise InputError(f"{exc}; the page links {links}: the report is probably that file, score it") from None
        return Document(
            path=name,
            text=text,
            sha256=hashlib.sha256(data).hexdigest(),
            encoding=extracted.encoding or "utf-8",
            size=len(data),
            format=extracted.format,
            page_starts=extracted.page_starts,
            published=extracted.published,
            attachments=extracted.attachments,
        )
    text, encoding = decode_bytes(data, name)
    return Document(
        path=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        size=len(data),
    )
