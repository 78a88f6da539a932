"""How tests/golden/vault-1.0.wrapdesk was made (kept for the record; never overwrite it).

Golden files are opened by the tests for ever: a future WrapDesk that cannot open this
file has broken its promise to everyone who saved a plan with format 1.0.

Remade before any release, when the recovery slot became an authenticated X25519 wrap
(2026-11-27): the same schema-1 database was sealed again in the final 1.0 format, so
the tests still migrate a schema-1 plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wrapdesk.services.plan_file import PlanFile
from wrapdesk.vault import FLOOR

PASSPHRASE = "golden vault one point oh"
HERE = Path(__file__).parent


def main() -> None:
    target = HERE / "vault-1.0.wrapdesk"
    if target.exists():
        sys.exit(f"{target} exists; golden files are never remade")
    plan, recovery = PlanFile.create(target, PASSPHRASE, kdf=FLOOR)
    plan.db.set_meta("golden", "Format 1.0 golden vault: ŵ ŷ ł ą ę — keep for ever")
    plan.save()
    plan.close()
    (HERE / "vault-1.0.recovery-key.txt").write_text(recovery.formatted() + "\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
