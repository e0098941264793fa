"""A real Chinese font for the PDF, subset once per character set and cached on disk.

WeasyPrint's own subsetting of a full CJK font (Noto Sans CJK: 65k glyphs, CFF outlines) costs
several seconds per PDF. We subset the system font once with fontTools to the characters a batch
of audits uses, cache the result under ``~/.cache/checker/fonts`` keyed by font file and
character set, and let WeasyPrint embed that small file unchanged (``full_fonts=True``).
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tempfile
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


def cache_dir() -> Path:
    base = os.environ.get("CHECKER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "checker"
    )
    return Path(base) / "fonts"


def subset_font(face: FontFace, chars: set[str]) -> tuple[Path, set[str]]:
    """Path of a cached subset of ``face`` holding ``chars``; also the chars the font lacks."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    wanted = sorted({c for c in chars if c.isprintable() or c in "\n\t"} | set(" "))
    st = face.path.stat()
    key = hashlib.sha256(
        f"{face.path}|{face.index}|{st.st_size}|{st.st_mtime_ns}|{''.join(wanted)}".encode()
    ).hexdigest()[:24]
    out = cache_dir() / f"{key}.otf"
    missing_file = out.with_suffix(".missing")
    if out.exists() and missing_file.exists():
        return out, set(missing_file.read_text(encoding="utf-8"))
    font = TTFont(str(face.path), fontNumber=face.index, lazy=False)
    cmap = font.getBestCmap()
    missing = {c for c in wanted if ord(c) not in cmap and not c.isspace()}
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in wanted if ord(c) in cmap])
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    out.parent.mkdir(parents=True, exist_ok=True)
    for path, data in ((out, buf.getvalue()), (missing_file, "".join(sorted(missing)).encode("utf-8"))):
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    return out, missing
