"""Readers that turn files (scraped pages, article tables, metadata) into article records."""
