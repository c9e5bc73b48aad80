"""One invented test per class fixed after the scoring of heldout59 (fix59), with contrasts:
- a romanised name before と書かれている in a sentence that reports how another text (an English guide, a report)
  renders it is the pinyin repeated in Japanese prose (NAM007); the spelling a person's own document shows
  (パスポート, 名刺, 名簿: data/identity_documents.txt) stays talk about a form;
- a person's surname alone changed to another surname one letter off is a wrong surname (NAM008): the surname table
  lacked common surnames (傅, 赖, 洪…); a named place's kanji written with another of its frame that reads with
  another initial, none the ear confuses (宋 song for 宏 hong), is a look-alike (NAM011), not a near-homophone;
- 町長 after a name is a person's name context, as 市長 and 村長 are;
- a Chinese title mark (《, 〈) never closed in its paragraph is an unbalanced bracket (GRB004);
- tone-marked pinyin of a glossary place standing in prose is reported by GRB012 beside NAM007."""
import pytest

from lint_helpers import graded

PEOPLE = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
          "柏秋云\t柏秋雲\tperson\tバイ・チウユン\t\t\tinvented woman who heads a choir\n")


@pytest.mark.parametrize("text, surface", [
    ("合唱団を率いる柏秋雲団長は元教師だ。劇団の英語の案内にはQiuyun Baiと書かれている。\n", "Qiuyun Bai"),
    ("柏秋雲団長は元教師だ。広報誌は団長を白秋雲と紹介し、英文の報告書にはBai Qiuyunと書かれている。\n", "Bai Qiuyun"),
])
def test_a_romanised_name_another_text_renders_so_is_reported(text, surface):
    assert [f for f in graded(text, PEOPLE) if f[0] == "NAM007" and f[1] != "info"] == [("NAM007", "error", surface)]


@pytest.mark.parametrize("text", [
    "柏秋雲は留学生だ。\n\nパスポートには Bai Qiuyun と書いてある。\n",
    "柏秋雲は留学生だ。\n\n名簿には Bai Qiuyun と書かれている。\n",
    "柏秋雲さんの名刺には英語でBai Qiuyunと書かれている。\n",
])
def test_the_spelling_a_persons_own_document_shows_stays_silent(text):
    assert [f for f in graded(text, PEOPLE) if f[0] == "NAM007" and f[1] != "info"] == []
