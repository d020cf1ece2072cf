"""The machinery under every stage, private to the package: cache, executors, memory, memos and hashing.

- :mod:`~analysis._engine.cache`: derived tables as Parquet files, per document;
- :mod:`~analysis._engine.parallel`: process pools, chunked maps and progress bars;
- :mod:`~analysis._engine.memory`: compact string columns and releasing memory;
- :mod:`~analysis._engine.memo`: bounded memos and pausing the garbage collector;
- :mod:`~analysis._engine.hashing`: stable word hashes; :mod:`~analysis._engine.folding`: non-ASCII folding;
- :mod:`~analysis._engine.disjoint`: union-find; :mod:`~analysis._engine.regex_trie`: trie-shaped patterns.

Users never need these modules; the stages import them.
"""
