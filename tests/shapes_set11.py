"""Shapes from the miss descriptions of held-out set 11 (invented text only), run by
tests/test_extract.py with SENTENCE_SHAPES and LIST_SHAPES: each entry is (page body, (party,
label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

Shape = tuple[str, list[tuple[str, str]], list[str]]

SENTENCE_SHAPES_11: list[Shape] = [
    # a unit named by its spelled-out name and its acronym before the head noun ("Widget Supply
    # Office (WSO) crews"), perhaps with an aside after it: the acronym and the head name it
    (
        "Nimbus is responsible for the depots.\n\nWidget Supply Office (WSO) crews are "
        "responsible for checking every crate. The Shelf Keeping (SK) crew (a unit of the WSO "
        "group) is responsible for relabelling the aisles.\n",
        [("wso-crews", "checking every crate"), ("sk-crew", "relabelling the aisles")],
        [],
    ),
    # an offer: what a party provides "to enable / help you to V …" is for the reader's use,
    # no duty (and the inner verbs are no objects of "provide")
    (
        "Nimbus is responsible for the depots.\n\nFor crates that may hold fragile goods, we "
        "provide guides, tools, and tips to enable you to wrap, pad, and otherwise shield the "
        "goods you ship.\n",
        [("nimbus", "depots")],
        ["guides", "tools", "tips", "pad", "shield"],
    ),
    # "X relies on you <gerund> A, and <gerund> B": the reader's duties; "X requires you to A,
    # as per the [guide], and to B": two duties, the pointer to the guide none
    (
        "Nimbus is responsible for the depots.\n\nThe Eastwind link relies on you keeping the "
        "token secret, and rotating it monthly. The Westwind link requires you to pin the "
        "version, as per the [setup guide](x), and to watch the logs.\n",
        [
            ("customer", "keeping the token secret"),
            ("customer", "rotating it monthly"),
            ("customer", "pin the version"),
            ("customer", "watch the logs"),
        ],
        ["as per", "to watch"],
    ),
    # "is going to <verb>" commits as "will"; "may choose to" leaves a choice, no duty; a
    # one-word answer "No." ends its sentence ("No. 5" is a number)
    (
        "Nimbus is responsible for the depots.\n\nWe send crates to the WSO Office. The WSO "
        "Office is going to rewrite the grading scale. Operators may choose to bypass our lock."
        "\n\nCan crews call the yard? No. Builder crews should talk to the licensing office "
        "directly.\n",
        [
            ("wso-office", "rewrite the grading scale"),
            ("builder-crews", "talk to the licensing office"),
        ],
        ["bypass our lock"],
    ),
    # a known party's staff ("<Org> specialists will …") act for it; a role the page names
    # ("A style expert will …") acting on the reader's things is that role's duty, not
    # prevented by the reader named in the object
    (
        "Nimbus is responsible for the depots.\n\nWe send notes to the WSO Office. WSO "
        "Office specialists will gather the notes. A style expert will check your drafts for "
        "tone.\n",
        [("wso-office", "gather the notes"), ("style-expert", "check your drafts")],
        [],
    ),
    # "The mission of <role>s is to …": the mission, no role acting
    (
        "Nimbus is responsible for the depots.\n\nIn case of Nimbus Depots this implies a "
        "clear separation of roles between Nimbus Depots users and administrators.\nThe "
        "mission of administrators is to make you, the Nimbus Depots user, succeed.\n",
        [("nimbus", "depots")],
        ["succeed"],
    ),
    # a bound "do" with a noun of work is a duty ("will do extra checks"); "do so" is none
    (
        "Nimbus is responsible for the depots.\n\nPaint specialists will do extra checks. If "
        "asked, the porters will do so.\n",
        [("paint-specialists", "do extra checks")],
        ["do so"],
    ),
]

LIST_SHAPES_11: list[Shape] = [
    # under a lead-in of duties, an item that grants the reader an option ("When approved,
    # you can …") is none; a pointer "check out <page>" after a condition is no duty either
    (
        "Nimbus is responsible for the depots.\n\nIf your club wants to join, check out "
        "the joining page.\n\nBuilders must:\n\n- Paint the shelves\n- When approved, you "
        "can merge and ship the change\n",
        [("builders", "paint the shelves")],
        ["merge and ship", "joining page"],
    ),
    # a role the page names acting in a nested item under an instruction ("Open a ticket" /
    # "A style expert will check your drafts"): the role's duty, not the list party's; a
    # later sentence's "these notes" takes the object of a label that kept its modal
    (
        "Nimbus is responsible for the depots. The WSO Platform keeps the shelves.\n\n"
        "## Builder crew responsibilities\n\n- Open a ticket\n"
        "  - A style expert will check your drafts for tone\n"
        "- Builders should send notes to the WSO Platform. WSO Platform experts will gather "
        "these notes.\n",
        [("style-expert", "check your drafts"), ("wso-platform", "gather notes to the wso")],
        ["gather should"],
    ),
    # items under an examples lead-in ("For example:") are examples, but one that states
    # what something requires of a party, or relies on it doing, is that party's duty
    (
        "Nimbus is responsible for the depots.\n\nExtra care is taken with partner docks. "
        "For example:\n\n* The Northwind dock requires you to set up shared roles, and to "
        "grant narrow rights.\n* The Southwind dock relies on you creating a robot login.\n"
        "* The Eastwind dock has a crane.\n",
        [
            ("customer", "set up shared roles"),
            ("customer", "grant narrow rights"),
            ("customer", "creating a robot login"),
        ],
        ["crane"],
    ),
    # an item ending in a colon over a nested list: a duty before "including:" is a duty of
    # its own, so is an item that names its subject and a modal; a nested list of links only
    # names guides to read, no duties; a bare category ("Paint:") stays none
    (
        "Nimbus is responsible for the depots.\n\n## Builder crew responsibilities\n\n"
        "- Run basic widget tests on their widgets, including:\n  - Provide a test log\n"
        "- Paint specialists will do extra checks:\n  - [Review guide for crews](x)\n"
        "  - [Gloss checklist](y)\n- Paint:\n  - Sand the rough edges\n",
        [
            ("builder-crew", "run basic widget tests"),
            ("builder-crew", "provide a test log"),
            ("paint-specialists", "do extra checks"),
            ("builder-crew", "sand the rough edges"),
        ],
        ["review guide", "gloss checklist"],
    ),
    # a purpose lead-in "To be in charge of X, you should:" under a capitalised heading: the
    # reader's checklist (the heading is no role the page defines), nested items included
    (
        "Nimbus is responsible for the depots.\n\n## Upkeep Notes\n\nTo be in charge of the "
        "garden, you should:\n\n- Water the plants daily\n- Check the hoses each week:\n"
        "  - Look for leaks\n  - Replace worn washers\n",
        [
            ("customer", "water the plants daily"),
            ("customer", "look for leaks"),
            ("customer", "replace worn washers"),
        ],
        [],
    ),
    # a heading that names a unit by an acronym and a lower-case noun ("What the WSO platform
    # provides", "WSO platform responsibilities"): the unit's list
    (
        "Nimbus is responsible for the depots.\n\n## What the WSO platform provides\n\n"
        "- Sets and keeps shelf standards\n- Audits of shelf layouts for new shops\n\n"
        "## WSO platform responsibilities\n\nTo help crews, the WSO platform provides these "
        "services:\n\n- Training on layout rules\n",
        [
            ("wso-platform", "shelf standards"),
            ("wso-platform", "audits of shelf layouts"),
            ("wso-platform", "training on layout rules"),
        ],
        [],
    ),
    # "X is the responsibility of every single <role>. This includes:" before the heading that
    # names the role: the role the page names, its duty and the list's
    (
        "Nimbus is responsible for the depots.\n\nPaint upkeep is the responsibility of every "
        "single builder crew. This includes:\n\n- Meeting the gloss rule\n- Sanding rough "
        "edges\n\n## Builder crew responsibilities\n\n- Build the shelves\n",
        [
            ("builder-crew", "paint upkeep"),
            ("builder-crew", "meeting the gloss rule"),
            ("builder-crew", "build the shelves"),
        ],
        [],
    ),
]
