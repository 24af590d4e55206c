"""Shapes from the round-8 pages (a service description, terms of service, privacy guides),
invented text only, run by tests/test_extract.py with SENTENCE_SHAPES and LIST_SHAPES: each
entry is (page body, (party, label fragment) duties it must state, fragments no label holds)."""

from __future__ import annotations

Shape = tuple[str, list[tuple[str, str]], list[str]]

SENTENCE_SHAPES_8: list[Shape] = [
    # "We recommend that you <bare verb> …": the recommended verb binds the reader, each verb
    # of a series its own duty
    (
        "Nimbus is responsible for the depots.\n\nWe recommend that you weigh every crate and "
        "ask a packer before loading.\n",
        [("customer", "weigh every crate"), ("customer", "ask a packer")],
        [],
    ),
    # "We (strongly) recommend A-ing X and B-ing Y": two recommended duties; a tool to use
    # ("using padded boxes") or reading matter ("reading the crate guide") is none, two verbs
    # sharing one object stay one duty
    (
        "Nimbus is responsible for the depots.\n\nWe strongly recommend reading the crate "
        "guide and seeking advice from a packer. Minimally, we recommend using padded boxes "
        "and limiting access to the yard. We recommend patching and restarting the hosts.\n",
        [
            ("customer", "seeking advice from a packer"),
            ("customer", "limiting access to the yard"),
            ("customer", "patching and restarting the hosts"),
        ],
        ["padded boxes", "crate guide"],
    ),
    # a series of single nouns closed by "<noun> of <possessive> …" ("the cost, upkeep, and
    # safety of your sheds"): each noun of the same thing, one duty each
    (
        "Nimbus is responsible for the depots.\n\nIn a rented yard, you will be responsible for "
        "the cost, upkeep, and safety of your sheds.\n",
        [
            ("customer", "cost of your sheds"),
            ("customer", "upkeep of your sheds"),
            ("customer", "safety of your sheds"),
        ],
        [],
    ),
    # a passive of doing with an agent ("… will be done by you"): the subject is the agent's
    # duty, with no verb of its own
    (
        "Nimbus is responsible for the depots.\n\nUpkeep of the sheds will be done by the "
        "tenant.\n",
        [("customer", "upkeep of the sheds")],
        ["done"],
    ),
    # whose request it is before the subject, with no comma ("At our request you will …"): no
    # part of the subject
    (
        "Nimbus is responsible for the depots.\n\nAt our request you will provide your shed "
        "permit.\n",
        [("customer", "provide your shed permit")],
        ["at our request"],
    ),
    # a warning ("We advise caution when installing, building, and enabling X") is no duty of
    # its subject; a bound caution ("must exercise caution") still is one
    (
        "Nimbus is responsible for the depots.\n\nWe advise caution when installing, building, "
        "and enabling ramps for your yard. The tenant must exercise caution near the ramps.\n",
        [("customer", "exercise caution near the ramps")],
        ["advise", "building ramps", "enabling ramps"],
    ),
    # a pointer set off by commas inside a duty ("…, as outlined in our crate policy, …") is
    # no part of it: one duty, not a duty per piece
    (
        "Nimbus is responsible for the depots.\n\nWe take measures, as outlined in our crate "
        "policy, to protect your crates in transit and in storage.\n",
        [("nimbus", "take measures to protect your crates")],
        ["as outlined", "crate policy"],
    ),
    # "It is up to <party> to <verb> …", also after a leading condition: the party's duty (a
    # tenant is the customer)
    (
        "Nimbus is responsible for the depots.\n\nWhen renting a shed, it is up to you to lock "
        "your shed. It is up to the tenant to label the crates.\n",
        [("customer", "lock your shed"), ("customer", "label the crates")],
        [],
    ),
]

LIST_SHAPES_8: list[Shape] = [
    # a lead-in that ends "…, such as:" lists examples of what it names: what an example
    # requires ("You need to load it to meet a court order") is the example's, not a duty of
    # the page
    (
        "Nimbus is responsible for the depots.\n\nNever load a crate without a permit for it, "
        "such as:\n\n- You need to load it to meet a court order.\n- You need to ship it to "
        "save a harvest.\n",
        [("nimbus", "depots")],
        ["court order", "save a harvest"],
    ),
    # an owner matrix whose hosting-option columns name the party, a cell naming a second party
    # under a condition ("Customer (trial: Nimbus)"): both hold the row
    (
        "Nimbus is responsible for the depots.\n\n| Area | Hosted | Own yard |\n| --- | --- | --- |"
        "\n| Crate labels | Customer (trial: Nimbus) | Customer |\n| Forklifts | Nimbus | "
        "Customer |\n",
        [("customer", "crate labels"), ("nimbus", "crate labels"), ("nimbus", "forklifts")],
        [],
    ),
    # rows that are hosting options and owner columns that name what their cells' parties
    # hold ("Hosting type | Yard keeper | Gate keeper"): each party holds the column's header
    (
        "Nimbus is responsible for the depots.\n\n| Hosting type | Yard keeper | Gate keeper |"
        "\n| --- | --- | --- |\n| Nimbus Yard | Nimbus | You |\n| Own yard | You | You |\n",
        [("nimbus", "yard keeper"), ("customer", "gate keeper"), ("customer", "yard keeper")],
        ["own yard"],
    ),
]
