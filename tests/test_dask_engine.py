from __future__ import annotations

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
