#!/usr/bin/env python3
"""Admin page render on a large database: each /admin page over 100,000 users (target ≤ 100 ms).

    python bench/admin_page.py [--users 100000] [--gaps 3000] [--rounds 9]

The database holds the users of bench/district_stats.py, `--gaps` unanswered questions in the retention window
(about 400 distinct wordings), 5,000 votes with comments and 30 days of answer counts. Each round renders a page
in-process (data, template and SVG charts; no HTTP).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from district_stats import populate  # noqa: E402
from stats import header, spread  # noqa: E402

from assistant.gaps import normalise  # noqa: E402
from assistant.router import Router  # noqa: E402
from handlers.admin.pages import PAGES, AdminSite  # noqa: E402
from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402
from storage.checklist import ChecklistStore  # noqa: E402
from storage.db import Store  # noqa: E402

SUBJECTS = ("注册资本", "奖金", "评审专家", "营收", "纳税", "专利数量", "员工人数", "外资企业", "分公司", "集团", "往届", "答辩",
            "公示", "复审", "授牌", "培训", "现场", "视频", "PPT", "盖骑缝章")


def more(store: Store, router: Router, gaps: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    now = router.now().astimezone(dt.UTC)
    keys = [u.district for u in router.kb.notice.units.items]
    rows = []
    for i in range(gaps):
        text = f"请问{rng.choice(SUBJECTS)}{rng.choice(['有要求吗', '怎么算', '需要多少', '可以吗'])}{'？' * (i % 2)}{rng.randint(1, 20)}"
        rows.append((router.kb.round_id, (now - dt.timedelta(minutes=i * 7)).isoformat(timespec="seconds"),
                     rng.choice(["telegram", "wecom", "wecom-kf"]), rng.choice(keys), text, normalise(text)))
    topics = list(router.kb.lexicon.intents)[:12]
    votes = [(router.kb.round_id, (now - dt.timedelta(days=i % 30)).date().isoformat(), "wecom", rng.choice(topics), "三（一）",
              rng.choice([1, 1, 1, -1]), "写得不清楚" if i % 10 == 0 else None) for i in range(5000)]
    days = [((now - dt.timedelta(days=i)).date().isoformat(), router.kb.round_id, "wecom", rng.randint(200, 900), 0)
            for i in range(30)]
    with store.transaction() as db:
        db.conn.executemany("INSERT INTO gaps(round, at, channel, district, text, norm) VALUES (?,?,?,?,?,?)", rows)
        db.conn.executemany("INSERT INTO feedback(round, day, channel, topic, clause, vote, comment) VALUES (?,?,?,?,?,?,?)", votes)
        db.conn.executemany("INSERT INTO answer_days(day, round, channel, answers, matched) VALUES (?,?,?,?,?)",
                            [(d, r, c, a, int(a * 0.9)) for d, r, c, a, _ in days])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--gaps", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args()
    header(f"admin pages over {args.users:,} users, {args.gaps:,} gaps, 5,000 votes")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        router = Router(Answerer(load_knowledge()), ChecklistStore(store), lambda: dt.datetime.now(dt.UTC))
        populate(store, router, args.users)
        more(store, router, args.gaps)
        site = AdminSite(router, "bench-token-0123456789")
        for page, name in PAGES.items():
            html = site.render_page(page)  # once unmeasured: template compilation, page cache
            times = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                site.render_page(page)
                times.append((time.perf_counter() - t) * 1000)
            print(f"/admin/{page:<10} {name:<6} {len(html) // 1024:>4} KB  {spread(times, 'ms', 1)}  (target ≤ 100 ms)")
        store.close()


if __name__ == "__main__":
    main()
