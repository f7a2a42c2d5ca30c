#!/usr/bin/env python3
"""Render the seed TXT files as realistic 公文 samples (PDF, DOCX, HTML, DOC).

For each seed ``seeds/<stem>.txt`` this writes, into ``samples/``:

* ``<stem>.fodt``        only in the temporary build dir (Flat ODF text, the source of the renderings)
* ``<stem>.pdf``         via LibreOffice headless
* ``<stem>.docx``        via LibreOffice headless
* ``<stem>.html``        via LibreOffice headless
* ``<stem>.doc``         via LibreOffice headless (unless --no-doc)
* ``<stem>.gb18030.txt`` the seed re-encoded in GB18030

Standard library only. Needs ``soffice`` (Debian: libreoffice-writer or
libreoffice-writer-nogui) and a CJK font (Debian: fonts-noto-cjk) at run time.

What the rendering does with the TXT:

* The front matter (issuer mark, 发文字号, title, recipients, body, signature,
  date, 附注) is found by position and pattern; a forwarded plan that follows the
  date starts on a new page with its own title.
* Paragraphs that the TXT broke at a page break (a line that does not end in
  sentence-final punctuation, a blank line, then the rest) are joined.
* Spaces between a CJK character and an ASCII character (or CJK punctuation)
  are dropped, e.g. ``到 2024 年`` -> ``到2024年``. No other character is changed.
  Spaces between two Han characters are kept, except in titles (where they mark
  the printed line breaks) and in table cells (where they mark the line wraps of
  the original cell, except single letter-spaced characters such as ``指 标``).
* Tab-separated lines become a real bordered table. TSV blocks separated only by
  blank lines (page breaks) are one table: a block whose first row repeats the
  header row loses that row; a first row with empty first and last cells
  (a cell split by the page break) is merged into the row above. The header row
  (a first row starting with 序号) is a repeating header row. Leading empty
  cells become row spans of the cell above; a cell followed only by empty cells
  spans to the end of the row.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HAN = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff'
CJK_PUNCT = '\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2236'
CJK_RE = '[' + HAN + CJK_PUNCT + ']'
HAN_RE = '[' + HAN + ']'
PUNCT_RE = '[' + CJK_PUNCT + ']'
ASCII_RE = '[!-~]'

# Text width of the A4 type area (GB/T 9704: 156 mm).
TEXT_WIDTH_MM = 156.0
PT_PER_MM = 72.0 / 25.4

TERMINAL = '。；：！？）)」』”'
NUM_CN = '一二三四五六七八九十'
DATE_RE = re.compile(r'^\d{4}年\d{1,2}月\d{1,2}日$')
PRINTED_RE = re.compile(r'^(?:(.*\S)\s+)?(\d{4}年\d{1,2}月\d{1,2}日印发)$')
ANNEX_LABEL_RE = re.compile(r'^附件\s*\d+$')
ANNEX_LIST_RE = re.compile(r'^(?:-\s*)?附件[:：]')
ANNEX_ITEM_RE = re.compile(r'^\d+[.．]')
H1_RE = re.compile('^[' + NUM_CN + ']+、')
H2_RE = re.compile('^[（(][' + NUM_CN + ']+[）)]')
H3_RE = re.compile(r'^\d+[.．、]')
H4_RE = re.compile(r'^[（(]\d+[）)]')
NEW_ITEM_RE = re.compile('^(?:[' + NUM_CN + ']+、|[（(][' + NUM_CN + r']+[）)]|[（(]\d+[）)]|\d+[.．、]|——|附件)')


# ---------------------------------------------------------------- text rules

def drop_spaces(text):
    """Drop spurious spaces next to CJK text; keep Han-space-Han."""
    out = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch != ' ':
            out.append(ch)
            i += 1
            continue
        j = i
        while j < n and text[j] == ' ':
            j += 1
        left = text[i - 1] if i > 0 else ''
        right = text[j] if j < n else ''
        if not left or not right:
            i = j  # leading/trailing spaces
            continue
        lc = re.match(CJK_RE, left) is not None
        rc = re.match(CJK_RE, right) is not None
        la = re.match(ASCII_RE, left) is not None
        ra = re.match(ASCII_RE, right) is not None
        lh = re.match(HAN_RE, left) is not None
        rh = re.match(HAN_RE, right) is not None
        spurious = (lc and ra) or (la and rc) or (lc and rc and not (lh and rh))
        if not spurious:
            out.append(' ')
        i = j
    return ''.join(out)


def title_lines(text):
    """Split a title at the spaces that stand for printed line breaks."""
    text = text.strip()
    pieces = []
    start = 0
    for m in re.finditer(r' +', text):
        left = text[m.start() - 1]
        right = text[m.end()]
        rest = text[m.end():]
        nxt = rest.find(' ')
        seg = rest if nxt < 0 else rest[:nxt]
        if (re.match(CJK_RE, left) and (re.match(CJK_RE, right) or right in '(（')
                and len(seg) >= 6 and m.start() - start >= 6):
            pieces.append(text[start:m.start()])
            start = m.end()
    pieces.append(text[start:])
    return [drop_spaces(p) for p in pieces]


def cell_lines(text):
    """A cell's text as lines: Han-space-Han is a wrap of the original cell."""
    text = drop_spaces(text.strip())
    parts = text.split(' ')
    lines = [parts[0]]
    for p in parts[1:]:
        prev = lines[-1]
        if (len(prev.split(' ')[-1]) == 1 and len(p) == 1) or not p or not prev:
            lines[-1] = prev + ' ' + p
        elif re.match(HAN_RE, prev[-1]) and re.match(HAN_RE, p[0]):
            lines.append(p)
        else:
            lines[-1] = prev + ' ' + p
    return lines


