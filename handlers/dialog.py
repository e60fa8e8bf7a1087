"""Channel-neutral conversation core: Incoming -> Reply. Channels only translate to and from these."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from knowledge.answer import Answerer
from knowledge.model import Knowledge
from knowledge.render import countdown, unit_lines
from storage.checklist import ChecklistStore, UserKey
from storage.reminders import ReminderStore

from .checklist import ChecklistView, parse_numbers

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
MAX_PASTE_CHARS = 30_000  # a pasted draft section to check may be long
_PASTE = re.compile(r"^(请|麻烦)?(帮我|帮忙)?(检查|预检|查一下|查查|看看|看一下)(一下)?(我的|这段|这个)?"
                    r"(?P<part>[^：:\n]{0,24}?)[：:]\s*(?P<body>.+)$", re.S)
CONFIRM_WORDS = {"确认", "确定", "confirm", "yes"}
PREVIOUS_WORDS = {"上期", "上一期", "上一轮", "上轮", "previous", "last"}
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.S)


@dataclass(frozen=True)
class Incoming:
    """What the core sees of any platform's message."""

    channel: str
    user_id: str
    text: str
    chat_id: str = ""
    is_group: bool = False
    addressed: bool = True  # in a group: a command, a mention or a reply to the bot
    is_officer: bool = False
    via: str = ""  # the delivering channel when it differs from the user's channel (e.g. the WeCom AI bot)


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # sent back as if the user had typed it (≤ 64 bytes, Telegram's callback_data limit)
    typed: str = ""  # what to type on a channel without buttons, when it differs from data (no internal keys)

    @property
    def text(self) -> str:
        return self.typed or self.data


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    kind: str = "text"  # text | checklist (edited in place by channels that can) | silent
    matched: bool = True
    share: dict = field(default_factory=dict)  # officer share-link request: {"district": key}

    def plain(self) -> str:
        """Text for channels without buttons: choices become a line of replies the user can type."""
        if self.kind == "silent":
            return ""
        if self.share:
            return (f"{self.text}：这个渠道不能生成链接（Telegram 链接需要机器人的用户名，企业微信链接需要微信客服账号）。"
                    f"请在 Telegram 或企业微信应用中发送 /share。")
        if self.buttons and self.kind != "checklist":
            return self.text + "\n可回复：" + " ｜ ".join(b.text for row in self.buttons for b in row)
        return self.text


@dataclass(frozen=True)
class Command:
    name: str
    zh: str
    en: str
    officer_only: bool = False
    args: str = ""


# One table drives /help, Telegram's command menu and the README's command list.
COMMANDS: tuple[Command, ...] = (
    Command("start", "开始使用，查看能做什么", "Start"),
    Command("help", "帮助与命令列表", "Help and commands"),
    Command("checklist", "我的申报清单；/checklist 上期 查看上一期", "My application checklist"),
    Command("done", "标记完成，如 /done 3、/done 1-4", "Mark items done", args="N"),
    Command("undo", "撤销完成标记，如 /undo 3", "Unmark items", args="N"),
    Command("next", "下一步该做什么", "What to do next"),
    Command("progress", "我的进度", "My progress"),
    Command("district", "设置所在区：/district 区名", "Set my district", args="区名"),
    Command("remind", "截止提醒：/remind on 或 /remind off", "Deadline reminders on/off", args="on|off"),
    Command("forget", "删除我的全部记录", "Erase my data"),
    Command("share", "（区工作人员）生成本区企业的专属链接", "(Officers) share link for a district", True, "区名"),
)


