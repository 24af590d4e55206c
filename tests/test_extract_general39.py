"""General shapes of session 39, from facts that two independent readers of a page both left out
or both listed (second readings of the development sets): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_what_a_provider_may_do_is_no_duty(tmp_path: Path) -> None:
    """ "Quarrytech may open a bridge call during the recovery": a possibility, for the provider
    as for the reader; what it will do stays its duty."""
    path = _page(
        tmp_path,
        "recovery.md",
        "# Quarrytech Vault recovery\n\n"
        "Quarrytech is responsible for the vault hardware.\n\n"
        "## During a disaster\n\n"
        "Quarrytech will restore the vault from the latest snapshot.\n\n"
        "Quarrytech may open a bridge call to coordinate with your team.\n\n"
        "In SaaS plans, Quarrytech may provide some device checks, but you are responsible "
        "for endpoint protection.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "restore the vault from the latest snapshot") in pairs, pairs
    assert ("customer", "endpoint protection") in pairs, pairs
    assert not any("bridge call" in label for _, label in pairs), pairs
    assert not any("device checks" in label for _, label in pairs), pairs


def test_means_offered_to_the_reader_are_no_duty(tmp_path: Path) -> None:
    """ "Quarrytech provides various tools to help the customer manage keys", "… a console
    plugin which allows control over the queues", "… a hosting solution which our customers
    may use to store data": what the product offers the reader (cue:instrument-noun), no duty;
    "Quarrytech provides 24x7 monitoring of the queues" stays one."""
    path = _page(
        tmp_path,
        "queues.md",
        "# Quarrytech Queues responsibilities\n\n"
        "Quarrytech is responsible for the queue hardware.\n\n"
        "Quarrytech provides 24x7 monitoring of the queues.\n\n"
        "Quarrytech provides various tools to help the customer manage keys.\n\n"
        "Quarrytech provides a console plugin which allows control over the queues.\n\n"
        "Quarrytech provides a powerful platform and functionality to run your workers.\n\n"
        "Quarrytech provides a Queue as a Service (QaaS) solution which our customers may use "
        "to store messages.\n\n"
        "You are responsible for your messages.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "provide 24x7 monitoring of the queues") in pairs, pairs
    assert ("customer", "your messages") in pairs, pairs
    offered = ("tools", "plugin", "platform", "functionality", "solution")
    assert not any(word in label for _, label in pairs for word in offered), pairs


def test_what_a_party_endeavours_to_do_is_its_duty(tmp_path: Path) -> None:
    """ "We endeavour to minimise downtime of the vaults": a duty of best effort, as "make every
    reasonable effort to" is, and so is a target "we aim to" reach; "we hope to …" only hopes,
    and "… to update them" names nothing."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Quarrytech Vault service levels\n\n"
        "Quarrytech is responsible for the vault hardware.\n\n"
        "* We endeavour to minimise downtime of the vaults.\n"
        "* We will endeavour to provide notice of scheduled maintenance.\n"
        "* We aim to answer every ticket within a day.\n"
        "* We hope to open a second vault.\n"
        "* If we learn of flaws in the sample vaults, we will endeavour to update them.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "minimise downtime of the vaults") in pairs, pairs
    assert ("quarrytech", "provide notice of scheduled maintenance") in pairs, pairs
    assert ("quarrytech", "answer every ticket within a day") in pairs, pairs
    assert not any("second vault" in label or "update them" in label for _, label in pairs), pairs