def em_width(s):
    w = 0.0
    for ch in s:
        w += 0.55 if ord(ch) < 0x2e80 and ch not in '—“”‘’…' else 1.0
    return w


def is_heading(line):
    if '。' in line or '；' in line or len(line) > 40:
        return False
    return bool(H1_RE.match(line) or H2_RE.match(line) or H3_RE.match(line)
                or H4_RE.match(line))


def heading_level(line):
    if '。' in line or '；' in line or len(line) > 40:
        return 0
    if H1_RE.match(line):
        return 1
    if H2_RE.match(line):
        return 2
    if H3_RE.match(line):
        return 3
    if H4_RE.match(line):
        return 4
    return 0


# ---------------------------------------------------------------- parsing

class Cell:
    def __init__(self, text='', colspan=1):
        self.text = text          # paragraphs separated by '\n'
        self.colspan = colspan
        self.rowspan = 1
        self.covered = False

    @staticmethod
    def cov():
        c = Cell()
        c.covered = True
        return c

    def empty(self):
        return not self.covered and not self.text.strip()


def norm_row(row):
    return [re.sub(r'\s+', '', c) for c in row]


def split_cell_items(text):
    """Numbered items run together in one cell ("…。 2. …") become paragraphs."""
    return re.sub(r'(?<=[。；]) +(?=\d{1,2}\. )', '\n', text)


def build_table(runs):
    """runs: lists of TSV rows separated in the TXT only by blank lines."""
    rows = [list(r) for r in runs[0]]
    header = rows[0] if rows[0][0].strip() == '序号' else None
    repeated = False
    for run in runs[1:]:
        run = [list(r) for r in run]
        if header is not None and norm_row(run[0]) == norm_row(header):
            run = run[1:]
            repeated = True
        if run and rows:
            first, prev = run[0], rows[-1]
            if (len(first) == len(prev) and not first[0].strip()
                    and not first[-1].strip() and prev[-1].strip()
                    and any(c.strip() for c in first)
                    and all(prev[i].strip() for i, c in enumerate(first) if c.strip())):
                # one row split by the page break: rejoin its cells
                for i, c in enumerate(first):
                    if c.strip():
                        p = prev[i].rstrip()
                        sep = '\n' if p and p[-1] in '。；' else ''
                        prev[i] = p + sep + c.strip()
                run = run[1:]
        rows.extend(run)
    width = max(len(r) for r in rows)
    gap = None
    if header is not None:
        for i, c in enumerate(header):
            if i > 0 and not c.strip():
                gap = i
                break
    grid = []
    for r in rows:
        cells = [Cell(split_cell_items(c)) for c in r]
        if len(cells) == width - 1 and gap is not None:
            cells[gap].colspan = 2
            cells.insert(gap + 1, Cell.cov())
        while len(cells) < width:
            cells.append(Cell())
        grid.append(cells)
    header_rows = 1 if header is not None else 0
    # header: empty header cells belong to the cell on their left
    for h in range(header_rows):
        row = grid[h]
        anchor = None
        for j, c in enumerate(row):
            if c.covered:
                continue
            if c.empty() and anchor is not None:
                anchor.colspan += c.colspan
                c.covered = True
            else:
                anchor = c
    # body: a cell followed only by empty cells spans to the end of the row
    for row in grid[header_rows:]:
        live = [j for j, c in enumerate(row) if not c.covered]
        filled = [j for j in live if not row[j].empty()]
        if not filled:
            continue
        last = filled[-1]
        trailing = [j for j in live if j > last]
        if len(trailing) >= 2:
            for j in trailing:
                row[last].colspan += row[j].colspan
                row[j].covered = True
    # body: leading empty cells are row spans of the cell above
    owner = [None] * width
    for row in grid[header_rows:]:
        lead = 0
        while lead < width and row[lead].empty():
            lead += 1
        if lead < width:
            for c in range(lead):
                o = owner[c]
                if o is None or not o.text.strip():
                    break
                o.rowspan += 1
                row[c].covered = True
        for c in range(width):
            if row[c].covered and owner[c] is not None and c < lead:
                continue
            cell = row[c]
            owner[c] = cell if (not cell.covered and cell.colspan == 1) else None
    return {'grid': grid, 'width': width, 'header_rows': header_rows,
            'repeated': repeated}


