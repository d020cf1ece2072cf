"""Figures for reports: one house style, a colour per name, fixed page sizes, and the data beside each figure.

Every ``*_figure`` function takes the tidy tables the analysis functions
return and gives back ``(figure, data)``: the figure, laid out on a page of
fixed width (:mod:`analysis.viz.layout`), and the table of exactly what it draws,
which :func:`show_figure` exports beside it. Charts of speakers, outlets or
keyword groups show the top :data:`TOP_N` and say in their caption what was
grouped or left out.

Quick start::

    from analysis import viz
    viz.use_house_style()
    viz.set_corpus_palettes(result.articles, result.statements, result.keyword_counts)
    fig, data = viz.counts_figure([(volume, "n_articles", "articles per week")], by="outlet")
    viz.show_figure(fig, "articles_per_week", "reports/figures", data)
"""

from __future__ import annotations

import pandas as pd

from analysis.viz.counts import counts_figure
from analysis.viz.estimates import MIN_INTERVAL_N, agreement_figure, estimates_figure, group_estimates_figure
from analysis.viz.export import export_figure, export_table, rounded, show_figure
from analysis.viz.groups import TopGroups, top_groups
from analysis.viz.keywords import (
    MIN_ARTICLES,
    concordance_term,
    keyness_between_figure,
    keyness_figure,
    keyness_period,
    keyword_trends_figure,
)
from analysis.viz.preview import frame_preview
from analysis.viz.prose import (
    Finding,
    corpus_line,
    echo_note,
    framing_note,
    mix_note,
    most_quoted,
    sample_note,
    speaker_line,
    unnamed_line,
    validation_note,
)
from analysis.viz.sources import attention_by_source_figure, tone_by_source_figure
from analysis.viz.speakers import speaker_periods_figure, who_is_quoted_figure
from analysis.viz.style import OTHER, TOP_N, colour, colours, ranked, set_palettes, use_house_style
from analysis.viz.timeaxis import period_word, readable_freq
from analysis.viz.validation import validation_figure


def set_corpus_palettes(
    articles: pd.DataFrame,
    statements: pd.DataFrame | None = None,
    keyword_counts: pd.DataFrame | None = None,
) -> None:
    """Fix the colours of a corpus's top outlets (by articles), speakers (by statements) and keyword groups.

    Call it once per notebook with the same tables: every figure then gives an
    outlet, speaker or keyword group the same colour.
    """
    families = {"outlet": ranked(articles["outlet"].fillna("(unknown)").astype(str).value_counts().to_dict())}
    if statements is not None and len(statements):
        body = statements[statements["location"] == "body"] if "location" in statements else statements
        families["speaker"] = ranked(body["speaker"].astype(str).value_counts().to_dict())
    if keyword_counts is not None and len(keyword_counts):
        mentions = keyword_counts[keyword_counts["count"] > 0].groupby("group").size()
        families["group"] = ranked(mentions.reindex(keyword_counts["group"].unique(), fill_value=0).to_dict())
    set_palettes(**families)


__all__ = [
    "MIN_ARTICLES",
    "MIN_INTERVAL_N",
    "OTHER",
    "TOP_N",
    "Finding",
    "TopGroups",
    "agreement_figure",
    "attention_by_source_figure",
    "colour",
    "colours",
    "concordance_term",
    "corpus_line",
    "counts_figure",
    "echo_note",
    "estimates_figure",
    "export_figure",
    "export_table",
    "frame_preview",
    "framing_note",
    "group_estimates_figure",
    "keyness_between_figure",
    "keyness_figure",
    "keyness_period",
    "keyword_trends_figure",
    "mix_note",
    "most_quoted",
    "period_word",
    "ranked",
    "readable_freq",
    "rounded",
    "sample_note",
    "set_corpus_palettes",
    "set_palettes",
    "show_figure",
    "speaker_line",
    "speaker_periods_figure",
    "tone_by_source_figure",
    "top_groups",
    "unnamed_line",
    "use_house_style",
    "validation_figure",
    "validation_note",
    "who_is_quoted_figure",
]
