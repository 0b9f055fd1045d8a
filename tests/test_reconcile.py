from langgieng.model import Fact, Source, Span
from langgieng.reconcile import reconcile, record_key
from langgieng.reconcile.corrections import Correction, apply_corrections
from langgieng.reconcile.views import (
    entity_timeline,
    indicator_view,
    series_editions,
)

SERIES = "series/vn-kh-border-provinces-conference"


def _fact(type_: str, **fields: object) -> Fact:
    return Fact(type_, dict(fields), Span(0, 10), 0.8, "test")


def _source(article: str, *, url: str | None = None, published: str | None = None) -> Source:
    return Source(article, Span(0, 10), 0.8, published=published, url=url)


def test_same_relations_from_two_articles_is_one_record() -> None:
    a = _fact("relations", parties=["vn", "kh"], date="1967-06-24")
    b = _fact("relations", parties=["kh", "vn"], date="1967-06-24")
    records = reconcile([(a, _source("doc1")), (b, _source("doc2"))])
    assert len(records) == 1
    assert {s.article_id for s in records[0].sources} == {"doc1", "doc2"}
    assert records[0].conflicts == {}


def test_disagreeing_place_is_a_visible_conflict_and_more_sources_win() -> None:
    facts = [
        (_fact("meeting", series=SERIES, edition=12, place="vn/tay-ninh"), _source("a")),
        (_fact("meeting", series=SERIES, edition=12, place="vn/tay-ninh"), _source("b")),
        (_fact("meeting", series=SERIES, edition=12, place="vn/long-an"), _source("c")),
    ]
    (record,) = reconcile(facts)
    assert record.fields["place"] == "vn/tay-ninh"
    claims = record.conflicts["place"]
    assert [c.value for c in claims] == ["vn/tay-ninh", "vn/long-an"]
    assert [len(c.sources) for c in claims] == [2, 1]


def test_official_outlet_breaks_a_tie() -> None:
    facts = [
        (_fact("meeting", series=SERIES, edition=7, place="vn/ho-chi-minh"), _source("a")),
        (
            _fact("meeting", series=SERIES, edition=7, place="vn/ha-noi"),
            _source("b", url="https://baoquocte.vn/some-report"),
        ),
    ]
    (record,) = reconcile(facts)
    assert record.fields["place"] == "vn/ha-noi"


def test_precise_date_merges_with_its_month_and_rounding_is_no_conflict() -> None:
    facts = [
        (
            _fact(
                "measure",
                indicator="trade.bilateral",
                parties=["vn", "kh"],
                period="2022",
                value=10_570_000_000,
                unit="USD",
            ),
            _source("a"),
        ),
        (
            _fact(
                "measure",
                indicator="trade.bilateral",
                parties=["kh", "vn"],
                period="2022",
                value=10_600_000_000,
                unit="USD",
            ),
            _source("b"),
        ),
        (_fact("meeting", series=SERIES, edition=12, start="2023-04"), _source("a")),
        (_fact("meeting", series=SERIES, edition=12, start="2023-04-25"), _source("b")),
    ]
    measure, meeting = sorted(reconcile(facts), key=lambda r: r.type)
    assert measure.conflicts == {}
    assert meeting.fields["start"] == "2023-04-25"
    assert meeting.conflicts == {}


def test_running_totals_are_keyed_by_the_year_reported() -> None:
    fact = _fact("measure", indicator="investment.projects", parties=["vn", "kh"], period=None)
    assert record_key(fact, published="2014-12") != record_key(fact, published="2023-04-25")


def test_list_values_told_two_ways_are_two_claims() -> None:
    one = _fact("meeting", series=SERIES, edition=12, chairs=["person/a", "person/b"])
    other = _fact("meeting", series=SERIES, edition=12, chairs=["person/a"])
    [record] = reconcile([(one, _source("a")), (other, _source("b"))])
    assert sorted(map(len, (c.value for c in record.claims["chairs"]))) == [1, 2]


def test_a_figure_in_dong_is_another_record_than_one_in_dollars() -> None:
    usd = _fact("measure", indicator="trade.bilateral", parties=["vn/an-giang", "kh"],
                value=200_000_000, unit="USD", period="2022")
    vnd = _fact("measure", indicator="trade.bilateral", parties=["vn/an-giang", "kh"],
                value=5_000_000_000_000, unit="VND", period="2022")
    lak = _fact("measure", indicator="trade.bilateral", parties=["vn/an-giang", "kh"],
                value=4_000_000_000_000, unit="LAK", period="2022")
    assert len(reconcile([(usd, _source("a")), (vnd, _source("b")), (lak, _source("c"))])) == 3