def parse(text):
    raw = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    # (line, blanks before it)
    items = []
    blanks = 0
    for ln in raw:
        if not ln.strip():
            blanks += 1
            continue
        items.append((ln.rstrip(' \r'), blanks))
        blanks = 0
    blocks = []
    pos = 0

    def take():
        nonlocal pos
        pos += 1
        return items[pos - 1][0].strip()

    blocks.append(('issuer', take()))
    if pos < len(items) and re.search(r'〔\d{4}〕\d+号$', items[pos][0].strip()):
        blocks.append(('docnum', take()))
    blocks.append(('title', take()))
    if pos < len(items) and items[pos][0].strip().endswith(('：', ':')):
        blocks.append(('recipients', drop_spaces(take())))

    # the date of signing ends the notice proper
    date_at = None
    for k in range(pos, len(items)):
        if DATE_RE.match(items[k][0].strip()):
            date_at = k
            break
    if date_at is None:
        raise SystemExit('no signing date found')
    blocks.extend(paragraphs([it[0] for it in items[pos:date_at - 1]]))
    signature = items[date_at - 1][0].strip()
    date = items[date_at][0].strip()
    blocks.append(('signature', signature, date))
    blocks.append(('date', date))
    pos = date_at + 1
    if pos < len(items) and re.match(r'^[（(].*[）)]$', items[pos][0].strip()):
        blocks.append(('note', take()))

    # 版记 at the end
    end = len(items)
    printed = None
    cc = None
    m = PRINTED_RE.match(items[end - 1][0].strip())
    if m:
        org, pdate = m.group(1), m.group(2)
        end -= 1
        if org is None and end > pos and not items[end - 1][0].startswith('抄送'):
            org = items[end - 1][0].strip()
            end -= 1
        printed = (org or '', pdate)
        if end > pos and items[end - 1][0].strip().startswith('抄送'):
            cc = items[end - 1][0].strip()
            end -= 1

    # a forwarded document: its title, then its body and attachments
    if pos < end:
        blocks.append(('subtitle', items[pos][0].strip()))
        pos += 1
        blocks.extend(enclosed(items[pos:end]))
    if cc or printed:
        blocks.append(('banji', cc, printed))
    return blocks


def paragraphs(lines):
    """Reflow lines (each a TXT line between blank lines) into paragraphs."""
    out = []
    cur = None
    for ln in lines:
        s = ln.strip()
        if cur is not None:
            prev = cur
            if (not is_heading(prev) and prev[-1] not in TERMINAL
                    and not NEW_ITEM_RE.match(s)):
                cur = prev + s
                continue
            out.append(cur)
        cur = s
    if cur is not None:
        out.append(cur)
    blocks = []
    for p in out:
        lvl = heading_level(p)
        blocks.append(('h%d' % lvl, drop_spaces(p)) if lvl else ('para', drop_spaces(p)))
    return blocks


