"""The search backends every test of the contract (``test_contract.py``) runs against."""

from __future__ import annotations

from importlib import import_module

import pytest

from waic_reader.index.search.engine import MakeEngine

# name -> "module:class" of a class implementing waic_reader.index.search.engine.SearchEngine
BACKENDS = {"whoosh": "waic_reader.index.search.whoosh.engine:SearchIndex"}


@pytest.fixture(params=sorted(BACKENDS))
def make_engine(request: pytest.FixtureRequest) -> MakeEngine:
    module, name = BACKENDS[request.param].split(":")
    made: MakeEngine = getattr(import_module(module), name)
    return made
