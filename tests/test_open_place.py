"""The index of a glossary's kanji forms with one place left open (NAM011's look-alikes, GRB014's stand-ins): made
from the forms, kept in the compiled glossary's store and read back key by key, answering as the index made in
memory does."""
from __future__ import annotations

from textqa.glossary import Entry, Glossary, cache, store
from textqa.glossary.compile import compile_glossary, compile_to_store
from textqa.glossary.open_place import OPEN_PLACE, OpenPlaces, open_place_fills, open_place_key
from textqa.mentions.kinds import MentionKind

# invented names: two forms that differ in one place, a longer one, a katakana form and a one-kanji form (neither
# of the last two is indexed)
FORMS = {"汐浦": [("汐浦", MentionKind.PREFERRED)], "汐湊": [("汐湊", MentionKind.PREFERRED)],
         "鷺ノ": [], "鷺沢町": [("鷺泽町", MentionKind.PREFERRED)], "ミナト": [("湊", MentionKind.READING)],
         "湊": [("湊", MentionKind.PREFERRED)]}


def test_each_place_of_each_kanji_form_is_a_key_holding_its_fills_in_order():
    fills, lengths, chars = open_place_fills(FORMS)
    assert fills == {OPEN_PLACE + "浦": ("汐",), "汐" + OPEN_PLACE: ("浦湊",), OPEN_PLACE + "湊": ("汐",),
                     OPEN_PLACE + "沢町": ("鷺",), "鷺" + OPEN_PLACE + "町": ("沢",), "鷺沢" + OPEN_PLACE: ("町",)}
    assert lengths == (2, 3)  # 鷺ノ holds a katakana letter, 湊 is one kanji: neither is indexed
    assert chars == "".join(sorted("汐浦湊鷺沢町"))  # the indexed forms' characters, in code-point order


def test_the_forms_that_fit_a_key_are_given_with_their_holders():
    places = OpenPlaces.of(FORMS)
    assert places.fitting(open_place_key("汐港", 1)) == [("汐浦", FORMS["汐浦"]), ("汐湊", FORMS["汐湊"])]
    assert places.fitting(open_place_key("鷺沢市", 2)) == [("鷺沢町", FORMS["鷺沢町"])]
    assert places.fitting(open_place_key("汐港", 0)) == [] and places.fitting(open_place_key("港町", 1)) == []


def test_a_stored_glossary_reads_the_index_it_was_compiled_with(tmp_path):
    glossary = Glossary([Entry("汐浦", "汐浦", "place"), Entry("汐湊", "汐湊", "place", accept=("汐港",)),
                         Entry("鹭泽町", "鷺沢町", "place", reading="サギサワチョウ")])
    expected = compile_glossary(glossary)
    path = tmp_path / "g.sqlite"
    compile_to_store(glossary, path, "k")
    stored = store.load(path, "k")
    want, got = expected.open_places(), stored.open_places()
    assert got.lengths == want.lengths == (2, 3)
    fills, _, _ = open_place_fills(expected.forms)
    for key in [*fills, open_place_key("汐川", 1), open_place_key("港沢町", 0)]:
        assert got.fitting(key) == want.fitting(key), key
    fit = [(f, h) for f, h in expected.forms.items() if len(f) == 2 and f[0] == "汐"]  # with their glyph forms
    assert {"汐浦", "汐湊", "汐港"} <= {f for f, _ in fit} and got.fitting(open_place_key("汐川", 1)) == fit