def test_an_undated_agreement_joins_the_dated_one_of_its_articles_year() -> None:
    dated = _fact("agreement", parties=["vn/kon-tum", "la/sekong"], kind="mou", date="2023-08-06")
    undated = _fact("agreement", parties=["la/sekong", "vn/kon-tum"], kind="mou", date=None)
    records = reconcile([(dated, _source("doc1", published="2023-08-07")),
                         (undated, _source("doc2", published="2023-08-09"))])
    assert len(records) == 1 and records[0].fields["date"] == "2023-08-06"
    assert record_key(undated, published="2019-03-01") != record_key(dated, published="2023-08-07")


def test_series_shows_gaps_and_planned_editions() -> None:
    facts = [
        (_fact("meeting", series=SERIES, edition=n, status=s), _source(f"d{n}"))
        for n, s in [(6, "held"), (7, "held"), (11, "held"), (12, "held"), (13, "planned")]
    ]
    editions = series_editions(reconcile(facts), SERIES)
    assert [e.number for e in editions] == list(range(6, 14))
    assert [e.number for e in editions if e.record is None] == [8, 9, 10]
    assert [e.number for e in editions if e.planned] == [13]


def test_target_is_checked_against_the_actual_of_its_period() -> None:
    def measure(period: str, value: float) -> tuple[Fact, Source]:
        fact = _fact(
            "measure",
            indicator="trade.bilateral",
            parties=["vn", "kh"],
            period=period,
            value=value,
            unit="USD",
        )
        return fact, _source(period)

    target = _fact(
        "target",
        indicator="trade.bilateral",
        parties=["vn", "kh"],
        by="2015",
        value=5_000_000_000,
        unit="USD",
    )
    records = reconcile([measure("2013", 3.34e9), measure("2015", 3.5e9), (target, _source("t"))])
    view = indicator_view(records, "trade.bilateral", ["kh", "vn"])
    assert [r.fields["period"] for r in view.measures] == ["2013", "2015"]
    (check,) = view.targets
    assert check.actual is not None and check.met is False


def test_entity_timeline_is_in_date_order() -> None:
    facts = [
        (_fact("visit", visitor="person/hun-sen", destination="vn", start="2012-01"), _source("a")),
        (_fact("relations", parties=["vn", "kh"], date="1967-06-24"), _source("b")),
        (_fact("visit", visitor="person/other", destination="kh", start="2013-02"), _source("c")),
    ]
    timeline = entity_timeline(reconcile(facts), "vn")
    assert [r.type for r in timeline] == ["relations", "visit"]


def test_corrections_win_and_reject_hides_a_record() -> None:
    (record,) = reconcile(
        [(_fact("meeting", series=SERIES, edition=12, place="vn/long-an"), _source("a"))]
    )
    corrected = apply_corrections(
        record, [Correction(record.key, "correct", "place", "vn/tay-ninh")]
    )
    assert corrected is not None and corrected.fields["place"] == "vn/tay-ninh"
    assert corrected.review == "corrected"
    assert apply_corrections(record, [Correction(record.key, "reject")]) is None


def test_a_visit_announced_then_reported_held_is_one_held_record() -> None:
    visit = {"visitor": "person/hun-manet", "destination": "vn", "end": None, "kind": "official"}
    planned = _fact("visit", **visit, start="2023-12-11", status="planned")
    held = _fact("visit", **visit, start="2023-12-11", status="held")
    # two articles announce it, one reports it held: what happened wins over numbers
    (record,) = reconcile([(planned, _source("a", published="2023-12-05")),
                           (planned, _source("b", published="2023-12-06")),
                           (held, _source("c", published="2023-12-12"))])
    assert record.fields["status"] == "held"
    assert [c.value for c in record.claims["status"]] == ["held", "planned"]


def test_a_visit_reported_without_its_date_joins_the_dated_report_of_its_month() -> None:
    visit = {"visitor": "person/to-lam", "destination": "la", "end": None, "kind": "state"}
    dated = _fact("visit", **visit, start="2025-12-01")
    undated = _fact("visit", **visit, start=None)
    records = reconcile([(dated, _source("a", published="2025-12-02")),
                         (undated, _source("b", published="2025-12-04"))])
    assert len(records) == 1 and records[0].fields["start"] == "2025-12-01"
    other_month = reconcile([(dated, _source("a", published="2025-12-02")),
                             (undated, _source("b", published="2026-03-04"))])
    assert len(other_month) == 2  # a visit in another month is another visit


def test_a_happening_of_unknown_time_is_its_own_articles() -> None:
    """Two undated articles' running totals (or undated documents) are not known to be
    one happening: each stays in its article's record."""
    total = _fact("measure", indicator="investment.capital", parties=["vn", "la"], period=None,
                  value=5_000_000_000, unit="USD")
    other = _fact("measure", indicator="investment.capital", parties=["vn", "la"], period=None,
                  value=4_000_000_000, unit="USD")
    assert len(reconcile([(total, _source("a")), (other, _source("b"))])) == 2
    dated = [(total, _source("a", published="2024-03-01")),
             (other, _source("b", published="2024-09-01"))]
    assert len(reconcile(dated)) == 1
