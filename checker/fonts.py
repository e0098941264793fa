"""A real Chinese font for the PDF, found through fontconfig.

WeasyPrint embeds only the glyphs a document uses, subsetting with HarfBuzz when the system
library ``libharfbuzz-subset0`` is installed (0.2 s for Noto Sans CJK; without it WeasyPrint
falls back to fontTools, about 5 s per PDF — ``bash dev.sh`` installs the library). We only
find the font (and refuse to render without one) and warn about characters it lacks.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import CheckerError

#: Font families tried in order (fontconfig names); the first one installed is used.
CANDIDATE_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Serif CJK SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "AR PL UMing CN",
)
INSTALL_HINT = "install a Chinese font, e.g. on Debian/Ubuntu: apt-get install fonts-noto-cjk"


class FontError(CheckerError):
    exit_code = 5


@dataclass(frozen=True)
class FontFace:
    family: str
    path: Path
    index: int  # face index inside a .ttc collection


def _fc_match(pattern: str) -> FontFace | None:
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family[0]}\t%{file}\t%{index}\t%{lang}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.split("\t")
    if len(parts) < 4 or not parts[1]:
        return None
    family, file, index, langs = parts[0], parts[1], parts[2], parts[3]
    if "zh-cn" not in langs.split("|"):
        return None
    try:
        return FontFace(family, Path(file), int(index or 0))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def find_cjk_fonts() -> tuple[FontFace, FontFace | None]:
    """(regular, bold or None) of the first installed Chinese family, via fontconfig."""
    for fam in CANDIDATE_FAMILIES:
        regular = _fc_match(f"{fam}:lang=zh-cn")
        if regular is not None and regular.family.lower().replace(" ", "") == fam.lower().replace(" ", ""):
            bold = _fc_match(f"{fam}:lang=zh-cn:bold")
            if bold is not None and bold.path == regular.path and bold.index == regular.index:
                bold = None  # no separate bold face installed
            return regular, bold
    any_zh = _fc_match(":lang=zh-cn")
    if any_zh is not None:
        return any_zh, None
    raise FontError(f"no Chinese (CJK) font found through fontconfig; {INSTALL_HINT}")


def css_family(faces: tuple[FontFace, FontFace | None] | None = None) -> str:
    """The CSS font-family list naming the installed Chinese font (WeasyPrint finds it through
    fontconfig and subsets it with HarfBuzz: only the glyphs a PDF uses are embedded)."""
    regular, _ = faces or find_cjk_fonts()
    return f"'{regular.family}', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif"


#: Code points every font fontconfig lists for zh-cn is taken to have (CJK symbols and
#: punctuation, unified ideographs, full-width forms): only rarer CJK characters are looked up.
_COMMON = ((0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def missing_glyphs(chars: set[str], face: FontFace | None = None) -> set[str]:
    """Chinese (wide) characters the font has no glyph for — they would print as boxes.

    The font's character map is read only when a document has a wide character outside the
    common ranges (an extension-B ideograph, say) — most never do. Narrow characters (marks,
    symbols) are left to fontconfig's fallback.
    """
    rare = {
        c for c in chars if unicodedata.east_asian_width(c) in "WF" and not any(a <= ord(c) <= b for a, b in _COMMON)
    }
    if not rare:
        return set()
    cmap = _cmap(face or find_cjk_fonts()[0])
    return {c for c in rare if ord(c) not in cmap}


@lru_cache(maxsize=2)
def _cmap(face: FontFace) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        return frozenset(TTFont(str(face.path), fontNumber=face.index, lazy=True).getBestCmap())
    except Exception:  # an unreadable font file: no warning rather than a crash
        return frozenset(range(0x110000))
