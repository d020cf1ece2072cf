"""Write the notebooks in notebooks/ from the cell lists below, then execute them in place.

Usage: ``python tools/build_notebooks.py`` (after editing a notebook's cells here, or to refresh
stored outputs). The notebooks are the product; this script only keeps their structure uniform.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"

PARAMS = """corpus = "../data/raw"  # a folder of scraped pages, or a CSV / JSONL / Parquet table of articles
freq = "W"  # period for time series: "D", "W" (weeks from Monday) or "M"
speaker = "Sergey Lavrov"  # the speaker to look at closely
term = "aggressive*"  # a term or phrase for the concordance (* is a wildcard)
events_file = None  # a CSV of key events (date, label); None: events.csv beside the corpus, if any
figures_dir = None  # `python -m analysis report` sets this to export every figure"""

SETUP = """import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis import plots
from analysis.report import frame_preview

plots.use_house_style()
pd.set_option("display.max_colwidth", 90)
pd.set_option("display.precision", 3)
result = analysis.run_pipeline(corpus, progress=False)  # cached in data/processed: re-runs are instant
articles = result.articles
events = analysis.corpus_events(corpus, events_file)  # events belong to the corpus: none, none drawn
span = (articles["published"].min(), articles["published"].max())
print(f"{len(articles)} articles from {articles['outlet'].nunique()} outlets, "
      f"{span[0]:%d %b %Y} to {span[1]:%d %b %Y}")"""

SMALL_SAMPLE = (
    "**How much this can tell.** Counts are shown beside every rate. With a handful of articles "
    "(the bundled corpus has five) these charts *describe* the sample; they do not show trends, "
    "and a week with one article says little about that week's coverage."
)

