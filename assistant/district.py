"""The district feature: /district, district buttons that never show internal keys."""

from __future__ import annotations

from knowledge.phrasing import unit_lines
from storage.checklist import UserKey

from .types import Button, Command, Incoming, Reply


class DistrictFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def _district_button(self, key: str) -> Button:
        name = self.answerer.resolver.display_name(key)
        return Button(name, f"/district {key}", f"/district {name}")

    def cmd_district(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        if not args:
            key = self.store.district(user)
            if key and key not in self.kb.geography.districts:  # set in another round, whose notice named other places
                current = "您之前设置的所在区不在本期通知的地区名单里，请重新设置。"
            else:
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


COMMANDS: tuple[Command, ...] = (
    Command("district", "设置所在区：/district 区名", "Set my district", DistrictFeature.cmd_district, args="区名"),
)
