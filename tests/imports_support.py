"""Partner imports driven through the procedures, as the file reader drives them:
start the batch (own transaction), then stage the rows and decide them in one."""
import hashlib
import json
from datetime import datetime, timezone

from thin_api.errors import LeadbaseError  # noqa: F401  (re-exported for tests)

FIELDS = ("company_name", "plz", "ort", "legal_form", "uid", "street", "canton", "phone", "email",
          "website", "branche", "size_category", "no_advertising")


def ensure_partner(engine, code="acme"):
    return engine.call("save_partner", as_user="admin", partner_code=code, partner_name=code.title() + " AG",
                       column_map=json.dumps({"Firma": "company_name", "Ort / Localité": "ort"}))[0]


def file_hash(rows) -> str:
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()


def run_import(engine, rows, as_user="admin", partner="acme", received_at=None, content_hash=None):
    """Imports rows (dicts of FIELDS); returns (start row, import_batch row or None)."""
    ensure_partner(engine, partner)
    user = engine.world.users[as_user]
    received_at = received_at or datetime.now(timezone.utc)
    [batch] = engine.gateway.call("start_import", as_user=user, partner_code=partner, file_name="delivery.csv",
                                  content_hash=content_hash or file_hash(rows), received_at=received_at)
    if batch["already_imported"]:
        return batch, None
    staged = [{"row_no": i, **{k: (None if v is None else str(v)) for k, v in row.items()}}
              for i, row in enumerate(rows, 1)]
    with engine.gateway.session(as_user=user) as s:
        s.call("stage_import_rows", batch_id=batch["batch_id"], rows=json.dumps(staged))
        [result] = s.call("import_batch", batch_id=batch["batch_id"])
    return batch, result


def decisions(engine, batch_id, as_user="admin", **filters):
    return engine.call("list_import_decisions", as_user=as_user, batch_id=batch_id, page_size=200, **filters)


def by_row(engine, batch_id, as_user="admin"):
    return {d["row_no"]: d for d in decisions(engine, batch_id, as_user)}
