"""The look-alike kanji table (data/lookalike_kanji.tsv) and its self-test as it loads."""
import pytest

from textqa.charclass import is_kanji
from textqa.glossary.forms import simplified_form
from textqa.mentions.lookalike import look_alike, lookalikes, parse_lookalikes

HEAD = "# comment\na\tb\thow\n"


@pytest.mark.parametrize("a, b", ["淮准", "憐燐", "羲義", "己已", "己巳", "已巳", "末未", "土士", "侯候", "徽微", "汨汩",
                                  "崇祟", "木禾", "日目", "泪汨"])
def test_known_pairs_both_ways(a, b):
    assert look_alike(a, b) and look_alike(b, a)


@pytest.mark.parametrize("a, b", ["淮淮", "況况", "沖冲", "冨富", "呑吞", "准水", "口日", "人大"])
def test_not_look_alikes(a, b):
    # the same character, one character in two scripts or two glyphs of one (NAM003's), or shapes too far apart
    assert not look_alike(a, b)


def test_shipped_table_is_symmetric_kanji_pairs():
    table = lookalikes()
    assert len(table) > 200
    for a, others in table.items():
        assert is_kanji(a) and others
        for b in others:
            assert b != a and is_kanji(b) and a in table[b]
            assert simplified_form(a) != simplified_form(b)


@pytest.mark.parametrize("rows, error", [
    ("淮\t淮\tswap\n", "two different kanji"),
    ("淮\t准\tswap\n", "lower code point first"),
    ("准\tx\tswap\n", "one kanji each"),
    ("准\t淮氵\tswap\n", "one kanji each"),
    ("准\t淮\tguess\n", "how one of"),
    ("准\t淮\n", "how one of"),
    ("准\t淮\tswap\n准\t淮\tlisted\n", "listed twice"),
])
def test_malformed_table_is_refused(rows, error):
    with pytest.raises(ValueError, match=error):
        parse_lookalikes(HEAD + rows)


def test_header_is_required():
    with pytest.raises(ValueError, match="header"):
        parse_lookalikes("准\t淮\tswap\n")


def test_parsed_rows_read_both_ways():
    table = parse_lookalikes(HEAD + "准\t淮\tswap\n己\t已\tlisted\n己\t巳\tlisted\n")
    assert table == {"准": {"淮"}, "淮": {"准"}, "己": {"已", "巳"}, "已": {"己"}, "巳": {"己"}}
