"""Human-readable report of a draft check."""

from __future__ import annotations

from .check import Report


def render(report: Report, name: str = "") -> str:
    lines = [f"📝 稿件预检{f'：{name}' if name else ''}"]
    if report.counts:
        lines.append("字数（按 Word 的“字数”统计）：" + "；".join(f"{k} {v} 字" for k, v in report.counts.items()))
    errors = [f for f in report.findings if f.severity == "error"]
    warnings = [f for f in report.findings if f.severity != "error"]
    if not report.findings:
        lines.append(f"✅ “{report.only}”没有发现问题。" if report.only else
                     f"✅ 没有发现问题：各部分、顺序和字数都符合通知{f'（{report.basis}）' if report.basis else ''}的要求"
                     "（字体、字号等格式只在 .docx 文件中核对）。")
        return "\n".join(lines)
    lines.append(f"发现 {len(errors)} 个问题、{len(warnings)} 个提醒：" if errors else f"没有错误，{len(warnings)} 个提醒：")
    for i, f in enumerate(errors + warnings, 1):
        mark = "❌" if f.severity == "error" else "⚠️"
        lines.append(f"{mark} {i}. 【{f.rule}】{f.found}。改法：{f.fix}。（{f.clause}）")
    return "\n".join(lines)