def test_a_warm_run_reads_only_the_keys_it_asks_for(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TEXTQA_NO_CACHE", raising=False)
    cache.clear_memo()
    entries = [Entry(f"{a}{b}港", f"{a}{b}港", "place") for a in "汐潮澪" for b in "浦湊沢"]
    glossary = Glossary(entries)
    cache.compiled_glossary(glossary)
    cache.clear_memo()
    warm = cache.compiled_glossary(Glossary(list(entries)))
    places = warm.open_places()
    fit = places.fitting(open_place_key("汐浜港", 1))
    assert [f for f, _ in fit if f in {f"汐{b}港" for b in "浦湊沢"}] == [f"汐{b}港" for b in "浦湊沢"]
    assert fit == [(f, warm.forms[f]) for f, _ in fit]
    stored = places._fills
    assert isinstance(stored, store.StoredMap) and list(stored._memo) == [open_place_key("汐浜港", 1)]
    assert len(stored) > 1  # the other keys were never read
    cache.clear_memo()


def test_look_alike_windows_asked_key_first_answer_as_windows_asked_form_first():
    """``lookalike._in_run`` asks a window's open-place key before asking whether the window is a form itself (most
    windows fit no key): the same answers as asking the form first. Invented forms: 泰水 and 秦水 (泰 and 秦, 水 and
    永 look alike), a window that is a form itself and fits the other's key."""
    from textqa.mentions.kinds import CORRECT_KINDS
    from textqa.mentions.lookalike import _in_run, lookalikes

    compiled = compile_glossary(Glossary([Entry("泰水", "泰水", "place"), Entry("秦水", "秦水", "place"),
                                          Entry("汐湊", "汐湊", "place")]))
    places, forms = compiled.open_places(), compiled.forms

    def form_first(run):
        out = []
        for p, ch in enumerate(run):
            others = lookalikes().get(ch)
            for n in places.lengths if others else ():
                for i in range(max(0, p - n + 1), min(p, len(run) - n) + 1):
                    window = run[i:i + n]
                    if window in forms:
                        continue
                    for form, holders in places.fitting(open_place_key(window, p - i)):
                        if form[p - i] in others:
                            out.extend((i, n, zh, form) for zh, kind in holders if kind in CORRECT_KINDS)
        return tuple(out)

    runs = ["秦水", "泰永", "秦永港", "港泰永秦水", "汐湊", "土士", "水"]
    assert [_in_run(r, places, forms) for r in runs] == [form_first(r) for r in runs]
    assert _in_run("秦水", places, forms) == () and _in_run("泰永", places, forms)


def test_the_forms_fitting_a_key_among_some_fills_are_those_of_fitting_with_such_a_fill(tmp_path):
    """``fitting(key, fills)`` (the look-alike finder's: only the forms a look-alike of the written character
    fills) is ``fitting(key)`` with the forms whose character in the open place is not one of ``fills`` left out, in
    the same order, for the index made in memory and the one read from a store: keys that fit several forms, one,
    none, and fills that hold all, some, none of a key's or other characters."""
    glossary = Glossary([Entry("汐浦", "汐浦", "place"), Entry("汐湊", "汐湊", "place", accept=("汐港",)),
                         Entry("汐泽", "汐沢", "place"), Entry("鹭泽町", "鷺沢町", "place")])
    path = tmp_path / "g.sqlite"
    compile_to_store(glossary, path, "k")
    made, stored = compile_glossary(glossary).open_places(), store.load(path, "k").open_places()
    fills, _, _ = open_place_fills(compile_glossary(glossary).forms)
    keys = [*fills, open_place_key("汐川", 1), open_place_key("港沢町", 0), open_place_key("川川", 0)]
    for places in (made, stored):
        for key in keys:
            at = key.index(OPEN_PLACE)
            for among in ("", "浦", "湊浦", "港沢浜", "汐鷺", "川", "浦湊港沢澤泽町"):
                want = [(form, holders) for form, holders in places.fitting(key) if form[at] in among]
                assert places.fitting(key, among) == want, (key, among)
    assert [f for f, _ in made.fitting(open_place_key("汐川", 1), "沢浦")] == ["汐浦", "汐沢"]


def test_look_alike_windows_with_a_character_no_form_holds_are_passed_over_with_the_same_answers(tmp_path):
    """``lookalike._in_run`` asks the index only of windows whose characters but the open place are all characters
    of the indexed forms (``OpenPlaces.chars``, kept in the store): the same answers as asking every window (the code
    before, kept here as the reference), for the index made in memory and the one read from a store. Invented forms
    of two to four kanji made of characters that have look-alikes in the table; random runs of their characters,
    their look-alikes and other kanji."""
    import random

    from textqa.mentions.kinds import CORRECT_KINDS
    from textqa.mentions.lookalike import _in_run, lookalikes

    table = lookalikes()
    rng = random.Random(31)
    alike = [ch for ch, _ in table.items()][::97][:24]  # kanji with look-alikes, spread over the table
    names = {"".join(rng.sample(alike, n)) for n in (2, 2, 3, 3, 3, 4, 4) for _ in range(3)}
    glossary = Glossary([Entry(f"{name}", name, "place") for name in sorted(names)])
    path = tmp_path / "g.sqlite"
    compile_to_store(glossary, path, "k")
    made, stored = compile_glossary(glossary), store.load(path, "k")
    assert stored.open_places().chars == made.open_places().chars >= frozenset("".join(names))  # and glyph forms

    def every_window(run, places, forms):
        out = []
        for p, ch in enumerate(run):
            others = table.get(ch)
            if not others:
                continue
            for n in places.lengths:
                for i in range(max(0, p - n + 1), min(p, len(run) - n) + 1):
                    window = run[i:i + n]
                    fit = places.fitting(open_place_key(window, p - i), others)
                    if not fit or window in forms:
                        continue
                    for form, holders in fit:
                        out.extend((i, n, zh, form) for zh, kind in holders if kind in CORRECT_KINDS)
        return tuple(out)

    pool = "".join(names) + "".join(table.get(ch) for ch in alike) + "山川水港町"
    runs = [*names, *("".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(3000))]
    runs += [name[:k] + other + name[k + 1:] for name in names for k in range(len(name)) for other in table.get(name[k])]
    for compiled in (made, stored):
        places, forms = compiled.open_places(), compiled.forms
        got = [_in_run(r, places, forms) for r in runs]
        assert got == [every_window(r, places, forms) for r in runs]
        assert sum(map(bool, got)) > 50  # many runs hold look-alike windows
