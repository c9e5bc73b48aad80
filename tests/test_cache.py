"""The on-disk compiled-glossary cache: hit, miss, corrupt, stale, disabled, atomic writes."""
from __future__ import annotations

import os
import pickle
import random
import sqlite3

import pytest

import textqa
from textqa.glossary import cache, load_glossary, store
from textqa.glossary.compile import compile_files_to_store, compile_glossary, compile_to_store

from conftest import CORPUS, GLOSSARY

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(folder))
    monkeypatch.delenv("TEXTQA_NO_CACHE", raising=False)
    cache.clear_memo()
    yield folder
    cache.clear_memo()


@pytest.fixture
def compiles(monkeypatch):
    """Counts real compilations done through the cache module."""
    calls = []

    def counting(glossary):
        calls.append(len(glossary))
        return compile_glossary(glossary)

    def counting_into_store(glossary, path, key):
        calls.append(len(glossary))
        return compile_to_store(glossary, path, key)

    def counting_files_into_store(paths, datas, path, key):
        calls.append(len(load_glossary(paths, datas)))
        return compile_files_to_store(paths, datas, path, key)

    monkeypatch.setattr(cache, "compile_glossary", counting)
    monkeypatch.setattr(cache, "compile_to_store", counting_into_store)
    monkeypatch.setattr(cache, "compile_files_to_store", counting_files_into_store)
    return calls


def cached_files(folder):
    return sorted(folder.glob("glossary-*.sqlite"))


def small_glossary(write, rows="长沙\t長沙\tplace\t\t\t\t\n深圳\t深圳\tplace\t\t深セン\t深川\t\n"):
    return write("g.tsv", HEADER + rows)


def test_miss_then_hit_skips_compiling(cache_dir, compiles):
    first = cache.load_compiled([str(GLOSSARY)])
    assert compiles == [len(first.glossary)] and len(cached_files(cache_dir)) == 1
    cache.clear_memo()  # as a new process would
    second = cache.load_compiled([str(GLOSSARY)])
    assert compiles == [len(first.glossary)]  # read from disk, not compiled again
    assert second.forms == first.forms and second.indexes == first.indexes
    assert [e.zh for e in second.glossary] == [e.zh for e in first.glossary]


def test_cached_automaton_finds_what_a_fresh_one_finds(cache_dir):
    text = CORPUS.read_text(encoding="utf-8")
    fresh = compile_glossary(load_glossary(str(GLOSSARY)))
    cache.load_compiled([str(GLOSSARY)])
    cache.clear_memo()
    warm = cache.load_compiled([str(GLOSSARY)])
    expected = fresh.automaton()[0].find_matches_as_indexes(text)
    assert expected and warm.automaton()[0].find_matches_as_indexes(text) == expected


def _key(path) -> str:
    return cache.files_key([str(path)], [path.read_bytes()])


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "first page", "empty store", "other key",
                                    "foreign columns", "wrong meta"])
def test_corrupt_cache_is_rebuilt_not_trusted(cache_dir, compiles, write, damage):
    path = small_glossary(write)
    cache.load_compiled([str(path)])
    (file,) = cached_files(cache_dir)
    data = file.read_bytes()
    if damage == "garbage":
        file.write_bytes(b"not a cache at all")
    elif damage == "truncated":
        file.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        file.write_bytes(data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:])
    elif damage == "first page":
        file.write_bytes(data[:200] + bytes([data[200] ^ 0x01]) + data[201:])
    else:  # well-formed stores with a valid checksum that hold something else
        file.unlink()
        key = _key(path)
        if damage == "empty store":
            store.write_store(file, key, {}, {}, {})
        elif damage == "other key":
            store.save(file, "0" * 64, compile_glossary(load_glossary(str(path))))
        elif damage == "foreign columns":
            store.write_store(file, key, {"forms": {"x": ["y"]}}, {"paths": []}, {})
            with sqlite3.connect(file) as con:
                con.execute("DROP TABLE forms")
                con.execute("CREATE TABLE forms (surface TEXT, holders BLOB)")
            con.close()
            crc, _ = store._file_crc(file)
            with open(file, "r+b") as f:
                f.seek(store.CRC_OFFSET)
                f.write(crc.to_bytes(4, "big"))
        else:
            store.write_store(file, key, {"forms": {"x": ["y"]}}, {"paths": 3, "index": None}, {})
    cache.clear_memo()
    compiled = cache.load_compiled([str(path)])
    assert len(compiles) == 2 and compiled.entry("深圳").accept == ("深セン",)
    cache.clear_memo()
    cache.load_compiled([str(path)])
    assert len(compiles) == 2  # the rebuilt file is good again


def test_new_textqa_version_makes_the_cache_stale(cache_dir, compiles, write, monkeypatch):
    path = small_glossary(write)
    cache.load_compiled([str(path)])
    monkeypatch.setattr(textqa, "__version__", textqa.__version__ + ".post1")
    cache.clear_memo()
    cache.load_compiled([str(path)])
    assert len(compiles) == 2 and len(cached_files(cache_dir)) == 2


