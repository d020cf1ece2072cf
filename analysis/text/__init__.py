"""Text: sentences, tokens and language of articles.

- :mod:`~analysis.text.sentences`: sentence spans (Punkt, offline) and the sentences table;
- :mod:`~analysis.text.tokens`: tokens, stop words, stems and the document-term matrix;
- :mod:`~analysis.text.language`: language identification (langid's model).
"""

from analysis.text.language import detect_language
from analysis.text.sentences import sentence_spans, split_sentences
from analysis.text.tokens import DocTermMatrix, doc_term_matrix, tokenize

__all__ = ["DocTermMatrix", "detect_language", "doc_term_matrix", "sentence_spans", "split_sentences", "tokenize"]
