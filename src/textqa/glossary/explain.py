"""Why did a finding appear? Every form an entry generates, and what a span of text matched.

``explain_entry`` lists what the compiled glossary holds for one entry (literal forms, glyph
variants, readings and the phonetic keys the finders look up); ``explain_text`` runs the
mention finders over a text and says, for each mention, which finder found it, by which key,
with what evidence and confidence, and which rule reports it. Both return plain data; the
CLI draws it.
"""
from __future__ import annotations


from .model import EntityType, Entry


def find_entry(glossary, query: str) -> Entry | None:
    """The entry whose zh, ja, accepted, rejected or glyph form is ``query``."""
    from .forms import simplified_form

    query = query.strip()
    for e in glossary:
        if query in (e.zh, e.ja, *e.accept, *e.reject) or (e.reading and query == e.reading):
            return e
    folded = simplified_form(query)
    return next((e for e in glossary if simplified_form(e.zh) == folded), None)


def _holding(index: dict, zh: str) -> list[str]:
    """Keys of a phonetic index whose bucket names ``zh`` (buckets hold entities, or tuples led by one)."""
    return sorted(k for k, bucket in index.items()
                  if any((v[0] if isinstance(v, tuple) else v) == zh for v in bucket))


def _tone_pinyin(zh: str, person: bool) -> str:
    from ..lazy import pypinyin as import_pypinyin
    from ..phonetics.pinyin import surname_length
    from .forms import simplified_form

    pp = import_pypinyin()
    simple = simplified_form(zh)
    syllables = [s[0] for s in pp.pinyin(simple, style=pp.Style.TONE)]
    if not person or len(syllables) < 2:
        return "".join(syllables).capitalize()
    n = surname_length(zh)
    return "".join(syllables[:n]).capitalize() + " " + "".join(syllables[n:]).capitalize()


def explain_entry(compiled, entry: Entry) -> dict:
    """Every form ``entry`` generates and is matched by, as data."""
    from ..mentions.kinds import MentionKind
    from ..phonetics.pinyin import name_readings, surname_length
    from ..render.sarif_format import display_path

    idx = compiled.indexes
    zh = entry.zh
    person = entry.type == EntityType.PERSON
    literal = [(surface, str(kind)) for surface, holders in compiled.forms.items()
               for z, kind in holders if z == zh]
    readings = [" ".join(r) for r in name_readings(zh, person, chinese=True)] if idx.syllables.get(zh) else []
    out = {
        "zh": zh, "ja": entry.ja, "type": entry.type, "source": f"{display_path(entry.source)}:{entry.line}",
        "note": entry.note,
        "literal": [{"surface": s, "kind": k} for s, k in literal],
        "glyph": [s for s, k in literal if k == MentionKind.GLYPH],
        "pinyin": readings,
        "tone_pinyin": _tone_pinyin(zh, person) if readings else "",
        "homophone_keys": _holding(idx.homophone, zh),
        "near_homophone_keys": _holding(idx.near, zh),
        "katakana_keys": _holding(idx.kana, zh),
        "romanized_keys": _holding(idx.roman, zh),
        "mixed_keys": _holding(idx.mixed, zh),
        "surname": None,
    }
    if person and readings:
        n = surname_length(zh)
        syllables = idx.syllables[zh]
        out["surname"] = {"surname": zh[:n], "surname_reading": " ".join(syllables[:n]),
                          "given": zh[n:], "given_reading": " ".join(syllables[n:]),
                          "given_keys": _holding(idx.given, zh), "split_keys": _holding(idx.surname, zh)}
    return out


def _finder_of(doc, m) -> str:
    """The finder whose layer holds this mention (layers are named ``mentions.<finder>``)."""
    from ..findings import Mention

    for name, layer in doc.layers.items():
        if not name.startswith("mentions.") or not isinstance(layer, list):
            continue
        if any(isinstance(o, Mention) and o.span == m.span and o.entity == m.entity and o.kind == m.kind
               for o in layer):
            return name.split(".", 1)[1]
    return ""


def _flat(features: dict) -> dict:
    """The scorer's feature record as one flat dict (token evidence merged in), JSON-ready."""
    tokens = features.pop("tokens", None) or {}
    out = {k: (str(v) if k == "kind" else v) for k, v in features.items()}
    return {**tokens, **out}


def explain_text(compiled, text: str, path: str = "<text>") -> list[dict]:
    """Each mention the finders kept in ``text``: entity, finder, key, evidence, confidence, and the finding."""
    from ..api import Linter
    from ..document import Document
    from ..mentions.layer import KEEP_EVIDENCE

    linter = Linter(compiled.glossary)
    doc = Document(text, path)
    doc.memo[KEEP_EVIDENCE] = True  # each mention's features and the finders' layers, shown below
    findings = linter.lint_document(doc)
    out = []
    for m in doc.layers.get("mentions", ()):
        entry = compiled.entry(m.entity)
        (line, col), (end_line, end_col) = doc.position(m.span.start), doc.position(m.span.end)
        reported = [f for f in findings if f.span == m.span and f.entity == m.entity]
        evidence = _flat(m.features.as_dict()) if m.features is not None else {}
        out.append({
            "line": line, "column": col, "end_line": end_line, "end_column": end_col, "surface": m.surface,
            "entity": m.entity, "preferred": entry.ja, "kind": str(m.kind), "finder": _finder_of(doc, m),
            "key": m.detail, "confidence": round(m.confidence, 2), "glossed": m.glossed,
            "evidence": evidence,
            "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message} for f in reported],
        })
    return out
