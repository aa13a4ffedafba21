from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster
from fixtures.articles import assert_tables_equal, sample_articles

import analysis


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None, processes=True
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def _corpus() -> pd.DataFrame:
    arts = pd.concat([sample_articles()] * 4, ignore_index=True)
    arts["article_id"] = [f"id{i:02d}" for i in range(len(arts))]
    return arts


def test_dask_engine_matches_pandas_on_a_two_worker_cluster(client: Client) -> None:
    arts = _corpus()
    expected = analysis.analyze(arts)
    assert_tables_equal(
        analysis.analyze(arts, engine="dask", scheduler=client, chunk_size=3), expected
    )


def test_dask_engine_takes_a_dask_dataframe(client: Client) -> None:
    arts = _corpus()
    ddf = dd.from_pandas(arts, npartitions=4, sort=False)  # captions become strings here
    got = analysis.analyze(ddf, engine="dask", scheduler=client)
    assert_tables_equal(got, analysis.analyze(arts))


def test_dask_engine_starts_a_local_cluster_without_a_client() -> None:
    arts = _corpus().head(6)
    assert_tables_equal(analysis.analyze(arts, engine="dask", jobs=2), analysis.analyze(arts))


def test_dask_engine_by_scheduler_address(client: Client) -> None:
    arts = _corpus().head(6)
    got = analysis.analyze(arts, engine="dask", scheduler=client.scheduler.address)
    assert_tables_equal(got, analysis.analyze(arts))


# -- a local cluster started from a script ---------------------------------------------------

UNGUARDED = """
import pandas as pd
import analysis
analysis.analyze(pd.DataFrame({"text": ["Rain fell."]}), engine="dask", jobs=1)
"""
PROBE = """
from analysis.engines.cluster import unguarded_call
print("top", unguarded_call() is not None)
def run():
    print("inside a function", unguarded_call() is not None)
run()
if __name__ == "__main__":
    print("guarded", unguarded_call() is not None)
    run()
"""


def _python(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_a_script_without_a_main_guard_is_told_what_to_add(tmp_path: Path) -> None:
    (tmp_path / "job.py").write_text(UNGUARDED)
    done = _python(["job.py"], tmp_path)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("RuntimeError: analyze(engine='dask') would start a local Dask cluster")
    assert "job.py (line 4)" in last and 'under `if __name__ == "__main__":`' in last
    assert "Nanny" not in done.stderr  # stopped before any worker process started


def test_the_guard_is_found_where_it_is(tmp_path: Path) -> None:
    (tmp_path / "probe.py").write_text(PROBE)
    assert _python(["probe.py"], tmp_path).stdout.splitlines() == [
        "top True",
        "inside a function True",  # run() is called from the unguarded top level
        "guarded False",
        "inside a function False",
    ]
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "__main__.py").write_text(PROBE)  # multiprocessing never imports it again
    assert _python(["-m", "pkg"], tmp_path).stdout.splitlines()[0] == "top False"
    assert _python(["-c", PROBE], tmp_path).stdout.splitlines()[0] == "top False"
