"""General shapes of session 38 found on development set 66: invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_an_includes_pointer_with_no_duty_before_it_leaves_the_items_their_subjects(
    tmp_path: Path,
) -> None:
    """ "This includes support for the following" with no duty stated before it and no party
    over it points at nobody: each numbered item names who acts ("Console - We confirm the
    behaviour"), as it does under a plain paragraph."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarrytech support\n\n"
        "## What is included in Quarrytech support\n\n"
        "Our desk is here for you. This includes support for the following\n\n"
        "1. Console behaviour - We confirm the expected behaviour of the console.\n"
        "2. Connector behaviour - We will advise on the connector settings.\n"
        "3. Ticket access - You must open tickets through the portal.\n",
    )
    pairs = _page_pairs(path)
    assert any(label.startswith("confirm the expected behaviour") for _, label in pairs), pairs
    assert any(label.startswith("advise on the connector settings") for _, label in pairs), pairs
    assert ("customer", "open tickets through the portal") in pairs, pairs


def test_may_with_an_adverb_of_now_and_then_is_no_duty(tmp_path: Path) -> None:
    """ "Quarrytech may occasionally release beta tools": what may happen now and then, not a
    duty of the provider (whose plain "may" still binds, as its "will" does)."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarrytech support\n\n"
        "Quarrytech is responsible for patching the console.\n\n"
        "Quarrytech may occasionally release beta tools to give users early access.\n\n"
        "Quarrytech may retire old connectors from time to time.\n\n"
        "Quarrytech will rotate the console certificates.\n",
    )
    pairs = _page_pairs(path)
    assert not any("beta tools" in label for _, label in pairs), pairs
    assert not any("old connectors" in label for _, label in pairs), pairs
    assert any(label.startswith("rotate the console certificates") for _, label in pairs), pairs


def test_lines_broken_by_a_backslash_are_read_one_by_one(tmp_path: Path) -> None:
    """A paragraph of lines ended by a backslash (a hard line break, as GitBook writes a bold
    title, an empty line and the text under each other inside one block): each line is read
    on its own, so the sentence after the title gives its duty and the next line does not run
    into its label."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarrytech support\n\n"
        "Quarrytech is responsible for patching the console.\n\n"
        "## Limits\n\n"
        '{% hint style="warning" %}\n'
        "**Outside tools**\\\n"
        "\\\n"
        "Quarrytech will assist with the first analysis of the fault.\\\n"
        "If the fault lies in an outside tool, its maker handles the rest.\n"
        "{% endhint %}\n",
    )
    pairs = _page_pairs(path)
    assert any(label == "assist with the first analysis of the fault" for _, label in pairs), pairs


def test_a_for_example_sentence_in_a_cell_gives_examples_not_duties(tmp_path: Path) -> None:
    """A responsibility cell "Quarrytech deploys the ledger with tuned options. For example,
    shard count, queue depth, and rate limits.": the second sentence names examples of the
    options, not three duties."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger responsibilities\n\n"
        "| Task | Quarrytech responsibilities | Your responsibilities |\n"
        "|---|---|---|\n"
        "| Deploy | Quarrytech deploys the ledger with tuned options. For example, shard count,"
        " queue depth, and rate limits. | |\n"
        "| Backups | | Back up the ledger exports. |\n",
    )
    pairs = _page_pairs(path)
    assert any(label.startswith("deploy the ledger") for _, label in pairs), pairs
    assert ("customer", "back up the ledger exports") in pairs, pairs
    assert not any(label in ("shard count", "queue depth", "rate limits") for _, label in pairs)


def test_a_recommended_good_practice_clause_is_the_customer_s_deed(tmp_path: Path) -> None:
    """ "It is recommended good practice that a customer stores X", in a customer's cell or in
    prose: the customer's duty is to store X (the clause after the recommendation), not the
    words of the recommendation."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger responsibilities\n\n"
        "| Task | Quarrytech responsibilities | Your responsibilities |\n"
        "|---|---|---|\n"
        "| Names | | It is recommended good practice that a customer stores their ledger names"
        " in the same repository as their code. |\n"
        "| Nodes | Quarrytech patches the ledger nodes. | |\n\n"
        "It is good practice that the customer keeps a copy of each export.\n",
    )
    pairs = _page_pairs(path)
    assert any(
        p == "customer" and label.startswith("store their ledger names") for p, label in pairs
    ), pairs
    assert any(
        p == "customer" and label.startswith("keep a copy of each export") for p, label in pairs
    ), pairs
    assert not any(label.startswith("it is") for _, label in pairs), pairs


