"""General phonetic knowledge: pinyin readings, katakana and romaji keys. No names live here."""
