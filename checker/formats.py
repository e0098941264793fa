"""Load stage, continued: text out of the formats reports really arrive in.

Government reports are published as web pages (with navigation, breadcrumbs, 字号/打印 bars),
as PDFs (running headers, page numbers, lines broken mid-sentence) or as Word files, and
researchers' crawlers save pages as Markdown. The format is detected from the content, not the
file name (a Markdown file also by its name: plain text is valid Markdown). Each extractor
returns the text that becomes the *original* (every evidence offset points into it) and, for
PDFs, where pages start.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from .decode import MAX_CHARS, decode_bytes
from .errors import InputError
from .wordnum import MC, STRICT_NS, Numbering, W, read_numbering, word_part

#: Decompressed size above which a DOCX is refused (a "zip bomb" must not exhaust memory).
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_PDF_PAGES = 1000


def _reason(exc: BaseException) -> str:
    """A short, safe description of a parser's failure (type and first words of its message)."""
    msg = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__


@dataclass(frozen=True)
class Extracted:
    text: str
    format: str  # text | html | pdf | docx | markdown
    page_starts: tuple[int, ...] = ()
    published: str | None = None
    title: str | None = None
    attachments: tuple[str, ...] = ()  # a web page's links to document files (its report may be one)
    encoding: str | None = None  # the encoding the bytes were read in, where they were text (HTML, Markdown)


def sniff(data: bytes) -> str:
    """The format of a report from its first bytes."""
    head = data[:2048]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    # a saved page starts with markup; a text report that mentions <header> in passing does not
    if probe.startswith(b"<") and (
        probe.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in probe or b"<head" in probe
    ):
        return "html"
    return "text"