def enclosed(items):
    blocks = []
    pending = []   # paragraph lines
    k = 0

    def flush():
        if pending:
            blocks.extend(paragraphs(pending))
            del pending[:]

    while k < len(items):
        line = items[k][0]
        s = line.strip()
        if '\t' in line:
            flush()
            runs = [[line.split('\t')]]
            k += 1
            while k < len(items) and '\t' in items[k][0]:
                if items[k][1] > 0:
                    runs.append([])
                runs[-1].append(items[k][0].split('\t'))
                k += 1
            blocks.append(('table', build_table(runs)))
            continue
        if ANNEX_LABEL_RE.match(s):
            flush()
            blocks.append(('annex_label', s))
            k += 1
            if k < len(items) and '\t' not in items[k][0]:
                blocks.append(('annex_caption', items[k][0].strip()))
                k += 1
            continue
        if ANNEX_LIST_RE.match(s):
            flush()
            lst = [s]
            k += 1
            while k < len(items) and ANNEX_ITEM_RE.match(items[k][0].strip()):
                lst.append(items[k][0].strip())
                k += 1
            blocks.append(('annex_list', lst))
            continue
        pending.append(line)
        k += 1
    flush()
    return blocks


# ---------------------------------------------------------------- ODF output

FONT_SERIF = 'Noto Serif CJK SC'
FONT_SANS = 'Noto Sans CJK SC'
RED = '#e60012'
BODY_PT = 16
TABLE_PT = 10.5
TABLE_SMALL_PT = 9


def tprops(font=FONT_SERIF, size=BODY_PT, bold=False, color=None, scale=None):
    a = ['style:font-name="%s"' % font, 'style:font-name-asian="%s"' % font,
         'fo:font-size="%gpt"' % size, 'style:font-size-asian="%gpt"' % size]
    if bold:
        a += ['fo:font-weight="bold"', 'style:font-weight-asian="bold"']
    if color:
        a.append('fo:color="%s"' % color)
    if scale:
        a.append('style:text-scale="%d%%"' % scale)
    return '<style:text-properties %s/>' % ' '.join(a)


def pprops(**kw):
    a = []
    for k, v in kw.items():
        a.append('%s="%s"' % (k.replace('__', ':').replace('_', '-'), v))
    return '<style:paragraph-properties %s/>' % ' '.join(a)


def pstyle(name, ppr, tpr, parent='Standard', extra=''):
    if extra:
        ppr = ppr[:-2] + '>' + extra + '</style:paragraph-properties>'
    par = ' style:parent-style-name="%s"' % parent if parent else ''
    return ('<style:style style:name="%s" style:family="paragraph"%s>%s%s</style:style>'
            % (name, par, ppr, tpr))


LINE = '28.9pt'   # 22 lines in the 225 mm type area


