"""Build shim for tools that still call setup.py (scrapyd-deploy builds an egg with it).

Everything is configured in pyproject.toml.
"""

from setuptools import setup

setup()
