"""Small factories for inbound Teams activities, as the wire shows them."""

from __future__ import annotations

import itertools
from typing import Any

from agreements.demo import HOLDER, TENANT_ID

_ids = itertools.count(1)
BOT_ID = "28:aftalebot-test"


def make_activity(service_url: str = "http://127.0.0.1:1/", **overrides: Any) -> dict[str, Any]:
    """A personal-chat message from the demo aftaleholder; override any top-level field."""
    user = overrides.pop("user", HOLDER)
    conversation_id = overrides.pop("conversation_id", f"a:personal-{user.aad_object_id}")
    activity: dict[str, Any] = {
        "type": "message",
        "id": f"in-{next(_ids)}",
        "timestamp": "2026-11-24T09:00:00.000Z",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": user.teams_user_id, "name": user.name, "aadObjectId": user.aad_object_id},
        "recipient": {"id": BOT_ID, "name": "Aftalebot"},
        "conversation": {"id": conversation_id, "conversationType": "personal", "tenantId": TENANT_ID},
        "channelData": {"tenant": {"id": TENANT_ID}},
        "locale": "da-DK",
        "text": "",
    }
    activity.update(overrides)
    return activity