# ----------------------------------------------------------------------------- HTML

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "big5": "big5hkscs"}


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    return _ALIASES.get(name, name)


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding used): the page's declared charset honoured (GB2312/GBK pages are common),
    else detected."""
    enc = declared_charset(data)
    if enc in _SINGLE_BYTE:
        # a Chinese page labelled with a Western charset by a careless server or editor: UTF-8
        # when it decodes so, else whatever detection finds (GBK as often)
        enc = "utf-8" if _is_utf8(data) else None
    if enc:
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    return decode_bytes(data, name)


#: Declared charsets that cannot hold Chinese: a page with them is UTF-8 when it decodes so, or
#: whatever detection finds.
_SINGLE_BYTE = frozenset({"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"})


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data[:200_000])


# Page titles end with the site's name after a separator: "报告标题_某区人民政府门户网站".
_TITLE_SUFFIX = re.compile(r"\s*[_|｜]+\s*[^_|｜]{2,40}$|\s+[-—]+\s+[^-—]{2,40}$")


def extract_html(data: bytes, name: str) -> Extracted:
    """The article of a saved web page, with its title and publication date.

    readability-lxml finds the node holding the article — also on older government pages laid
    out with tables, where the menu, the 信息公开 metadata table, 【打印本页】 and the footer sit
    in cells around it; trafilatura reads the title and the publication date. A page whose
    article cannot be found is refused, not scored as empty.
    """
    import lxml.html
    import trafilatura
    from readability import Document as Readable

    html, encoding = decode_html(data, name)
    if '<meta name="generator" content="checker">' in html[:4096]:
        raise InputError(f"{name}: an audit or comparison written by checker, not a report")
    try:
        summary = Readable(_sections_as_divs(html)).summary(html_partial=True)
        article = lxml.html.fromstring(summary) if summary.strip() else None
        text = _block_text(article) if article is not None else ""
        attachments = _attachments(article, html)
        meta = trafilatura.extract_metadata(html)
    except InputError:
        raise
    except Exception as exc:  # lxml, readability and trafilatura on hostile markup
        raise InputError(f"{name}: cannot parse the web page ({_reason(exc)})") from None
    if not text.strip():
        advice = "save the report's own page or its PDF"
        if attachments:
            advice = f"it shows {', '.join(attachments[:3])}: the report is probably that file, score it"
        raise InputError(f"{name}: no article text found in the web page; {advice}")
    title = (meta.title if meta else None) or None
    if title:
        title = _TITLE_SUFFIX.sub("", title).strip()
        first = text.lstrip().split("\n", 1)[0]
        if title and title not in first and len(title) <= 80:
            text = f"{title}\n{text}"
    return Extracted(
        text=text,
        format="html",
        published=(meta.date if meta else None),
        title=title,
        attachments=attachments,
        encoding=encoding,
    )


def _sections_as_divs(html: str) -> str:
    """The page with its ``<section>`` elements as ``<div>``: WeChat articles (and pages built
    with their editors) wrap every paragraph in one. readability turns a ``<div>`` holding only
    text into a paragraph, but drops a ``<section>`` under 25 characters — every heading and
    salutation (一、主要做法及成效) — as clutter: a seed so published lost its title and headings,
    and its plans read as work done."""
    if "<section" not in html and "<SECTION" not in html:
        return html
    import lxml.html

    doc = lxml.html.document_fromstring(html)
    for el in doc.iter("section"):
        el.tag = "div"
    return lxml.html.tostring(doc, encoding="unicode")


#: File types a government page attaches its report as (links and embedded viewers).
_DOCUMENT_LINK = re.compile(r"\.(pdf|ofd|docx?|wps|rtf|zip|rar|7z)$", re.I)
_EMBEDDED = re.compile(r"<(?:iframe|embed|object)\b[^>]*?\b(?:src|data)\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_HREF = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]+)", re.I)
MAX_ATTACHMENTS = 20


def _attachments(article: Any, html: str) -> tuple[str, ...]:
    """Links to document files in the article, and documents the page embeds in a viewer.

    Many sites publish the report as an attached PDF or Word file under a one-paragraph page;
    scored, that page would rank last with a few points. Embedded viewers (iframe/embed/object)
    are taken from the whole page: readability drops them from the article — and, on a page
    this short, sometimes the paragraph holding the link too; then the page's links are read.
    """
    links: list[str] = []
    hrefs = [a.get("href") or "" for a in article.iter("a")] if article is not None else []
    if not any(_document_links(h.strip()) for h in hrefs):  # readability may leave a short page's link out
        hrefs = [m.group(1) for m in _HREF.finditer(html)]
    for href in hrefs + [m.group(1) for m in _EMBEDDED.finditer(html)]:
        for link in _document_links(href.strip()):
            if link not in links:
                links.append(link)
    return tuple(links[:MAX_ATTACHMENTS])


def _document_links(href: str) -> list[str]:
    """The document a link points to: itself, or a viewer's parameter (viewer.html?file=x.pdf)."""
    from urllib.parse import parse_qsl, urlsplit

    if href.lower().startswith(("javascript:", "mailto:")):
        return []
    try:
        parts = urlsplit(href)
        if _DOCUMENT_LINK.search(parts.path):
            return [href]
        return [v for _k, v in parse_qsl(parts.query) if _DOCUMENT_LINK.search(urlsplit(v).path)]
    except ValueError:  # a malformed address (an unclosed IPv6 bracket) is no link to follow
        return []


#: Elements that start a new line of text (paragraphs, headings, list items, table rows, breaks).
_BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 table section article blockquote pre dt dd".split())


def _list_number(ol: Any, n: int) -> str:
    """The number a browser shows before an ordered list's ``n``-th item (1. 2. …, counted from
    ``start``): a report's numbered headings are sometimes such a list."""
    try:
        n += int(ol.get("start") or 1) - 1
    except ValueError:
        pass
    return f"{n}."


