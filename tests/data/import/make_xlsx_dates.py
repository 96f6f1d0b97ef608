#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes members-dates.xlsx: a member list whose "Joined" cells are numbers shown as dates, as
Excel stores them (serial days since 1899-12-30, a built-in date format and a custom one).
Standard library only; the same bytes on every run. Usage: python3 make_xlsx_dates.py [OUT_DIR]"""

import os
import sys
import zipfile

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

PARTS = [
    ("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
     '<Default Extension="xml" ContentType="application/xml"/>'
     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
     '</Types>'),
    ("_rels/.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    ("xl/workbook.xml", XML + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
     '<sheet name="Mitglieder" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    ("xl/_rels/workbook.xml.rels", XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
     f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/></Relationships>'),
    ("xl/styles.xml", XML + f'<styleSheet xmlns="{MAIN}">'
     '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>'
     '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
     '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'),
    ("xl/worksheets/sheet1.xml", XML + f'<worksheet xmlns="{MAIN}"><sheetData>'
     '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>E-Mail</t></is></c>'
     '<c r="C1" t="inlineStr"><is><t>Mitglied seit</t></is></c><c r="D1" t="inlineStr"><is><t>Punkte</t></is></c></row>'
     '<row r="2"><c r="A2" t="inlineStr"><is><t>Anna Schäfer</t></is></c>'
     '<c r="B2" t="inlineStr"><is><t>anna.schaefer@example.org</t></is></c><c r="C2" s="1"><v>46037</v></c>'
     '<c r="D2"><v>46037</v></c></row>'
     '<row r="3"><c r="A3" t="inlineStr"><is><t>Jürgen Weiß</t></is></c>'
     '<c r="B3" t="inlineStr"><is><t>juergen.weiss@example.org</t></is></c><c r="C3" s="2"><v>45658</v></c></row>'
     '</sheetData></worksheet>'),
]

with zipfile.ZipFile(os.path.join(OUT, "members-dates.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in PARTS:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))
