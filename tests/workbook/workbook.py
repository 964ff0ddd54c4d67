"""Helpers for the workbook tests: run mhfund, edit an input cell inside a written .xlsx (its
sheet XML in the zip), recalculate with LibreOffice headless and read every sheet back as CSV,
or print sheets to PDF.

LibreOffice trusts an xlsx file's cached results by default, which would test nothing: a private
user profile sets its recalculation on load to "always" (OOXMLRecalcMode 0).
"""
import csv
import datetime
import io
import os
import pathlib
import re
import subprocess
import zipfile
from decimal import Decimal

SOURCE = pathlib.Path(__file__).resolve().parents[2]
DATA = SOURCE / "tests" / "data"

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
# Comma, quote, UTF-8, from row 1, standard cells, language, …, raw values, every sheet.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def mhfund():
    return os.environ["MHFUND_CLI"]


def run(args, cwd=None, check=True):
    r = subprocess.run([mhfund()] + [str(a) for a in args], cwd=cwd, capture_output=True,
                       text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"mhfund {' '.join(map(str, args))}: exit {r.returncode}\n{r.stderr}")
    return r


def soffice(tmp, args):
    tmp = pathlib.Path(tmp).resolve()
    profile = tmp / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS)
    env = dict(os.environ, HOME=str(tmp))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless"] + args,
                   check=True, capture_output=True, timeout=600, env=env, cwd=tmp)


def recalculated(xlsx, tmp):
    """{sheet name: rows} of the workbook after LibreOffice recalculated every formula."""
    xlsx = pathlib.Path(xlsx).resolve()
    out = pathlib.Path(tmp).resolve() / ("csv-" + xlsx.stem)
    out.mkdir(exist_ok=True)
    soffice(tmp, ["--convert-to", CSV_FILTER, "--outdir", str(out), str(xlsx)])
    sheets = {}
    for path in out.glob(xlsx.stem + "-*.csv"):
        name = path.stem[len(xlsx.stem) + 1:]
        sheets[name] = list(csv.reader(io.StringIO(path.read_text())))
    return sheets


def money(text):
    """A recalculated figure as exact pence (LibreOffice writes raw values: `1000`, `96967.81`)."""
    return int((Decimal(text or "0") * 100).to_integral_value())


def serial(day):
    """A date as a spreadsheet day number."""
    return (day - datetime.date(1899, 12, 30)).days


# ---- editing a cell of a written workbook -------------------------------------------------

def _sheet_paths(z):
    book = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'<Relationship Id="(rId\d+)" Type="[^"]*/worksheet" '
                              r'Target="([^"]+)"', rels))
    out = {}
    for name, rid in re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', book):
        out[name.replace("&amp;", "&")] = "xl/" + targets[rid]
    return out


def _col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def column_letter(index):
    """`A` for 0."""
    out = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def _set_in_row(row_xml, ref, value, style):
    """The row's XML with cell `ref` holding the number `value` (inserted in column order)."""
    cells = re.findall(r'<c r="([A-Z]+)\d+"[^>]*?(?:/>|>.*?</c>)', row_xml)
    new = f'<c r="{ref}"{style}><v>{value}</v></c>'
    pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
    m = pattern.search(row_xml)
    if m:
        s = re.search(r' s="\d+"', m.group(1))
        new = f'<c r="{ref}"{s.group(0) if s else style}><v>{value}</v></c>'
        return row_xml[:m.start()] + new + row_xml[m.end():]
    col = _col_number(re.match(r"[A-Z]+", ref).group(0))
    for m in re.finditer(r'<c r="([A-Z]+)\d+"', row_xml):
        if _col_number(m.group(1)) > col:
            return row_xml[:m.start()] + new + row_xml[m.start():]
    return row_xml.replace("</row>", new + "</row>")


def set_number(xlsx, sheet, row, col, value, style_from=None):
    """Sets cell (row, col) (0-based) of `sheet` to the number `value`, in place. A new cell
    takes the style of the cell `style_from` (a column, same row), e.g. a date's."""
    xlsx = pathlib.Path(xlsx)
    with zipfile.ZipFile(xlsx) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
        path = _sheet_paths(z)[sheet]
    out = []
    for info, data in items:
        if info.filename == path:
            text = data.decode()
            r = row + 1
            m = re.search(rf'<row r="{r}"[^>]*>.*?</row>', text, re.S)
            assert m, f"{sheet} has no row {r}"
            style = ""
            if style_from is not None:
                s = re.search(rf'<c r="{column_letter(style_from)}{r}"( s="\d+")', m.group(0))
                style = s.group(1) if s else ""
            row_xml = _set_in_row(m.group(0), f"{column_letter(col)}{r}", value, style)
            data = (text[:m.start()] + row_xml + text[m.end():]).encode()
        out.append((info, data))
    with zipfile.ZipFile(xlsx, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(info, data)


# ---- the period sheets and the library's figures ------------------------------------------

def library_totals(scenario_args, period, cwd=None):
    """{period label: pence} of the library's forecast, ungrouped, as its CSV writes it."""
    out = run(["forecast"] + scenario_args + ["--by", "", "--period", period, "--format", "csv"],
              cwd=cwd).stdout
    rows = list(csv.reader(io.StringIO(out)))
    head = rows[0]
    label = head.index("period")
    amount = [i for i, h in enumerate(head) if h.startswith("amount")][0]
    totals = {}
    for r in rows[1:]:
        totals[r[label]] = totals.get(r[label], 0) + money(r[amount])
    return totals