def _block_text(root: Any) -> str:
    """Text of an element tree with a line break at every block element (as a browser shows it)."""
    parts: list[str] = []

    def walk(el: Any, number: str = "") -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript"):
            if el.tail:
                parts.append(el.tail)
            return
        if tag in _BLOCKS:
            parts.append("\n")
        parts.append(number)
        if el.text:
            parts.append(el.text)
        items = 0
        for child in el:
            if tag == "ol" and child.tag == "li":
                items += 1
                walk(child, _list_number(el, items))
            else:
                walk(child)
        if tag in _BLOCKS:
            parts.append("\n")
        elif tag in ("td", "th"):
            parts.append("\t")
            if el.tail and el.tail.isspace():  # (markup's line breaks between a row's cells)
                return
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = [" ".join(ln.split()) for ln in "".join(parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


# ----------------------------------------------------------------------------- Markdown

MARKDOWN_SUFFIXES = (".md", ".markdown")
#: Text carrying Markdown's block markup whatever its name: ATX headings (# 一、…) or bold
#: paragraph leads (**（一）…**) on several lines — what web crawlers and Word-to-Markdown
#: converters write. A plain report's lines never start so.
_MARKDOWN_LINE = re.compile(rb"^(#{1,6}[ \t]+\S|\*\*\S)", re.M)
MARKDOWN_MIN_LINES = 3
#: Emphasis markers CommonMark leaves in CJK text: a closing ** after 。 or ） and before a
#: character is not "right-flanking", so **（一）强化部署。**年初… keeps its asterisks
#: (commonmark/commonmark-spec#650; markdown-it-py keeps to the spec, executablebooks/
#: markdown-it-py#387). Only the text is read here, so the markers are dropped.
_LEFTOVER_EMPHASIS = re.compile(r"\*\*\*?|~~")


def is_markdown(data: bytes, name: str) -> bool:
    """A Markdown file: named so, or text whose lines carry Markdown's block markup."""
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return True
    return len(_MARKDOWN_LINE.findall(data, 0, 65536)) >= MARKDOWN_MIN_LINES


def extract_markdown(data: bytes, name: str) -> Extracted:
    """The text a Markdown file shows (what a crawler saved a report's page as, or a converter
    made of its Word file): headings, bold leads and list numbers as text, without the markup that
    would hide a heading's number (# 一、…, **（一）…**) from the structure stage; links to
    document files are the page's attachments, as on a web page."""
    import lxml.html
    from markdown_it import MarkdownIt

    text, encoding = decode_bytes(data, name)
    try:
        html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)
        root = lxml.html.fromstring(f"<div>{html}</div>")
        out = _LEFTOVER_EMPHASIS.sub("", _block_text(root))
        attachments = _attachments(root, html)
    except Exception as exc:  # markdown-it and lxml on hostile input
        raise InputError(f"{name}: cannot read the Markdown file ({_reason(exc)})") from None
    return Extracted(text=out, format="markdown", attachments=attachments, encoding=encoding)


# ----------------------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(r"^[\s\-—–·•]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*(共\s*)?\d{1,4}\s*页?)?[\s\-—–·•]*$")


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())


