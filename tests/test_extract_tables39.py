"""Table shapes of session 39 (a fresh set's feature matrix, hosting comparison and control-
inheritance tables): invented text only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs
from test_extract import _write_page as _page


def test_a_compatibility_matrix_states_no_duties(tmp_path: Path) -> None:
    """ "Feature | Quarrytech Cloud | Self-managed AWS VMs" with "✅ Supported - Linux", "❌ Not
    supported", "🔸 Planned" cells: what each option supports (code:offered, code:none), no
    duty, and "AWS" in a column header names no party there."""
    path = _page(
        tmp_path,
        "matrix.md",
        "# Quarrytech Build infrastructure\n\n"
        "Quarrytech is responsible for the build network. You are responsible for your "
        "pipelines.\n\n"
        "| Feature | Quarrytech Cloud | Self-managed AWS VMs |\n"
        "| - | - | - |\n"
        "| Test splitting | ✅ Supported | ✅ Supported |\n"
        "| Secret manager | ❌ Not supported | ✅ Supported - Linux |\n"
        "| IP allowlisting | ✅ Supported for Mac, Linux, Windows | 🔸 Planned |\n",
    )
    pairs = _page_pairs(path)
    assert ("quarrytech", "build network") in pairs, pairs
    assert not any("supported" in label or "planned" in label for _, label in pairs), pairs
    assert not any(party == "aws" for party, _ in pairs), pairs


def test_a_managed_option_against_self_hosting_gives_each_area_to_its_runner(
    tmp_path: Path,
) -> None:
    """ "Feature | Quarrytech Cloud | Self-Hosted Quarrytech": each described area is the
    vendor's in the managed column and the customer's in the self-hosted one; a cell naming
    another party is that party's, and a code cell ("Included") none."""
    path = _page(
        tmp_path,
        "hosting.md",
        "# Hosting with Quarrytech Cloud\n\n"
        "| Feature | Quarrytech Cloud | Self-Hosted Quarrytech |\n"
        "| --- | --- | --- |\n"
        "| **Hosting infrastructure** | Managed by Quarrytech | Managed by you |\n"
        "| **Upgrades** | Automated and guided | Manual updates needed |\n"
        "| **Monitoring** | Integrated dashboards | Must integrate with external tools |\n"
        "| **Support** | Included | Community forums |\n",
    )
    pairs = _page_pairs(path)
    for area in ("hosting infrastructure", "upgrades", "monitoring"):
        assert ("quarrytech", area) in pairs, pairs
        assert ("customer", area) in pairs, pairs
    assert ("quarrytech", "support") not in pairs, pairs


def test_an_inherited_column_gives_controls_to_the_provider_or_the_customer(
    tmp_path: Path,
) -> None:
    """ "Rule | Bind Control | Inherited" with Yes / Partially / No: an inherited control is the
    provider's, a partly inherited one both parties', one not inherited the customer's; the
    column header names no party."""
    path = _page(
        tmp_path,
        "inheritance.md",
        "# Control inheritance for Quarrytech Cloud customers\n\n"
        "| Rule | Bind Control | Inherited |\n"
        "| --- | --- | --- |\n"
        "| Facility Access Controls | Facility Policy | Yes |\n"
        "| Workstation Use | System Access Policy | Partially |\n"
        "| Security Awareness Training | Employee Policy | No |\n"
        "| Audit Controls | Auditing Policy | Yes (optional) |\n",
    )
    pairs = _page_pairs(path)
    customer = {label for party, label in pairs if party == "customer"}
    provider = {label for party, label in pairs if party != "customer"}
    assert provider == {"facility access controls", "workstation use", "audit controls"}, pairs
    assert customer == {"workstation use", "security awareness training"}, pairs
    assert not any(party == "inherited" for party, _ in pairs), pairs


def test_a_support_plan_table_of_activities_gives_them_to_the_provider(tmp_path: Path) -> None:
    """ "Request type | Basic | Premium" over "Restore access to the console | ![image](…/yes.svg)
    | …": an icon named "yes" is a mark, and each marked activity is the provider's duty once,
    whatever the plans; a row naming a thing ("Personal technical manager") and a row of
    values give nothing."""
    icon = "![image](../_assets/common/yes.svg)"
    path = _page(
        tmp_path,
        "support.md",
        "# Quarrytech Cloud technical support\n\n"
        "Quarrytech is responsible for the support desk. You are responsible for your code.\n\n"
        "| Request type | Basic | Premium |\n"
        "| --- | --- | --- |\n"
        f"| Restore access to the management console | {icon} | {icon} |\n"
        f"| Provide links to documentation | {icon} | {icon} |\n"
        f"| Provide general recommendations about architecture | | {icon} |\n"
        f"| Personal technical manager | | {icon} |\n\n"
        "| Channel | Basic | Premium |\n"
        "| --- | --- | --- |\n"
        "| Chat | - | 5 minutes |\n",
    )
    pairs = _page_pairs(path)
    for duty in (
        "restore access to the management console",
        "provide links to documentation",
        "provide general recommendations about architecture",
    ):
        assert ("quarrytech", duty) in pairs, pairs
    assert not any("technical manager" in label or label == "chat" for _, label in pairs), pairs
