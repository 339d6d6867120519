"""Benchmarks for ``make bench`` (``python -m benchmarks``); see benchmarks/README.md."""
