"""Sound-alike finders (homophones, katakana, pinyin, surnames, split names)."""
FINDERS: list = []
