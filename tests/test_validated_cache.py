"""The validated-data cache beside the rule-pack cache: bounded, private, never trusted blindly."""

import os
import stat

from cablelint import validated_cache


def test_a_written_entry_is_read_back_and_is_private(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    key = validated_cache.key("config", b"one")
    validated_cache.write("config", key, {"select": ["CL001"]})
    assert validated_cache.read("config", key) == {"select": ["CL001"]}
    assert stat.S_IMODE(os.stat(tmp_path / "cache" / f"config-{key}.json").st_mode) == 0o600


def test_a_folder_others_may_write_to_gets_no_entry(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    folder.chmod(0o777)
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(folder))
    validated_cache.write("config", validated_cache.key("config", b"one"), {"a": 1})
    assert list(folder.iterdir()) == []


def test_pruning_keeps_the_newest_entries_of_the_kind_only(tmp_path):
    for age, name in enumerate(["config-a.json", "config-b.json", "config-c.json",
                                "config-d.json"]):
        path = tmp_path / name
        path.write_text("{}")
        os.utime(path, ns=(10**18 - age, 10**18 - age))        # a is the newest, d the oldest
    (tmp_path / "rules-x.json").write_text("{}")
    validated_cache.prune(str(tmp_path), "config", keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config-a.json", "config-b.json",
                                                          "rules-x.json"]


def test_many_configurations_leave_a_bounded_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(validated_cache, "MAX_ENTRIES_PER_KIND", 3)
    for number in range(6):
        validated_cache.write("config", validated_cache.key("config", bytes([number])),
                              {"n": number})
    assert len(list(tmp_path.glob("config-*.json"))) == 3
