"""Shapes from the lead's user check 44 on an unseen page (a supplier-assurance page: a
"Security Layer | Responsible Party | Description" matrix whose owner cells name an unknown
hosting vendor, a cloud provider, "Joint" and the site's own template keyword): invented text
only."""

from __future__ import annotations

from pathlib import Path

from test_extract import _page_pairs, _related


def test_a_template_keyword_in_an_owner_column_is_a_party(tmp_path: Path) -> None:
    """ "{{ platform_name }}" in a "Responsible Party" column: the site's own name, written as a
    template keyword, is a party like the vendor beside it, though its words alone ("Platform")
    would be a common noun; with it the column is an owner column and every row is read."""
    path = tmp_path / "matrix.md"
    path.write_text(
        "# Supplier matrix\n\n{{ platform_name }} uses this matrix for its suppliers.\n\n"
        "| Security Layer | Responsible Party | Description |\n| :--- | :--- | :--- |\n"
        "| **Racks** | Cranwell / GCP | Security of the halls. |\n"
        "| **Host Images** | Cranwell | Security of the hypervisors. |\n"
        "| **Crate Code** | {{ platform_name }} | Security of the crate code. |\n"
        "| **Staff Access** | {{ platform_name }} | Management of staff accounts. |\n"
        "| **Key Storage** | {{ platform_name }} | Rotation of the keys. |\n"
        "| **Backups** | Joint | Cranwell provides the tool; {{ platform_name }} sets the plan."
        " |\n",
        encoding="utf-8",
    )
    pairs = _page_pairs(path)
    assert ("cranwell", "host images") in pairs, sorted(pairs)
    assert ("platform", "crate code") in pairs, sorted(pairs)
    assert ("platform", "staff access") in pairs, sorted(pairs)
    assert ("platform", "set the plan") in pairs, sorted(pairs)


def test_a_role_named_in_the_purpose_of_a_use_is_not_used(tmp_path: Path) -> None:
    """ "Nimbus uses Acme Certs to issue certificates for every customer", "the layers are the
    means which we use to keep users apart": a customer or community named in the purpose or
    a relative clause is no thing used; a named provider after the purpose still is."""
    path = tmp_path / "uses.md"
    path.write_text(
        "# Nimbus\n\nNimbus is responsible for the depots. Nimbus uses certbot.example to issue "
        "certificates for every customer. Our layers are the means which we use to keep a "
        "separation between different customers. You use the gate app to reach Google Cloud."
        "\n",
        encoding="utf-8",
    )
    used = _related(path, "uses")
    assert not any(label == "Customer" for _, label in used), used
    assert ("customer", "Google Cloud") in used, used


def _held(path: Path) -> set[tuple[str, str]]:
    return _related(path, "holds")


def test_a_certification_asked_for_advised_or_supposed_is_not_held(tmp_path: Path) -> None:
    """ "All suppliers must be SOC 2 certified", "If you require GDPR compliance, we recommend
    Nimbus EU", "For questions about HIPAA compliance, contact us": required, advised or
    supposed, not held; "Nimbus holds ISO 27001" still is. A sentence whose subject names no
    party ("cloud.example is FedRAMP compliant") gives the section's party nothing."""
    path = tmp_path / "certs.md"
    path.write_text(
        "# Nimbus\n\nNimbus is responsible for the depots. Nimbus holds ISO 27001 certification."
        "\n\n## Customer responsibilities\n\n"
        "The customer is responsible for the guest images. All suppliers must be SOC 2 "
        "certified. If you require GDPR compliance, we recommend Nimbus EU. For questions about "
        "HIPAA compliance, contact your account manager. cloud.example is a FedRAMP compliant "
        "platform.\n",
        encoding="utf-8",
    )
    assert _held(path) == {("nimbus", "Nimbus ISO/IEC 27001 certification")}, _held(path)


def test_what_many_organisations_require_is_no_duty_of_the_page(tmp_path: Path) -> None:
    """ "In many organizations, auditors require vendors to keep crate logs": what is commonly
    asked elsewhere, described; "Nimbus requires tenants to rotate keys" still binds."""
    pairs = _page_pairs_of(
        tmp_path,
        "Nimbus is responsible for the depots. In many organizations, auditors require all "
        "vendors to keep crate logs. Nimbus requires tenants to rotate the keys.",
    )
    assert not any("crate logs" in label for _, label in pairs), sorted(pairs)
    assert any(label == "rotate the keys" for _, label in pairs), sorted(pairs)


def _page_pairs_of(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    path = tmp_path / "page.md"
    path.write_text(f"# Depots\n\n{body}\n", encoding="utf-8")
    return _page_pairs(path)
