"""Sentence shapes from the miss descriptions of held-out set 10 (invented text only),
run by tests/test_extract.py with SENTENCE_SHAPES: each entry is (page body, (party, label
fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

PROSE_SHAPES = [
    # a role the page names as a bare plural, a bracketed "(and …)" aside after it: the role
    # is the subject; "for ensuring A and for ensuring B" are two duties, "users" stays inside
    (
        "Nimbus is responsible for the depots.\n\nTeam captains (and deputies) are responsible "
        "for returning badges. Shift leads (and deputies) are responsible for ensuring that "
        "users know the exits and for ensuring that the doors stay shut. PIs (or their "
        "deputies) are responsible for renewing the grant.\n",
        [
            ("team-captains", "returning badges"),
            ("shift-leads", "ensuring that users know the exits"),
            ("shift-leads", "ensuring that the doors stay shut"),
            ("pis", "renewing the grant"),
        ],
        ["exits and for"],
    ),
    # "may need to" / "would have to" is what could become necessary, no duty; "you will need
    # to <verb>" binds (the "need to", not the "will" of a prediction)
    (
        "Nimbus is responsible for the depots.\n\nWe may need to restart the servers. If you "
        "move, you'd have to update the address. You will need to lock the gate.\n",
        [("customer", "lock the gate")],
        ["restart the servers", "update the address"],
    ),
    # "you agree that <clause>": the clause says the duty; "you agree to <verb>" after a comma
    # is a clause of its own
    (
        "Nimbus is responsible for the depots.\n\nYou agree that you shall follow the export "
        "rules. You will read the list, and you agree to sign the log.\n",
        [("customer", "follow the export rules"), ("customer", "sign the log")],
        [],
    ),
    # a duty joined to a prohibition: the duty stays ("will" in a sentence where the reader
    # agrees is a promise), the prohibition is the duty to refrain; "must use X" is a duty
    (
        "Nimbus is responsible for the depots.\n\nYou will use the depot lawfully, and you "
        "agree not to copy keys. You must use strong passwords.\n",
        [
            ("customer", "use the depot lawfully"),
            ("customer", "do not copy keys"),
            ("customer", "use strong passwords"),
        ],
        [],
    ),
    # the main clause after a conceded "While …," clause: its own subject and duty
    (
        "Nimbus is responsible for the depots.\n\nWhile we cannot promise dry roads, we take "
        "responsibility for the salt stock.\n",
        [("nimbus", "salt stock")],
        [],
    ),
    # "If <the X> <verb>s, we will <verb> it": the duty's "it" is the condition's subject;
    # with no noun there ("If it leaks, …") the phrase is kept, with its condition
    (
        "Nimbus is responsible for the depots.\n\nIf the pump breaks, we will repair it.\n\n"
        "If the gate jams, Nimbus will free it.\n\nIf it leaks, we will seal it.\n",
        [("nimbus", "repair the pump"), ("nimbus", "free the gate"), ("nimbus", "seal it")],
        [],
    ),
    # the one a party asks "to <verb>" bears the duty; a tool that "asks you to" is no party
    (
        "Nimbus is responsible for the depots.\n\nWe will email you and ask you to rotate the "
        "key. The wizard asks you to pick a zone.\n\nWe will call you and ask that you reset "
        "the lock. You acknowledge that you must keep the badge safe.\n",
        [
            ("customer", "rotate the key"),
            ("customer", "reset the lock"),
            ("customer", "keep the badge safe"),
        ],
        ["pick a zone"],
    ),
    # "It is your job / duty to A and, if C, to B": two duties of the reader
    (
        "Nimbus is responsible for the depots.\n\nIt is your job to keep the roster current "
        "and, if it lags, to contact its author.\n",
        [("customer", "keep the roster current"), ("customer", "contact its author")],
        ["current and"],
    ),
    # a duty in a relative clause: "<noun> that you must <verb>" (a sentence with no other)
    (
        "Nimbus is responsible for the depots.\n\nA sync may leave conflicts that you must "
        "resolve by hand. Old pumps need seals which we will replace yearly. These are the steps "
        "that you must follow.\n",
        [("customer", "resolve conflicts by hand"), ("nimbus", "replace seals yearly")],
        ["follow"],
    ),
    # an instruction after a condition that speaks of the reader ("If your …,") is the
    # reader's, in any section; a step after "When you have …," stays a procedure
    (
        "Nimbus is responsible for the depots.\n\n## Moving\n\nIf your address changes, "
        "notify the help desk. When you have received the badge, install it in the reader.\n",
        [("customer", "notify the help desk")],
        ["install"],
    ),
    # "provides the X on which / where anyone can …": an offer, no duty; a plain "provides"
    # still binds
    (
        "Nimbus is responsible for the depots.\n\nWe provide the yard on which any truck can "
        "park. We provide hourly weather reports.\n",
        [("nimbus", "hourly weather reports")],
        ["yard"],
    ),
    # "and" before a phrase that leans on the first stays one duty: the first's noun again
    # with a demonstrative, or an unknown word with a pronoun object (a verb); two plain
    # objects still split
    (
        "Nimbus is responsible for the depots.\n\nCustomers manage the account and the fleet "
        "on that account. The steward must assess the files and disposition them. Customers "
        "patch the trucks and the trailers.\n",
        [
            ("customer", "manage the account and the fleet on that account"),
            ("steward", "assess the files and disposition them"),
            ("customer", "patch the trailers"),
        ],
        [],
    ),
    # what the writer disowns ("falls outside our scope", "is not our responsibility"), done
    # to the reader's own things, is the reader's; without "your" it is nobody's
    (
        "Nimbus is responsible for the depots.\n\nThe responsibility of testing and patching "
        "your fork falls outside our scope. The weather is not our responsibility.\n",
        [("customer", "testing and patching your fork")],
        ["weather"],
    ),
    # commitment verbs: "stand behind" (a phrasal duty verb) and "we support X" (after "we",
    # "support" is the verb, not a subject noun as in "the support team"); "support it" after
    # "and" takes the first object
    (
        "Nimbus is responsible for the depots.\n\nWe stand behind the fleet and support it.\n",
        [("nimbus", "stand behind the fleet"), ("nimbus", "support the fleet")],
        ["support behind"],
    ),
]
