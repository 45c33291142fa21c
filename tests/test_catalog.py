"""The indicator catalog is data: every shared indicator id is there, entries are complete and unique."""

import pytest

from extractors.catalog import load_catalog
from extractors.fact import FAMILIES

SHARED_IDS = """
growth.gdp growth.industrial_value_added growth.industrial_output growth.fixed_asset_investment
growth.fiscal_revenue growth.fiscal_expenditure growth.retail_sales growth.import_export growth.exports
growth.disposable_income_urban growth.disposable_income_rural
investment.completed investment.attracted investment.special_bonds investment.funds_secured investment.projects
hotline.contacts_total hotline.onsite_supervision hotline.category_share
covid.new_confirmed covid.new_suspected covid.new_asymptomatic covid.cumulative_confirmed covid.cumulative_cured
covid.deaths covid.current_suspected covid.close_contacts covid.vaccinated
sock.own_brands sock.exports sock.orders_pairs sock.orders_value sock.jobs sock.styles sock.value_added
sock.rewards sock.students sock.revenue
""".split()
CATALOG = load_catalog()


@pytest.mark.parametrize("indicator_id", SHARED_IDS)
def test_shared_ids_are_catalogued(indicator_id):
    assert indicator_id in CATALOG.by_id


@pytest.mark.parametrize("ind", CATALOG.indicators, ids=[i.id for i in CATALOG.indicators])
def test_entries_are_complete(ind):
    assert ind.family in FAMILIES and ind.family != "other"
    assert ind.id.split(".")[0] in ind.family.replace("sock_industry", "sock")
    assert ind.name_zh and ind.name_en and ind.kinds
    assert set(ind.kinds) <= {"change", "level", "delta", "zero"}


def test_a_new_indicator_is_a_catalog_entry(tmp_path):
    """Adding an indicator needs a TOML entry and nothing else."""
    (tmp_path / "tourism.toml").write_text(
        'family = "other"\n[[indicator]]\nid = "other.tourists"\nname_zh = "接待游客"\nname_en = "Tourists"\n'
        'family = "other"\nkinds = ["level"]\nunits = ["人次"]\naliases = ["游客"]\n', encoding="utf-8")
    from extractors.pipeline import extract_text

    catalog = load_catalog(tmp_path)
    facts = extract_text("国庆假期全市共接待游客32.6万人次。", "t.txt", catalog=catalog).facts
    assert [(f.indicator, f.value) for f in facts] == [("other.tourists", 326000)]


def test_every_family_page_has_default_and_headline_indicators_of_its_own():
    """The dashboard's pages, default series and headline cards are catalog data (`[display]`)."""
    assert [p.key for p in CATALOG.pages] == ["growth", "investment", "hotline", "covid", "sock"]
    for page in CATALOG.pages:
        own = [i for i in CATALOG.indicators if i.family == page.family]
        assert any(i.display.default for i in own) and any(i.display.headline for i in own), page.key
        assert page.name_en and page.name_zh


@pytest.mark.parametrize("indicator_id, series_by, chart", [
    ("hotline.category_share", "subject", "stack"),
    ("hotline.category_count", "subject", "stack"),  # added to the catalog later: one series per category too
    ("covid.new_confirmed", "indicator", "bar"),
    ("growth.gdp", "indicator", "line"),
])
def test_display_hints(indicator_id, series_by, chart):
    display = CATALOG.by_id[indicator_id].display
    assert (display.series_by, display.chart) == (series_by, chart)


