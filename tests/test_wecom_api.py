"""The WeCom API client against the local fake WeCom API: one token-retry path for JSON calls and file downloads."""

from __future__ import annotations

import asyncio

import pytest
from fake_wecom import AGENT_ID, CORP_ID, SECRET, FakeWeCom

from handlers.wecom.api import WeComAPI, WeComError


@pytest.fixture()
def fake():
    with FakeWeCom() as f:
        yield f


def run(fake: FakeWeCom, job):
    """Run `job(api)` with a fresh client on the fake, closing the client afterwards."""
    async def go():
        api = WeComAPI(CORP_ID, SECRET, AGENT_ID, fake.url)
        try:
            return await job(api)
        finally:
            await api.close()
    return asyncio.run(go())


def calls(fake: FakeWeCom, name: str) -> int:
    return len(fake.sent(name))


def test_expired_token_is_refreshed_once_for_calls_and_downloads(fake):
    fake.media["M1"] = b"PK\x03\x04draft"

    async def job(api: WeComAPI):
        await api.send_text("zhangsan", "第一条")
        fake.expire_current_token()
        await api.send_text("zhangsan", "第二条")  # 42001, new token, sent
        fake.expire_current_token()
        return await api.download_media("M1")  # the same path for a file download

    data, _ = run(fake, job)
    assert data == b"PK\x03\x04draft"
    assert fake.token_count == 3 and calls(fake, "gettoken") == 3
    assert [p["text"]["content"] for p in fake.sent("message/send")] == ["第一条", "第二条", "第二条"]
    assert calls(fake, "media/get") == 2


def test_a_token_rejected_twice_is_an_error_not_a_loop(fake):
    async def job(api: WeComAPI):
        await api.token()
        fake.expire_current_token()
        fake.expired.add(f"AT{fake.token_count + 1}")  # the refreshed token is refused too
        await api.call("message/send", {"touser": "x"})

    with pytest.raises(WeComError) as err:
        run(fake, job)
    assert err.value.errcode == 42001 and calls(fake, "message/send") == 2 and fake.token_count == 2


def test_download_errors_and_other_errcodes_are_not_retried(fake):
    async def job(api: WeComAPI):
        await api.download_media("missing")

    with pytest.raises(WeComError) as err:
        run(fake, job)
    assert err.value.errcode == 40007 and calls(fake, "media/get") == 1 and fake.token_count == 1
