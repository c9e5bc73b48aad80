"""Text drawings of the data that ``textqa glossary explain`` and ``stats`` produce (they decide nothing)."""
from __future__ import annotations

from .render.text_format import pad, surface_column


def _list(values) -> str:
    return ", ".join(values) if values else "-"


def entry_lines(d: dict) -> list[str]:
    head = f"{d['zh']} → {d['ja']}  ({d['type'] or 'no type'}; {d['source']})"
    literal = ", ".join(f"{f['surface']} ({f['kind']})" for f in d["literal"])
    rows = [("note", d["note"] or "-"), ("literal forms", literal), ("glyph variants", _list(d["glyph"])),
            ("pinyin", _list(d["pinyin"]) + (f"  ({d['tone_pinyin']})" if d["tone_pinyin"] else "")),
            ("homophone keys", _list(d["homophone_keys"])), ("near-homophone", _list(d["near_homophone_keys"])),
            ("katakana keys", _list(d["katakana_keys"])), ("romanized keys", _list(d["romanized_keys"]))]
    if d["mixed_keys"]:
        rows.append(("kanji head keys", _list(d["mixed_keys"])))
    s = d["surname"]
    if s:
        rows.append(("surname", f"{s['surname']} ({s['surname_reading']}) + given name {s['given']} "
                                f"({s['given_reading']})"))
        rows.append(("given-name keys", _list(s["given_keys"]) + "   (wrong surname, NAM008)"))
        rows.append(("split-name keys", _list(s["split_keys"]) + "   (romanised surname + kanji, NAM009)"))
    return [head] + [f"  {pad(name, 16)}{value}" for name, value in rows]


def _evidence(ev: dict) -> str:
    shown = [k.replace("_", " ") if v is True else f"{k.replace('_', ' ')} {v:+.2f}" if isinstance(v, float) else ""
             for k, v in ev.items() if v]
    return ", ".join(s for s in shown if s) or "none"


def mention_lines(mentions: list[dict]) -> list[str]:
    if not mentions:
        return ["No glossary entry matches this text."]
    out = []
    for m in mentions:
        where = f"{m['line']}:{m['column']}-{m['end_line']}:{m['end_column']}"
        out.append(f"{where} '{m['surface']}' → {m['entity']} ({m['preferred']})")
        key = f", key '{m['key']}'" if m["key"] else ""
        glossed = ", correct by context (gloss or alias)" if m["glossed"] else ""
        out.append(f"    finder {m['finder'] or '?'}, kind {m['kind']}{key}, confidence {m['confidence']:.2f}{glossed}")
        out.append(f"    evidence: {_evidence(m['evidence'])}")
        reported = "; ".join(f"{f['code']} {f['severity']}" for f in m["findings"]) or "nothing (a correct form, or too weak)"
        out.append(f"    reported: {reported}")
    return out


def usage_lines(usages, report) -> list[str]:
    used = [u for u in usages if u.count]
    unused = [u for u in usages if not u.count]
    files = len(report.files)
    out = [f"Glossary usage in {files} file{'s' * (files != 1)}: {len(used)} of {len(usages)} entries used, "
           f"{len(unused)} never used."]
    column = surface_column(r.surface for u in used for r in u.renderings)
    for u in sorted(used, key=lambda u: (-u.count, u.zh)):
        out.append(f"  {u.zh} → {u.ja}  ×{u.count} in {len(u.files)} file{'s' * (len(u.files) != 1)}")
        for r in u.renderings:
            out.append(f"    {pad(r.surface, column + 1)}{r.kind:<14} ×{r.count}")
    if unused:
        out += ["", f"Never used ({len(unused)}): " + ", ".join(u.zh for u in unused)]
    return out
