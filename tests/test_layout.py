"""The import rules of the architecture: one direction, platform libraries only in their adapters."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(path: Path) -> set[str]:
    """Absolute module names a file imports (relative imports resolved against its package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                out.add(".".join((*base, node.module)) if node.module else ".".join(base))
            else:
                out.add(node.module or "")
    return out


def modules(folder: str):
    yield from sorted((ROOT / folder).rglob("*.py"))


def test_knowledge_and_storage_stand_alone():
    for path in modules("knowledge"):
        bad = {m for m in imports(path) if m.split(".")[0] in {"storage", "handlers", "drafts", "telegram", "httpx"}}
        assert not bad, (path.name, bad)
    for path in modules("storage"):
        bad = {m for m in imports(path) if m.split(".")[0] in {"knowledge", "handlers", "drafts", "telegram"}}
        assert not bad, (path.name, bad)
    for path in modules("drafts"):
        bad = {m for m in imports(path) if m.split(".")[0] in {"handlers", "storage", "telegram"}}
        assert not bad, (path.name, bad)


def test_platform_libraries_only_in_their_adapters():
    for folder in ("knowledge", "storage", "drafts", "handlers", "assistant"):
        for path in modules(folder):
            rel = path.relative_to(ROOT).as_posix()
            mods = imports(path)
            if any(m == "telegram" or m.startswith("telegram.") for m in mods):
                assert rel.startswith("handlers/telegram/"), rel  # the adapter and its HTTP client
            if any(m.startswith("handlers.wecom") for m in mods) and not rel.startswith("handlers/wecom/"):
                assert rel == "handlers/server.py", rel  # the HTTP host routes callbacks to the WeCom handler
            if any(m.split(".")[0] in {"starlette", "uvicorn"} for m in mods):
                assert rel == "handlers/server.py", rel


def test_core_does_no_network_io():
    for path in modules("assistant"):
        assert not {m for m in imports(path) if m.split(".")[0] in {"httpx", "telegram", "websockets", "asyncio"}}


# bot.py -> handlers -> assistant -> knowledge, storage (drafts is a library the assistant and bot.py use)
ALLOWED = {"bot": {"handlers", "assistant", "knowledge", "storage", "drafts"}, "handlers": {"assistant", "knowledge", "storage", "drafts"},
           "assistant": {"knowledge", "storage", "drafts"}, "knowledge": set(), "storage": set(), "drafts": {"knowledge"}}


def test_imports_point_one_way_from_bot_py_down():
    files = [ROOT / "bot.py"] + [p for folder in ALLOWED if folder != "bot" for p in modules(folder)]
    for path in files:
        layer = path.relative_to(ROOT).parts[0].removesuffix(".py")
        for m in imports(path):
            top = m.split(".")[0]
            if top in ALLOWED and top != layer:
                assert top in ALLOWED[layer], (path.relative_to(ROOT).as_posix(), m)


def test_modules_stay_small():
    for folder in ("assistant", "handlers", "storage", "drafts", "knowledge", "bench"):
        for path in modules(folder):
            assert len(path.read_text(encoding="utf-8").splitlines()) <= 250, path.relative_to(ROOT).as_posix()
    assert len((ROOT / "bot.py").read_text(encoding="utf-8").splitlines()) <= 250


def test_no_notice_facts_in_code(kb):
    """Dates, phone numbers, district names and keys, and limits of the notice live only in the knowledge base."""
    import re
    facts = {u.phone for u in kb.notice.units.items} | {u.district for u in kb.notice.units.items}
    facts |= {kb.geography.districts[u.district].name for u in kb.notice.units.items}
    facts |= {kb.notice.meta.doc_number, f"{kb.deadline.year}年{kb.deadline.month}月{kb.deadline.day}日"}
    for folder in ("assistant", "handlers", "storage", "drafts"):
        for path in modules(folder):
            text = path.read_text(encoding="utf-8")
            found = {f for f in facts if f and re.search(rf"(?<![A-Za-z0-9_]){re.escape(f)}(?![A-Za-z0-9_])", text)}
            assert not found, (path.relative_to(ROOT).as_posix(), found)


def test_command_table_drives_help_menus_and_readme():
    from assistant.router import COMMANDS
    from handlers.telegram import bot_commands
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    menu = {c.command for c in bot_commands(en=False)} | {c.command for c in bot_commands(en=True)}
    for c in COMMANDS:
        assert f"`/{c.name}" in readme, c.name
        assert c.officer_only or c.name in menu, c.name
        assert re.fullmatch(r"[a-z0-9_]{1,32}", c.name)
    assert menu <= {c.name for c in COMMANDS}
