"""The words topics are named with and without: what every customer-care message says (no topic), places,
courtesy, words that name no need on their own, what went wrong, swearing, and the small words that join a
two-word phrase. Lists written for customer messages; `topic_names` and `topics` read them."""

from __future__ import annotations

import re

WORD = re.compile(r"(?u)\b[^\W\d_]{3,}\b")  # a word of three letters or more

# Words every customer-care conversation has: they name no topic. (Placeholders too: link, url, user.)
_CARE_WORDS = """
hi hello hey dear thanks thank thx pls please plz dm dms ok okay yes yeah yep nope sure just like really also
still even ever never one two lot lots amp lol omg via sent send sending message messages team guys anyone
someone anything something everything nothing way need needs want wants wanted tried try trying today time
times day days week weeks month months year years now ago soon already yet again back going get gets getting
got gotten know let us would could should might must make makes made say says said tell told ask asked asking
see seen look looking looks use used using work works worked working does did doing done good great bad better
best new old fine right well much many thing things able unable fix help helps helped reply replied response
respond answer hope hoping sorry issue issues problem problems question questions customer customers service
support link links url user users account accounts people person didn don doesn isn wasn weren won wouldn
couldn shouldn aren haven hasn hadn ain idk yall wanna gonna gotta lmao smh btw tho alright seriously
literally actually basically currently regards sincerely
rarely seldom hardly barely scarcely occasionally usually frequently constantly
didnt dont doesnt cant wont isnt wasnt arent werent havent hasnt couldnt wouldnt shouldnt im ive thats
theres youre youve anymore aswell alot gonna
ugh ughh argh grr hmm hmmm meh omfg lmfao rofl ima imma yup nah oops whoa ooh aww lolol haha hahaha bout cuz coz
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
"""
CARE_STOP_WORDS = set(_CARE_WORDS.split())
# What an export or a data set writes in place of a link, a handle or a retweet ("{link}", "@mention", "RT"):
# never a word of a topic's name, however often it stands beside one.
PLACEHOLDER_WORDS = frozenset({"link", "links", "url", "user", "mention", "amp", "via", "rt"})
# Words scikit-learn's English stop list holds that name what customers write about: a bill, a system, a Fire
# tablet, a show, a top (a garment), the interest on a loan. They stay topic words.
NAMING_WORDS = frozenset({"amount", "bill", "bottom", "call", "detail", "empty", "fire", "front", "interest", "move",
                          "name", "part", "show", "side", "system", "thick", "thin", "top"})
# Places name no need: a topic is "lost baggage", not "jfk flight". Kept out of topic words and labels:
# US states, the largest cities of the US, Canada, UK and Europe, countries whose names are no common word,
# the busiest airports' codes and the airports known by a name of their own (Heathrow, O'Hare).
_PLACES = """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
tennessee texas utah vermont virginia washington wisconsin wyoming
atlanta austin baltimore boston charlotte chicago cincinnati cleveland columbus dallas denver detroit honolulu
houston indianapolis jacksonville las vegas angeles orlando miami milwaukee minneapolis nashville newark oakland
orleans philadelphia phoenix pittsburgh portland raleigh sacramento salt lake san diego francisco jose seattle
tampa tucson louis kansas city toronto vancouver montreal calgary london manchester birmingham glasgow edinburgh
dublin paris berlin madrid barcelona rome amsterdam frankfurt munich zurich brussels lisbon vienna istanbul dubai
delhi mumbai tokyo singapore sydney melbourne hong kong beijing shanghai cancun nyc philly vegas socal norcal
atl lax ord dfw den jfk sfo sea las mco ewr clt phx iah mia bos msp fll dtw phl lga bwi slc dca mdw iad san tpa
pdx hnl stl bna aus dal oak smf sjc msy rdu sna mci cle ind cmh sat pit lhr lgw cdg fra ams mad yyz yvr
heathrow gatwick stansted luton schiphol changi narita haneda laguardia dulles ohare hare
usa canada england scotland wales ireland britain france germany spain italy portugal netherlands belgium
switzerland austria sweden norway denmark finland poland greece india pakistan china japan korea australia
zealand brazil argentina colombia peru philippines thailand vietnam malaysia indonesia kuwait qatar egypt
nigeria kenya africa europe asia caribbean bahamas jamaica puerto rico
"""
PLACES = frozenset(_PLACES.split())
# Courtesy and bare praise: a message made only of these (and stop words) names no subject.
_COURTESY = """
thanks thank thx ty cheers appreciate appreciated love loved loving awesome amazing great good nice cool best
brilliant excellent wonderful fantastic perfect happy glad welcome hello hey morning evening night afternoon
congrats congratulations kudos wow yay bless blessed sweet lovely beautiful haha hahaha lol yes nope okay
bye goodbye goodnight
"""
COURTESY = frozenset(_COURTESY.split())
# Words that name no need on their own: a label phrase made only of these is passed over.
_GENERIC = """
saying supposed reported report happen happens happened happening wait waiting waited think thinking thought
possible long twice cool ill coming come later completely understand understanding helping gives giving telling
started starting start buying feel feeling wtf trouble having hear heard promised going tried stuff guys reason
obviously honestly totally definitely apparently probably maybe anyways kinda sorta
tonight tomorrow yesterday today morning evening weekend
saw seen went gone came told said knew got gotten took taken wish online far
tha da dat dis dem goin gonna wanna gotta lol lmao lmfao rofl omg smh tbh imo yall ya yo ima hella nah yea yeah
yep okay lil bruh bro bruv dude ugh ughh whoa yikes jeez geez ffs pls plz ngl istg dnt ur wat wut welp
bit bits lot lots little bunch couple ton tons plenty
true agree agreed agrees exactly thinks guess wonder wondering seems seem fact opinion stars
"""
# Words that only count or sort what follows them ("multiple", "various"): no need on their own either.
_COUNTING = "multiple various numerous certain entire additional different separate particular specific"
GENERIC = frozenset(_GENERIC.split()) | frozenset(_COUNTING.split())
# Words that only count, sort or introduce what follows them: a phrase that ends in one was cut from a longer one
# ("crashes multiple" of "crashes multiple times", whose last word the topic vocabulary stops; "network called" of
# "a network called Circles").
PREMODIFYING = frozenset(_COUNTING.split()) | {"several", "many", "few", "called", "named", "titled", "entitled"}
# The name of a topic none of whose phrases names a subject ("think, true, maybe, agree, wtf": tweets alike in
# tone); the summary illustrates and ranks the topics that have one first.
UNNAMED = "assorted comments"


