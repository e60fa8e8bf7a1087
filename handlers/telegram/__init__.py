"""python-telegram-bot adapter: Update -> Incoming, Reply -> Telegram calls. Every answer comes from the core."""

from __future__ import annotations

import asyncio
import html
import io
import logging
import re

import segno
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType, MessageLimit, ParseMode
from telegram.error import BadRequest, InvalidToken
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from assistant.router import COMMANDS, Router
from assistant.types import ChannelName, Incoming, Reply, ReplyKind

from ..channel import APOLOGY, Capabilities, deliver_reminders
from .http import AiohttpRequest

logger = logging.getLogger(__name__)

CHANNEL = ChannelName.TELEGRAM.value
_HEADING = re.compile(r"^(【.*】|📋 .*|\[.*\])$")


# ------------------------------------------------------------ rendering
def to_html(text: str) -> str:
    """Escape everything (user text included), then bold the section headings."""
    return "\n".join(f"<b>{line}</b>" if _HEADING.match(line) else line for line in html.escape(text, quote=False).split("\n"))


def split_message(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Split at paragraph, then line, then hard boundaries so every part fits Telegram's limit."""
    parts: list[str] = []
    current = ""
    for para in text.split("\n"):
        while len(para) > limit:
            if current:
                parts.append(current)
                current = ""
            parts.append(para[:limit])
            para = para[limit:]
        candidate = f"{current}\n{para}" if current else para
        if len(candidate) > limit:
            parts.append(current)
            current = para
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts or [""]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in reply.buttons])


def share_link(username: str, district: str) -> str:
    """t.me deep link whose /start payload is the district key (Telegram allows ≤ 64 chars of A-Za-z0-9_-)."""
    return f"https://t.me/{username}?start={district}"


def qr_png(url: str) -> bytes:
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="png", scale=8, border=2)
    return buf.getvalue()


# ------------------------------------------------------------ update -> core
def addressed_text(update: Update, username: str, bot_id: int) -> tuple[str, bool]:
    """The text meant for the bot, and whether a group message is addressed to it at all."""
    msg = update.effective_message
    text = msg.text or ""
    if update.effective_chat.type == ChatType.PRIVATE:
        return text, True
    mention = f"@{username}".lower()
    if text.startswith("/"):
        head, _, rest = text.partition(" ")
        if "@" in head:
            name, _, target = head.partition("@")
            return (f"{name} {rest}".strip(), target.lower() == username.lower())
        return text, True
    if mention in text.lower():
        return re.sub(re.escape(mention), "", text, flags=re.I).strip(), True
    replied = msg.reply_to_message
    return text, bool(replied and replied.from_user and replied.from_user.id == bot_id)


def incoming(update: Update, text: str, addressed: bool) -> Incoming:
    chat = update.effective_chat
    return Incoming(CHANNEL, str(update.effective_user.id), text, chat_id=str(chat.id),
                    is_group=chat.type != ChatType.PRIVATE, addressed=addressed)


async def send_reply(bot: Bot, chat_id: int | str, reply: Reply) -> None:
    """Send a core Reply: split long text, buttons on the last part, a QR photo for share links."""
    if reply.kind == ReplyKind.SILENT:
        return
    if reply.share:
        link = share_link(bot.username, reply.share["district"])
        caption = f"{reply.text}：\n{link}\n企业打开链接并点 Start，即可看到本区推荐单位的联系方式。"
        await bot.send_photo(chat_id, photo=qr_png(link), caption=caption)
        return
    parts = split_message(reply.text)
    for i, part in enumerate(parts):
        markup = keyboard(reply) if i == len(parts) - 1 else None
        await bot.send_message(chat_id, to_html(part), parse_mode=ParseMode.HTML, reply_markup=markup)


class TelegramChannel:
    """Telegram as a Channel: it pushes reminders, shows inline buttons and builds t.me share links."""

    name = ChannelName.TELEGRAM
    capabilities = Capabilities(push=True, buttons=True, share=True)

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def push(self, chat_id: str, reply: Reply) -> None:
        await send_reply(self.bot, chat_id, reply)


