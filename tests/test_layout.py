"""The import rules of the architecture: one direction, platform libraries only in their adapters."""

from __future__ import annotations

import ast
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
    for folder in ("knowledge", "storage", "drafts", "handlers"):
        for path in modules(folder):
            rel = path.relative_to(ROOT).as_posix()
            mods = imports(path)
            if any(m == "telegram" or m.startswith("telegram.") for m in mods):
                assert rel == "handlers/telegram.py", rel
            if any(m.startswith("handlers.wecom") for m in mods) and not rel.startswith("handlers/wecom/"):
                assert rel == "handlers/server.py", rel  # the HTTP host routes callbacks to the WeCom handler
            if any(m.split(".")[0] in {"starlette", "uvicorn"} for m in mods):
                assert rel == "handlers/server.py", rel


def test_core_does_no_network_io():
    for path in (ROOT / "handlers" / "dialog.py", ROOT / "handlers" / "checklist.py"):
        assert not {m for m in imports(path) if m.split(".")[0] in {"httpx", "telegram", "websockets", "asyncio"}}
