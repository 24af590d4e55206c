"""Regenerate tests/data/expected-bundled.json from a fresh export (review the diff!).

.venv/bin/python tests/regen_expected.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.cli import main  # noqa: E402
from graph.sparql import list_queries, run_query  # noqa: E402

CASES: list[tuple[str, dict[str, str]]] = [
    *((q.name, {}) for q in list_queries() if q.name != "provenance"),
    ("who", {"text": "PATCH"}),
    ("compliance-chain", {"party": "customer"}),
    ("provenance", {"text": "server-level-patching"}),
]


def regenerate() -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        assert main(["export", "-o", tmp, "--format", "ttl", "-q"]) == 0
        ttl = [Path(tmp) / "adobe-managed-services.ttl"]
        lines = ["{"]
        entries: list[str] = []
        for name, params in CASES:
            result = run_query(name, params=params, graphs=ttl)
            key = name + "".join(f" {k}={v}" for k, v in params.items())
            body = ",\n".join("      " + json.dumps(r, ensure_ascii=False) for r in result.values())
            entries.append(
                f'  {json.dumps(key)}: {{\n    "vars": {json.dumps(result.variables)},\n'
                f'    "rows": [\n{body}\n    ]\n  }}'
            )
        count = len(run_query("provenance", graphs=ttl).rows)
        entries.append(f'  "provenance": {{\n    "count": {count}\n  }}')
        lines.append(",\n".join(entries))
        lines.append("}")
    out = ROOT / "tests" / "data" / "expected-bundled.json"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    json.loads(out.read_text(encoding="utf-8"))
    return out


if __name__ == "__main__":
    print(regenerate())