def test_a_contrast_dividing_a_deed_is_a_duty_even_as_an_example(tmp_path: Path) -> None:
    """Under "Examples include:", an item "Training - Quarrytech trains its crew, but a
    customer must train their own staff" divides the deed between the two parties: both
    duties are the page's, as they are when the item says "is responsible for"."""
    path = _page(
        tmp_path,
        "shared.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech is responsible for protecting the ledger hosts.\n\n"
        "**Shared controls** - Controls that apply to both layers. Examples include:\n\n"
        "* Patching - Quarrytech is responsible for patching the hosts, but customers are"
        " responsible for patching their scripts.\n"
        "* Training - Quarrytech trains its crew, but a customer must train their own staff.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "train their own staff") in pairs, pairs
    assert any(label == "train its crew" for p, label in pairs if p != "customer"), pairs
    assert ("customer", "patching their scripts") in pairs, pairs


def test_controls_a_customer_inherits_from_a_party_are_that_party_s(tmp_path: Path) -> None:
    """ "**Inherited controls** - Controls which a customer fully inherits from Quarrytech."
    over a list (no colon): the listed controls are the duties of the party they are inherited
    from."""
    path = _page(
        tmp_path,
        "shared.md",
        "# Quarrytech shared responsibility\n\n"
        "You are responsible for your ledger entries.\n\n"
        "**Inherited controls** - Controls which a customer fully inherits from Quarrytech.\n\n"
        "* Physical and environmental controls\n"
        "* Media disposal\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "physical and environmental controls") in pairs, pairs
    assert ("quarrytech", "media disposal") in pairs, pairs


def test_examples_of_controls_that_are_a_party_s_responsibility_are_its_duties(
    tmp_path: Path,
) -> None:
    """ "**Customer specific** - Controls which are solely the responsibility of the customer.
    Examples include:" over a list: the examples are of the customer's controls, so each item
    is the customer's duty (not mere details)."""
    path = _page(
        tmp_path,
        "shared.md",
        "# Quarrytech shared responsibility\n\n"
        "Quarrytech is responsible for protecting the ledger hosts.\n\n"
        "**Customer specific** - Controls which are solely the responsibility of the customer"
        " based on the apps they build on the ledger. Examples include:\n\n"
        "* Zone security for the ledger apps\n"
        "* Consent records of the app users\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "zone security for the ledger apps") in pairs, pairs
    assert ("customer", "consent records of the app users") in pairs, pairs


def test_a_labelled_we_can_item_is_a_catalogue_entry_of_the_writer_s_service(
    tmp_path: Path,
) -> None:
    """A numbered item "Console behaviour - We can confirm X" (a label, a dash, "We can"):
    an entry of what the writer's service does, the writer's duty as "We confirm X" is; a
    bare "We can X" sentence stays an option, and the reader's "can" a permission."""
    path = _page(
        tmp_path,
        "support.md",
        "# Quarrytech support\n\n"
        "Quarrytech is responsible for the ticket desk.\n\n"
        "## What is included\n\n"
        "1. Console behaviour - We can confirm the expected behaviour of the console.\n"
        "2. Desk access - We can ensure you reach the desk through the portal.\n\n"
        "We can also rebuild old ledgers on request.\n\n"
        "You can export the console logs.\n",
    )
    pairs = _page_pairs(path)
    assert any(label.startswith("confirm the expected behaviour") for _, label in pairs), pairs
    assert any(label.startswith("ensure you reach the desk") for _, label in pairs), pairs
    assert not any("old ledgers" in label for _, label in pairs), pairs
    assert not any("console logs" in label for _, label in pairs), pairs


def test_a_series_of_means_before_an_aim_in_a_cell_is_one_duty(tmp_path: Path) -> None:
    """A cell "Customer is responsible for using the provided APIs, CLI, or console to manage
    ledgers": the series names the means of one deed (its aim after the last one), not three
    duties "Using the provided APIs", "CLI", "Console to manage ledgers"."""
    path = _page(
        tmp_path,
        "ledger.md",
        "# Quarrytech Ledger responsibilities\n\n"
        "| Task | Quarrytech responsibilities | Your responsibilities |\n"
        "|---|---|---|\n"
        "| Manage | | Customer is responsible for using the provided APIs, CLI, or console to"
        " manage ledgers and settings. |\n"
        "| Nodes | Quarrytech patches the ledger nodes. | |\n",
    )
    pairs = _page_pairs(path)
    assert any(p == "customer" and "manage ledgers" in label for p, label in pairs), pairs
    assert ("customer", "cli") not in pairs, pairs
    assert ("customer", "using the provided apis") not in pairs, pairs
