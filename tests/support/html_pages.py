"""Saved news pages in HTML, in several site layouts, around a known story: for extraction tests and benchmarks.

Each layout wraps the story's paragraphs in the furniture real sites carry —
navigation, breadcrumbs, cookie banners, share buttons, related and most-read
lists, comment threads, newsletter prompts, footers — in a different markup
style (semantic ``<article>``, nested ``<div>`` soup, an old table layout, a
liveblog-like list). The story's text is what an extractor should return.
"""

from __future__ import annotations

import html
import random

FURNITURE = {
    "nav": "Home | News | World | Business | Sport | Culture | Weather | Video",
    "crumbs": "News › World › Europe",
    "cookies": "We use cookies to improve your experience. Accept all cookies | Manage preferences",
    "share": "Share this article: Facebook Twitter Email Copy link",
    "related": [
        "Markets slide as energy prices climb again",
        "Floods close roads across the north",
        "Football club names new manager after defeat",
        "Ten things we learned this week",
    ],
    "newsletter": "Sign up for our morning briefing: the stories you need, in your inbox every day.",
    "comments": [
        "Great article, thanks for writing it.",
        "I disagree with most of this, frankly.",
        "Who is paying for all of this? Nobody ever says.",
    ],
    "footer": "© 2024 The Example Herald. All rights reserved. Terms | Privacy | Contact us | Advertise",
}


def _paragraphs(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li><a href='/x/{k}'>{html.escape(t)}</a></li>" for k, t in enumerate(items)) + "</ul>"


def semantic(title: str, paragraphs: list[str], site: str, date: str) -> str:
    """A modern page: ``<header>``, ``<article>``, ``<aside>`` and ``<footer>``."""
    f = FURNITURE
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)} - {site}</title>"
        f"<meta property='og:site_name' content='{site}'><meta property='article:published_time' content='{date}'>"
        f"</head><body><div class='cookie-banner'>{f['cookies']}</div><header><nav>{f['nav']}</nav></header>"
        f"<main><nav class='breadcrumbs'>{f['crumbs']}</nav><article><h1>{html.escape(title)}</h1>"
        f"<div class='byline'>By Staff Reporter</div>{_paragraphs(paragraphs)}</article>"
        f"<div class='share'>{f['share']}</div><aside><h2>Related</h2>{_list(f['related'])}</aside></main>"
        f"<footer>{f['footer']}</footer></body></html>"
    )


def div_soup(title: str, paragraphs: list[str], site: str, date: str) -> str:
    """Nested ``<div>`` blocks with class names only, comments under the story."""
    f = FURNITURE
    comments = "".join(
        f"<div class='comment'><span>reader{k}</span><p>{c}</p></div>" for k, c in enumerate(f["comments"])
    )
    return (
        f"<html><head><title>{html.escape(title)} | {site}</title><meta name='date' content='{date}'></head><body>"
        f"<div id='top'><div class='menu'>{f['nav']}</div></div><div id='wrap'><div class='col-main'>"
        f"<div class='headline'><h1>{html.escape(title)}</h1></div><div class='story-body'>"
        + "".join(f"<div class='para'>{html.escape(p)}</div>" for p in paragraphs)
        + f"</div><div class='newsletter'>{f['newsletter']}</div><div class='comments'><h3>Comments</h3>{comments}"
        f"</div></div><div class='col-side'><h3>Most read</h3>{_list(f['related'])}</div></div>"
        f"<div id='foot'>{f['footer']}</div></body></html>"
    )


def table_layout(title: str, paragraphs: list[str], site: str, date: str) -> str:
    """An old site laid out with tables, the story in one cell."""
    f = FURNITURE
    return (
        f"<html><head><title>{site}: {html.escape(title)}</title></head><body><table width='100%'><tr>"
        f"<td colspan='2'>{f['nav']}</td></tr><tr><td width='20%' valign='top'>{_list(f['related'])}</td>"
        f"<td valign='top'><font size='5'><b>{html.escape(title)}</b></font><br>Published {date[:10]}<br><br>"
        + "<br><br>".join(html.escape(p) for p in paragraphs)
        + f"<br><br><i>{f['share']}</i></td></tr><tr><td colspan='2'><small>{f['footer']}</small></td></tr>"
        "</table></body></html>"
    )


LAYOUTS = (semantic, div_soup, table_layout)


def news_page(title: str, paragraphs: list[str], site: str, date: str, layout: int | None = None, seed: int = 0) -> str:
    """One page of the story in a layout (chosen by ``seed`` when not given)."""
    chosen = LAYOUTS[layout if layout is not None else random.Random(seed).randrange(len(LAYOUTS))]
    return chosen(title, paragraphs, site, date)
