"""What customers write to brands about, in the words a manager reads: a vocabulary of needs and problems
common across customer-service, review and survey exports ("account access and login", "orders and delivery",
"food quality"), each known by the words customers use for it. A theme whose messages write one need's words
far more than the rest of the export does is named by that need (`need_names`); where no need fits, the theme
keeps the name its topics' phrases give it. Written by hand from what customers write to banks, shops, airlines,
hotels, restaurants, app makers, telecoms and IT help desks; English only (other languages keep their phrase
names)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from workbench.analysis.topic_names import lemma

# need -> the words and phrases that say it (any inflection: each is matched by its lemmas). A word that says
# two needs ("charge": a fee or a battery) stands under the one it most often says in messages to a brand; a word
# whose lemma is a common word ("lighting": light, "rights": right, "windows": window, "listing": list) stands
# only in a phrase, and a word customers use of products too ("cozy": a sweater) not at all.
NEEDS: dict[str, tuple[str, ...]] = {
    # accounts and access
    "account access and login": ("password", "login", "log in", "sign in", "signin", "locked out", "lock out",
                                 "hacked", "hack", "compromised", "verification code", "two-factor", "2fa",
                                 "authenticator", "username", "passcode", "recover", "recovery email",
                                 "security code", "one-time code", "otp", "reset password", "forgot password"),
    "identity verification": ("verify identity", "verify my identity", "identity", "id verification", "kyc",
                              "passport", "selfie", "proof of address", "source of funds", "identification"),
    "personal details and profile": ("profile", "personal details", "personal information", "address change",
                                     "change address", "change name", "phone number", "edit account",
                                     "update details"),
    "privacy and data": ("privacy", "personal data", "gdpr", "data breach", "tracking", "delete account",
                         "delete my account", "permission"),
    "fraud and scams": ("fraud", "fraudulent", "scam", "scammer", "unauthorized", "unauthorised", "phishing",
                        "identity theft", "stolen", "compromised card"),
    # money
    "billing and charges": ("bill", "billing", "charge", "overcharge", "invoice", "double charge", "charged twice",
                            "payment", "pay", "autopay", "statement"),
    "fees and penalties": ("fee", "fees", "penalty", "surcharge", "commission"),
    "refunds and money back": ("refund", "money back", "reimburse", "reimbursement", "chargeback", "credit back"),
    "subscriptions and cancellation": ("subscription", "subscribe", "unsubscribe", "renewal", "renew",
                                       "membership", "premium", "free trial", "trial", "cancel subscription",
                                       "auto-renew", "newsletter"),
    "prices and value": ("price", "pricing", "expensive", "cheap", "overprice", "overpriced", "cost", "worth",
                         "value for money", "afford", "affordable", "reasonable", "pricey", "discount", "deal"),
    "cards and ATMs": ("card", "debit card", "credit card", "atm", "pin", "contactless", "apple pay",
                       "google pay", "card decline", "declined", "virtual card", "spare card"),
    "transfers and top-ups": ("transfer", "wire", "send money", "receive money", "top up", "top-up", "topup",
                              "beneficiary", "payee", "swift", "iban", "deposit", "withdraw", "withdrawal",
                              "pending"),
    "exchange rates and currencies": ("exchange rate", "currency", "foreign currency", "conversion rate",
                                      "exchange", "euro", "dollar"),
    "bank accounts": ("bank account", "checking account", "savings account", "overdraft",
                      "balance", "funds", "direct deposit", "bank",
                      "open an account", "close account", "closed my account", "account closed"),
    "loans and mortgages": ("loan", "mortgage", "lender", "servicer", "refinance", "escrow", "foreclosure",
                            "interest rate", "forbearance", "student loan", "repayment", "loan forgiveness"),
    "credit reports and scores": ("credit report", "credit score", "credit bureau", "equifax", "experian",
                                  "transunion", "inquiry", "hard inquiry", "credit file", "credit history"),
    "debt collection": ("debt", "collector", "collection agency", "collections", "debt collector", "owe"),
    "insurance claims": ("insurance", "claim", "policy", "adjuster", "coverage", "premium", "deductible"),
    # orders and delivery
    "orders and delivery": ("order", "delivery", "deliver", "shipping", "ship", "package", "parcel", "courier",
                            "tracking", "tracking number", "dispatch", "arrive", "arrival", "shipment", "postage"),
    "returns and exchanges": ("return", "exchange", "replacement", "send back", "return label", "warranty"),
    "stock and availability": ("out of stock", "in stock", "sold out", "restock", "availability", "available",
                               "backorder"),
    "sellers and listings": ("seller", "product listing", "marketplace", "vendor", "third party", "counterfeit",
                             "fake"),
    # products
    "product quality and defects": ("quality", "defective", "defect", "broken", "damaged", "faulty", "flimsy",
                                    "fell apart", "stopped working", "poor quality", "cheaply made", "durable",
                                    "durability"),
    "size and fit": ("size", "fit", "sizing", "small", "large", "tight", "loose", "petite", "runs small",
                     "runs large", "length", "waist", "xs"),
    "fabric and comfort": ("fabric", "material", "soft", "comfortable", "comfy", "itchy", "cotton", "thin",
                           "lining", "stretchy", "sheer"),
    "colour and style": ("color", "colour", "style", "pattern", "design", "print", "flattering", "neckline"),
    # apps, devices and software
    "app crashes and bugs": ("crash", "bug", "glitch", "freeze", "frozen", "not working", "keeps closing",
                             "force close", "stuck", "error", "error code", "error message", "broken", "fix"),
    "updates and new versions": ("update", "version", "upgrade", "latest version", "new version", "beta"),
    "speed and performance": ("slow", "speed", "fast", "lag", "laggy", "loading", "load", "performance",
                              "responsive", "quick", "sluggish"),
    "features and requests": ("feature", "option", "please add", "would be nice", "wish", "suggestion",
                              "dark mode", "add an option", "setting", "settings", "customize"),
    "design and ease of use": ("interface", "ui", "layout", "design", "easy to use", "user friendly",
                               "user-friendly", "navigate", "navigation", "button", "menu", "confusing",
                               "intuitive", "usability"),
    "ads and promotions": ("ad", "ads", "advert", "advertisement", "advertising", "commercial", "promoted"),
    "notifications and messages": ("notification", "notify", "push notification", "alert", "inbox"),
    "battery and charging": ("battery", "battery life", "charger", "charging cable", "charging port",
                             "power supply", "power cord", "power adapter"),
    "screen and display": ("screen", "display", "resolution", "brightness", "pixel", "touchscreen", "monitor"),
    "keyboard and hardware": ("keyboard", "touchpad", "trackpad", "mouse", "key", "port", "usb", "fan",
                              "hardware", "hard drive", "ssd", "ram", "memory", "processor", "cpu"),
    "sound and audio": ("sound", "audio", "speaker", "headphone", "headset", "volume", "microphone", "mic"),
    "software and installation": ("software", "install", "installation", "uninstall", "driver", "windows update",
                                  "windows 10", "windows 11", "operating system", "os", "program", "license",
                                  "licence", "setup"),
    "internet and connectivity": ("wifi", "wi-fi", "internet", "connection", "connect", "network", "signal",
                                  "outage", "offline", "bluetooth", "router", "modem", "broadband", "coverage"),
    "phone and mobile plans": ("sim", "phone plan", "data plan", "roaming", "contract", "mobile", "text message",
                               "minutes", "upgrade phone"),
    "tv and streaming": ("playback", "stream", "streaming", "video", "buffer", "buffering", "episode", "movie",
                         "channel", "tv", "watch"),
    "music and podcasts": ("song", "music", "playlist", "album", "artist", "podcast"),
    "games and gameplay": ("game", "gameplay", "player", "level", "server", "multiplayer", "console", "match"),
    "printers and scanners": ("printer", "print", "ink", "cartridge", "scan", "scanner", "toner"),
    "email and mailboxes": ("email", "e-mail", "mailbox", "mail", "spam", "outlook", "distribution list"),
    "access rights and permissions": ("access", "permission", "access right", "grant access", "shared drive",
                                      "folder", "request access", "role"),
    "computers and equipment": ("laptop", "computer", "pc", "desktop", "equipment", "device", "docking station"),
    # service
    "waiting and response times": ("wait", "waiting", "waited", "on hold", "no response", "no reply",
                                   "still waiting", "ignored", "respond", "response", "reply", "get back",
                                   "minutes", "forever", "long wait", "took ages", "slow service"),
    "customer service and staff": ("customer service", "service", "staff", "agent", "representative", "rep",
                                   "rude", "helpful", "friendly", "employee", "manager", "attitude", "waiter",
                                   "waitress", "server", "support team", "support"),
    # "phone" alone is as often the product (a phone shop's reviews: "the phone died"): only the phone one calls on
    "contacting support": ("contact", "call", "on the phone", "by phone", "over the phone", "phone call",
                           "phone support", "chat", "speak to", "talk to", "human", "live agent",
                           "customer support", "get in touch", "number to call"),
    "appointments and visits": ("appointment", "schedule", "reschedule", "technician", "engineer", "visit",
                                "install date", "booked"),
    # travel and hospitality
    "flight delays and cancellations": ("delay", "delayed flight", "cancelled flight", "canceled flight",
                                        "flight cancellation", "flight was cancelled", "flight was canceled",
                                        "missed connection", "missed my connection", "rebook", "stranded",
                                        "diverted", "connecting flight"),
    "baggage handling": ("bag", "baggage", "luggage", "suitcase", "carry-on", "carry on", "checked bag", "lost bag"),
    "bookings and reservations": ("booking", "book", "reservation", "reserve", "itinerary", "ticket", "seat",
                                  "change flight", "confirmation"),
    "check-in and boarding": ("check in", "check-in", "checkin", "boarding", "board", "gate", "boarding pass",
                              "security line", "tsa"),
    "loyalty points and rewards": ("reward points", "loyalty points", "miles", "reward", "loyalty", "frequent flyer",
                                   "voucher", "coupon", "promo code", "promotion", "gift card"),
    "rooms and cleanliness": ("room", "clean", "dirty", "bed", "bathroom", "towel", "smell", "housekeeping",
                              "shower", "sheets", "pillow"),
    "location and surroundings": ("location", "located", "walking distance", "close to", "near", "nearby",
                                  "neighborhood", "neighbourhood", "view", "area", "parking"),
    "noise levels": ("noise", "noisy", "loud", "quiet"),
    "rides and drivers": ("driver", "ride", "trip", "pickup", "pick up", "route", "fare", "cab", "taxi"),
    # food and drink
    "food quality": ("food", "taste", "tasty", "delicious", "flavor", "flavour", "dish", "meal", "bland",
                     "fresh", "cooked", "portion", "sushi", "pizza", "burger", "pasta", "dessert", "appetizer",
                     "menu", "cuisine", "chef", "burrito", "taco", "chicken", "steak", "salad", "sandwich",
                     "fries", "rice", "cheese", "soup", "bread", "ice cream", "breakfast", "lunch", "dinner"),
    "drinks and bar": ("drink", "wine", "beer", "cocktail", "coffee", "tea", "bar", "bartender", "juice"),
    "atmosphere and decor": ("atmosphere", "ambience", "ambiance", "decor", "vibe", "interior", "romantic",
                             "setting", "crowded"),
}

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def _lemma(word: str) -> str:
    return lemma(word).lower()


def _lemmas(text: str) -> str:
    """A text as its words' lemmas, one space apart and around: " hack account be lock out " (no text: " ")."""
    words = _WORD.findall(text.lower()) if isinstance(text, str) else []
    return " " + " ".join(_lemma(w) for w in words) + " "


