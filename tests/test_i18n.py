import pytest

from nbcompanion import i18n


def test_every_label_has_both_languages_and_no_empty_text():
    for key, texts in i18n.CATALOGUE.items():
        assert set(texts) == set(i18n.LANGUAGES), key
        assert all(t.strip() for t in texts.values()), key


def test_edition_follows_the_folder_and_the_override(tmp_path, monkeypatch):
    monkeypatch.delenv("NBCOMPANION_LANG", raising=False)
    (tmp_path / "ru").mkdir()
    monkeypatch.chdir(tmp_path / "ru")
    assert i18n.edition() == "ru"
    assert i18n.text("common.epoch") == "эпоха"
    monkeypatch.chdir(tmp_path)
    assert i18n.edition() == "en"
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert i18n.edition() == "ru"


def test_unknown_language_or_label_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "de")
    with pytest.warns(UserWarning, match="NBCOMPANION_LANG='de' is not an edition"):
        assert i18n.edition() == "en"  # every message still shows, in English
    for setting in ("RU", "ru_RU.UTF-8", "ru-RU", " ru "):
        monkeypatch.setenv("NBCOMPANION_LANG", setting)
        assert i18n.edition() == "ru"
    with pytest.raises(ValueError, match="Unknown language 'de'"):
        i18n.text("common.epoch", "de")
    with pytest.raises(KeyError, match="No label 'nope'"):
        i18n.text("nope", "en")


@pytest.mark.parametrize("count, word", [(1, "операция"), (21, "операция"), (2, "операции"),
                                         (63, "операции"), (5, "операций"), (11, "операций"),
                                         (12, "операций"), (14, "операций"), (111, "операций"),
                                         (0, "операций"), (104, "операции")])
def test_plural_agrees_in_russian(count, word):
    assert i18n.plural(count, "операция|операции|операций") == word


def test_plural_agrees_in_english_and_rejects_bad_input():
    assert [i18n.plural(n, ("part", "parts")) for n in (0, 1, 2)] == ["parts", "part", "parts"]
    with pytest.raises(ValueError, match="forms"):
        i18n.plural(2, ("a",))
    with pytest.raises(ValueError, match="count"):
        i18n.plural(2.5, ("a", "b"))
