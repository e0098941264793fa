"""Decoding a report's bytes once: byte-order marks, UTF-16 without one, UTF-8, and GB18030 or
Big5 told apart by detection; then the checks every decoded text passes (not too long, not
binary, enough Chinese to be a report). Used by ``load`` for text files and by ``formats`` for
web pages that declare no usable charset.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import InputError

#: No annual report has more text than this; a longer text is refused rather than analysed
#: for minutes (extracted text of a large PDF included).
MAX_CHARS = 3_000_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; returns (text, encoding name). Raises InputError with the reason."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return checked_text(data.decode(enc), name), enc
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but is not valid {enc}") from None
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return checked_text(data.decode(utf16), name), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text report")
    try:
        return checked_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # (imported here: most reports are UTF-8, and the import costs ~10 ms)

    best = charset_normalizer.from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8", "utf_16"]).best()
    if best is None:
        raise InputError(f"{name}: cannot decode: not UTF-8, GB18030, Big5 or UTF-16 text")
    enc = best.encoding.replace("_", "-")
    return checked_text(str(best), name), enc


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: NUL bytes in an even-length file, and one byte order decodes to text.

    The byte order whose decoding is mostly Han characters, ASCII and common punctuation wins.
    """
    if b"\x00" not in data[:4000] or len(data) % 2:
        return None
    best, best_share = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:4000].decode(enc)
        except UnicodeDecodeError:
            continue
        good = sum(1 for ch in sample if _plausible(ch))
        share = good / max(1, len(sample))
        if len(sample) > 100 and len(set(sample)) < 12:  # text has variety; padding bytes do not
            share = 0.0
        if share > best_share:
            best, best_share = enc, share
    return best if best_share > 0.9 else None


def _plausible(ch: str) -> bool:
    code = ord(ch)
    if unicodedata.category(ch) in ("Cn", "Co", "Cs"):
        return False
    return (
        0x20 <= code < 0x7F
        or ch in "\n\r\t"
        or 0x3000 <= code <= 0x303F
        or 0x3400 <= code <= 0x9FFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x2000 <= code <= 0x206F
    )


#: Control characters no text report holds (the tab, line breaks and the form feed or vertical tab
#: between pages or lines excepted): many of them mean a binary file.
CONTROL_CHARS = "\x00-\x08\x0e-\x1f\x7f"
_CONTROL = re.compile(f"[{CONTROL_CHARS}]")


def checked_text(text: str, name: str) -> str:
    """The decoded text, or InputError: empty, too long, binary, or too little Chinese for a report."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: {len(text)} characters of text; reports longer than {MAX_CHARS} are not read")
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > max(8, len(text[:20000]) // 50):
        raise InputError(f"{name}: binary file (control characters), not a text report")
    han = _count_han(text)
    if han < MIN_CHINESE_CHARS:
        raise InputError(
            f"{name}: only {han} Chinese characters of text; not a report (a scanned page, an English "
            "page or an empty template?) — it is refused rather than scored 0"
        )
    return text


#: A report below this many Chinese characters is not scored (it would rank last with 0).
MIN_CHINESE_CHARS = 30
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _count_han(text: str, enough: int = MIN_CHINESE_CHARS) -> int:
    """Han characters in the text (counting stops once there are enough)."""
    n = 0
    for _ in _HAN.finditer(text):
        n += 1
        if n >= enough:
            break
    return n