# Per need, what its words say in another sense, blanked before its cues are looked for: "I ordered my usual size"
# is a clothing review's fit, not its order's delivery ("my order never came", "order missing" still are).
NOT_CUES: dict[str, tuple[str, ...]] = {
    "orders and delivery": ("i order", "we order", "i have order", "i just order", "i also order", "i originally order",
                            "i usually order", "i normally order", "i order it", "i would order", "i'd order"),
}


def _blanked(need: str) -> re.Pattern | None:
    """A pattern finding the phrases of `NOT_CUES` of `need` in a text's `_lemmas` (None where it has none)."""
    phrases = NOT_CUES.get(need, ())
    return re.compile("|".join(re.escape(_lemmas(c)) for c in phrases)) if phrases else None


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    """Per need, a pattern finding any of its cues' lemmas, space-delimited, in a text's `_lemmas`."""
    return {need: re.compile("|".join(map(re.escape, dict.fromkeys(_lemmas(c) for c in cues))))
            for need, cues in NEEDS.items()}


def need_hits(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Per need, which of `texts` write one of its words or phrases (in any inflection)."""
    lemmatised = [_lemmas(t) for t in texts]
    out = {}
    for need, cues in _cues().items():
        blank = _blanked(need)
        read = lemmatised if blank is None else [blank.sub(" ", t) for t in lemmatised]
        out[need] = np.fromiter((cues.search(t) is not None for t in read), bool, len(read))
    return out


def need_names(texts: Sequence[str], themes: np.ndarray, topics: np.ndarray, min_cover: float = 0.3,
               min_lift: float = 2.0, spread: float = 2 / 3, min_messages: int = 5, distinct: float = 4.0,
               subject: float = 0.5) -> dict[int, tuple[str, float]]:
    """The need that names each theme it fits, one theme per need, with the share of the theme's messages that
    write of it. A need fits a theme where at least
    `min_cover` of the theme's messages write its words, at least `min_lift` times as often as the export's
    other themes' messages do (a bank's "card" in every theme names none), and across the
    theme rather than in one of its topics: the topics where at least half as many of their messages write it
    hold `spread` of the theme's messages. Each need goes to the theme it fits best, and each theme takes the
    need it fits best: by the theme's messages writing it times the log of the lift, a lift above `distinct`
    counting as `distinct` (beyond it a need is the theme's own either way, and the one more of its messages
    write names it: "orders and delivery" for a theme of purchase orders for devices, not "video" in half of
    them); a theme whose best need went to another takes the next only where at least half as many of its
    messages write it. A need that more than `subject` of all the themes' messages write of is the export's
    subject, no theme's name (a streaming service's "tv and streaming"). `themes`, `topics`: each text's theme
    and topic (themes below 0, the outliers and the messages with no subject, are never named, nor counted as the
    rest)."""
    themes, topics = np.asarray(themes), np.asarray(topics)
    named = themes >= 0
    fits = []
    for need, hit in need_hits(texts).items():
        if hit[named].mean() > subject:
            continue
        for theme in np.unique(themes[named]):
            rows = themes == theme
            rest = named & ~rows
            if rows.sum() < min_messages or not rest.any():
                continue
            cover = hit[rows].mean()
            lift = cover / max(hit[rest].mean(), 1 / rest.sum())
            if cover < min_cover or lift < min_lift:
                continue
            of_topic = {t: hit[rows & (topics == t)].mean() for t in np.unique(topics[rows])}
            across = sum((topics[rows] == t).sum() for t, c in of_topic.items() if c >= cover / 2) / rows.sum()
            if across >= spread:
                fits.append((hit[rows].sum() * np.log(min(lift, distinct)), int(theme), need, float(cover)))
    names: dict[int, tuple[str, float]] = {}
    best = {theme: max(c for _, t, _, c in fits if t == theme) for _, theme, _, _ in fits}
    for _, theme, need, cover in sorted(fits, reverse=True):
        # A theme whose own need went to another theme takes a lesser one only where it is no aside: a theme of
        # foreclosures (90% write of loans, a bigger theme named so) is not "transfers and top-ups" for the 30%
        # of it that write "transferred" or "pending"; it keeps its phrases' name.
        if theme not in names and need not in {n for n, _ in names.values()} and cover >= best[theme] / 2:
            names[theme] = (need, cover)
    return names
