"""Where the project keeps its data: the bundled corpus and data files, and the reports folder.

``ANALYSIS_DATA_DIR`` overrides the data folder (for an installed package used
outside the project checkout).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("ANALYSIS_DATA_DIR", PROJECT_ROOT / "data"))
DEFAULT_CORPUS = DATA_DIR / "raw"
DEFAULT_REPORTS = Path("reports")
