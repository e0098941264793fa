"""Builders of report fixtures in real-world formats, made from seed text at test time."""

from __future__ import annotations

import html as html_lib
import io


def gov_table_page(text: str, charset: str = "gbk", date: str = "2021-01-15") -> bytes:
    """A saved government page of the older kind: layout tables, a menu table, breadcrumb,
    the 信息公开 metadata table (索引号/发布机构/文号), 【打印本页】【关闭窗口】, 扫一扫, ICP footer."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    title, body = lines[0], lines[1:]
    paras = "\n".join(f'<p style="text-indent:2em">{html_lib.escape(p)}</p>' for p in body)
    menu = "".join(
        f'<td class="menu"><a href="/{k}/">{v}</a></td>'
        for k, v in [
            ("", "首页"),
            ("zwgk", "政务公开"),
            ("zwfw", "政务服务"),
            ("hdjl", "互动交流"),
            ("fzzf", "法治政府"),
        ]
    )
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html_lib.escape(title)}</title><script>var _hmt = _hmt || [];</script></head>
<body><table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td><img src="/images/logo.png" alt="某区人民政府"></td><td>智能问答 | 无障碍浏览 | 繁體版</td></tr></table>
<table width="100%" class="nav"><tr>{menu}</tr></table>
<table width="100%"><tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></td></tr></table>
<table width="100%" class="xxgk" border="1">
<tr><td>索 引 号：</td><td>11440105007502178Y/2021-00012</td><td>分 类：</td><td>政务公开、法治政府</td></tr>
<tr><td>发布机构：</td><td>某区司法局</td><td>发文日期：</td><td>{date}</td></tr>
<tr><td>名 称：</td><td colspan="3">{html_lib.escape(title)}</td></tr>
<tr><td>文 号：</td><td></td><td>主 题 词：</td><td>政务公开 信息公开</td></tr></table>
<table width="100%"><tr><td align="center" class="title"><b>{html_lib.escape(title)}</b></td></tr>
<tr><td align="center">发布日期：{date}　 来源：区司法局　 浏览次数：1024　 字体：[大 中 小]</td></tr>
<tr><td class="content" id="zoom">{paras}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>扫一扫在手机打开当前页 <img src="/qrcode.png"></td></tr></table>
<table width="100%" class="footer"><tr><td>主办：某区人民政府办公室　承办：某区政务服务数据管理局<br>
地址：某区某路1号　邮编：510000　网站标识码：4401050001　粤ICP备05085383号　粤公网安备 44010502000123号<br>
<a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | 政务公开 | 信息公开指南</td></tr></table>
</td></tr></table></body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)


def gov_html_page(text: str, charset: str = "gb2312", date: str = "2021-01-15 10:30") -> bytes:
    """A saved government web page: navigation, breadcrumbs, 字号/打印 bar, share widget, footer."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    title, body = lines[0], lines[1:]
    paras = "\n".join(f"<p>{html_lib.escape(p)}</p>" for p in body)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html_lib.escape(title)}_某区人民政府门户网站</title>
<meta name="PubDate" content="{date}"></head>
<body>
<div class="topbar">无障碍 | 简体 | 繁体 | 长者模式 | 登录</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li>政务服务</li><li>互动交流</li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设年度报告</div>
<div class="article"><h1>{html_lib.escape(title)}</h1>
<div class="info">发布时间：{date} 来源：本网 字号：[大 中 小] 【打印本页】【关闭窗口】</div>
<div class="content">{paras}</div>
<div class="share">分享到：微信 微博 QQ空间</div></div>
<div class="footer">主办单位：某区人民政府办公室 版权所有 ICP备12345678号 网站标识码4401050001</div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gb2312", "gbk", "gb18030") else charset)


def docx_bytes(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        if line.strip():
            d.add_paragraph(line)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "指标"
    t.cell(0, 1).text = "数值"
    t.cell(1, 0).text = "附表"
    t.cell(1, 1).text = "1"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def pdf_bytes(
    text: str,
    header: str = "法治政府建设年度报告",
    letter_spacing: str = "normal",
    font_size: str = "12pt",
    align: str = "left",
    page: str = "A4",
    margin: str = "25mm",
) -> bytes:
    """An A4 PDF with a running header and page numbers, lines wrapped by the layout."""
    from weasyprint import HTML

    from checker.fonts import css_family

    paras = "".join(f"<p>{html_lib.escape(p)}</p>" for p in text.split("\n") if p.strip())
    family = css_family()
    css = f"""
    @page {{ size: {page}; margin: {margin};
      @top-center {{ content: "{header}"; font-family: {family}; font-size: 9pt; }}
      @bottom-center {{ content: "- " counter(page) " -"; font-family: {family}; font-size: 9pt; }} }}
    body {{ font-family: {family}; font-size: {font_size}; line-height: 1.6; letter-spacing: {letter_spacing};
      text-align: {align}; }}
    p {{ text-indent: 2em; margin: 0; }}"""
    return HTML(string=f"<html><head><style>{css}</style></head><body>{paras}</body></html>").write_pdf()


# ----------------------------------------------------------------------------- Word list numbering

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPED_NUMBERS = (r"^[一二三四五六七八九十]+、", r"^[（(][一二三四五六七八九十]+[）)]", r"^\d+[.．、]")
_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))


