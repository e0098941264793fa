"""Builders of report fixtures in real-world formats, made from seed text at test time."""

from __future__ import annotations

import html as html_lib
import io


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


def pdf_bytes(text: str, header: str = "法治政府建设年度报告") -> bytes:
    """An A4 PDF with a running header and page numbers, lines wrapped by the layout."""
    from weasyprint import HTML

    from checker.fonts import css_family

    paras = "".join(f"<p>{html_lib.escape(p)}</p>" for p in text.split("\n") if p.strip())
    family = css_family()
    css = f"""
    @page {{ size: A4; margin: 25mm 25mm;
      @top-center {{ content: "{header}"; font-family: {family}; font-size: 9pt; }}
      @bottom-center {{ content: "- " counter(page) " -"; font-family: {family}; font-size: 9pt; }} }}
    body {{ font-family: {family}; font-size: 12pt; line-height: 1.6; }} p {{ text-indent: 2em; margin: 0; }}"""
    return HTML(string=f"<html><head><style>{css}</style></head><body>{paras}</body></html>").write_pdf()
