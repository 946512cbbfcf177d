import type { CommitteeRepository } from '../storage/committees.ts';

/** An id asked for that another committee already has. */
export class CommitteeIdTakenError extends Error {
  readonly committeeId: string;
  constructor(committeeId: string) {
    super(`a committee with id ${JSON.stringify(committeeId)} already exists`);
    this.name = 'CommitteeIdTakenError';
    this.committeeId = committeeId;
  }
}

const MAX_LENGTH = 48;

/** A URL-safe slug of a name: "Security Council (1990)" → "security-council-1990". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH - 4)
    .replace(/-+$/, '');
  return slug === '' ? 'committee' : slug;
}

/**
 * The id a new committee gets: the one asked for (which must be free), else `preferred`,
 * then `preferred-2`, `preferred-3`, … until one is free.
 */
export function chooseCommitteeId(
  committees: CommitteeRepository,
  requested: string | undefined,
  preferred: string,
): string {
  if (requested !== undefined) {
    if (committees.exists(requested)) throw new CommitteeIdTakenError(requested);
    return requested;
  }
  if (!committees.exists(preferred)) return preferred;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${preferred}-${suffix}`;
    if (!committees.exists(candidate)) return candidate;
  }
}
