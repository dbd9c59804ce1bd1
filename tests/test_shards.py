"""How documents are split into search-index shards (archive/shards.py)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from archive.shards import manifest, plan_shards

UNKNOWN = "年份不详"


def dates_of(*pairs: tuple[str, str | None]) -> dict[str, str | None]:
    return dict(pairs)


def test_an_archive_that_fits_in_one_shard_has_one_with_its_undated_documents():
    shards = plan_shards(dates_of(("a", "2010-12-23"), ("b", None), ("c", "2011")), 10, UNKNOWN)
    assert [shard.ids for shard in shards] == [("a", "c", "b")]
    assert shards[0].years == ("2010", "2011", UNKNOWN)


def test_undated_documents_get_shards_of_their_own_after_the_dated_ones():
    dates = {f"d{number}": f"201{number}" for number in range(5)} | {f"u{number}": None for number in range(3)}
    shards = plan_shards(dates, 4, UNKNOWN)
    assert [shard.dated for shard in shards] == [True, True, False]
    assert shards[-1].ids == ("u0", "u1", "u2") and shards[-1].years == (UNKNOWN,)


def test_a_shard_is_cut_where_the_year_changes_rather_than_inside_a_year():
    dates = {f"a{number}": f"2010-0{number + 1}" for number in range(3)} | {f"b{number}": f"2011-0{number + 1}" for number in range(3)}
    shards = plan_shards(dates, 4, UNKNOWN)
    assert [shard.years for shard in shards] == [("2010",), ("2011",)]


def test_a_year_larger_than_a_shard_is_cut_where_the_month_changes():
    dates = {"a": "2010-01-05", "b": "2010-01-09", "c": "2010-02-01", "d": "2010-02-03", "e": "2010-02-04"}
    shards = plan_shards(dates, 3, UNKNOWN)
    assert [shard.ids for shard in shards] == [("a", "b"), ("c", "d", "e")]


def test_a_document_added_to_a_shard_with_room_moves_no_other_document():
    dates = {f"a{number}": "2010" for number in range(3)} | {f"b{number}": "2011" for number in range(3)}
    before = plan_shards(dates, 4, UNKNOWN)
    after = plan_shards(dates | {"new": "2011-05"}, 4, UNKNOWN)
    assert before[0].ids == after[0].ids and set(after[1].ids) == set(before[1].ids) | {"new"}


@given(st.dictionaries(st.text("abcdef", min_size=1, max_size=6),
                       st.one_of(st.none(), st.tuples(st.dates(), st.sampled_from([4, 7, 10])).map(lambda pair: pair[0].isoformat()[: pair[1]])),
                       max_size=40),
       st.integers(1, 9))
def test_every_document_is_in_one_shard_in_date_order_and_no_shard_overflows(dates, size):
    shards = plan_shards(dates, size, UNKNOWN)
    ids = [id_ for shard in shards for id_ in shard.ids]
    assert sorted(ids) == sorted(dates)
    assert all(len(shard.ids) <= size for shard in shards)
    keys = [(dates[id_] is None, dates[id_] or "") for id_ in ids]
    assert keys == sorted(keys)
    if len(shards) > 1:
        assert all(shard.dated == (dates[shard.ids[0]] is not None) for shard in shards)
        assert all(all(dates[id_] is None for id_ in shard.ids) for shard in shards if not shard.dated)
        assert all(all(dates[id_] is not None for id_ in shard.ids) for shard in shards if shard.dated)


def test_the_manifest_lists_the_hub_and_each_shard_in_order():
    shards = plan_shards({"a": "2010", "b": "2011", "c": None}, 1, UNKNOWN)
    listed = manifest(shards, lambda shard: f"/pagefind/{shard.number}/", "/pagefind/hub/", ["d0", "d1", "d2"])
    assert listed["hub"] == "/pagefind/hub/"
    assert [(entry["bundle"], entry["years"], entry["dated"], entry["documents"], entry["digest"]) for entry in listed["shards"]] == [
        ("/pagefind/0/", ["2010"], True, 1, "d0"), ("/pagefind/1/", ["2011"], True, 1, "d1"), ("/pagefind/2/", [UNKNOWN], False, 1, "d2")]
