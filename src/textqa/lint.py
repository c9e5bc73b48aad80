"""The pipeline for one document: layers, then rules, then sorted findings."""
from __future__ import annotations

from .context import LintContext
from .document import Document
from .findings import Finding, PackedFindings, Span, columns, in_order
from .mentions.layer import mention_layer
from .mentions.own_names import own_names
from .mentions.resolve import annotate
from .rules.registry import RULES
from .tokens import windows


def lint_document(doc: Document, compiled=None, *, codes=None, severity_overrides=None,
                  strict_consistency: bool = False) -> PackedFindings:
    """Run the rules named by ``codes`` (default: all) over one document; its findings, packed.
    ``strict_consistency``: NAM002 warns on a mix of forms the glossary all sanctions (config `strict-consistency`)."""
    if compiled is not None:
        annotate(doc, compiled)  # the mentions layer, before any rule runs
        if "bilingual" in doc.layers:  # then the source's names and their renderings (BIL rules, the report)
            from .bilingual.terms import term_occurrences

            term_occurrences(doc.layers["bilingual"], compiled, mention_layer(doc))
    rules = [rule_cls() for code, rule_cls in RULES.items()
             if (not rule_cls.opt_in if codes is None else code in codes) and not (rule_cls.needs_glossary and compiled is None)]
    if any("own-names" in rule.reads for rule in rules):
        own_names(doc, compiled)  # the document's own names written another way, after the glossary's mentions
    ctx = LintContext(doc, compiled, severity_overrides or {}, strict_consistency=strict_consistency)
    findings = PackedFindings()  # a Finding is an object only while a rule makes it, or a reader reads it
    if "bilingual" in doc.layers and any("source-names" in rule.reads for rule in rules):
        from .bilingual.pair import tag_source_names

        tag_source_names(doc.layers["bilingual"])  # jieba's names of the source, for the rules that read them
    for rule in rules:
        if not rule.per_paragraph:
            findings.extend(f for f in rule.check(ctx) if f is not None)
    local = [rule for rule in rules if rule.paragraph_local]
    for window in windows(doc):  # each window's tokens are read by all these rules, then dropped
        keys = paragraph_keys(doc.text, window) if local else None  # sliced (and hashed) once for all of them
        for rule in rules:
            if rule.paragraph_local:
                findings.extend(local_findings(rule, ctx, window, keys))
            elif rule.per_paragraph:
                ctx.window = window
                findings.extend(f for f in rule.check(ctx) if f is not None)
    ctx.window = None
    findings = _drop_covered(findings)
    if any(code.startswith("BIL") for code in set(findings.column("code"))):
        findings = PackedFindings.of(_drop_bilingual_duplicates(list(findings), doc))
    return in_order(findings)  # the same order as rule by rule over the whole document


KEPT_PARAGRAPHS = 8192  # paragraph texts whose local rules' findings are kept across the documents of a run
# ((rule code, its local key), (the code point before the paragraph, its text, the one after)) -> the rule's calls
# of ctx.finding in it: (start, end, message, keywords), offsets from the paragraph's start
_LOCAL: dict[tuple, tuple] = {}


class _Recorder:
    """A rule's LintContext that notes each finding it asks for, as ``_LOCAL`` keeps them."""

    def __init__(self, ctx: LintContext, start: int) -> None:
        self._ctx, self._start, self.calls = ctx, start, []

    def __getattr__(self, name):
        return getattr(self._ctx, name)

    def finding(self, rule, span, message, **keywords):
        self.calls.append((span.start - self._start, span.end - self._start, message, keywords))
        return self._ctx.finding(rule, span, message, **keywords)


def paragraph_keys(text: str, window: list) -> list[tuple[str, str, str]]:
    """What a paragraph-local rule's findings in each paragraph of ``window`` depend on in the text: the code point
    before the paragraph, its text and the code point after it."""
    return [(text[para.start - 1] if para.start else "", text[para.start:para.end], text[para.end:para.end + 1])
            for para in window]


def local_findings(rule, ctx: LintContext, window: list, keys: list[tuple[str, str, str]] | None = None):
    """A ``paragraph_local`` rule's findings in the paragraphs of ``window``: where a paragraph's text (with the code
    point either side, and the rule's ``local_key``) was read before in this run, the findings it asked for then,
    moved to this paragraph (``ctx.finding`` places them, and drops those on masked text, here); otherwise the rule
    reads it. A repeated paragraph (a site's boilerplate, a notice, a quoted passage) is not read twice. ``keys``:
    ``paragraph_keys`` of the window, when the caller has them."""
    local = (rule.code, rule.local_key(ctx))
    for para, around in zip(window, keys or paragraph_keys(ctx.doc.text, window)):
        key = (local, around)
        calls = _LOCAL.get(key)
        if calls is None:
            ctx.window = [para]
            recorder = _Recorder(ctx, para.start)
            yield from (f for f in rule.check(recorder) if f is not None)
            if len(_LOCAL) >= KEPT_PARAGRAPHS:
                _LOCAL.clear()
            if KEPT_PARAGRAPHS:
                _LOCAL[key] = tuple(recorder.calls)
            continue
        for start, end, message, keywords in calls:
            f = ctx.finding(rule, Span(para.start + start, para.start + end), message, **keywords)
            if f is not None:
                yield f


