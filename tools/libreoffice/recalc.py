#!/usr/bin/python3
"""Recalculates .xlsx workbooks in LibreOffice Calc (headless, one soffice process for all of them) with
TODAY() pinned, and prints every formula's value as JSON — the second engine the emulator is checked against.

usage: recalc.py REQUEST.json OUT.json

REQUEST: {"today": "YYYY-MM-DD", "workbooks": [{"path": "/abs/file.xlsx", "today": "YYYY-MM-DD",
          "probes": {"<sheet>": ["=formula", ...]}}]}    (a workbook's own "today" wins)
  probes are extra formulas (Sheets syntax, ',' between arguments) evaluated in that sheet, e.g. the
  conditional-format conditions of each cell.
OUT: {"workbooks": [{"path": ..., "sheets": {"<sheet>": [[row, col, value], ...]},
                     "probes": {"<sheet>": [value, ...]}}]}
  value: a number, a string, or {"error": "#DIV/0!"}; rows and columns 0-based. LibreOffice has no boolean
  type: TRUE is the number 1 (shown as TRUE by its format).

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
RESULT_ERROR = 4  # com.sun.star.sheet.FormulaResult.ERROR
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


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    a = cursor.getRangeAddress()
    return a.EndRow, a.EndColumn


def formula_positions(sheet):
    out = []
    for a in sheet.queryContentCells(FORMULA).getRangeAddresses():
        out.extend((r, c) for r in range(a.StartRow, a.EndRow + 1) for c in range(a.StartColumn, a.EndColumn + 1))
    return out


def error_texts(sheet):
    """Formula cells whose result is an error, with the error's text (few, read one by one)."""
    out = {}
    for a in sheet.queryFormulaCells(RESULT_ERROR).getRangeAddresses():
        for r in range(a.StartRow, a.EndRow + 1):
            for c in range(a.StartColumn, a.EndColumn + 1):
                out[(r, c)] = {'error': sheet.getCellByPosition(c, r).getString()}
    return out


def runs(cells):
    """(r, c) cells → vertical runs (c, r0, r1) of consecutive rows in one column."""
    out = []
    for r, c in sorted(cells, key=lambda rc: (rc[1], rc[0])):
        if out and out[-1][0] == c and out[-1][2] == r - 1:
            out[-1][2] = r
        else:
            out.append([c, r, r])
    return out


def recalc(desktop, wb, today):
    """One workbook: every formula cell's value (bulk reads and writes: UNO calls are slow) and the probes."""
    y, m, d = (int(x) for x in today.split('-'))
    url = uno.systemPathToFileUrl(os.path.abspath(wb['path']))
    doc = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
    if doc is None:
        raise SystemExit('cannot open ' + wb['path'])
    try:
        # no recalculation while TODAY() is pinned and the probes are written: one full one after
        doc.enableAutomaticCalculation(False)
        sheets = doc.getSheets()
        cells = {}
        for name in sheets.getElementNames():
            sheet = sheets.getByName(name)
            positions = formula_positions(sheet)
            cells[name] = positions
            if not positions:
                continue
            end_row, end_col = used_area(sheet)
            formulas = sheet.getCellRangeByPosition(0, 0, end_col, end_row).getFormulaArray()
            clocked = {(r, c) for r, c in positions if re.search(r'TODAY|NOW', formulas[r][c], re.I)}
            for c, r0, r1 in runs(clocked):
                block = tuple((pin_clock(formulas[r][c], y, m, d),) for r in range(r0, r1 + 1))
                sheet.getCellRangeByPosition(c, r0, c, r1).setFormulaArray(block)
        probes = wb.get('probes', {})
        for name, texts in probes.items():
            if texts:
                block = tuple((pin_clock(to_api_grammar(f), y, m, d),) for f in texts)
                sheets.getByName(name).getCellRangeByPosition(PROBE_COLUMN, 0, PROBE_COLUMN, len(texts) - 1).setFormulaArray(block)
        doc.calculateAll()
        out = {'path': wb['path'], 'sheets': {}, 'probes': {}}
        for name, positions in cells.items():
            if not positions:
                out['sheets'][name] = []
                continue
            sheet = sheets.getByName(name)
            end_row = max(r for r, _ in positions)
            end_col = max(c for _, c in positions)
            data = sheet.getCellRangeByPosition(0, 0, end_col, end_row).getDataArray()
            errors = error_texts(sheet)
            out['sheets'][name] = [[r, c, errors.get((r, c), data[r][c])] for r, c in positions]
        for name, texts in probes.items():
            if not texts:
                out['probes'][name] = []
                continue
            sheet = sheets.getByName(name)
            data = sheet.getCellRangeByPosition(PROBE_COLUMN, 0, PROBE_COLUMN, len(texts) - 1).getDataArray()
            out['probes'][name] = [{'error': ''} if row[0] is None else row[0] for row in data]
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
        result = {'workbooks': [recalc(desktop, wb, wb.get('today', request.get('today'))) for wb in request['workbooks']]}
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
