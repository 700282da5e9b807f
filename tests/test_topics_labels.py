"""Topic names, the no-subject group, quotes and themes, on small fixed inputs with answers worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from workbench.analysis.topic_names import (
    completed,
    distinct_name,
    export_wide_words,
    topic_name,
    used_as_thing,
    writes_phrase,
)
from workbench.analysis.topic_quotes import representatives, whole_words
from workbench.analysis.topics import (
    NO_SUBJECT,
    TopicResult,
    _stop_words,
    brand_stop_words,
    distinctive_phrases,
    has_subject,
    name_masker,
    themes,
)


def test_topic_names_have_no_two_inflections_of_one_word():
    assert topic_name(["lost baggage", "lost bags", "baggage claim", "delayed"]) == "lost baggage and delayed"
    assert topic_name(["refund", "refunds", "refunded", "money back"]) == "refund and money back"
    assert topic_name(["cancelled flight", "flight cancelled", "cancellation", "rebooking"]) == \
        "cancelled flight and rebooking"
    name = topic_name(["password reset", "reset password", "passwords", "reset email", "locked account"])
    assert name == "password reset and locked account" and "," not in name
    # a word and a longer one built on it say one thing twice
    assert topic_name(["iphone", "phones", "battery"]) == "iphone and battery"
    assert topic_name(["change email", "mail", "inbox"]) == "change email and inbox"
    assert topic_name(["download game", "redownload", "offline"]) == "download game and offline"
    assert topic_name(["atms", "atm", "card"]) == "atms and card"  # a plural no dictionary knows
    assert topic_name(["followers", "following", "tweets"]) == "followers and tweets"  # a noun made of a verb
    assert topic_name(["printer", "printing", "paper jam"]) == "printer and paper jam"
    assert topic_name(["number", "numbing"]) == "number"  # a stem of four letters is still one word
    assert topic_name(["water", "waiter"]) == "water and waiter"
    # a long stem, and a word spelt wrong beside the word it means
    assert topic_name(["customizable", "customization", "keyboard"]) == "customizable and keyboard"
    # a phrase that holds the name's word (or its stem) and more says more: it names the topic instead
    assert topic_name(["customizable", "customization options", "keyboard"]) == "customization options and keyboard"
    assert topic_name(["luggage", "lost luggage", "claim"]) == "lost luggage and claim"
    assert topic_name(["dress", "dress comfortable", "waist"]) == "dress and waist"  # praise adds nothing
    # two words one phrase holds together are named by it
    assert topic_name(["fast", "delivery", "fast delivery", "friendly staff"]) == "fast delivery and friendly staff"
    assert topic_name(["warranty", "warrenty", "repair shop"]) == "warranty and repair shop"
    assert topic_name(["laptop", "lap top", "battery"]) == "laptop and battery"  # one word written in two
    # a word spelt wrong names nothing: "sushi and suprised", "address and shiping" were names
    assert topic_name(["sushi", "suprised", "sashimi"]) == "sushi and sashimi"
    assert topic_name(["shiping address", "delivery", "address"]) == "delivery and address"
    # one word in British and American spelling
    assert topic_name(["customizable", "customisable", "themes"]) == "customizable and themes"
    assert topic_name(["cancelled flight", "canceled", "refund"]) == "cancelled flight and refund"
    assert topic_name(["colour settings", "color", "podcasts"]) == "colour settings and podcasts"
    assert topic_name(["filled form", "filed complaint"]) == "filled form and filed complaint"  # two words
    # two phrases that a third joins end to end are one
    assert topic_name(["android ice", "cream sandwich", "ice cream", "nexus"]) == "android ice cream sandwich"
    assert topic_name(["cream sandwich", "android ice", "ice cream"]) == "android ice cream sandwich"
    # ... where the topic's messages write the joined phrase (two of them, any case), not otherwise
    written = writes_phrase(["my bank transfer of money failed", "Transfer money to my bank", "The Reddit app "
                             "crashes on start", "reddit app crashes again", "reddit-app crashes"])
    assert topic_name(["bank transfer", "money", "transfer money"], written=written) == "bank transfer and money"
    assert topic_name(["reddit app", "crashes", "app crashes"], written=written) == "reddit app crashes"
    assert topic_name(["bank transfer", "money", "transfer money"]) == "bank transfer money"  # nothing to read
    # a word alone that two of the topic's phrases extend on both sides is named by the whole phrase
    assert topic_name(["android", "sandwich", "cream", "cream sandwich", "ice", "ice cream", "nexus"]) \
        == "android and ice cream sandwich"
    # not where the phrases extend it two ways ("ice cream", "sour cream"): the one phrase that holds it names it
    assert topic_name(["refund", "sandwich", "cream sandwich", "ice cream", "sour cream"]) == \
        "refund and cream sandwich"
    # a word of the name that one phrase of two says more fully is named by that phrase
    assert topic_name(["paper", "sellers", "stop", "toilet paper"]) == "toilet paper and sellers"
    assert topic_name(["sellers", "paper", "toilet paper"]) == "sellers and toilet paper"
    assert topic_name(["phone", "call", "phone number"]) == "phone number and call"
    # not where two phrases extend it, nor by a word that says what it does ("skirt fits")
    assert topic_name(["card", "gta online", "debit card", "credit card"]) == "card and gta online"
    assert topic_name(["skirt", "waist", "skirt fits"]) == "skirt and waist"
    # nouns name a topic before other words, but a first word that says what went wrong leads as a noun would
    assert topic_name(["hacked", "compromised", "hack", "hacker", "changed", "name"]) == "hacked and compromised"
    assert topic_name(["provided", "consumer report", "fcra"]) == "consumer report and fcra"  # narration: no
    assert topic_name(["refund", "card", "locked"]) == "refund and card"  # what went wrong further down: no
    # two words a letter apart that the dictionary knows both are two words
    assert topic_name(["charged twice", "changed flight"]) == "changed flight and charged twice"


def test_a_word_its_messages_use_as_a_verb_or_a_modifier_is_no_part_of_a_name():
    said = ["Three hard inquiries on my report", "I see hard inquiries I never made", "remove the hard inquiry",
            "I set up autopay and it was set up wrong", "they set up a plan", "late fees on my account",
            "the fees were charged twice", "It takes weeks", "delivery takes forever", "the soup was edible"]
    thing = used_as_thing(said)
    # by hand: "hard" is an adjective of the dictionary before another word in 3 of its 3 uses; "set" stands
    # before "up" in 3 of 3; "takes" after "it" in 1 of 2 (half: a verb); "edible" after "was"
    assert [w for w in ("hard", "set", "takes", "edible") if thing(w)] == []
    # "fees": after "late" and "the", before "on" and "were": a thing; "inquiries" and a word never written too
    assert thing("fees") and thing("inquiries") and thing("baggage")
    assert topic_name(["credit inquiries", "hard", "credit report"], as_thing=thing) == "credit inquiries"
    assert topic_name(["late payments", "set", "fees"], as_thing=thing) == "late payments"
    assert topic_name(["late payments", "fees", "set"], as_thing=thing) == "late payments and fees"
    assert topic_name(["credit inquiries", "hard"]) == "credit inquiries and hard"  # nothing to read
    # a first name of one word goes on to the next word that is a thing
    assert topic_name(["delivery", "takes", "fees"], as_thing=thing) == "delivery and fees"
    # a word that joins the name's phrase is no part of its own ("visual" of "visual studio license")
    assert topic_name(["studio license", "visual", "visual studio"], as_thing=used_as_thing(
        ["visual studio license expired", "need a visual studio license"])) == "visual studio license"
    # where the shortened name is taken, the name before shortening tells the topic apart
    assert distinct_name(["credit inquiries", "hard"], {"credit inquiries and disputes"}, as_thing=thing) \
        == "credit inquiries and hard"


def test_a_phrase_cut_from_a_longer_one_is_said_whole():
    act = ["the Fair Credit Reporting Act says", "Credit Reporting Act section 609", "under the credit reporting act",
           "violates the credit reporting act", "per the credit reporting act.", "my identity theft report"]
    # "reporting act": 5 uses, "credit" before all 5 (then "fair" before 1 of 5, "the" a stop word)
    assert completed("reporting act and identity theft", act) == "credit reporting act and identity theft"
    assert completed("reporting act and identity theft", act[:4]) == "reporting act and identity theft"  # 4 uses
    # "identity theft": one use; a word the name has already, a stop word or a verb's form is never added
    assert completed("credit bureau and reporting act", act) == "credit bureau and reporting act"
    said = ["I was charged twice"] * 5 + ["my card was charged twice"] * 5
    assert completed("charged twice", said) == "charged twice"  # "was" is a stop word
    assert completed("late fees", ["they charged late fees"] * 6) == "late fees"  # "charged": a verb's form
    assert completed("chase credit", ["my chase credit card"] * 5) == "chase credit card"
    # within five words
    assert completed("lost bags and broken wheel", ["lost bags claim"] * 5 + ["broken wheel"]) == \
        "lost bags claim and broken wheel"
    assert completed("lost luggage bags and broken wheel", ["lost luggage bags claim"] * 5) == \
        "lost luggage bags and broken wheel"


def test_topic_names_skip_generic_words_and_stay_short():
    assert topic_name(["saying", "supposed", "seat upgrade", "upgrade"]) == "seat upgrade"
    assert topic_name(["posts", "couple", "comments"]) == "posts and comments"  # "a couple of days"
    assert topic_name(["buggy", "bruh", "crash"]) == "buggy and crash"  # an interjection names nothing
    assert len(topic_name(["very long phrase of words", "another one here"]).split()) <= 5
    assert topic_name([]) == ""


def test_topic_names_leave_out_the_praise_before_what_they_name():
    from workbench.analysis.topic_names import topic_name

    assert topic_name(["beautiful skirt", "waist", "skirt fits"]) == "skirt and waist"
    assert topic_name(["perfect sweater", "size small"]) == "sweater and size small"
    assert topic_name(["love top", "sleeves"]) == "top and sleeves"  # a top is a garment, whatever the dictionary
    assert topic_name(["lost luggage", "great service"]) == "lost luggage and service"
    assert topic_name(["free shipping", "returns"]) == "free shipping and returns"  # what is free is the subject


def test_topic_names_lead_with_what_is_asked_about_and_never_swear():
    # "hopefully" is only an adverb and "stating" only a verb: they name nothing; "credit report" does.
    assert topic_name(["hopefully", "stating", "credit report", "reported"]) == "credit report"
    # Adjectives and past participles name problems ("late", "delayed"); swearing never reaches a label.
    assert topic_name(["shitty service", "late delivery", "delayed"]) == "late delivery and delayed"
    assert topic_name(["fucking app", "app crashes", "crash"]) == "app crashes"
    # nor does a slur (4,586 brand tweets had a topic named "tweet and n*ggas")
    assert topic_name(["tweet", "niggas", "tweeted"]) == "tweet"
    # nor slang a manager would not forward (400 dress reviews had a topic "boobs and high waisted")
    assert topic_name(["boobs", "high waisted", "bust"]) == "high waisted and bust"
    # nor a mild oath (799 tweets to Apple: "stop and dammit")
    assert topic_name(["dammit", "charger", "stop"]) == "charger and stop"
    # nor any form of a swear word (1,358 brand tweets: a topic "fucks and text", a segment "twitter: fucks")
    assert topic_name(["fucks", "text", "bitches", "tweets"]) == "text and tweets"
    # nor a swear word spelt to slip past a filter (Sanders' tweets: a theme "dnt and fcucks sake"), while a place
    # that begins the same way names what it names
    assert topic_name(["fcucks sake", "fckin", "phone", "fuking", "update"]) == "phone and update"
    assert topic_name(["fukushima", "plant"]) == "fukushima and plant"
    assert topic_name(["dnt", "stevejobs", "welp", "iphone"]) == "stevejobs and iphone"  # chat's "don't", "well"
    assert topic_name(["niggling issue", "battery"]) == "niggling issue and battery"  # a word, not a slur
    from workbench.analysis.topic_names import describe

    assert "bitch" not in describe("text and tweets", ["fucks", "bitch", "timeline", "hella"], ["hello"])
    # What the topic is about comes first: phrases with a noun before adjectives and verbs alone.
    assert topic_name(["comfy", "bought", "soft sweater", "dryer"]) == "soft sweater and dryer"
    # Praise and emphasis say how a customer feels, not what about: what they are about names the topic.
    assert topic_name(["pretty", "cute", "absolutely love", "sweater colour", "perfectly"]) == "sweater colour"
    assert topic_name(["lost bag", "perfectly"]) == "lost bag"
    assert topic_name(["pretty", "cute"]) == "pretty and cute"  # nothing else to say: still a name
    # Words no dictionary knows (products, "gta") name something.
    assert topic_name(["definitely", "gta online", "online"]) == "gta online"


def test_the_exports_own_subject_does_not_name_its_topics():
    # An airline's export: "flight" stands in the keyphrases of all four topics, "delay" in one.
    topics = [["flights", "flight delayed", "delay", "late"], ["flight", "lost bag", "luggage"],
              ["flights", "refund", "credit card"], ["flight", "seat", "upgrade"]]
    assert export_wide_words(topics) == {"flight"}
    assert export_wide_words(topics[:2]) == frozenset()  # two topics: too few to tell what is export-wide
    wide = export_wide_words(topics)
    assert topic_name(topics[0]) == "flight delayed and late"  # "flight" not yet known as the export's own
    assert topic_name(topics[0], wide=wide) == "flight delayed and late"
    assert topic_name(topics[1], wide=wide) == "lost bag and luggage"
    assert topic_name(topics[2], wide=wide) == "refund and credit card"
    assert topic_name(["flight", "flights"], wide=wide) == "flight"  # nothing else to say: still a name


def test_care_accounts_name_their_brand():
    from workbench.ingest.person_names import account_name, brand_words, care_account

    cases = {"AskPlayStation": "PlayStation", "Uber_Support": "Uber", "SpotifyCares": "Spotify",
             "comcastcares": "comcast", "AskeBay": "eBay", "British_Airways": "British Airways",
             "TeamYouTube": "YouTube", "Delta": "Delta", "Helpful": "Helpful", "Teamviewer": "Teamviewer",
             "HPSupport": "HPSupport", "acme-support": "acme", "Acme.Help": "Acme"}  # HP: shorter than three letters
    assert {h: account_name(h) for h in cases} == cases
    assert {"playstation", "ebay"} <= brand_words(["AskPlayStation", "AskeBay"])
    accounts = ["AskTarget", "ask_wellsfargo", "ASKPLAYSTATION", "AirAsiaSupport", "comcastcares", "Uber_Support"]
    people = ["Askew_Jo", "asking4it", "Asked", "asks_alot", "askerjane", "HPSupport", "askme", "Delta"]
    assert [care_account(h) for h in accounts + people] == [True] * len(accounts) + [False] * len(people)
    mask = name_masker(["AskPlayStation", "AskeBay"])
    assert mask("my PlayStation won't start, and eBay lost my parcel") == "my won't start, and lost my parcel"


def test_brand_names_are_masked_also_as_accounts():
    mask = name_masker(["Southwest", "Delta", "US Airways"])
    assert mask("#SouthwestAir lost my bag, Delta too") == "# lost my bag, too"
    assert mask("DeltaAssist and usairways and US Airways") == "and usairways and"  # no run-on without the name
    assert mask("Southwestern food at deltaic plains") == "Southwestern food at deltaic plains"


def test_messages_with_no_subject_are_found():
    stop = _stop_words(["AcmeAir"], [])
    docs = ["Thank you so much!!", "hi", "?", "love you guys", "AcmeAir thanks", "great service from JFK",
            "my bag never arrived", "thanks, but the refund is still missing", "Heathrow to Canada, thanks!"]
    # Brand names and places (airports known by name, countries) are not a subject; "service" is care filler;
    # bags and refunds are.
    assert has_subject(docs, stop).tolist() == [False, False, False, False, False, False, True, True, False]
    # Interjections and chat slang name nothing either ("ugh and siri", "tweet and ima" named topics of tweets)
    assert has_subject(["ugh!!", "ima go lol", "ugh siri", "hmm ok"], stop).tolist() == [False, False, True, False]
    # Praise and what only strengthens it name nothing either (an app store's "Pretty good", "Super!"); praise of
    # a thing or a turn to a problem keeps its subject
    praise = ["Pretty good", "Super!", "It is simply the best", "Incredible", "Highly recommend", "Great so far",
              "Good job overall", "pretty dress", "pretty bad battery", "super slow", "so far no refund"]
    assert has_subject(praise, stop).tolist() == [False] * 7 + [True] * 4


def test_words_seen_only_as_hashtags_name_no_topic():
    from workbench.analysis.topics import tag_only_words

    docs = ["page comes out blank #hppsdr #ijkhelp", "need #help now", "please help me", "#fail again #HPPSDR",
            "ink cartridge not recognised #hppsdr", "#ab #2020"]
    # hppsdr, ijkhelp and fail are only ever hashtags here; help is also written plainly; "ab" and "2020" are
    # no words (under 3 letters, digits)
    assert tag_only_words(docs) == {"hppsdr", "ijkhelp", "fail"}


def test_quotes_are_distinct_whole_and_counted():
    # Four messages: three say the same (two identical, one with the same words), one differs.
    texts = ["My bag is lost!", "my bag is lost", "My bag is lost!", "The app crashes every time I open it"]
    x = np.array([[1.0, 0.0], [0.999, 0.045], [1.0, 0.0], [0.6, 0.8]])
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    centre = x.mean(axis=0) / np.linalg.norm(x.mean(axis=0))
    quotes = representatives(np.arange(4), x, centre, texts, k=4)
    # The centre points at about 13 degrees: message 1 (2.6 degrees) is the most typical of the three alike.
    assert quotes == ["my bag is lost (+2 similar)", "The app crashes every time I open it"]
    # Close in meaning (cosine 0.96) but written apart (two of ten words shared): two complaints, not a copy
    texts = ["The bureau kept reporting a debt that was paid off years ago",
             "Collector calls about an account opened by identity thieves, reporting it anyway"]
    x = np.array([[1.0, 0.0], [0.96, 0.28]])
    quotes = representatives(np.arange(2), x, np.array([1.0, 0.0]), texts, k=4)
    assert quotes == texts
    assert whole_words("one two three four five six", 14) == "one two three …"
    assert whole_words("short", 14) == "short"


def test_themes_group_topics_and_keep_special_groups_apart():
    # Six topics in two clear directions (three near the x axis, three near the y axis), plus outliers and
    # the no-subject group; asked for exactly two themes.
    centres = {0: [1, 0.0], 1: [1, 0.1], 2: [1, -0.1], 3: [0.0, 1], 4: [0.1, 1], 5: [-0.1, 1]}
    assignments = np.array([t for t in range(6) for _ in range(3)] + [-1, NO_SUBJECT, NO_SUBJECT])
    emb = np.array([centres.get(int(t), [0.7, 0.7]) for t in assignments], dtype=float)
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    labels = ["lost bag", "bag claim", "damaged bag", "late flight", "flight delay", "missed flight"]
    table = pd.DataFrame({
        "topic_id": [*range(6), -1, NO_SUBJECT], "label": [*labels, "(no clear topic)", "no subject"],
        "description": [""] * 8, "keywords": ["bag, luggage"] * 3 + ["flight, delay"] * 3 + ["", ""],
        "size": [3] * 6 + [1, 2], "share": [3 / 21] * 6 + [1 / 21, 2 / 21],
    })
    result = TopicResult(assignments, table, 0.0, 1 / 21)
    out, of_topic = themes(result, emb, min_themes=2, max_themes=2)
    real = out[out["theme_id"] >= 0]
    assert sorted(map(sorted, real["topic_ids"])) == [[0, 1, 2], [3, 4, 5]]
    assert of_topic[-1] == -1 and of_topic[NO_SUBJECT] == NO_SUBJECT
    assert out["size"].sum() == len(assignments)
    assert set(real["label"]) == {"bag and luggage", "flight and delay"}
    # A theme is never named as a topic that another theme holds: were the flight topic "late flight" called
    # "bag and luggage", the bags' theme would take its biggest topic's name.
    result.topics.loc[3, "label"] = "bag and luggage"
    out, _ = themes(result, emb, min_themes=2, max_themes=2)
    assert set(out.loc[out["theme_id"] >= 0, "label"]) == {"lost bag", "flight and delay"}


def test_themes_weigh_each_topic_by_its_messages():
    from workbench.analysis.topics import _weighted_ward

    # Two big topics A (1, 0) and B (0, 1) of 100 messages each, a small one C (-0.6, -0.8) of 2, two themes.
    # Squared distances: AB 2, AC 3.2, BC 3.6. Counting each centroid once (scipy's Ward) A and B merge first
    # (cost 1 against 1.6 and 1.8) and C is a theme of 1% of the messages; by messages the costs are AB
    # 100*100/200*2 = 100, AC 100*2/102*3.2 = 6.3, BC 100*2/102*3.6 = 7.1: C joins A, its nearer topic.
    x = np.array([[1.0, 0.0], [0.0, 1.0], [-0.6, -0.8]])
    groups = _weighted_ward(x, np.array([100, 100, 2]), k=2)
    assert groups[0] == groups[2] != groups[1]
    # Equal sizes: as scipy's Ward
    from scipy.cluster.hierarchy import fcluster, linkage

    same = _weighted_ward(x, np.array([5, 5, 5]), k=2)
    scipy_groups = fcluster(linkage(x, method="ward"), t=2, criterion="maxclust")
    assert (same[:, None] == same[None]).tolist() == (scipy_groups[:, None] == scipy_groups[None]).tolist()
    assert _weighted_ward(x, np.array([1, 1, 1]), k=3).tolist() == [1, 2, 3]


def test_a_theme_is_named_by_what_its_topics_share_or_by_its_biggest_topic():
    from workbench.analysis.topic_names import theme_name

    t = pd.DataFrame({"topic_id": [0, 1, 2], "label": ["channel and youtube", "crashes and error code", "ios apps"],
                      "keywords": ["channel, youtube, video", "crashes, error code, ios", "ios, apps, iphone"],
                      "size": [135, 126, 17]}).set_index("topic_id", drop=False)
    # "ios" is shared, but by topics holding 143 of 278 messages: not the theme's name.
    assert theme_name([0, 1, 2], t) == "channel and youtube"
    t["keywords"] = ["password reset, email, login", "email, hacked, password reset", "email, recovery"]
    # "email" is in all three topics, "password reset" in two: both name the theme.
    assert theme_name([0, 1, 2], t) == "email and password reset"
    assert theme_name([2], t) == "ios apps"
    # Thanks shared by two topics names no theme: their biggest topic's label does.
    t["keywords"] = ["appreciate, channel, awesome", "appreciate, awesome, crashes", "ios, apps"]
    assert theme_name([0, 1], t) == "channel and youtube"
    # A theme whose messages' phrases name nothing (only swearing) takes its biggest topic's label, never ""
    assert theme_name([0, 1], t, spoken=["fuck", "shit"]) == "channel and youtube"
    # Phrases of its messages that name no thing, only what happened, name no theme either: the bundled sample's
    # theme of in-game purchases, refunds and a store's toilet paper was "disappeared and bought"
    assert theme_name([0, 1], t, spoken=["disappeared", "bought", "purchased"]) == "channel and youtube"
    assert theme_name([0, 1], t, spoken=["disappeared", "shark card"]) == "shark card and disappeared"
    # Phrases of its messages that only repeat a name taken give way to its biggest topic's label, not to a
    # number: the bundled sample's theme of shark cards and casinos was "gta online and arcade (2)", beside the
    # topic "gta online" in another theme
    assert theme_name([0, 1], t, used={"gta online"}, spoken=["gta online", "arcade"]) == "channel and youtube"
    t["keywords"] = ["casino, disappeared, arcade", "refund, bought", "buy, bought, disappeared"]
    assert theme_name([0, 1, 2], t) == "channel and youtube"
    # One phrase in two word orders is one phrase, named as the biggest topic writes it: a theme of credit
    # inquiries was "inquiries credit", the one order its two topics' phrases shared
    t["keywords"] = ["credit inquiries, inquiries credit, unauthorized inquiries", "inquiries credit, credit bureaus",
                     "ios, apps"]
    assert theme_name([0, 1], t) == "credit inquiries"
    # ... and as most of its topics first write it: an app store's theme of reddit clients was "app reddit", the
    # order its biggest topic wrote first and one other, where four wrote "reddit app" (as 236 reviews did; one
    # wrote "app reddit")
    t = pd.DataFrame({"topic_id": range(6), "label": [f"topic {i}" for i in range(6)],
                      "keywords": ["app reddit, reddit app, android", "reddit apps, app reddit, reddit app",
                                   "loading subreddits, reddit app", "app crashes, reddit app", "reddit app, phone",
                                   "reddit app, pro version"],
                      "size": [92, 89, 46, 32, 31, 25]}).set_index("topic_id", drop=False)
    assert theme_name(list(range(6)), t) == "reddit app"


def test_two_themes_never_share_a_name():
    from workbench.analysis.topic_names import theme_name

    t = pd.DataFrame({"topic_id": [0, 1, 2, 3], "label": ["shirt", "shirt and fit", "dress length", "blouse"],
                      "keywords": ["shirt, fabric", "shirt, fit, fabric", "dress, length", "blouse, sleeves"],
                      "size": [50, 40, 30, 20]}).set_index("topic_id", drop=False)
    # A bigger theme already took "shirt": the next one is named by its own biggest topic's label instead.
    assert theme_name([0], t) == "shirt"
    assert theme_name([0], t, used={"shirt"}) == "shirt (2)"
    # Both shared phrases name the theme; once that name is taken, the next one that is not within it does
    # ("shirt" beside "shirt and fabric" reads as one name within the other) ...
    assert theme_name([0, 1], t, used={"shirt and fabric"}) == "shirt and fit"
    # ... and where every name is within one taken, one that is at least not taken, before a number
    assert theme_name([0, 1], t, used={"shirt and fabric", "shirt"}) == "shirt and fit"
    assert theme_name([2, 3], t, used={"dress length"}) == "blouse"
    # Nor in other inflections: a bigger theme named "dress lengths" took "dress length" too.
    assert theme_name([2, 3], t, used={"dress lengths"}) == "blouse"


def test_two_topics_never_share_a_name():
    from workbench.analysis.topic_names import distinct_name

    used = {"true size and runs large", "true size and big"}
    # The phrases of the name taken are passed over: what is left names the second topic.
    assert distinct_name(["true size", "big", "size fit", "runs large"], used) == "size fit and big"
    assert distinct_name(["true size", "big"], used) == "true size and big (2)"
    assert distinct_name(["lost bag"], used) == "lost bag"
    # The same two phrases in the other order are the same name: passed over too.
    assert topic_name(["refund", "subscription", "billing"]) == "refund and subscription"
    assert distinct_name(["refund", "subscription", "billing"], {"subscription and refund"}) == "billing"
    # So are the same phrases inflected otherwise ("tweets" for "tweet"), and praise passed over as it is named
    assert distinct_name(["twitter", "tweets", "timeline"], {"twitter and tweet"}) == "timeline"
    # and a name within another's, or around it
    assert distinct_name(["error", "connection", "timeout"], {"error code and connection"}) == "timeout"
    assert distinct_name(["refund", "money back", "card"], {"refund"}) == "card"
    assert distinct_name(["love jacket", "coats"], {"jacket and coat"}) == "jacket and coats (2)"


def test_elongated_words_name_nothing():
    assert topic_name(["sooooooo", "helppp", "account locked", "password"]) == "account locked and password"


def test_messages_left_out_of_a_sampled_fit_join_the_nearest_topic():
    from workbench.analysis.topics import NO_SUBJECT, _assign_unfitted

    def unit(*xy):
        v = np.array(xy, dtype=np.float32)
        return v / np.linalg.norm(v)

    embeddings = np.vstack([unit(1, 0), unit(1, 0.1), unit(0, 1), unit(0.4, 1),  # fitted: topics 0, 0, 1, 1
                            unit(1, 0.05), unit(0.2, 1), unit(-1, 0), unit(1, 1)])  # left out of the fit
    topics = np.array([0, 0, 1, 1, -1, -1, -1, NO_SUBJECT])
    out = _assign_unfitted(topics, np.array([4, 5, 6]), embeddings)
    # By hand: 4 sits between topic 0's members, 5 beside topic 1's; 6 points away from both: an outlier.
    assert out.tolist() == [0, 0, 1, 1, 0, 1, -1, NO_SUBJECT]


def test_the_word_a_collection_was_gathered_on_is_no_topic_word():
    from workbench.analysis.topics import collection_words

    docs = ["#sxsw ipad line is long", "SXSW party tonight", "google circles at sxsw", "sxsw flight is late"] * 9 \
        + ["my credit card was declined", "credit report is wrong", "no credit here", "flight delayed"]
    # "sxsw" stands in 36 of 40 messages (over 80%); "credit" in 3, "flight" in 10: kept.
    assert collection_words(docs) == {"sxsw"}
    assert collection_words(docs, share=0.95) == set()
    assert collection_words(docs[:19]) == set()  # too few messages to tell


def test_a_data_set_placeholder_handle_is_neither_brand_nor_kept():
    from workbench import schema as S
    from workbench.ingest.clean import addressed_handles

    rows = [{S.AUTHOR_ID: f"c{i}", S.AUTHOR_ROLE: "customer", S.TEXT: f"@mention @Acme order {i} late"}
            for i in range(25)]
    assert addressed_handles(pd.DataFrame(rows)) == frozenset({"acme"})


def test_an_industrys_own_words_stay_topic_words_when_many_brands_share_them():
    # A complaint register names 300 companies; "bank" and "credit" stand in three or more of their names and
    # are what the complaints are about; each company's own name ("experian", "navient") is still no topic word.
    brands = ["Experian Information Solutions Inc.", "BANK OF AMERICA, NATIONAL ASSOCIATION", "CREDIT ONE BANK",
              "Navient Solutions, LLC.", "NAVY FEDERAL CREDIT UNION", "CREDIT ACCEPTANCE CORPORATION",
              "Capital One Bank"]
    stop = brand_stop_words(brands)
    assert {"experian", "navient", "america", "navy", "acceptance"} <= stop
    assert not {"bank", "credit"} & stop  # in three names each
    assert "solutions" in stop  # in two: not yet an industry's word
    # an airline export's six brands share no word: all their words stay out of the topics
    airlines = ["Virgin America", "United", "Southwest", "Delta", "US Airways", "American"]
    assert {"virgin", "united", "southwest", "delta", "airways", "american"} <= brand_stop_words(airlines)


def test_a_topic_is_named_by_the_phrases_that_set_it_apart():
    from sklearn.feature_extraction.text import CountVectorizer

    docs = ["probably refund late", "refund probably slow", "refund missing probably", "probably refund",
            "probably screen cracked", "screen cracked probably", "probably screen broken", "screen probably"]
    topics = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    vectorizer = CountVectorizer(stop_words=[], token_pattern=r"(?u)\b[^\W\d_]{3,}\b")
    naming = distinctive_phrases(docs, topics, {0: ["probably", "refund"], 1: ["probably", "refund"]}, vectorizer)
    # "probably" is in every message (lift 1); "refund" in all of topic 0's and half of all (lift 2).
    assert naming[0] == ["refund"]
    # neither keyphrase sets topic 1 apart ("refund" is in none of its messages): "screen" (lift 2, in all four)
    # names it; "cracked" (lift 2) is in only two of its messages, under the three a phrase must be in.
    assert naming[1] == ["screen"]
    # where no phrase sets a topic apart, its keyphrases stay
    assert distinctive_phrases(docs, np.zeros(8, int), {0: ["probably", "refund"]}, vectorizer) == {
        0: ["probably", "refund"]}


def test_words_customers_write_about_are_no_stop_words():
    # scikit-learn's English stop list holds "bill", "system", "top", "interest" and "fire": a billing complaint,
    # a garment, a loan's interest and a Fire tablet are subjects; its function words stay stop words.
    stop = set(_stop_words([], []))
    assert not {"bill", "system", "top", "interest", "fire", "call", "show"} & stop
    assert {"the", "whereupon", "somehow", "amongst"} <= stop
    assert has_subject(["my bill", "the top", "interest"], sorted(stop)).tolist() == [True, True, True]


def test_how_often_something_happens_names_no_topic():
    # App reviews of constant crashes were labelled "rarely crashes and minutes": the keyphrase that set the
    # topic apart came from a review praising the opposite. Frequency words name no need; "crashes" does.
    from sklearn.feature_extraction.text import CountVectorizer

    v = CountVectorizer(stop_words=_stop_words([], []), ngram_range=(1, 2)).fit(
        ["the app rarely crashes", "it constantly crashes", "hardly ever loads the feed", "crashes usually at night"])
    assert set(v.get_feature_names_out()) == {"app", "app crashes", "crashes", "crashes night", "night", "loads",
                                              "loads feed", "feed"}


def test_days_and_months_name_no_topic():
    # 5,431 help-desk tickets had a topic named "friday error and analyst ext": when names no need
    stop = set(_stop_words([], []))
    assert {"friday", "monday", "march", "december"} <= stop and not {"error", "refund"} & stop
    # and as dates are written short: an airline's export had a topic named "airport and nov" ("3 Nov")
    assert {"nov", "dec", "sept", "fri"} <= stop


def test_label_phrases_are_written_as_customers_write_them():
    from workbench.analysis.topics import spoken_phrases

    docs = ["the page failed to load again", "it failed to load twice", "failed to load, then froze",
            "my password, i forgot it", "i forgot my password", "forgot password again", "forgot password",
            "reported to credit bureaus", "reported to credit bureaus twice", "reported wrong to credit bureaus",
            "removed from credit report", "removed from credit file", "removed from credit history"]
    topics = np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3])
    naming = {0: ["failed load", "page"], 1: ["password forgot", "forgot password", "password"],
              2: ["reported credit", "credit"], 3: ["removed credit", "credit"]}
    spoken = spoken_phrases(docs, topics, naming)
    # "failed load" is how the vocabulary reads "failed to load" once stop words are gone
    assert spoken[0] == ["failed to load", "page"]
    # "password forgot" joined words across a comma: no customer wrote it; "forgot password" they did
    assert spoken[1] == ["forgot password", "password"]
    # a phrase cut off before its noun takes the noun most of its messages go on with...
    assert spoken[2] == ["reported to credit bureaus", "credit"]
    # ...and is no name where each goes on with another one
    assert spoken[3] == ["credit"]
    # a phrase written in one message of a topic of ten or more names none of it
    big = ["failed to load"] + ["page is blank"] * 9
    assert spoken_phrases(big, np.zeros(10, int), {0: ["failed load", "page"]})[0] == ["page"]
    # the words between count toward a label's five words; "to" is not a word the label repeats
    assert topic_name(["failed to load", "page to page"]) == "failed to load"
    assert topic_name(["reported to credit bureaus", "late delivery"]) == "reported to credit bureaus"
    assert topic_name(["failed to load", "login"]) == "failed to load and login"


def test_candidate_words_get_the_same_vectors_in_any_order():
    # int8 vectors shift with the batch a text is encoded in; BERTopic hands its candidate words over in the
    # order of a set, which changes between processes. An encoder whose vectors depend on the whole batch shows
    # whether the order reaches them.
    from workbench.analysis.topics import _Backend

    class BatchSensitive:
        model_id = "batch-sensitive"

        def encode(self, texts, progress=False):
            lengths = np.array([[len(t), t.count("a") + 1.0] for t in texts])
            return lengths + np.arange(len(texts))[:, None]  # a text's vector depends on its place in the batch

    backend = _Backend(BatchSensitive())
    words = ["refund", "lost bag", "delay", "refund"]
    forward = backend.embed(words)
    backward = backend.embed(words[::-1])[::-1]
    assert np.array_equal(forward, backward) and np.array_equal(forward[0], forward[3])


def test_a_topic_is_quoted_by_words_before_handles_and_links():
    texts = ["@user @user @user @Tesco @user @user great https://t.co/x", "the delivery slot was moved twice",
             "@AmazonHelp https://t.co/qbjuBeYovF"]
    x = np.array([[1.0, 0.0], [0.8, 0.6], [0.99, 0.14]])
    quotes = representatives(np.arange(3), x, np.array([1.0, 0.0]), texts, k=3)
    # the most typical two are mostly handles and links: the message of words leads
    assert quotes[0] == "the delivery slot was moved twice" and len(quotes) == 3
    assert representatives(np.arange(1), x[2:], np.array([1.0, 0.0]), texts[2:]) == [texts[2]]  # nothing else
    # a message that swears comes after one that does not, however typical
    texts = ["fuck this airline, bags lost", "my bags were lost at the airport"]
    quotes = representatives(np.arange(2), np.array([[1.0, 0.0], [0.8, 0.6]]), np.array([1.0, 0.0]), texts, k=1)
    assert quotes == ["my bags were lost at the airport"]


def test_class_tfidf_fits_a_vocabulary_of_one_word():
    import scipy.sparse as sp

    from workbench.analysis.topics import class_tfidf

    one = sp.csr_matrix(np.array([[3], [1]]))
    weights = class_tfidf().fit(one).transform(one).toarray()
    assert weights.shape == (2, 1) and (weights > 0).all()
    # more words: BERTopic's own weighting, unchanged (avg 4 words a topic: idf = log(4 / df + 1))
    two = sp.csr_matrix(np.array([[3, 1], [1, 3]]))
    w = class_tfidf().fit(two).transform(two).toarray()
    assert w[0, 0] == pytest.approx(0.75 * np.log(2)) and w[0, 1] == pytest.approx(0.25 * np.log(2))


def test_written_phrases_keep_what_messages_write_and_drop_words_of_two_clauses():
    from workbench.analysis.topics import written_phrases

    docs = ["I forgot my password again", "forgot the password for my email", "my email, I forgot which one",
            "my email: forgot it", "reset password please"]
    out = written_phrases(docs, np.zeros(len(docs), dtype=int), {0: ["forgot password", "email forgot", "email"]})
    # "forgot my password" and "forgot the password" write "forgot password" (an article or possessive
    # between); "email forgot" stands only across a comma or a colon.
    assert out == {0: ["forgot password", "email"]}


def test_a_theme_is_named_from_its_messages_where_its_topics_share_no_keyword(monkeypatch):
    from types import SimpleNamespace

    from sklearn.feature_extraction.text import CountVectorizer

    docs = ["verification code never arrived for my password", "verification code fails and password locked",
            "verification code missing", "verification code wrong",
            "forgot my password again", "reset password link broken", "password reset email missing",
            "hacked account and changed password", "someone hacked my account", "hacked and password changed",
            *["lost bag at the airport", "bag claim desk closed", "damaged bag handle"] * 2,
            "late flight again", "flight delay of three hours", "missed flight connection", "late flight home"]
    assignments = np.array([0] * 4 + [1] * 3 + [2] * 3 + [3, 4, 5] * 2 + [3, 4, 5, 3])
    centres = {0: [1, 0.0], 1: [1, 0.1], 2: [1, -0.1], 3: [0.0, 1], 4: [0.1, 1], 5: [-0.1, 1]}
    emb = np.array([centres[int(t)] for t in assignments], dtype=float)
    emb = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    sizes = [int((assignments == t).sum()) for t in range(6)]
    table = pd.DataFrame({
        "topic_id": range(6), "label": ["verification code", "password reset", "hacked account", "lost bag",
                                        "bag claim", "damaged bag"],
        "description": [""] * 6,
        "keywords": ["verification code, code", "password reset, forgot", "hacked, account", "lost bag, airport",
                     "bag claim, desk", "damaged bag, handle"],
        "size": sizes, "share": [s / len(docs) for s in sizes]})
    model = SimpleNamespace(vectorizer_model=CountVectorizer(stop_words="english"))
    result = TopicResult(assignments, table, 0.0, 0.0, _model=model)
    # Without the messages the first theme has no shared keyword and takes its biggest topic's name.
    out, _ = themes(result, emb, min_themes=2, max_themes=2)
    assert out.loc[out["topic_ids"].map(lambda ids: 0 in ids), "label"].item() == "verification code"
    # With them, the needs customers write of name both themes: every message of the first writes of
    # passwords, codes or hacking (10/10, none of the other's), 6 of the other's 10 of bags (none elsewhere).
    out, _ = themes(result, emb, min_themes=2, max_themes=2, docs=docs)
    assert out.loc[out["topic_ids"].map(lambda ids: 0 in ids), "label"].item() == "account access and login"
    assert out.loc[out["topic_ids"].map(lambda ids: 3 in ids), "label"].item() == "baggage handling"
    # Where no need fits: "password" is written in 7 of the theme's 10 messages, across all three topics (at
    # most 3 in one) and 7/10 against 7/20 overall: it names the theme. "verification code", "reset" and
    # "hacked" are each one topic's alone.
    monkeypatch.setattr("workbench.analysis.topics.need_names", lambda *args, **kwargs: {})
    out, _ = themes(result, emb, min_themes=2, max_themes=2, docs=docs)
    assert out.loc[out["topic_ids"].map(lambda ids: 0 in ids), "label"].item() == "password"
    # "bag" (all three bag topics, 10 of 11 messages against 10 of 20 overall) names the other theme.
    assert out.loc[out["topic_ids"].map(lambda ids: 3 in ids), "label"].item().startswith("bag")
    # A theme named by one word takes the word its messages write beside it where a quarter of them do: "password
    # reset" in 1 of the theme's 10 messages is not enough, in 3 it is ("bag claim": 2 of 10).
    monkeypatch.setattr("workbench.analysis.topics.theme_name", lambda members, *a, **k: "password" if 0 in members
                        else "bag")
    out, _ = themes(result, emb, min_themes=2, max_themes=2, docs=docs)
    assert out["label"].tolist()[:2] == ["password", "bag"]
    docs[4], docs[9] = "password reset needed again", "hacked and password reset"
    out, _ = themes(result, emb, min_themes=2, max_themes=2, docs=docs)
    assert out["label"].tolist()[:2] == ["password reset", "bag"]


def test_a_topic_description_lists_phrases_that_add_a_word():
    from workbench.analysis.topic_names import describe

    out = describe("reset password and email", ["reset password", "email password", "password email",
                                                  "forgot password", "login", "locked account", "token"],
                    ["I can't reset it"])
    # "email password" and "password email" hold only the label's words; "login" and "locked account" add
    # words; the sixth phrase is the last looked at, and "token" comes seventh.
    assert out == ('Customers write about reset password and email (forgot password, login, locked account). '
                   'Typical: "I can\'t reset it"')
    # A label of adjectives says how customers find the thing, not what they write about
    assert describe("simple and intuitive", ["clean interface"], []).startswith(
        "Customers describe it as simple and intuitive (clean interface).")
    assert describe("slow delivery", [], []) == "Customers write about slow delivery."
    # ... but a word the topic's phrases end on ("perfect top") names a thing, whatever else a dictionary calls it
    assert describe("sheer and light", ["light sheer", "perfect sheer"], []).startswith("Customers write about")
    assert describe("top and front", ["fabric"], []).startswith("Customers write about")  # garments


def test_praise_of_what_the_whole_export_is_about_names_no_subject():
    # "app" is in many of an app store export's reviews: praise of the app alone names nothing a topic could be
    # about; a question about it does, and so does praise that adds a word.
    docs = ["Great app!", "Love this app", "where is my app", "app crashes, great otherwise", "Thanks",
            "not a good app", "Thanks for nothing, app", "great app... doesn't open"]
    stop = sorted(_stop_words([], []))
    assert has_subject(docs, stop).tolist() == [True, True, True, True, False, True, True, True]
    # praise turned around ("not", "nothing", "n't") is no praise: those keep their subject
    assert has_subject(docs, stop, common={"app"}).tolist() == [False, False, True, True, False, True, True, True]


def test_word_shares_count_each_message_once():
    from workbench.analysis.topics import word_shares

    docs = ["app app app crashes"] * 10 + ["the app"] * 5 + ["login fails"] * 5
    # "app" in 15 of 20 messages, "crashes" in 10, "login" and "fails" in 5, "the" in 5; at least 30%:
    assert word_shares(docs, least=0.3) == {"app": 0.75, "crashes": 0.5}
    assert word_shares(docs[:19]) == {}  # too few messages to tell


def test_an_export_mostly_in_another_language_gets_that_languages_stop_words():
    from workbench.analysis.topics import main_language_stop_words

    # 491 Spanish tweets had topics named "gente que and estar", "por eso and cuando"
    spanish = main_language_stop_words(["es"] * 5 + ["en"] * 2 + ["und"] * 9)
    assert {"que", "por", "eso", "cuando"} <= spanish and "telefono" not in spanish
    assert main_language_stop_words(["en"] * 5 + ["es"] * 2) == frozenset()
    assert main_language_stop_words(["pcm"] * 3) == main_language_stop_words(None) == frozenset()


def test_a_codebook_kept_as_a_spreadsheet(tmp_path):
    from workbench.analysis.codebook import SeedTopic, load_codebook
    from workbench.errors import WorkbenchError

    sheet = tmp_path / "codebook.csv"
    sheet.write_text('Topic,Keywords\nLate delivery,"late parcel; delivery delayed"\nRefund,refund not received\n'
                     "Refund,money back\nApp crashes,\n", encoding="utf-8")
    # one topic per row, several phrases in a cell; a topic on two rows gathers both; a topic with none stays
    assert load_codebook(sheet) == (SeedTopic("Late delivery", ("late parcel", "delivery delayed")),
                                    SeedTopic("Refund", ("refund not received", "money back")),
                                    SeedTopic("App crashes", ()))
    pd.read_csv(sheet).to_excel(tmp_path / "codebook.xlsx", index=False)
    assert load_codebook(tmp_path / "codebook.xlsx") == load_codebook(sheet)
    (tmp_path / "bad.csv").write_text("phrase\nlate\n", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="needs a column naming each topic"):
        load_codebook(tmp_path / "bad.csv")


def test_no_keyword_says_one_word_twice():
    from workbench.analysis.embed import get_embedder
    from workbench.analysis.topic_names import repeats_a_word
    from workbench.analysis.topics import TopicConfig, fit_topics

    assert repeats_a_word("flight flight") and repeats_a_word("Flights flight") and not repeats_a_word("lost bag")
    # A clipping says its word again: an app store's reviews had a topic named "developer and dev"
    assert repeats_a_word("developer and dev") and repeats_a_word("devs developers") and repeats_a_word("pics picture")
    assert repeats_a_word("info information") and not repeats_a_word("app apple") and not repeats_a_word("use user")
    assert not repeats_a_word("car card") and not repeats_a_word("app store")
    assert repeats_a_word("bugs and buggy") and repeats_a_word("glitch glitchy")
    # An airline's export listed "flight flight" among a topic's keywords: "my flight. Flight 212 ..." once stop
    # words and punctuation are gone
    rng = np.random.default_rng(0)
    delays = ["my flight. Flight {} was delayed {} hours", "flight, flight {} delayed again by {} hours",
              "delayed flight {} flight crew late {}"]
    bags = ["my bag never arrived after flight {} day {}", "lost luggage claim {} still open after {} days",
            "baggage lost, bag {} missing {} days"]
    texts = [str(rng.choice(delays if i % 2 else bags)).format(rng.integers(100, 999), rng.integers(2, 9))
             for i in range(80)]
    e = get_embedder("static")
    keywords = fit_topics(texts, e.encode(texts), e, TopicConfig()).topics["keywords"]
    phrases = [p for k in keywords for p in k.split(", ") if p]
    assert "flight" in phrases and not [p for p in phrases if len(set(p.split())) < len(p.split())]


def test_phrase_holders_find_what_a_search_of_every_text_finds():
    from workbench.analysis.topics import PhraseHolders

    texts = ["i forgot my password again", "password forgot?", "forgot the password, and my email",
             "the passwords were reset", "my wi-fi drops", "wifi_drops daily", "lost bag: bag lost", ""]
    holders = PhraseHolders(texts)
    # by hand: a phrase's words in order, at most two small words between them, whole words only
    assert holders("forgot password").tolist() == [True, False, True, False, False, False, False, False]
    assert holders("password").tolist() == [True, True, True, False, False, False, False, False]
    assert holders("wi-fi").tolist() == [False, False, False, False, True, False, False, False]
    assert holders("drops").tolist() == [False, False, False, False, True, False, False, False]
    assert holders("bag lost").tolist() == [False, False, False, False, False, False, True, False]
    assert not holders("refund").any()


def test_phrases_of_the_same_words_keep_one_order():
    from workbench.analysis.topics import same_words_together

    # two runs of one static analysis listed "provide access, access provide" and "access provide, provide access"
    first = ["request access", "provide access", "granted access", "access provide", "access"]
    second = ["request access", "access provide", "granted access", "provide access", "access"]
    assert same_words_together(first) == same_words_together(second) == [
        "request access", "access provide", "provide access", "granted access", "access"]


def test_a_one_word_name_takes_the_word_its_messages_write_beside_it():
    from workbench.analysis.topic_names import widened

    texts = ["Easy to use and works.", "So easy to use!", "easy to use, fast", "Easy setup", "Very easy.",
             "Simple and easy", "easy to USE, love it", "works, easy"]
    # "easy to use" in 4 of 8 messages ("easy setup" 1, "simple easy" none: "and" stands between); at least a
    # quarter (2) is needed
    assert widened("easy", texts) == "easy to use"
    assert widened("easy", texts, least=0.6) == "easy"  # 4 of 8 is under 60%
    # stop words and the word itself never widen it; a name of two words stays as it is
    assert widened("easy", ["it is easy", "easy, easy", "the easy one"]) == "easy"
    assert widened("easy to", texts) == "easy to"
    assert widened("refund", ["refund still not received", "no refund received", "refund received?"]) == \
        "refund received"
    assert widened("easy", []) == "easy"
    # a handle, a redaction or a link beside the word is no word of its name
    # (each twice in 8 messages: a quarter)
    assert widened("help", ["@user help", "help @AcmeSupport", "help [PHONE] now", "help https://t.co/x"] * 2) == "help"


def test_a_name_writes_each_word_as_customers_write_it_inside_a_sentence():
    from workbench.analysis.topic_names import written_case

    texts = ["my FHA loan was sold", "the FHA said no", "called FHA again", "Fha is slow. FHA again",
             "check the iPhone app", "my iPhone died", "new iPhone please", "Check your fha",
             "I HAVE A CREDIT CARD", "my credit score", "bad credit again", "no credit", "Experian, Equifax",
             "to Experian and", "with Experian"]
    # FHA: 4 of 4 inside a sentence ("Fha" starts one); iPhone 3 of 3; credit 3 of 4 lower case; Experian
    # written twice inside a sentence (under three: as it was); "Check" only where a sentence starts
    assert written_case("fha and phone", texts) == "FHA and phone"
    assert written_case("iphone app", texts) == "iPhone app"
    assert written_case("credit card and check", texts) == "credit card and check"
    assert written_case("experian and freeze", texts) == "experian and freeze"
    # A dictionary word capitalised is a title or a shout, not a name: "the Fair Credit Reporting Act"
    title = ["under the Fair Credit Reporting Act", "violates the Fair Credit Reporting Act", "per Fair Credit act"]
    assert written_case("fair credit reporting act", title) == "fair credit reporting act"
    # ... unless it stands beside a word the name capitalises, the two written so together (3 of 4 here)
    bank = ["I bank with Wells Fargo and", "my Wells Fargo account", "called Wells Fargo today", "at WELLS FARGO again"]
    assert written_case("wells fargo and fraud department", bank) == "Wells Fargo and fraud department"
    assert written_case("wells fargo", bank[:2]) == "wells fargo"  # written so twice: under three


def test_a_word_spelt_wrong_is_told_from_a_name_no_dictionary_knows():
    from workbench.analysis.topic_names import misspelt

    # the slips people make: a letter left out, two swapped, one vowel for another (checked by hand against the
    # dictionary's "awesome", "shipping", "account", "surprised", "receive", "separate", "definitely")
    for word in ("awsome", "shiping", "acount", "suprised", "recieve", "seperate", "definately"):
        assert misspelt(word), word
    # names of things no dictionary knows, British spellings, and words a consonant or a letter too many away
    # from another ("gmail"/"grail", "hotspot"/"hotshot", "paypal"/"papal", "leaver"/"lever")
    for word in ("chromecast", "subreddit", "souvlaki", "podcasts", "workaround", "approver", "customise", "gmail",
                 "hotspot", "paypal", "leaver", "venmo", "wifi", "iphone", "gifs", "app", "colour", "admin", "fargo"):
        assert not misspelt(word), word



def test_a_topic_whose_phrases_name_no_subject_is_assorted_comments_not_a_stance_word():
    from workbench.analysis.topics import _unnamed

    # Tweets about a brand alike in tone: "think, true, maybe, hear, wish, thinks, exactly, agree, wtf" was named
    # "true", the biggest topic of a report
    assert topic_name(["think", "true", "maybe", "hear", "wish", "thinks", "thought", "exactly", "agree", "wtf"]) == ""
    assert _unnamed(set()) == "assorted comments"
    assert _unnamed({"assorted comments", "refund"}) == "assorted comments (2)"
    from workbench.analysis.topic_names import describe

    assert describe("assorted comments", ["think", "true", "maybe", "hear"], ["It is true."]) == (
        'Messages alike in tone that name no one subject (words such as "think", "true", "maybe"). '
        'Typical: "It is true."')


def test_a_phrase_cut_before_what_it_counts_names_nothing():
    # app reviews: "crashes multiple times" gave the phrase "crashes multiple" (the vocabulary stops "times"),
    # and the topic was named "crashes multiple"; "in fact" and "5 stars" named topics "open source and fact",
    # "pro version and stars"
    assert topic_name(["crashes multiple", "keeps crashing", "app crashes"]) == "keeps crashing"
    assert topic_name(["open source", "fact", "features"]) == "open source and features"
    assert topic_name(["pro version", "stars", "worth"]) == "pro version and worth"
    # a word that counts stays where it leads: "multiple accounts" names what it counts
    assert topic_name(["multiple accounts", "login"]) == "multiple accounts and login"


def test_a_placeholder_for_a_link_never_completes_a_name():
    from workbench.analysis.topic_names import completed, widened

    # SXSW's tweets write "{link}" for every link: "big news link", "digital magazines link" were topic names
    assert completed("big news", ["Big news {link} today"] * 6) == "big news"
    assert completed("digital magazines", ["the digital magazines {link} are out"] * 6) == "digital magazines"
    assert widened("magazines", ["magazines {link}"] * 6) == "magazines"
    # "a social network called Circles": "network called" is cut from it and names nothing
    assert topic_name(["network called", "launch"]) == "launch"


def test_a_description_names_things_not_adverbs_or_bare_verbs():
    from workbench.analysis.topic_names import describe

    # app reviews: "Customers write about post and upvote (click, instead, comment)", "open source and features
    # (gives, totally, incredibly)", "keeps crashing (crashes multiple, app crashes)"
    assert describe("post and upvote", ["post", "upvote", "click", "instead", "comment"], []) == \
        "Customers write about post and upvote (click, comment)."
    assert describe("open source and features", ["open source", "features", "gives", "totally", "incredibly"], []) \
        == "Customers write about open source and features."
    assert describe("keeps crashing", ["keeps crashing", "crashes multiple", "app crashes"], []) == \
        "Customers write about keeps crashing (app crashes)."