class Dialog:
    """The conversation: commands, checklist talk, and questions answered from the knowledge base."""

    def __init__(self, answerer: Answerer, store: ChecklistStore, now: Callable[[], dt.datetime],
                 officers: frozenset[str] = frozenset(), bot_name: str = "标杆助手",
                 remind_days: tuple[int, ...] = (7, 3, 1),
                 reminder_channels: frozenset[str] = frozenset({"telegram", "wecom"}),
                 earlier: tuple[Knowledge, ...] = ()) -> None:
        self.answerer, self.kb, self.now = answerer, answerer.kb, now
        self.store = store.for_round(self.kb.round_id)  # checklist state belongs to the notice's round
        self.store.adopt_legacy()
        self.reminders = ReminderStore(store.store, self.kb.round_id)
        self.remind_days = tuple(sorted(set(remind_days), reverse=True))
        self.reminder_channels = reminder_channels  # channels whose adapters push reminders
        self.view = ChecklistView(self.kb)
        self.earlier = {k.round_id: k for k in earlier if k.round_id != self.kb.round_id}  # past rounds' notices
        self.officers = officers
        self.bot_name = bot_name
        self._handlers = {c.name: getattr(self, f"cmd_{c.name}") for c in COMMANDS}
        self._handlers["toggle"] = self.cmd_toggle  # checklist buttons; not in the menu

    # ------------------------------------------------------------ entry
    def respond(self, inc: Incoming) -> Reply:
        """Answer one message. Expected problems become helpful replies; nothing here does network I/O."""
        text = (inc.text or "").strip()
        if inc.is_group and not inc.addressed:
            return Reply("", kind="silent")
        user = UserKey(inc.channel, inc.user_id)
        if (m := _PASTE.match(text)) and len(text) <= MAX_PASTE_CHARS:
            return self.check_pasted(user, m.group("part"), m.group("body"))
        if len(text) > MAX_MESSAGE_CHARS:
            return Reply(f"消息太长了（{len(text)} 字）。请把问题缩短到 {MAX_MESSAGE_CHARS} 字以内。", matched=False)
        if self.store.pending(user):
            action = self.store.pop_pending(user)
            if action == "forget":
                if text.lower() in CONFIRM_WORDS:
                    self.store.forget(user)
                    return Reply("🗑 已删除您在本助手中的全部记录（清单进度、所在区、提醒设置）。")
                if not text.startswith("/"):
                    return Reply("已取消删除，您的记录保持不变。")
        if m := _COMMAND.match(text):
            name, args = m.group(1).lower(), (m.group(2) or "").strip()
            handler = self._handlers.get(name)
            if handler is None:
                return Reply(f"没有 /{name} 这个命令。发送 /help 查看可用命令。", matched=False)
            cmd = next((c for c in COMMANDS if c.name == name), None)
            if cmd and cmd.officer_only and not self.is_officer(inc):
                return Reply("这个命令仅供区主管部门工作人员使用。如您是工作人员，请联系管理员开通。", matched=False)
            return handler(user, args, inc)
        if not text:
            return Reply("请发送您的问题，或发送 /help 查看我能做什么。", matched=False)
        return self._talk(user, text, inc)

    def is_officer(self, inc: Incoming) -> bool:
        return inc.is_officer or f"{inc.channel}:{inc.user_id}" in self.officers

    def _talk(self, user: UserKey, text: str, inc: Incoming) -> Reply:
        talk = self.view.read(text)
        if talk.kind == "done" and talk.numbers:
            return self.cmd_done(user, str(talk.numbers[0]), inc)
        if talk.kind == "undo" and talk.numbers:
            return self.cmd_undo(user, str(talk.numbers[0]), inc)
        if talk.kind == "done" and talk.steps:
            if len(talk.steps) == 1:
                return self.cmd_done(user, str(talk.steps[0]), inc)
            options = [Button(f"{n}. {self.view.steps[n - 1].title}", f"/done {n}") for n in talk.steps]
            return Reply("您指的是哪一项？请回复 /done 编号：\n" + "\n".join(b.label for b in options),
                         buttons=tuple((b,) for b in options))
        if talk.kind == "progress":
            return self.cmd_progress(user, "", inc)
        if talk.kind == "next":
            return self.cmd_next(user, "", inc)
        prefix = ""
        if talk.kind == "district":
            res = self.answerer.resolver.resolve(text)
            if res.resolved and len(res.districts) == 1:
                self.store.set_district(user, res.districts[0])
                prefix = f"📍 已记住：您所在区为{self.answerer.resolver.display_name(res.districts[0])}。\n\n"
        answer = self.answerer.answer(text, self.now(), home=self.store.district(user))
        buttons = tuple((self._district_button(k),) for k in answer.district_choices)
        return Reply(prefix + answer.text, buttons=buttons, matched=answer.matched or bool(prefix))

    # ------------------------------------------------------------ draft pre-check
    def _checker(self):
        from drafts.check import DraftChecker
        if not hasattr(self, "_draft_checker"):
            self._draft_checker = DraftChecker(self.kb)
        return self._draft_checker

    def _tick_offer(self, report, docx: bool) -> tuple[tuple[Button, ...], ...]:
        """After a passing full check, offer (never force) to tick the matching checklist items."""
        if not report.ok:
            return ()
        wanted = {"materials"} | ({"format"} if docx else set())
        numbers = [i for i, s in enumerate(self.view.steps, 1) if s.guide_from in wanted]
        return tuple((Button(f"✅ 标记第 {n} 项完成：{self.view.steps[n - 1].title}", f"/done {n}"),) for n in numbers)

    def check_pasted(self, user: UserKey, part_word: str, body: str) -> Reply:
        """“帮我检查摘要：……”: one part's rules; without a part name, the whole pasted draft."""
        from drafts.read import read_text
        from drafts.report import render
        checker = self._checker()
        key = checker.heading_of(part_word.strip())[0] if part_word.strip() else None
        draft = read_text(body)
        report = checker.check(draft, only=key) if key else checker.check(draft)
        return Reply(render(report), buttons=() if key else self._tick_offer(report, False))

    def check_document(self, inc: Incoming, data: bytes, filename: str) -> Reply:
        """A .docx/.txt/.md sent in chat: the same check as `bot.py check`."""
        from drafts.read import DraftError, read_bytes
        from drafts.report import render
        try:
            draft = read_bytes(data, filename)
        except DraftError as exc:
            return Reply(f"无法检查“{filename[:60]}”：{exc}", matched=False)
        report = self._checker().check(draft)
        return Reply(render(report, filename[:60]), buttons=self._tick_offer(report, draft.source == "docx"))

    # ------------------------------------------------------------ helpers
    def _district_button(self, key: str) -> Button:
        name = self.answerer.resolver.display_name(key)
        return Button(name, f"/district {key}", f"/district {name}")

    def _unit_text(self, user: UserKey) -> tuple[str, bool]:
        key = self.store.district(user)
        unit = self.kb.unit_for(key) if key else None
        if not unit:
            return "", False
        return "您的推荐单位：" + "；".join(unit_lines(unit, False)[0:]) + f"（出处：{self.kb.notice.units.clause}）", True

    def _short_unit(self, user: UserKey) -> str:
        key = self.store.district(user)
        unit = self.kb.unit_for(key) if key else None
        return f"{unit.name} {unit.person} {unit.phone}" if unit else ""

    def checklist_reply(self, user: UserKey, note: str = "") -> Reply:
        done = self.store.done(user)
        text = self.view.checklist(done, self.now(), self._short_unit(user))
        buttons = []
        row: list[Button] = []
        for i, s in enumerate(self.view.steps, 1):
            row.append(Button(f"{'✅' if s.id in done else '⬜'} {i}", f"/toggle {i}"))
            if len(row) == 4:
                buttons.append(tuple(row))
                row = []
        if row:
            buttons.append(tuple(row))
        return Reply((note + "\n\n" if note else "") + text, buttons=tuple(buttons), kind="checklist")

    # ------------------------------------------------------------ commands
    def cmd_start(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """Greeting; a deep-link payload naming a district key sets the user's district."""
        greeting = (f"您好！我是{self.bot_name}，解答{self.kb.notice.meta.programme_full}"
                    f"（{self.kb.notice.meta.doc_number}）的申报问题，并帮您记录申报清单。\n")
        payload = args.strip()
        if payload and re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload) and self.kb.unit_for(payload):
            self.store.set_district(user, payload)
            unit = self.kb.unit_for(payload)
            name = self.answerer.resolver.display_name(payload)
            greeting += (f"\n📍 您来自{name}，推荐单位：{unit.name}\n地址：{unit.address}\n联系人：{unit.person}　"
                         f"电话：{unit.phone}（出处：{self.kb.notice.units.clause}）\n")
        greeting += "\n直接提问即可，例如：“截止时间是什么时候”“盖什么章”“摘要写多少字”。\n发送 /checklist 查看申报清单，/help 查看全部命令。"
        return Reply(greeting)

    def cmd_help(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        lines = ["可用命令："]
        for c in COMMANDS:
            if c.officer_only and not self.is_officer(inc):
                continue
            lines.append(f"/{c.name}{' ' + c.args if c.args else ''} — {c.zh}")
        place = self.kb.example_place()
        lines.append(f"\n也可以直接说：“第3项完成了”“盖章已经办好了”“我做到哪一步了”“我是{place}的”。")
        lines.append(f"提问示例：申报条件？截止时间？在哪里提交？{place}的联系人？收费吗？")
        return Reply("\n".join(lines))

    def cmd_checklist(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """This round's checklist; `/checklist 上期` shows the previous round's, read only."""
        if args.strip().lower() in PREVIOUS_WORDS:
            return self.previous_checklist(user)
        return self.checklist_reply(user)

    def previous_checklist(self, user: UserKey) -> Reply:
        past = [r for r in self.store.rounds(user) if r != self.kb.round_id]
        if not past:
            return Reply("没有上一期的清单记录。发送 /checklist 查看本期清单。", matched=False)
        done = self.store.for_round(past[0]).done(user)
        kb = self.earlier.get(past[0])
        if kb is None:
            return Reply(f"上一期（{past[0]}）：已完成 {len(done)} 项。该期通知已不在知识库中，无法列出各项名称。")
        view = ChecklistView(kb)
        return Reply(f"上一期（{past[0]}）的清单，仅供查看：\n" + view.checklist(done, self.now()).rsplit("\n", 1)[0])

    def _numbers(self, args: str) -> tuple[list[int], str]:
        return parse_numbers(args, len(self.view.steps))

    def _set_done(self, user: UserKey, args: str, done: bool) -> Reply:
        """/done and /undo: validate every number first, then change all of them in one transaction."""
        numbers, error = self._numbers(args)
        if error:
            return Reply(error if done else error.replace("/done", "/undo"), matched=False)
        ids = [self.view.steps[n - 1].id for n in numbers]
        changed = (self.store.mark if done else self.store.unmark)(user, ids)
        items = "、".join(str(n) for n in numbers)
        if done:
            note = f"✅ 已标记完成：第 {items} 项。" if changed else f"第 {items} 项之前已经标记为完成。"
        else:
            note = f"↩️ 已撤销：第 {items} 项。" if changed else f"第 {items} 项本来就未完成，无需撤销。"
        return self.checklist_reply(user, note)

    def cmd_done(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        return self._set_done(user, args, True)

    def cmd_undo(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        return self._set_done(user, args, False)

    def cmd_toggle(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """Button press on the checklist: flip one item and show the list again."""
        numbers, error = self._numbers(args)
        if error or len(numbers) != 1:
            return Reply(error or "请只选择一项。", matched=False)
        step = self.view.steps[numbers[0] - 1]
        if step.id in self.store.done(user):
            self.store.unmark(user, [step.id])
        else:
            self.store.mark(user, [step.id])
        return self.checklist_reply(user)

    def cmd_next(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        done = self.store.done(user)
        n = self.view.first_open(done)
        if n is None:
            return Reply("🎉 清单上的步骤都已完成！发送 /checklist 查看。")
        unit_text, known = self._unit_text(user)
        return Reply(self.view.guide(n, unit_text, known), buttons=((Button(f"✅ 第 {n} 项已完成", f"/done {n}"),),))

    def cmd_progress(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        return Reply(self.view.progress(self.store.done(user), self.now()))

    def cmd_district(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        if not args:
            key = self.store.district(user)
            current = f"当前所在区：{self.answerer.resolver.display_name(key)}。" if key else "还没有设置所在区。"
            return Reply(f"{current}用法：/district 区名，例如 /district {self.kb.example_place()}。")
        if self.kb.unit_for(args.strip()):
            key = args.strip()
        else:
            res = self.answerer.resolver.resolve(args)
            if res.ambiguous or len(res.districts) > 1:
                keys = res.candidates or res.districts
                return Reply("这个地名涉及多个区，请选择：", buttons=tuple((self._district_button(k),) for k in keys))
            if not res.resolved:
                names = "、".join(self.answerer.resolver.display_name(u.district) for u in self.kb.notice.units.items)
                return Reply(f"没认出“{args[:30]}”是哪个区。可选：{names}。", matched=False)
            key = res.districts[0]
        self.store.set_district(user, key)
        unit = self.kb.unit_for(key)
        return Reply(f"📍 已记住：您所在区为{self.answerer.resolver.display_name(key)}。\n"
                     + "\n".join(unit_lines(unit, False)) + f"\n（出处：{self.kb.notice.units.clause}）")

    def cmd_forget(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        self.store.set_pending(user, "forget")
        return Reply("⚠️ 确定要删除您在本助手中的全部记录（清单进度、所在区、提醒设置）吗？\n回复“确认”删除；回复其他任何内容取消。",
                     buttons=((Button("确认删除", "确认"), Button("取消", "取消")),))

    def cmd_share(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        res = self.answerer.resolver.resolve(args) if args else None
        if not res or not res.resolved or len(res.districts) != 1:
            return Reply(f"用法：/share 区名，例如 /share {self.kb.example_place()}（生成本区企业专用的链接）。", matched=False)
        key = res.districts[0]
        return Reply(f"{self.answerer.resolver.display_name(key)}专属链接", share={"district": key})

    def cmd_remind(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """Opt in or out of deadline reminders (sent by channels that can push messages)."""
        arg = args.strip().lower()
        days = "、".join(str(d) for d in self.remind_days)
        if (inc.via or inc.channel) not in self.reminder_channels:
            return Reply("这个渠道不能主动推送消息，截止提醒请在 Telegram 或企业微信应用中开启。"
                         "也可以随时发送 /progress 查看进度和倒计时。", matched=False)
        if arg in ("on", "开", "开启", "打开"):
            if self.now() >= self.kb.deadline:
                return Reply("本期申报已经截止，不再发送提醒。", matched=False)
            self.reminders.set(user, inc.chat_id or inc.user_id, True)
            return Reply(f"🔔 已开启截止提醒：将在截止前 {days} 天提醒您，并列出还没完成的步骤。发送 /remind off 可关闭。")
        if arg in ("off", "关", "关闭"):
            self.reminders.set(user, inc.chat_id or inc.user_id, False)
            return Reply("🔕 已关闭截止提醒。")
        state = "已开启" if self.reminders.enabled(user) else "未开启"
        return Reply(f"截止提醒{state}（截止前 {days} 天）。用法：/remind on 或 /remind off。")

    def reminder_times(self) -> list[tuple[str, dt.datetime]]:
        """(point id, when) for each reminder point, earliest first."""
        return [(f"d{d}", self.kb.deadline - dt.timedelta(days=d)) for d in self.remind_days]

    def due_reminders(self, channel: str) -> list[tuple[str, str]]:
        """(chat id, text) for every opted-in user due a reminder now; each point is sent at most once."""
        now = self.now()
        if now >= self.kb.deadline:
            return []
        passed = [p for p, when in self.reminder_times() if when <= now]
        out = []
        for user, chat_id in self.reminders.subscribers(channel):
            done = self.store.done(user)
            open_items = [f"{i}. {s.title}" for i, s in enumerate(self.view.steps, 1) if s.id not in done]
            if not open_items or not self.reminders.claim(user, passed):
                continue
            out.append((chat_id, f"⏰ {countdown(self.kb, now)}\n您还有 {len(open_items)} 项未完成：\n"
                        + "\n".join(open_items) + "\n发送 /next 查看下一步，/remind off 关闭提醒。"))
        return out