def extract_pdf(data: bytes, name: str) -> Extracted:
    """Text layer of a PDF without running headers/footers and page numbers; page offsets kept.

    Runs in an isolated child (see :mod:`checker.isolate`); any failure of the parser is this
    file's error. Extraction stops as soon as the text exceeds what any report holds.
    """
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Published government PDFs often forbid copying but open without a password:
            # AES or RC4 with an empty user password (AES needs the `cryptography` package).
            try:
                ok = bool(reader.decrypt(""))
            except Exception:
                ok = False
            if not ok:
                raise InputError(f"{name}: PDF is protected by a password; save an unprotected copy first")
        info: Any = reader.metadata or {}
        creator = str(info.get("/Creator") or "")
        if creator == "checker":
            raise InputError(f"{name}: an audit or comparison written by checker, not a report")
        n = len(reader.pages)
        if n > MAX_PDF_PAGES:
            raise InputError(f"{name}: PDF has {n} pages; more than {MAX_PDF_PAGES} are not read")
        pages: list[str] = []
        total = 0
        for k, page in enumerate(reader.pages):
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_CHARS:
                raise InputError(
                    f"{name}: PDF text exceeds {MAX_CHARS} characters by page {k + 1}; no report is that long, not read"
                )
            pages.append(text)
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{name}: PDF is damaged (nested too deeply)") from None
    except Exception as exc:  # pypdf raises many types on damaged, hostile or unsupported files
        raise InputError(f"{name}: PDF is damaged, truncated or not supported ({_reason(exc)})") from None
    lines_per_page = [[ln.rstrip() for ln in p.splitlines() if ln.strip()] for p in pages]
    if (
        sum(len("".join(ls).split()) for ls in lines_per_page) == 0
        or sum(len("".join(ls)) for ls in lines_per_page) < 10 * max(1, len(pages)) // 5
    ):
        raise InputError(
            f"{name}: PDF has no text layer (a scanned document?); run OCR first (e.g. ocrmypdf) — "
            "an empty report is not scored"
        )
    repeated = _running_lines(lines_per_page)
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for lines in lines_per_page:
        starts.append(pos)
        kept = []
        for k, ln in enumerate(lines):
            edge = k < 2 or k >= len(lines) - 2
            if edge and (_PAGE_NUMBER.match(ln) or _shape(ln) in repeated):
                continue
            kept.append(ln)
        chunk = "\n".join(kept) + "\n"
        out.append(chunk)
        pos += len(chunk)
    return Extracted(text="".join(out), format="pdf", page_starts=tuple(starts))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits folded) at the top or bottom of at least half of the pages."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        for shape in {_shape(ln) for ln in lines[:2] + lines[-2:]}:
            counts[shape] = counts.get(shape, 0) + 1
    need = max(2, (len(pages) + 1) // 2)
    return {s for s, c in counts.items() if c >= need and len(s) <= 60}


# ----------------------------------------------------------------------------- DOCX


#: No report has more paragraphs than this (a DOCX with millions of empty ones is refused fast).
MAX_DOCX_PARAGRAPHS = 200_000


def extract_docx(data: bytes, name: str) -> Extracted:
    """The text of a Word document's body in document order, as Word shows it.

    Streams ``word/document.xml``: paragraphs (also inside tracked insertions, content
    controls, text boxes and nested tables), table rows as tab-separated cells; deleted text
    (``w:delText``), moved-from text and the VML fallback copy of a text box are skipped.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
        names = {i.filename for i in infos}
        total = sum(i.file_size for i in infos)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{name}: damaged ZIP/DOCX file") from None
    if "word/document.xml" not in names:
        if "OFD.xml" in names:
            raise InputError(
                f"{name}: an OFD document (版式文件) is not read; save it as PDF in an OFD reader and score the PDF"
            )
        if "content.xml" in names and "mimetype" in names:
            raise InputError(
                f"{name}: an OpenDocument file is not read; convert it, e.g. "
                f"libreoffice --headless --convert-to docx '{name}'"
            )
        raise InputError(f"{name}: a ZIP archive but not a Word (.docx) document")
    if total > MAX_UNZIPPED:
        raise InputError(f"{name}: DOCX unpacks to {total} bytes; more than {MAX_UNZIPPED} are not read")
    try:
        numbering = read_numbering(zf, names)
        with zf.open("word/document.xml") as fh:
            strict = STRICT_NS[0] in fh.read(4096)
        if strict:  # a "Strict Open XML" save: read whole, its namespace as the usual one
            lines = _docx_lines(io.BytesIO(word_part(zf, "word/document.xml")), name, numbering)
        else:
            with zf.open("word/document.xml") as fh:
                lines = _docx_lines(fh, name, numbering)
    except InputError:
        raise
    except Exception as exc:  # malformed XML, a truncated member, a decompression error
        raise InputError(f"{name}: cannot read DOCX ({_reason(exc)})") from None
    text = "\n".join(ln for ln in lines if ln.strip())
    if not text.strip():
        raise InputError(f"{name}: DOCX without text")
    return Extracted(text=text + "\n", format="docx")


def _docx_lines(fh: Any, name: str, numbering: Numbering | None = None) -> list[str]:
    from lxml import etree

    out: list[str] = []
    paras: list[list[str]] = []  # open paragraphs (a text box's paragraph sits inside one)
    lists: list[dict[str, str]] = []  # each open paragraph's own pStyle / numId / ilvl
    cells: list[list[str]] = []  # open table cells: their paragraphs' text
    rows: list[list[list[str]]] = []  # open table rows: their cells' paragraphs
    skip = 0  # depth inside content not shown (mc:Fallback, w:moveFrom)
    count = 0
    for event, el in etree.iterparse(
        fh, events=("start", "end"), resolve_entities=False, no_network=True, huge_tree=False
    ):
        tag = el.tag
        if tag in (f"{MC}Fallback", f"{W}moveFrom"):
            skip += 1 if event == "start" else -1
            if event == "end":
                el.clear()
            continue
        if skip:
            continue
        if event == "start":
            if tag == f"{W}p":
                paras.append([])
                lists.append({})
                count += 1
                if count > MAX_DOCX_PARAGRAPHS:
                    raise InputError(f"{name}: DOCX has more than {MAX_DOCX_PARAGRAPHS} paragraphs; not a report")
            elif tag == f"{W}tc":
                cells.append([])
            elif tag == f"{W}tr":
                rows.append([])
            continue
        if tag == f"{W}t" and paras:
            paras[-1].append(el.text or "")
        elif tag in _LIST_PROPS and lists and numbering is not None and _paragraph_property(el):
            lists[-1][tag] = el.get(f"{W}val", "")
        elif tag in (f"{W}tab",) and paras:
            paras[-1].append("\t")
        elif tag in (f"{W}br", f"{W}cr") and paras:
            paras[-1].append("\n")
        elif tag == f"{W}p" and paras:
            line = "".join(paras.pop())
            props = lists.pop()
            if numbering is not None:
                line = _list_label(numbering, props) + line
            (cells[-1] if cells else out).append(line)
        elif tag == f"{W}tc" and cells:
            cell = [p.strip() for p in cells.pop() if p.strip()]
            if rows:
                rows[-1].append(cell)
        elif tag == f"{W}tr" and rows:
            (cells[-1] if cells else out).extend(_row_lines(rows.pop()))  # a nested table stays in its cell
        if event == "end" and tag in (f"{W}p", f"{W}tbl", f"{W}sdt"):
            el.clear()  # keep memory flat on long documents
    return out


def _row_lines(cells: list[list[str]]) -> list[str]:
    """A table row as lines: one line of tab-separated cells (a cell's paragraphs joined), or — a
    row with one cell holding text, as when a report's whole body sits in a layout table's cell —
    that cell's paragraphs, each its own line (joined, the report was one line of text)."""
    filled = [c for c in cells if c]
    if len(filled) == 1:
        return filled[0]
    row: list[str] = []
    for c in filled:
        text = " ".join(c)
        if not row or row[-1] != text:  # merged cells repeat their text
            row.append(text)
    return ["\t".join(row)]


_LIST_PROPS = (f"{W}pStyle", f"{W}numId", f"{W}ilvl")


def _paragraph_property(el: Any) -> bool:
    """Whether a pStyle/numId/ilvl is the paragraph's own (not a tracked change's old value)."""
    ppr = el.getparent()
    if ppr is not None and ppr.tag == f"{W}numPr":
        ppr = ppr.getparent()
    owner = ppr.getparent() if ppr is not None and ppr.tag == f"{W}pPr" else None
    return owner is not None and owner.tag == f"{W}p"


def _list_label(numbering: Numbering, props: dict[str, str]) -> str:
    style_num, style_lvl = numbering.paragraph_style(props.get(f"{W}pStyle"))
    num_id = props.get(f"{W}numId", style_num)
    ilvl = props.get(f"{W}ilvl")
    if ilvl is None and num_id == style_num:
        return numbering.label(num_id, style_lvl)
    try:
        return numbering.label(num_id, int(ilvl or 0))
    except ValueError:
        return ""


def extract(data: bytes, name: str) -> Extracted | None:
    """Text of a non-plain-text report, or None for plain text (decoded by the caller).

    Third-party parsers run isolated, with a time and a memory limit (:mod:`checker.isolate`).
    """
    from .isolate import run_isolated

    kind = sniff(data)
    if kind == "pdf":
        return run_isolated(extract_pdf, data, name, name=name, what="reading the PDF")
    if kind == "zip":
        return run_isolated(extract_docx, data, name, name=name, what="reading the Word file")
    if kind == "ole":
        raise InputError(
            f"{name}: legacy Word (.doc) or other OLE file is not read; convert it first, e.g. "
            f"libreoffice --headless --convert-to docx '{name}'"
        )
    if kind == "rtf":
        raise InputError(f"{name}: RTF is not read; convert it, e.g. libreoffice --headless --convert-to docx '{name}'")
    if kind == "image":
        raise InputError(f"{name}: an image, not a text report; run OCR first")
    if kind == "html":
        return run_isolated(extract_html, data, name, name=name, what="reading the web page")
    if is_markdown(data, name):
        return run_isolated(extract_markdown, data, name, name=name, what="reading the Markdown file")
    return None
