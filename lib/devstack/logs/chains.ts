/**
 * Request chains across services: a checkout goes frontend → checkout → cart → payment-api, and
 * every hop logs the same reqID. Chains are a pure function of the second, so each service
 * derives the same ids on its own.
 */
import { hashString } from '../cluster/random';
import { errorRatio, requestRate } from '../cluster/traffic';
import { seededRandom, someNanos, uuidFrom } from './bucket';

export interface ChainRequest {
  reqID: string;
  /** Nanoseconds into the second when the frontend received the request. */
  nanos: number;
  /** Replica index of the pod serving each hop. */
  replica: { frontend: number; checkout: number; cart: number; 'payment-api': number };
  /** The cart timed out (a redis spike) and the checkout failed. */
  failed: boolean;
  u: number;
}

/** Checkouts per second over the whole shop (the frontend's POST /api/checkout share). */
const CHAIN_RPS = 7;

// Several pods ask for the same second in a row: keep the last few seconds.
const recent = new Map<number, ChainRequest[]>();

export function checkoutChains(sec: number): ChainRequest[] {
  const hit = recent.get(sec);
  if (hit) return hit;
  const chains = makeChains(sec);
  if (recent.size > 256) recent.clear();
  recent.set(sec, chains);
  return chains;
}

function makeChains(sec: number): ChainRequest[] {
  const tMs = sec * 1000;
  const rnd = seededRandom('chain/checkout', sec);
  const n = Math.floor(requestRate(CHAIN_RPS, 'chain/checkout', tMs) + rnd());
  const out: ChainRequest[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      nanos: someNanos(rnd),
      reqID: uuidFrom(rnd),
      replica: {
        frontend: Math.floor(rnd() * 3),
        checkout: Math.floor(rnd() * 2),
        cart: Math.floor(rnd() * 2),
        'payment-api': Math.floor(rnd() * 2),
      },
      failed: rnd() < errorRatio('cart', tMs),
      u: rnd(),
    });
  }
  return out;
}

/** Share of the chain load each hop serves per replica, to subtract from its own request rate. */
export const CHAIN_RPS_PER_REPLICA = { frontend: CHAIN_RPS / 3, cart: CHAIN_RPS / 2 };

/** Control-plane chains: a controller-manager request that the API server logs with the same reqID. */
export function controlPlaneChains(sec: number): { reqID: string; nanos: number; kind: number }[] {
  const rnd = seededRandom('chain/control-plane', sec);
  if (rnd() > 0.35) return [];
  return [{ reqID: uuidFrom(rnd), nanos: someNanos(rnd), kind: hashString(String(sec)) % 4 }];
}
