from storyline.runners import local
from tests.conftest import ARTICLE


def test_pool_keeps_input_order_and_reports_bad_files(write) -> None:
    paths = [str(write(f"in/{i:03d}.txt", ARTICLE + f"\n\nNumber {i}.")) for i in range(40)]
    paths[17] = str(write("in/017.txt", ""))  # one bad file among them
    results = list(local.run(paths, max_file_mb=1, jobs=2))
    assert [r.path for r in results] == paths
    assert [r.articles[0].id for r in results if r.articles] == [f"{i:03d}" for i in range(40) if i != 17]
    assert [f.reason for f in results[17].failures] == ["file is empty"]


def test_a_large_json_lines_file_is_split_into_ordered_batches(write) -> None:
    import json

    lines = [json.dumps({"id": f"j{i:04d}", "text": ARTICLE}) for i in range(3 * local.BATCH_LINES + 7)]
    lines[250] = '{"id": "broken", '
    lines[400] = json.dumps({"id": "long", "text": "x" * 3_000_000})  # over the 1 MB line limit below
    path = str(write("in/feed.jsonl", "\n".join(lines) + "\n"))
    results = list(local.run([path], max_file_mb=1, jobs=2))
    assert len(results) >= 4 and [r.last for r in results] == [False] * (len(results) - 1) + [True]
    ids = [a.id for r in results for a in r.articles]
    assert ids == [f"j{i:04d}" for i in range(len(lines)) if i not in (250, 400)]
    reasons = [f.reason for r in results for f in r.failures]
    assert reasons[0].startswith("malformed JSON") and reasons[1] == "line is over 1 MB"
    assert sum(r.read_bytes for r in results) == sum(len(x) + 1 for x in lines)