def numbered_docx_bytes(text: str, via_style: bool = False) -> bytes:
    """A Word file of the text whose headings' numbers (一、 （一） 1.) are Word's automatic
    numbering, as a drafting office's template writes them: the numbers are not in the text but
    in numbering.xml, applied by each paragraph (``numPr``) or, with ``via_style``, by its
    heading style (the style names the list, the list's level names the style)."""
    import re
    import zipfile
    from xml.sax.saxutils import escape

    paras = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        ppr = ""
        for lvl, pat in enumerate(_TYPED_NUMBERS):
            m = re.match(pat, line)
            if m:
                line = line[m.end() :]
                ppr = (
                    f'<w:pPr><w:pStyle w:val="H{lvl + 1}"/></w:pPr>'
                    if via_style
                    else f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                )
                break
        paras.append(f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:pStyle w:val="H{i + 1}"/>' if via_style else "")
        + f'<w:lvlText w:val="{tpl}"/></w:lvl>'
        for i, (fmt, tpl) in enumerate(_LEVELS)
    )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="H{i + 1}"><w:basedOn w:val="Normal"/>'
        f'<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        for i in range(len(_LEVELS))
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(
            "word/document.xml", f'<w:document xmlns:w="{_W_NS}"><w:body>{"".join(paras)}</w:body></w:document>'
        )
        zf.writestr(
            "word/numbering.xml",
            f'<w:numbering xmlns:w="{_W_NS}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
        )
        zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{_W_NS}">{styles}</w:styles>')
    return buf.getvalue()


def cover_page(title: str, intro: str, link: str = "/files/report.pdf", embed: bool = False) -> bytes:
    """A government page that publishes its report as an attachment: a title, a sentence and a
    link to the file (or, with ``embed``, the file shown in an embedded PDF viewer)."""
    tail = (
        f'<iframe src="/pdfjs/web/viewer.html?file={link}" width="100%"></iframe><embed src="{link}">'
        if embed
        else f'<p>附件：<a href="{link}">{html_lib.escape(title)}.pdf</a></p>'
    )
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html_lib.escape(title)}</title></head>
<body><div class="nav">首页 &gt; 政务公开 &gt; 法治政府建设年度报告</div>
<div class="article"><h1>{html_lib.escape(title)}</h1><div class="info">发布时间：2024-03-20</div>
<div class="content"><p>{html_lib.escape(intro)}</p>{tail}</div></div>
<div class="footer">主办单位：某区人民政府办公室 版权所有</div></body></html>"""
    return page.encode("utf-8")


#: A web page's chrome as "select all, copy" brings it into a text file: (top, bottom) pairs.
WEB_CHROME = [
    (
        "首页 > 政务公开 > 法治政府建设 > 正文\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n"
        "发布时间：2024-03-01 10:30  来源：区司法局  浏览次数：1234\n",
        "\n分享到：微信 微博 QQ空间\n【打印本页】【关闭窗口】\n主办单位：某区人民政府办公室 版权所有 ICP备12345678号\n"
        "网站标识码：4401050001 公安机关备案号：44010502000001\n",
    ),
    (
        "当前位置：首页 > 信息公开 > 法定主动公开内容 > 法治政府建设年度报告\n"
        "索引号：11440105007483123X/2024-00012  发布机构：某区司法局\n发布日期：2024-03-01  字号：[ 大 中 小 ]\n",
        "\n扫一扫在手机打开当前页\n【我要纠错】 【打印】 【关闭】\n上一篇：某区2022年度法治政府建设情况报告\n"
        "下一篇：关于印发某区2024年普法依法治理工作要点的通知\n责任编辑：张三\n",
    ),
    (  # a WeChat article copied from the browser: its byline names the account and where it posted
        "原创 海珠司法 海珠区司法局 2024-03-01 18:00 广东\n",
        "\n阅读原文\n阅读 1024\n在看 12\n写留言\n",
    ),
]
