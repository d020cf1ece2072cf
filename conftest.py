"""Test-session set-up shared by the test suite and the notebooks run under nbval.

Every test, notebook kernel and subprocess of a test session caches derived tables in
a temporary folder, never in the checkout's ``data/processed``: ``ANALYSIS_CACHE_DIR``
is set before the package is imported (kernels and subprocesses inherit it).
"""

import atexit
import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="analysis-test-cache-")
os.environ["ANALYSIS_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
