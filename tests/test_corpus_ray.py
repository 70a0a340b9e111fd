"""The Ray path really runs: a local Ray cluster on loopback builds the same corpus as the local executor."""

from __future__ import annotations

import pytest

from medlm.corpus.build import build_corpus
from medlm.corpus.config import CorpusBuildConfig
from medlm.manifest import read_manifest
from tests.test_corpus_build import assert_accounting, make_inputs, read_output, write_recipe

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1",
             object_store_memory=80 * 1024 * 1024)
    yield
    ray.shutdown()


@pytest.mark.slow
def test_ray_executor_builds_the_same_corpus(tmp_path, local_ray):
    make_inputs(tmp_path)
    # few shards and LSH bands: every Ray task starts an actor (~3 s each on a loaded 2-core machine)
    recipe = write_recipe(tmp_path, [{"normalize": {}}, {"dedup": {"bands": 2, "rows": 8}}], medline=True)
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(tmp_path / "ray"), executor="ray", tasks=2,
                                   ray_mem_per_task_gb=0.2, progress=False))
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(tmp_path / "local"), workers=1, tasks=2, progress=False))
    m = read_manifest(tmp_path / "ray", "corpus")
    assert m["build"]["executor"] == "ray"
    assert_accounting(m)
    assert read_output(tmp_path / "ray") == read_output(tmp_path / "local")
    assert m["totals"] == read_manifest(tmp_path / "local", "corpus")["totals"]
