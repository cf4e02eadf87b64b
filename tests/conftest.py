import os

import pytest
from hypothesis import settings

# CI runs the property tests with thousands of examples; a quick local run with fewer.
settings.register_profile("ci", max_examples=3000, deadline=None)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Run by Label Studio's own Python (test_labelstudio_live.py), not importable from ours.
collect_ignore = ["labelstudio_client.py"]


@pytest.fixture(scope="session")
def corpus_docs():
    from gongbu.corpus import documents

    return {d.id: d for d in documents()}
