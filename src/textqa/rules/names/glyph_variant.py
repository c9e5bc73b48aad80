from __future__ import annotations

from ...charclass import is_kanji
from ...findings import Severity
from ...glossary.forms import convert, japanese_form, simplified_form
from ...glossary.model import EntityType
from ...mentions.context import heads_site_name, in_embedded_post, masthead
from ...mentions.features import name_suffix_after
from .variant import VariantRule, entity_label


def _script(surface: str) -> str:
    if convert(surface, "s2t") != surface and convert(surface, "t2s") == surface:
        return "simplified Chinese"
    if convert(surface, "t2s") != surface and convert(surface, "jp2t") == surface:
        return "traditional Chinese"
    return "another glyph form"


class GlyphVariant(VariantRule):
    """
    ## What it does
    Reports a glossary name written with the same characters in another script form:
    simplified or traditional Chinese, or a different Japanese glyph. A term's zh form, in any script, is one too
    where it differs from ja only by kanji that simplified Chinese merged and Japanese keeps apart (`木雕` where the
    glossary writes `木彫`, `制茶` for `製茶`): the source copied, unless the glossary accepts it. A name written with
    such a kanji is another kanji of the same sound, NAM004's.

    A glyph form is scored as a name candidate is (an everyday word, `連想` beside a glossary's `聯想`, stays `info`),
    but the entity's Chinese form exactly as the glossary writes it is the source's own spelling copied: it is a
    warning even where Japanese has the word too (`木耳` where the glossary translates the term `キクラゲ`; the
    `glyph:verbatim` feature of the fitted scorer).

    A name written in characters Japanese writes at the head of a site's or an institution's name (the run of kanji
    going on from it ends in 陵, 記念館, 基地, 博物館: data/site_types.txt; `秦始皇陵` for a glossary's 秦始皇 → 始皇帝)
    is reported at `info`: the site's name keeps its own spelling. So is a person's two-character name followed by
    one more kanji that ends the run and is no name suffix (`張學友` for a glossary's 张学): another person's
    three-character name. So is a name in a publication's title alone on its line right above or below its issue's
    label (`2016年3月号` / `在鸣门` / `第119期`): a newsletter's masthead, printed in its own language. A name in a run
    of simplified Chinese with a bracket right after that gives the run in Japanese forms (`原作:刘星河风月记(劉星河風月記)`,
    a drama's source cited in Chinese and in Japanese) is not reported: the original cited beside its rendering.

    ## Why is this bad
    Machine translation often leaves simplified characters or over-converts
    (龍→竜). Readers see a misspelt name, and search and indexing split one
    entity in two. This is milder than a wrong character, so it is a warning.

    ## Example
    `张一鸣氏が創業した。` or `張一鳴氏が創業した。` in a mixed form (glossary: 张一鸣 → 張一鳴)

    ## Use instead
    `張一鳴氏が創業した。`
    """

    code = "NAM003"
    name = "glyph-variant"
    severity = Severity.WARNING
    safe_fix_from = 0.0  # the same characters in another script: the glossary's form is the fix

    def message(self, m, entry):
        # a glyph form of zh that is not one of ja (a shortened ja, zh with a suffix) is named after zh alone
        same_as_ja = simplified_form(m.surface) == simplified_form(entry.ja)
        label = entity_label(entry) if same_as_ja else entry.zh
        return f"'{m.surface}' is {label} in {_script(m.surface)}; write '{entry.ja}'"

    def info_only(self, ctx, m) -> bool:
        """The mention heads a longer proper name (``GlyphVariant``'s doc): a site's or an institution's, written in
        Japanese characters, or a person's of three characters, one more kanji after the entity's two."""
        text, end = ctx.doc.text, m.span.end
        if masthead(text, m.span):
            return True  # 在鸣门 between 2016年3月号 and 第119期: a newsletter's name as its masthead prints it
        if in_embedded_post(text, m.span.start):
            return True  # a post embedded as posted, in Chinese, its credit (— Name (@handle) date) below it
        if end >= len(text) or not is_kanji(text[end]):
            return False
        if japanese_form(m.surface) == m.surface and heads_site_name(text, m.span):
            return True
        entry = ctx.entry(m.entity)
        return (entry.type == EntityType.PERSON and len(m.surface) == 2 and not is_kanji(text[end + 1:end + 2] or "a")
                and not name_suffix_after(ctx.doc, m.span, entry.type))