def _drop_covered(findings: PackedFindings) -> PackedFindings:
    """A text-only finding on exactly the span of a glossary finding says less: keep the glossary one.

    (マー ホアテン is split katakana, but the name rule also says to write 馬化騰.) A bilingual finding is not
    text-only: it says what the source has (part of a sentence with no translation, BIL003, on the sentence where
    BIL001 reports a name missing); `_drop_bilingual_duplicates` weighs it against the others. Nor is a rule's that
    says what the name rule does not (``Rule.covered_by_names`` False: tone-marked pinyin in a name's place, GRB012,
    is the source's ruby left there, beside NAM007's pinyin of the name).
    """
    entities, spans, codes = columns(findings, "entity", "span", "code")
    named = {span for entity, span in zip(entities, spans) if entity and span is not None}
    if not named:
        return findings
    return findings.take([i for i, (entity, span, code) in enumerate(zip(entities, spans, codes))
                          if entity or span is None or span not in named or code.startswith("BIL")
                          or (code in RULES and not RULES[code].covered_by_names)])


def _drop_lost_with(findings: list[Finding], doc: Document) -> list[Finding]:
    """A finding whose rule names in ``lost_with`` a rule that reports a part of the source lost, and whose own
    place in the source lies inside such a part lost whole, is dropped: a term of an omitted clause (BIL001 on 锔钉
    in 「前后打了二十四个锔钉，」, which BIL003 reports) is lost with the clause, which the omission says. A part is lost
    whole when it writes a number and the translated sentence writes none of its numbers; a part whose numbers are
    there (a dateline run on into its sentence's subject and count: 「…4月6日电 石湾镇今年春播玉米38万亩,」 beside
    同町は今年、トウモロコシ38万ムー) was translated in part, and a name missing from it is reported."""
    lost_codes = {c for f in findings if f.code in RULES for c in RULES[f.code].lost_with}
    bitext = doc.layers.get("bilingual")
    if not lost_codes or bitext is None:
        return findings
    from .bilingual.numbers import written_keys

    source = bitext.source

    def offset(line, column) -> int:
        return source.line_span(line).start + column - 1

    def lost_whole(f: Finding, part) -> bool:
        if None in (part.line, part.column, part.end_line, part.end_column) or f.span is None:
            return False
        numbers = written_keys(source.text[offset(part.line, part.column):offset(part.end_line, part.end_column)])
        return bool(numbers) and not numbers & written_keys(doc.slice(f.span))

    lost = [(f.code, r) for f in findings if f.code in lost_codes for r in f.related[:1] if lost_whole(f, r)]
    if not lost:
        return findings

    def inside(r, part) -> bool:
        return r.path == part.path and None not in (r.line, r.column, r.end_line, r.end_column) \
            and (part.line, part.column) <= (r.line, r.column) and (r.end_line, r.end_column) <= (part.end_line,
                                                                                                   part.end_column)

    def lost_with_part(f: Finding) -> bool:
        codes = RULES[f.code].lost_with if f.code in RULES else ()
        return bool(codes) and bool(f.related) and any(code in codes and inside(f.related[0], part)
                                                       for code, part in lost)

    return [f for f in findings if not lost_with_part(f)]


def _drop_bilingual_duplicates(findings: list[Finding], doc: Document) -> list[Finding]:
    """A bilingual finding never repeats a monolingual one: not on the same span, nor where a rule it names in
    ``same_as`` reports overlapping text (a sentence left in Chinese is already untranslated Chinese). On the same
    span, the more severe one stays: a name rule's `info` sound-alike that the source confirms gives way to the
    bilingual warning that says so."""
    if not any(f.code.startswith("BIL") for f in findings):
        return findings
    mono = [f for f in findings if f.span is not None and not f.code.startswith("BIL")]

    def repeated(f: Finding) -> bool:
        same_as = RULES[f.code].same_as if f.code in RULES else ()
        return any((m.span == f.span and m.severity.rank >= f.severity.rank)
                   or (m.code in same_as and m.span.overlaps(f.span)) for m in mono)

    kept = [f for f in findings if not (f.code.startswith("BIL") and f.span is not None and repeated(f))]
    kept = _drop_lost_with(kept, doc)
    stronger = {}
    for f in kept:
        if f.code.startswith("BIL") and f.span is not None:
            stronger[f.span] = max(stronger.get(f.span, 0), f.severity.rank)
    return [f for f in kept if f.code.startswith("BIL") or f.span is None
            or stronger.get(f.span, 0) <= f.severity.rank]
