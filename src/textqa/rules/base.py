"""What every rule is: a code, a kebab-case name, a default severity, the layers it reads and a docstring.

The docstring has four sections, *What it does*, *Why is this bad*, *Example*
and *Use instead*; ``textqa rule CODE``, the README and SARIF read them.
``reads`` names what the rule may look at, from ``LAYERS``: a document rule reads layers that the
pipeline wrote before any rule runs, through its ``LintContext``; it never runs a pipeline stage itself.
"""
from __future__ import annotations

import inspect
import re
from typing import ClassVar, Iterable

from ..findings import Finding, Severity

SECTIONS = ("What it does", "Why is this bad", "Example", "Use instead")

# what a rule may read (``Rule.reads``), and where it comes from
LAYERS = {
    "text": "the document's text and paragraphs (ctx.doc: textqa.document.Document)",
    "tokens": "SudachiPy tokens per paragraph (textqa.tokens: paragraph_tokens, tokens_in; made on first use, kept packed for the paragraphs read last)",
    "mentions": "glossary names found in the text, scored and resolved (ctx.mentions: textqa.mentions)",
    "glossary": "the compiled glossary's entries and forms (ctx.compiled, ctx.entry)",
    "own-names": "the document's own names (no glossary entry) written another way: a homophone, a look-alike or a katakana reading of a name it writes more often (ctx.own_names: textqa.mentions.own_names)",
    "bilingual": "the alignment to the Chinese source and its names (the 'bilingual' layer: textqa.bilingual)",
    "source-names": "the names jieba tags in each aligned source sentence (textqa.bilingual.pair.sentence_names)",
    "glossary-files": "parsed glossary files, not documents (GLS rules: check_glossary reads a GlossaryContext)",
    "report": "a file's findings after the other rules ran (baselines, inline suppressions)",
}


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    reads: ClassVar[tuple[str, ...]]  # keys of LAYERS
    needs_glossary: ClassVar[bool] = False
    # runs only when selected by its own code (or ALL), never by default nor by a prefix: a rule whose cost (NAM012
    # reads every name of the document in pinyin) the default run does not pay
    opt_in: ClassVar[bool] = False
    same_as: ClassVar[tuple[str, ...]] = ()  # codes whose overlapping findings say the same: this one is dropped
    # codes whose finding on the same file says a part of the source is lost (BIL003: a clause with no translation):
    # a finding of this rule whose source place lies inside that part (a term of the clause), lost whole (none of its
    # numbers in the translated sentence), is lost with it, and dropped (``textqa.lint._drop_lost_with``)
    lost_with: ClassVar[tuple[str, ...]] = ()
    # a text-only rule whose finding on exactly the span of a glossary finding says less, and is dropped
    # (``textqa.lint._drop_covered``); False for one that says what the name rule does not (GRB012: tone marks, the
    # source's ruby left in the name's place)
    covered_by_names: ClassVar[bool] = True
    # reads one paragraph at a time (ctx.paragraphs()), each on its own with document-wide layers: the pipeline
    # runs it over a window of paragraphs at a time, so that the window's tokens are dropped when it moves on
    per_paragraph: ClassVar[bool] = False
    # a per-paragraph rule whose findings in a paragraph depend only on the paragraph's text, the code point either
    # side of it and ``local_key(ctx)`` (the document-wide facts it reads: a writer's style): it reads no mentions,
    # masks or glossary (``ctx.finding`` applies the masks). The pipeline keeps what it finds by the paragraph's text
    # and makes the same findings again where that text comes back (``textqa.lint.local_findings``)
    paragraph_local: ClassVar[bool] = False
    # what --fix may do with a finding's suggestion: plain --fix applies it at or above this confidence (0.0: always);
    # None: only --unsafe-fixes does (and never for an info finding). A finding may decide for itself (fix_safety).
    safe_fix_from: ClassVar[float | None] = None

    def check(self, ctx) -> Iterable[Finding]:
        raise NotImplementedError

    def local_key(self, ctx) -> tuple:
        """What a ``paragraph_local`` rule reads of the whole document (kept with the paragraph's findings)."""
        return ()

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def sections(cls) -> dict[str, str]:
        """The docstring split into its sections (heading -> body)."""
        parts = re.split(r"^## (.+)$", cls.doc(), flags=re.M)
        return {head.strip(): body.strip() for head, body in zip(parts[1::2], parts[2::2])}

    @classmethod
    def summary(cls) -> str:
        """First sentence of *What it does*."""
        text = " ".join(cls.sections().get("What it does", "").split())
        return re.split(r"(?<=[.。])\s", text, maxsplit=1)[0]