def named_styles(issuer_scale, sig_margin_em, annex_margin_em):
    em = BODY_PT
    s = []
    s.append(pstyle('Standard', pprops(fo__text_align='justify', style__line_height_at_least=LINE,
                                        style__punctuation_wrap='simple', style__text_autospace='none',
                                        style__line_break='strict'), tprops(), parent=''))
    s.append(pstyle('GW_IssuerMark', pprops(fo__text_align='center', fo__margin_top='0mm',
                                            fo__margin_bottom='0mm', fo__line_height='120%'),
                    tprops(FONT_SERIF, 32, True, RED, issuer_scale)))
    s.append(pstyle('GW_DocNumber', pprops(fo__text_align='center', fo__margin_top='%gpt' % (1.5 * 28.9),
                                           fo__padding_bottom='4mm',
                                           fo__border_bottom='1.5pt solid %s' % RED,
                                           fo__margin_bottom='%gpt' % (1.5 * 28.9)), tprops()))
    s.append(pstyle('GW_Title', pprops(fo__text_align='center', fo__line_height='36pt',
                                       fo__margin_bottom='28.9pt', fo__keep_with_next='always'),
                    tprops(FONT_SERIF, 22, True)))
    s.append(pstyle('GW_Subtitle', pprops(fo__text_align='center', fo__line_height='36pt',
                                          fo__margin_top='14pt', fo__margin_bottom='28.9pt',
                                          fo__break_before='page', fo__keep_with_next='always'),
                    tprops(FONT_SERIF, 22, True)))
    s.append(pstyle('GW_Recipients', pprops(fo__text_align='justify'), tprops()))
    s.append(pstyle('GW_Body', pprops(fo__text_align='justify', fo__text_indent='%gpt' % (2 * em)), tprops()))
    s.append(pstyle('GW_H1', pprops(fo__text_indent='%gpt' % (2 * em), fo__keep_with_next='always'),
                    tprops(FONT_SANS, BODY_PT)))
    s.append(pstyle('GW_H2', pprops(fo__text_indent='%gpt' % (2 * em), fo__keep_with_next='always'),
                    tprops(FONT_SERIF, BODY_PT, True)))
    s.append(pstyle('GW_H3', pprops(fo__text_indent='%gpt' % (2 * em), fo__keep_with_next='always'),
                    tprops(FONT_SERIF, BODY_PT, True)))
    s.append(pstyle('GW_H4', pprops(fo__text_indent='%gpt' % (2 * em)), tprops()))
    s.append(pstyle('GW_Signature', pprops(fo__text_align='end', fo__margin_top='28.9pt',
                                           fo__margin_right='%gpt' % (sig_margin_em * em),
                                           fo__keep_with_next='always'), tprops()))
    s.append(pstyle('GW_Date', pprops(fo__text_align='end', fo__margin_right='%gpt' % (4 * em)), tprops()))
    s.append(pstyle('GW_Note', pprops(fo__text_indent='%gpt' % (2 * em)), tprops()))
    s.append(pstyle('GW_AnnexList', pprops(fo__text_indent='%gpt' % (2 * em), fo__margin_top='28.9pt'), tprops()))
    s.append(pstyle('GW_AnnexListItem', pprops(fo__margin_left='%gpt' % (annex_margin_em * em)), tprops()))
    s.append(pstyle('GW_AnnexLabel', pprops(fo__break_before='page', fo__keep_with_next='always'),
                    tprops(FONT_SANS, BODY_PT)))
    s.append(pstyle('GW_AnnexCaption', pprops(fo__text_align='center', fo__line_height='32pt',
                                              fo__margin_top='10pt', fo__margin_bottom='14pt',
                                              fo__keep_with_next='always'),
                    tprops(FONT_SERIF, 20, True)))
    for sfx, size in (('', TABLE_PT), ('S', TABLE_SMALL_PT)):
        s.append(pstyle('GW_TableText' + sfx, pprops(fo__text_align='start', fo__line_height='125%'),
                        tprops(FONT_SERIF, size)))
        s.append(pstyle('GW_TableHead' + sfx, pprops(fo__text_align='center', fo__line_height='125%'),
                        tprops(FONT_SANS, size)))
        s.append(pstyle('GW_TableNum' + sfx, pprops(fo__text_align='center', fo__line_height='125%'),
                        tprops(FONT_SERIF, size)))
    tab = ('<style:tab-stops><style:tab-stop style:position="%gmm" style:type="right"/></style:tab-stops>'
           % (TEXT_WIDTH_MM - 2 * 14 / PT_PER_MM))
    s.append(pstyle('GW_CC', pprops(fo__margin_left='14pt', fo__margin_right='14pt', fo__margin_top='40pt',
                                    fo__text_indent='0pt', fo__padding_top='3pt', fo__padding_bottom='3pt',
                                    fo__border_top='1pt solid #000000',
                                    fo__border_bottom='0.5pt solid #000000',
                                    fo__line_height='150%', fo__keep_with_next='always'),
                    tprops(FONT_SERIF, 14)))
    s.append(pstyle('GW_Printed', pprops(fo__text_align='start', fo__margin_left='14pt', fo__margin_right='14pt',
                                         fo__padding_top='3pt', fo__padding_bottom='3pt',
                                         fo__border_bottom='1pt solid #000000', fo__keep_together='always',
                                         fo__line_height='150%'),
                    tprops(FONT_SERIF, 14), extra=tab))
    s.append(pstyle('GW_PrintedFirst', pprops(fo__text_align='start', fo__margin_left='14pt', fo__margin_right='14pt',
                                              fo__margin_top='40pt',
                                              fo__padding_top='3pt', fo__padding_bottom='3pt',
                                              fo__border_top='1pt solid #000000',
                                              fo__border_bottom='1pt solid #000000', fo__keep_together='always',
                                              fo__line_height='150%'),
                    tprops(FONT_SERIF, 14), extra=tab))
    s.append(pstyle('GW_FooterOdd', pprops(fo__text_align='end', fo__margin_right='14pt'),
                    tprops(FONT_SERIF, 14)))
    s.append(pstyle('GW_FooterEven', pprops(fo__text_align='start', fo__margin_left='14pt'),
                    tprops(FONT_SERIF, 14)))
    return '\n'.join(s)


