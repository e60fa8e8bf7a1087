"""The applicant's checklist, derived from the sections this notice actually has (counts come from the data)."""

from __future__ import annotations

import re

_CN = "零一二三四五六七八九十"


def _count(n: int) -> str:
    return _CN[n] if 0 < n <= 10 else str(n)


def checklist(data: dict) -> list[dict]:
    """Steps with their clauses; a step appears only when the notice has what it needs."""
    steps: list[dict] = []
    sub = data.get("submission", {})
    el, fo, ma = data.get("eligibility"), data.get("focuses"), data.get("materials")
    if el:
        steps.append({"id": "self_check", "title": f"对照{_count(len(el['items']))}项申报条件自查", "clause": el["clause"],
                      "guide_from": "eligibility", "match": ["自查", "申报条件", "条件"]})
    if fo:
        steps.append({"id": "choose_focus", "title": "选定一项典型经验及其遴选重点" if sub.get("one_item") else "选定申报方向",
                      "clause": fo["clause"], "guide_from": "focuses", "match": ["遴选重点", "选定", "方向", "选题", "经验"]})
    if ma:
        parts = [x for x in ma["parts"] if not x.get("detail")]  # limits said apart are no parts of their own
        steps.append({"id": "write_summary", "title": f"撰写{ma['title'].replace('内容', '')}{_count(len(parts))}个部分并控制字数",
                      "clause": ma["clause"], "guide_from": "materials", "match": ["总结材料", "写完", "撰写", "材料写好", "摘要", "写好了"]})
    if data.get("format"):
        steps.append({"id": "format", "title": "按格式要求排版", "clause": data["format"]["clause"], "guide_from": "format",
                      "match": ["排版", "格式", "字体"]})
    if data.get("supporting"):
        steps.append({"id": "supporting", "title": "准备证实性材料", "clause": data["supporting"]["clause"],
                      "guide_from": "supporting", "match": ["证实性材料", "证明材料", "证书", "佐证"]})
    if sub.get("form_name"):
        steps.append({"id": "online_form", "title": f"填写{'并下载打印' if '打印' in sub.get('form_how', '') else ''}{sub['form_name']}",
                      "clause": sub["clause"], "guide": "“{form_name}”{form_how}。" if sub.get("form_how") else "“{form_name}”。",
                      "match": [sub["form_name"], "信息表", "打印", "填表"]})
    seals = sub.get("form_seals", "")
    if seals:
        own = re.match(r"([^，,；;。]{2,30}?(?:[书表函]|材料|执照|复印件))(?:均|都)?(?:须|需|应|必须|由)", seals)  # '信用承诺书须由…'
        if re.search(r"单位公章|公章", seals):
            steps.append({"id": "unit_seal", "title": f"{own.group(1) if own else sub.get('form_name', '申报表')}加盖单位公章", "clause": sub["clause"],
                          "guide_from": "seals", "match": ["单位公章", "公章", "盖公章", "盖章", "章"]})
        if "推荐单位" in seals:
            clause = sub["clause"] + (f"；{data['units']['clause']}" if data.get("units") else "")
            steps.append({"id": "recommend_seal", "title": f"{sub.get('form_name', '申报表')}经推荐单位盖章", "clause": clause,
                          "guide_from": "seals", "involves_unit": True,
                          "match": ["推荐单位盖章", "推荐单位", "区里盖章", "区里", "盖章", "章"]})
    if data.get("uploads"):
        steps.append({"id": "scan_upload", "title": "证明材料扫描上传", "clause": data["uploads"]["clause"],
                      "guide_from": "uploads", "match": ["扫描", "上传", "营业执照"]})
    if sub.get("deadline"):
        where = "在申报网站在线提交" if sub.get("site") else "提交"
        steps.append({"id": "submit_online", "title": f"截止前{where}申报材料", "clause": sub["clause"],
                      "guide": ("在{site_name} {site} 在线提交，" if sub.get("site") else "") + "截止时间 {deadline}。",
                      "match": ["在线提交", "网上提交", "提交", "网上申报", "在线申报", "申报提交"]})
    mail = data.get("mailing")
    if mail:
        copies = f"（{sub['form_copies']}）" if sub.get("form_copies") else ""
        steps.append({"id": "mail_paper", "title": f"寄出纸质材料{copies}", "clause": f"{sub.get('clause', mail['clause'])}；{mail['clause']}",
                      "guide": "纸质材料寄至 {mailing}。", "match": ["邮寄", "寄出", "寄了", "纸质", "快递"]})
    return steps
