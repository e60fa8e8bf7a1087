"""Greeting and help: /start (with a district deep link) and /help, from the command table."""

from __future__ import annotations

import re

from storage.checklist import UserKey

from .types import Command, Incoming, Reply


class WelcomeFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

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
        from .router import COMMANDS  # the whole table, assembled from every feature
        for c in COMMANDS:
            if c.officer_only and not self.is_officer(inc):
                continue
            lines.append(f"/{c.name}{' ' + c.args if c.args else ''} — {c.zh}")
        place = self.kb.example_place()
        lines.append(f"\n也可以直接说：“第3项完成了”“盖章已经办好了”“我做到哪一步了”“我是{place}的”。")
        lines.append(f"提问示例：申报条件？截止时间？在哪里提交？{place}的联系人？收费吗？")
        return Reply("\n".join(lines))


COMMANDS: tuple[Command, ...] = (
    Command("start", "开始使用，查看能做什么", "Start", WelcomeFeature.cmd_start),
    Command("help", "帮助与命令列表", "Help and commands", WelcomeFeature.cmd_help),
)
