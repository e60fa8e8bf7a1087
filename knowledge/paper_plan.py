"""A plan for the paper copies ("纸质的打算28号送到区里，来得及吧") is judged against the paper copies' own date,
not the online deadline: the view of the knowledge base whose deadline is that date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .model import Knowledge, parse_deadline
from .notice import PAPER_STEP, ExtraDeadline
from .phrasing import web_word, when_text
from .recall import _SENTENCE
from .values import FOR_GROUP, lazy

_PAPER = lazy(r"纸质|纸本|书面材料|装订|寄|快递|邮递|送到|送去|送达|送过去|送材料|(?<!报)送(?:吗|呢|不|得|行|可以|没问题)|去送|现场(?:交|递|送)"
              r"|当面交|受理点|受理窗口|(?:打车|开车|骑车|坐车|坐地铁)(?:过去|去|到)|"
              r"\d+\s*(?:室|房间)|\bpaper\b|hard ?cop|printed (?:cop|version)|\bby post\b|courier")
_NAMED = lazy(r"纸质|纸本|书面材料|\bpaper\b|hard ?cop|printed (?:cop|version)")
_UPLOAD = lazy(r"上传|\bupload")
# A later step of the applicant's own that sends copies another way ('PDF扫描件…以电子邮件方式发送至…邮箱'), asked by its words.
_COPY = lazy(r"扫描件|PDF|pdf|电子邮件|邮箱|光盘|U盘|PPT|ppt|演示文稿")
_ONLINE = lazy(r"上传|网上|线上|在线|系统|平台|电子版|\b(online|upload|uploading|system|portal)\b")


_TIMETABLE = lazy(r"推荐单位|推荐|区里|区县|汇总|初审|审核|流程|安排|节点|日程|时间表|哪些时间|几个时间|全部|所有|各个|"
                  r"\b(schedule|timeline|steps|units?|districts?)\b")


_DELIVERED = lazy(r"(?:交|送|寄|递|报)(?:到|至|给|去)?(?:区里|区县|推荐单位|区)")
_LEFT = lazy(r"还剩|还有几天|几天|多久|多长时间|倒计时|\bhow (many days|long)\b")
_ACTS = lazy(r"交|传|报送|申报|报名|填报|\b(submit|apply|application|send|upload)")


# A step of one kind of applicant ('省属企业渠道的企业，须于…', '中央在沪企业应于…'), and the words that name no kind.
_GROUP = lazy(r"^([\u4e00-\u9fff（）]{2,16}?)[，,]?\s*(?:须|应|需|请|均)?于")
_PLAIN = r"申报|企业|单位|各|的|渠道|集团|（|）|所属|有关|相关|本市|全市"


def listed(step: ExtraDeadline, norm: str, closed: bool, deadline: str = "") -> bool:
    """Whether a later date is listed beside the deadline: not the paper copies' (or another applicant's step) when only
    the online submission is asked about, while it is still open ('今天还能网上交吗'); a step of the recommending units
    only when they, the whole timetable or just the deadline are asked about (it is not the applicant's to meet); a
    later date of one kind of applicant only when they are named (an earlier one always: it may be the asker's)."""
    if step.label.startswith("推荐单位"):  # "截止时间" alone asks of every date; "还剩几天" only of the asker's
        own = _DELIVERED.sub("", norm)  # "纸质版交到区里": where the applicant delivers, not the units' step
        return bool(_TIMETABLE.search(own)) or not (_ACTS.search(norm) or _ONLINE.search(norm) or _PAPER.search(norm)
                                                    or _LEFT.search(norm))
    if deadline and step.label != PAPER_STEP and step.when < deadline:
        return True  # an earlier date of some applicants ('市管国有企业应于6月6日前…') may be the asker's: always listed
    group = _GROUP.match(step.text) if step.label != PAPER_STEP and step.when > deadline else None
    if group and re.search(r"企业|集团", group.group(1)) and len(kind := re.sub(_PLAIN, "", group.group(1))) >= 2:
        return kind[:2] in norm  # '省属企业渠道的企业，须于6月14日…': a later date of other applicants, unless asked about
    return closed or not (_ONLINE.search(norm) and not _PAPER.search(norm))


def about_paper(norm: str) -> bool:
    """The message is about the paper copies: it names them ('纸质的…', and nothing is to be uploaded), or it speaks of
    posting or delivering and of nothing online ('后天上传来得及吗' is not about paper, '网上交完了，纸质的…' is)."""
    if _NAMED.search(norm):
        return not _UPLOAD.search(norm)
    return bool(_PAPER.search(norm)) and not _ONLINE.search(norm)


def about_copies(step: ExtraDeadline, norm: str) -> bool:
    """The message names the copies a later step sends another way ('pdf扫描件还没发邮箱')."""
    return any(w.lower() in norm for w in _COPY.findall(step.text))


def asked_of(step: ExtraDeadline, norm: str, later: str) -> bool:
    """The message asks of this later step of the applicant's: the paper copies, or the copies sent another way."""
    return step.label == PAPER_STEP and about_paper(norm) or step.label == later != PAPER_STEP and about_copies(step, norm)


_STEP_WORDS = re.compile(r"推荐|初审|审核|复核|汇总|备案|名单|系统|公示")


def paper_due(kb: Knowledge, norm: str = "") -> tuple[ExtraDeadline | None, dt.datetime | None]:
    """The applicant's paper step and when it falls due (its day's end when no hour is given): of several, the one for
    every applicant unless the message names the group another is for ('开发区的企业纸质…'); the recommending units'
    own step when the message asks of it ('区里推荐材料今天报市局还来得及吗')."""
    sub = kb.notice.submission
    steps = [x for x in sub.deadlines if x.label == PAPER_STEP] if sub and kb.deadline else []
    steps = steps or [x for x in sub.deadlines if x.when > sub.deadline and not x.label.startswith("推荐单位") and _COPY.search(x.text)
                      ] if sub and kb.deadline else []  # no paper: the copies sent another way after it ('PDF扫描件…邮箱')
    units = [x for x in sub.deadlines if x.label == UNITS_STEP] if sub and kb.deadline and _STEP_ASKED.search(norm) else []
    if len(units) > 1:  # the step the message names ('推荐还没在系统里操作': the recommendation, not the preliminary review)
        units.sort(key=lambda x: -sum(w in norm for w in set(_STEP_WORDS.findall(x.text))))
    if len(units) > 1 and about_paper(norm):  # '市州的纸质推荐材料…寄到省厅': the units' paper step, not their online one
        units.sort(key=lambda x: not re.search(r"纸质|寄", x.text))
    units = units or ([x for x in sub.deadlines if "注册" in x.label] if sub and kb.deadline and _SIGN_UP.search(norm) else [])
    copies = [x for x in sub.deadlines if x.label != PAPER_STEP and not x.label.startswith("推荐单位") and x.when > sub.deadline
              and about_copies(x, norm)] if sub and kb.deadline and not units else []
    named = [x for x in steps if (g := FOR_GROUP.match(x.text)) and any(z in norm or z[-3:] in norm or _core(z) in norm
                                                                         for z in _ZONE.findall(g.group(0)))]
    step = (units or copies or named or [x for x in steps if not FOR_GROUP.match(x.text)] or steps or [None])[0]
    if step is None:
        return None, None
    day_s, _, time_s = step.when.partition(" ")
    if postmark(kb, norm, step):
        time_s = "24:00"  # '邮寄的，以邮戳日期为准，邮戳日期不晚于6月26日': posted that day counts, whatever the hand-in hour
    try:
        hour, minute = (int(x) for x in (time_s or "24:00").split(":"))
        return step, dt.datetime.combine(dt.date.fromisoformat(day_s), dt.time(0), kb.tz) + dt.timedelta(hours=hour, minutes=minute)
    except ValueError:
        return step, None


def postmark(kb: Knowledge, norm: str, step: ExtraDeadline | None = None) -> str:
    """The notice's sentence that mail counts by its postmark ('邮寄的，以邮戳日期为准…'), when the message mails the copies."""
    step = step or paper_due(kb)[0]
    if step is None or not re.search(r"(?<!不)(?:邮?寄|快递|邮政|EMS|顺丰)", norm, re.I):
        return ""
    text = next((c.text for c in kb.notice.passages if c.clause == step.clause), step.text)
    return next((s.rstrip("。；;") for s in _SENTENCE.findall(text) if re.search(r"(?<![不非])以邮戳(?:日期|时间)?为准", s)), "")  # not '不以邮戳日期为准'


def paper_view(kb: Knowledge, now: dt.datetime, norm: str) -> tuple[Knowledge, str, str]:
    """(knowledge base to judge the day against, Chinese and English words naming whose date it is). After the
    online deadline the paper date still counts, for those who submitted online only, and the words say so."""
    sub = kb.notice.submission
    step, due = paper_due(kb, norm)
    if step is None or due is None or not (about_paper(norm) or step.label != PAPER_STEP) or due <= kb.deadline and step.label == PAPER_STEP:
        return kb, "", ""
    if step.label != PAPER_STEP and not _COPY.search(step.text):  # the units' own date, for an officer; the sign-up's
        return replace(kb, deadline=due, notice=replace(kb.notice, submission=replace(sub, deadline=step.when, deadline_words="", capped=""))), \
            f"{step.label}：", "The recommending units: " if step.label == UNITS_STEP else "Signing up: "
    when = step.when.partition(" ")[0] if postmark(kb, norm, step) else step.when  # posted: the day, by its postmark
    view = replace(kb, deadline=due, notice=replace(kb.notice, submission=replace(sub, deadline=when, deadline_words="", capped="")))
    what, en = ("纸质材料", "Paper copies") if step.label == PAPER_STEP else (step.label, "Electronic copies")
    if now > kb.deadline:
        web = web_word(kb)  # none: '即日起至6月6日…向…推荐单位报送申报材料', the firms' own step
        return (view, f"{what}（仅适用于已按时{web}提交的单位，{web or '企业'}申报已经截止）：",
                f"{en} (only for those who submitted online; online submission is closed): ")
    return view, f"{what}：", f"{en}: "


def paper_undated(kb: Knowledge, norm: str, now: dt.datetime | None = None) -> tuple[str, str] | None:
    """A plan for the paper copies of a notice that dates only the online submission ("纸质的明天一早寄出，来得及不"):
    (Chinese, English) saying so, instead of judging the day against the online deadline; or that dates them from one's own."""
    from .own_due import own_paper_due  # ('我们3月9号就网上交了，纸质的最晚哪天': the notice's days after one's own submission)
    if now is not None and (own := own_paper_due(kb, now, norm)):
        return own
    sub = kb.notice.submission
    if sub and sub.no_paper and about_paper(norm):  # "纸质的6月5号快递过去来得及吧" when none is sent
        return f"纸质材料：不需要寄送。通知写明：“{sub.no_paper}。”", f"Paper copies: none are needed (“{sub.no_paper}”)."
    if not sub or not sub.site or not about_paper(norm) or any(x.label == PAPER_STEP for x in sub.deadlines) \
            or any(u.due for u in (kb.notice.units.items if kb.notice.units else ())):  # each unit dates its own
        return None
    if said := next((m.group(0).strip("，, ") for c in kb.notice.passages if (m := _PAPER_AFTER.search(c.text))), ""):
        return (f"纸质材料：通知写的是“{said}”，按网上截止后的天数计算，不是固定日期；具体哪天截止请向咨询电话确认。",
                f"Paper copies: the notice says “{said}” (counted from the online deadline); ask the hotline for the exact day.")
    return ("纸质材料：通知没有规定纸质材料的寄送截止日期，上面的截止时间是网上申报的；寄送时间请向咨询电话确认。",
            "Paper copies: the notice sets no date for them; the deadline above is for online submission. Ask the hotline.")


# The paper copies dated only after the online deadline ('网上申报截止后5个工作日内，申报企业将纸质材料…报送至…').
_PAPER_AFTER = lazy(r"[^。；]*?(?:截止后|截止之日起|结束后|之日起)\s*(?:\d+|[一二三四五六七八九十]+)\s*个?(?:工作日|自然日|日|天)(?:内|之内)"
                    r"[^。；]*?纸质[^。；]*|[^。；]*纸质[^。；]*?(?:截止后|截止之日起|结束后)\s*(?:\d+|[一二三四五六七八九十]+)\s*个?(?:工作日|自然日|日|天)(?:内|之内)")


UNITS_STEP = "推荐单位报送"
_SIGN_UP = lazy(r"注册(?!地|资本|满|成立|时间|日期|了|的企业)|账号|开户|\bsign ?up\b|\bregister\b")


def _core(zone: str) -> str:
    """A zone's own name without its kind ('临港新片区' -> '临港'), as a message may say it; '' when too short to tell."""
    core = re.sub(r"新?(?:开发区|保税区|功能区|园区|新区|自贸区|高新区|片区|港区|合作区)$", "", zone)
    return core if len(core) >= 2 else "\0"


_ZONE = lazy(r"[\u4e00-\u9fff]{2,10}?(?:开发区|保税区|功能区|园区|新区|自贸区|高新区|片区|港区|合作区)")


# The units' step dated only after the applicants' ('于企业申报截止后10个工作日内'): quoted as written, never counted.
_AFTER = lazy(r"[^。；]*?(?:推荐单位|各区|各县|区县|县（市、区）|市（区）|各市区|旗县|各地|各乡镇|各镇|各街道|各镇街)"
              r"[^。；]{0,40}?(?:截止后|截止之日起|之日起|收到[^。；]{0,12}后)\s*"
              r"(?:\d+|[一二三四五六七八九十]+)\s*个?(?:工作日|自然日|日|天)(?:内|之内)[^。；]*")
_UNITS_ASKED = lazy(r"推荐单位|区里报|县里报|区里推荐|推荐的?截止|报市|报到市|报给市|区县报|报送市|初审|\b(units?|districts?)\b")


def units_after(kb: Knowledge, norm: str) -> tuple[str, str] | None:
    """(the sentence, its clause) of a units' step the notice dates after the applicants' deadline, when the message
    asks about the units ('区里报市里截止是哪天') and no units' step has a date of its own."""
    sub = kb.notice.submission
    if not sub or any(x.label.startswith("推荐单位") for x in sub.deadlines) or not _UNITS_ASKED.search(norm):
        return None
    found = [(len(c.clause), m.group(0).strip("，, "), c.clause) for c in kb.notice.passages if (m := _AFTER.search(c.text))]
    if not found and any(re.search(r"推荐|初审|审核", x.text) for x in sub.deadlines):
        return None  # a units' step the notice dates, labelled otherwise ('区级初审推荐 | 5月25日至6月12日'): listed above
    if not found:  # no date for the units at all: say so, not the applicants' date as if it were theirs
        return "通知没有规定推荐单位审核推荐的截止时间，上面是企业的申报截止时间；推荐单位的安排请以主管部门通知为准", sub.clause
    return max(found)[1:]  # the innermost clause that says it


# A message about the units' own step ('推荐汇总表几号前报市里'), not a firm's about its unit ('推荐单位盖章要多久').
OFFICER = lazy(r"我是[^，,。？?！!]{0,12}(?:局|委|推荐单位|管委会)的|我们(?:市|区|县|州)(?:经信|工信|商务|科经|经委)")  # a unit's officer
_UP = (r"汇总表|报(?:到|给|送)?(?:市里|省里|市局|省厅|厅里|局里)|区里报|县里报"  # the units' own report upwards
       r"|推荐单位[^，,。？?]{0,4}(?:几点|几号|哪天|什么时候|何时|最晚|截止)")
_STEP_ASKED = lazy(r"推荐(?!单位)|审核|初审|\brecommend|" + _UP + "|" + OFFICER.pattern)
# "审核完什么时候报市里": the units' date comes first
UNITS_FIRST = lazy(_UP + r"|我们(?:区|县|市|镇|街道)里?(?:的)?(?:审核|推荐|初审|汇总)|" + OFFICER.pattern)


def units_still_due(kb: Knowledge, now: dt.datetime, norm: str) -> ExtraDeadline | None:
    """The recommending units' own step when the message asks of it ('推荐汇总表几号前报市里') and its day is still ahead
    (or today), after the applicants' deadline. A firm's "今天补交行不行" is not told of it."""
    sub = kb.notice.submission
    if not _STEP_ASKED.search(norm):
        return None
    steps = [x for x in (sub.deadlines if sub else ()) if x.label == UNITS_STEP]
    paper = [x for x in steps if re.search(r"纸质|寄", x.text)]  # the step of the kind asked: paper, or the online one
    steps = (paper if about_paper(norm) else [x for x in steps if x not in paper] if re.search(r"网上|系统|在线|线上", norm) else steps) or steps
    return next((x for x in steps if parse_deadline(x.when, kb.tz, kb.notice_path) >= now), None)  # at its hour: '17:00' is past at 17:40


_WHOSE = lazy(r"^\s*([^，。；：:]{2,16}?(?:企业|单位))[：:]")


def whose(step: ExtraDeadline) -> str:
    """'（临港新片区内企业）' for a step written for one kind of firm ('临港新片区内企业：于…前送达…'), else ''."""
    m = _WHOSE.match(step.text)
    return f"（{m.group(1)}）" if m else ""


def group_route(kb: Knowledge, norm: str) -> ExtraDeadline | None:
    """The paper step of the area the message names, when the notice routes that area's firms apart."""
    step = paper_due(kb, norm)[0]
    return step if step is not None and FOR_GROUP.match(step.text) else None


_NEW_USER = lazy(r"新用户|还没注册|没注册|未注册|没有注册|没有账号|没账号|还没有账号|第一次(?:用|登录|申报|报)|首次(?:使用|登录|申报)"
                 r"|\bnew user|not (?:yet )?registered")


def signup_closed(kb: Knowledge, now: dt.datetime, norm: str, en: bool = False) -> tuple[str, str] | None:
    """A new user asking after the notice's sign-up step has closed ('未在5月15日17:00前完成注册的新用户，将无法提交'):
    the applicants' deadline is not theirs."""
    sub = kb.notice.submission
    step = next((x for x in (sub.deadlines if sub else ()) if "注册" in x.label), None)
    if step is None or not _NEW_USER.search(norm):
        return None
    day, _, clock = step.when.partition(" ")
    hour, minute = (int(x) for x in (clock or "24:00").split(":"))
    due = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(0), kb.tz) + dt.timedelta(hours=hour, minutes=minute)
    if due > now:
        return None
    when = when_text(kb, step.when)
    return ((f"New users had to register by {when} ({step.text}); without an account you cannot submit this round." if en else
             f"您还没有注册账号：新用户须在{when}前完成注册（{step.text}），这一时间已过，按通知本期无法提交申报材料。"), step.clause)
