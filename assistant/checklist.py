"""The checklist feature: view, mark and unmark items, next step, progress, last round's list."""

from __future__ import annotations

from knowledge.phrasing import unit_lines
from storage.checklist import UserKey

from .types import Button, Command, Incoming, Reply, ReplyKind
from .view import ChecklistView, parse_numbers

PREVIOUS_WORDS = {"上期", "上一期", "上一轮", "上轮", "previous", "last"}


class ChecklistFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

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
        return Reply((note + "\n\n" if note else "") + text, buttons=tuple(buttons), kind=ReplyKind.CHECKLIST)

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


COMMANDS: tuple[Command, ...] = (
    Command("checklist", "我的申报清单；/checklist 上期 查看上一期", "My application checklist", ChecklistFeature.cmd_checklist),
    Command("done", "标记完成，如 /done 3、/done 1-4", "Mark items done", ChecklistFeature.cmd_done, args="N"),
    Command("undo", "撤销完成标记，如 /undo 3", "Unmark items", ChecklistFeature.cmd_undo, args="N"),
    Command("next", "下一步该做什么", "What to do next", ChecklistFeature.cmd_next),
    Command("progress", "我的进度", "My progress", ChecklistFeature.cmd_progress),
)
HIDDEN: tuple[Command, ...] = (  # the checklist's buttons; not in menus
    Command("toggle", "切换一项的完成状态", "Toggle an item", ChecklistFeature.cmd_toggle, args="N", menu=False),
)
