"""A knowledge base N times larger than the bundled one, for measuring how answering scales.

Every intent gets N times its phrases (Chinese and English), every district N times its towns and
zones. The extra phrases are real Chinese words from pypinyin's phrase list (fixed seed) that the
benchmark questions do not contain, and their pinyin as English-like words, so that matchers see
realistic first characters, syllables and word lengths.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

from knowledge.model import Knowledge
from knowledge.text import pinyin


def _words(n: int, avoid: str, seed: int = 11) -> list[str]:
    import pypinyin
    data = json.loads((Path(pypinyin.__file__).with_name("phrases_dict.json")).read_text(encoding="utf-8"))
    rng = random.Random(seed)
    pool = sorted(w for w in data if 2 <= len(w) <= 5 and w not in avoid)
    return rng.sample(pool, n)


def bigger_kb(kb: Knowledge, factor: int, avoid: str = "") -> Knowledge:
    """The same knowledge base with `factor` times the phrases, English words, towns and zones."""
    lex, geo = kb.lexicon, kb.geography
    need = sum((factor - 1) * (len(it.strong) + len(it.weak)) for it in lex.intents.values())
    need += sum((factor - 1) * len(d.towns) for d in geo.districts.values())
    words = iter(_words(need + 10, avoid))
    intents = {}
    for name, it in lex.intents.items():
        strong = [next(words) for _ in range((factor - 1) * len(it.strong))]
        weak = [next(words) for _ in range((factor - 1) * len(it.weak))]
        en = [pinyin(w) for w in strong[: (factor - 1) * len(it.en)]]
        en_weak = [pinyin(w) for w in weak[: (factor - 1) * len(it.en_weak)]]
        intents[name] = dataclasses.replace(it, strong=it.strong + tuple(strong), weak=it.weak + tuple(weak),
                                            en=it.en + tuple(en), en_weak=it.en_weak + tuple(en_weak))
    districts = {key: dataclasses.replace(d, towns=d.towns + tuple(next(words) + "镇" for _ in range((factor - 1) * len(d.towns))))
                 for key, d in geo.districts.items()}
    return dataclasses.replace(kb, lexicon=dataclasses.replace(lex, intents=intents),
                               geography=dataclasses.replace(geo, districts=districts))