NOTEBOOKS_CELLS = {
    "01_corpus_overview.ipynb": [
        (
            "md",
            "# 01 · What is in the corpus?\n\nWhich outlets published how much and when, which articles are "
            "republished from another outlet, how long they are, and what the loader had to clean, skip or "
            "look up. Every number comes from the `analysis` package; this notebook only calls it.",
        ),
        ("params", PARAMS),
        ("code", SETUP),
        (
            "md",
            "## The articles\n\nOne row per article: outlet, publication time (UTC), headline, words, and "
            "any problem the loader met.",
        ),
        ("code", "analysis.corpus_summary(articles)"),
        (
            "md",
            "**Where each field came from.** `text:…` was extracted from the page (and how), `table:…` came "
            "from a column of a table, `metadata` from `data/metadata.csv` (a person's correction), "
            "`not found` means nobody knows.",
        ),
        ("code", 'analysis.provenance_table(articles).pivot(index="doc_id", columns="field", values="source")'),
        ("md", "## Coverage over time"),
        (
            "code",
            "volume = analysis.coverage_volume(articles, freq=freq)\n"
            "fig, ax = plt.subplots(figsize=(9, 3.5))\n"
            "plots.plot_counts_over_time(\n"
            '    volume, value="n_articles", by="outlet", ax=ax, label="articles", events=events\n'
            ")\n"
            'ax.set_title("Articles per period and outlet")\n'
            'plots.show_figure(fig, "01_articles_per_period", figures_dir)',
        ),
        (
            "md",
            "**How to read it.** Each bar is the number of articles one outlet published in one period (the "
            "label is the count); dashed lines are the key events listed under the chart. " + SMALL_SAMPLE,
        ),
        ("md", "## Republished or original, and how long"),
        (
            "code",
            'articles.assign(republished=articles["original_source"].notna()).groupby(\n'
            '    ["outlet", "republished"], dropna=False\n'
            ').size().rename("articles").reset_index()',
        ),
        ("code", 'articles.groupby("outlet")["n_words"].agg(["count", "mean", "min", "max"])'),
        (
            "md",
            "## What the loader cleaned, skipped or could not find\n\nProblems (skipped files, missing "
            "dates or headlines, repaired encodings), then every line cleaned out of the scraped pages, by "
            "reason. Near-duplicate articles (syndicated copies) are listed last.",
        ),
        ("code", "analysis.load_problems(articles)"),
        (
            "code",
            "removed = analysis.removed_lines(corpus)\n"
            'removed.groupby("reason").size().rename("lines removed").sort_values(ascending=False).to_frame()',
        ),
        ("code", 'articles.loc[articles["duplicate_of"].notna(), ["outlet", "published", "duplicate_of"]]'),
    ],
    "02_statement_frequency.ipynb": [
        (
            "md",
            "# 02 · Who said what, and how often?\n\nStatements are quotations and reported speech attributed "
            "to a named speaker (`analysis.extract_statements`). A statement reported by several outlets is "
            "counted once per report, or once per *distinct* statement when echoes are grouped.",
        ),
        ("params", PARAMS),
        ("code", SETUP + "\nstatements = result.statements"),
        ("code", 'frame_preview(statements, ["doc_id", "speaker", "kind", "cue", "location", "quote"], 70)'),
        (
            "md",
            "`kind` is `direct` (a quoted sentence), `partial` (quoted words inside reporting) or `reported` "
            "(indirect speech); `location` is `title` for headline statements, which restate the body and "
            "are left out of the counts below.",
        ),
        ("code", 'pd.crosstab(statements["speaker"], statements["kind"], margins=True)'),
        ("md", "## Statements per period: reports and distinct statements"),
        (
            "code",
            "reports = analysis.statement_frequency(statements, freq=freq, span=span)\n"
            "distinct = analysis.statement_frequency(statements, freq=freq, span=span, distinct=True)\n"
            "fig, axes = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True)\n"
            "plots.plot_counts_over_time(\n"
            '    reports, by="speaker", ax=axes[0], label="reports", caption=False, events=events\n'
            ")\n"
            "plots.plot_counts_over_time(\n"
            '    distinct, by="speaker", ax=axes[1], label="distinct statements", events=events\n'
            ")\n"
            'axes[0].set_title("Statements per period: every report (top), distinct statements (bottom)")\n'
            'plots.show_figure(fig, "02_statements_per_period", figures_dir)',
        ),
        (
            "md",
            "**How to read it.** The top panel counts every report of a statement; the bottom panel counts "
            "each distinct statement once, in the period it was first reported. Where the two differ, "
            "outlets echoed one another. " + SMALL_SAMPLE,
        ),
        ("md", "## Echoes: one statement, several reports"),
        (
            "code",
            'echoes = statements[statements["n_reports"] > 1].sort_values(["statement_group", "published"])\n'
            'frame_preview(echoes, ["statement_group", "first_outlet", "outlet", "kind", "quote"], 60)',
        ),
        ("md", "## One speaker up close"),
        (
            "code",
            'mine = statements[(statements["speaker"] == speaker) & (statements["location"] == "body")]\n'
            'mine.groupby(["outlet", "kind"]).size().unstack(fill_value=0)',
        ),
        (
            "code",
            "fig, ax = plt.subplots(figsize=(9, 2.8))\n"
            'plots.plot_statement_timeline(statements[statements["location"] == "body"], ax=ax, events=events)\n'
            'ax.set_title("Every statement: date, speaker and outlet")\n'
            'plots.show_figure(fig, "02_statement_timeline", figures_dir)',
        ),
        (
            "md",
            "**How to read it.** Each dot is one statement, placed at the article's publication date (dots "
            "are spread a little vertically so they do not hide each other); colours are outlets, the same "
            "in every figure. A cluster is one article's quotes, not a burst of separate statements.",
        ),
    ],
    "03_tone.ipynb": [
        (
            "md",
            "# 03 · In what tone?\n\nTone from two independent lexicons — TextBlob's polarity and VADER's "
            "compound — and the default `ensemble` of the two, which agrees best with human ratings "
            "(notebook 05). Scores run from −1 (negative) to +1 (positive).",
        ),
        ("params", PARAMS),
        (
            "code",
            SETUP + "\nstatements = result.statements\n"
            "scored = result.tone\n"
            "sentences = analysis.split_sentences(articles).merge(\n"
            '    articles[["outlet", "published"]], left_on="doc_id", right_index=True\n'
            ")\n"
            "sentences = analysis.score_tone(sentences, progress=False)",
        ),
        (
            "code",
            'scored[["outlet", "published", "n_words", "polarity", "subjectivity", "vader_compound", "tone"]]',
        ),
        (
            "md",
            "## The two lexicons side by side\n\nWhere the lexicons disagree, a score is an artefact of one "
            "word list rather than a property of the text.",
        ),
        ("code", "analysis.tone_agreement(sentences)"),
        (
            "code",
            "fig, ax = plt.subplots(figsize=(5, 4.5))\n"
            "plots.plot_lexicon_agreement(sentences, ax=ax)\n"
            'plots.show_figure(fig, "03_lexicon_agreement", figures_dir)',
        ),
        (
            "md",
            "**How to read it.** One dot per sentence. Dots in the top-right and bottom-left quadrants are "
            "sentences both lexicons read the same way; dots on an axis are neutral to one lexicon.",
        ),
        ("md", "## Tone over time, with intervals"),
        (
            "code",
            "weekly = analysis.tone_over_time(sentences, freq=freq, span=span)\n"
            "fig, ax = plt.subplots(figsize=(9, 3.5))\n"
            'plots.plot_estimate_over_time(weekly, ax=ax, label="mean sentence tone", events=events)\n'
            'ax.set_title("Tone of sentences per period (95% bootstrap interval)")\n'
            'plots.show_figure(fig, "03_tone_over_time", figures_dir)',
        ),
        ("code", 'weekly[weekly["n"] > 0]'),
        (
            "md",
            "**How to read it.** Each point is the mean tone of the sentences published in one period, with "
            "a 95% bootstrap interval (seeded, so it is the same on every run) and `n`. Sentences of one "
            "article are not independent, so these intervals are if anything too narrow; a period with one "
            "article is one article's voice. " + SMALL_SAMPLE,
        ),
        ("md", "## Speakers' words versus the reporting around them"),
        (
            "code",
            "both = analysis.speaker_and_framing(articles, statements, progress=False)\n"
            'by_outlet = analysis.tone_by(both, by=["outlet", "source"])\n'
            "by_outlet",
        ),
        (
            "code",
            "fig, ax = plt.subplots(figsize=(7, 3.5))\n"
            'plots.plot_group_estimates(by_outlet, y="outlet", hue="source", ax=ax)\n'
            'ax.set_title("Quoted words (speaker) and the reporting around them (framing)")\n'
            'plots.show_figure(fig, "03_speaker_vs_framing", figures_dir)',
        ),
        (
            "md",
            "**How to read it.** For each outlet, the mean tone of the speakers' quoted words and of the "
            "article text with those quotes cut out, with intervals and `n`. A gap suggests the outlet "
            "frames the speaker in a different tone from his own words.",
        ),
        ("md", "## The most negative sentences, explained"),
        (
            "code",
            'worst = sentences.nsmallest(3, "tone")\n'
            'frame_preview(worst, ["doc_id", "text", "polarity", "vader_compound", "tone"], 120)',
        ),
        ("code", 'analysis.explain_tone(worst["text"].iloc[0])'),
        (
            "md",
            "`explain_tone` lists the phrases TextBlob scored (their mean is the sentence's polarity), with "
            "any negation or intensifier. Words that diplomatic language uses differently can be re-scored "
            "in `data/tone_adjustments.csv`.",
        ),
    ],
    "04_keyword_trends.ipynb": [
        (
            "md",
            "# 04 · Which words and themes rose and fell?\n\nKeyword groups from `data/keywords.toml` over "
            "time, the words that set each month apart, recurring phrases, and a concordance.",
        ),
        ("params", PARAMS),
        ("code", SETUP + '\ntokens = analysis.tokenize(articles, phrases=["Black Sea"])'),
        (
            "code",
            "trends = analysis.keyword_trends(articles, counts=result.keyword_counts, freq=freq)\n"
            'fig = plots.keyword_trends_figure(trends, value="per_1k_words", events=events)\n'
            'plots.show_figure(fig, "04_keyword_trends", figures_dir)',
        ),
        (
            "md",
            "**How to read it.** One panel per theme: matches per thousand words in each period; the label "
            "`k/n` is articles mentioning the theme out of articles published. Gaps are periods without "
            "articles. " + SMALL_SAMPLE,
        ),
        (
            "code",
            'monthly = analysis.keyword_trends(articles, counts=result.keyword_counts, freq="M")\n'
            'monthly.pivot(index="group", columns="period", values="count")',
        ),
        (
            "md",
            "## What each month said more than the rest\n\nKeyness by weighted log-odds with an informative "
            "Dirichlet prior (Monroe et al. 2008): bars are z-scores; beside each, the term's count in the "
            "month / in the rest.",
        ),
        (
            "code",
            'fig = plots.keyness_figure(tokens, by="month", n=8, term_col="lower")\n'
            'plots.show_figure(fig, "04_keyness_by_month", figures_dir)',
        ),
        (
            "md",
            "With a few hundred words per month, |z| below 2 is noise; read the terms as a description of the sample.",
        ),
        (
            "code",
            'top = analysis.top_terms(tokens, by="month", n=10, term_col="lower")\n'
            'top.pivot(index="rank", columns="month", values="term")',
        ),
        (
            "md",
            "## Recurring phrases\n\nWord pairs that occur together far more than chance (log-likelihood), "
            "and that recur in several articles on several dates: the formulas a speaker repeats.",
        ),
        (
            "code",
            'phrases = analysis.collocations(tokens, n=2, min_count=2)\nphrases[phrases["recurring"]].head(15)',
        ),
        ("md", "## A concordance"),
        ("code", "analysis.kwic(articles, term, window=8)"),
    ],
    "05_tone_validation.ipynb": [
        (
            "md",
            "# 05 · How far can the tone scores be trusted?\n\nEach method scores snippets that at least 20 "
            "people rated (Hutto & Gilbert 2014; tweets, film-review and product-review snippets, in "
            "`data/validation/`). Agreement with people, not with each other, is what counts.",
        ),
        ("params", PARAMS + '\nvalidation_dir = "../data/validation"'),
        (
            "code",
            "import matplotlib.pyplot as plt\nimport pandas as pd\n\nimport analysis\nfrom analysis import plots\n"
            "from analysis.tone import VALIDATION_SETS\n\n"
            'plots.use_house_style()\npd.set_option("display.precision", 3)\n'
            "sets = {name: analysis.load_validation_set(name, validation_dir) for name in VALIDATION_SETS}\n"
            "results = pd.concat(\n"
            '    {name: analysis.validate_tone(frame, progress=False) for name, frame in sets.items()}, names=["set"]\n'
            ").reset_index(level=0)\n"
            "results",
        ),
        (
            "md",
            "**How to read it.** `pearson` and `spearman` are the correlations of each method's score with "
            "the mean human rating; `sign_agreement` is the share of clearly positive or negative snippets "
            "(|rating| ≥ 1 on −4…4) whose score has the right sign. The default, `ensemble`, is at least as "
            "good as the better lexicon on every set.",
        ),
        (
            "code",
            "for name, frame in sets.items():\n"
            "    scored = analysis.score_tone(frame, progress=False)\n"
            '    fig = plots.validation_figure(scored, title=f"{name} (n = {len(scored)})")\n'
            '    plots.show_figure(fig, "05_validation_" + name.replace(" ", "_"), figures_dir)',
        ),
        (
            "md",
            "## What this means for the tone charts\n\n- Even the best method explains well under half the "
            "variation in human judgements of review snippets (r ≈ 0.5–0.6), and news is harder: its tone is "
            "carried by events and verbs of conflict rather than by evaluative words.\n- TextBlob alone is the "
            "weakest method everywhere; a chart built on it alone would mislead.\n- So read tone charts as a "
            "rough direction, compare like with like (one outlet over time), look at the intervals and at "
            "`explain_tone` before quoting a number, and never rank articles by small differences.",
        ),
    ],
}


def build(name: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    """A notebook from ``(kind, source)`` cells; the ``params`` cell is tagged for papermill."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for kind, source in cells:
        if kind == "md":
            nb.cells.append(nbformat.v4.new_markdown_cell(source))
        else:
            cell = nbformat.v4.new_code_cell(source)
            if kind == "params":
                cell.metadata["tags"] = ["parameters"]
            nb.cells.append(cell)
    for k, cell in enumerate(nb.cells):
        cell["id"] = f"{Path(name).stem[:2]}-{k:02d}"
    return nb


def main(names: list[str]) -> None:
    """Write and execute the notebooks (all, or those named)."""
    for name, cells in NOTEBOOKS_CELLS.items():
        if names and name not in names:
            continue
        nb = build(name, cells)
        NotebookClient(
            nb,
            timeout=600,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(NOTEBOOKS)}},
        ).execute()
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, NOTEBOOKS / name)
        print(f"wrote {NOTEBOOKS / name}")


if __name__ == "__main__":
    main(sys.argv[1:])
