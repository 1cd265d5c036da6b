// The copying google.script.run does between the sidebar (client) and the script (server).
// Google documents: "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as
// well as JavaScript objects and arrays that are composed of primitives, objects, and arrays ... Requests
// fail if you attempt to pass a Date, Function, DOM element besides a form, or other prohibited type,
// including prohibited types inside objects or arrays. Objects that create circular references will also
// fail, and undefined fields within arrays become null." Observed details reproduced here:
// - the client throws "Failed due to illegal value in property: <key>" naming the offending key/index;
// - circular structures throw "Failed due to circular reference.";
// - keys ending in "__" are dropped; NaN/Infinity become null; undefined object fields are dropped;
// - a return value holding a Date anywhere reaches the success handler as null, with no error;
// - Map and Set come back as {}, undefined as null.
import { types } from 'node:util';

export class ClientTransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Error';
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

function copyArgument(value: unknown, key: string, seen: Set<object>): unknown {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') throw new ClientTransferError(`Failed due to illegal value in property: ${key}`);
  if (seen.has(value)) throw new ClientTransferError('Failed due to circular reference.');
  if (Array.isArray(value)) {
    seen.add(value);
    const out = value.map((item, i) => {
      const copied = copyArgument(item, String(i), seen);
      return copied === undefined ? null : copied;
    });
    seen.delete(value);
    return out;
  }
  if (types.isDate(value) || !isPlainObject(value))
    throw new ClientTransferError(`Failed due to illegal value in property: ${key}`);
  seen.add(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.endsWith('__')) continue;
    const copied = copyArgument(v, k, seen);
    if (copied !== undefined) out[k] = copied;
  }
  seen.delete(value);
  return out;
}

/** Copies the client's arguments as google.script.run would, or throws the client-side error. */
export function transferArguments(args: unknown[]): unknown[] {
  return args.map((arg, i) => {
    const copied = copyArgument(arg, String(i), new Set());
    return copied === undefined ? null : copied;
  });
}

function containsDate(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (types.isDate(value)) return true;
  if (seen.has(value)) return false;
  seen.add(value);
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.some((v) => containsDate(v, seen));
}

function copyResult(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') return null;
  if (types.isMap(value) || types.isSet(value)) return {};
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'function' ? null : copyResult(v)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    out[k] = copyResult(v);
  }
  return out;
}

/** What the client's success handler receives for a server return value. */
export function transferResult(value: unknown): unknown {
  if (containsDate(value, new Set())) return null;
  return copyResult(value);
}
