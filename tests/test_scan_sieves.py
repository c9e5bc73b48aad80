"""The speed work's shortcuts give the same answer as the full checks they stand before (issue 14).

Each sieve or index is compared with the check it shortcuts: on every paragraph of the development articles and
on random strings made to repeat and to pair things. No timing is asserted here (see bench/).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from textqa import Linter, lint
from textqa.document import Document
from textqa.findings import Mention, Span
from textqa.mentions.kinds import MentionKind
from textqa.rules.garble import doubled_word, english_fragment, romanized_name
from textqa.rules.names import inconsistent_form

ROOT = Path(__file__).resolve().parent.parent
# development sets only (a held-out set in the making is never read here)
ARTICLES = [ROOT / "corpus", ROOT / "tests" / "corpus" / "articles", ROOT / "tests" / "dev-single" / "articles",
            ROOT / "tests" / "bilingual" / "pairs"]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in ARTICLES for p in sorted(folder.glob("*.txt"))
            if not p.name.endswith(".zh.txt")]


def _random_repeats(rng: random.Random, n: int) -> list[str]:
    """Strings of particles, nouns, separators and doubles of them: what GRB008 reads."""
    pieces = ["は", "が", "を", "に", "で", "では", "には", "の", "も", "、", "，", " ", "\u3000", "…", "観客", "数字",
              "星河", "ドキドキ", "何度", "つ", "まり", "正確だ", "。", "\n", "はい", "人々", "AI", "2024"]
    out = []
    for _ in range(n):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.7:  # write a stretch twice, with or without a separator between
            i = rng.randrange(len(words))
            j = min(len(words), i + rng.randint(1, 3))
            words[j:j] = [rng.choice(["", "、", " ", "、、"])] + words[i:j]
        out.append("".join(words))
    return out


def _grb008(texts: list[str]) -> list[list[tuple]]:
    linter = Linter(codes={"GRB008"})
    return [[(f.span, f.message) for f in linter.lint_document(Document(t))] for t in texts]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_doubled_word_sieve_finds_what_the_full_check_finds(source, monkeypatch):
    texts = _texts() if source == "articles" else _random_repeats(random.Random(14), 3000)
    assert texts
    monkeypatch.setattr(lint, "KEPT_PARAGRAPHS", 0)  # each paragraph read by the rule, not the memo of the first run
    lint._LOCAL.clear()
    sieved = _grb008(texts)
    monkeypatch.setattr(doubled_word, "_may_double", lambda *_: True)
    monkeypatch.setattr(doubled_word, "_repeated_at", lambda surfaces: set(range(len(surfaces))))  # every token
    full = _grb008(texts)
    assert sieved == full
    assert any(full)  # the sets do hold doubled words: the comparison is not empty


def _pairwise(text: str, ms: list[Mention]) -> set[int]:
    """_paired over every pair of mentions: what the index replaces."""
    return {id(m) for m in ms if any(o is not m and inconsistent_form._paired(text, m, o) for o in ms)}


def test_paired_index_same_as_every_pair():
    rng = random.Random(14)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice("星河市放送局ラジオ・＝-／の、 ") for _ in range(rng.randint(5, 40)))
        ms, taken = [], set()
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randint(1, 5))
            if taken & set(range(start, end)):
                continue  # one entity's mentions never overlap
            taken |= set(range(start, end))
            ms.append(Mention(Span(start, end), text[start:end], "星河", MentionKind.ACCEPTED))
        expected = _pairwise(text, ms)
        assert inconsistent_form._paired_mentions(text, ms) == expected
        found += bool(expected)
    assert found > 100  # pairs do occur


def test_hashtag_guard_same_answer():
    """in_hashtag is only asked where the text has a hashtag mark: without one it is always False."""
    from textqa.mentions.context import in_hashtag

    rng = random.Random(14)
    for _ in range(2000):
        text = "".join(rng.choice("星河 タグ\n\u3000ab、。") for _ in range(rng.randint(1, 30)))
        for start in range(len(text)):
            assert not in_hashtag(text, Span(start, min(len(text), start + 2)))


def _every_pair_before_suffix(text: str) -> list[int]:
    """What the near-homophone pair scan tested before its sieve: every two kanji of a run, then a suffix after."""
    from textqa.charclass import KANJI_RUN
    from textqa.mentions.features import name_suffix_after

    doc = Document(text)
    return [m.start() + i for m in KANJI_RUN.finditer(text) for i in range(len(m.group()) - 1)
            if name_suffix_after(doc, Span(m.start() + i, m.start() + i + 2), "")]


def _suffix_strings(rng: random.Random, n: int) -> list[str]:
    """Kanji, kana and every name suffix in random order: pairs before suffixes, suffixes inside runs and at ends."""
    from textqa.phonetics.tables import name_context

    suffixes = [s for group in name_context().values() for s in group]
    pieces = [*suffixes, *"麗穂水星河長沙市々〆あのカナ、。 \n", "𠀋", "A"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_pair_before_suffix_sieve_same_offsets(source):
    from textqa.mentions.features import kanji_pairs_before_suffix

    texts = _texts() if source == "articles" else _suffix_strings(random.Random(14), 5000)
    expected = [_every_pair_before_suffix(t) for t in texts]
    assert [list(kanji_pairs_before_suffix(t)) for t in texts] == expected
    assert sum(map(len, expected)) > 50  # the sets do hold pairs before suffixes


NEAR_TSV = """zh\tja\ttype\treading\taccept\treject\tnote
丽水\t麗水\tplace\t\t\t\t
长沙\t長沙\tplace\t\t\t\t
星河\t星河\torg\t\t\t\t
"""


def test_near_pairs_same_mentions_as_the_full_scan(monkeypatch):
    """The near-homophone pair scan finds the same mentions with the sieve as testing every pair of kanji."""
    from textqa.glossary import Glossary
    from textqa.glossary.cache import compiled_glossary
    from textqa.glossary.load import parse_glossary
    from textqa.mentions import homophone

    texts = [*_texts(), "浙江省の麗穂市は茶の産地だ。丽穂市と麗水市。", "長紗市の駅、長沙市。興河社と星合グループ"]
    glossaries = [compiled_glossary(Glossary(parse_glossary(NEAR_TSV))),
                  Linter(ROOT / "tests" / "corpus" / "glossary.tsv").compiled]

    def found():
        out = []
        for compiled in glossaries:
            for text in texts:
                doc = Document(text)
                out.append([(m.span, m.entity, m.detail, m.features)
                            for m in homophone._near_pairs(doc, compiled, set())])
        return out

    sieved = found()
    monkeypatch.setattr(homophone, "kanji_pairs_before_suffix", _every_pair_before_suffix)
    assert found() == sieved
    assert sum(map(len, sieved)) >= 2  # near pairs are found: the comparison is not empty


SURNAME_TSV = NEAR_TSV + """查海峰\t査海峰\tperson\t\t\t\t
区文静\t区文静\tperson\t\t\t\t
周洋\t周洋\tperson\t\t\t\t
"""


def test_glossary_summaries_made_at_compile_equal_those_made_from_the_whole_glossary(tmp_path):
    """The near-pair index and the misread surname readings are made with the glossary's other indexes (kept in
    its store): they equal what a scan of every entry's readings gives, and linting reads no whole index table
    (with 100,000 entries that scan cost a second in every run)."""
    from textqa.glossary import Glossary, store
    from textqa.glossary.compile import compile_glossary, compile_to_store
    from textqa.glossary.forms import simplified_form
    from textqa.glossary.load import parse_glossary
    from textqa.mentions import homophone, surname
    from textqa.phonetics.index import near_pair_key
    from textqa.phonetics.pinyin import char_readings

    glossary = Glossary(parse_glossary(SURNAME_TSV))
    idx = compile_glossary(glossary).indexes
    pairs: dict = {}
    for zh, syl in idx.syllables.items():
        if len(zh) == 2 and len(syl) == 2:
            for kept in (0, 1):
                pairs.setdefault(near_pair_key(kept, simplified_form(zh)[kept]), []).append((zh, syl[1 - kept]))
    assert idx.near_pairs == pairs and len(pairs) == 8  # 丽水 长沙 星河 周洋, each by either character
    assert idx.misread_surnames == frozenset(r for zh in idx.persons if zh in idx.syllables
                                             for r in char_readings(zh[0]) - {idx.syllables[zh][0]})
    assert {"cha", "qu"} <= idx.misread_surnames  # 查 read zha and 区 read ou as surnames
    path = tmp_path / "g.sqlite"
    compile_to_store(glossary, path, "k")
    stored = store.load(path, "k")
    whole = []
    stored_rows = store.Store.rows
    store.Store.rows = lambda self, table: whole.append(table) or stored_rows(self, table)
    try:
        doc = Document("査海峰さんと茶海峰さん、麗穂市と長紗市の区文静氏。")
        homophone.find_homophones(doc, stored)
        surname.find_wrong_surnames(doc, stored)
    finally:
        store.Store.rows = stored_rows
    assert not [t for t in whole if t in ("ix_syllables", "ix_persons")]


def test_sorted_chinese_words_answer_as_the_dictionary_file(tmp_path, monkeypatch):
    """chinese_word by bisection over jieba's words sorted (kept in the cache folder) answers as a search through
    dict.txt does: for words of the file (every 97th, and the ones the file has out of order), those words cut
    or extended, random strings of common characters, and keys the file search alone can answer (spaces)."""
    from textqa.phonetics import tables

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    tables._sorted_words.cache_clear()
    lexicon = bytes(tables._chinese_lexicon())
    if not lexicon:
        pytest.skip("jieba is not installed")

    def by_search(word: str) -> bool:
        key = word.encode() + b" "
        return bool(word) and (lexicon.startswith(key) or lexicon.find(b"\n" + key) >= 0)

    heads = [line.split(b" ")[0].decode() for line in lexicon.split(b"\n")[::97] if b" " in line]
    rng = random.Random(14)
    common = "".join(dict.fromkeys("".join(heads)))[:400]
    words = [*heads, *(h[:-1] for h in heads), *(h + "市" for h in heads[:500]), "吉林", "高姓大名", "高富帅",
             *("".join(rng.choice(common) for _ in range(rng.randint(1, 4))) for _ in range(3000)),
             "", " ", "吉 林", "AT&T", "a\nb"]
    try:
        built = [tables.chinese_word.__wrapped__(w) for w in words]  # builds the sorted words into tmp_path
        assert list(tmp_path.glob("chinese-words-*"))
        tables._sorted_words.cache_clear()
        warm = [tables.chinese_word.__wrapped__(w) for w in words]  # read back from the cache folder
    finally:
        tables._sorted_words.cache_clear()
    # the search through the file for a sample and for keys with spaces; for the rest, the same question asked of
    # every line's first field (no key here has a space or a line break, so it is the question the search asks)
    fields = {head for head, space, _ in (line.partition(b" ") for line in lexicon.split(b"\n")) if space}
    expected = [by_search(w) if i % 50 == 0 or not w.strip() or " " in w or "\n" in w else w.encode() in fields
                for i, w in enumerate(words)]
    assert built == expected and warm == expected
    assert 0 < sum(expected) < len(expected)


def test_sorted_chinese_words_in_small_blocks_answer_as_a_set(tmp_path):
    """The sorted words in blocks of a few bytes (a block per word or two, so that words fall on every side of a
    block's edge), from bytes and from a file: each word found, and none of the words cut, extended or missing
    (before the first, after the last, between two); bytes that do not hold together refused."""
    from textqa.phonetics import tables

    words = [b"\xe5\x8c\x97\xe4\xba\xac", b"ab", b"abc", b"abd", b"b", b"b", b"ba", b"zz", b"q", b"m"]
    lexicon = b"".join(w + b" 3 n\n" for w in words)
    for block in (1, 3, 5, 64):
        data = tables.SortedWords.payload(lexicon, block)
        path = tmp_path / f"words-{block}.bin"
        path.write_bytes(b"xyz" + data)
        with path.open("rb", buffering=0) as file:
            for source, base in ((data, 0), (file, 3)):
                sorted_words = tables.SortedWords.read(source, base, len(data))
                assert sorted_words is not None and len(sorted_words.heads) >= (len(words) if block == 1 else 1)
                for key in {*words, *(w[:-1] for w in words), *(w + b"a" for w in words), b"", b"0", b"zzz", b"bb"}:
                    assert sorted_words.has(key) == (key in words), (block, key)
        for bad in (data[:-1], data[:8], data[:4] + (10 ** 6).to_bytes(4, "big") + data[8:], b""):
            assert tables.SortedWords.read(bad, 0, len(bad)) is None


def test_token_evidence_from_the_pack_same_as_from_tokens():
    """Token evidence read from a paragraph's pack by part-of-speech id equals the evidence read from Token
    objects, for spans of every length at random places in the development articles (names, words, punctuation,
    numbers, unknown words, spans that cut tokens)."""
    from textqa.mentions import features
    from textqa.tokens import packed_in

    rng = random.Random(14)
    compared = 0
    for text in _texts()[:12]:
        doc = Document(text)
        for _ in range(300):
            start = rng.randrange(len(text))
            span = Span(start, min(len(text), start + rng.randint(1, 6)))
            found = packed_in(doc, span)
            if found is None:
                continue
            assert features._from_pack(doc, span, *found) == features._from_tokens(doc, span), (span, doc.slice(span))
            compared += 1
    assert compared > 2000


def test_masks_without_template_rows_same_spans_where_no_bar():
    """A text without `|` is scanned for masks without the template-row alternative (it needs a `|`): the same
    spans as the full pattern, on the development articles and random strings of what masks look for."""
    from textqa import masks

    rng = random.Random(14)
    pieces = ["https://example.com/a(b)", "www.x.jp", "a@b.cn", "@name", "{{zh|s=星河}}", "<br/>", ">>> x", "$ ls",
              "File:Flag.svg", "Xi Jinping sign.svg", "Wang, Li (2019). Title.", "党名 = 星河", "\n", "星河", " ",
              "。", "(", ")", "def f(", "import os", "```\ncode\n```", "A", "1"]
    texts = [t for t in _texts() if "|" not in t]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    full, fast = masks.pattern(True), masks.pattern(False)
    spans = [[m.span() for m in full.finditer(t)] for t in texts]
    assert [[m.span() for m in fast.finditer(t)] for t in texts] == spans
    assert sum(map(len, spans)) > 1000


def test_shared_packs_same_tokens_as_tokenizing_in_place(monkeypatch):
    """A paragraph text tokenized once and moved to another offset (``tokens.SharedPacks``) gives the tokens that
    tokenizing it there gives: every paragraph of the development articles, at its own offset, twice (the second
    time from the shared packs), and random strings past the byte limit that are cut into pieces; a small limit
    lets old texts go."""
    from textqa import tokens

    shared = tokens.SharedPacks(limit=5_000)
    monkeypatch.setattr(tokens, "_SHARED", shared)
    rng = random.Random(14)
    texts = _texts()[:12] + ["".join(rng.choice("星河観客。 AIはが\n") for _ in range(rng.randint(1, 40)))
                             for _ in range(200)] + ["長い文。" * 12_000]
    compared = 0
    for text in texts:
        for _ in range(2):
            doc = Document(text)
            for para in doc.paragraphs():
                want = tokens.tokenize_columns(doc.slice(para), para.start) if para.end > para.start else None
                got = tokens._packed(doc, para)
                if want is None:
                    assert len(got) == 0
                    continue
                assert (list(map(got.base.__add__, got.starts)), list(map(got.base.__add__, got.ends)),
                        list(got.pos_ids), bytes(got.oov)) == \
                    (want.starts, want.ends, want.pos_ids, bytes(want.oov))
                assert [got.token(i, text).reading for i in range(len(got))] == want.readings
                compared += 1
    assert compared > 1000 and shared.held <= shared.limit


def _candidate_features():
    """The features of every finder's candidate (those that have them) in the first twelve development articles,
    with the test corpus's glossary."""
    from textqa.mentions.resolve import candidates

    compiled = Linter(ROOT / "tests" / "corpus" / "glossary.tsv").compiled
    for text in _texts()[:12]:
        for layer in candidates(Document(text), compiled):
            yield from (m.features for m in layer if m.features is not None)


def test_remembered_confidences_equal_the_computed_ones():
    """The scorer remembers a confidence by the candidate's features (``Model.confidence``): every candidate of the
    development articles, scored again with a model that remembers nothing, gets the same confidence; a full
    memo starts afresh."""
    from dataclasses import replace

    from textqa.mentions import score

    current = score.model()
    compared = 0
    for features in _candidate_features():
        fresh = replace(current, _known={})
        assert current.confidence(features) == fresh.confidence(features) == current.confidence(features)
        compared += 1
    assert compared > 100 and 0 < len(current._known) <= score.KNOWN_FEATURES


def test_remembered_complete_features_equal_the_made_ones(monkeypatch):
    """``resolve.completed`` makes a candidate's complete features once for all documents (``resolve._complete``):
    every candidate of the development articles with the ambiguity, echo and glossary size it could be given gets
    the features ``replaced`` makes, equal field for field and of the same types, asked first and again; a full
    memo starts afresh."""
    from dataclasses import astuple

    from textqa.findings import replaced
    from textqa.mentions import resolve, score

    monkeypatch.setattr(score, "KNOWN_FEATURES", 50)  # a small bound: the memo is emptied many times
    monkeypatch.setattr(resolve, "_COMPLETE", {})
    compared = 0
    for features in _candidate_features():
        for ambiguous, echoed, size in ((False, False, 7), (True, False, 7), (False, True, 100_000)):
            want = replaced(features, ambiguous=ambiguous, echoed=echoed, glossary_size=size)
            for _ in range(2):
                got = resolve._complete(features, ambiguous, echoed, size)
                assert got == want and list(map(type, astuple(got))) == list(map(type, astuple(want)))
            compared += 1
    assert compared > 300 and 0 < len(resolve._COMPLETE) <= 50


def test_tokens_looked_up_together_are_those_looked_up_one_by_one():
    """``tokens.tokens_at`` of many offsets in one call (the homophone finder asks for every run of a document at
    once, each paragraph looked up once) gives each offset the token ``token_at`` gives it: every offset of the
    development articles, in order and shuffled, and offsets past the text's end."""
    from textqa import tokens

    rng = random.Random(26)
    compared = 0
    for text in _texts()[:6]:
        doc = Document(text)
        offsets = list(range(len(text) + 2))
        want = [tokens.token_at(doc, offset) for offset in offsets]
        assert tokens.tokens_at(doc, offsets) == want
        order = list(range(len(offsets)))
        rng.shuffle(order)
        assert tokens.tokens_at(doc, [offsets[i] for i in order]) == [want[i] for i in order]
        compared += sum(t is not None for t in want)
    assert compared > 10_000


def test_packed_in_with_the_last_paragraph_kept_answers_as_afresh():
    """``tokens.packed_in`` keeps the paragraph it read last (the finders ask span after span of one paragraph):
    spans of the development articles asked in text order, shuffled, and reaching past their paragraph or the
    text's end get the tokens (or None) that a fresh document, holding no paragraph, gives."""
    from textqa import tokens

    def answer(found):
        return None if found is None else [found[0].span(i) for i in found[1]]

    rng = random.Random(26)
    compared = 0
    for text in _texts()[:6]:
        doc = Document(text)
        spans = [Span(a, a + rng.randint(1, 12)) for a in sorted(rng.sample(range(len(text) + 1), 400))]
        for order in (spans, rng.sample(spans, len(spans))):
            for span in order:
                got = answer(tokens.packed_in(doc, span))
                assert got == answer(tokens.packed_in(Document(text), span)), span
                compared += got is not None
    assert compared > 1000


def test_remembered_character_classes_answer_as_their_ranges():
    """``CharClass`` remembers its answer per character: every character of the development articles and random
    code points of every plane get the answer of the ranges (and of the class's regex range), first and again."""
    import re

    from textqa.charclass import (HIRAGANA, JAPANESE_CHAR, KANA_CHAR, KANJI, KANJI_CHAR, KATAKANA, is_kana,
                                  is_kanji)

    rng = random.Random(14)
    chars = set("".join(_texts())) | {chr(rng.randrange(0x110000)) for _ in range(5000)} - {chr(c) for c in
                                                                                                range(0xD800, 0xE000)}
    for cls in (KANJI, KATAKANA, HIRAGANA):
        pattern = re.compile(f"[{cls.range}]")
        for ch in sorted(chars):
            want = bool(pattern.fullmatch(ch))
            assert (ch in cls) == cls._test(ch) == want == (ch in cls), (hex(ord(ch)), cls.range)
    for ch in sorted(chars):  # the one-character searches that replace loops over a text's characters
        assert bool(KANA_CHAR.search(ch)) == is_kana(ch) and bool(KANJI_CHAR.search(ch)) == is_kanji(ch)
        assert bool(JAPANESE_CHAR.search(ch)) == (is_kana(ch) or is_kanji(ch)), hex(ord(ch))


def test_the_mentions_layer_read_by_columns_as_by_mentions():
    """``MentionLayer.records`` and ``of_kinds`` with entities (NAM002 and the per-entity summaries read these, with
    no ``Mention`` made for what they pass over) give what reading every ``Mention`` gives, on the development
    articles."""
    from textqa.mentions.layer import mention_layer

    linter = Linter(str(ROOT / "glossary" / "hunan-blockchain.names.tsv"))
    correct = [k for k in MentionKind if k.correct]
    read = 0
    for text in _texts():
        doc = Document(text)
        linter.lint_document(doc)
        layer = mention_layer(doc)
        mentions = list(layer)
        assert list(layer.records()) == [(m.span.start, m.entity, m.surface, m.kind, m.glossed) for m in mentions]
        assert list(layer.records(correct)) == [(m.span.start, m.entity, m.surface, m.kind, m.glossed)
                                                for m in mentions if m.kind.correct]
        entities = {m.entity for m in mentions[::3]}
        assert list(layer.of_kinds(correct, entities)) == [m for m in mentions
                                                           if m.kind.correct and m.entity in entities]
        fields = ("span", "surface", "entity", "kind", "confidence", "detail", "glossed")
        for kinds in (correct, [k for k in MentionKind if not k.correct], list(MentionKind)):
            assert layer.columns(kinds, *fields) == [[getattr(m, f) for m in mentions if m.kind in kinds]
                                                     for f in fields]
        read += len(mentions)
    assert read > 200



def _article_findings() -> list:
    """The findings of every development article, each file's packed, in one list of packs."""
    linter = Linter(str(ROOT / "glossary" / "hunan-blockchain.names.tsv"))
    return [linter.lint_source(text, f"doc{i}.txt")[0] for i, text in enumerate(_texts())]


def _stacked_pairwise(findings: list) -> dict[int, str]:
    """``report.stacked`` as its docstring says, pair by pair (each finding's rank made again for every pair it is
    in), in the order ``stacked`` visits the pairs: the reference for the ranks it makes once."""
    spans = [f.span for f in findings]
    out: dict[int, str] = {}
    by_path: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        if f.span is not None:
            by_path.setdefault(f.path, []).append(i)

    def rank(i: int) -> tuple:
        f = findings[i]
        return f.severity.rank, f.entity is not None, -(f.span.end - f.span.start), f.code

    for indexes in by_path.values():
        indexes.sort(key=spans.__getitem__)
        for n, i in enumerate(indexes):
            for j in indexes[n + 1:]:
                if spans[j].start >= spans[i].end:
                    break
                if abs(spans[i].start - spans[j].start) <= 1 or abs(spans[i].end - spans[j].end) <= 1:
                    lower, upper = (i, j) if rank(i) < rank(j) else (j, i)
                    out.setdefault(lower, findings[upper].code)
    return out


def test_stacked_findings_of_piles_on_one_span_as_pair_by_pair():
    """Findings piled on a few spans (a katakana name read as tens of entities has a finding for each on one span),
    of every severity, with and without an entity, in two files: ``stacked`` of the records and of the objects
    equals the pair-by-pair reference; and the spans read from records are ``Span`` tuples equal to the objects'."""
    from textqa.findings import Finding, PackedFindings, Severity
    from textqa.report import stacked

    rng = random.Random(28)
    piles = [Span(s, s + n) for s, n in ((0, 4), (1, 3), (2, 6), (10, 2), (11, 2), (30, 5))]
    findings = [Finding(rng.choice(["a.txt", "b.txt"]), rng.choice(["NAM004", "NAM006", "GRB002", "NAM011"]),
                        rng.choice(list(Severity)), f"m{i}", entity=rng.choice([None, "甲", "乙", "丙"]),
                        span=rng.choice([*piles, None]), surface="x", context="x") for i in range(300)]
    packed = PackedFindings(findings)
    expected = _stacked_pairwise(findings)
    assert len(expected) > 100
    assert stacked(findings) == expected == stacked(packed)
    assert packed.column("span") == [f.span for f in findings]
    assert all(type(s) is Span for s in packed.column("span") if s is not None)


def test_packed_findings_pickled_without_their_value_numbers_read_and_grow_the_same():
    """A worker's packed findings are pickled without the numbers of their values (made again when asked): the
    copy holds the same findings and values, and appending, joining and taking records from it give what they give
    from the original, value numbers included."""
    import pickle

    from textqa.findings import PackedFindings

    first, second = [pack for pack in _article_findings() if len(pack) >= 3][:2]
    copy = pickle.loads(pickle.dumps(first, protocol=pickle.HIGHEST_PROTOCOL))
    assert list(copy) == list(first) and copy.values == first.values and copy._numbers is None
    assert [f.context for f in copy] == [f.context for f in first]
    joined, from_copy = PackedFindings(), PackedFindings()
    joined += first
    from_copy += copy
    assert list(from_copy) == list(joined) and from_copy.values == joined.values
    copy += second
    original = PackedFindings()
    original += first  # (into an empty pack every value keeps its number)
    original += second
    assert list(copy) == list(original) and copy.values == original.values
    for f in list(second)[:3]:
        copy.append(f)
        original.append(f)
    assert list(copy) == list(original) and copy.values == original.values
    assert copy._numbering() == original._numbering()
    again = pickle.loads(pickle.dumps(original))
    order = list(range(len(again)))[::-1]
    assert list(again.take(order)) == list(original.take(order))
    assert again.take(order)._numbering() == original.take(order)._numbering()


def test_packed_findings_sorted_filtered_and_joined_as_records_same_as_objects():
    """Packed findings are sorted, filtered, joined and read by column as records (no ``Finding`` made): the same
    findings, in the same order, as sorting, filtering and joining the objects; the stacked findings the same for
    the objects and the records."""
    from textqa.findings import Finding, PackedFindings, Span, columns, sort_columns
    from textqa.lint import _drop_covered
    from textqa.report import stacked

    packs = _article_findings()
    joined, objects = PackedFindings(), []
    for pack in packs:
        joined += pack
        objects += list(pack)
    assert list(joined) == objects and [f.context for f in joined] == [f.context for f in objects]
    rng = random.Random(14)
    shuffled = list(range(len(objects)))
    rng.shuffle(shuffled)
    mixed = joined.take(shuffled)
    assert list(mixed) == [objects[i] for i in shuffled]
    for name in ("path", "line", "span", "severity", "entity", "confidence", "related", "unit"):
        assert mixed.column(name) == columns([objects[i] for i in shuffled], name)[0]
    order = sorted(range(len(mixed)), key=list(zip(*sort_columns(mixed))).__getitem__)
    assert list(mixed.take(order)) == sorted(list(mixed), key=Finding.sort_key)
    named = {f.span for f in objects if f.entity and f.span is not None}
    assert list(_drop_covered(mixed)) == [f for f in mixed if f.entity or f.span is None or f.span not in named
                                          or f.code.startswith("BIL")]
    assert stacked(mixed) == stacked(list(mixed)) == _stacked_pairwise(list(mixed)) and stacked(mixed)
    # a surface the context holds more than once, or past where it is looked for, or not at all
    odd = [Finding("a.txt", "GRB001", objects[0].severity, "m", surface="ab", span=Span(0, 2), context=c)
           for c in ("abab", "x" * 9 + "ab", "xyz", "")]
    assert list(PackedFindings(odd)) == odd and [f.context for f in PackedFindings(odd)] == [f.context for f in odd]


def _latin_strings(rng: random.Random, n: int) -> list[str]:
    """Japanese with numbers, English words, pinyin names and their punctuation: what GRB002 and GRB003 read."""
    pieces = ["2015", "3.5", "10", " ", "、", "。", ";", ",", "年", "試合で", "と呼ばれる", "売上は", "supply", "chain",
              "personalized", "learning", "carry", "Zhou", "Minghui", "Xu", "Lan", "Smart", "Logistics", "Affairs",
              "Zhejiang", "「", "」", "（", "）", "\n", "iPhone", "15", "業界には、Zhou Minghui、Xu Lanなど"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_latin_letter_sieve_finds_what_every_paragraph_finds(source, monkeypatch):
    """GRB002 and GRB003 read only the paragraphs and runs that hold a Latin letter: the same findings as
    reading every one."""
    texts = _texts() if source == "articles" else _latin_strings(random.Random(14), 3000)
    linter = Linter(codes={"GRB002", "GRB003"})

    def found() -> list[list[tuple]]:
        return [[(f.code, f.span, f.message) for f in linter.lint_document(Document(t))] for t in texts]

    sieved = found()
    every = re.compile("")  # a sieve that lets everything through
    monkeypatch.setattr(english_fragment, "LATIN_LETTER", every)
    monkeypatch.setattr(romanized_name, "LATIN_LETTER", every)
    full = found()
    assert sieved == full
    assert {code for doc in full for code, *_ in doc} == {"GRB002", "GRB003"}  # both rules do find something


def _punctuation_strings(rng: random.Random, n: int) -> list[str]:
    """Marks, spaces, hyphens, quotes, honorifics and kanji in random order: what GRB007 reads."""
    pieces = ["、", "。", " ", "\u3000", "-", "–", "」", "』", "）", ")", "”", "「", "！", "?", "氏", "さん", "王芳", "クラス",
              "です", "1960年", "〜", ":", "\n"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _katakana_strings(rng: random.Random, n: int) -> list[str]:
    """Katakana words and single letters, spaces, middle dots and kanji in random order: what GRB009 reads."""
    pieces = ["モバイル", "インターネット", "ボーイン", "グ", "ボーイング", "ジョン", "スミス", "ア", " ", "\u3000", "・", "＝", "星河",
              "の", "。", "\n"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(n)]


def _question_mark_strings(rng: random.Random, n: int) -> list[str]:
    """Strings of kanji, kana and marks with half-width question marks and replacement characters: what GRB014 reads."""
    pieces = ["福", "州", "市", "日本", "政府", "の", "は", "とは", "か", "?", "??", "\ufffd", "、", "。", "「", " ", "\n"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


@pytest.mark.parametrize("code,module,sieve,strings", [
    ("GRB007", "stray_punctuation", "MAY_STRAY", _punctuation_strings),  # a space, two marks, a mark and a hyphen
    ("GRB009", "split_katakana", "MAY_SPLIT", _katakana_strings),  # a space between two katakana letters
])
@pytest.mark.parametrize("source", ["articles", "random"])
def test_first_test_finds_what_every_paragraph_finds(code, module, sieve, strings, source, monkeypatch):
    """A garble rule that scans only the paragraphs its first test lets through finds what scanning every one finds."""
    import importlib

    texts = _texts() if source == "articles" else strings(random.Random(14), 3000)
    linter = Linter(codes={code})

    def found() -> list[list[tuple]]:
        return [[(f.span, f.message) for f in linter.lint_document(Document(t))] for t in texts]

    sieved = found()
    monkeypatch.setattr(importlib.import_module(f"textqa.rules.garble.{module}"), sieve, re.compile(""))
    full = found()
    assert sieved == full
    assert any(full)


def test_alias_marker_sieve_same_answer():
    """introduced_as_alias looks for each marker only when the window before the name holds one of them."""
    from textqa.charclass import is_hiragana
    from textqa.mentions.context import introduced_as_alias
    from textqa.wordlists import word_list

    markers = word_list("alias_markers.txt") + word_list("subsidiary_markers.txt")

    def every_marker(text: str, start: int) -> bool:
        window = text[max(0, start - 12):start]
        return any(window.rfind(m) >= 0 and len(window[window.rfind(m) + len(m):]) <= 3
                   and all(is_hiragana(c) or c in "「『:：、 " for c in window[window.rfind(m) + len(m):])
                   for m in markers)

    rng = random.Random(14)
    pieces = [*markers, "は", "の", "「", "：", "、", " ", "星河", "会社", "です", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    answers = [(introduced_as_alias(t, i), every_marker(t, i)) for t in texts for i in range(len(t) + 1)]
    assert all(a == b for a, b in answers)
    assert sum(a for a, _ in answers) > 100  # the markers do introduce names here


def test_replaced_copies_records_as_dataclasses_replace_does():
    """``findings.replaced`` (the mentions layer's copies of candidates) gives what ``dataclasses.replace`` gives."""
    import dataclasses

    from textqa.findings import replaced
    from textqa.mentions.features import Features

    features = Features(MentionKind.HOMOPHONE, 3, context=True, similarity=0.5, shared=0.25)
    m = Mention(Span(3, 6), "星河網", "星河网", MentionKind.HOMOPHONE, 0.4, "xing he wang", features=features)
    for changes in ({}, {"confidence": 0.9}, {"glossed": True, "span": Span(1, 2)}):
        new = replaced(m, **changes)
        assert new == dataclasses.replace(m, **changes) and new.features is m.features
    more = {"ambiguous": True, "echoed": True, "glossary_size": 100}
    assert dataclasses.astuple(replaced(features, **more)) == dataclasses.astuple(dataclasses.replace(features, **more))
    with pytest.raises(KeyError):
        replaced(m, colour="red")


def test_encoding_loss_first_test_finds_what_every_paragraph_finds(monkeypatch):
    """GRB014 scans only the paragraphs that hold a half-width question mark or a replacement character
    (``MAY_LOSE``), and finds what scanning every paragraph finds (random strings: the development articles have
    no lost characters)."""
    from textqa.rules.garble import encoding_loss

    texts = _question_mark_strings(random.Random(14), 3000)
    linter = Linter(codes={"GRB014"})

    def found() -> list[list[tuple]]:
        return [[(f.span, f.message) for f in linter.lint_document(Document(t))] for t in texts]

    sieved = found()
    monkeypatch.setattr(encoding_loss, "MAY_LOSE", re.compile(""))
    assert sieved == found()
    assert any(sieved)


def test_token_at_one_offset_same_as_tokens_in():
    """``tokens.token_at`` gives the one token that ``tokens_in`` gives for a one-code-point span, at every offset of
    the development articles (blank lines and the text's end included), and None where it gives none."""
    from textqa.tokens import token_at, tokens_at, tokens_in

    compared = 0
    for text in _texts()[:6]:
        doc = Document(text)
        for offset in range(len(text) + 1):
            found = tokens_in(doc, Span(offset, offset + 1))
            assert len(found) <= 1
            assert token_at(doc, offset) == (found[0] if found else None)
            compared += bool(found)
        offsets = list(range(len(text) + 1))  # tokens_at, its paragraphs looked up once each: the same tokens
        assert tokens_at(Document(text), offsets) == [token_at(doc, offset) for offset in offsets]
        assert tokens_at(Document(text), offsets[::-7]) == [token_at(doc, offset) for offset in offsets[::-7]]
    assert compared > 1000


def test_context_sieve_marks_what_every_test_marks(monkeypatch):
    """Marking mentions correct by context with the tests that need a mark in the text (an arrow, a slash, a bulleted
    line, an alias marker) skipped where the text has none of it (``context.sieve``) marks what running every test
    marks: the development articles and invented lines that hold each mark, with and without what makes it count."""
    from textqa.mentions import context, resolve
    from textqa.mentions.layer import mention_layer

    glossary = ROOT / "tests" / "corpus" / "glossary.tsv"
    lines = ["例：林志强→林志強、张伟 -> 張偉", "(林志強/ LIN ZHIQIANG)、Lin Zhiqiang / 林志强、马化腾／ポニー・マー",
             "* 林志強：英語表記は Lin Zhiqiang。\n- 林志强:Lin\n・王某（作家）（1934年 - ）　中国の作家。",
             "英語名は「Pony Ma」、日本法人の林志强。", "林志强と张伟。星河の話。"]
    texts = _texts() + lines + ["\n".join(lines)]

    def marked() -> list[list[tuple]]:
        linter = Linter(str(glossary))
        out = []
        for text in texts:
            doc = Document(text)
            linter.lint_document(doc)
            out.append([(m.span, m.entity, m.kind, m.glossed) for m in mention_layer(doc)])
        return out

    sieved = marked()
    assert not all(context.sieve(t).arrows or context.sieve(t).bullets for t in texts)  # the sieve leaves tests out
    monkeypatch.setattr(resolve, "sieve", lambda text: context.Sieve(True, True, True, True))
    assert sieved == marked()
    assert sum(glossed for found in sieved for *_, glossed in found) > 10


def _claim_by_code_point(groups: list[list[Mention]], report: float) -> list[Mention]:
    """Claiming spans as it was written first: each code point remembers the mentions that hold it."""
    def conflicts(m: Mention, t: Mention) -> bool:
        return m.span.overlaps(t.span) and not (m.span == t.span and m.entity != t.entity and m.kind == t.kind)

    taken, holders = [], {}
    for layer in groups:
        for m in sorted(layer, key=lambda m: (-m.confidence, m.span.start - m.span.end, m.span.start)):
            if m.confidence < report:
                continue
            offsets = range(m.span.start, m.span.end)
            if any(conflicts(m, t) for i in offsets for t in holders.get(i, ())):
                continue
            taken.append(m)
            for i in offsets:
                holders.setdefault(i, []).append(m)
    return sorted(taken, key=lambda m: (m.span.start, m.span.end))


def _random_mentions(rng: random.Random, n: int, *, apart: bool = False) -> list[Mention]:
    """Mentions of a few entities and kinds over a short text: overlapping, nested, equal spans, one empty span;
    with ``apart``, in order, each span equal to the one before or after its end (the literal forms' layer)."""
    kinds = [MentionKind.PREFERRED, MentionKind.READING, MentionKind.HOMOPHONE, MentionKind.KATAKANA]
    out, at = [], 0
    for _ in range(n):
        if apart:
            if not out or rng.random() < 0.7:
                at += rng.randint(0, 3)
                span = Span(at, at + rng.randint(1, 4))
                at = span.end
            else:
                span = out[-1].span
        else:
            start = rng.randint(0, 30)
            span = Span(start, start + rng.randint(0 if rng.random() < 0.02 else 1, 6))
        out.append(Mention(span, "x", rng.choice("ABC"), rng.choice(kinds), rng.choice([0.2, 0.5, 0.9, 1.0])))
    return out


def test_claims_by_intervals_same_as_by_code_points():
    """``resolve._claim`` keeps what it has taken as sorted disjoint intervals and bisects them; it takes the same
    mentions, in the same order, as remembering the holders of every code point: random layers with overlapping,
    nested, equal and empty spans."""
    from textqa.mentions.resolve import _claim

    rng = random.Random(14)
    for _ in range(400):
        groups = [_random_mentions(rng, rng.randint(0, 25)) for _ in range(rng.randint(1, 3))]
        assert _claim(groups, 0.4) == _claim_by_code_point(groups, 0.4)


def test_whole_names_of_a_layer_apart_is_the_layer():
    """``resolve._whole`` returns a layer whose spans lie apart (the literal forms) as it is: leaving out what lies
    inside a longer span of the same entity and kind leaves out nothing of it and raises no confidence; a layer
    whose spans overlap is not taken for one."""
    from textqa.mentions.resolve import _apart, _whole, _whole_names

    rng = random.Random(14)
    for _ in range(300):
        layer = _random_mentions(rng, rng.randint(0, 30), apart=True)
        assert _apart(layer) and _whole(layer, 0.4) == _whole_names(layer, 0.4) == layer
        mixed = _random_mentions(rng, rng.randint(0, 30))
        assert _whole(mixed, 0.4) == _whole_names(mixed, 0.4)
    assert not _apart([Mention(Span(0, 4), "x", "A", MentionKind.PREFERRED), Mention(Span(1, 2), "x", "A", MentionKind.PREFERRED)])


def test_masked_by_bisection_same_as_by_every_mask():
    """``masks.is_masked`` bisects the masks' starts: a span is masked when it begins or ends inside a mask, every
    offset of texts with URLs, file names and labelled forms against a test of every mask."""
    from textqa.masks import is_masked, masked_spans

    texts = ["見て https://example.com/a と Flag_of_China.svg、簡体字：习近平。ここ", "なし", "@name と <br/> と {{zh|s=x}}"]
    checked = 0
    for text in texts + _texts()[:5]:
        doc = Document(text)
        masks = masked_spans(doc)
        for start in range(len(text)):
            for end in (start, start + 1, start + 3):
                every = any(m.start <= start < m.end or m.start <= max(start, end - 1) < m.end for m in masks)
                assert is_masked(doc, Span(start, end)) == every
                checked += every
    assert checked > 100


def test_legal_name_by_first_characters_same_as_every_suffix():
    """``context.legal_name`` tries the organisation suffixes only where one of their first characters stands; it
    answers as trying every suffix at every offset of the development articles and of invented company names."""
    from textqa.mentions.context import MAX_COUNTRY, is_kanji, legal_name, legal_suffixes

    def every(text: str, end: int) -> bool:
        for gap in range(MAX_COUNTRY + 1):
            if gap and not is_kanji(text[end + gap - 1:end + gap] or "a"):
                return False
            if text.startswith(legal_suffixes(), end + gap):
                return True
        return False

    assert all(legal_suffixes())
    texts = ["星河技術有限公司と星河日本株式会社、星河博物館。", *_texts()[:6]]
    found = 0
    for text in texts:
        for end in range(len(text) + 1):
            assert legal_name(text, end) == every(text, end)
            found += every(text, end)
    assert found > 3


def _chinese_run_strings(rng: random.Random, n: int) -> list[str]:
    """Kanji runs with and without simplified-only characters (们, 这) and characters Japanese does not use (奶, 晾),
    beside kana, digits, colons, quotes and brackets: what GRB001 reads."""
    pieces = ["我们", "这个", "奶渣", "晾晒", "日本", "政府", "星河", "は", "と", "の", "を", "：", "“", "”", "（", "）", "2024",
              "，", "、", "。", "王明", "\n", "さん", "駅", "采茶人", "人", "人们", "茶", "a奶b", "Z", "乒乓球"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_untranslated_chinese_run_sieve_finds_what_every_run_finds(source, monkeypatch):
    """GRB001 passes over a run that holds none of the document's simplified-only characters, characters Japanese
    does not use and agent nouns' endings (it finds the runs from those characters' places): the same findings as
    reading every run."""
    from textqa.rules.garble import untranslated_chinese

    texts = _texts() if source == "articles" else _chinese_run_strings(random.Random(14), 3000)
    linter = Linter(codes={"GRB001"})

    def found() -> list[list[tuple]]:
        return [[(f.span, f.message, f.confidence) for f in linter.lint_document(Document(t))] for t in texts]

    sieved = found()
    monkeypatch.setattr(untranslated_chinese, "_evident_runs",
                        lambda text, chars: [m.span() for m in untranslated_chinese.RUN.finditer(text)])  # every run
    full = found()
    assert sieved == full
    assert any(full)


def _inside_kanji_names_of_every_mention(layers, warning):
    """``resolve._inside_kanji_names`` testing every mention against every name (before the code-point sieve)."""
    from textqa.glossary.forms import simplified_form
    from textqa.mentions.kinds import KANJI_SOUND_KINDS

    names = [m for layer in layers for m in layer if m.kind in KANJI_SOUND_KINDS and m.confidence >= warning
             and len(m.surface) == len(m.entity)]

    def inside(m):
        return m.kind.literal and any(
            n.entity != m.entity and n.span != m.span and n.span.contains(m.span)
            and simplified_form(m.surface) == simplified_form(n.entity)[m.span.start - n.span.start:
                                                                         m.span.start - n.span.start + len(m.surface)]
            for n in names)

    return [[m for m in layer if not inside(m)] for layer in layers]


def test_literal_forms_inside_kanji_names_same_as_every_mention_against_every_name():
    """``resolve._inside_kanji_names`` looks only at the mentions that start inside a name or at its end: it drops
    what testing every mention against every name drops (random names, literal forms cut out of them or beside them,
    empty spans among them)."""
    from textqa.mentions.resolve import _inside_kanji_names

    rng = random.Random(14)
    dropped = 0
    entities = ["楊柳青画社", "楊柳青", "星河龍", "星河", "龍門", "河龍門"]
    for _ in range(400):
        layers = [[], []]
        for _ in range(rng.randint(0, 4)):  # sound-alikes of a whole name
            zh = rng.choice(entities)
            start = rng.randint(0, 20)
            layers[1].append(Mention(Span(start, start + len(zh)), zh, zh, rng.choice(
                [MentionKind.HOMOPHONE, MentionKind.NEAR_HOMOPHONE, MentionKind.GLYPH]), confidence=rng.random()))
        for _ in range(rng.randint(0, 12)):  # literal forms and others, anywhere
            zh = rng.choice(entities)
            i = rng.randint(0, len(zh))
            j = rng.randint(i, len(zh))
            start = rng.randint(0, 24)
            layers[rng.randint(0, 1)].append(Mention(Span(start, start + j - i), zh[i:j], rng.choice(entities),
                                                     rng.choice(list(MentionKind))))
        kept = _inside_kanji_names(layers, 0.4)
        assert kept == _inside_kanji_names_of_every_mention(layers, 0.4)
        dropped += sum(map(len, layers)) - sum(map(len, kept))
    assert dropped  # the rule does drop literal forms inside names


def test_one_stretch_for_a_text_within_one_window():
    """``resolve._stretches`` gives a text shorter than one window of the rules one stretch without walking its
    paragraphs: ``tokens.windows`` makes one window of it too; a longer text is still cut where its windows begin."""
    from textqa.tokens import WINDOW_CHARS, windows
    from textqa.mentions.resolve import _stretches

    for text in [t for t in _texts() if len(t) < WINDOW_CHARS][:20] + ["", "\n\n", "星河。\n"]:
        doc = Document(text)
        assert _stretches(doc) == [(0, len(text))]
        assert len(list(windows(doc))) <= 1
    long = Document("星河龍は来た。\n" * (WINDOW_CHARS // 4))
    stretches = _stretches(long)
    assert len(stretches) == len(list(windows(long))) > 1
    assert stretches[0][0] == 0 and stretches[-1][1] == len(long.text)


def _label_strings(rng: random.Random, n: int) -> list[str]:
    """Strings of form labels, their pieces, brackets, colons, bullets, spaces, bars and line breaks: what a label's
    alternatives read, nested and overlapping (中国語表記, 英語名, 【簡】, （中国語）：)."""
    from textqa.labels import bracket_labels, form_labels

    words = list(form_labels()) + list(bracket_labels())
    pieces = words + [w[:k] for w in words[:40] for k in (1, 2)] + list("（）()【】〔〕［］[]：:=、。|・■ \u3000\n") + \
        ["\n\n", "は", "が", "で", "の", "表記", "で書くと", "だと", "「", "」", "林志强", "习近平", "Lin Zhiqiang", "シー"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_label_pattern_with_its_sieve_matches_as_without(source):
    from textqa.labels import _label, label_begins

    texts = _texts() if source == "articles" else _label_strings(random.Random(21), 20000)
    sieved = _label()
    assert label_begins() in sieved.pattern
    full = re.compile(sieved.pattern.replace(label_begins(), "", 1), sieved.flags)
    for text in texts:
        assert [m.span() for m in sieved.finditer(text)] == [m.span() for m in full.finditer(text)], text


# each pattern as it was written with its look behind first, and the pattern that now opens with the character it needs
_LOOK_BEHIND_FIRST = {
    "LAUGHTER": (r"(?<=[{J}])[ｗw]+(?![{L}0-9])|[(（]笑[)）]", 0),
    "EXCLAIMED": (r"(?<=[{H}])[!！](?![!?！？])", 0),
    "HASHTAG": (r"(?<![^\s])[#＃][^\s#＃。、，,.!?！？「」『』()（）]+", 0),
    "HANDLE": (r"(?<![A-Za-z0-9_.])@[A-Za-z0-9_]{1,30}", 0),
    "TRAILING": (r"(?:。。|(?<=[{J}])\.\.)$", re.M),
    "CODE_OPTION": (r"(?<![^\s])--?[a-z][a-z-]*(?![A-Za-z0-9])", 0),
    "CODE_PATH": (r"(?<![A-Za-z0-9.:/~])/[a-z0-9_.-]+/[a-z0-9_.-]*", re.ASCII),
}


@pytest.mark.parametrize("name", sorted(_LOOK_BEHIND_FIRST))
def test_patterns_opening_with_their_character_match_as_with_the_look_behind_first(name):
    from textqa import charclass, masks
    from textqa.rules.garble import stray_punctuation

    where = {"HANDLE": masks, "TRAILING": stray_punctuation}.get(name, charclass)
    now = getattr(where, name)
    now = re.compile(now) if isinstance(now, str) else now
    old, flags = _LOOK_BEHIND_FIRST[name]
    was = re.compile(old.replace("{J}", charclass.JAPANESE_RANGE).replace("{H}", charclass.HIRAGANA_RANGE)
                     .replace("{L}", charclass.LATIN_ANY_WIDTH_RANGE), flags)
    assert now.flags == was.flags
    rng = random.Random(21)
    pieces = list("ｗw#＃@!！?？笑()（）aZ1_.-/:~。 \n\tあア漢") + ["--", "//", "。。", ".."]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in was.finditer(text)], text
    for text in texts[-3000:]:  # a match tried at each offset (in_hashtag matches HASHTAG at one)
        for i in range(len(text)):
            a, b = was.match(text, i), now.match(text, i)
            assert (a and a.span()) == (b and b.span()), (text, i)


def test_two_kanji_and_kana_searches_answer_as_tests_of_each_character():
    from textqa.charclass import KANA_CHAR, is_hiragana, is_kanji, is_katakana
    from textqa.rules.garble._text import _two_kanji

    rng = random.Random(21)
    pieces = list("漢字あアー・々〆a1 。") + ["\U00020000", "\u3400"]
    for text in _texts()[:5] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20000)]:
        assert _two_kanji(text) == (sum(map(is_kanji, text)) >= 2), text
        assert (KANA_CHAR.search(text) is not None) == any(is_hiragana(c) or is_katakana(c) for c in text), text


def _gloss_strings(rng: random.Random, n: int) -> list[str]:
    """Names followed by suffixes, editions, spaces, closing quotes, Latin words, wiki markup and glosses near and
    far: what ``gloss_after`` reads past a name."""
    pieces = ["星河", "市", "は", "の", "（", "）", "(", ")", "セイガ", " ", "\u3000", "」", "』", "”", "】", "\n", "日本語版",
              "有限公司", "ホールディングス", "株式会社", "Huawei", " Technologies", "'''", "<ref>注</ref>", "<ref name=a/>",
              "、", "。", "Lin", "abc", "博物館"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_gloss_beyond_reach_only_where_gloss_after_finds_none(source):
    from textqa.mentions.context import gloss_after, gloss_beyond_reach, gloss_groups

    texts = _texts() if source == "articles" else _gloss_strings(random.Random(21), 6000)
    beyond = found = 0
    for text in texts:
        groups = dict(gloss_groups(text))
        opens = list(groups)
        for end in range(len(text) + 1):
            if gloss_beyond_reach(text, end, opens):
                beyond += 1
                assert gloss_after(text, end, groups) is None and gloss_after(text, end, groups, editions=False) is None, \
                    (text, end)
            else:
                found += gloss_after(text, end, groups) is not None
    assert beyond and found


def test_bracketed_name_found_from_its_places_as_by_the_pattern():
    from textqa.rules.garble._names import _bracketed

    rng = random.Random(21)
    pieces = ["(", ")", "（", "）", " ", "\u3000", "Lei", " Jun", "Lei Jun", "雷軍", "は", "Li", "a", "\n"]
    names = ["Lei Jun", "Lei", "Li", "a", "Jun", " Jun", "Li "]
    for text in _texts()[:10] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]:
        for name in names:
            full = [m.start() for m in re.finditer(rf"[(（][ \u3000]*{re.escape(name)}[ \u3000]*[)）]", text)]
            assert list(_bracketed(text, name)) == full, (text, name)


def test_chinese_line_first_look_at_the_kana_beside_the_mention_same_answer(monkeypatch):
    from textqa.charclass import KANA_CHAR
    from textqa.mentions import context

    rng = random.Random(21)
    pieces = ["星河", "他年輕時離開廈門", "は", "の", "シン", "\n", " ", "。", "，", "abc", "林志强" * 5, "\n\n"]
    texts = _texts()[:8] + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    cases = [(text, Span(s, s + n)) for text in texts for s in range(0, len(text), 3) for n in (1, 2, 3)
             if s + n <= len(text)]

    def answers() -> list[bool]:
        return [context.in_chinese_line(text, span) for text, span in cases]

    first = answers()

    class NoFirstLook:  # the kana search of the part of the line read, with no look beside the mention first
        search = staticmethod(KANA_CHAR.search)

        @staticmethod
        def match(*_):
            return None

    monkeypatch.setattr(context, "KANA_CHAR", NoFirstLook())
    assert answers() == first
    assert any(first) and not all(first)


def test_masks_without_file_names_same_spans_where_no_extension(monkeypatch):
    """A text with no file-name extension (``masks.extension``) is scanned for masks without the file-name
    alternatives (every file name ends with one): the same masks as with them."""
    from textqa import masks

    rng = random.Random(21)
    pieces = ["File:Flag.svg", "Xi Jinping sign.svg", "写真.JPG", "a.pdf", "b.pdfx", "3.5", "x.jpg2", "報告.docx ",
              "https://example.com/a.png", "星河", " ", "\n", "。", "、", "(", ")", "A", "1", ".", "|"]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]

    def layers() -> list[list[Span]]:
        return [list(masks.masked_spans(Document(t))) for t in texts]

    sieved = layers()
    monkeypatch.setattr(masks, "extension", lambda: re.compile(""))  # every text may hold a file name
    assert layers() == sieved
    assert sum(map(len, sieved)) > 500


def _blocks_line_by_line(text: str) -> list[tuple[int, int]]:
    """GRB001's blocks as they were found before the whole text's seams were searched once: each line's own seams
    (``_blocks`` of one line alone searches only that line)."""
    from textqa.rules.garble._text import _blocks

    out, at = [], 0
    for line in text.split("\n"):
        out += [(at + a, at + b) for a, b in _blocks(line)]
        at += len(line) + 1
    return out


def test_parallel_blocks_from_the_whole_texts_seams_same_as_line_by_line():
    """GRB001's blocks (``_text._blocks``: lines cut at a sentence end and spaces between kana and no kana) found
    from one search of the whole text for its seams are those that searching each line finds."""
    from textqa.rules.garble._text import _blocks

    rng = random.Random(23)
    pieces = ["。", "！", "?", "」", "’", " ", "\u3000", "  ", "\n", "\n\n", "星河", "网络", "です", "ね", "A", "1", "然而"]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(5000)]
    found = [_blocks(t) for t in texts]
    assert found == [_blocks_line_by_line(t) for t in texts]
    assert sum(len(b) > 1 for b in found) > 1000  # lines cut at seams: the comparison is not empty


def test_named_english_from_the_places_of_its_naming_word_same_as_searching_the_text():
    """GRB002's ``_named`` looks for a run's words right before each place of という found once a document: the same
    answer as searching the whole text for the words followed by each naming word (right after the run, or after
    more English words listed after it)."""
    from textqa.rules.garble.english_fragment import ENGLISH_GOES_ON, NAMING, _named

    rng = random.Random(23)
    pieces = ["rosy", "fox", "rosy fox", "という", "っていう", "ていう", "とい", "う", "雑貨屋", " ", "、", "\n", "x"]
    compared = held = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        doc = Document(text)
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 9) + 1):
                run = Span(start, end)
                want = (text.startswith(NAMING, end) or text.startswith(NAMING, ENGLISH_GOES_ON.match(text, end).end())
                        or any(text[start:end] + n in text for n in NAMING))
                assert _named(doc, run) == want, (text, run)
                compared += 1
                held += want
    assert held > 1000 and compared > held


def test_line_has_japanese_searched_in_c_same_as_each_character():
    """``line_has_japanese`` searches the line for ``JAPANESE_CHAR``: the same answer as ``is_japanese`` of each of
    its characters."""
    from textqa.rules.garble._text import is_japanese, line_around, line_has_japanese

    rng = random.Random(23)
    pieces = ["Hu Jintao", " ", "|", "\n", "星", "ほ", "ホ", "ｶ", "々", "〆", "、", "1", "𠀋", "ー", "・"]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    answers = []
    for text in texts:
        for start in range(0, len(text), max(1, len(text) // 40)):
            span = Span(start, min(len(text), start + 2))
            want = any(is_japanese(c) for c in line_around(text, span.start, span.end))
            assert line_has_japanese(text, span) == want
            answers.append(want)
    assert any(answers) and not all(answers)


def _mark_strings(rng: random.Random, n: int) -> list[str]:
    """Kana, kanji, Latin letters, toned pinyin in brackets, faces, laughter, hashtags, doubled marks and spaced
    brackets in random order: what the once-a-document scans for marks look for, and the characters around them."""
    pieces = ["漢字", "習", "シー", "ドウ", "さ", "よ", "いや", "ー", "ぁ", "〜", "w", "ｗ", "(笑)", "（笑）", "#", "＃",
              "tag", "@", "name", "!", "！", "?", "？", "(", "（", ")", "）", "^", "＾", ";", "；", "ω", "´", "∀", "・",
              "_", "o", "xí", "dāng", "nǐhǎo", "bìhuà", "pú", "dàtiān'é", "Wáng", "é", "xi", "dang", "。", "。。", ".",
              "..", "\n", " ", " (", ") ", "新疆", "ウイグル", "a", "🌸", "、"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


@pytest.mark.parametrize("source", ["articles", "random"])
def test_scans_for_marks_skipped_only_where_they_find_nothing(source):
    """A text with no tone-marked vowel has no toned word and no inserted pinyin; a casual mark's or a face's
    characters, `" ("`, and 。。 or .. stand in every match of their patterns: the scans skipped for a text without
    them would have found nothing (asides, the garble rules' registers, GRB007's trailing habit)."""
    from textqa import asides
    from textqa.rules.garble import _text
    from textqa.rules.garble.stray_punctuation import TRAILING

    texts = _texts() if source == "articles" else _mark_strings(random.Random(14), 20000)
    sieves = [(asides.TONED_WORD, asides.TONE_VOWELS), (_text.FACE, _text.FACE_MARKS), (_text.SPACED_PAREN, None),
              (TRAILING, None), *((m, needs) for m, needs in _text.CASUAL_MARKS if needs)]
    for text in texts + [p for t in texts[:50] for p in t.split("\n")]:
        toned = asides.has_tone_marks(text)
        assert toned == any(c in asides.TONE_VOWELS for c in text)
        if not toned:
            assert asides.TONED_WORD.search(text) is None
            assert not [m for m in asides.INSERTED.finditer(text) if any(c in asides.TONE_VOWELS for c in m.group(1))]
            assert not [m for m in asides.INSERTED_AFTER_KANA.finditer(text)
                        if any(c in asides.TONE_VOWELS for c in m.group(1))]
            assert asides.inserted_pinyin(text) == [] and asides.inserted_word_pinyin(text) == []
            assert asides.reads_once(text) and not asides.glosses_words(text)
        for pattern, needs in sieves:
            if pattern is _text.SPACED_PAREN:
                held = " (" in text
            elif pattern is TRAILING:
                held = "。。" in text or ".." in text
            else:
                held = any(c in text for c in needs)
            if not held:
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert any(asides.has_tone_marks(t) for t in texts)  # the strings do hold pinyin, faces and marks too
    assert any(_text.FACE.search(t) for t in texts) or source == "articles"


def test_records_made_by_slot_init_are_the_dataclass_records():
    """``slot_init``'s ``__init__`` sets what the dataclass's own would: for each record class, every field from its
    argument (given by place or by name) or its default, the record frozen, equal and hashed alike; a class it cannot
    serve (a default factory) is refused."""
    import dataclasses

    from textqa.findings import Finding, Related, slot_init
    from textqa.mentions.features import Features, TokenEvidence

    for cls in (Mention, Finding, Related, Features, TokenEvidence):
        every = dataclasses.fields(cls)
        plain = dataclasses.make_dataclass(f"Plain{cls.__name__}", [(f.name, f.type, f) for f in every],
                                           frozen=True, slots=True)
        required = [f for f in every if f.default is dataclasses.MISSING]
        values = {f.name: f"value of {f.name}" for f in every}
        for given in ({f.name: values[f.name] for f in required}, values):
            record = cls(**given)
            assert [getattr(record, f.name) for f in every] == [getattr(plain(**given), f.name) for f in every]
            assert cls(*[given[f.name] for f in every if f.name in given][:len(required)], **{
                k: v for k, v in given.items() if k not in {f.name for f in required}}) == record
            assert hash(record) == hash(cls(**given)) and record == dataclasses.replace(record)
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(record, every[0].name, None)
        with pytest.raises(TypeError):
            cls()  # a required field is missing, as the dataclass's own would say

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        slot_init(Listed)


def test_a_run_written_in_japanese_is_decided_as_word_by_word():
    """GRB001's test of a run written in Japanese forms (腌鮮湯) decides a run with too few such forms for its
    simplified-only characters without segmenting it: the same answer as asking each of jieba's words, on invented
    runs of simplified-only characters (鲜, 汤, 链), Japanese and traditional forms (鮮, 湯, 館, 國) and others (区, 料)."""
    from textqa.glossary.forms import convert, is_simplified_only
    from textqa.charclass import is_kanji
    from textqa.rules.garble import _hanzi, untranslated_chinese
    from textqa.rules.garble.traditional_character import japanese_only_forms

    def word_by_word(run: str) -> bool:  # the test as it was, every word asked
        for word in _hanzi.words(run):
            foreign = untranslated_chinese._foreign(word)
            if foreign:
                kanji = [c for c in word if is_kanji(c) and not is_simplified_only(c)]
                written = sum(c in japanese_only_forms() or convert(c, "t2s") != c for c in kanji)
                if written < untranslated_chinese.JAPANESE_WRITTEN_MIN or written <= len(foreign):
                    return False
        return True

    rng = random.Random(14)
    pool = "鲜汤链块经郑强鮮湯館長済國龍伝区料理腌名物字"
    runs = ["腌鮮湯", "腌鲜汤", "经済", "郑国强館長", "鮮湯鮮湯链", "链块",
            *("".join(rng.choice(pool) for _ in range(rng.randint(1, 7))) for _ in range(3000))]
    runs = [r for r in dict.fromkeys(runs) if untranslated_chinese._foreign(r)]  # the rule asks of such runs only
    untranslated_chinese._written_in_japanese.cache_clear()
    answers = [untranslated_chinese._written_in_japanese(r) for r in runs]
    assert answers == [word_by_word(r) for r in runs]
    assert 0 < sum(answers) < len(answers)


def _near_hits_each_triple(keys, readings, near, persons, window):
    """``homophone._near_hits`` as it was before its syllables were asked once a key: every triple tested in full."""
    from textqa.mentions.homophone import _misheard_head, _similar
    from textqa.phonetics.pinyin import primary_readings

    out = {}
    for key, wild in keys:
        if wild is None:
            continue
        for zh, pos, syllable in near.get(key, ()):
            if pos == wild and not (pos == 0 and zh in persons and not _misheard_head(window, zh)) \
                    and any(_similar(r, syllable) for r in readings[pos]):
                rare = any(syl not in primary_readings(c) for n, (syl, c) in enumerate(zip(key.split(), window))
                           if n != pos)
                out.setdefault(zh, (key.replace("*", "/".join(readings[pos])), rare))
    return out


def test_near_hits_asked_once_a_syllable_same_as_each_triple_in_full():
    """The near-homophone finder asks whether a window's character reads near a syllable once per key and syllable,
    and makes a key's reading once: the same entities, keys and rare flags, in the same order, as testing every
    (entity, place, syllable) of the index in full. Random windows of invented names' characters, keys with the
    wild syllable at each place (and keys without one), triples at the wild place and elsewhere, persons or not."""
    from textqa.mentions.homophone import _near_hits, _sorted_readings

    rng = random.Random(30)
    chars = "张王李赵海峰文静长沙丽水星河訾慈金晶今行银大太"
    syllables = ["zhang", "zang", "wang", "li", "ni", "hai", "feng", "fen", "wen", "jing", "jin", "chang", "sha",
                 "shui", "sui", "xing", "he", "zi", "ci", "hang", "yin", "da", "tai", "ying"]
    names = ["张海峰", "訾海峰", "李文静", "长沙", "丽水", "星河", "王金", "赵晶晶", "海"]
    tested = hits = 0
    for _ in range(3000):
        window = "".join(rng.choice(chars) for _ in range(rng.randint(2, 4)))
        readings = [_sorted_readings(c) for c in window]
        if not all(readings):
            continue
        keys, near = [], {}
        for _ in range(rng.randint(1, 4)):
            wild = rng.choice([None, *range(len(window))])
            key = " ".join("*" if n == wild else rng.choice(r) for n, r in enumerate(readings))
            keys.append((key, wild))
            near[key] = tuple((rng.choice(names), rng.choice([wild or 0, wild or 0, rng.randrange(len(window))]),
                               rng.choice(syllables)) for _ in range(rng.randint(0, 12)))
        persons = frozenset(rng.sample(names, rng.randint(0, len(names))))
        got = _near_hits(keys, readings, near, persons, window)
        want = _near_hits_each_triple(keys, readings, near, persons, window)
        assert list(got.items()) == list(want.items()), (window, keys, near, persons)
        tested += 1
        hits += len(got)
    assert tested > 2000 and hits > 500  # windows read near entities: the comparison is not empty


def _near_pair_names_each_name(compiled, window, listed=False):
    """``homophone._near_pair_names`` as it was before its syllables were asked once: each name tested in full, the
    person test first, a listed window's dictionary word test before any name."""
    from textqa.glossary.forms import simplified_form
    from textqa.mentions.features import is_dictionary_word
    from textqa.mentions.homophone import _confusable, _similar, _sorted_readings
    from textqa.phonetics.index import near_pair_key

    idx = compiled.indexes
    if window in compiled.forms or listed and is_dictionary_word(window):
        return []
    simple = simplified_form(window)
    near = _similar if listed else _confusable
    out = []
    for kept in (0, 1):
        other = 1 - kept
        readings = _sorted_readings(window[other])
        for zh, syllable in idx.near_pairs.get(near_pair_key(kept, simple[kept]), ()):
            if simple[other] == simplified_form(zh)[other] or syllable in readings:
                continue
            person = zh in idx.persons
            if person and is_dictionary_word(window):
                continue
            if not any(near(r, syllable) for r in readings):
                continue
            key = [syllable, syllable]
            key[kept] = idx.syllables[zh][kept]
            key[other] = "/".join(readings)
            out.append((zh, " ".join(key), person, compiled.entry(zh).type))
    return out


def test_near_pair_names_asked_once_a_syllable_same_as_each_name_in_full():
    """The near-homophone pair scan asks whether the changed character reads near a syllable once per syllable,
    whether a name is a person's only for names read near, and whether a listed window is a dictionary word
    (tokenizing it) only when some name keeps one of its characters: the same names, keys and types, in the same order, as
    testing every name in full, for every two kanji of the development articles and invented windows, listed or
    not, with invented glossaries of two-kanji names sharing characters (persons among them) and the corpus's."""
    from textqa.charclass import KANJI_RUN
    from textqa.glossary import Glossary
    from textqa.glossary.cache import compiled_glossary
    from textqa.glossary.load import parse_glossary
    from textqa.mentions.features import is_dictionary_word
    from textqa.mentions.homophone import _near_pair_names

    rows = [f"{zh}\t{zh}\t{kind}\t\t\t\t" for zh, kind in [
        ("丽水", "place"), ("汇水", "place"), ("利水", "place"), ("李静", "person"), ("李晶", "person"),
        ("李金", "person"), ("林静", "person"), ("长沙", "place"), ("常沙", "place"), ("苏静", "person"),
        ("苏金", "person"), ("图水", "place"), ("屯水", "place"), ("星河", "org"), ("新河", "org")]]
    invented = compiled_glossary(Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                                           + "\n".join(rows) + "\n")))
    glossaries = [invented, Linter(ROOT / "tests" / "corpus" / "glossary.tsv").compiled]
    windows = {run[i:i + 2] for text in _texts() for run in KANJI_RUN.findall(text) for i in range(len(run) - 1)}
    windows |= {"麗穂", "離水", "立水", "李今", "李経", "蘇金", "素静", "林金", "腸沙", "図水", "星合", "興河", "平井",
                "泥水", "尼水"}
    found = 0
    for compiled in glossaries:
        for window in sorted(windows):
            for listed in (False, True):
                got = _near_pair_names(compiled, window, listed)
                assert got == _near_pair_names_each_name(compiled, window, listed), (window, listed)
                found += len(got)
    assert found > 20  # windows read near names: the comparison is not empty
    # 泥水 (ni shui) is a dictionary word read one letter off 丽水 and 利水 (li shui): listed, it names none, as 尼水 does
    assert is_dictionary_word("泥水") and _near_pair_names(invented, "泥水", True) == []
    assert not is_dictionary_word("尼水") and {"丽水", "利水"} <= {zh for zh, *_ in _near_pair_names(invented, "尼水", True)}


def _coarse_by_each_rule(romaji: str) -> str:
    """``kana.coarse`` as it was before its rules were grouped (``_coarse_steps``): each rule's ``re.sub`` in order."""
    from textqa.phonetics.kana import _COARSE_RULES

    key = romaji.lower()
    for pattern, repl in _COARSE_RULES:
        key = re.sub(pattern, repl, key)
    return key.replace("-", "")


def test_coarse_keys_by_grouped_steps_same_as_each_rule_in_order():
    """``coarse`` replaces plain-letter rules with ``str.replace`` and a row of one-letter rules with one
    ``str.translate``: the same key as each rule's regular expression in order, for random strings of the letters the
    rules name (runs of vowels, digraphs, ``hu`` before vowels, upper case, ``-``, other characters), the romaji of
    random katakana and of every syllable's renderings."""
    from textqa.phonetics.kana import _COARSE_STEPS, coarse, katakana_romaji, syllable_romaji
    from textqa.phonetics.tables import kana_romaji, pinyin_romaji

    assert [how for how, *_ in _COARSE_STEPS].count("translate") == 1  # the rules' one-letter row is grouped
    rng = random.Random(33)
    letters = "abcdefghijklmnopqrstuvwxyz" + "aeiou" * 3 + "-" + "SHUAX" + "é1 "
    strings = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    kana = "".join(k for k in kana_romaji() if len(k) == 1) + "ー・"
    strings += [katakana_romaji("".join(rng.choice(kana) for _ in range(rng.randint(1, 10)))) for _ in range(5000)]
    strings += [r for kind, syllable in pinyin_romaji() if kind == "syllable" for r in syllable_romaji(syllable)]
    strings += ["shuua", "huai", "oouuo", "tsudzu", "wuyi", "iaia"]
    assert [coarse(s) for s in strings] == [_coarse_by_each_rule(s) for s in strings]


def _grow_asking_the_indexes(run: str, idx):
    """``homophone.grow`` as it was before it asked each reading's state once a glossary (``_key_state``): the
    prefix set for every reading grown, the three key tables for every stretch."""
    from textqa.mentions.homophone import MAX_KEYS, _is_whole, _sorted_readings, _starts

    prefixes = idx.prefixes
    readings = [_sorted_readings(c) for c in run]
    for i in _starts(run, readings, idx):
        partial = [("", None)]
        for j in range(i, len(run)):
            grown = []
            for key, wild in partial:
                for r in readings[j]:
                    k = f"{key} {r}" if key else r
                    if k in prefixes:
                        grown.append((k, wild))
                k = f"{key} *" if key else "*"
                if wild is None and k in prefixes:
                    grown.append((k, j - i))
            partial = grown[:MAX_KEYS]
            if not partial:
                break
            if any(_is_whole(idx, k) for k, _ in partial):
                yield i, j + 1, partial, readings


def test_grown_stretches_with_key_states_asked_once_same_as_asking_the_indexes(tmp_path):
    """The kanji scan asks whether a reading begins a glossary key and whether it is a whole one once a glossary (a
    memo of ``_key_state``): the same stretches, keys and wild places, in the same order, as asking the prefix set and
    the key tables each time (the code before, kept here as the reference), for a glossary made in memory and one read
    from a store, and for the development articles' glossary. Invented names of characters with several readings
    (行, 长, 重, 乐, 朝), names of three and four characters (read one syllable open), a mixed form; random runs of their
    characters, of characters read alike and of others, each asked twice (the second time from the memo)."""
    from textqa.glossary import Entry, Glossary, store
    from textqa.glossary.compile import compile_glossary, compile_to_store
    from textqa.mentions.homophone import grow

    names = [("长行", "長行", "place"), ("重华乐", "重華楽", "org"), ("朝露行", "朝露行", "place"),
             ("李长乐", "李長楽", "person"), ("星河湾", "星河湾", "place"), ("乐平", "楽平", "place"),
             ("周朝阳行", "周朝陽行", "person"), ("长行控股", "長行ホールディングス", "org")]
    glossary = Glossary([Entry(zh, ja, kind) for zh, ja, kind in names])
    path = tmp_path / "g.sqlite"
    compile_to_store(glossary, path, "k")
    glossaries = [compile_glossary(glossary), store.load(path, "k"),
                  Linter(ROOT / "tests" / "corpus" / "glossary.tsv").compiled]
    rng = random.Random(33)
    pool = "".join(zh for zh, _, _ in names) + "常杭航中种崇花华勒月招潮路鹿型刑心新河合理利湾弯平评周舟山水"
    runs = [zh for zh, _, _ in names] + ["".join(rng.choice(pool) for _ in range(rng.randint(2, 9)))
                                         for _ in range(3000)]
    found = 0
    for compiled in glossaries:
        idx = compiled.indexes
        for run in runs + runs:
            got = list(grow(run, idx))
            assert got == list(_grow_asking_the_indexes(run, idx)), run
            found += len(got)
    assert found > 1000  # stretches read as keys: the comparison is not empty
