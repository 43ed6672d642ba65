"""One request's budget: its client's bucket, what it was charged, and what the response says about it.

The view admits a request by taking 1 point before reading the document (a flood of invalid or
empty requests pays too); the cost extension then takes the rest of the requested cost before
execution and gives back what the response did not use. `Budget.disabled()` is the budget when
HUB_RATE_LIMIT_POINTS is 0: costs are still computed and reported, nothing is limited.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from auth.principal import Principal
from schema.edge.buckets import BucketRates, Reading, TokenBuckets


def client_key(principal: Principal, address: str | None) -> str:
    """Whose bucket: the partner client, else the authenticated subject, else the IP address."""
    if principal.client_id:
        return f"client:{principal.client_id}"
    if not principal.is_anonymous:
        return f"sujet:{principal.role.value}:{principal.subject}"
    return f"ip:{address or 'inconnue'}"


@dataclass
class Budget:
    buckets: TokenBuckets | None
    key: str
    charged: int = 0
    requested: int | None = None
    actual: int | None = None
    last: Reading | None = None
    refused: Reading | None = field(default=None)

    @classmethod
    def disabled(cls) -> Budget:
        return cls(buckets=None, key="")

    async def admit(self) -> bool:
        """Take the 1 point every request costs; False (and `refused` set) when the bucket is empty."""
        return await self._take(1)

    async def charge(self, requested: int) -> bool:
        """Take the rest of the requested cost; False (and `refused` set) when it is not all there."""
        self.requested = requested
        return await self._take(max(0, requested - self.charged))

    async def settle(self, actual: int) -> None:
        """Give back the points the response did not use."""
        self.actual = actual
        unused = self.charged - actual
        if self.buckets is not None and unused > 0:
            self.last = await self.buckets.give_back(self.key, unused)
            self.charged = actual

    @property
    def retry_after(self) -> int | None:
        return None if self.refused is None else max(1, math.ceil(self.refused.wait_seconds))

    def throttle_status(self) -> dict[str, Any] | None:
        if self.buckets is None or self.last is None:
            return None
        return {
            "maximumAvailable": self.buckets.capacity,
            "currentlyAvailable": math.floor(self.last.available),
            "restoreRate": round(self.buckets.capacity / self.buckets.window_seconds, 3),
        }

    def headers(self) -> dict[str, str]:
        """RateLimit-Policy / RateLimit (IETF httpapi draft, structured fields) and Retry-After."""
        if self.buckets is None or self.last is None:
            return {}
        rates = BucketRates(self.buckets.capacity, self.buckets.window_seconds)
        headers = {
            "RateLimit-Policy": f'"points";q={self.buckets.capacity};w={self.buckets.window_seconds}',
            "RateLimit": (
                f'"points";r={math.floor(self.last.available)};t={rates.seconds_to_full(self.last.available)}'
            ),
        }
        if self.retry_after is not None:
            headers["Retry-After"] = str(self.retry_after)
        return headers

    async def _take(self, points: int) -> bool:
        if self.buckets is None or points <= 0:
            return True
        reading = await self.buckets.take(self.key, points)
        self.last = reading
        if not reading.allowed:
            self.refused = reading
            return False
        self.charged += points
        return True