def column_widths(table, font_pt):
    """Column widths in em: numeric and short columns get their natural width,
    the rest shares the remaining width by the amount of text it holds.
    Header cells may wrap, so they count only up to 3 em."""
    width = table['width']
    grid = table['grid']
    natural = [1.0] * width
    amount = [0.0] * width
    count = [0] * width
    numeric = [0] * width
    for r, row in enumerate(grid):
        head = r < table['header_rows']
        for j, c in enumerate(row):
            if c.covered or c.colspan != 1:
                continue
            for para in c.text.split('\n'):
                for ln in cell_lines(para):
                    w = em_width(ln)
                    natural[j] = max(natural[j], min(w, 3.0) if head else w)
                    if not head:
                        amount[j] += w
            if not head and c.text.strip():
                count[j] += 1
                numeric[j] += 1 if is_numeric(c.text) else 0
    is_num = [count[j] > 0 and numeric[j] >= 0.6 * count[j] for j in range(width)]
    pad = 0.8
    total = TEXT_WIDTH_MM * PT_PER_MM / font_pt
    for cap in (6.0, 5.0, 4.0, 3.0, 2.0):
        base = [(natural[j] if is_num[j] else min(natural[j], cap)) + pad for j in range(width)]
        if sum(base) < total:
            break
    if sum(base) >= total:
        return [b * total / sum(base) for b in base]
    w = list(base)
    need = [natural[j] + pad - w[j] for j in range(width)]
    weight = [(amount[j] / max(count[j], 1)) ** 0.75 if need[j] > 0 else 0.0 for j in range(width)]
    rem = total - sum(w)
    for _ in range(20):
        active = [j for j in range(width) if need[j] > 1e-6 and weight[j] > 0]
        if rem <= 1e-6 or not active:
            break
        wsum = sum(weight[j] for j in active)
        used = 0.0
        for j in active:
            add = min(need[j], rem * weight[j] / wsum)
            w[j] += add
            need[j] -= add
            used += add
        rem -= used
    if rem > 1e-6:
        w = [x * total / sum(w) for x in w]
    return w


def is_numeric(s):
    return re.match(r'^[\d.\-/%()（）]+$', s.replace(' ', '')) is not None


def table_xml(table, idx, auto):
    name = 'Table%d' % idx
    small = table['width'] >= 9           # wide tables use a smaller type
    suffix = 'S' if small else ''
    widths = column_widths(table, TABLE_SMALL_PT if small else TABLE_PT)
    tot = sum(widths)
    mm = [TEXT_WIDTH_MM * w / tot for w in widths]
    auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                'style:width="%gmm" table:align="margins" fo:margin-top="4pt" fo:margin-bottom="4pt"/>'
                '</style:style>' % (name, TEXT_WIDTH_MM))
    for j, w in enumerate(mm):
        auto.append('<style:style style:name="%s.C%d" style:family="table-column">'
                    '<style:table-column-properties style:column-width="%.2fmm" '
                    'style:rel-column-width="%d*"/></style:style>' % (name, j, w, round(w * 100)))
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for j in range(table['width']):
        out.append('<table:table-column table:style-name="%s.C%d"/>' % (name, j))
    grid = table['grid']
    for r, row in enumerate(grid):
        head = r < table['header_rows']
        head_look = head or (row[0].text.strip() == '序号' and not row[0].covered)
        if head and r == 0:
            out.append('<table:table-header-rows>')
        out.append('<table:table-row>')
        for c in row:
            if c.covered:
                out.append('<table:covered-table-cell/>')
                continue
            attrs = ' table:style-name="GWCell" office:value-type="string"'
            if c.colspan > 1:
                attrs += ' table:number-columns-spanned="%d"' % c.colspan
            if c.rowspan > 1:
                attrs += ' table:number-rows-spanned="%d"' % c.rowspan
            out.append('<table:table-cell%s>' % attrs)
            paras = c.text.split('\n') if c.text.strip() else ['']
            for para in paras:
                lines = cell_lines(para) if para.strip() else ['']
                text = '<text:line-break/>'.join(escape(x) for x in lines)
                if head_look:
                    st = 'GW_TableHead'
                elif is_numeric(para) or len(para.strip()) <= 4 or c.colspan > 2:
                    st = 'GW_TableNum'
                else:
                    st = 'GW_TableText'
                out.append('<text:p text:style-name="%s%s">%s</text:p>' % (st, suffix, text))
            out.append('</table:table-cell>')
        out.append('</table:table-row>')
        if head and r == table['header_rows'] - 1:
            out.append('</table:table-header-rows>')
    out.append('</table:table>')
    return '\n'.join(out)


