"""XML exports read as tables of records: a review feed (Bazaarvoice's), an App Store review feed (Atom), a
service desk's export (ServiceNow's), annotated review sentences (SemEval's). Each fixture is written here and
every expected value read off it by hand."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from workbench import schema as S
from workbench.errors import WorkbenchError
from workbench.ingest.formats import detect_format, load

BAZAARVOICE = """<?xml version="1.0" encoding="UTF-8"?>
<Feed xmlns="http://www.bazaarvoice.com/xs/PRR/StandardClientFeed/14.7" name="acme">
  <Product id="P-100">
    <Name>Trail Runner 2</Name>
    <Reviews>
      <Review id="9001" removed="false">
        <UserProfileReference id="u-77"><DisplayName>runnerjo</DisplayName></UserProfileReference>
        <Title>Fell apart</Title>
        <ReviewText>The sole came off after two weeks of light use.</ReviewText>
        <Rating>1</Rating>
        <SubmissionTime>2024-03-01T10:15:00.000-06:00</SubmissionTime>
      </Review>
      <Review id="9002" removed="false">
        <UserProfileReference id="u-78"><DisplayName>hikerpat</DisplayName></UserProfileReference>
        <Title>Comfortable from day one</Title>
        <ReviewText>No blisters on a 20 km hike, and they dry fast.</ReviewText>
        <Rating>5</Rating>
        <SubmissionTime>2024-03-03T18:40:00.000-06:00</SubmissionTime>
      </Review>
    </Reviews>
  </Product>
</Feed>
"""

APP_STORE = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns:im="http://itunes.apple.com/rss" xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>https://itunes.apple.com/us/rss/customerreviews/id=123456789/sortby=mostrecent/xml</id>
<title>iTunes Store: Customer Reviews</title>
<author><name>iTunes Store</name><uri>http://www.apple.com/us/itunes/</uri></author>
<entry>
<updated>2024-03-04T10:00:00-07:00</updated>
<id>10001</id>
<title>Crashes on launch</title>
<content type="text">Since the last update the app closes as soon as I open it.</content>
<im:rating>1</im:rating>
<author><name>sam_k</name><uri>https://itunes.apple.com/us/reviews/id1</uri></author>
<content type="html">&lt;p&gt;Since the last update the app closes.&lt;/p&gt;</content>
</entry>
<entry>
<updated>2024-03-03T08:30:00-07:00</updated>
<id>10002</id>
<title>Does what it says</title>
<content type="text">Quick to log meals and the barcode scanner works every time.</content>
<im:rating>5</im:rating>
<author><name>lee.r</name><uri>https://itunes.apple.com/us/reviews/id2</uri></author>
<content type="html">&lt;p&gt;Quick to log meals.&lt;/p&gt;</content>
</entry>
</feed>
"""

SERVICE_DESK = """<?xml version="1.0" encoding="UTF-8"?><unload unload_date="2024-03-05 10:00:00">
<incident action="INSERT_OR_UPDATE">
<number>INC0010001</number>
<short_description>VPN drops every hour</short_description>
<description>Since Monday the VPN disconnects every hour and I lose my session.</description>
<opened_at>2024-03-01 09:12:00</opened_at>
<category>network</category>
</incident>
<incident action="INSERT_OR_UPDATE">
<number>INC0010002</number>
<short_description>Cannot print to floor 3</short_description>
<description>The printer on floor 3 shows offline for everyone.</description>
<opened_at>2024-03-02 14:30:00</opened_at>
<category>hardware</category>
</incident>
</unload>
"""


def _loaded(tmp_path, name: str, xml: str):
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    assert detect_format(path) == "table"
    return load(path)


def test_a_review_feed_reads_each_review_not_the_product_or_the_reviewers_profile(tmp_path):
    res = _loaded(tmp_path, "bazaarvoice.xml", BAZAARVOICE)
    m = res.messages
    assert m[S.SOURCE_ID].tolist() == ["9001", "9002"]
    assert m[S.TEXT].tolist() == ["Fell apart. The sole came off after two weeks of light use.",
                                  "Comfortable from day one. No blisters on a 20 km hike, and they dry fast."]
    assert m[S.RATING].tolist() == [1.0, 5.0] and set(m[S.RATING_TYPE]) == {"stars"}
    # 10:15 at UTC-6 is 16:15 UTC
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2024-03-01 16:15", tz="UTC"),
                                        pd.Timestamp("2024-03-04 00:40", tz="UTC")]
    assert m[S.AUTHOR_ID].nunique() == 2  # runnerjo and hikerpat, by pseudonym
    # what each review is of, from the element it sits in: kept to segment by
    meta = [json.loads(x) for x in m[S.METADATA]]
    assert [(d["Product_id"], d["Product_Name"]) for d in meta] == [("P-100", "Trail Runner 2")] * 2
    assert any("each of its 2 <Review> elements read as a row" in n for n in res.notes)


def test_an_app_store_feed_reads_its_entries_with_the_text_copy_of_their_content(tmp_path):
    m = _loaded(tmp_path, "reviews.xml", APP_STORE).messages
    assert m[S.SOURCE_ID].tolist() == ["10001", "10002"]  # the feed's own <author> is no review
    assert m[S.TEXT].tolist() == [
        "Crashes on launch. Since the last update the app closes as soon as I open it.",
        "Does what it says. Quick to log meals and the barcode scanner works every time."]
    assert m[S.RATING].tolist() == [1.0, 5.0]
    assert m[S.CREATED_AT].tolist() == [pd.Timestamp("2024-03-04 17:00", tz="UTC"),
                                        pd.Timestamp("2024-03-03 15:30", tz="UTC")]


def test_a_service_desk_export_reads_each_incident_as_a_ticket(tmp_path):
    m = _loaded(tmp_path, "incident.xml", SERVICE_DESK).messages
    assert m[S.TEXT].tolist() == [
        "VPN drops every hour. Since Monday the VPN disconnects every hour and I lose my session.",
        "Cannot print to floor 3. The printer on floor 3 shows offline for everyone."]
    assert set(m[S.CHANNEL]) == {"ticket"}
    assert m[S.CREATED_AT].dt.day.tolist() == [1, 2]
    assert [json.loads(x)["number"] for x in m[S.METADATA]] == ["INC0010001", "INC0010002"]


def test_broken_or_textless_xml_is_one_clear_sentence(tmp_path):
    broken = tmp_path / "cut.xml"
    broken.write_text(BAZAARVOICE[:400], encoding="utf-8")
    with pytest.raises(WorkbenchError, match=r"cut\.xml: the XML is not well formed at line \d+, column \d+"):
        load(broken, format="table")
    bare = tmp_path / "ids.xml"
    bare.write_text("<ids><id>1</id><id>2</id></ids>", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="the XML holds no records with text"):
        load(bare, format="table")


def test_semeval_review_sentences_read_one_message_per_sentence(shared):
    path = shared / "topic-labelled" / "semeval2016-absa" / "ABSA16_Laptops_Train_SB1_v2.xml"
    raw = path.read_text(encoding="utf-8")
    m = load(path).messages
    assert len(m) == len(re.findall(r"<sentence\b", raw)) == 2500
    assert m[S.TEXT].iloc[1] == "This computer is absolutely AMAZING!!!"