def test_changed_glossary_is_compiled_again(cache_dir, compiles, write):
    path = small_glossary(write)
    cache.load_compiled([str(path)])
    small_glossary(write, "长沙\t長沙\tplace\t\t\t\t\n")
    cache.clear_memo()
    compiled = cache.load_compiled([str(path)])
    assert len(compiles) == 2 and [e.zh for e in compiled.glossary] == ["长沙"]


def test_loaded_glossary_uses_the_cache_and_keeps_its_own_entries(cache_dir, compiles):
    glossary = load_glossary(str(GLOSSARY))
    cache.compiled_glossary(glossary)
    cache.clear_memo()
    again = load_glossary(str(GLOSSARY))
    compiled = cache.compiled_glossary(again)
    assert len(compiles) == 1 and compiled.glossary is again
    assert cache.compiled_glossary(again) is compiled  # memoised in the process too


def test_no_cache_env_writes_nothing(cache_dir, compiles, write, monkeypatch):
    monkeypatch.setenv("TEXTQA_NO_CACHE", "1")
    path = small_glossary(write)
    cache.load_compiled([str(path)])
    cache.clear_memo()
    cache.load_compiled([str(path)])
    assert len(compiles) == 2 and not cache_dir.exists()


def test_unwritable_cache_folder_is_skipped(tmp_path, monkeypatch, compiles, write):
    blocker = write("blocker", "a file where the folder should be")
    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(blocker))
    cache.clear_memo()
    compiled = cache.load_compiled([str(small_glossary(write))])
    assert compiled.entry("长沙").ja == "長沙" and blocker.read_text() == "a file where the folder should be"
    cache.clear_memo()