@pytest.mark.parametrize("display, message", [
    ('[display.indicators]\n"other.tourists" = { chart = "pie" }\n', "chart must be one of"),
    ('[display.indicators]\n"other.tourists" = { colour = "red" }\n', "unknown display keys"),
    ('[display.indicators]\n"other.nobody" = { chart = "bar" }\n', "not in the file"),
])
def test_bad_display_hints_are_refused_with_the_file_named(tmp_path, display, message):
    (tmp_path / "tourism.toml").write_text(
        'family = "other"\n' + display + '[[indicator]]\nid = "other.tourists"\nname_zh = "接待游客"\n'
        'name_en = "Tourists"\nkinds = ["level"]\naliases = ["游客"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=message) as e:
        load_catalog(tmp_path)
    assert "tourism.toml" in str(e.value)


GROUPS = [(i.id, g) for i in CATALOG.indicators for g in i.alias_groups]
GROUP_EXAMPLES = [(i, x) for i, g in GROUPS for x in g.examples]
GROUP_NEGATIVES = [(i, x) for i, g in GROUPS for x in g.negatives]


def _indicators_of(sentence):
    from extractors.pipeline import extract_text

    return [f.indicator for f in extract_text(sentence, "t.txt", catalog=CATALOG).facts]


@pytest.mark.parametrize("indicator_id, sentence", GROUP_EXAMPLES, ids=[x for _, x in GROUP_EXAMPLES])
def test_alias_group_example_yields_its_indicator(indicator_id, sentence):
    assert indicator_id in _indicators_of(sentence)


@pytest.mark.parametrize("indicator_id, sentence", GROUP_NEGATIVES, ids=[x for _, x in GROUP_NEGATIVES])
def test_alias_group_negative_does_not(indicator_id, sentence):
    assert indicator_id not in _indicators_of(sentence)


_TOURISTS = ('family = "other"\n[[indicator]]\nid = "other.tourists"\nname_zh = "接待游客"\nname_en = "Tourists"\n'
             'kinds = ["level"]\nunits = ["人次"]\naliases = ["^接待游客"]\n')
_GROUP = ('[[indicator.alias_group]]\naliases = ["^接待外地游客"]\ncontext = ["假期"]\nunless = ["预计"]\n'
          'examples = ["国庆假期接待外地游客3万人次。"]\nnegatives = ["接待外地游客3万人次。"]\n')


@pytest.mark.parametrize("text, value", [
    ("国庆假期全市接待外地游客3.2万人次。", 32000),        # the group's context words are in the paragraph
    ("全市接待外地游客3.2万人次。", None),                 # no context words: the group's alias does not count
    ("国庆假期预计接待外地游客3.2万人次。", None),         # an `unless` word in the paragraph
    ("全市接待游客3.2万人次。", 32000),                    # the indicator's own aliases need no context
])
def test_an_alias_group_binds_context_to_its_aliases_only(tmp_path, text, value):
    (tmp_path / "tourism.toml").write_text(_TOURISTS + _GROUP, encoding="utf-8")
    from extractors.pipeline import extract_text

    facts = extract_text(text, "t.txt", catalog=load_catalog(tmp_path)).facts
    assert [f.value for f in facts if f.indicator == "other.tourists"] == ([value] if value else [])


@pytest.mark.parametrize("group, message", [
    ('[[indicator.alias_group]]\naliases = ["^接待外地游客"]\nexamples = ["x"]\nnegatives = ["y"]\n', "needs context"),
    ('[[indicator.alias_group]]\naliases = ["^接待外地游客"]\ncontext = ["假期"]\nnegatives = ["y"]\n', "needs examples"),
    (_GROUP + 'where = "x"\n', "unknown keys"),
    (_GROUP.replace("假期", "假期("), "bad pattern"),
])
def test_bad_alias_groups_are_refused_with_the_file_named(tmp_path, group, message):
    (tmp_path / "tourism.toml").write_text(_TOURISTS + group, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as e:
        load_catalog(tmp_path)
    assert "tourism.toml" in str(e.value) and "other.tourists[1]" in str(e.value)


def test_catalog_words_may_name_lexicon_entries(tmp_path):
    """A context (or alias) may refer to a lexicon entry by slot: the hotline's words are kept once, in the
    lexicon, and the catalog's `{hotline_title}` reads the same words."""
    from extractors.lexicon import lexicon

    (tmp_path / "line.toml").write_text(
        'family = "other"\n[[indicator]]\nid = "other.calls"\nname_zh = "来电"\nname_en = "Calls"\n'
        'kinds = ["level"]\nunits = ["件"]\naliases = ["来电"]\ncontext = ["{hotline_title}"]\n', encoding="utf-8")
    calls = load_catalog(tmp_path).by_id["other.calls"]
    assert calls.context.pattern == f"(?:{lexicon().pattern('hotline_title')})"
    assert calls.context.search("市长公开电话本周") and not calls.context.search("市长在电话会议上")


def test_an_unknown_lexicon_slot_in_the_catalog_is_refused_with_the_file_named(tmp_path):
    (tmp_path / "line.toml").write_text(
        'family = "other"\n[[indicator]]\nid = "other.calls"\nname_zh = "来电"\nname_en = "Calls"\n'
        'kinds = ["level"]\naliases = ["来电"]\ncontext = ["{no_such_entry}"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_entry") as e:
        load_catalog(tmp_path)
    assert "line.toml" in str(e.value) and "other.calls" in str(e.value)