def test_a_whole_quality_given_to_several_parties_is_the_theme(tmp_path: Path) -> None:
    """ "Both Quarrytech and its customers are responsible for the security of the platform",
    "Compliance is a shared responsibility between Quarrytech and you": the page's theme (a
    theme noun of cue-words.ttl), no duty; "Licensing audits are a shared responsibility …"
    names one, and a single party's "security of the platform" stays its duty."""
    path = _page(
        tmp_path,
        "grid.md",
        "# Quarrytech Grid responsibilities\n\n"
        "Both Quarrytech and its customers are responsible for the security of the platform.\n\n"
        "## Quarrytech\n\n"
        "Quarrytech is responsible for the grid hardware.\n\n"
        "## Shared\n\n"
        "Compliance is a shared responsibility between Quarrytech and the customer.\n\n"
        "Quarrytech and customers have shared responsibility for ensuring an up to date and "
        "secure system.\n\n"
        "Licensing audits are a shared responsibility between Quarrytech and the customer.\n\n"
        "## You\n\n"
        "You are responsible for the security of your workloads.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "licensing audits") in pairs, pairs
    assert ("customer", "licensing audits") in pairs, pairs
    assert ("customer", "security of your workloads") in pairs, pairs
    themes = ("security of the platform", "compliance", "secure system")
    assert not any(label in themes or "secure system" in label for _, label in pairs), pairs


def test_a_promise_s_stranded_preposition_goes_with_its_verb(tmp_path: Path) -> None:
    """ "Tickets will be responded to within 2 working days", on a page of service levels: the
    provider's duty "Respond to tickets within 2 working days" (not "Respond tickets to …")."""
    path = _page(
        tmp_path,
        "sla.md",
        "# Quarrytech Vault service level agreement\n\n"
        "Quarrytech is responsible for the vault hardware.\n\n"
        "* Tickets will be responded to within 2 working days.\n"
        "* Planned outages will be announced to all tenants.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "respond to tickets within 2 working days") in pairs, pairs
    assert ("quarrytech", "announce planned outages to all tenants") in pairs, pairs


def test_an_umbrella_its_list_spells_out_is_no_duty_of_its_own(tmp_path: Path) -> None:
    """ "Quarrytech is responsible for providing a secure managed vault, including:" over a list:
    the items are the duties, the umbrella they spell out is none; "responsible for the
    hardware, and for:" still keeps its own duty."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault responsibilities\n\n"
        "## Quarrytech\n\n"
        "Quarrytech is responsible for providing a secure and reliable managed vault, "
        "including:\n\n"
        "- Patching the vault hosts.\n"
        "- Encrypting vault disks at rest.\n\n"
        "## You\n\n"
        "The customer is responsible for the vault keys, and for:\n\n"
        "- Rotating access tokens.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "patching the vault hosts") in pairs, pairs
    assert ("quarrytech", "encrypting vault disks at rest") in pairs, pairs
    assert ("customer", "vault keys") in pairs, pairs
    assert ("customer", "rotating access tokens") in pairs, pairs
    assert not any("managed vault" in label for _, label in pairs), pairs


def test_a_prohibition_is_the_duty_to_refrain(tmp_path: Path) -> None:
    """ "You must not share your lab credentials", "Users commit not to use the service for
    surveillance": duties to refrain, labelled "Do not …" (readers of the development pages
    listed them); "must not be …" names no deed and "Quarrytech does not resell data" denies."""
    path = _page(
        tmp_path,
        "lab.md",
        "# Quarrytech Lab terms of use\n\n"
        "Quarrytech is responsible for the lab hardware. You are responsible for your "
        "experiments.\n\n"
        "You must not share your lab credentials.\n\n"
        "Users commit not to use the service for surveillance.\n\n"
        "Lab disks must not be used as archives.\n\n"
        "Quarrytech does not resell lab data.\n",
    )
    pairs = _page_pairs(path)
    assert ("customer", "do not share your lab credentials") in pairs, pairs
    assert ("customer", "do not use the service for surveillance") in pairs, pairs
    assert not any("archives" in label or "resell" in label for _, label in pairs), pairs


def test_a_party_label_over_its_deeds_reads_them_as_a_sentence(tmp_path: Path) -> None:
    """ "- Quarrytech: Builds, hardens, and signs the vault images." is the sentence "Quarrytech
    builds, hardens, and signs the vault images" (not the things "Builds", "Hardens"); "-
    Quarrytech: the provider of signed, hardened images." says who the party is, no duty."""
    path = _page(
        tmp_path,
        "vault.md",
        "# Quarrytech Vault images\n\n"
        "Quarrytech is responsible for the image registry.\n\n"
        "Responsibilities are shared among two groups:\n\n"
        "- Quarrytech: the provider of signed, hardened vault images.\n"
        "- You (the customer): the consumer who runs the images.\n\n"
        "## Releases\n\n"
        "- Quarrytech: Builds, hardens, and signs the vault images.\n"
        "- You: Apply image updates in your environments.\n\n"
        "## Security\n\n"
        "- Quarrytech: Publishes signed SBOMs and scan results with each image.\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "build, harden, and sign the vault images") in pairs, pairs
    assert ("customer", "apply image updates in your environments") in pairs, pairs
    assert ("quarrytech", "publish signed sboms") in pairs, pairs
    assert not any(label in ("builds", "hardens") for _, label in pairs), pairs
    assert not any(label.startswith("provider of") for _, label in pairs), pairs
