"""The pipeline: every stage on a corpus, per document in parallel, cached.

- :mod:`~analysis.pipeline.run`: :func:`run_pipeline` and its :class:`PipelineResult`;
- :mod:`~analysis.pipeline.documents`: the work on one document (sentences, statements, tone, keywords).
"""

from analysis.pipeline.run import PipelineResult, run_pipeline

__all__ = ["PipelineResult", "run_pipeline"]