def is_unnamed(label: object) -> bool:
    """Whether a topic's label is `UNNAMED` ("assorted comments", "assorted comments (2)")."""
    return str(label).startswith(UNNAMED)


# What went wrong, said in a word that is no noun: it names a topic as well as its noun does ("hacked and
# compromised", not "hack and name").
_WENT_WRONG = """
hacked compromised locked stolen crashed crashing crashes broken delayed cancelled canceled lost missing damaged
failed failing declined overcharged stuck frozen banned suspended blocked disabled deactivated expired leaking
overdrawn unauthorized fraudulent defective faulty unusable
"""
WENT_WRONG = frozenset(_WENT_WRONG.split())
# A manager forwards the report: no label swears or carries a slur, whatever the customers wrote.
_PROFANE = """
shit shitty fuck fucking fucked fuckin bullshit damn dammit damnit crap crappy ass asshole sucks bloody freaking
frigging goddamn bitch bitches dick cunt pussy whore slut motherfucker boob boobs boobies tits titties
hell heck wtf stfu piss pissed nigga niggas nigger niggers fag fags faggot faggots retard retarded
fuk fuks fuking fukin fukn fkn fkin sht
"""
PROFANE = frozenset(_PROFANE.split())
# not "nigg" ("niggling") nor "fuk" ("Fukushima"); spelt to slip past a filter: "fcuk", "fcucks", "fckin", "phuck"
PROFANE_STEMS = ("fuck", "shit", "bitch", "motherf", "cunt", "asshole", "whore", "slut", "fcuk", "fcuck", "fck",
                 "phuck")


def profane(word: str) -> bool:
    """Whether a word swears, in any of its forms ("fucks", "bitches", "shitshow")."""
    w = word.lower()
    return w in PROFANE or w.startswith(PROFANE_STEMS)


# What may stand between the words of a two-word phrase as customers write it ("failed to load", "block of
# information"): the topic vocabulary drops these (stop words, words under three letters).
_LINKS = "to of for on in with from at by about into after before without over off out up"
LINKS = frozenset(_LINKS.split())


# Praise that only says a customer liked the thing named after it ("beautiful skirt", "perfect sweater").
ADMIRING = COURTESY | {"cute", "gorgeous", "pretty", "lovely", "wonderful", "super", "favorite", "favourite",
                       "fabulous", "adorable", "stunning", "terrific", "superb", "fab"}
# Praise and the words that only make it stronger: a message of these alone ("Pretty good", "Super!", "It is
# simply the best", "Great so far", "Good job overall") names no subject a topic could be about.
PRAISE = ADMIRING | {"incredible", "outstanding", "phenomenal", "stellar", "impressive", "exceptional", "flawless",
                     "flawlessly", "decent", "simply", "really", "absolutely", "truly", "highly", "recommend",
                     "recommended", "enjoy", "enjoyed", "like", "liked", "ever", "far", "overall", "job",
                     "perfectly"}
