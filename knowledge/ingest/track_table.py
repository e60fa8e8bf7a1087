"""A table that compares the call's tracks, a column each ('项目 | 质量标杆企业 | 质量标杆培育企业' / '网上申报截止 |
2096年6月12日17:00 | 2096年5月29日17:00'): its rows, and each track's own dates as further steps, labelled with the
track, so that a question naming a track is judged against that track's dates."""

from __future__ import annotations

import os
import re

from . import facts
from .draft import Draft
from .lines import row_cells

_ROLES = frozenset({"申报企业", "推荐单位", "企业", "单位", "申报单位", "主管部门", "市经信局", "区经信局"})
_HEAD = re.compile(r"^(?:项目|类别|内容|指标|要求|条件|事项|对比项|比较项|申报类别|类型)?$")
_TRACK = re.compile(r"企业|类|项目|班组|个人|组织|单位")
_STEP_ROW = re.compile(r"(?:申报|提交|报送|送达|推荐|纸质|填报|上传|受理)[^|]{0,8}(?:截止|时间|日期|期限)|截止(?:时间|日期)?$")
_NOT_STEP = re.compile(r"注册|成立|财务|数据|审计|统计|营业|认证")
_KIND = ((re.compile(r"纸质|送达|寄送|报送纸质"), "纸质材料报送"), (re.compile(r"推荐|审核|初审"), "推荐单位报送"))


def build_track_table(d: Draft) -> None:
    """track_table (clause, tracks, rows), and submission.deadlines gains each track's own dates."""
    for n in d.outline.nodes():
        rows = [row_cells(t) for t, _, _ in n.lines if t.count("|") >= 2 or t.count("\t") >= 2]
        rows = _turned(rows) if rows and _BY_ROW.match(rows[0][0]) else rows
        if len(rows) < 3 or len(head := rows[0]) < 3 or not _HEAD.match(head[0]):
            continue
        tracks = head[1:]
        if not all(_TRACK.search(t) and 2 <= len(t) <= 16 and not re.search(r"\d", t) and t not in _ROLES for t in tracks) \
                or len(os.path.commonprefix(tracks)) < 2 and len(os.path.commonprefix([t[::-1] for t in tracks])) < 2:
            continue  # one call's tracks share a name ('质量标杆企业 | 质量标杆培育企业'), not roles ('申报企业 | 推荐单位')
        body = [r for r in rows[1:] if len(r) == len(head) and r[0]]
        if len(body) < 2:
            continue
        d.data["track_table"] = {"clause": n.clause, "tracks": tracks, "rows": [{"label": r[0], "values": r[1:]} for r in body]}
        d.found.append(f"分类别对照表：{'、'.join(tracks)}，{len(body)} 行（{n.clause}）")
        _track_steps(d, n.clause, tracks, body)
        return


# A table with a row per kind of firm ('企业规模 | 成立年限 | 营业收入… / 大型企业 | 满5年 | 不低于10亿元…').
_BY_ROW = re.compile(r"^(?:企业规模|企业类型|企业类别|规模)$")


def _turned(rows: list[list[str]]) -> list[list[str]]:
    """A table with a row per track turned to one with a column per track ('项目 | 大型企业 | 中型企业 | 小微企业')."""
    body = [r for r in rows[1:] if len(r) == len(rows[0]) and r[0]]
    return [["项目", *(r[0] for r in body)], *([rows[0][j], *(r[j] for r in body)] for j in range(1, len(rows[0])))] if len(body) >= 2 else rows


def _track_steps(d: Draft, clause: str, tracks: list[str], body: list[list[str]]) -> None:
    """Each track's dates that the notice's steps do not already hold (the first track's are usually the steps)."""
    sub = d.data.get("submission")
    if not sub or not sub.get("deadline"):
        return
    year = int(sub["deadline"][:4])
    taken = {sub["deadline"], *(x.get("when") for x in sub.get("deadlines", []))}
    added = []
    for label, *cells in body:
        if not _STEP_ROW.search(label) or _NOT_STEP.search(label):  # '网上申报截止', not '注册时间', '财务数据截止'
            continue
        for track, cell in zip(tracks, cells, strict=False):
            when = facts.date_value(cell, year, last=True)  # the last of a range ('5月6日9:00至6月12日17:00')
            if not when or when in taken:
                continue
            kind = next((k for rx, k in _KIND if rx.search(label)), "申报截止")
            added.append({"label": f"{track}{kind}", "when": when, "clause": clause, "text": f"{track}：{label} {cell}"})
    if added:
        sub["deadlines"] = [*sub.get("deadlines", []), *added]
        d.found.append("各类别自己的日期：" + "、".join(f"{x['label']} {x['when']}" for x in added))

