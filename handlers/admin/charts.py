"""Charts as inline SVG (no scripts, no CDN): columns of answers per day, stacked bars of progress per district."""

from __future__ import annotations

from markupsafe import Markup, escape

PALETTE = ("#cbd5e1", "#bfdbfe", "#93c5fd", "#60a5fa", "#2563eb", "#15803d", "#fde68a")  # not started … finished, small cells


def _svg(width: int, height: int, label: str, body: list[str], css: str = "chart") -> Markup:
    return Markup(f'<svg class="{css}" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{escape(label)}" '
                  f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">' + "".join(body) + "</svg>")


def answers_chart(days: tuple[tuple[str, int, int], ...], width: int = 720, height: int = 220) -> Markup:
    """One column per day: all answers (light) with the matched ones (dark) inside; a tooltip per day."""
    top = max([a for _, a, _ in days] + [1])
    left, bottom, plot_h = 40, 28, height - 40
    step = (width - left - 8) / max(len(days), 1)
    body = [f'<line x1="{left}" y1="{12 + plot_h}" x2="{width - 4}" y2="{12 + plot_h}" stroke="#94a3b8"/>',
            f'<text x="{left - 6}" y="18" font-size="11" text-anchor="end" fill="#475569">{top}</text>',
            f'<text x="{left - 6}" y="{12 + plot_h}" font-size="11" text-anchor="end" fill="#475569">0</text>']
    for i, (day, answers, matched) in enumerate(days):
        x = left + i * step + step * 0.15
        w = max(step * 0.7, 1)
        h_all, h_ok = plot_h * answers / top, plot_h * matched / top
        tip = escape(f"{day}：回答 {answers} 次，能回答 {matched} 次")
        body.append(f'<g class="day"><title>{tip}</title>'
                    f'<rect class="bar-all" x="{x:.1f}" y="{12 + plot_h - h_all:.1f}" width="{w:.1f}" height="{h_all:.1f}" fill="#bfdbfe"/>'
                    f'<rect class="bar-matched" x="{x:.1f}" y="{12 + plot_h - h_ok:.1f}" width="{w:.1f}" height="{h_ok:.1f}" fill="#2563eb"/></g>')
        if i % 7 == 0 or (i == len(days) - 1 and i % 7 >= 3):  # weekly ticks and the last day, never overlapping
            body.append(f'<text x="{x + w / 2:.1f}" y="{height - bottom + 22}" font-size="10" text-anchor="middle" '
                        f'fill="#475569">{escape(day[5:])}</text>')
    return _svg(width, height, "每天的回答次数（深色为能回答的）", body)


def progress_chart(rows: list[tuple[str, tuple[int, ...]]], labels: tuple[str, ...], width: int = 720) -> Markup:
    """One horizontal bar per district, split by progress bucket (shares of that district's enterprises)."""
    row_h, left, legend_h = 26, 110, 30
    height = legend_h + row_h * max(len(rows), 1) + 6
    plot_w = width - left - 10
    body = []
    for i, label in enumerate(labels):  # legend
        x = left + i * (plot_w / len(labels))
        body.append(f'<rect x="{x:.1f}" y="6" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>'
                    f'<text x="{x + 16:.1f}" y="16" font-size="11" fill="#334155">{escape(label)}</text>')
    for r, (name, counts) in enumerate(rows):
        y = legend_h + r * row_h
        total = sum(counts) or 1
        body.append(f'<text x="{left - 8}" y="{y + 16}" font-size="12" text-anchor="end" fill="#0f172a">{escape(name)}</text>')
        x = float(left)
        for i, n in enumerate(counts):
            w = plot_w * n / total
            if w <= 0:
                continue
            tip = escape(f"{name} · {labels[i]}：{round(100 * n / total)}%")
            body.append(f'<rect class="seg" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                        f'fill="{PALETTE[i % len(PALETTE)]}"><title>{tip}</title></rect>')
            x += w
    return _svg(width, height, "各区企业的清单进度分布", body, "chart wide")
