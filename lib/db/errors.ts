/** Typed errors of the repositories; app/ maps them to HTTP statuses (404, 409, 400). */

export class NotFoundError extends Error {
  constructor(
    readonly entity: 'dashboard' | 'dashboardVersion' | 'queryHistory',
    readonly key: string,
  ) {
    super(`${entity} ${key} not found`);
    this.name = 'NotFoundError';
  }
}

/** A save based on a stale version: nothing was written; reload `currentVersion` and merge. */
export class ConflictError extends Error {
  constructor(
    readonly uid: string,
    readonly currentVersion: number,
    readonly expectedVersion: number,
  ) {
    super(`dashboard ${uid} is at version ${currentVersion}, the save was based on version ${expectedVersion}`);
    this.name = 'ConflictError';
  }
}

export class AlreadyExistsError extends Error {
  constructor(
    readonly entity: 'dashboard',
    readonly key: string,
  ) {
    super(`${entity} ${key} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidInputError';
  }
}

/** Prisma's unique-constraint violation, recognised by code: each generated client has its own error classes. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
}