def test_writes_leave_no_temp_files_and_old_files_are_pruned(cache_dir, write, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    monkeypatch.setattr(cache, "IN_USE_SECONDS", -1)  # every store is old enough to go
    for n in range(4):
        path = write(f"g{n}.tsv", HEADER + f"长沙{n}\t長沙\tplace\t\t\t\t\n")
        cache.load_compiled([str(path)])
    assert len(cached_files(cache_dir)) == 2
    assert [p.name for p in cache_dir.iterdir() if not p.name.startswith("glossary-")] == []


def test_a_store_in_use_is_not_pruned_by_other_runs(cache_dir, write, monkeypatch):
    """Other runs (other glossaries, other textqa versions) write stores meanwhile; the one this run loaded stays,
    since a forked --jobs worker opens it again by name (it failed with 'unable to open database file')."""
    monkeypatch.setattr(cache, "KEEP", 1)
    mine = write("mine.tsv", HEADER + "长沙\t長沙\tplace\t\t\t\t\n")
    cache.load_compiled([str(mine)])
    cache.clear_memo()
    compiled = cache.load_compiled([str(mine)])  # a later run reads it from the disk cache
    [path] = cached_files(cache_dir)
    old = path.stat().st_mtime - 7200
    os.utime(path, (old, old))  # written long ago ...
    cache.clear_memo()
    compiled = cache.load_compiled([str(mine)])  # ... and read now: in use again
    for n in range(3):  # other runs
        cache.load_compiled([str(write(f"other{n}.tsv", HEADER + f"湘潭{n}\t湘潭\tplace\t\t\t\t\n"))])
    assert path.exists() and len(cached_files(cache_dir)) == 4
    assert compiled.entry("长沙").ja == "長沙"


def test_missing_glossary_is_still_an_input_error(cache_dir, tmp_path):
    from textqa.errors import InputErrors

    with pytest.raises(InputErrors) as exc:
        cache.load_compiled([str(tmp_path / "absent.tsv")])
    assert "glossary file not found" in str(exc.value)


def test_warm_load_reads_only_what_is_looked_up(cache_dir, compiles):
    from textqa import Linter

    first = cache.load_compiled([str(GLOSSARY)])
    cache.clear_memo()
    warm = cache.load_compiled([str(GLOSSARY)])
    assert isinstance(warm.forms, store.StoredMap) and warm.glossary.by_zh._memo == {}
    assert len(warm.glossary) == len(first.glossary) and len(warm.forms) == len(first.forms)
    findings = Linter(warm.glossary).lint_text("婁迪の会社。\n")
    assert findings and compiles == [len(first.glossary)]
    touched = warm.glossary.by_zh._memo
    assert 0 < len(touched) < len(first.glossary) and "娄底" in touched
    assert warm.glossary._entries is None  # the entry list was never read whole
    assert warm.glossary._store.con.execute("PRAGMA mmap_size").fetchone() == (0,)  # read, not mapped


def test_stored_glossary_pickles_as_plain_objects(cache_dir):
    first = cache.load_compiled([str(GLOSSARY)])
    cache.clear_memo()
    warm = cache.load_compiled([str(GLOSSARY)])
    copy = pickle.loads(pickle.dumps(warm))
    assert type(copy.forms) is dict and type(copy.glossary).__name__ == "Glossary"
    assert copy.forms == first.forms and copy.indexes == first.indexes and copy.glossary.entries == first.glossary.entries
    assert copy.automaton()[0].find_matches_as_indexes("婁底") == first.automaton()[0].find_matches_as_indexes("婁底")


def test_a_zh_defined_twice_keeps_both_rows(cache_dir):
    from textqa.glossary import Entry, Glossary

    glossary = Glossary([Entry("长沙", "長沙", "place"), Entry("长沙", "長沙市", "place")])
    cache.compiled_glossary(glossary)
    cache.clear_memo()
    warm = cache.compiled_glossary(Glossary(list(glossary.entries)))
    assert warm.glossary.entries == glossary.entries
    stored = cache.read_cache(cache.glossary_key(glossary))
    assert stored.glossary.entries == glossary.entries and stored.entry("长沙").ja == "長沙市"


def test_store_tables_answer_like_the_dicts_and_sets_they_hold(tmp_path):
    content = {f"键{i * 7 % 50}": (f"v{i}", [i]) for i in range(50)}  # not in key order
    members = [f"s{i * 3 % 40}" for i in range(40)]
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", {"m": content, "s": frozenset(members), "l": dict.fromkeys(members)}, {}, {})
    opened = store.Store(path, "k")
    m, s = store.StoredMap(opened, "m"), store.StoredSet(opened, "s")
    assert m == content and list(m) == list(content) and m.items() == list(content.items()) and len(m) == 50
    assert m["键7"] == content["键7"] and m.get("键99", "none") == "none" and "键99" not in m and 7 not in m
    with pytest.raises(KeyError):
        m["键99"]
    assert s == frozenset(members) and "s3" in s and "s99" not in s and None not in s and len(s) == 40
    assert list(store.StoredMap(opened, "l")) == members  # the original order, not the key order
    with pytest.raises(store.StoreError):
        store.Store(path, "another key")


@pytest.mark.parametrize("helper", ["forked", "in-process", "failed", "reading"])
def test_compiled_straight_into_the_store_equals_the_compile_in_memory(tmp_path, monkeypatch, helper):
    """The streamed compile (one index at a time, into the file) holds exactly what the compile in memory holds:
    every form, entry and index key, with its bucket, in the same order; also when a forked helper writes a share
    of it (a large glossary), and when that helper fails (the share is then made in this process)."""
    import os
    from dataclasses import fields

    from textqa.glossary import compile as compile_module
    from textqa.glossary.compile import compile_to_store

    glossary = load_glossary(str(GLOSSARY))
    expected = compile_glossary(glossary)
    path = tmp_path / "g.sqlite"
    monkeypatch.setattr(compile_module, "HELPER_MIN", 10**9 if helper == "in-process" else 0)
    if helper == "failed":
        parent, write = os.getpid(), store.write_store

        def fails_in_the_helper(*args, **kwargs):
            if os.getpid() != parent:
                raise OSError("disk full")
            return write(*args, **kwargs)

        monkeypatch.setattr(store, "write_store", fails_in_the_helper)
    if helper == "reading":  # files read by this process and by a helper forked before they are read
        monkeypatch.setattr(compile_module, "HELPER_BYTES", 0)
        compile_module.compile_files_to_store([str(GLOSSARY)], [GLOSSARY.read_bytes()], path, "k")
    else:
        compile_to_store(glossary, path, "k")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.sqlite"]  # the helper's own store is gone
    stored = store.load(path, "k")
    assert list(stored.forms.items()) == list(expected.forms.items())
    assert stored.glossary.entries == expected.glossary.entries and len(stored.glossary) == len(glossary)
    for f in fields(expected.indexes):
        got, want = getattr(stored.indexes, f.name), getattr(expected.indexes, f.name)
        if isinstance(want, dict):
            assert list(got.items()) == list(want.items()), f.name
        else:
            assert got == want, f.name
    assert stored.automaton()[1] == expected.automaton()[1]


def test_a_paired_table_reads_as_its_pairs_grouped(tmp_path, monkeypatch):
    """A table given as ``Pairs`` (a key again with other values, or with a value it has: the katakana keys) is
    written ungrouped and read grouped: each key's distinct values in the order paired, its keys in the order first
    paired and counted once, as ``_grouped`` of the same pairs gives them; misses stay misses."""
    from textqa.glossary.pairs import Pairs
    from textqa.phonetics.index import _grouped

    monkeypatch.setattr(store, "PER_BUCKET", 7)  # keys of one bucket in several groups
    groups = [([f"k{(i * 7) % 40}", f"k{i % 9}", "shared"], f"名{i % 13}") for i in range(60)] + [(["k1", "k1"], "x")]
    pairs = [(key, value) for keys, value in groups for key in keys]
    want = _grouped(pairs)
    path = tmp_path / "p.sqlite"
    store.write_store(path, "k", {"p": Pairs.of_groups(groups)}, {}, {})
    opened = store.Store(path, "k")
    assert opened.paired == {"p"}
    m = store.StoredMap(opened, "p")
    assert len(m) == len(want) and all(m[k] == v for k, v in want.items()) and "k40" not in m
    assert list(store.StoredMap(opened, "p").items()) == list(want.items())  # read whole, in order


def test_paired_rows_are_the_rows_of_their_values_as_1_tuples():
    """A paired table's rows (its values given as strings, ``Pairs``) are byte for byte the rows ``_text_row`` (or
    the pickle) makes of the same values as 1-tuples, and each key's bucket is ``bucket_of``'s: keys with a lone
    surrogate or a separator, values with one, and a row of each size from one key up."""
    rng = random.Random(7)
    alphabet = ["a", "k", "イ", "名", "\udcff", store.ITEM, store.PART, "𠀋"]
    keys = ["".join(rng.choices(alphabet, weights=[30, 30, 10, 10, 1, 1, 1, 2], k=rng.randint(1, 6)))
            for _ in range(3000)]
    values = ["".join(rng.choices(alphabet, weights=[30, 30, 10, 10, 1, 1, 1, 2], k=rng.randint(0, 4)))
              for _ in range(3000)]
    kinds = set()
    for n, buckets in ((3000, 1), (3000, 97), (3000, 4000), (40, 7)):
        got = list(store._bucket_rows(keys[:n], values[:n], buckets, [0]))
        groups: dict[int, list[int]] = {}
        for i, key in enumerate(keys[:n]):
            groups.setdefault(store.bucket_of(key, buckets), []).append(i)
        want = []
        for b in sorted(groups):
            picked_keys = tuple(keys[i] for i in groups[b])
            picked = tuple((values[i],) for i in groups[b])
            row = store._text_row(picked_keys, groups[b], picked)
            want.append((b, row if row is not None else pickle.dumps((list(picked_keys), groups[b], list(picked)),
                                                                     protocol=5)))
        assert got == want
        kinds |= {row[:1] for _, row in got}
    assert kinds == {store.TEXT_ROW, b"\x80"}  # rows as text and rows pickled


def test_store_buckets_answer_every_key_and_only_those(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "PER_BUCKET", 100)  # a few crowded buckets
    content = {f"k{i}": (f"v{i}",) for i in range(500)}
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", {"m": content, "s": set(content)}, {}, {})
    opened = store.Store(path, "k")
    assert opened.buckets == {"m": 5, "s": 5}
    m, s = store.StoredMap(opened, "m"), store.StoredSet(opened, "s")
    assert all(m[k] == v and k in s for k, v in content.items()) and list(m) == list(content)
    assert "k500" not in m and "k500" not in s and "\udcff" not in m and "" not in s


def test_store_rows_are_the_buckets_of_a_sort_by_bucket(monkeypatch):
    """The rows written for a table: each key in the bucket of its CRC-32 (``bucket_of``), a bucket's keys in the
    order they were given, with their positions and values; the same rows as grouping a stable sort by bucket."""
    import pickle
    from itertools import groupby

    keys = [f"键{i * 7919 % 1000}" for i in range(1000)] + ["\udcff", ""]  # a lone surrogate: still a key
    values = [(k, i) for i, k in enumerate(keys)]
    for held, n in ((values, 37), (None, 37), (values, 1)):
        ids = [store.bucket_of(k, n) for k in keys]
        order = sorted(range(len(keys)), key=ids.__getitem__)
        expected = [(b, ([keys[i] for i in group], group, None if held is None else [held[i] for i in group]))
                    for b, group in ((b, list(g)) for b, g in groupby(order, ids.__getitem__))]
        got = [(b, store._row(data)) for b, data in store._bucket_rows(keys, held, n)]
        assert got == expected


def test_rows_of_strings_are_text_and_read_back_as_written():
    """A set's rows and a map's whose values are tuples of strings, or all lists of strings, are written as text
    (quicker than a pickle); a row whose strings hold a separator, or whose values are anything else, is pickled;
    either reads back the same keys, positions and values (lists as lists)."""
    keys = ["yilihua", "", "\udcff", "a" + store.ITEM, "b" + store.PART, "ch", "d"]
    for values in (None, [("张三",), ("",), ("x", "y"), ("李四",), ("王五", "赵六"), ("甲",), ("乙",)],
                   [("a" + store.PART,), ("",), ("x",), ("y",), ("z",), ("w",), ("v",)],
                   [["list"], ("t",), (), ("x", 1), "s", ("y",), ("z",)]):
        for n in (1, 2, 5):
            rows = list(store._bucket_rows(keys, values, n))
            got = {}
            for _, data in rows:
                row_keys, positions, row_values = store._row(data)
                for i, (k, p) in enumerate(zip(row_keys, positions)):
                    got[p] = (k, None if row_values is None else row_values[i])
                assert store._keys_values(data) == (row_keys, row_values)
            assert [got[i] for i in range(len(keys))] == [(k, None if values is None else values[i])
                                                         for i, k in enumerate(keys)]
            for _, data in rows:
                row_keys, _, row_values = store._row(data)
                strings = [*row_keys, *(s for v in row_values or () if isinstance(v, tuple) for s in v)]
                text = all(isinstance(s, str) and store.ITEM not in s and store.PART not in s for s in strings) \
                    and all(isinstance(v, tuple) and v for v in row_values or ())
                assert (data[:1] == store.TEXT_ROW) == text
    lists = [[f"s{i}"] * (i % 3 + 1) for i in range(len(keys))]  # every value a list (an entity's syllables)
    for n in (1, 2, 5):
        rows = list(store._bucket_rows(keys, lists, n))
        got = {p: (k, v) for _, data in rows for k, p, v in zip(*store._row(data))}
        assert [got[i] for i in range(len(keys))] == list(zip(keys, lists))
        for _, data in rows:
            row_keys, row_values = store._keys_values(data)
            assert all(type(v) is list for v in row_values)
            separator = any(store.ITEM in k or store.PART in k for k in row_keys)
            assert (data[:1] == store.TEXT_LISTS) != separator and data[:1] != store.TEXT_ROW
            for k, v in zip(row_keys, row_values):
                if not separator:
                    assert store._text_find(data, k.encode("utf-8", "surrogatepass"), False) == v
    clean = [(f"k{i}", (f"v{i}",) * (i % 3 + 1)) for i in range(100)]
    assert all(data[:1] == store.TEXT_ROW for _, data in store._bucket_rows([k for k, _ in clean], None, 7))
    assert all(data[:1] == store.TEXT_ROW
               for _, data in store._bucket_rows([k for k, _ in clean], [v for _, v in clean], 7))


def test_the_main_process_of_a_compile_with_a_helper_never_loads_pypinyin(tmp_path):
    """The helper makes the names' readings and those of the mixed forms' kanji heads (量子コンピュータ) and sends
    them: the main process makes the other keys from them without pypinyin's phrases (a fresh interpreter, so
    that nothing has loaded it before). The store holds the mixed forms' keys all the same (the compile in memory
    is compared with it above)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from textqa.glossary import compile as c, store\n"
        "c.HELPER_BYTES = 0\n"
        f"c.compile_files_to_store([{str(GLOSSARY)!r}], [open({str(GLOSSARY)!r}, 'rb').read()], "
        f"{str(tmp_path / 'g.sqlite')!r}, 'k')\n"
        f"print('pypinyin' in sys.modules, dict(store.load({str(tmp_path / 'g.sqlite')!r}, 'k').indexes.mixed.items()))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    loaded, mixed = out.split(" ", 1)
    assert loaded == "False"
    assert "liang zi" in mixed


def test_a_glossary_with_errors_raises_while_its_compile_starts_and_leaves_nothing(cache_dir, write, monkeypatch):
    """A large glossary is checked while a forked helper starts compiling it: its errors are raised as from
    ``load_glossary``, and no store or part file is left."""
    from textqa.errors import InputErrors

    from textqa.glossary import compile as compile_module

    monkeypatch.setattr(compile_module, "HELPER_BYTES", 0)
    path = small_glossary(write, rows="长沙\t長沙\tplace\t\t\t\t\n长沙\t長沙市\tplace\t\t\t\t\n")
    with pytest.raises(InputErrors) as raised:
        cache.load_compiled([str(path)])
    with pytest.raises(InputErrors) as expected:
        load_glossary(str(path))
    assert [str(e) for e in raised.value.errors] == [str(e) for e in expected.value.errors]
    assert not cache_dir.exists() or not [p for p in cache_dir.iterdir() if p.name.startswith(("glossary-", ".tmp-"))]


def test_a_small_table_is_read_whole_on_its_first_miss_and_answers_the_same(tmp_path, monkeypatch):
    """A table of at most SMALL_TABLE keys is read whole when a lookup first misses (the index tables miss again
    and again); a table only ever hit is read key by key. Answers equal those of key-by-key lookups."""
    content = {f"键{i}": (f"v{i}", i) for i in range(300)}
    members = {f"s{i}" for i in range(200)}
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", {"m": content, "s": frozenset(members)}, {}, {})
    opened = store.Store(path, "k")
    asked = [*content, *members, *(f"键{i}" for i in range(250, 400)), "", "\udcff", 7, None]

    def answers(m, s):
        return [(m.get(k, "absent"), k in m, k in s) for k in asked]

    whole = answers(store.StoredMap(opened, "m"), store.StoredSet(opened, "s"))
    monkeypatch.setattr(store, "SMALL_TABLE", 0)
    assert answers(store.StoredMap(opened, "m"), store.StoredSet(opened, "s")) == whole
    monkeypatch.undo()
    assert [a for a, _, _ in whole[:300]] == list(content.values())
    m, s = store.StoredMap(opened, "m"), store.StoredSet(opened, "s")
    assert m["键3"] == content["键3"] and len(m._memo) == 1  # a hit: nothing more read
    assert "键999" not in m and len(m._memo) == len(content) + 1  # a miss: the whole table, and the miss
    assert "s999" not in s and s._whole == frozenset(members)


def test_a_glossary_read_without_cells_has_the_same_entries_and_raises_the_same_errors():
    """The compile parses a glossary once, with no cells (``load_unchecked(cells=False)``): the same entries as
    the reading with cells, also from a file with malformed rows (they give no entry either way); its check
    raises the same errors (each names its line) and passes a clean one."""
    from pathlib import Path

    from textqa.errors import InputErrors
    from textqa.glossary.load import load_unchecked

    every_problem = Path(__file__).parent / "data" / "glossary" / "every-problem.tsv"
    for path in (GLOSSARY, every_problem):
        data = path.read_bytes()
        expected, check_cells = load_unchecked([str(path)], [data])
        got, check = load_unchecked([str(path)], [data], cells=False)
        assert got.entries == expected.entries and got.paths == expected.paths and got.entries
        raised = []
        for run in (check_cells, check):
            try:
                run()
                raised.append(None)
            except InputErrors as exc:
                raised.append([(str(e), e.line) for e in exc.errors])
        assert raised[0] == raised[1]
        assert (raised[0] is None) == (path == GLOSSARY)


def test_literal_forms_made_in_batches_equal_those_made_at_once(monkeypatch):
    """Glyph variants are asked of OpenCC a batch of entries at a time: the same forms, in the same order."""
    from textqa.glossary import compile as compile_module

    glossary = load_glossary(str(GLOSSARY))
    monkeypatch.setattr(compile_module, "GLYPH_BATCH", 10**9)
    whole = compile_module.literal_forms(glossary)
    monkeypatch.setattr(compile_module, "GLYPH_BATCH", 3)
    batched = compile_module.literal_forms(glossary)
    assert list(batched.items()) == list(whole.items()) and len(glossary) > 3 * 2
    assert any(kind.name == "GLYPH" for holders in whole.values() for _, kind in holders)


@pytest.mark.parametrize("sends", [True, False])
def test_a_helper_hands_over_what_it_sends_and_none_when_it_sends_nothing(tmp_path, sends):
    """The compile helper sends the names' readings it makes to the main process (made once, not in both):
    ``received()`` is what it sent, or None when it sent nothing (it failed first); either way the run ends. The
    helper forks only from a process of one thread, so this runs in a fresh process: an earlier test in this one
    may have left threads (a Dask client's)."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from textqa.glossary import store

        folder, sends, readings = Path(sys.argv[1]), {sends!r}, [[["yi", "li", "hua"]], []]

        def share(send):
            if not sends:
                raise OSError("failed before sending")
            send(readings)
            return iter([])

        with store.Helper(folder / "g.sqlite", 1, "k", share) as helper:
            got = helper.received()
            assert (got == readings) if sends else got is None, got
            assert (helper.result() is not None) == sends
        assert list(folder.iterdir()) == []
    """)
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_helper_goes_on_before_what_it_sent_is_asked_for(tmp_path):
    """What the helper sends (the names' readings: megabytes) is not held in a pipe: the helper goes on with its
    share before the main process asks for it (which makes the literal forms first), and it arrives whole."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from textqa.glossary import store

        folder = Path(sys.argv[1])
        big = [[[f"s{i}", "li", "hua" * (i % 5)]] for i in range(200_000)]  # several MB pickled
        marker = folder / "went-on"

        def share(send):
            send(big)
            marker.write_text("yes")
            return iter([])

        with store.Helper(folder / "g.sqlite", 1, "k", share) as helper:
            deadline = time.monotonic() + 60
            while not marker.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert marker.exists()
            assert helper.received() == big
            assert helper.result() is not None
        marker.unlink()
        assert list(folder.iterdir()) == []
    """)
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("kept", [1, 3, 8192])
def test_a_bucket_is_read_once_and_answers_as_a_query_a_key(tmp_path, monkeypatch, kept):
    """A bucket read from the store answers every key that falls into it afterwards, held or not, with no query
    (the kanji scan asks a large prefix table tens of thousands of keys over a few hundred buckets); the answers
    equal one query a key, also when the buckets kept are let go (``READ_BUCKETS``)."""
    monkeypatch.setattr(store, "PER_BUCKET", 8)
    monkeypatch.setattr(store, "READ_BUCKETS", kept)
    content = {f"键{i}": (f"v{i}", i) for i in range(400)}
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", {"m": content, "s": frozenset(content)}, {}, {})
    opened = store.Store(path, "k")
    asked = [*content, *(f"键{i}" for i in range(350, 900)), "", "\udcff"]
    random.Random(kept).shuffle(asked)

    def one_query(table: str, key: str):
        row = opened.con.execute(f"SELECT data FROM {table} WHERE bucket = ?",
                                 (store.bucket_of(key, opened.buckets[table]),)).fetchone()
        keys, values = store._keys_values(row[0]) if row else ([], None)
        return store._ABSENT if key not in keys else (None if values is None else values[keys.index(key)])

    queries = []
    opened.con.set_trace_callback(queries.append)
    got = [(opened.find("m", k), opened.find("s", k)) for k in asked]
    opened.con.set_trace_callback(None)
    assert got == [(one_query("m", k), one_query("s", k)) for k in asked]
    assert len(opened._read) <= kept
    if kept > 1000:
        assert len(queries) <= 2 * (400 // 8 + 1) < len(asked)  # each bucket once


def test_a_key_read_out_of_a_text_row_is_what_the_whole_row_gives():
    """``_text_find`` reads one key's value out of a text row's bytes: the same as decoding the whole row and
    looking the key up (grouped as ``_grouped_row`` groups a paired table's pairs), for keys held and not held, an
    empty key, a lone surrogate, a key that is another key's prefix and a key written only as a value."""
    keys = ["yilihua", "", "\udcff", "yi", "张三", "yi", "李", "张三"]
    asked = [*keys, "yili", "ihua", "x", "张", "王五", "李四", "赵六", "\udcfe"]
    sets = list(store._bucket_rows(list(dict.fromkeys(keys)), None, 2))
    values = [("张三",), ("",), ("x", "y"), ("李四",), ("王五", "赵六"), ("甲",), ("赵六",), ("张三",)]
    unique = dict(zip(keys, values))
    maps = list(store._bucket_rows(list(unique), list(unique.values()), 2))
    paired = list(store._bucket_rows(keys, values, 2))
    for rows, is_paired in ((sets, False), (maps, False), (paired, True)):
        assert all(data[:1] == store.TEXT_ROW for _, data in rows)
        for _, data in rows:
            row_keys, row_values = store._keys_values(data)
            whole = store._grouped_row(row_keys, row_values) if is_paired else \
                dict(zip(row_keys, [None] * len(row_keys) if row_values is None else row_values))
            for key in asked:
                encoded = key.encode("utf-8", "surrogatepass")
                assert store._text_find(data, encoded, is_paired) == whole.get(key, store._ABSENT), key


@pytest.mark.parametrize("kept", [1, 8192])
def test_a_table_asked_a_share_of_its_buckets_is_read_whole_and_answers_the_same(tmp_path, monkeypatch, kept):
    """A table is read one query a bucket until 1/WHOLE_SHARE of its buckets have been read so, then in one query
    (its rows' bytes); every answer equals one query a key, for a set, a map of strings, a pickled map and a
    paired table, whatever buckets are kept; a table asked fewer keys is never read whole."""
    from textqa.glossary.pairs import Pairs

    monkeypatch.setattr(store, "PER_BUCKET", 4)
    monkeypatch.setattr(store, "READ_BUCKETS", kept)
    content = {f"键{i}": (f"v{i}", f"w{i % 7}") for i in range(400)}
    pickled = {key: (value, len(key)) for key, value in content.items()}
    groups = [([f"k{i % 90}", f"k{i * 7 % 130}"], f"名{i % 11}") for i in range(200)]
    lists = {key: list(value) for key, value in content.items()}
    tables = {"m": content, "s": frozenset(content), "p": pickled, "g": Pairs.of_groups(groups), "l": lists,
              "few": content}
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", tables, {}, {})
    opened, plain = store.Store(path, "k"), store.Store(path, "k")
    monkeypatch.setattr(plain, "_queried", {name: -10**9 for name in tables})  # never read whole
    asked = [*content, *(f"键{i}" for i in range(350, 700)), *(f"k{i}" for i in range(150)), "", "\udcff"]
    random.Random(kept).shuffle(asked)
    queries = []
    opened.con.set_trace_callback(queries.append)
    for table in ("m", "s", "p", "g", "l"):
        assert [opened.find(table, key) for key in asked] == [plain.find(table, key) for key in asked], table
        assert table in opened._whole
        asked_of = [q for q in queries if f"FROM {table} " in q + " "]
        assert sum("WHERE" not in q for q in asked_of) == 1  # read whole once
        assert len(asked_of) <= -(-opened.buckets[table] // store.WHOLE_SHARE) + 1 < opened.buckets[table]
    assert [opened.find("few", key) for key in asked[:5]] == [plain.find("few", key) for key in asked[:5]]
    assert "few" not in opened._whole and plain._whole == {}


def test_a_store_just_written_is_not_read_again_for_its_checksum_once(tmp_path, monkeypatch):
    """The compile opens the store it has just written: that first opening trusts the CRC made from the file as
    written (no second pass over 150 MB); any later opening, or one after the file changed, reads it again."""
    path, moved = tmp_path / "t.sqlite", tmp_path / "moved.sqlite"
    crcs = []
    real = store._file_crc
    monkeypatch.setattr(store, "_file_crc", lambda p: crcs.append(p) or real(p))
    store.write_store(path, "k", {"m": {"a": ("b",)}}, {}, {})
    assert len(crcs) == 1
    path.rename(moved)  # as the cache moves a store into place: the same file
    store.Store(moved, "k")
    assert len(crcs) == 1
    store.Store(moved, "k")
    assert len(crcs) == 2
    data = bytearray(moved.read_bytes())
    data[-1] ^= 0xFF
    moved.write_bytes(bytes(data))
    with pytest.raises(store.StoreError):
        store.Store(moved, "k")


def test_near_keys_written_flat_read_back_as_they_were(tmp_path):
    """The near-homophone index is written as tuples of strings (text rows, of which only the key asked is read)
    and read back equal, triple for triple and type for type: random keys of one to five (entity, position,
    syllable) triples, some strings empty, some holding a separator (their rows pickled, read back the same)."""
    rng = random.Random(7)
    pieces, rare = ["张", "三", "ア", "", " ", "\udcff", "1", "x"], [store.ITEM, store.PART]

    def text(n: int = 3) -> str:
        return "".join(rng.choice(rare if rng.random() < 0.01 else pieces) for _ in range(rng.randint(0, n)))

    near = {f"k{i} *": tuple((text() or "zh", rng.randint(0, 12), text()) for _ in range(rng.choice([1, 1, 2, 5])))
            for i in range(800)}
    flat, read = store.FLAT_INDEXES["near"]
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", {"near": {k: flat(v) for k, v in near.items()}}, {}, {})
    opened = store.Store(path, "k")
    got = store.StoredMap(opened, "near", read)
    for key in rng.sample(list(near), len(near)):  # asked one at a time, in any order
        assert got[key] == near[key] and [list(map(type, t)) for t in got[key]] == [[str, int, str]] * len(near[key])
    assert "k9999 *" not in got and store.StoredMap(opened, "near", read).items() == list(near.items())
    kinds = {data[:1] for (data,) in opened.con.execute("SELECT data FROM near")}
    assert kinds == {store.TEXT_ROW, b"\x80"}  # text, but a row with a separator (pickled)


@pytest.mark.parametrize("whole", [False, True])
def test_a_key_whose_bytes_are_nowhere_in_its_row_is_absent_and_the_others_answer_as_the_rows_read_back(
        tmp_path, monkeypatch, whole):
    """``Store.find`` answers a key whose UTF-8 bytes are nowhere in its text row's bytes as absent at once (most keys
    a large glossary's lint asks are in no row), and reads every other key out of the row: each answer, for keys
    held and not held, a key that is a prefix, a suffix or a part of a held key, one written only inside a value, an
    empty key and a lone surrogate, equals what the table's rows read back give, for a set, a map of strings, a map
    of lists and a paired table, read whole (answered from its rows' bytes) and read one query a bucket."""
    from textqa.glossary.pairs import Pairs

    monkeypatch.setattr(store, "PER_BUCKET", 100)  # one row a table: the parts of its keys are in it
    held = ["张三", "三", "yili", "yilihua", "\0州", "长\0州", "", "\udcff", "李四"]
    values = [("王五", "三"), ("张",), ("yi",), ("hua", "li"), ("杭苏",), ("沙",), ("空",), ("x",), ("李四", "五")]
    tables = {"s": frozenset(held), "m": dict(zip(held, values)), "l": {k: list(v) for k, v in zip(held, values)},
              "g": Pairs.of_groups([([k, held[(i + 1) % len(held)]], v[0]) for i, (k, v) in enumerate(zip(held, values))])}
    asked = [*held, "张", "yil", "lihua", "\0", "州", "长", "王五", "五", "hua", "杭", "\udcfe", "赵六", "i"]
    path = tmp_path / "t.sqlite"
    store.write_store(path, "k", tables, {}, {})
    opened = store.Store(path, "k")
    if whole:
        monkeypatch.setattr(opened, "_queried", {name: 10**9 for name in tables})
    else:
        monkeypatch.setattr(opened, "_queried", {name: -10**9 for name in tables})
    for table in tables:
        rows = dict(opened.rows(table))
        assert all(data[:1] in store.TEXT_MARKS
                   for (data,) in opened.con.execute(f"SELECT data FROM {table}")), table  # text rows, all of them
        assert [opened.find(table, key) for key in asked] == [rows.get(key, store._ABSENT) for key in asked], table
        assert (table in opened._whole) is whole
        data = dict(opened.con.execute(f"SELECT bucket, data FROM {table}"))
        inside = [key for key in asked if key not in rows
                  and key.encode("utf-8", "surrogatepass") in data.get(store.bucket_of(key, opened.buckets[table]), b"")]
        assert inside, table  # absent keys whose bytes are in their row: read out of it, not answered at once


def test_a_cold_run_reports_what_a_warm_run_reports(tmp_path):
    """The first run compiles the glossary (and fills the name forms' memos in bulk), later runs load it: each run is a
    process of its own, and all report the same, message for message (the bulk path once skipped a step, so a cold run
    named an institute's simplified form otherwise than a warm one)."""
    import json
    import subprocess
    import sys

    glossary = tmp_path / "g.tsv"
    glossary.write_text(HEADER + "星河地质研究所\t星河地質研究所\torg\t\t\t\t\n"
                                 "星河卫生院\t星河衛生院\torg\t\t\t\t\n", encoding="utf-8")
    article = tmp_path / "a.ja.txt"
    article.write_text("標本は星河地质研究所に送られた。\n\n住民は星河卫生院で検査を受けた。\n", encoding="utf-8")
    env = {**os.environ, "TEXTQA_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("TEXTQA_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-m", "textqa", "lint", str(article), "--glossary", str(glossary),
                            "--format", "json", "--jobs", "1", "--fail-on", "never"],
                           capture_output=True, text=True, env=env, check=True).stdout for _ in range(2)]
    findings = [json.loads(run)["findings"] for run in runs]
    assert findings[0], "the simplified names are reported"
    assert findings[0] == findings[1]
