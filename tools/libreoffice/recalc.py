#!/usr/bin/python3
"""Recalculates .xlsx workbooks in LibreOffice Calc (headless, one soffice process for all of them) with
TODAY() pinned, and prints every formula's value as JSON — the second engine the emulator is checked against.

usage: recalc.py REQUEST.json OUT.json

REQUEST: {"today": "YYYY-MM-DD", "workbooks": [{"path": "/abs/file.xlsx",
          "probes": {"<sheet>": ["=formula", ...]}}]}
  probes are extra formulas (Sheets syntax, ',' between arguments) evaluated in that sheet, e.g. the
  conditional-format conditions of each cell.
OUT: {"workbooks": [{"path": ..., "sheets": {"<sheet>": [[row, col, value], ...]},
                     "probes": {"<sheet>": [value, ...]}}]}
  value: a number, a string, a boolean, or {"error": "#DIV/0!"}; rows and columns 0-based.

TODAY() is pinned by rewriting it as DATE(y;m;d) in every formula before the recalculation (LibreOffice has
no clock override); NOW() likewise as that day at 09:00, the emulator's setToday time.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import uno  # noqa: E402  (python3-uno)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402

FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA
LOGICAL = 1024  # com.sun.star.util.NumberFormat.LOGICAL
RESULT_VALUE, RESULT_STRING, RESULT_ERROR = 1, 2, 4  # com.sun.star.sheet.FormulaResult
PROBE_COLUMN = 300  # probes go this far right, beyond anything the add-on writes


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def outside_strings(formula, fn):
    """Applies fn to the parts of a formula outside string literals."""
    parts = re.split(r'("(?:[^"]|"")*")', formula)
    return ''.join(p if i % 2 else fn(p) for i, p in enumerate(parts))


def pin_clock(formula, y, m, d):
    def sub(code):
        code = re.sub(r'\bTODAY\s*\(\s*\)', 'DATE(%d;%d;%d)' % (y, m, d), code, flags=re.I)
        return re.sub(r'\bNOW\s*\(\s*\)', '(DATE(%d;%d;%d)+TIME(9;0;0))' % (y, m, d), code, flags=re.I)
    return outside_strings(formula, sub)


def to_api_grammar(formula):
    """Sheets/Excel syntax (',' separators) → LibreOffice's API grammar (';')."""
    return outside_strings(formula, lambda code: code.replace(',', ';'))


def start_office(profile):
    pipe = 'recalc%d' % os.getpid()
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        raise SystemExit('soffice not found')
    proc = subprocess.Popen(
        [soffice, '--headless', '--invisible', '--nologo', '--norestore', '--nodefault', '--nolockcheck',
         '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
         '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except NoConnectException:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise SystemExit('soffice did not start')
            time.sleep(0.25)
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    return proc, desktop


def cell_value(doc, cell):
    if cell.getError() != 0:
        return {'error': cell.getString()}
    kind = cell.getPropertyValue('FormulaResultType2')
    if kind == RESULT_STRING:
        return cell.getString()
    if kind == RESULT_ERROR:
        return {'error': cell.getString()}
    value = cell.getValue()
    fmt = doc.getNumberFormats().getByKey(cell.getPropertyValue('NumberFormat'))
    if fmt.getPropertyValue('Type') & LOGICAL:
        return value != 0
    return value


def formula_cells(sheet):
    ranges = sheet.queryContentCells(FORMULA)
    for addr in ranges.getRangeAddresses():
        for r in range(addr.StartRow, addr.EndRow + 1):
            for c in range(addr.StartColumn, addr.EndColumn + 1):
                yield r, c


def recalc(desktop, wb, today):
    y, m, d = (int(x) for x in today.split('-'))
    url = uno.systemPathToFileUrl(os.path.abspath(wb['path']))
    doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
    if doc is None:
        raise SystemExit('cannot open ' + wb['path'])
    try:
        sheets = doc.getSheets()
        cells = {}
        for name in sheets.getElementNames():
            sheet = sheets.getByName(name)
            cells[name] = list(formula_cells(sheet))
            for r, c in cells[name]:
                cell = sheet.getCellByPosition(c, r)
                f = cell.getFormula()
                if re.search(r'TODAY|NOW', f, re.I):
                    cell.setFormula(pin_clock(f, y, m, d))
        probes = wb.get('probes', {})
        placed = {}
        for name, formulas in probes.items():
            sheet = sheets.getByName(name)
            placed[name] = []
            for i, f in enumerate(formulas):
                r, c = i % 1000000, PROBE_COLUMN + i // 1000000
                sheet.getCellByPosition(c, r).setFormula(pin_clock(to_api_grammar(f), y, m, d))
                placed[name].append((r, c))
        doc.calculateAll()
        out = {'path': wb['path'], 'sheets': {}, 'probes': {}}
        for name, positions in cells.items():
            sheet = sheets.getByName(name)
            out['sheets'][name] = [[r, c, cell_value(doc, sheet.getCellByPosition(c, r))] for r, c in positions]
        for name, positions in placed.items():
            sheet = sheets.getByName(name)
            out['probes'][name] = [cell_value(doc, sheet.getCellByPosition(c, r)) for r, c in positions]
        return out
    finally:
        doc.close(True)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with open(sys.argv[1], encoding='utf-8') as f:
        request = json.load(f)
    profile = tempfile.mkdtemp(prefix='recalc-profile-')
    proc, desktop = start_office(profile)
    try:
        result = {'workbooks': [recalc(desktop, wb, request['today']) for wb in request['workbooks']]}
    finally:
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 — the office may already be gone
            pass
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