def para(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, escape(text))


def to_fodt(blocks, stem):
    issuer = next(b[1] for b in blocks if b[0] == 'issuer')
    avail = TEXT_WIDTH_MM * PT_PER_MM * 0.96
    scale = min(100, int(avail / (em_width(issuer) * 32) * 100))
    sig = next((b for b in blocks if b[0] == 'signature'), None)
    sig_margin = 2.0
    if sig:
        sig_margin = max(2.0, 4 + (em_width(sig[2]) - em_width(sig[1])) / 2)
    annex_margin = 2.0 + 4.0
    for b in blocks:
        if b[0] == 'annex_list':
            m = re.match(r'^(.*?[:：])', b[1][0])
            if m:
                annex_margin = 2.0 + em_width(drop_spaces(m.group(1)))
    auto = []
    body = []
    tables = 0
    for b in blocks:
        kind = b[0]
        if kind == 'issuer':
            body.append(para('GW_IssuerMark', b[1]))
        elif kind == 'docnum':
            body.append(para('GW_DocNumber', b[1]))
        elif kind in ('title', 'subtitle'):
            st = 'GW_Title' if kind == 'title' else 'GW_Subtitle'
            body.append('<text:p text:style-name="%s">%s</text:p>'
                        % (st, '<text:line-break/>'.join(escape(x) for x in title_lines(b[1]))))
        elif kind == 'recipients':
            body.append(para('GW_Recipients', b[1]))
        elif kind == 'para':
            body.append(para('GW_Body', b[1]))
        elif kind in ('h1', 'h2', 'h3', 'h4'):
            body.append(para('GW_' + kind.upper(), b[1]))
        elif kind == 'signature':
            body.append(para('GW_Signature', b[1]))
        elif kind == 'date':
            body.append(para('GW_Date', b[1]))
        elif kind == 'note':
            body.append(para('GW_Note', b[1]))
        elif kind == 'annex_list':
            body.append(para('GW_AnnexList', drop_spaces(b[1][0])))
            for item in b[1][1:]:
                body.append(para('GW_AnnexListItem', drop_spaces(item)))
        elif kind == 'annex_label':
            body.append(para('GW_AnnexLabel', b[1]))
        elif kind == 'annex_caption':
            body.append('<text:p text:style-name="GW_AnnexCaption">%s</text:p>'
                        % '<text:line-break/>'.join(escape(x) for x in title_lines(b[1])))
        elif kind == 'table':
            tables += 1
            body.append(table_xml(b[1], tables, auto))
        elif kind == 'banji':
            cc, printed = b[1], b[2]
            if cc:
                body.append(para('GW_CC', drop_spaces(cc)))
            if printed:
                st = 'GW_Printed' if cc else 'GW_PrintedFirst'
                room = TEXT_WIDTH_MM * PT_PER_MM - 4 * 14
                sep = '<text:tab/>'
                if (em_width(printed[0]) + em_width(printed[1]) + 1) * 14 > room:
                    sep = '<text:line-break/><text:tab/>'   # date on its own line, at the right
                body.append('<text:p text:style-name="%s">%s%s%s</text:p>'
                            % (st, escape(printed[0]), sep, escape(printed[1])))
        else:
            raise ValueError(kind)
    auto.append('<style:style style:name="GWCell" style:family="table-cell">'
                '<style:table-cell-properties style:vertical-align="middle" fo:padding="0.8mm" '
                'fo:border="0.5pt solid #000000"/></style:style>')
    title = next(b[1] for b in blocks if b[0] == 'title')
    footer = ('<text:p text:style-name="%s">— <text:page-number text:select-page="current">1'
              '</text:page-number> —</text:p>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    return '\n'.join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<office:document %s office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">' % ns,
        '<office:meta><dc:title>%s</dc:title><dc:language>zh-CN</dc:language></office:meta>'
        % escape(drop_spaces(title)),
        '<office:font-face-decls>',
        '<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" '
        'style:font-family-generic="roman" style:font-pitch="variable"/>' % (FONT_SERIF, FONT_SERIF),
        '<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/>' % (FONT_SANS, FONT_SANS),
        '</office:font-face-decls>',
        '<office:styles>',
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
        'style:writing-mode="lr-tb"/>'
        '<style:text-properties style:font-name="%s" style:font-name-asian="%s" '
        'style:font-name-complex="%s" fo:font-size="%gpt" style:font-size-asian="%gpt" '
        'fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>'
        '</style:default-style>' % (FONT_SERIF, FONT_SERIF, FONT_SERIF, BODY_PT, BODY_PT),
        named_styles(scale, sig_margin, annex_margin),
        '</office:styles>',
        '<office:automatic-styles>',
        '<style:page-layout style:name="GWPage"><style:page-layout-properties '
        'fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" '
        'fo:margin-top="37mm" fo:margin-bottom="21mm" fo:margin-left="28mm" fo:margin-right="26mm" '
        'style:writing-mode="lr-tb"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="7mm" '
        'fo:margin-top="7mm"/></style:footer-style></style:page-layout>',
        '\n'.join(auto),
        '</office:automatic-styles>',
        '<office:master-styles>',
        '<style:master-page style:name="Standard" style:page-layout-name="GWPage">',
        '<style:footer>' + footer % 'GW_FooterOdd' + '</style:footer>',
        '<style:footer-left>' + footer % 'GW_FooterEven' + '</style:footer-left>',
        '</style:master-page>',
        '</office:master-styles>',
        '<office:body><office:text>',
        '\n'.join(body),
        '</office:text></office:body>',
        '</office:document>',
        ''])