# ------------------------------------------------------------ handlers
async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any text message or command: the core answers it."""
    dialog: Router = context.bot_data["dialog"]
    text, addressed = addressed_text(update, context.bot.username, context.bot.id)
    reply = dialog.respond(incoming(update, text, addressed))
    await send_reply(context.bot, update.effective_chat.id, reply)


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A draft sent as a file (private chats): downloaded and pre-checked like `bot.py check`."""
    from drafts.read import MAX_FILE_BYTES
    dialog: Router = context.bot_data["dialog"]
    doc = update.effective_message.document
    inc = incoming(update, update.effective_message.caption or "", True)
    if doc.file_size and doc.file_size > MAX_FILE_BYTES:
        await send_reply(context.bot, update.effective_chat.id, Reply("文件太大，上限 20 MB。", matched=False))
        return
    file = await context.bot.get_file(doc.file_id)
    data = bytes(await file.download_as_bytearray())
    await send_reply(context.bot, update.effective_chat.id, dialog.check_document(inc, data, doc.file_name or "draft"))


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An inline button: run its data as a message; checklist toggles edit the list in place."""
    dialog: Router = context.bot_data["dialog"]
    query = update.callback_query
    reply = dialog.respond(incoming(update, query.data or "", True))
    if reply.kind == ReplyKind.ACK:  # a rating: a toast, the answer above stays as it was
        await query.answer(reply.text[:200])
        return
    await query.answer()
    if reply.kind == ReplyKind.CHECKLIST and query.message is not None:
        try:
            await query.edit_message_text(to_html(split_message(reply.text)[0]), parse_mode=ParseMode.HTML,
                                          reply_markup=keyboard(reply))
        except BadRequest as exc:  # "message is not modified" when pressed twice quickly
            logger.debug("edit skipped: %s", exc)
        return
    await send_reply(context.bot, update.effective_chat.id, reply)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception and apologise to the user; the bot keeps running."""
    logger.error("update failed", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, APOLOGY)
        except Exception:  # the apology itself failed (network): already logged above
            logger.warning("could not send apology", exc_info=True)


async def send_reminders(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: send every reminder that is due now (the schedule itself lives in SQLite)."""
    await deliver_reminders(context.bot_data["dialog"], TelegramChannel(context.bot))


def schedule_reminders(app: Application) -> None:
    """(Re)create the reminder jobs at start-up: one per future point, plus a catch-up run now."""
    dialog: Router = app.bot_data["dialog"]
    now = dialog.now()
    app.job_queue.run_once(send_reminders, when=0, name="reminders-catch-up")
    for point, when in dialog.reminder_times():
        if when > now:
            app.job_queue.run_once(send_reminders, when=(when - now).total_seconds(), name=f"reminders-{point}")


def bot_commands(en: bool) -> list[BotCommand]:
    return [BotCommand(c.name, c.en if en else c.zh) for c in COMMANDS if not c.officer_only]


async def post_init(app: Application) -> None:
    """Command menu in Chinese (and English for other clients), and the reminder schedule."""
    await app.bot.set_my_commands(bot_commands(en=False), language_code="zh")
    await app.bot.set_my_commands(bot_commands(en=True))
    if app.job_queue is not None:
        schedule_reminders(app)


def build_application(dialog: Router, token: str, api_url: str = "https://api.telegram.org",
                      max_rate: float = 30.0, concurrent: int = 16) -> Application:
    """The PTB Application, every handler wired here."""
    api_url = api_url.rstrip("/")
    app = (ApplicationBuilder().token(token).base_url(f"{api_url}/bot").base_file_url(f"{api_url}/file/bot")
           .request(AiohttpRequest(connection_pool_size=concurrent + 4)).get_updates_request(AiohttpRequest(1))
           .rate_limiter(AIORateLimiter(overall_max_rate=max_rate, max_retries=2))
           .concurrent_updates(concurrent).post_init(post_init).build())
    app.bot_data["dialog"] = dialog
    app.add_handler(MessageHandler(filters.TEXT, on_message))
    app.add_handler(MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, on_document))
    app.add_handler(CallbackQueryHandler(on_callback))
    app.add_error_handler(on_error)
    return app


async def feed_update(app: Application, data: dict) -> None:
    """An update that arrived on a webhook served elsewhere (bot.py serve): queue it for the handlers."""
    if not isinstance(data, dict) or (update := Update.de_json(data, app.bot)) is None:
        raise ValueError("not an update: a non-empty JSON object is expected")
    await app.update_queue.put(update)


class TokenRejected(Exception):
    """Telegram refused the bot token."""


async def check_token(app: Application) -> str:
    """getMe once: a rejected token fails fast (TokenRejected) instead of retrying forever."""
    try:
        async with app.bot:
            me = await asyncio.wait_for(app.bot.get_me(), timeout=30)
    except InvalidToken:
        raise TokenRejected() from None
    return me.username
