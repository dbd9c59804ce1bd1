"""Stage 1: read a raw source file (plain text, saved HTML page or .docx) into text."""
from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .records import RawDocument
from .safe_yaml import load_front_matter

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
BINARY_SUFFIXES = DOCX_SUFFIXES | PDF_SUFFIXES
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES
MARKDOWN_COMMENT = re.compile(r"<!--.*?-->", re.S)
MARKDOWN_FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n(.*?)\n---\s*\n", re.S)
MARKDOWN_LINE_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")

# Containers that hold the article on saved pages, most specific first.
ARTICLE_SELECTORS = ("article", "[itemprop=articleBody]", "#content", ".content", ".article", "main", "#article")
CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "select")
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|--|—{2,})\s*")  # 标题————头条——中央纪委国家监委网站
MIN_TITLE_SEGMENT = 6
HEADLINE_TAGS = ("h1", "h2")
# The <meta> tags every government site's article pages carry by the national guideline for government websites
# (政府网站发展指引, 国办发〔2017〕47号): ArticleTitle, PubDate, ContentSource and the site's identifier, SiteIDCode,
# whose first six digits are a local government's division code (万载县人民政府: 3609220011, 360922 being 万载县;
# a central body's begins with bm). Read as a portal's fields: the title weighs in the choice of title, the others
# stand in for a metadata table the page does not print (www.wanzai.gov.cn; fgw.zj.gov.cn; www.ccdi.gov.cn).
# A news site's publishdate is its posting day too (j.021east.com 2024-05-13 12:03:10; health.people.com.cn).
DECLARED_FIELDS = {"pubdate": "published", "publishdate": "published", "contentsource": "publisher", "siteidcode": "site_code"}
DECLARED_TITLE = "articletitle"
FOOTER_MAX_CHARS = 60  # what a box may add under the text when widened to its header: print and close buttons
DENSE_PART_MIN = 50
DENSE_PART_ENDS = 20  # characters at each end of the text Readability picks, to find its element by
DENSE_PART_SHARE = 0.8  # and how much of it the element holds: Readability leaves out some of the box (images, empty blocks)
HEADLINE_MAX_CHARS = 100
HEADER_MAX_CHARS = 600  # what the headline's box may add to the text's: source, date, byline, share buttons
BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "section", "article", "blockquote")


BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
MAX_DAMAGED_SHARE = 0.005  # of a UTF-8 text's characters that may be damaged bytes (shown as U+FFFD) before it counts as another encoding
MAX_SOURCE_BYTES = 64_000_000
MAX_DOCX_UNPACKED_BYTES = 60_000_000
MAX_TEXT_CHARS = 1_000_000  # of text before cleaning (twice a page's limit, archive/pages.py, which applies after)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    undecodable: int = 0  # bytes shown as U+FFFD


class SourceError(ValueError):
    """A source file cannot be imported; str() names the file and the problem."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def read_source(path: Path, data: bytes | None = None) -> RawDocument:
    """Read one source file (its bytes, when the caller has read them already); raise SourceError naming the file and the problem."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceError(path, f"unsupported file type {suffix or '(none)'}; expected .txt, .md, .html, .docx or .pdf")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise SourceError(path, f"the file is {size:,} bytes; at most {MAX_SOURCE_BYTES:,} are imported (split the document)")
    data = path.read_bytes() if data is None else data
    if not data.strip():
        raise SourceError(path, "the file is empty")
    if suffix in DOCX_SUFFIXES:
        return RawDocument(path, data, _bounded(path, docx_text(path, data)), "docx", "docx")
    if suffix in PDF_SUFFIXES:
        return RawDocument(path, data, _bounded(path, pdf_text(path, data)), "pdf", "pdf")
    decoded = decode(path, data)
    _bounded(path, decoded.text)
    problems = (f"{decoded.undecodable} byte(s) could not be decoded as {decoded.encoding} and are shown as �",) if decoded.undecodable else ()
    if "+" in decoded.encoding:
        problems += (f"the file mixes encodings ({decoded.encoding.replace('+', ' and ')}); decoded line by line",)
    if suffix in HTML_SUFFIXES:
        body, hints, declared = html_text(decoded.text)
        return RawDocument(path, data, body, decoded.encoding, "html", hints, problems, declared)
    if suffix in MARKDOWN_SUFFIXES:
        body, hints = markdown_text(decoded.text)
        return RawDocument(path, data, body, decoded.encoding, "markdown", hints, problems)
    return RawDocument(path, data, decoded.text, decoded.encoding, "text", (), problems)


