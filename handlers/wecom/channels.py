"""The WeCom self-built app and 微信客服 as Channels: what each can deliver besides answers to callbacks."""

from __future__ import annotations

from urllib.parse import quote

from assistant.types import ChannelName, Reply

from ..channel import CannotPush, Capabilities
from .api import WeComAPI


class WeComApp:
    """The self-built app: it pushes to corp members (reminders) and builds 微信客服 share links; text only."""

    name = ChannelName.WECOM
    capabilities = Capabilities(push=True, share=True)

    def __init__(self, api: WeComAPI, kf_id: str = "") -> None:
        self.api, self.kf_id = api, kf_id

    async def push(self, chat_id: str, reply: Reply) -> None:
        """An app message to the member `chat_id` (split when longer than WeCom allows)."""
        await self.api.send_text(chat_id, reply.plain())

    async def share(self, user: str, reply: Reply) -> None:
        """An officer's /share: the 微信客服 link whose scene_param is the district key, sent to the officer."""
        if not self.kf_id:
            await self.api.send_text(user, "未配置微信客服账号（WECOM_KF_ID），无法生成企业链接。")
            return
        url = await self.api.kf_contact_link(self.kf_id, "district")
        link = f"{url}{'&' if '?' in url else '?'}scene_param={quote(reply.share['district'])}"
        await self.api.send_text(user, f"{reply.text}（微信客服）：\n{link}\n企业用微信打开链接进入客服会话，即可看到本区推荐单位的联系方式。")


class WeComKf:
    """微信客服: replies only to a customer's message (at most 5, within 48 hours), so it cannot push; text only."""

    name = ChannelName.WECOM_KF
    capabilities = Capabilities()

    async def push(self, chat_id: str, reply: Reply) -> None:
        """WeCom refuses messages a customer did not prompt: reminders are declined at /remind on."""
        raise CannotPush(self.name)