# ---------------------------------------------------------------- conversion

FILTERS = {
    'pdf': 'pdf:writer_pdf_Export',
    'docx': 'docx:MS Word 2007 XML',
    'html': 'html:HTML (StarWriter)',
    'doc': 'doc:MS Word 97',
}


def convert(fodt, outdir, fmt, soffice, profile):
    cmd = [soffice, '-env:UserInstallation=file://' + profile, '--headless', '--norestore',
           '--convert-to', FILTERS[fmt], '--outdir', outdir, fodt]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seeds', nargs='*', help='seed TXT files (default: seeds/*.txt)')
    ap.add_argument('--out', default=os.path.join(repo, 'samples'), help='output directory')
    ap.add_argument('--formats', default='pdf,docx,html,doc', help='comma-separated: pdf,docx,html,doc')
    ap.add_argument('--keep-fodt', action='store_true', help='also write <stem>.fodt to --out')
    ap.add_argument('--soffice', default=shutil.which('soffice') or 'soffice')
    args = ap.parse_args()
    seeds = args.seeds or sorted(
        os.path.join(repo, 'seeds', f) for f in os.listdir(os.path.join(repo, 'seeds'))
        if f.endswith('.txt'))
    formats = [f for f in args.formats.split(',') if f]
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix='gw-render-')
    profile = os.path.join(work, 'profile')
    try:
        for seed in seeds:
            stem = os.path.basename(seed)[:-len('.txt')]
            with open(seed, encoding='utf-8', newline='') as f:
                text = f.read()
            with open(os.path.join(args.out, stem + '.gb18030.txt'), 'wb') as f:
                f.write(text.encode('gb18030'))
            fodt = os.path.join(work, stem + '.fodt')
            with open(fodt, 'w', encoding='utf-8') as f:
                f.write(to_fodt(parse(text), stem))
            if args.keep_fodt:
                shutil.copy(fodt, os.path.join(args.out, stem + '.fodt'))
            for fmt in formats:
                convert(fodt, work, fmt, args.soffice, profile)
                produced = os.path.join(work, stem + '.' + fmt)
                shutil.move(produced, os.path.join(args.out, stem + '.' + fmt))
                print('wrote', os.path.join(args.out, stem + '.' + fmt))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
