"""District statistics for officers: scripted users on several channels, the "<3" rule, who may see what."""

from __future__ import annotations

import pytest
from conftest import BEFORE

from assistant.officers import bind_officers
from assistant.router import Router
from assistant.stats import BUCKETS, aggregate, bucket, shown
from assistant.types import Incoming
from storage.checklist import ChecklistStore
from storage.db import Store

OFFICERS = frozenset({"wecom:zhang@minhang", "telegram:123@pudong+临港", "console:root", "wecom:li@闵行区"})


@pytest.fixture()
def dialog(answerer, tmp_path):
    store = Store(tmp_path / "stats.sqlite3")
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE, OFFICERS)
    yield d
    store.close()


def say(d: Router, channel: str, user: str, text: str):
    return d.respond(Incoming(channel, user, text))


def populate(d: Router) -> None:
    """Minhang: 6 enterprises over three channels; Pudong: 2 (below the threshold); one person with no district."""
    for i in range(3):  # arrived through Minhang's share links
        say(d, "telegram", f"{100 + i}", "/start minhang")
        say(d, "wecom-kf", f"kf{i}", "/start minhang")
    for u in ("100", "101"):
        say(d, "telegram", u, "/done 1-2")
    say(d, "wecom-kf", "kf0", "/done 1-11")
    say(d, "wecom-kf", "kf1", "/done 1-5")
    say(d, "console", "walker", "/district 浦东")
    say(d, "console", "walker2", "我是浦东的")
    say(d, "console", "nowhere", "/done 1")


def test_officer_sees_their_district_with_small_counts_hidden(dialog):
    populate(dialog)
    text = say(dialog, "wecom", "zhang", "/stats").text
    assert "【闵行区】" in text and "进入助手的企业：6" in text
    assert "已开始清单：4" in text and "全部完成：<3" in text
    assert "未开始" in text and "≤25%" in text and "卡住最多的一步：第 3 步" in text and "（<3 家）" in text
    assert "距离截止还有" in text
    assert "浦东" not in text and "minhang" not in text  # other districts and internal keys stay out
    for secret in ("100", "kf0", "walker", "telegram", "wecom-kf"):
        assert secret not in text.replace("100%", "")


def test_small_district_shows_no_distribution(dialog):
    populate(dialog)
    text = say(dialog, "telegram", "123", "/stats").text
    assert "【浦东新区】" in text and "进入助手的企业：<3" in text and "暂不显示分布" in text
    assert "【临港新片区】" in text and "进入助手的企业：0" in text
    assert "闵行" not in text


def test_commission_sees_every_district_and_chinese_binding_works(dialog):
    populate(dialog)
    overview = say(dialog, "console", "root", "/stats").text
    assert "闵行区：6｜4｜<3" in overview and "浦东新区：<3" in overview and "未设置所在区" in overview
    assert "合计：9 家" in overview
    assert "【闵行区】" in say(dialog, "wecom", "li", "我们区的情况").text  # bound by its Chinese name
    assert "【浦东新区】" in say(dialog, "console", "root", "/stats 浦东").text


def test_refusals(dialog):
    populate(dialog)
    assert "仅供" in say(dialog, "telegram", "100", "/stats").text
    assert "只能查看本人负责的区" in say(dialog, "wecom", "zhang", "/stats 浦东").text
    assert "没认出" in say(dialog, "wecom", "zhang", "/stats 火星").text
    assert "进入助手的企业" not in say(dialog, "telegram", "100", "我们区的情况").text  # not an officer: an ordinary answer


def test_binding_rules(answerer):
    kb, res = answerer.kb, answerer.resolver
    o = bind_officers(["wecom:a@minhang", "telegram:1@pudong+lingang", "console:root", "telegram:9", "wecom:b@火星",
                       "wecom:c@corp.example@松江", "nonsense"], kb, res)
    assert o.districts("wecom:a") == {"minhang"} and o.districts("telegram:1") == {"pudong", "lingang"}
    assert o.districts("console:root") is None and o.districts("telegram:9") is None
    assert o.districts("wecom:b") == frozenset()  # an unknown district gives nothing, never everything
    assert o.districts("wecom:c@corp.example") == {"songjiang"}
    assert len(o.problems) == 2 and o.districts("wecom:nobody") == frozenset()


def test_bucket_and_masking_helpers():
    assert [shown(n) for n in (0, 1, 2, 3, 40)] == ["0", "<3", "<3", "3", "40"]
    assert [bucket(d, 11) for d in (0, 1, 2, 3, 5, 6, 8, 9, 10, 11)] == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5]
    per = aggregate([("x", 0b0111, 2), ("x", 0b1011, 1), ("x", 0, 4), ("x", 0b1111, 1)], 4)
    buckets, stuck = per["x"]
    assert buckets == [4, 0, 0, 3, 0, 1] and len(buckets) == len(BUCKETS)
    assert stuck == {4: 2, 3: 1}


def test_share_link_arrivals_counted_for_the_officer_over_telegram(answerer, tmp_path):
    """Enterprises open the district's t.me link (/start payload), the bound officer asks /stats: all through PTB."""
    import asyncio

    from fake_telegram import GOOD_TOKEN, FakeBotAPI

    from handlers.telegram import build_application, post_init

    store = Store(tmp_path / "tg.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE, frozenset({"telegram:900@闵行"}))

    async def scenario(fake: FakeBotAPI) -> str:
        app = build_application(dialog, GOOD_TOKEN, fake.url, max_rate=0)
        async with app:
            await post_init(app)
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                for user in (301, 302, 303, 304):
                    fake.text(user, "/start minhang")
                    await asyncio.to_thread(fake.wait, "sendMessage", 1, user)
                fake.text(301, "/done 1-3")
                await asyncio.to_thread(fake.wait, "sendMessage", 2, 301)
                fake.text(305, "/start xuhui")
                await asyncio.to_thread(fake.wait, "sendMessage", 1, 305)
                fake.text(900, "/stats")
                (msg,) = await asyncio.to_thread(fake.wait, "sendMessage", 1, 900)
                fake.text(301, "/stats")
                refused = await asyncio.to_thread(fake.wait, "sendMessage", 3, 301)
                assert "仅供" in refused[2]["text"]
                return msg["text"]
            finally:
                await app.updater.stop()
                await app.stop()

    with FakeBotAPI() as fake:
        text = asyncio.run(scenario(fake))
    assert "闵行区" in text and "进入助手的企业：4" in text and "已开始清单：&lt;3" in text  # HTML-escaped for Telegram
    assert "徐汇" not in text and "301" not in text
    store.close()
