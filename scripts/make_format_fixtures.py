#!/usr/bin/env python3
"""Write one development pair (tests/bilingual/pairs/drones) as XLIFF 1.2, XLIFF 2.0, TMX 1.4 and PO.

One unit per paragraph link of the pair's alignment (a paragraph split in two in the translation becomes one
unit whose target holds both; a paragraph left out becomes a unit with no target). The files are committed
under tests/bilingual/formats/; tests/test_bilingual_formats.py checks that they give the plain pair's findings.
"""
from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "tests" / "bilingual" / "pairs" / "drones"
OUT = ROOT / "tests" / "bilingual" / "formats"


def units():
    from textqa.bilingual import align_files

    bitext = align_files(str(PAIR) + ".zh.txt", str(PAIR) + ".ja.txt", str(ROOT / "tests" / "bilingual" / "glossary.tsv"))
    for n, link in enumerate(bitext.alignment.paragraphs, 1):
        source = "".join(bitext.source.slice(s) for s in link.source)
        target = "".join(bitext.target.slice(t) for t in link.target)
        yield f"p{n}", source, target


def xliff12(rows) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
           '  <file source-language="zh-CN" target-language="ja-JP" datatype="plaintext" original="drones.txt">',
           "    <body>"]
    for uid, src, tgt in rows:
        out.append(f'      <trans-unit id="{uid}">')
        out.append(f"        <source>{escape(src)}</source>")
        if tgt:
            out.append(f'        <target state="translated">{escape(tgt)}</target>')
        out.append("      </trans-unit>")
    return "\n".join(out + ["    </body>", "  </file>", "</xliff>"]) + "\n"


def xliff20(rows) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="ja-JP">',
           '  <file id="f1" original="drones.txt">']
    for uid, src, tgt in rows:
        out.append(f'    <unit id="{uid}">')
        out.append("      <segment>")
        out.append(f"        <source>{escape(src)}</source>")
        if tgt:
            out.append(f"        <target>{escape(tgt)}</target>")
        out += ["      </segment>", "    </unit>"]
    return "\n".join(out + ["  </file>", "</xliff>"]) + "\n"


def tmx(rows) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
           '  <header creationtool="textqa-fixtures" creationtoolversion="1" segtype="paragraph" o-tmf="none"'
           ' adminlang="en" srclang="zh-CN" datatype="plaintext"/>', "  <body>"]
    for uid, src, tgt in rows:
        out.append(f'    <tu tuid="{uid}">')
        out.append(f'      <tuv xml:lang="zh-CN"><seg>{escape(src)}</seg></tuv>')
        if tgt:
            out.append(f'      <tuv xml:lang="ja-JP"><seg>{escape(tgt)}</seg></tuv>')
        out.append("    </tu>")
    return "\n".join(out + ["  </body>", "</tmx>"]) + "\n"


def po(rows) -> str:
    import polib

    f = polib.POFile()  # entries wrap at 78 columns, as gettext writes them
    f.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ja"}
    for uid, src, tgt in rows:
        f.append(polib.POEntry(msgctxt=uid, msgid=src, msgstr=tgt))
    return str(f)


def main() -> int:
    rows = list(units())
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in (("drones.xlf", xliff12(rows)), ("drones.xliff", xliff20(rows)), ("drones.tmx", tmx(rows)),
                       ("drones.po", po(rows))):
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {(OUT / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
