from storyline.runners import local
from tests.conftest import ARTICLE


def test_pool_keeps_input_order_and_reports_bad_files(write) -> None:
    paths = [str(write(f"in/{i:03d}.txt", ARTICLE + f"\n\nNumber {i}.")) for i in range(40)]
    paths[17] = str(write("in/017.txt", ""))  # one bad file among them
    results = list(local.run(paths, max_file_mb=1, jobs=2))
    assert [r.path for r in results] == paths
    assert [r.articles[0].id for r in results if r.articles] == [f"{i:03d}" for i in range(40) if i != 17]
    assert [f.reason for f in results[17].failures] == ["file is empty"]
