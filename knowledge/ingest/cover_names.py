"""The names of the places a unit serves besides its own ('受理范围：…软件园二期和三期…'), as users write them."""

from __future__ import annotations

import re

GENERIC_TAIL = re.compile(r"(?:商务营运中心|营运中心|商务中心|工业集中区|集中区|产业区|产业园|工业园|科技园|园区)$")


def cover_names(covers: str, city: str) -> list[str]:
    """The names of the places a unit serves besides its own, as users write them: '厦门软件园二期和三期' is 软件园二期,
    软件园三期 and 软件园; '火炬（翔安）产业区' is 火炬产业区 and 翔安火炬产业区; '杏林湾商务营运中心' is also 杏林湾."""
    out: list[str] = []
    # '修武县产业集聚区（郇封镇、周庄镇片区）': the towns in a closing bracket are served too
    covers = re.sub(r"[（(]([^（）()]{2,40}[镇乡街道区][^（）()]{0,4})[)）](?=$|[、，,；;])", lambda m: "、" + m.group(1).replace("片区", ""), covers)
    for part in re.split(r"[、，,；;\s]+", covers):
        if m := re.fullmatch(r"(.+?)([一二三四五六七八九十\d]期)(?:和|及|与|、)([一二三四五六七八九十\d]期)", part):
            names = [m.group(1) + m.group(2), m.group(1) + m.group(3), m.group(1)]
        else:
            names = re.split(r"[和及]", part)
        for name in names:
            b = re.fullmatch(r"([\u4e00-\u9fff]+)[（(]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fff]+)", name)
            name, also = (b.group(1) + b.group(3), [b.group(2) + b.group(1) + b.group(3)]) if b else (name, [])
            for n in (name, *also):
                bare = n[len(city):] if city and n.startswith(city) and len(n) - len(city) >= 3 else n
                base = GENERIC_TAIL.sub("", bare)
                out += [n, bare, *([base] if len(base) >= 2 and base != bare else [])]
    return list(dict.fromkeys(x for x in out if x))
