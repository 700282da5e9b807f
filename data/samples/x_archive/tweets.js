window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029905358261502168"
          ],
          "editableUntil": "2026-03-06T14:02:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sama Hoole",
            "screen_name": "SamaHoole",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2253756806",
            "id": "2253756806"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/2UHqruPk7w",
            "expanded_url": "https://x.com/milahu104/status/2027739112069878026",
            "display_url": "x.com/milahu104/stat…",
            "indices": [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029903943413772741",
      "id_str": "2029905358261502168",
      "in_reply_to_user_id": "1964312974236991488",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029905358261502168",
      "in_reply_to_status_id": "2029903943413772741",
      "possibly_sensitive": false,
      "created_at": "Fri Mar 06 13:02:05 +0000 2026",
      "favorited": false,
      "full_text": "@SamaHoole https://t.co/2UHqruPk7w",
      "lang": "qme",
      "in_reply_to_screen_name": "milahu104",
      "in_reply_to_user_id_str": "1964312974236991488"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029905315156599088"
          ],
          "editableUntil": "2026-03-06T14:01:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sama Hoole",
            "screen_name": "SamaHoole",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2253756806",
            "id": "2253756806"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/DINVl1FCfV",
            "expanded_url": "https://x.com/milahu104/status/2029903943413772741",
            "display_url": "x.com/milahu104/stat…",
            "indices": [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2027739112069878026",
      "id_str": "2029905315156599088",
      "in_reply_to_user_id": "1964312974236991488",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029905315156599088",
      "in_reply_to_status_id": "2027739112069878026",
      "possibly_sensitive": false,
      "created_at": "Fri Mar 06 13:01:55 +0000 2026",
      "favorited": false,
      "full_text": "@SamaHoole https://t.co/DINVl1FCfV",
      "lang": "qme",
      "in_reply_to_screen_name": "milahu104",
      "in_reply_to_user_id_str": "1964312974236991488"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029903943413772741"
          ],
          "editableUntil": "2026-03-06T13:56:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "user_mentions": [
          {
            "name": "Sama Hoole",
            "screen_name": "SamaHoole",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2253756806",
            "id": "2253756806"
          }
        ],
        "urls": [],
        "symbols": [],
        "media": [
          {
            "expanded_url": "https://x.com/milahu104/status/2029903943413772741/photo/1",
            "indices": [
              "60",
              "83"
            ],
            "url": "https://t.co/xwv9AIBVy4",
            "media_url": "http://pbs.twimg.com/media/HCuq2zDboAAKHUC.jpg",
            "id_str": "2029903915454799872",
            "id": "2029903915454799872",
            "media_url_https": "https://pbs.twimg.com/media/HCuq2zDboAAKHUC.jpg",
            "sizes": {
              "small": {
                "w": "680",
                "h": "453",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "1024",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "800",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/xwv9AIBVy4"
          }
        ],
        "hashtags": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029892515050991732",
      "id_str": "2029903943413772741",
      "in_reply_to_user_id": "2253756806",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029903943413772741",
      "in_reply_to_status_id": "2029892515050991732",
      "possibly_sensitive": false,
      "created_at": "Fri Mar 06 12:56:28 +0000 2026",
      "favorited": false,
      "full_text": "@SamaHoole Doctor: Try to eat some vegetables.\n\nSama Hoole: https://t.co/xwv9AIBVy4",
      "lang": "en",
      "in_reply_to_screen_name": "SamaHoole",
      "in_reply_to_user_id_str": "2253756806",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/milahu104/status/2029903943413772741/photo/1",
            "indices": [
              "60",
              "83"
            ],
            "url": "https://t.co/xwv9AIBVy4",
            "media_url": "http://pbs.twimg.com/media/HCuq2zDboAAKHUC.jpg",
            "id_str": "2029903915454799872",
            "id": "2029903915454799872",
            "media_url_https": "https://pbs.twimg.com/media/HCuq2zDboAAKHUC.jpg",
            "sizes": {
              "small": {
                "w": "680",
                "h": "453",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "1024",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "800",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/xwv9AIBVy4"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029899376470949893"
          ],
          "editableUntil": "2026-03-06T13:38:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Beatrice Achterberg",
            "screen_name": "BeaBovary",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1430506714131058697",
            "id": "1430506714131058697"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029848005222838703",
      "id_str": "2029899376470949893",
      "in_reply_to_user_id": "1430506714131058697",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029899376470949893",
      "in_reply_to_status_id": "2029848005222838703",
      "created_at": "Fri Mar 06 12:38:19 +0000 2026",
      "favorited": false,
      "full_text": "@BeaBovary das \"haha ihr seid zu schwach für revolution\" gesetz 2026",
      "lang": "de",
      "in_reply_to_screen_name": "BeaBovary",
      "in_reply_to_user_id_str": "1430506714131058697"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029881770624143742"
          ],
          "editableUntil": "2026-03-06T12:28:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "„Plagiatsjäger“",
            "screen_name": "SprachPhilo",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1521510797628915712",
            "id": "1521510797628915712"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "15"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029861578569285708",
      "id_str": "2029881770624143742",
      "in_reply_to_user_id": "1521510797628915712",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029881770624143742",
      "in_reply_to_status_id": "2029861578569285708",
      "created_at": "Fri Mar 06 11:28:22 +0000 2026",
      "favorited": false,
      "full_text": "@SprachPhilo ja",
      "lang": "und",
      "in_reply_to_screen_name": "SprachPhilo",
      "in_reply_to_user_id_str": "1521510797628915712"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029612798058148140"
          ],
          "editableUntil": "2026-03-05T18:39:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kim Dotcom",
            "screen_name": "KimDotcom",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "611986351",
            "id": "611986351"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029433085998317711",
      "id_str": "2029612798058148140",
      "in_reply_to_user_id": "611986351",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029612798058148140",
      "in_reply_to_status_id": "2029433085998317711",
      "created_at": "Thu Mar 05 17:39:34 +0000 2026",
      "favorited": false,
      "full_text": "@KimDotcom &gt; X is censored\n\nall clearnet services are censored",
      "lang": "en",
      "in_reply_to_screen_name": "KimDotcom",
      "in_reply_to_user_id_str": "611986351"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029604193200152772"
          ],
          "editableUntil": "2026-03-05T18:05:22.538Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "user_mentions": [
          {
            "name": "Stephan Palm",
            "screen_name": "StephanRPalm",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1750816407195959296",
            "id": "1750816407195959296"
          },
          {
            "name": "CDU Deutschlands",
            "screen_name": "CDU",
            "indices": [
              "18",
              "22"
            ],
            "id_str": "20429858",
            "id": "20429858"
          }
        ],
        "urls": [],
        "symbols": [],
        "media": [
          {
            "expanded_url": "https://x.com/StephanRPalm/status/2029498595309715652/photo/1",
            "source_status_id": "2029498595309715652",
            "indices": [
              "77",
              "100"
            ],
            "url": "https://t.co/en3wgkcbae",
            "media_url": "http://pbs.twimg.com/media/HCo5t1CbQAA4FOT.jpg",
            "id_str": "2029498041577979904",
            "source_user_id": "1750816407195959296",
            "id": "2029498041577979904",
            "media_url_https": "https://pbs.twimg.com/media/HCo5t1CbQAA4FOT.jpg",
            "source_user_id_str": "1750816407195959296",
            "sizes": {
              "small": {
                "w": "542",
                "h": "680",
                "resize": "fit"
              },
              "large": {
                "w": "718",
                "h": "900",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "medium": {
                "w": "718",
                "h": "900",
                "resize": "fit"
              }
            },
            "type": "photo",
            "source_status_id_str": "2029498595309715652",
            "display_url": "pic.x.com/en3wgkcbae"
          }
        ],
        "hashtags": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "2029604193200152772",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029604193200152772",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 05 17:05:22 +0000 2026",
      "favorited": false,
      "full_text": "RT @StephanRPalm: @CDU Das hier ist der Grund für die schwindende Akzeptanz. https://t.co/en3wgkcbae",
      "lang": "de",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/StephanRPalm/status/2029498595309715652/photo/1",
            "source_status_id": "2029498595309715652",
            "indices": [
              "77",
              "100"
            ],
            "url": "https://t.co/en3wgkcbae",
            "media_url": "http://pbs.twimg.com/media/HCo5t1CbQAA4FOT.jpg",
            "id_str": "2029498041577979904",
            "source_user_id": "1750816407195959296",
            "id": "2029498041577979904",
            "media_url_https": "https://pbs.twimg.com/media/HCo5t1CbQAA4FOT.jpg",
            "source_user_id_str": "1750816407195959296",
            "sizes": {
              "small": {
                "w": "542",
                "h": "680",
                "resize": "fit"
              },
              "large": {
                "w": "718",
                "h": "900",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "medium": {
                "w": "718",
                "h": "900",
                "resize": "fit"
              }
            },
            "type": "photo",
            "source_status_id_str": "2029498595309715652",
            "display_url": "pic.x.com/en3wgkcbae"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029601734373351770"
          ],
          "editableUntil": "2026-03-05T17:55:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Schöne Helene",
            "screen_name": "0Schone",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1288903070974390273",
            "id": "1288903070974390273"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029281257675186441",
      "id_str": "2029601734373351770",
      "in_reply_to_user_id": "1288903070974390273",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029601734373351770",
      "in_reply_to_status_id": "2029281257675186441",
      "created_at": "Thu Mar 05 16:55:36 +0000 2026",
      "favorited": false,
      "full_text": "@0Schone irgendwie müssen wir ja die 95% nutzlosen esser loswerden.\nbessere ideen?",
      "lang": "de",
      "in_reply_to_screen_name": "0Schone",
      "in_reply_to_user_id_str": "1288903070974390273"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029601030837584093"
          ],
          "editableUntil": "2026-03-05T17:52:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dushan Wegner",
            "screen_name": "dushanwegner",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "14784064",
            "id": "14784064"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029195403418038325",
      "id_str": "2029601030837584093",
      "in_reply_to_user_id": "14784064",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029601030837584093",
      "in_reply_to_status_id": "2029195403418038325",
      "created_at": "Thu Mar 05 16:52:48 +0000 2026",
      "favorited": false,
      "full_text": "@dushanwegner &gt; Wie kam es eigentlich dazu?\n\npazifismus und übervölkerung",
      "lang": "de",
      "in_reply_to_screen_name": "dushanwegner",
      "in_reply_to_user_id_str": "14784064"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029594389937328430"
          ],
          "editableUntil": "2026-03-05T17:26:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Tobias Ulbrich",
            "screen_name": "AnwaltUlbrich",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "544397208",
            "id": "544397208"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/HnZtwP5fPJ",
            "expanded_url": "https://en.wikipedia.org/wiki/International_Jewish_conspiracy",
            "display_url": "en.wikipedia.org/wiki/Internati…",
            "indices": [
              "47",
              "70"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029523219992965279",
      "id_str": "2029594389937328430",
      "in_reply_to_user_id": "544397208",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029594389937328430",
      "in_reply_to_status_id": "2029523219992965279",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 05 16:26:25 +0000 2026",
      "favorited": false,
      "full_text": "@AnwaltUlbrich bei israel hört der spaß auf...\nhttps://t.co/HnZtwP5fPJ",
      "lang": "de",
      "in_reply_to_screen_name": "AnwaltUlbrich",
      "in_reply_to_user_id_str": "544397208"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029594138174210129"
          ],
          "editableUntil": "2026-03-05T17:25:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dominik Kettner",
            "screen_name": "Dominik_Kettner",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "782506632",
            "id": "782506632"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/7nCADsEZPz",
            "expanded_url": "https://x.com/MaxBlumenthal/status/2029326915606089865",
            "display_url": "x.com/MaxBlumenthal/…",
            "indices": [
              "17",
              "40"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2029474547875840042",
      "id_str": "2029594138174210129",
      "in_reply_to_user_id": "782506632",
      "truncated": false,
      "retweet_count": "1",
      "id": "2029594138174210129",
      "in_reply_to_status_id": "2029474547875840042",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 05 16:25:25 +0000 2026",
      "favorited": false,
      "full_text": "@Dominik_Kettner https://t.co/7nCADsEZPz",
      "lang": "qme",
      "in_reply_to_screen_name": "Dominik_Kettner",
      "in_reply_to_user_id_str": "782506632"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029590011872456887"
          ],
          "editableUntil": "2026-03-05T17:09:01.446Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Max Blumenthal",
            "screen_name": "MaxBlumenthal",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "53789862",
            "id": "53789862"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "2029590011872456887",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029590011872456887",
      "created_at": "Thu Mar 05 16:09:01 +0000 2026",
      "favorited": false,
      "full_text": "RT @MaxBlumenthal: Former US Marine Sgt Brian McGinnis as he’s dragged out of Congress:\n\n“No one wants to fight for Israel!”\n\nSen. Tim Shee…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029589715347780006"
          ],
          "editableUntil": "2026-03-05T17:07:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "noonewantstofightforisrael",
            "indices": [
              "49",
              "76"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dominik Kettner",
            "screen_name": "Dominik_Kettner",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "782506632",
            "id": "782506632"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029474547875840042",
      "id_str": "2029589715347780006",
      "in_reply_to_user_id": "782506632",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029589715347780006",
      "in_reply_to_status_id": "2029474547875840042",
      "created_at": "Thu Mar 05 16:07:50 +0000 2026",
      "favorited": false,
      "full_text": "@Dominik_Kettner noone wants to fight for israel #noonewantstofightforisrael",
      "lang": "en",
      "in_reply_to_screen_name": "Dominik_Kettner",
      "in_reply_to_user_id_str": "782506632"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029578789919862967"
          ],
          "editableUntil": "2026-03-05T16:24:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Wide Awake Media",
            "screen_name": "wideawake_media",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1529763962094596097",
            "id": "1529763962094596097"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029467417852678418",
      "id_str": "2029578789919862967",
      "in_reply_to_user_id": "1529763962094596097",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029578789919862967",
      "in_reply_to_status_id": "2029467417852678418",
      "created_at": "Thu Mar 05 15:24:25 +0000 2026",
      "favorited": false,
      "full_text": "@wideawake_media just another reminder that most people are idiots",
      "lang": "en",
      "in_reply_to_screen_name": "wideawake_media",
      "in_reply_to_user_id_str": "1529763962094596097"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029572598258860503"
          ],
          "editableUntil": "2026-03-05T15:59:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Roland Tichy",
            "screen_name": "RolandTichy",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "19962363",
            "id": "19962363"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "166"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029218500066078977",
      "id_str": "2029572598258860503",
      "in_reply_to_user_id": "19962363",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029572598258860503",
      "in_reply_to_status_id": "2029218500066078977",
      "created_at": "Thu Mar 05 14:59:49 +0000 2026",
      "favorited": false,
      "full_text": "@RolandTichy &gt; heute \"Tribalismus\"\n\nechter tribalismus hat auch physische segregation von verschiedenen stämmen.\nschön wärs! NRW den moslems, sachsen den deutschen",
      "lang": "de",
      "in_reply_to_screen_name": "RolandTichy",
      "in_reply_to_user_id_str": "19962363"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029571379259969609"
          ],
          "editableUntil": "2026-03-05T15:54:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Cary Kelly",
            "screen_name": "CaryKelly11",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1128430399376502784",
            "id": "1128430399376502784"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029166137519301070",
      "id_str": "2029571379259969609",
      "in_reply_to_user_id": "1128430399376502784",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029571379259969609",
      "in_reply_to_status_id": "2029166137519301070",
      "created_at": "Thu Mar 05 14:54:59 +0000 2026",
      "favorited": false,
      "full_text": "@CaryKelly11 Forced therapy is a \"necessary evil\", necessary to break initial resistance to positive change.",
      "lang": "en",
      "in_reply_to_screen_name": "CaryKelly11",
      "in_reply_to_user_id_str": "1128430399376502784"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029561012765028796"
          ],
          "editableUntil": "2026-03-05T15:13:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "🇩🇪 𝙃𝙖𝙣𝙣𝙨 𝙅. 𝘽𝙖𝙪𝙢 🇩🇪",
            "screen_name": "JoachimBaum2",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "849996519457640448",
            "id": "849996519457640448"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029470753205178663",
      "id_str": "2029561012765028796",
      "in_reply_to_user_id": "849996519457640448",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029561012765028796",
      "in_reply_to_status_id": "2029470753205178663",
      "created_at": "Thu Mar 05 14:13:47 +0000 2026",
      "favorited": false,
      "full_text": "@JoachimBaum2 \"wir sind schon glücklich wenn wir nur eine sekunde länger leben als die rechten.\" -- linke",
      "lang": "de",
      "in_reply_to_screen_name": "JoachimBaum2",
      "in_reply_to_user_id_str": "849996519457640448"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029552188830163050"
          ],
          "editableUntil": "2026-03-05T14:38:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "OberesProzent",
            "screen_name": "OberesProzent",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1492551221672042501",
            "id": "1492551221672042501"
          },
          {
            "name": "Frauke Petry",
            "screen_name": "FraukePetry",
            "indices": [
              "15",
              "27"
            ],
            "id_str": "1273010575",
            "id": "1273010575"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029550358016540854",
      "id_str": "2029552188830163050",
      "in_reply_to_user_id": "1492551221672042501",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029552188830163050",
      "in_reply_to_status_id": "2029550358016540854",
      "created_at": "Thu Mar 05 13:38:43 +0000 2026",
      "favorited": false,
      "full_text": "@OberesProzent @FraukePetry ach so, du bestehst nicht mal den einfachsten intelligenztest. na dann!",
      "lang": "de",
      "in_reply_to_screen_name": "OberesProzent",
      "in_reply_to_user_id_str": "1492551221672042501"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029545726825447729"
          ],
          "editableUntil": "2026-03-05T14:13:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Eddie Graf",
            "screen_name": "Eddie_1412",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "24363209",
            "id": "24363209"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029537495788994759",
      "id_str": "2029545726825447729",
      "in_reply_to_user_id": "24363209",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029545726825447729",
      "in_reply_to_status_id": "2029537495788994759",
      "created_at": "Thu Mar 05 13:13:03 +0000 2026",
      "favorited": false,
      "full_text": "@Eddie_1412 \"immer noch besser als die AFD\"\n\nanti AFD limbo: how low can you go?",
      "lang": "en",
      "in_reply_to_screen_name": "Eddie_1412",
      "in_reply_to_user_id_str": "24363209"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029544958567309314"
          ],
          "editableUntil": "2026-03-05T14:09:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Shira S , MD",
            "screen_name": "RealSHIRA",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "891960691871154176",
            "id": "891960691871154176"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029400249882583205",
      "id_str": "2029544958567309314",
      "in_reply_to_user_id": "891960691871154176",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029544958567309314",
      "in_reply_to_status_id": "2029400249882583205",
      "created_at": "Thu Mar 05 13:09:59 +0000 2026",
      "favorited": false,
      "full_text": "@RealSHIRA provokation, aggression, sublimation, profit. nix neues",
      "lang": "en",
      "in_reply_to_screen_name": "RealSHIRA",
      "in_reply_to_user_id_str": "891960691871154176"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029544615880122840"
          ],
          "editableUntil": "2026-03-05T14:08:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Petr Bystron",
            "screen_name": "PetrBystronAfD",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "810957560723505152",
            "id": "810957560723505152"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029198352114479522",
      "id_str": "2029544615880122840",
      "in_reply_to_user_id": "810957560723505152",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029544615880122840",
      "in_reply_to_status_id": "2029198352114479522",
      "created_at": "Thu Mar 05 13:08:38 +0000 2026",
      "favorited": false,
      "full_text": "@PetrBystronAfD &gt; Hausdurchsuchungen wegen „rechter“ Meinungsdelikte\n\nmehr transparenz bitte. warum genau die HDs?\n\nmilahu/darknet-git-hosting-services",
      "lang": "de",
      "in_reply_to_screen_name": "PetrBystronAfD",
      "in_reply_to_user_id_str": "810957560723505152"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029543793607762413"
          ],
          "editableUntil": "2026-03-05T14:05:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "9",
      "in_reply_to_status_id_str": "2029538907755344245",
      "id_str": "2029543793607762413",
      "in_reply_to_user_id": "3824124982",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029543793607762413",
      "in_reply_to_status_id": "2029538907755344245",
      "created_at": "Thu Mar 05 13:05:22 +0000 2026",
      "favorited": false,
      "full_text": "@E_Boeminghaus &gt; Extremfall von nur noch 0,90 Dollar je Euro\n\nlangfristig (wochen oder jahre?) geht der euro gegen null",
      "lang": "de",
      "in_reply_to_screen_name": "E_Boeminghaus",
      "in_reply_to_user_id_str": "3824124982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029542930487116084"
          ],
          "editableUntil": "2026-03-05T14:01:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Andreas Fichtner ☢️ 🇺🇦🗽🐿️",
            "screen_name": "andreasnukechem",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1177565367151079426",
            "id": "1177565367151079426"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029541734791749909",
      "id_str": "2029542930487116084",
      "in_reply_to_user_id": "1177565367151079426",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029542930487116084",
      "in_reply_to_status_id": "2029541734791749909",
      "created_at": "Thu Mar 05 13:01:56 +0000 2026",
      "favorited": false,
      "full_text": "@andreasnukechem mein buch drucken und verschenken, aber die meisten leute (99%) sind zu blöd für mein buch 0__o",
      "lang": "de",
      "in_reply_to_screen_name": "andreasnukechem",
      "in_reply_to_user_id_str": "1177565367151079426"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029542712525897999"
          ],
          "editableUntil": "2026-03-05T14:01:04.403Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Milan Hauth",
            "screen_name": "milahu104",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "1964312974236991488",
            "id": "1964312974236991488"
          },
          {
            "name": "Dietmar Schulz",
            "screen_name": "Blauenversteher",
            "indices": [
              "15",
              "31"
            ],
            "id_str": "1844064297149685760",
            "id": "1844064297149685760"
          },
          {
            "name": "Mathias Priebe",
            "screen_name": "MathiasPriebe",
            "indices": [
              "32",
              "46"
            ],
            "id_str": "62458253",
            "id": "62458253"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "2029542712525897999",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029542712525897999",
      "created_at": "Thu Mar 05 13:01:04 +0000 2026",
      "favorited": false,
      "full_text": "RT @milahu104: @Blauenversteher @MathiasPriebe flammarion 2026\n\n\"oi mate? do you have a loicense to think outside the box?\" https://t.co/NC…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029542693773160652"
          ],
          "editableUntil": "2026-03-05T14:00:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "user_mentions": [
          {
            "name": "Dietmar Schulz",
            "screen_name": "Blauenversteher",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1844064297149685760",
            "id": "1844064297149685760"
          },
          {
            "name": "Mathias Priebe",
            "screen_name": "MathiasPriebe",
            "indices": [
              "17",
              "31"
            ],
            "id_str": "62458253",
            "id": "62458253"
          }
        ],
        "urls": [],
        "symbols": [],
        "media": [
          {
            "expanded_url": "https://x.com/milahu104/status/2029542693773160652/photo/1",
            "indices": [
              "109",
              "132"
            ],
            "url": "https://t.co/NC0HSFCPpq",
            "media_url": "http://pbs.twimg.com/media/HCpiLvtWkAEEfkw.jpg",
            "id_str": "2029542536008601601",
            "id": "2029542536008601601",
            "media_url_https": "https://pbs.twimg.com/media/HCpiLvtWkAEEfkw.jpg",
            "sizes": {
              "large": {
                "w": "1536",
                "h": "1024",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "800",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "680",
                "h": "453",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/NC0HSFCPpq"
          }
        ],
        "hashtags": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "2029535983331344892",
      "id_str": "2029542693773160652",
      "in_reply_to_user_id": "1844064297149685760",
      "truncated": false,
      "retweet_count": "1",
      "id": "2029542693773160652",
      "in_reply_to_status_id": "2029535983331344892",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 05 13:00:59 +0000 2026",
      "favorited": false,
      "full_text": "@Blauenversteher @MathiasPriebe flammarion 2026\n\n\"oi mate? do you have a loicense to think outside the box?\" https://t.co/NC0HSFCPpq",
      "lang": "en",
      "in_reply_to_screen_name": "Blauenversteher",
      "in_reply_to_user_id_str": "1844064297149685760",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/milahu104/status/2029542693773160652/photo/1",
            "indices": [
              "109",
              "132"
            ],
            "url": "https://t.co/NC0HSFCPpq",
            "media_url": "http://pbs.twimg.com/media/HCpiLvtWkAEEfkw.jpg",
            "id_str": "2029542536008601601",
            "id": "2029542536008601601",
            "media_url_https": "https://pbs.twimg.com/media/HCpiLvtWkAEEfkw.jpg",
            "sizes": {
              "large": {
                "w": "1536",
                "h": "1024",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "800",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "680",
                "h": "453",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/NC0HSFCPpq"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029540429805359360"
          ],
          "editableUntil": "2026-03-05T13:52:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mathias Priebe",
            "screen_name": "MathiasPriebe",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "62458253",
            "id": "62458253"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029455512358559980",
      "id_str": "2029540429805359360",
      "in_reply_to_user_id": "62458253",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029540429805359360",
      "in_reply_to_status_id": "2029455512358559980",
      "created_at": "Thu Mar 05 12:52:00 +0000 2026",
      "favorited": false,
      "full_text": "@MathiasPriebe &gt; der arme Mann\n\nder ist komplett austauschbar, alle politiker sind scheisse",
      "lang": "de",
      "in_reply_to_screen_name": "MathiasPriebe",
      "in_reply_to_user_id_str": "62458253"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029540138414452986"
          ],
          "editableUntil": "2026-03-05T13:50:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DieStahlfeder",
            "screen_name": "DStahlfeder",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1151033135657869312",
            "id": "1151033135657869312"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029390937466527768",
      "id_str": "2029540138414452986",
      "in_reply_to_user_id": "1151033135657869312",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029540138414452986",
      "in_reply_to_status_id": "2029390937466527768",
      "created_at": "Thu Mar 05 12:50:50 +0000 2026",
      "favorited": false,
      "full_text": "@DStahlfeder wir haben keine demokratie. es gibt keine politische lösung",
      "lang": "de",
      "in_reply_to_screen_name": "DStahlfeder",
      "in_reply_to_user_id_str": "1151033135657869312"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029539255807090794"
          ],
          "editableUntil": "2026-03-05T13:47:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Andreas Fichtner ☢️ 🇺🇦🗽🐿️",
            "screen_name": "andreasnukechem",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1177565367151079426",
            "id": "1177565367151079426"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "180"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1967847490142777578",
      "id_str": "2029539255807090794",
      "in_reply_to_user_id": "1177565367151079426",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029539255807090794",
      "in_reply_to_status_id": "1967847490142777578",
      "created_at": "Thu Mar 05 12:47:20 +0000 2026",
      "favorited": false,
      "full_text": "@andreasnukechem &gt; Verzögerung der Sprengung der Kühltürme in Grafenrheinfeld um anderthalb Stunden\n\nhaha, wie verzweifelt muss man sein dass man sowas als \"aktivismus\" verkauft",
      "lang": "de",
      "in_reply_to_screen_name": "andreasnukechem",
      "in_reply_to_user_id_str": "1177565367151079426"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029538518351978889"
          ],
          "editableUntil": "2026-03-05T13:44:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "OberesProzent",
            "screen_name": "OberesProzent",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1492551221672042501",
            "id": "1492551221672042501"
          },
          {
            "name": "Frauke Petry",
            "screen_name": "FraukePetry",
            "indices": [
              "15",
              "27"
            ],
            "id_str": "1273010575",
            "id": "1273010575"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "262"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029520384945455462",
      "id_str": "2029538518351978889",
      "in_reply_to_user_id": "1492551221672042501",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029538518351978889",
      "in_reply_to_status_id": "2029520384945455462",
      "created_at": "Thu Mar 05 12:44:24 +0000 2026",
      "favorited": false,
      "full_text": "@OberesProzent @FraukePetry okay opa, aber ist erderwärmung nicht einfach nur ein proxy für die globale übervölkerung?\nich habe ausgerechnet, 95% aller menschen müssen sterben, dann können die übrigen 5% im paradies auf erden leben. oder hab ich mich verrechnet?",
      "lang": "de",
      "in_reply_to_screen_name": "OberesProzent",
      "in_reply_to_user_id_str": "1492551221672042501"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029537538956759375"
          ],
          "editableUntil": "2026-03-05T13:40:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "marc friedrich",
            "screen_name": "marcfriedrich",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1027290944524247045",
            "id": "1027290944524247045"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029474529362264476",
      "id_str": "2029537538956759375",
      "in_reply_to_user_id": "1027290944524247045",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029537538956759375",
      "in_reply_to_status_id": "2029474529362264476",
      "created_at": "Thu Mar 05 12:40:30 +0000 2026",
      "favorited": false,
      "full_text": "@marcfriedrich &gt; wollen sie vielleicht mal kurz den treibhauseffekt den kindern erklären?\n\nübersetzung:\nopa, erzählst du uns nochmal die geschichte vom treibhaus?",
      "lang": "de",
      "in_reply_to_screen_name": "marcfriedrich",
      "in_reply_to_user_id_str": "1027290944524247045"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029505909504762233"
          ],
          "editableUntil": "2026-03-05T11:34:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Spicyman",
            "screen_name": "Spicyman1980_",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1359182301486268426",
            "id": "1359182301486268426"
          },
          {
            "name": "DJ P.R. 🙄",
            "screen_name": "djpr",
            "indices": [
              "15",
              "20"
            ],
            "id_str": "19440740",
            "id": "19440740"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "289"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029450576556376452",
      "id_str": "2029505909504762233",
      "in_reply_to_user_id": "1359182301486268426",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029505909504762233",
      "in_reply_to_status_id": "2029450576556376452",
      "created_at": "Thu Mar 05 10:34:49 +0000 2026",
      "favorited": false,
      "full_text": "@Spicyman1980_ @djpr &gt; Die Lehrerin hat doch absolut Recht\n\nin unserem kranken system gibt es in der öffentlichkeit keinen platz für die wahrheit. die öffentlichkeit ist völlig durchsetzt mit lügen und ablenkungen.\ndie höchste wahrheit ist: es gibt zu viele menschen, 95% müssen sterben",
      "lang": "de",
      "in_reply_to_screen_name": "Spicyman1980_",
      "in_reply_to_user_id_str": "1359182301486268426"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029504591205634555"
          ],
          "editableUntil": "2026-03-05T11:29:35.572Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Milan Hauth",
            "screen_name": "milahu104",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "1964312974236991488",
            "id": "1964312974236991488"
          },
          {
            "name": "DJ P.R. 🙄",
            "screen_name": "djpr",
            "indices": [
              "15",
              "20"
            ],
            "id_str": "19440740",
            "id": "19440740"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "2029504591205634555",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029504591205634555",
      "created_at": "Thu Mar 05 10:29:35 +0000 2026",
      "favorited": false,
      "full_text": "RT @milahu104: @djpr &gt; 0:40 ich habe die befürchtung, angenommen die CDU kann weiterhin mitregieren, dass das alles blabla war im wahlkampf…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029504579335827743"
          ],
          "editableUntil": "2026-03-05T11:29:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DJ P.R. 🙄",
            "screen_name": "djpr",
            "indices": [
              "0",
              "5"
            ],
            "id_str": "19440740",
            "id": "19440740"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "289"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "2029314006482116762",
      "id_str": "2029504579335827743",
      "in_reply_to_user_id": "19440740",
      "truncated": false,
      "retweet_count": "1",
      "id": "2029504579335827743",
      "in_reply_to_status_id": "2029314006482116762",
      "created_at": "Thu Mar 05 10:29:32 +0000 2026",
      "favorited": false,
      "full_text": "@djpr &gt; 0:40 ich habe die befürchtung, angenommen die CDU kann weiterhin mitregieren, dass das alles blabla war im wahlkampf\n\ntraurig wie normies einfach nicht verstehen wollen dass alle wahlversprechen immer gebrochen werden.\nwir haben keine demokratie. es gibt keine politische lösung",
      "lang": "de",
      "in_reply_to_screen_name": "djpr",
      "in_reply_to_user_id_str": "19440740"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029504067056148546"
          ],
          "editableUntil": "2026-03-05T11:27:30.605Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "DJ P.R. 🙄",
            "screen_name": "djpr",
            "indices": [
              "3",
              "8"
            ],
            "id_str": "19440740",
            "id": "19440740"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "2029504067056148546",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029504067056148546",
      "created_at": "Thu Mar 05 10:27:30 +0000 2026",
      "favorited": false,
      "full_text": "RT @djpr: Sehr sympathisch, wie Manuel Hagel die Lehrerin ganz am Ende anschnauzt und abkanzelt. Offenbar waren ihm die Fragen zu kritisch.…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029503601165402529"
          ],
          "editableUntil": "2026-03-05T11:25:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "TheRealTom™ - Trusted Flagger",
            "screen_name": "tomdabassman",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1895216569",
            "id": "1895216569"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029342619642290465",
      "id_str": "2029503601165402529",
      "in_reply_to_user_id": "1895216569",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029503601165402529",
      "in_reply_to_status_id": "2029342619642290465",
      "created_at": "Thu Mar 05 10:25:39 +0000 2026",
      "favorited": false,
      "full_text": "@tomdabassman &gt; wollen sie vielleicht mal kurz den treibhauseffekt den kindern erklären?\n\nübersetzung:\nopa, erzählst du uns nochmal die geschichte vom treibhaus?",
      "lang": "de",
      "in_reply_to_screen_name": "tomdabassman",
      "in_reply_to_user_id_str": "1895216569"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029503557062258723"
          ],
          "editableUntil": "2026-03-05T11:25:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "_horizont_",
            "screen_name": "hori_____zont",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1215243508782632960",
            "id": "1215243508782632960"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2029458503912300771",
      "id_str": "2029503557062258723",
      "in_reply_to_user_id": "1215243508782632960",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029503557062258723",
      "in_reply_to_status_id": "2029458503912300771",
      "created_at": "Thu Mar 05 10:25:29 +0000 2026",
      "favorited": false,
      "full_text": "@hori_____zont &gt; wollen sie vielleicht mal kurz den treibhauseffekt den kindern erklären?\n\nübersetzung:\nopa, erzählst du uns nochmal die geschichte vom treibhaus?",
      "lang": "de",
      "in_reply_to_screen_name": "hori_____zont",
      "in_reply_to_user_id_str": "1215243508782632960"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029503438996857063"
          ],
          "editableUntil": "2026-03-05T11:25:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Frauke Petry",
            "screen_name": "FraukePetry",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1273010575",
            "id": "1273010575"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2029443856333242862",
      "id_str": "2029503438996857063",
      "in_reply_to_user_id": "1273010575",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029503438996857063",
      "in_reply_to_status_id": "2029443856333242862",
      "created_at": "Thu Mar 05 10:25:00 +0000 2026",
      "favorited": false,
      "full_text": "@FraukePetry &gt; wollen sie vielleicht mal kurz den treibhauseffekt den kindern erklären?\n\nübersetzung:\nopa, erzählst du uns nochmal die geschichte vom treibhaus?",
      "lang": "de",
      "in_reply_to_screen_name": "FraukePetry",
      "in_reply_to_user_id_str": "1273010575"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2029503362912129485"
          ],
          "editableUntil": "2026-03-05T11:24:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Marcus Pretzell 🥨 🇦🇷",
            "screen_name": "MarcusPretzell",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1274709210",
            "id": "1274709210"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "166"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2029435243472597254",
      "id_str": "2029503362912129485",
      "in_reply_to_user_id": "1274709210",
      "truncated": false,
      "retweet_count": "0",
      "id": "2029503362912129485",
      "in_reply_to_status_id": "2029435243472597254",
      "created_at": "Thu Mar 05 10:24:42 +0000 2026",
      "favorited": false,
      "full_text": "@MarcusPretzell &gt; wollen sie vielleicht mal kurz den treibhauseffekt den kindern erklären?\n\nübersetzung:\nopa, erzählst du uns nochmal die geschichte vom treibhaus?",
      "lang": "de",
      "in_reply_to_screen_name": "MarcusPretzell",
      "in_reply_to_user_id_str": "1274709210"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028529691003363490"
          ],
          "editableUntil": "2026-03-02T18:55:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Me, I‘m Counting",
            "screen_name": "loumeimcounting",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "46614863",
            "id": "46614863"
          },
          {
            "name": "FrauHodl",
            "screen_name": "FrauHodl",
            "indices": [
              "17",
              "26"
            ],
            "id_str": "1454067579476119553",
            "id": "1454067579476119553"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028529004106416300",
      "id_str": "2028529691003363490",
      "in_reply_to_user_id": "46614863",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028529691003363490",
      "in_reply_to_status_id": "2028529004106416300",
      "created_at": "Mon Mar 02 17:55:41 +0000 2026",
      "favorited": false,
      "full_text": "@loumeimcounting @FrauHodl weak. you cant even answer the simplest questions",
      "lang": "en",
      "in_reply_to_screen_name": "loumeimcounting",
      "in_reply_to_user_id_str": "46614863"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028529432101589043"
          ],
          "editableUntil": "2026-03-02T18:54:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Schonungslos",
            "screen_name": "SchonungslosYT",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1665502771649363970",
            "id": "1665502771649363970"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "291"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028412280040300805",
      "id_str": "2028529432101589043",
      "in_reply_to_user_id": "1665502771649363970",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028529432101589043",
      "in_reply_to_status_id": "2028412280040300805",
      "created_at": "Mon Mar 02 17:54:39 +0000 2026",
      "favorited": false,
      "full_text": "@SchonungslosYT &gt; Erdnusspaste bringt mangelernährte Kinder schnell zu Kräften\n\nwtf, erdnüsse sind giftig, omega-6, glyphosat, ... beste lösung: carnivore diät\n\nhätte \"der weisse mann\" nicht die kultur der afrikaner (weidetierhaltung, tribalismus) ausgerottet, dann hätten sie genug essen",
      "lang": "de",
      "in_reply_to_screen_name": "SchonungslosYT",
      "in_reply_to_user_id_str": "1665502771649363970"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028528181108469849"
          ],
          "editableUntil": "2026-03-02T18:49:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dr. Christoph Canne",
            "screen_name": "ChristophCanne",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "285323487",
            "id": "285323487"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028424275430916508",
      "id_str": "2028528181108469849",
      "in_reply_to_user_id": "285323487",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028528181108469849",
      "in_reply_to_status_id": "2028424275430916508",
      "created_at": "Mon Mar 02 17:49:41 +0000 2026",
      "favorited": false,
      "full_text": "@ChristophCanne &gt; Dass China in Europa eine \"Klimabewegung\" fördern konnte\n\nwhat?",
      "lang": "de",
      "in_reply_to_screen_name": "ChristophCanne",
      "in_reply_to_user_id_str": "285323487"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028527509680033916"
          ],
          "editableUntil": "2026-03-02T18:47:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "apolut.net",
            "screen_name": "apolut_net",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "2391765882",
            "id": "2391765882"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2028465894272438483",
      "id_str": "2028527509680033916",
      "in_reply_to_user_id": "2391765882",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028527509680033916",
      "in_reply_to_status_id": "2028465894272438483",
      "created_at": "Mon Mar 02 17:47:01 +0000 2026",
      "favorited": false,
      "full_text": "@apolut_net &gt; Unveröffentlichte Urteilsbegründung\n\nwtf?",
      "lang": "de",
      "in_reply_to_screen_name": "apolut_net",
      "in_reply_to_user_id_str": "2391765882"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028527276912984538"
          ],
          "editableUntil": "2026-03-02T18:46:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Toby Rogers",
            "screen_name": "uTobian",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "42698622",
            "id": "42698622"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028229201204269491",
      "id_str": "2028527276912984538",
      "in_reply_to_user_id": "42698622",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028527276912984538",
      "in_reply_to_status_id": "2028229201204269491",
      "created_at": "Mon Mar 02 17:46:05 +0000 2026",
      "favorited": false,
      "full_text": "@uTobian blame pacifism, which leads to overpopulation, degeneration, destruction of nature, resource depletion, war, famine, disease, ...\nfix: tribalism",
      "lang": "en",
      "in_reply_to_screen_name": "uTobian",
      "in_reply_to_user_id_str": "42698622"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028526947068735731"
          ],
          "editableUntil": "2026-03-02T18:44:47.046Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Toby Rogers",
            "screen_name": "uTobian",
            "indices": [
              "3",
              "11"
            ],
            "id_str": "42698622",
            "id": "42698622"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "2028526947068735731",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028526947068735731",
      "created_at": "Mon Mar 02 17:44:47 +0000 2026",
      "favorited": false,
      "full_text": "RT @uTobian: The military industrial complex demands endless wars and the pharmaceutical industrial complex demands endless diseases and th…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028526799097864216"
          ],
          "editableUntil": "2026-03-02T18:44:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Me, I‘m Counting",
            "screen_name": "loumeimcounting",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "46614863",
            "id": "46614863"
          },
          {
            "name": "FrauHodl",
            "screen_name": "FrauHodl",
            "indices": [
              "17",
              "26"
            ],
            "id_str": "1454067579476119553",
            "id": "1454067579476119553"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028446142912933962",
      "id_str": "2028526799097864216",
      "in_reply_to_user_id": "46614863",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028526799097864216",
      "in_reply_to_status_id": "2028446142912933962",
      "created_at": "Mon Mar 02 17:44:11 +0000 2026",
      "favorited": false,
      "full_text": "@loumeimcounting @FrauHodl i also forgot to ask, since youre such a prolife shill, where do you see the carrying capacity of our planet? 10E9 humans? 100E9 humans?",
      "lang": "en",
      "in_reply_to_screen_name": "loumeimcounting",
      "in_reply_to_user_id_str": "46614863"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028445032911458427"
          ],
          "editableUntil": "2026-03-02T13:19:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Me, I‘m Counting",
            "screen_name": "loumeimcounting",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "46614863",
            "id": "46614863"
          },
          {
            "name": "FrauHodl",
            "screen_name": "FrauHodl",
            "indices": [
              "17",
              "26"
            ],
            "id_str": "1454067579476119553",
            "id": "1454067579476119553"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028444417690853561",
      "id_str": "2028445032911458427",
      "in_reply_to_user_id": "46614863",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028445032911458427",
      "in_reply_to_status_id": "2028444417690853561",
      "created_at": "Mon Mar 02 12:19:17 +0000 2026",
      "favorited": false,
      "full_text": "@loumeimcounting @FrauHodl oh i forgot, you think raping people is more fun than killing people, you will never have guns",
      "lang": "en",
      "in_reply_to_screen_name": "loumeimcounting",
      "in_reply_to_user_id_str": "46614863"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028444711287914615"
          ],
          "editableUntil": "2026-03-02T13:18:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "👑 𝓑𝓸_𝓛𝓸𝓰𝓷𝓮𝓼𝓮 👑 👖",
            "screen_name": "Bo_Lognese",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1157345301218377728",
            "id": "1157345301218377728"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028093899936354389",
      "id_str": "2028444711287914615",
      "in_reply_to_user_id": "1157345301218377728",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028444711287914615",
      "in_reply_to_status_id": "2028093899936354389",
      "created_at": "Mon Mar 02 12:18:00 +0000 2026",
      "favorited": false,
      "full_text": "@Bo_Lognese &gt; und am Ende sagen sie ihre eigene Parade wegen islamistischer Drohungen ab\n\nwenigstens eine gute nachricht.\nok, weiter mit weltuntergang",
      "lang": "de",
      "in_reply_to_screen_name": "Bo_Lognese",
      "in_reply_to_user_id_str": "1157345301218377728"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028444338221359605"
          ],
          "editableUntil": "2026-03-02T13:16:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "user_mentions": [
          {
            "name": "Steve Reed",
            "screen_name": "steve_reed2021",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1353828837616975873",
            "id": "1353828837616975873"
          },
          {
            "name": "Bernie",
            "screen_name": "Artemisfornow",
            "indices": [
              "16",
              "30"
            ],
            "id_str": "1483617794138808321",
            "id": "1483617794138808321"
          }
        ],
        "urls": [],
        "symbols": [],
        "media": [
          {
            "expanded_url": "https://x.com/milahu104/status/2028444338221359605/photo/1",
            "indices": [
              "31",
              "54"
            ],
            "url": "https://t.co/eidLq55pA9",
            "media_url": "http://pbs.twimg.com/media/HCZ7UPyWYAAS5A5.png",
            "id_str": "2028444269942300672",
            "id": "2028444269942300672",
            "media_url_https": "https://pbs.twimg.com/media/HCZ7UPyWYAAS5A5.png",
            "sizes": {
              "small": {
                "w": "680",
                "h": "566",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "medium": {
                "w": "725",
                "h": "603",
                "resize": "fit"
              },
              "large": {
                "w": "725",
                "h": "603",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/eidLq55pA9"
          }
        ],
        "hashtags": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2028432912463376452",
      "id_str": "2028444338221359605",
      "in_reply_to_user_id": "1353828837616975873",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028444338221359605",
      "in_reply_to_status_id": "2028432912463376452",
      "possibly_sensitive": false,
      "created_at": "Mon Mar 02 12:16:31 +0000 2026",
      "favorited": false,
      "full_text": "@steve_reed2021 @Artemisfornow https://t.co/eidLq55pA9",
      "lang": "qme",
      "in_reply_to_screen_name": "steve_reed2021",
      "in_reply_to_user_id_str": "1353828837616975873",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/milahu104/status/2028444338221359605/photo/1",
            "indices": [
              "31",
              "54"
            ],
            "url": "https://t.co/eidLq55pA9",
            "media_url": "http://pbs.twimg.com/media/HCZ7UPyWYAAS5A5.png",
            "id_str": "2028444269942300672",
            "id": "2028444269942300672",
            "media_url_https": "https://pbs.twimg.com/media/HCZ7UPyWYAAS5A5.png",
            "sizes": {
              "small": {
                "w": "680",
                "h": "566",
                "resize": "fit"
              },
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "medium": {
                "w": "725",
                "h": "603",
                "resize": "fit"
              },
              "large": {
                "w": "725",
                "h": "603",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/eidLq55pA9"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028444045719093655"
          ],
          "editableUntil": "2026-03-02T13:15:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bernie",
            "screen_name": "Artemisfornow",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1483617794138808321",
            "id": "1483617794138808321"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028414180743639508",
      "id_str": "2028444045719093655",
      "in_reply_to_user_id": "1483617794138808321",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028444045719093655",
      "in_reply_to_status_id": "2028414180743639508",
      "created_at": "Mon Mar 02 12:15:21 +0000 2026",
      "favorited": false,
      "full_text": "@Artemisfornow we really cannot hate them enough",
      "lang": "en",
      "in_reply_to_screen_name": "Artemisfornow",
      "in_reply_to_user_id_str": "1483617794138808321"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028443961312821669"
          ],
          "editableUntil": "2026-03-02T13:15:01.700Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bernie",
            "screen_name": "Artemisfornow",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1483617794138808321",
            "id": "1483617794138808321"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "2028443961312821669",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028443961312821669",
      "created_at": "Mon Mar 02 12:15:01 +0000 2026",
      "favorited": false,
      "full_text": "RT @Artemisfornow: This is Spain… Where hundreds of thousands of ancient olive trees are being ripped out and replaced with solar panels.…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028443873375076386"
          ],
          "editableUntil": "2026-03-02T13:14:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Me, I‘m Counting",
            "screen_name": "loumeimcounting",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "46614863",
            "id": "46614863"
          },
          {
            "name": "FrauHodl",
            "screen_name": "FrauHodl",
            "indices": [
              "17",
              "26"
            ],
            "id_str": "1454067579476119553",
            "id": "1454067579476119553"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028443143058731307",
      "id_str": "2028443873375076386",
      "in_reply_to_user_id": "46614863",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028443873375076386",
      "in_reply_to_status_id": "2028443143058731307",
      "created_at": "Mon Mar 02 12:14:40 +0000 2026",
      "favorited": false,
      "full_text": "@loumeimcounting @FrauHodl &gt; then get back to me\n\nwill you have guns in the future?",
      "lang": "en",
      "in_reply_to_screen_name": "loumeimcounting",
      "in_reply_to_user_id_str": "46614863"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028443708627001532"
          ],
          "editableUntil": "2026-03-02T13:14:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Andreas Nickmann",
            "screen_name": "ANickmann",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1347575808207040514",
            "id": "1347575808207040514"
          },
          {
            "name": "Libertäre Deutsche Jugend — LDJ",
            "screen_name": "libertaeredeju",
            "indices": [
              "11",
              "26"
            ],
            "id_str": "1445804307014688768",
            "id": "1445804307014688768"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028164701952135322",
      "id_str": "2028443708627001532",
      "in_reply_to_user_id": "1347575808207040514",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028443708627001532",
      "in_reply_to_status_id": "2028164701952135322",
      "created_at": "Mon Mar 02 12:14:01 +0000 2026",
      "favorited": false,
      "full_text": "@ANickmann @libertaeredeju &gt; nicht der echte Sozialismus\n\nman braucht nur unendlich viel geduld, circa 1000 jahre",
      "lang": "de",
      "in_reply_to_screen_name": "ANickmann",
      "in_reply_to_user_id_str": "1347575808207040514"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028443581933912494"
          ],
          "editableUntil": "2026-03-02T13:13:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Libertäre Deutsche Jugend — LDJ",
            "screen_name": "libertaeredeju",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1445804307014688768",
            "id": "1445804307014688768"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "203"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028087377005060315",
      "id_str": "2028443581933912494",
      "in_reply_to_user_id": "1445804307014688768",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028443581933912494",
      "in_reply_to_status_id": "2028087377005060315",
      "created_at": "Mon Mar 02 12:13:31 +0000 2026",
      "favorited": false,
      "full_text": "@libertaeredeju sozialismus = endstadium = endzeit.\n\n\"Hard times create strong men. Strong men create good times.\nGood times create weak men. Weak men create hard times.\"\n― Michael Hopf, Those Who Remain",
      "lang": "en",
      "in_reply_to_screen_name": "libertaeredeju",
      "in_reply_to_user_id_str": "1445804307014688768"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028442799654285473"
          ],
          "editableUntil": "2026-03-02T13:10:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sama Hoole",
            "screen_name": "SamaHoole",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2253756806",
            "id": "2253756806"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "281"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2028432357003256026",
      "id_str": "2028442799654285473",
      "in_reply_to_user_id": "2253756806",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028442799654285473",
      "in_reply_to_status_id": "2028432357003256026",
      "created_at": "Mon Mar 02 12:10:24 +0000 2026",
      "favorited": false,
      "full_text": "@SamaHoole nah mate, were not cautious or sneaky about this, we go straight to the cook and ask him: what oil will you put into my food?\none good thing about idiots is, they are so proud of their stupidity, they will readily confess all their sins, praising their sins as \"virtues\"",
      "lang": "en",
      "in_reply_to_screen_name": "SamaHoole",
      "in_reply_to_user_id_str": "2253756806"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028441076260831233"
          ],
          "editableUntil": "2026-03-02T13:03:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Me, I‘m Counting",
            "screen_name": "loumeimcounting",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "46614863",
            "id": "46614863"
          },
          {
            "name": "FrauHodl",
            "screen_name": "FrauHodl",
            "indices": [
              "17",
              "26"
            ],
            "id_str": "1454067579476119553",
            "id": "1454067579476119553"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028439830258909407",
      "id_str": "2028441076260831233",
      "in_reply_to_user_id": "46614863",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028441076260831233",
      "in_reply_to_status_id": "2028439830258909407",
      "created_at": "Mon Mar 02 12:03:33 +0000 2026",
      "favorited": false,
      "full_text": "@loumeimcounting @FrauHodl you just failed at least 2 more shit tests. this is getting boring. apparently you wont help me killing more people, so youre just a waste of time. bye!",
      "lang": "en",
      "in_reply_to_screen_name": "loumeimcounting",
      "in_reply_to_user_id_str": "46614863"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028440410675150864"
          ],
          "editableUntil": "2026-03-02T13:00:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "InternistWey👨‍⚕️",
            "screen_name": "InternistWey",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1473704838110326791",
            "id": "1473704838110326791"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028186337233235986",
      "id_str": "2028440410675150864",
      "in_reply_to_user_id": "1473704838110326791",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028440410675150864",
      "in_reply_to_status_id": "2028186337233235986",
      "created_at": "Mon Mar 02 12:00:55 +0000 2026",
      "favorited": false,
      "full_text": "@InternistWey pff, jeder hat recht auf suizid",
      "lang": "de",
      "in_reply_to_screen_name": "InternistWey",
      "in_reply_to_user_id_str": "1473704838110326791"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2028439788903112991"
          ],
          "editableUntil": "2026-03-02T12:58:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mr.Buidl 🇺🇸",
            "screen_name": "MrBUIDL",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "979041306",
            "id": "979041306"
          },
          {
            "name": "Oasis",
            "screen_name": "oasishealthapp",
            "indices": [
              "9",
              "24"
            ],
            "id_str": "1732572932038447104",
            "id": "1732572932038447104"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2028349354202087559",
      "id_str": "2028439788903112991",
      "in_reply_to_user_id": "979041306",
      "truncated": false,
      "retweet_count": "0",
      "id": "2028439788903112991",
      "in_reply_to_status_id": "2028349354202087559",
      "created_at": "Mon Mar 02 11:58:26 +0000 2026",
      "favorited": false,
      "full_text": "@MrBUIDL @oasishealthapp tap water? spring water? rain water?",
      "lang": "en",
      "in_reply_to_screen_name": "MrBUIDL",
      "in_reply_to_user_id_str": "979041306"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005949071891030218"
          ],
          "editableUntil": "2025-12-30T11:28:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "The Resonance",
            "screen_name": "Partisan_12",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1854782961649876992",
            "id": "1854782961649876992"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "185"
      ],
      "favorite_count": "8",
      "in_reply_to_status_id_str": "2005923059392279022",
      "id_str": "2005949071891030218",
      "in_reply_to_user_id": "1854782961649876992",
      "truncated": false,
      "retweet_count": "2",
      "id": "2005949071891030218",
      "in_reply_to_status_id": "2005923059392279022",
      "created_at": "Tue Dec 30 10:28:22 +0000 2025",
      "favorited": false,
      "full_text": "@Partisan_12 deleting the post makes no difference.\nelon musk is spitting the same populist rhetoric as ALL politicians,\nwhile quietly destroying the same population they claim to save.",
      "lang": "en",
      "in_reply_to_screen_name": "Partisan_12",
      "in_reply_to_user_id_str": "1854782961649876992"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005947947515625834"
          ],
          "editableUntil": "2025-12-30T11:23:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Blackout News",
            "screen_name": "BlackoutNews_DE",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1354473360579829764",
            "id": "1354473360579829764"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005597162013704461",
      "id_str": "2005947947515625834",
      "in_reply_to_user_id": "1354473360579829764",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005947947515625834",
      "in_reply_to_status_id": "2005597162013704461",
      "created_at": "Tue Dec 30 10:23:54 +0000 2025",
      "favorited": false,
      "full_text": "@BlackoutNews_DE erneuerbares öl versucht den boden",
      "lang": "de",
      "in_reply_to_screen_name": "BlackoutNews_DE",
      "in_reply_to_user_id_str": "1354473360579829764"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005947709430132840"
          ],
          "editableUntil": "2025-12-30T11:22:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Apollo News",
            "screen_name": "apollo_news_de",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "830858867789664257",
            "id": "830858867789664257"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005509101019599211",
      "id_str": "2005947709430132840",
      "in_reply_to_user_id": "830858867789664257",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005947709430132840",
      "in_reply_to_status_id": "2005509101019599211",
      "created_at": "Tue Dec 30 10:22:57 +0000 2025",
      "favorited": false,
      "full_text": "@apollo_news_de was für Einsparpotenziale?!\nkomplett abschaffen.\nversicherungen helfen immer den falschen.\nversicherung = versicherungsbetrug.",
      "lang": "de",
      "in_reply_to_screen_name": "apollo_news_de",
      "in_reply_to_user_id_str": "830858867789664257"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005947292612743604"
          ],
          "editableUntil": "2025-12-30T11:21:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "TomBayou",
            "screen_name": "Tom_Bayou",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1489996626924118029",
            "id": "1489996626924118029"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2005902290671009922",
      "id_str": "2005947292612743604",
      "in_reply_to_user_id": "1489996626924118029",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005947292612743604",
      "in_reply_to_status_id": "2005902290671009922",
      "created_at": "Tue Dec 30 10:21:17 +0000 2025",
      "favorited": false,
      "full_text": "@Tom_Bayou so \"schön\" wenn eltern ihre kinder zur todesspritze schicken",
      "lang": "de",
      "in_reply_to_screen_name": "Tom_Bayou",
      "in_reply_to_user_id_str": "1489996626924118029"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005946137501397228"
          ],
          "editableUntil": "2025-12-30T11:16:42.514Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lukas Ekwueme",
            "screen_name": "ekwufinance",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "1554189979462557696",
            "id": "1554189979462557696"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "0",
      "id_str": "2005946137501397228",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005946137501397228",
      "created_at": "Tue Dec 30 10:16:42 +0000 2025",
      "favorited": false,
      "full_text": "RT @ekwufinance: After Germany blew up their nuclear power plants, they’re now blowing up their coal power plants.\n\n- Only six years old\n-…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005917044831588790"
          ],
          "editableUntil": "2025-12-30T09:21:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lukas Ekwueme",
            "screen_name": "ekwufinance",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1554189979462557696",
            "id": "1554189979462557696"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "28"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005609861518704902",
      "id_str": "2005917044831588790",
      "in_reply_to_user_id": "1554189979462557696",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005917044831588790",
      "in_reply_to_status_id": "2005609861518704902",
      "created_at": "Tue Dec 30 08:21:06 +0000 2025",
      "favorited": false,
      "full_text": "@ekwufinance blackout ahead.",
      "lang": "en",
      "in_reply_to_screen_name": "ekwufinance",
      "in_reply_to_user_id_str": "1554189979462557696"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005916744964096357"
          ],
          "editableUntil": "2025-12-30T09:19:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dr. Maalouf ‏",
            "screen_name": "realMaalouf",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1316995857242378240",
            "id": "1316995857242378240"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2005708374965715322",
      "id_str": "2005916744964096357",
      "in_reply_to_user_id": "1316995857242378240",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005916744964096357",
      "in_reply_to_status_id": "2005708374965715322",
      "created_at": "Tue Dec 30 08:19:54 +0000 2025",
      "favorited": false,
      "full_text": "@realMaalouf \"all other Africans will leave\"\nto where?\nto \"refugees welcome\" Germany?",
      "lang": "en",
      "in_reply_to_screen_name": "realMaalouf",
      "in_reply_to_user_id_str": "1316995857242378240"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005838199705280516"
          ],
          "editableUntil": "2025-12-30T04:07:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lord Bebo",
            "screen_name": "MyLordBebo",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1121807798826930177",
            "id": "1121807798826930177"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005736036547305763",
      "id_str": "2005838199705280516",
      "in_reply_to_user_id": "1121807798826930177",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005838199705280516",
      "in_reply_to_status_id": "2005736036547305763",
      "created_at": "Tue Dec 30 03:07:48 +0000 2025",
      "favorited": false,
      "full_text": "@MyLordBebo i would eat mealworms.\nirrational fears are always wrong.",
      "lang": "en",
      "in_reply_to_screen_name": "MyLordBebo",
      "in_reply_to_user_id_str": "1121807798826930177"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005833749116731664"
          ],
          "editableUntil": "2025-12-30T03:50:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "ᛗᛖᛚᛖᚨᚱᛞᛁᛚ ᛖᚱᛖᛋᛋᛖᚨ ᛁᛚᚢᚡᚨᛞᚨᚾ",
            "screen_name": "meleardil",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1227691576459177985",
            "id": "1227691576459177985"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1893334467772563572",
      "id_str": "2005833749116731664",
      "in_reply_to_user_id": "1227691576459177985",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005833749116731664",
      "in_reply_to_status_id": "1893334467772563572",
      "created_at": "Tue Dec 30 02:50:07 +0000 2025",
      "favorited": false,
      "full_text": "@meleardil glory? you mean graves.",
      "lang": "en",
      "in_reply_to_screen_name": "meleardil",
      "in_reply_to_user_id_str": "1227691576459177985"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005833361487511662"
          ],
          "editableUntil": "2025-12-30T03:48:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "sLOVen",
            "screen_name": "occultni",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1246865019616350218",
            "id": "1246865019616350218"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005703588522385755",
      "id_str": "2005833361487511662",
      "in_reply_to_user_id": "1246865019616350218",
      "truncated": false,
      "retweet_count": "1",
      "id": "2005833361487511662",
      "in_reply_to_status_id": "2005703588522385755",
      "created_at": "Tue Dec 30 02:48:34 +0000 2025",
      "favorited": false,
      "full_text": "@occultni germany is just another slave colony of the global empire.\nnobody will \"fulfill Germans expectations\".\nevery military dictatorship is more honest than this crap.",
      "lang": "en",
      "in_reply_to_screen_name": "occultni",
      "in_reply_to_user_id_str": "1246865019616350218"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005831895565701184"
          ],
          "editableUntil": "2025-12-30T03:42:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dom Lucre | Breaker of Narratives",
            "screen_name": "dom_lucre",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "3096147528",
            "id": "3096147528"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005746729082335363",
      "id_str": "2005831895565701184",
      "in_reply_to_user_id": "3096147528",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005831895565701184",
      "in_reply_to_status_id": "2005746729082335363",
      "created_at": "Tue Dec 30 02:42:45 +0000 2025",
      "favorited": false,
      "full_text": "@dom_lucre why should they tell the truth...\nNo one can serve two masters.",
      "lang": "en",
      "in_reply_to_screen_name": "dom_lucre",
      "in_reply_to_user_id_str": "3096147528"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005831467977351479"
          ],
          "editableUntil": "2025-12-30T03:41:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Ine",
            "screen_name": "Ine_327",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1916322571",
            "id": "1916322571"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005686979393171881",
      "id_str": "2005831467977351479",
      "in_reply_to_user_id": "1916322571",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005831467977351479",
      "in_reply_to_status_id": "2005686979393171881",
      "created_at": "Tue Dec 30 02:41:03 +0000 2025",
      "favorited": false,
      "full_text": "@Ine_327 privatschulen, gated communities, private sicherheitsdienste, \"defund  the police\", ...\ndas \"recht auf leben\" wird abgeschafft. (gut so!)",
      "lang": "de",
      "in_reply_to_screen_name": "Ine_327",
      "in_reply_to_user_id_str": "1916322571"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005830575123316802"
          ],
          "editableUntil": "2025-12-30T03:37:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sozi(alarbeiter) Simon",
            "screen_name": "sozi_simon",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1435182276665651202",
            "id": "1435182276665651202"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005364455404609844",
      "id_str": "2005830575123316802",
      "in_reply_to_user_id": "1435182276665651202",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005830575123316802",
      "in_reply_to_status_id": "2005364455404609844",
      "created_at": "Tue Dec 30 02:37:30 +0000 2025",
      "favorited": false,
      "full_text": "@sozi_simon open source? dein rechner in HTML auf github?",
      "lang": "de",
      "in_reply_to_screen_name": "sozi_simon",
      "in_reply_to_user_id_str": "1435182276665651202"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005829517852512267"
          ],
          "editableUntil": "2025-12-30T03:33:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Shadow of Ezra",
            "screen_name": "ShadowofEzra",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1608459779239706627",
            "id": "1608459779239706627"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2005809734775914739",
      "id_str": "2005829517852512267",
      "in_reply_to_user_id": "1608459779239706627",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005829517852512267",
      "in_reply_to_status_id": "2005809734775914739",
      "created_at": "Tue Dec 30 02:33:18 +0000 2025",
      "favorited": false,
      "full_text": "@ShadowofEzra No one can serve two masters.",
      "lang": "en",
      "in_reply_to_screen_name": "ShadowofEzra",
      "in_reply_to_user_id_str": "1608459779239706627"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005828953118843241"
          ],
          "editableUntil": "2025-12-30T03:31:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Amöben-Transporter",
            "screen_name": "AmoebenTranspor",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1179726426481844226",
            "id": "1179726426481844226"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2005602066526249359",
      "id_str": "2005828953118843241",
      "in_reply_to_user_id": "1179726426481844226",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005828953118843241",
      "in_reply_to_status_id": "2005602066526249359",
      "created_at": "Tue Dec 30 02:31:03 +0000 2025",
      "favorited": false,
      "full_text": "@AmoebenTranspor überraschend!\ndas hat unser optimismus nicht vorgesehen!\nwir brauchen jetzt dringend eine demo gegen rechts.",
      "lang": "de",
      "in_reply_to_screen_name": "AmoebenTranspor",
      "in_reply_to_user_id_str": "1179726426481844226"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005828568631181648"
          ],
          "editableUntil": "2025-12-30T03:29:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Red Pill Dispenser",
            "screen_name": "redpilldispensr",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1736342968036966400",
            "id": "1736342968036966400"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005595589950451736",
      "id_str": "2005828568631181648",
      "in_reply_to_user_id": "1736342968036966400",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005828568631181648",
      "in_reply_to_status_id": "2005595589950451736",
      "created_at": "Tue Dec 30 02:29:31 +0000 2025",
      "favorited": false,
      "full_text": "@redpilldispensr wow, that 2 seconds latency sucks.",
      "lang": "en",
      "in_reply_to_screen_name": "redpilldispensr",
      "in_reply_to_user_id_str": "1736342968036966400"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005828217538502718"
          ],
          "editableUntil": "2025-12-30T03:28:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2005762496720953642",
      "id_str": "2005828217538502718",
      "in_reply_to_user_id": "1027290944524247045",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005828217538502718",
      "in_reply_to_status_id": "2005762496720953642",
      "created_at": "Tue Dec 30 02:28:08 +0000 2025",
      "favorited": false,
      "full_text": "@marcfriedrich7 ok, wo kann ich meine private kita anmelden?\noder meinen privaten radweg?\nwo ist mein geld?!",
      "lang": "de",
      "in_reply_to_screen_name": "marcfriedrich",
      "in_reply_to_user_id_str": "1027290944524247045"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005827116793786386"
          ],
          "editableUntil": "2025-12-30T03:23:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Name Uninteressant",
            "screen_name": "Inkognito451",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1875461478003728384",
            "id": "1875461478003728384"
          },
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "14",
              "28"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005612497089572957",
      "id_str": "2005827116793786386",
      "in_reply_to_user_id": "1875461478003728384",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005827116793786386",
      "in_reply_to_status_id": "2005612497089572957",
      "created_at": "Tue Dec 30 02:23:45 +0000 2025",
      "favorited": false,
      "full_text": "@Inkognito451 @E_Boeminghaus passivismus im endstadium",
      "lang": "da",
      "in_reply_to_screen_name": "Inkognito451",
      "in_reply_to_user_id_str": "1875461478003728384"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005826658251501606"
          ],
          "editableUntil": "2025-12-30T03:21:56.441Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Milan Hauth",
            "screen_name": "milahu104",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "1964312974236991488",
            "id": "1964312974236991488"
          },
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "15",
              "29"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "2005826658251501606",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005826658251501606",
      "created_at": "Tue Dec 30 02:21:56 +0000 2025",
      "favorited": false,
      "full_text": "RT @milahu104: @E_Boeminghaus \"massenhafte Stürze durch Glatteis\"? winterschlaf.\n\"Erkältungswelle\"? vitamin C.\n\"geschlossene Arztpraxen\"? s…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005826642992644126"
          ],
          "editableUntil": "2025-12-30T03:21:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "284"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005331981991862387",
      "id_str": "2005826642992644126",
      "in_reply_to_user_id": "3824124982",
      "truncated": false,
      "retweet_count": "1",
      "id": "2005826642992644126",
      "in_reply_to_status_id": "2005331981991862387",
      "created_at": "Tue Dec 30 02:21:52 +0000 2025",
      "favorited": false,
      "full_text": "@E_Boeminghaus \"massenhafte Stürze durch Glatteis\"? winterschlaf.\n\"Erkältungswelle\"? vitamin C.\n\"geschlossene Arztpraxen\"? selbsthilfe.\n\"Knochenbrüche nach Stürzen\"? vitamin D + vitamin K.\n\nes könnte so einfach sein...\ndie normies sind das problem.\ndie mehrheit ist dumm wie scheisse.",
      "lang": "de",
      "in_reply_to_screen_name": "E_Boeminghaus",
      "in_reply_to_user_id_str": "3824124982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005824456963313792"
          ],
          "editableUntil": "2025-12-30T03:13:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "M B",
            "screen_name": "MB_energieinfo",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1599476966435979265",
            "id": "1599476966435979265"
          },
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "16",
              "30"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "217"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005728095706517625",
      "id_str": "2005824456963313792",
      "in_reply_to_user_id": "1599476966435979265",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005824456963313792",
      "in_reply_to_status_id": "2005728095706517625",
      "created_at": "Tue Dec 30 02:13:11 +0000 2025",
      "favorited": false,
      "full_text": "@MB_energieinfo @E_Boeminghaus unironisch wäre das die langfristig stabile lösung, die auch ohne erdgas funktioniert, aber dafür haben wir aktuell zu viele menschen -&gt; depopulation agenda (work in progress) (2030?)",
      "lang": "de",
      "in_reply_to_screen_name": "MB_energieinfo",
      "in_reply_to_user_id_str": "1599476966435979265"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005713294687101210"
          ],
          "editableUntil": "2025-12-29T19:51:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "The General",
            "screen_name": "1776General_",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "707977987090751488",
            "id": "707977987090751488"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "204"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005631007974953117",
      "id_str": "2005713294687101210",
      "in_reply_to_user_id": "707977987090751488",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005713294687101210",
      "in_reply_to_status_id": "2005631007974953117",
      "created_at": "Mon Dec 29 18:51:28 +0000 2025",
      "favorited": false,
      "full_text": "@1776General_ because pacifists will invent a million workarounds before they legalize serial murder (tribalism, tribe wars) to kill old people to fix \"ageing populations\". the actual problem is pacifism.",
      "lang": "en",
      "in_reply_to_screen_name": "1776General_",
      "in_reply_to_user_id_str": "707977987090751488"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005702976594403799"
          ],
          "editableUntil": "2025-12-29T19:10:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005644162742239696",
      "id_str": "2005702976594403799",
      "in_reply_to_user_id": "3824124982",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005702976594403799",
      "in_reply_to_status_id": "2005644162742239696",
      "created_at": "Mon Dec 29 18:10:28 +0000 2025",
      "favorited": false,
      "full_text": "@E_Boeminghaus global famine, global depopulation.\nice age farmer, michael yon, ...",
      "lang": "en",
      "in_reply_to_screen_name": "E_Boeminghaus",
      "in_reply_to_user_id_str": "3824124982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005697425135349994"
          ],
          "editableUntil": "2025-12-29T18:48:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "illuminatibot",
            "screen_name": "iluminatibot",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "3376321847",
            "id": "3376321847"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005445423566365075",
      "id_str": "2005697425135349994",
      "in_reply_to_user_id": "3376321847",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005697425135349994",
      "in_reply_to_status_id": "2005445423566365075",
      "created_at": "Mon Dec 29 17:48:24 +0000 2025",
      "favorited": false,
      "full_text": "@iluminatibot what about Greenblatt's \"intense anti-palestinian attitudes\"?",
      "lang": "en",
      "in_reply_to_screen_name": "iluminatibot",
      "in_reply_to_user_id_str": "3376321847"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005693426113864192"
          ],
          "editableUntil": "2025-12-29T18:32:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Zertifikatsmaurer Aron Pielka",
            "screen_name": "shlomo96",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1592241843453952003",
            "id": "1592241843453952003"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "47"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005561219512684728",
      "id_str": "2005693426113864192",
      "in_reply_to_user_id": "1592241843453952003",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005693426113864192",
      "in_reply_to_status_id": "2005561219512684728",
      "created_at": "Mon Dec 29 17:32:31 +0000 2025",
      "favorited": false,
      "full_text": "@shlomo96 AFD? es gibt keine politische lösung.",
      "lang": "de",
      "in_reply_to_screen_name": "shlomo96",
      "in_reply_to_user_id_str": "1592241843453952003"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005692880317518222"
          ],
          "editableUntil": "2025-12-29T18:30:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Resist CBDC",
            "screen_name": "Resist_CBDC",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1612565846576238592",
            "id": "1612565846576238592"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "26"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005348502948467064",
      "id_str": "2005692880317518222",
      "in_reply_to_user_id": "1612565846576238592",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005692880317518222",
      "in_reply_to_status_id": "2005348502948467064",
      "created_at": "Mon Dec 29 17:30:21 +0000 2025",
      "favorited": false,
      "full_text": "@Resist_CBDC rabbi cartman",
      "lang": "en",
      "in_reply_to_screen_name": "Resist_CBDC",
      "in_reply_to_user_id_str": "1612565846576238592"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005657038953857149"
          ],
          "editableUntil": "2025-12-29T16:07:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Vivek Sen",
            "screen_name": "Vivek4real_",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "851277718368829443",
            "id": "851277718368829443"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005577636568031330",
      "id_str": "2005657038953857149",
      "in_reply_to_user_id": "851277718368829443",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005657038953857149",
      "in_reply_to_status_id": "2005577636568031330",
      "created_at": "Mon Dec 29 15:07:56 +0000 2025",
      "favorited": false,
      "full_text": "@Vivek4real_ its called \"you zoomed too much into the chart\"",
      "lang": "en",
      "in_reply_to_screen_name": "Vivek4real_",
      "in_reply_to_user_id_str": "851277718368829443"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005656309195325759"
          ],
          "editableUntil": "2025-12-29T16:05:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Tim Reality 🏴 🚩",
            "screen_name": "TimRealityDE",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1339935426451259392",
            "id": "1339935426451259392"
          },
          {
            "name": "TheRealTom™ - Trusted Flagger",
            "screen_name": "tomdabassman",
            "indices": [
              "14",
              "27"
            ],
            "id_str": "1895216569",
            "id": "1895216569"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "283"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005591931297137099",
      "id_str": "2005656309195325759",
      "in_reply_to_user_id": "1339935426451259392",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005656309195325759",
      "in_reply_to_status_id": "2005591931297137099",
      "created_at": "Mon Dec 29 15:05:02 +0000 2025",
      "favorited": false,
      "full_text": "@TimRealityDE @tomdabassman \"dreifachen Preis\"\ndas sind nur kinderkrankheiten, in der zukunft werden unsere forscher auch diese technik beherrschen, und dann ist wasserstoff 10 mal billiger als erdgas.\n(und wenn nicht, dann rettet und der steuerzahler, aber wir müssen es versuchen!)",
      "lang": "de",
      "in_reply_to_screen_name": "TimRealityDE",
      "in_reply_to_user_id_str": "1339935426451259392"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2005242893360116040"
          ],
          "editableUntil": "2025-12-28T12:42:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "toddurchsemantik",
            "indices": [
              "54",
              "71"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Josch. feat. Frank. 🗽",
            "screen_name": "chefofmembers",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "480829981",
            "id": "480829981"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2005064869071257662",
      "id_str": "2005242893360116040",
      "in_reply_to_user_id": "480829981",
      "truncated": false,
      "retweet_count": "0",
      "id": "2005242893360116040",
      "in_reply_to_status_id": "2005064869071257662",
      "created_at": "Sun Dec 28 11:42:16 +0000 2025",
      "favorited": false,
      "full_text": "@chefofmembers \"nicht mehr\" aber auch \"nicht weniger\" #toddurchsemantik",
      "lang": "de",
      "in_reply_to_screen_name": "chefofmembers",
      "in_reply_to_user_id_str": "480829981"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2004897439078326475"
          ],
          "editableUntil": "2025-12-27T13:49:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "26"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2004484225865556372",
      "id_str": "2004897439078326475",
      "in_reply_to_user_id": "3824124982",
      "truncated": false,
      "retweet_count": "0",
      "id": "2004897439078326475",
      "in_reply_to_status_id": "2004484225865556372",
      "created_at": "Sat Dec 27 12:49:33 +0000 2025",
      "favorited": false,
      "full_text": "@E_Boeminghaus sterbehilfe",
      "lang": "de",
      "in_reply_to_screen_name": "E_Boeminghaus",
      "in_reply_to_user_id_str": "3824124982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2004894113486053784"
          ],
          "editableUntil": "2025-12-27T13:36:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "WolfgangEggert",
            "indices": [
              "135",
              "150"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Daniel",
            "screen_name": "Daniel33119354",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "965084921797672960",
            "id": "965084921797672960"
          },
          {
            "name": "traukeinempromi",
            "screen_name": "TraukeinemPromi",
            "indices": [
              "16",
              "32"
            ],
            "id_str": "3023639465",
            "id": "3023639465"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/zvDU0ltBMt",
            "expanded_url": "https://github.com/milahu/wolfgang-eggert-1962-bis-2025",
            "display_url": "github.com/milahu/wolfgan…",
            "indices": [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "174"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "2004661255781617733",
      "id_str": "2004894113486053784",
      "in_reply_to_user_id": "965084921797672960",
      "truncated": false,
      "retweet_count": "0",
      "id": "2004894113486053784",
      "in_reply_to_status_id": "2004661255781617733",
      "possibly_sensitive": false,
      "created_at": "Sat Dec 27 12:36:20 +0000 2025",
      "favorited": false,
      "full_text": "@Daniel33119354 @TraukeinemPromi warum sind seine websites offline?\nwarum ist sein telefon offline?\nwarum beantwortet er keine emails?\n#WolfgangEggert\nhttps://t.co/zvDU0ltBMt",
      "lang": "de",
      "in_reply_to_screen_name": "Daniel33119354",
      "in_reply_to_user_id_str": "965084921797672960"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2003467331822129361"
          ],
          "editableUntil": "2025-12-23T15:06:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "celeste",
            "screen_name": "vmfunc",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1243206469887164417",
            "id": "1243206469887164417"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2003292986650853825",
      "id_str": "2003467331822129361",
      "in_reply_to_user_id": "1243206469887164417",
      "truncated": false,
      "retweet_count": "0",
      "id": "2003467331822129361",
      "in_reply_to_status_id": "2003292986650853825",
      "created_at": "Tue Dec 23 14:06:49 +0000 2025",
      "favorited": false,
      "full_text": "@vmfunc \"hidden in plain sight\". i believe this was done on purpose",
      "lang": "en",
      "in_reply_to_screen_name": "vmfunc",
      "in_reply_to_user_id_str": "1243206469887164417"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001727022490386489"
          ],
          "editableUntil": "2025-12-18T19:51:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "WolfgangEggert",
            "indices": [
              "36",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "COMPACT-Magazin",
            "screen_name": "COMPACTMagazin",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "2385209545",
            "id": "2385209545"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "807903053596815360",
      "id_str": "2001727022490386489",
      "in_reply_to_user_id": "2385209545",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001727022490386489",
      "in_reply_to_status_id": "807903053596815360",
      "created_at": "Thu Dec 18 18:51:27 +0000 2025",
      "favorited": false,
      "full_text": "@COMPACTMagazin habt ihr kontakt zu #WolfgangEggert?\nscheinbar ist der verschwunden seit anfang 2025",
      "lang": "de",
      "in_reply_to_screen_name": "COMPACTMagazin",
      "in_reply_to_user_id_str": "2385209545"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001726665853145195"
          ],
          "editableUntil": "2025-12-18T19:50:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "WolfgangEggert",
            "indices": [
              "46",
              "61"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "traukeinempromi",
            "screen_name": "TraukeinemPromi",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "3023639465",
            "id": "3023639465"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2001676610043523318",
      "id_str": "2001726665853145195",
      "in_reply_to_user_id": "3023639465",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001726665853145195",
      "in_reply_to_status_id": "2001676610043523318",
      "created_at": "Thu Dec 18 18:50:02 +0000 2025",
      "favorited": false,
      "full_text": "@TraukeinemPromi offtopic:\nhast du kontakt zu #WolfgangEggert?\nder ist scheinbar verschwunden seit anfang 2025",
      "lang": "de",
      "in_reply_to_screen_name": "TraukeinemPromi",
      "in_reply_to_user_id_str": "3023639465"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001572192660967476"
          ],
          "editableUntil": "2025-12-18T09:36:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Stefan_Magnet",
            "screen_name": "MagnetStefan",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "951897518824218624",
            "id": "951897518824218624"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "2001246321928249641",
      "id_str": "2001572192660967476",
      "in_reply_to_user_id": "951897518824218624",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001572192660967476",
      "in_reply_to_status_id": "2001246321928249641",
      "created_at": "Thu Dec 18 08:36:12 +0000 2025",
      "favorited": false,
      "full_text": "@MagnetStefan sie spielen auf zeit, wie immer.\nwie bei gustl mollath: der war genau so lange in der psychiatrie, bis die straftaten seiner frau verjährt waren.",
      "lang": "de",
      "in_reply_to_screen_name": "MagnetStefan",
      "in_reply_to_user_id_str": "951897518824218624"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001571772517253131"
          ],
          "editableUntil": "2025-12-18T09:34:32.630Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "infographic",
            "indices": [
              "109",
              "121"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Information is Beautiful",
            "screen_name": "infobeautiful",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "54680395",
            "id": "54680395"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "2001571772517253131",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001571772517253131",
      "created_at": "Thu Dec 18 08:34:32 +0000 2025",
      "favorited": false,
      "full_text": "RT @infobeautiful: Uppers, downers, trips &amp; tranqs 💊 All the world's major drugs, in one easy-to-swallow #infographic https://t.co/JOu0ax97…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001568052929007627"
          ],
          "editableUntil": "2025-12-18T09:19:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Information is Beautiful",
            "screen_name": "infobeautiful",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "54680395",
            "id": "54680395"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Y3WQ97biUI",
            "expanded_url": "https://en.wikipedia.org/wiki/Aripiprazole",
            "display_url": "en.wikipedia.org/wiki/Aripipraz…",
            "indices": [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1998180738584154332",
      "id_str": "2001568052929007627",
      "in_reply_to_user_id": "54680395",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001568052929007627",
      "in_reply_to_status_id": "1998180738584154332",
      "possibly_sensitive": false,
      "created_at": "Thu Dec 18 08:19:45 +0000 2025",
      "favorited": false,
      "full_text": "@infobeautiful Aripiprazole (\"Abilify\") deserves a mention in 2nd generation anti-psychotics\nhttps://t.co/Y3WQ97biUI",
      "lang": "en",
      "in_reply_to_screen_name": "infobeautiful",
      "in_reply_to_user_id_str": "54680395"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001567963258966309"
          ],
          "editableUntil": "2025-12-18T09:19:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Information is Beautiful",
            "screen_name": "infobeautiful",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "54680395",
            "id": "54680395"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1998180738584154332",
      "id_str": "2001567963258966309",
      "in_reply_to_user_id": "54680395",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001567963258966309",
      "in_reply_to_status_id": "1998180738584154332",
      "created_at": "Thu Dec 18 08:19:24 +0000 2025",
      "favorited": false,
      "full_text": "@infobeautiful source? PDF? SVG?\nwould be nice to have this on github with MIT license",
      "lang": "en",
      "in_reply_to_screen_name": "infobeautiful",
      "in_reply_to_user_id_str": "54680395"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001567548811137184"
          ],
          "editableUntil": "2025-12-18T09:17:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Information is Beautiful",
            "screen_name": "infobeautiful",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "54680395",
            "id": "54680395"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/cL9mqR7sdW",
            "expanded_url": "https://informationisbeautiful.net/visualizations/drugs-world/",
            "display_url": "informationisbeautiful.net/visualizations…",
            "indices": [
              "27",
              "50"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1998180738584154332",
      "id_str": "2001567548811137184",
      "in_reply_to_user_id": "54680395",
      "truncated": false,
      "retweet_count": "0",
      "id": "2001567548811137184",
      "in_reply_to_status_id": "1998180738584154332",
      "possibly_sensitive": false,
      "created_at": "Thu Dec 18 08:17:45 +0000 2025",
      "favorited": false,
      "full_text": "@infobeautiful big version https://t.co/cL9mqR7sdW",
      "lang": "en",
      "in_reply_to_screen_name": "infobeautiful",
      "in_reply_to_user_id_str": "54680395"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1999885619519172621"
          ],
          "editableUntil": "2025-12-13T17:54:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "„Plagiatsjäger“",
            "screen_name": "SprachPhilo",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1521510797628915712",
            "id": "1521510797628915712"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1995612299357560996",
      "id_str": "1999885619519172621",
      "in_reply_to_user_id": "1521510797628915712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1999885619519172621",
      "in_reply_to_status_id": "1995612299357560996",
      "created_at": "Sat Dec 13 16:54:22 +0000 2025",
      "favorited": false,
      "full_text": "@SprachPhilo bitte schenken sie mir eine million euro innerhalb der nächsten 14 tage. wenn sie das nicht tun, dann werde ich auf twitter die beleidigte leberwurst spielen.",
      "lang": "de",
      "in_reply_to_screen_name": "SprachPhilo",
      "in_reply_to_user_id_str": "1521510797628915712"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1999882558075707868"
          ],
          "editableUntil": "2025-12-13T17:42:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Gasper Vozel",
            "screen_name": "ikarantan",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "92946982",
            "id": "92946982"
          },
          {
            "name": "Domen Kožar",
            "screen_name": "domenkozar",
            "indices": [
              "11",
              "22"
            ],
            "id_str": "16408008",
            "id": "16408008"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/hYMJo7extv",
            "expanded_url": "https://github.com/milahu/hate-maintainers-censored",
            "display_url": "github.com/milahu/hate-ma…",
            "indices": [
              "155",
              "178"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1629099187533914115",
      "id_str": "1999882558075707868",
      "in_reply_to_user_id": "92946982",
      "truncated": false,
      "retweet_count": "0",
      "id": "1999882558075707868",
      "in_reply_to_status_id": "1629099187533914115",
      "possibly_sensitive": false,
      "created_at": "Sat Dec 13 16:42:12 +0000 2025",
      "favorited": false,
      "full_text": "@ikarantan @domenkozar milahu was banned from nixos for an accusation of \"hate speech\" that was never proven. the actual reason for this ban are private.\n\nhttps://t.co/hYMJo7extv",
      "lang": "en",
      "in_reply_to_screen_name": "ikarantan",
      "in_reply_to_user_id_str": "92946982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1989432475635126398"
          ],
          "editableUntil": "2025-11-14T21:37:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Snicklink",
            "screen_name": "snicklink",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "4235811976",
            "id": "4235811976"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1980326762962907369",
      "id_str": "1989432475635126398",
      "in_reply_to_user_id": "4235811976",
      "truncated": false,
      "retweet_count": "0",
      "id": "1989432475635126398",
      "in_reply_to_status_id": "1980326762962907369",
      "created_at": "Fri Nov 14 20:37:18 +0000 2025",
      "favorited": false,
      "full_text": "@snicklink ja man, scheiss auf die mainstream publisher\nund ihre scheiss zensur",
      "lang": "de",
      "in_reply_to_screen_name": "snicklink",
      "in_reply_to_user_id_str": "4235811976"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1987620207901204501"
          ],
          "editableUntil": "2025-11-09T21:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Boris Reitschuster",
            "screen_name": "reitschuster",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "36713389",
            "id": "36713389"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1987269347648413801",
      "id_str": "1987620207901204501",
      "in_reply_to_user_id": "36713389",
      "truncated": false,
      "retweet_count": "0",
      "id": "1987620207901204501",
      "in_reply_to_status_id": "1987269347648413801",
      "created_at": "Sun Nov 09 20:36:00 +0000 2025",
      "favorited": false,
      "full_text": "@reitschuster monero?! aber ihr peilt ja nichtmal\nAFD ist auch nur controlled opposition",
      "lang": "de",
      "in_reply_to_screen_name": "reitschuster",
      "in_reply_to_user_id_str": "36713389"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1986390643338293306"
          ],
          "editableUntil": "2025-11-06T12:10:09.382Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Libertarian Party of Oregon",
            "screen_name": "LPOregon",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "1343704508",
            "id": "1343704508"
          },
          {
            "name": "Thomas Massie",
            "screen_name": "RepThomasMassie",
            "indices": [
              "14",
              "30"
            ],
            "id_str": "975200486",
            "id": "975200486"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1986390643338293306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1986390643338293306",
      "created_at": "Thu Nov 06 11:10:09 +0000 2025",
      "favorited": false,
      "full_text": "RT @LPOregon: @RepThomasMassie The powerful donors benefit when the pendulum swings back and forth repeatedly.\n\nIt creates the Tyranny's Ra…",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981616045728112685"
          ],
          "editableUntil": "2025-10-24T07:57:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "paralleljustiz",
            "indices": [
              "10",
              "25"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dr. David Lütke",
            "screen_name": "DrLuetke",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1296520664980099072",
            "id": "1296520664980099072"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1981360407551102997",
      "id_str": "1981616045728112685",
      "in_reply_to_user_id": "1296520664980099072",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981616045728112685",
      "in_reply_to_status_id": "1981360407551102997",
      "created_at": "Fri Oct 24 06:57:36 +0000 2025",
      "favorited": false,
      "full_text": "@DrLuetke #paralleljustiz, ähnlich wie psychiatrie",
      "lang": "de",
      "in_reply_to_screen_name": "DrLuetke",
      "in_reply_to_user_id_str": "1296520664980099072"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980635395143659874"
          ],
          "editableUntil": "2025-10-21T15:00:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "durchhalteparolen",
            "indices": [
              "49",
              "67"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "295"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1980213651710845395",
      "id_str": "1980635395143659874",
      "in_reply_to_user_id": "3824124982",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980635395143659874",
      "in_reply_to_status_id": "1980213651710845395",
      "created_at": "Tue Oct 21 14:00:51 +0000 2025",
      "favorited": false,
      "full_text": "@E_Boeminghaus schlechter vergleich. merz sendet #durchhalteparolen in einem verlorenen krieg. \"bleib tapfer, dummer deutscher, und geh weiter für uns arbeiten.\" solche parolen kennen wir aus dem jahr 1945: \"Haltet durch! Der Sieg ist nah! Kampf bis zum letzten Mann! Der Führer wird uns retten\"",
      "lang": "de",
      "in_reply_to_screen_name": "E_Boeminghaus",
      "in_reply_to_user_id_str": "3824124982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977059882559009261"
          ],
          "editableUntil": "2025-10-11T18:13:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Zertifikatsmaurer Aron Pielka",
            "screen_name": "shlomo96",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1592241843453952003",
            "id": "1592241843453952003"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1955605631676694982",
      "id_str": "1977059882559009261",
      "in_reply_to_user_id": "1592241843453952003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977059882559009261",
      "in_reply_to_status_id": "1955605631676694982",
      "created_at": "Sat Oct 11 17:13:02 +0000 2025",
      "favorited": false,
      "full_text": "@shlomo96 Samuel Johnson sturmhaube, wo?!",
      "lang": "de",
      "in_reply_to_screen_name": "shlomo96",
      "in_reply_to_user_id_str": "1592241843453952003"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977059660026012062"
          ],
          "editableUntil": "2025-10-11T18:12:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Zertifikatsmaurer Aron Pielka",
            "screen_name": "shlomo96",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1592241843453952003",
            "id": "1592241843453952003"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1967834785432387782",
      "id_str": "1977059660026012062",
      "in_reply_to_user_id": "1592241843453952003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977059660026012062",
      "in_reply_to_status_id": "1967834785432387782",
      "created_at": "Sat Oct 11 17:12:09 +0000 2025",
      "favorited": false,
      "full_text": "@shlomo96 Samuel Johnson sturmhaube, wo?!",
      "lang": "de",
      "in_reply_to_screen_name": "shlomo96",
      "in_reply_to_user_id_str": "1592241843453952003"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977058079918461055"
          ],
          "editableUntil": "2025-10-11T18:05:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "hatetwitter",
            "indices": [
              "175",
              "187"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "0",
      "id_str": "1977058079918461055",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977058079918461055",
      "created_at": "Sat Oct 11 17:05:52 +0000 2025",
      "favorited": false,
      "full_text": "\"This request looks like it might be automated. To protect our users from spam and other malicious activity, we can’t complete this action right now. Please try again later.\" #hatetwitter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977057859486863438"
          ],
          "editableUntil": "2025-10-11T18:05:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "282"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1976549523028627507",
      "id_str": "1977057859486863438",
      "in_reply_to_user_id": "3824124982",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977057859486863438",
      "in_reply_to_status_id": "1976549523028627507",
      "created_at": "Sat Oct 11 17:05:00 +0000 2025",
      "favorited": false,
      "full_text": "@E_Boeminghaus AFD = controlled opposition = falsche hoffnung, das wäre spätestens dann offensichtlich wenn die AFD 100% aller stimmen kriegt, weil auch dann ist es \"zu spät\" um hier in europa irgendwas zu retten, auch weil politiker sind nur befehlsempfänger vom empire. game over!",
      "lang": "de",
      "in_reply_to_screen_name": "E_Boeminghaus",
      "in_reply_to_user_id_str": "3824124982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977056918095962455"
          ],
          "editableUntil": "2025-10-11T18:01:15.872Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emanuel Boeminghaus",
            "screen_name": "E_Boeminghaus",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "3824124982",
            "id": "3824124982"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1977056918095962455",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977056918095962455",
      "created_at": "Sat Oct 11 17:01:15 +0000 2025",
      "favorited": false,
      "full_text": "RT @E_Boeminghaus: In vielen Regionen Deutschlands wird sich das Leben in den kommenden Jahren drastisch verändern. Wer verstehen will, was…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976558667836293497"
          ],
          "editableUntil": "2025-10-10T09:01:23.753Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Paul Brandenburg",
            "screen_name": "docbrandenburg",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1361649646129537026",
            "id": "1361649646129537026"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1976558667836293497",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976558667836293497",
      "created_at": "Fri Oct 10 08:01:23 +0000 2025",
      "favorited": false,
      "full_text": "RT @docbrandenburg: Parteienkorruption ist das grundlegende Problem - auch in der Schweiz. Gegen ihr Kartell helfen auch Volksentscheide ni…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976555684838654279"
          ],
          "editableUntil": "2025-10-10T08:49:32.551Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Hermann der Banker",
            "screen_name": "banker_hermann",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1971159977097392128",
            "id": "1971159977097392128"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1976555684838654279",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976555684838654279",
      "created_at": "Fri Oct 10 07:49:32 +0000 2025",
      "favorited": false,
      "full_text": "RT @banker_hermann: Meine Interpretation dieses einzigartigen Phänomens: Der 'Melt-Up' hat begonnen – eine Phase, in der die Kurse von nahe…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975596356518748421"
          ],
          "editableUntil": "2025-10-07T17:17:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "29",
              "36"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Steinhoefel",
            "screen_name": "Steinhoefel",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "14198663",
            "id": "14198663"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974395880955679049",
      "id_str": "1975596356518748421",
      "in_reply_to_user_id": "14198663",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975596356518748421",
      "in_reply_to_status_id": "1974395880955679049",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 16:17:30 +0000 2025",
      "favorited": false,
      "full_text": "@Steinhoefel quelle: Wolfram #Weimer RND interview 01.10.2025\nhttps://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Steinhoefel",
      "in_reply_to_user_id_str": "14198663"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975460546578423926"
          ],
          "editableUntil": "2025-10-07T08:17:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "24",
              "31"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Frankfurter Allgemeine",
            "screen_name": "faznet",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "18047862",
            "id": "18047862"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "57",
              "80"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975277935385776618",
      "id_str": "1975460546578423926",
      "in_reply_to_user_id": "18047862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975460546578423926",
      "in_reply_to_status_id": "1975277935385776618",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 07:17:51 +0000 2025",
      "favorited": false,
      "full_text": "@faznet quelle: Wolfram #Weimer RND interview 01.10.2025\nhttps://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "faznet",
      "in_reply_to_user_id_str": "18047862"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975460340273193017"
          ],
          "editableUntil": "2025-10-07T08:17:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "56",
              "63"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Anna Nina",
            "screen_name": "annaninii",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1873712183852322816",
            "id": "1873712183852322816"
          },
          {
            "name": "Anna Schneider",
            "screen_name": "a_nnaschneider",
            "indices": [
              "11",
              "26"
            ],
            "id_str": "3292307982",
            "id": "3292307982"
          },
          {
            "name": "Georg Restle",
            "screen_name": "georgrestle",
            "indices": [
              "27",
              "39"
            ],
            "id_str": "19245170",
            "id": "19245170"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975260997788008666",
      "id_str": "1975460340273193017",
      "in_reply_to_user_id": "1873712183852322816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975460340273193017",
      "in_reply_to_status_id": "1975260997788008666",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 07:17:02 +0000 2025",
      "favorited": false,
      "full_text": "@annaninii @a_nnaschneider @georgrestle quelle: Wolfram #Weimer RND interview 01.10.2025\nhttps://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "annaninii",
      "in_reply_to_user_id_str": "1873712183852322816"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975460220903240039"
          ],
          "editableUntil": "2025-10-07T08:16:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "32",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Anna Schneider",
            "screen_name": "a_nnaschneider",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "3292307982",
            "id": "3292307982"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975150497838645305",
      "id_str": "1975460220903240039",
      "in_reply_to_user_id": "3292307982",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975460220903240039",
      "in_reply_to_status_id": "1975150497838645305",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 07:16:33 +0000 2025",
      "favorited": false,
      "full_text": "@a_nnaschneider quelle: Wolfram #Weimer RND interview 01.10.2025\nhttps://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "a_nnaschneider",
      "in_reply_to_user_id_str": "3292307982"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975460179002204335"
          ],
          "editableUntil": "2025-10-07T08:16:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "25",
              "32"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "NIUS",
            "screen_name": "niusde_",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1572928162211799045",
            "id": "1572928162211799045"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975171701538210040",
      "id_str": "1975460179002204335",
      "in_reply_to_user_id": "1572928162211799045",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975460179002204335",
      "in_reply_to_status_id": "1975171701538210040",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 07:16:23 +0000 2025",
      "favorited": false,
      "full_text": "@niusde_ quelle: Wolfram #Weimer RND interview 01.10.2025\nhttps://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "niusde_",
      "in_reply_to_user_id_str": "1572928162211799045"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975460111197065329"
          ],
          "editableUntil": "2025-10-07T08:16:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "32",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Stephan Schorn",
            "screen_name": "schorn_stephan",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "98178963",
            "id": "98178963"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974805441222688952",
      "id_str": "1975460111197065329",
      "in_reply_to_user_id": "98178963",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975460111197065329",
      "in_reply_to_status_id": "1974805441222688952",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 07:16:07 +0000 2025",
      "favorited": false,
      "full_text": "@schorn_stephan quelle: Wolfram #Weimer RND interview 01.10.2025\nhttps://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "schorn_stephan",
      "in_reply_to_user_id_str": "98178963"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975456177271271510"
          ],
          "editableUntil": "2025-10-07T08:00:29.519Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "64",
              "71"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Milan Hauth",
            "screen_name": "milahu104",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "1964312974236991488",
            "id": "1964312974236991488"
          },
          {
            "name": "M🅰️🅰️zilla",
            "screen_name": "Passwortvergess",
            "indices": [
              "15",
              "31"
            ],
            "id_str": "82835260",
            "id": "82835260"
          },
          {
            "name": "Anna Schneider",
            "screen_name": "a_nnaschneider",
            "indices": [
              "32",
              "47"
            ],
            "id_str": "3292307982",
            "id": "3292307982"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1975456177271271510",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975456177271271510",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 07:00:29 +0000 2025",
      "favorited": false,
      "full_text": "RT @milahu104: @Passwortvergess @a_nnaschneider quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975448793308143721"
          ],
          "editableUntil": "2025-10-07T07:31:09.045Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "How to HOCHKULTUR",
            "screen_name": "HowtoHochkultur",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "1805225427096453120",
            "id": "1805225427096453120"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/IxYK8sSpSJ",
            "expanded_url": "https://youtu.be/LjSn_MzfRDs",
            "display_url": "youtu.be/LjSn_MzfRDs",
            "indices": [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1975448793308143721",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975448793308143721",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:31:09 +0000 2025",
      "favorited": false,
      "full_text": "RT @HowtoHochkultur: „Kinder sind nicht dumm. Sie werden dumm gemacht.“\n\n🎙 Ricardo Leppe im Raus hier! Podcast:\n👉 https://t.co/IxYK8sSpSJ…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975448159787929634"
          ],
          "editableUntil": "2025-10-07T07:28:38.002Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "schulzwang",
            "indices": [
              "43",
              "54"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Milan Hauth",
            "screen_name": "milahu104",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "1964312974236991488",
            "id": "1964312974236991488"
          },
          {
            "name": "Dipl.-Ing. Dirk Weimer 🇺🇦🇮🇱",
            "screen_name": "DirkWeimer",
            "indices": [
              "15",
              "26"
            ],
            "id_str": "3126937575",
            "id": "3126937575"
          },
          {
            "name": "sparbuchfeinde",
            "screen_name": "sparbuchfeinde",
            "indices": [
              "27",
              "42"
            ],
            "id_str": "1540013575212875777",
            "id": "1540013575212875777"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1975448159787929634",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975448159787929634",
      "created_at": "Tue Oct 07 06:28:38 +0000 2025",
      "favorited": false,
      "full_text": "RT @milahu104: @DirkWeimer @sparbuchfeinde #schulzwang ist eine zwangsabgabe von circa 30%.\nschüler müssen 22.8% (2.736h) ihrer wachzeit in…",
      "lang": "de"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975448139604930892"
          ],
          "editableUntil": "2025-10-07T07:28:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "schulzwang",
            "indices": [
              "28",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dipl.-Ing. Dirk Weimer 🇺🇦🇮🇱",
            "screen_name": "DirkWeimer",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3126937575",
            "id": "3126937575"
          },
          {
            "name": "sparbuchfeinde",
            "screen_name": "sparbuchfeinde",
            "indices": [
              "12",
              "27"
            ],
            "id_str": "1540013575212875777",
            "id": "1540013575212875777"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "297"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1842862119265751078",
      "id_str": "1975448139604930892",
      "in_reply_to_user_id": "3126937575",
      "truncated": false,
      "retweet_count": "1",
      "id": "1975448139604930892",
      "in_reply_to_status_id": "1842862119265751078",
      "created_at": "Tue Oct 07 06:28:33 +0000 2025",
      "favorited": false,
      "full_text": "@DirkWeimer @sparbuchfeinde #schulzwang ist eine zwangsabgabe von circa 30%.\nschüler müssen 22.8% (2.736h) ihrer wachzeit in der schule sein, und zu hause nochmal circa 10% (1.2h) ihrer wachzeit hausaufgaben machen.\nannahmen: 200 schultage pro jahr. 5 schulstunden pro tag. 12 wachstunden pro tag.",
      "lang": "de",
      "in_reply_to_screen_name": "DirkWeimer",
      "in_reply_to_user_id_str": "3126937575"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975444571523084564"
          ],
          "editableUntil": "2025-10-07T07:14:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "27",
              "34"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "@ljohrendt.bsky.social",
            "screen_name": "LJohrendt",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1045676844467585026",
            "id": "1045676844467585026"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1973867859727323488",
      "id_str": "1975444571523084564",
      "in_reply_to_user_id": "1045676844467585026",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975444571523084564",
      "in_reply_to_status_id": "1973867859727323488",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:14:22 +0000 2025",
      "favorited": false,
      "full_text": "@LJohrendt quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "LJohrendt",
      "in_reply_to_user_id_str": "1045676844467585026"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975444489255960896"
          ],
          "editableUntil": "2025-10-07T07:14:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "32",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Frank Helmenstein🇩🇪🇬🇷🇮🇱🇺🇦",
            "screen_name": "F13Helmenstein",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1422663610782912520",
            "id": "1422663610782912520"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1973445630703149309",
      "id_str": "1975444489255960896",
      "in_reply_to_user_id": "1422663610782912520",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975444489255960896",
      "in_reply_to_status_id": "1973445630703149309",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:14:02 +0000 2025",
      "favorited": false,
      "full_text": "@F13Helmenstein quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "F13Helmenstein",
      "in_reply_to_user_id_str": "1422663610782912520"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975444443366125725"
          ],
          "editableUntil": "2025-10-07T07:13:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "38",
              "45"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dipl.-Ing. Dirk Weimer 🇺🇦🇮🇱",
            "screen_name": "DirkWeimer",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "3126937575",
            "id": "3126937575"
          },
          {
            "name": "Ruprecht Polenz🇪🇺",
            "screen_name": "polenz_r",
            "indices": [
              "12",
              "21"
            ],
            "id_str": "3082383264",
            "id": "3082383264"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975125551959650713",
      "id_str": "1975444443366125725",
      "in_reply_to_user_id": "3126937575",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975444443366125725",
      "in_reply_to_status_id": "1975125551959650713",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:13:51 +0000 2025",
      "favorited": false,
      "full_text": "@DirkWeimer @polenz_r quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "DirkWeimer",
      "in_reply_to_user_id_str": "3126937575"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975444320972120418"
          ],
          "editableUntil": "2025-10-07T07:13:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "43",
              "50"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "PolyCrypto",
            "screen_name": "Polycrypto",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "2740171926",
            "id": "2740171926"
          },
          {
            "name": "Arnd Diringer",
            "screen_name": "Arnd_Diringer",
            "indices": [
              "12",
              "26"
            ],
            "id_str": "3467946681",
            "id": "3467946681"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974490824109879772",
      "id_str": "1975444320972120418",
      "in_reply_to_user_id": "2740171926",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975444320972120418",
      "in_reply_to_status_id": "1974490824109879772",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:13:22 +0000 2025",
      "favorited": false,
      "full_text": "@Polycrypto @Arnd_Diringer quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Polycrypto",
      "in_reply_to_user_id_str": "2740171926"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975444126385775079"
          ],
          "editableUntil": "2025-10-07T07:12:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "28",
              "35"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Andreas",
            "screen_name": "sf_andreas",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "47199976",
            "id": "47199976"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974168322087477558",
      "id_str": "1975444126385775079",
      "in_reply_to_user_id": "47199976",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975444126385775079",
      "in_reply_to_status_id": "1974168322087477558",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:12:36 +0000 2025",
      "favorited": false,
      "full_text": "@sf_andreas quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "sf_andreas",
      "in_reply_to_user_id_str": "47199976"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975444042218676441"
          ],
          "editableUntil": "2025-10-07T07:12:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "29",
              "36"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1973683362146742589",
      "id_str": "1975444042218676441",
      "in_reply_to_user_id": "825700652030558208",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975444042218676441",
      "in_reply_to_status_id": "1973683362146742589",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:12:16 +0000 2025",
      "favorited": false,
      "full_text": "@ClaasGefroi quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_user_id_str": "825700652030558208"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443970194079984"
          ],
          "editableUntil": "2025-10-07T07:11:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "28",
              "35"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mila",
            "screen_name": "Milatrud11",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1238447220",
            "id": "1238447220"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974130225652085148",
      "id_str": "1975443970194079984",
      "in_reply_to_user_id": "1238447220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443970194079984",
      "in_reply_to_status_id": "1974130225652085148",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:11:59 +0000 2025",
      "favorited": false,
      "full_text": "@Milatrud11 quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Milatrud11",
      "in_reply_to_user_id_str": "1238447220"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443927902945291"
          ],
          "editableUntil": "2025-10-07T07:11:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "33",
              "40"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Annette Heinisch",
            "screen_name": "HeinischAnnette",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1462385279600373761",
            "id": "1462385279600373761"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974147010275229738",
      "id_str": "1975443927902945291",
      "in_reply_to_user_id": "1462385279600373761",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443927902945291",
      "in_reply_to_status_id": "1974147010275229738",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:11:49 +0000 2025",
      "favorited": false,
      "full_text": "@HeinischAnnette quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "HeinischAnnette",
      "in_reply_to_user_id_str": "1462385279600373761"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443799259423042"
          ],
          "editableUntil": "2025-10-07T07:11:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "38",
              "45"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kieler Aktionär",
            "screen_name": "KielerFinanzen",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1629855394888646657",
            "id": "1629855394888646657"
          },
          {
            "name": "WELT",
            "screen_name": "welt",
            "indices": [
              "16",
              "21"
            ],
            "id_str": "8720562",
            "id": "8720562"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975153320474927342",
      "id_str": "1975443799259423042",
      "in_reply_to_user_id": "1629855394888646657",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443799259423042",
      "in_reply_to_status_id": "1975153320474927342",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:11:18 +0000 2025",
      "favorited": false,
      "full_text": "@KielerFinanzen @welt quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "KielerFinanzen",
      "in_reply_to_user_id_str": "1629855394888646657"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443688693354526"
          ],
          "editableUntil": "2025-10-07T07:10:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "30",
              "37"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Garm Bel Iblis",
            "screen_name": "GarmBelIblis",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "541531826",
            "id": "541531826"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974392417668493686",
      "id_str": "1975443688693354526",
      "in_reply_to_user_id": "541531826",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443688693354526",
      "in_reply_to_status_id": "1974392417668493686",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:10:52 +0000 2025",
      "favorited": false,
      "full_text": "@GarmBelIblis quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "GarmBelIblis",
      "in_reply_to_user_id_str": "541531826"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443620510786025"
          ],
          "editableUntil": "2025-10-07T07:10:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "28",
              "35"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "The Voice of Reason",
            "screen_name": "Kissaki416",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1402959497895763970",
            "id": "1402959497895763970"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974144066503000086",
      "id_str": "1975443620510786025",
      "in_reply_to_user_id": "1402959497895763970",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443620510786025",
      "in_reply_to_status_id": "1974144066503000086",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:10:35 +0000 2025",
      "favorited": false,
      "full_text": "@Kissaki416 quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Kissaki416",
      "in_reply_to_user_id_str": "1402959497895763970"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443484279750721"
          ],
          "editableUntil": "2025-10-07T07:10:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "30",
              "37"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kilian Löser",
            "screen_name": "KilianLoeser",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1088020733727514625",
            "id": "1088020733727514625"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974106633040253251",
      "id_str": "1975443484279750721",
      "in_reply_to_user_id": "1088020733727514625",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443484279750721",
      "in_reply_to_status_id": "1974106633040253251",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:10:03 +0000 2025",
      "favorited": false,
      "full_text": "@KilianLoeser quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "KilianLoeser",
      "in_reply_to_user_id_str": "1088020733727514625"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443397759717399"
          ],
          "editableUntil": "2025-10-07T07:09:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "33",
              "40"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Behindthescenes",
            "screen_name": "original_behind",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1128058333984849921",
            "id": "1128058333984849921"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974792923511431638",
      "id_str": "1975443397759717399",
      "in_reply_to_user_id": "1128058333984849921",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443397759717399",
      "in_reply_to_status_id": "1974792923511431638",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:09:42 +0000 2025",
      "favorited": false,
      "full_text": "@original_behind quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "original_behind",
      "in_reply_to_user_id_str": "1128058333984849921"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443253878268166"
          ],
          "editableUntil": "2025-10-07T07:09:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "33",
              "40"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Le blues berlinois",
            "screen_name": "blues_883",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1432969332741521410",
            "id": "1432969332741521410"
          },
          {
            "name": "DJ P.R. 🙄",
            "screen_name": "djpr",
            "indices": [
              "11",
              "16"
            ],
            "id_str": "19440740",
            "id": "19440740"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1973779044505440514",
      "id_str": "1975443253878268166",
      "in_reply_to_user_id": "1432969332741521410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443253878268166",
      "in_reply_to_status_id": "1973779044505440514",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:09:08 +0000 2025",
      "favorited": false,
      "full_text": "@blues_883 @djpr quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "blues_883",
      "in_reply_to_user_id_str": "1432969332741521410"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443171682460169"
          ],
          "editableUntil": "2025-10-07T07:08:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "28",
              "35"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "John_Arbeitet_Wieder ❤️🇩🇪💯🇷🇺💙😎",
            "screen_name": "ChapeauHDG",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "895250117602803712",
            "id": "895250117602803712"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974801905546072363",
      "id_str": "1975443171682460169",
      "in_reply_to_user_id": "895250117602803712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443171682460169",
      "in_reply_to_status_id": "1974801905546072363",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:08:48 +0000 2025",
      "favorited": false,
      "full_text": "@ChapeauHDG quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "ChapeauHDG",
      "in_reply_to_user_id_str": "895250117602803712"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443135175270488"
          ],
          "editableUntil": "2025-10-07T07:08:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "33",
              "40"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Connie 🐈‍⬛❣️",
            "screen_name": "streitbareKatze",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "3233039801",
            "id": "3233039801"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975152825861882137",
      "id_str": "1975443135175270488",
      "in_reply_to_user_id": "3233039801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443135175270488",
      "in_reply_to_status_id": "1975152825861882137",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:08:40 +0000 2025",
      "favorited": false,
      "full_text": "@streitbareKatze quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "streitbareKatze",
      "in_reply_to_user_id_str": "3233039801"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975443075360338380"
          ],
          "editableUntil": "2025-10-07T07:08:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "37",
              "44"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Prof. Dr. Guido Quelle",
            "screen_name": "guidoquelle",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "50449112",
            "id": "50449112"
          },
          {
            "name": "Frankfurter Allgemeine",
            "screen_name": "faznet",
            "indices": [
              "13",
              "20"
            ],
            "id_str": "18047862",
            "id": "18047862"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975243632748761166",
      "id_str": "1975443075360338380",
      "in_reply_to_user_id": "50449112",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975443075360338380",
      "in_reply_to_status_id": "1975243632748761166",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:08:25 +0000 2025",
      "favorited": false,
      "full_text": "@guidoquelle @faznet quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "guidoquelle",
      "in_reply_to_user_id_str": "50449112"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442865485652203"
          ],
          "editableUntil": "2025-10-07T07:07:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "32",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Philip Plickert",
            "screen_name": "PhilipPlickert",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "526311519",
            "id": "526311519"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974387982175289539",
      "id_str": "1975442865485652203",
      "in_reply_to_user_id": "526311519",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442865485652203",
      "in_reply_to_status_id": "1974387982175289539",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:07:35 +0000 2025",
      "favorited": false,
      "full_text": "@PhilipPlickert quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "PhilipPlickert",
      "in_reply_to_user_id_str": "526311519"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442829213397438"
          ],
          "editableUntil": "2025-10-07T07:07:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "29",
              "36"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bernd Haake",
            "screen_name": "BerndHaake1",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1030085198304686082",
            "id": "1030085198304686082"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1973785565507047887",
      "id_str": "1975442829213397438",
      "in_reply_to_user_id": "1030085198304686082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442829213397438",
      "in_reply_to_status_id": "1973785565507047887",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:07:27 +0000 2025",
      "favorited": false,
      "full_text": "@BerndHaake1 quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "BerndHaake1",
      "in_reply_to_user_id_str": "1030085198304686082"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442761068470336"
          ],
          "editableUntil": "2025-10-07T07:07:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "48",
              "55"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Arnd Diringer",
            "screen_name": "Arnd_Diringer",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3467946681",
            "id": "3467946681"
          },
          {
            "name": "Berliner Zeitung",
            "screen_name": "berlinerzeitung",
            "indices": [
              "15",
              "31"
            ],
            "id_str": "149030786",
            "id": "149030786"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974806610246529368",
      "id_str": "1975442761068470336",
      "in_reply_to_user_id": "3467946681",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442761068470336",
      "in_reply_to_status_id": "1974806610246529368",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:07:10 +0000 2025",
      "favorited": false,
      "full_text": "@Arnd_Diringer @berlinerzeitung quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Arnd_Diringer",
      "in_reply_to_user_id_str": "3467946681"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442720291508552"
          ],
          "editableUntil": "2025-10-07T07:07:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "32",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Apollo News",
            "screen_name": "apollo_news_de",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "830858867789664257",
            "id": "830858867789664257"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975161699423424523",
      "id_str": "1975442720291508552",
      "in_reply_to_user_id": "830858867789664257",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442720291508552",
      "in_reply_to_status_id": "1975161699423424523",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:07:01 +0000 2025",
      "favorited": false,
      "full_text": "@apollo_news_de quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "apollo_news_de",
      "in_reply_to_user_id_str": "830858867789664257"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442658345746825"
          ],
          "editableUntil": "2025-10-07T07:06:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "30",
              "37"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Robert Willacker",
            "screen_name": "derWillacker",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "2971339163",
            "id": "2971339163"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974740805136134479",
      "id_str": "1975442658345746825",
      "in_reply_to_user_id": "2971339163",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442658345746825",
      "in_reply_to_status_id": "1974740805136134479",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:06:46 +0000 2025",
      "favorited": false,
      "full_text": "@derWillacker quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "derWillacker",
      "in_reply_to_user_id_str": "2971339163"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442536203493581"
          ],
          "editableUntil": "2025-10-07T07:06:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "42",
              "49"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Steinhoefel",
            "screen_name": "Steinhoefel",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "14198663",
            "id": "14198663"
          },
          {
            "name": "Georg Restle",
            "screen_name": "georgrestle",
            "indices": [
              "13",
              "25"
            ],
            "id_str": "19245170",
            "id": "19245170"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975115006925742512",
      "id_str": "1975442536203493581",
      "in_reply_to_user_id": "14198663",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442536203493581",
      "in_reply_to_status_id": "1975115006925742512",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:06:17 +0000 2025",
      "favorited": false,
      "full_text": "@Steinhoefel @georgrestle quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Steinhoefel",
      "in_reply_to_user_id_str": "14198663"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442489680298347"
          ],
          "editableUntil": "2025-10-07T07:06:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "49",
              "56"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "M🅰️🅰️zilla",
            "screen_name": "Passwortvergess",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "82835260",
            "id": "82835260"
          },
          {
            "name": "Anna Schneider",
            "screen_name": "a_nnaschneider",
            "indices": [
              "17",
              "32"
            ],
            "id_str": "3292307982",
            "id": "3292307982"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1975236951851626958",
      "id_str": "1975442489680298347",
      "in_reply_to_user_id": "82835260",
      "truncated": false,
      "retweet_count": "1",
      "id": "1975442489680298347",
      "in_reply_to_status_id": "1975236951851626958",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:06:06 +0000 2025",
      "favorited": false,
      "full_text": "@Passwortvergess @a_nnaschneider quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "Passwortvergess",
      "in_reply_to_user_id_str": "82835260"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442419249520833"
          ],
          "editableUntil": "2025-10-07T07:05:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "26",
              "33"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Richard Meusers v.W. 🇮🇹 ن",
            "screen_name": "maternus",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "18219943",
            "id": "18219943"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974162637387935821",
      "id_str": "1975442419249520833",
      "in_reply_to_user_id": "18219943",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442419249520833",
      "in_reply_to_status_id": "1974162637387935821",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:05:49 +0000 2025",
      "favorited": false,
      "full_text": "@maternus quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "maternus",
      "in_reply_to_user_id_str": "18219943"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442394561847421"
          ],
          "editableUntil": "2025-10-07T07:05:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "32",
              "39"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Terran Liberty",
            "screen_name": "terran_liberty",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "485879256",
            "id": "485879256"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974156709993345230",
      "id_str": "1975442394561847421",
      "in_reply_to_user_id": "485879256",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442394561847421",
      "in_reply_to_status_id": "1974156709993345230",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:05:43 +0000 2025",
      "favorited": false,
      "full_text": "@terran_liberty quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "terran_liberty",
      "in_reply_to_user_id_str": "485879256"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442371623137672"
          ],
          "editableUntil": "2025-10-07T07:05:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "26",
              "33"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "ÖRR Blog.",
            "screen_name": "OERRBlog",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1320413527698530306",
            "id": "1320413527698530306"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974101528991723996",
      "id_str": "1975442371623137672",
      "in_reply_to_user_id": "1320413527698530306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442371623137672",
      "in_reply_to_status_id": "1974101528991723996",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:05:37 +0000 2025",
      "favorited": false,
      "full_text": "@OERRBlog quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "OERRBlog",
      "in_reply_to_user_id_str": "1320413527698530306"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442337599005132"
          ],
          "editableUntil": "2025-10-07T07:05:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "27",
              "34"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Julian Reichelt",
            "screen_name": "jreichelt",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "19069018",
            "id": "19069018"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974133739782353080",
      "id_str": "1975442337599005132",
      "in_reply_to_user_id": "19069018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442337599005132",
      "in_reply_to_status_id": "1974133739782353080",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:05:29 +0000 2025",
      "favorited": false,
      "full_text": "@jreichelt quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "jreichelt",
      "in_reply_to_user_id_str": "19069018"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975442146418434163"
          ],
          "editableUntil": "2025-10-07T07:04:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Weimer",
            "indices": [
              "44",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "@useronline 🇪🇺🇺🇦",
            "screen_name": "useronline1",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "500999858",
            "id": "500999858"
          },
          {
            "name": "Arnd Diringer",
            "screen_name": "Arnd_Diringer",
            "indices": [
              "13",
              "27"
            ],
            "id_str": "3467946681",
            "id": "3467946681"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974492611579642017",
      "id_str": "1975442146418434163",
      "in_reply_to_user_id": "500999858",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975442146418434163",
      "in_reply_to_status_id": "1974492611579642017",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:04:44 +0000 2025",
      "favorited": false,
      "full_text": "@useronline1 @Arnd_Diringer quelle: Wolfram #Weimer RND interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "en",
      "in_reply_to_screen_name": "useronline1",
      "in_reply_to_user_id_str": "500999858"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975441823830319239"
          ],
          "editableUntil": "2025-10-07T07:03:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "weimer",
            "indices": [
              "17",
              "24"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "C. Thier 🇪🇺 🇩🇪",
            "screen_name": "ClThier",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1253862902303424513",
            "id": "1253862902303424513"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Q8SS8KD7xb",
            "expanded_url": "https://archive.is/ou39D",
            "display_url": "archive.is/ou39D",
            "indices": [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1974486368408490099",
      "id_str": "1975441823830319239",
      "in_reply_to_user_id": "1253862902303424513",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975441823830319239",
      "in_reply_to_status_id": "1974486368408490099",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 07 06:03:27 +0000 2025",
      "favorited": false,
      "full_text": "@ClThier quelle: #weimer interview 01.10.2025 https://t.co/Q8SS8KD7xb",
      "lang": "fr",
      "in_reply_to_screen_name": "ClThier",
      "in_reply_to_user_id_str": "1253862902303424513"
    }
  }
]