def shown_text(path: Path) -> tuple[str, str]:
    """An original as a reader checks it, and its encoding: text formats decoded whole, markup and all;
    .docx and .pdf as their text (a saved page need not be parsed to be shown)."""
    if path.suffix.lower() in BINARY_SUFFIXES:
        raw = read_source(path)
        return raw.text, raw.encoding
    decoded = decode(path, path.read_bytes())
    return decoded.text, decoded.encoding


def _bounded(path: Path, text: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise SourceError(path, f"the text has {len(text):,} characters; at most {MAX_TEXT_CHARS:,} are imported (split the document)")
    return text


def markdown_text(markup: str) -> tuple[str, tuple[str, ...]]:
    """The text of a Markdown document (as law repositories keep them), and the title its front matter declares.

    Heading, quote, list and emphasis marks are dropped; a YAML front matter
    block (---) is not text: its title is a hint for the title choice.
    """
    hints: tuple[str, ...] = ()
    if match := MARKDOWN_FRONT_MATTER.match(markup):
        try:
            front = load_front_matter(match.group(1))
        except yaml.YAMLError:
            front = None
        if isinstance(front, dict):
            markup = markup[match.end():]
            hints = tuple(str(front[key]).strip() for key in ("title", "name") if front.get(key))
    lines = MARKDOWN_COMMENT.sub("", markup).splitlines()
    return "\n".join(MARKDOWN_EMPHASIS.sub(r"\2", MARKDOWN_LINE_MARKS.sub("", line)) for line in lines), hints


def decode(path: Path, data: bytes) -> Decoded:
    """Decode bytes of unknown encoding: UTF-8/16/32 with or without BOM, GB18030, Big5, or a mix by line.

    Bytes that no encoding explains are shown as U+FFFD and counted, so a file with a few
    damaged bytes is still imported (with a warning); only data that is not text at all is refused.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _counted(data[len(bom):].decode(encoding, errors="replace"), encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _is_chinese_or_latin_text(text):
                return Decoded(text, encoding)
        raise SourceError(path, "binary data, not a text document (NUL bytes, and not UTF-16 text)")
    lenient = _counted(data.decode("utf-8", errors="replace"), "utf-8")
    if lenient.undecodable <= max(2, len(lenient.text) * MAX_DAMAGED_SHARE):
        return lenient
    if _mixes_utf8_lines(data):
        return _decoded_by_line(path, data)
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "cp1252"]).best()
    if best is not None:
        encoding = "gb18030" if best.encoding in {"gb2312", "gbk"} else best.encoding
        if _is_chinese_or_latin_text(str(best)) and re.search(r"[\u4e00-\u9fff]", str(best)):
            return Decoded(str(best), encoding)
    return _decoded_by_line(path, data)


def _counted(text: str, encoding: str) -> Decoded:
    return Decoded(text, encoding, text.count("\ufffd"))


def _decoded_by_line(path: Path, data: bytes) -> Decoded:
    """Each line in UTF-8 (with a few damaged bytes), else GB18030 (files pasted together from two sources)."""
    lines, used = [], []
    for line in data.split(b"\n"):
        lenient = line.decode("utf-8", errors="replace")
        encoding = "utf-8"
        if lenient.count("\ufffd") > len(lenient) * 0.1:
            try:
                lenient, encoding = line.decode("gb18030"), "gb18030"
            except UnicodeDecodeError:
                pass
        lines.append(lenient)
        if not line.isascii() and encoding not in used:
            used.append(encoding)
    decoded = _counted("\n".join(lines), "+".join(used) or "utf-8")
    if not _is_chinese_or_latin_text(decoded.text.replace("\ufffd", "")) or decoded.undecodable > len(decoded.text) // 20:
        raise SourceError(path, "cannot determine the text encoding: no encoding (UTF-8, UTF-16, GB18030, Big5) gives readable text")
    return decoded


def _mixes_utf8_lines(data: bytes) -> bool:
    """True when a good share of the non-ASCII lines are valid UTF-8 and others are not."""
    valid = invalid = 0
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            invalid += 1
    return invalid > 0 and valid >= max(2, (valid + invalid) // 5)


def _is_chinese_or_latin_text(text: str) -> bool:
    """Most characters are Chinese, CJK punctuation, full-width forms, ASCII or white space (random bytes are not)."""
    if not text:
        return False
    common = sum(1 for char in text if char.isascii() and (char.isprintable() or char in "\r\n\t") or "\u3000" <= char <= "\u303f" or "\u4e00" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" or "\u2010" <= char <= "\u2027")
    return common >= 0.9 * len(text)


def html_text(markup: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The article of a saved web page as lines of text, the titles the page declares (its ArticleTitle, <h1>, <title>),
    and the fields its <meta> tags declare (DECLARED_FIELDS).

    The portal's metadata table is kept (one row a line, cells apart) for the
    cleaning stage to read; other page chrome is dropped.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    heading, page_title = soup.find("h1"), soup.find("title")
    declared = declared_fields(soup)
    hints = tuple(dict.fromkeys(
        hint for hint in (
            dict(declared).get("title", ""),
            heading.get_text(" ", strip=True) if heading else "",
            _first_title_segment(page_title.get_text(" ", strip=True)) if page_title else "",
        ) if hint
    ))
    for tag in soup(CHROME_TAGS):
        tag.decompose()
    container = _article_container(soup, markup)
    outside = [table for table in soup.find_all("table") if not any(parent is container for parent in table.parents)]
    parts = [_block_text(table) for table in outside if _is_metadata_table(table)] + [_block_text(container)]
    lines = [line.strip() for part in parts for line in part.splitlines()]
    if heading and (headline := heading.get_text(" ", strip=True)) and not any(line == headline for line in lines):
        lines.insert(0, headline)
    return "\n".join(line for line in lines if line), hints, tuple((field, value) for field, value in declared if field != "title")


def declared_fields(soup) -> tuple[tuple[str, str], ...]:
    """The fields a government site's page declares in its <meta> tags (DECLARED_FIELDS), and its ArticleTitle as
    "title"; empty values left out."""
    head = soup.find_all("meta", attrs={"name": True, "content": True})
    names = {**DECLARED_FIELDS, DECLARED_TITLE: "title"}
    found: dict[str, str] = {}
    for tag in head:
        field, value = names.get(tag["name"].strip().lower()), " ".join(tag["content"].split())
        if field and value and field not in found:
            found[field] = value
    return tuple(found.items())


def _block_text(element) -> str:
    for tag in element.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in element.find_all(("td", "th")):
        cell.insert_after(" ")
    return element.get_text()


def _is_metadata_table(table) -> bool:
    """A portal's table of 索引号/发文机关/成文日期 above the article, outside the article's container."""
    from . import rules

    text = table.get_text(" ", strip=True)
    return len(rules.portal_labels().pattern.findall(text)) >= 3


def _first_title_segment(page_title: str) -> str:
    """The document's part of a <title> such as 标题_通知公告_某某省人民政府网 or 标题 - 某某网."""
    segments = [segment.strip() for segment in TITLE_SEPARATORS.split(page_title) if segment.strip()]
    return segments[0] if segments and len(segments[0]) >= MIN_TITLE_SEGMENT else page_title


def _article_container(soup, markup: str):
    """The element holding the article: the largest of the usual article boxes, else the part of the page that
    Readability's scoring of text density finds (a portal whose box has a name of its own: fgw.zj.gov.cn,
    health.people.com.cn), which leaves the menus, lists of other articles and footer out."""
    candidates = [found for selector in ARTICLE_SELECTORS for found in soup.select(selector)]
    candidates = [found for found in candidates if len(found.get_text(strip=True)) > 50]
    if candidates:
        return _with_its_headline(max(candidates, key=lambda found: len(found.get_text(strip=True))))
    if soup.body is None:
        return soup  # a fragment of a page (a database's copy of the article) is all article
    densest = _densest_part(soup, markup)
    return _with_its_header(densest) if densest is not None else soup.body


def _densest_part(soup, markup: str):
    """The smallest element of the page holding all the text Readability picks as the article: Readability returns
    a cleaned copy, and the page's own element is needed to find the headline and date lines above it."""
    from bs4 import BeautifulSoup
    from readability import Document

    try:
        summary = Document(markup).summary(html_partial=True)
    except Exception:  # Readability gives up on a page with no text to score; the whole page is then read
        return None
    picked = _squeezed(BeautifulSoup(summary, "html.parser").get_text())
    if len(picked) <= DENSE_PART_MIN:
        return None
    ends = (picked[:DENSE_PART_ENDS], picked[-DENSE_PART_ENDS:])
    holding = [element for element in soup.body.find_all(True)
               if all(end in (text := _squeezed(element.get_text())) for end in ends) and len(text) >= DENSE_PART_SHARE * len(picked)]
    return min(holding, key=lambda element: len(element.get_text()), default=None)


def _with_its_header(part):
    """The part widened to the largest box around it that adds no more than a header's worth of text: the headline and
    the lines under it, whatever their tags (<p class="con-title"> / 发布日期：2016-11-22 信息来源：省发改委: fgw.zj.gov.cn)."""
    from bs4 import NavigableString

    size = len(part.get_text(strip=True))
    widest = part
    for parent in part.parents:
        if parent.name in ("body", "[document]"):
            break
        before = sum(len(text.strip()) for text in part.find_all_previous(string=True) if type(text) is NavigableString and parent in text.parents)  # not comments, which get_text leaves out
        after = len(parent.get_text(strip=True)) - size - before
        if before > HEADER_MAX_CHARS:
            break
        if after > FOOTER_MAX_CHARS:  # a box that adds lists of other articles beside or under the text: only its header is taken
            return _header_and(parent, widest) if 0 < before <= HEADLINE_MAX_CHARS else widest
        widest = parent
    return widest


def _header_and(box, part):
    """A new box holding what `box` prints above the branch that holds `part`, then `part` (the headline and its date in
    the box that also holds a side column: ifeng.com)."""
    from bs4 import BeautifulSoup

    branch = next(ancestor for ancestor in [part, *part.parents] if ancestor.parent is box)
    joined = BeautifulSoup("<div></div>", "html.parser").div
    for element in [*branch.find_previous_siblings()][::-1] + [part]:
        joined.append(copy.copy(element))
    return joined


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _with_its_headline(container):
    """The article's container widened to take in its headline and the lines under it (source, date,
    byline), when the page sets them above the text's own box (<h2 class="tit"> beside <div
    class="content">: www.ccdi.gov.cn), and widening adds little else."""
    headline = container.find_previous(HEADLINE_TAGS)
    if headline is None or len(headline.get_text(strip=True)) > HEADLINE_MAX_CHARS:
        return container
    headline_boxes = {id(parent) for parent in headline.parents}
    around = next((parent for parent in container.parents if id(parent) in headline_boxes), None)
    if around is None or len(around.get_text(strip=True)) - len(container.get_text(strip=True)) > HEADER_MAX_CHARS:
        return container
    return around


def docx_text(path: Path, data: bytes) -> str:
    """The paragraphs of a Word document, one a line, with table rows in their place.

    The archive is opened only if what it unpacks to is bounded (a small .docx can expand to
    gigabytes of XML); table cells are read from the XML directly, which stays linear in the
    table's size where the library's cell grid does not.
    """
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    _check_unpacked_size(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SourceError(path, f"not a readable .docx file ({error})") from error
    lines = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = dict.fromkeys("".join(text.text or "" for text in cell.iter(qn("w:t"))).strip() for cell in row.iterchildren(qn("w:tc")))
                lines.append(" ".join(cell for cell in cells if cell))
    return "\n".join(lines)


def _check_unpacked_size(path: Path, data: bytes) -> None:
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile as error:
        raise SourceError(path, f"not a readable .docx file ({error})") from error
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise SourceError(path, f"the .docx unpacks to {unpacked:,} bytes; at most {MAX_DOCX_UNPACKED_BYTES:,} are read (a damaged or hostile file?)")


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF, page after page (a scanned PDF without one is refused, not guessed at)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(path, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise SourceError(path, f"not a readable PDF ({error})") from error
    text = "\n".join(pages)
    if not re.search(r"[\u3400-\u9fff]", text):
        raise SourceError(path, "the PDF has no Chinese text layer (a scanned image? run OCR first)")
    return text