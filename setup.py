"""Package layout; metadata and dependencies live in pyproject.toml.

The rule packs and their lexicon (rules/concepts/) stay in the top-level rules/ folder (one copy
in git). Mapping that folder to the
subpackage ccaudit.bundled_rules makes wheels and sdists carry the packs as
ccaudit/bundled_rules/*.yaml; ccaudit.adherence.loader finds them there when no checkout is present.
pyproject.toml cannot express this mapping without listing every package by hand.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["ccaudit*"]), "ccaudit.bundled_rules"],
    package_dir={"ccaudit.bundled_rules": "rules"},
    package_data={
        "ccaudit": ["py.typed", "**/*.json", "**/*.yaml"],
        "ccaudit.bundled_rules": ["*.yaml", "concepts/*.yaml"],
    },
)
