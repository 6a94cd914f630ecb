/** Why an action did not complete, as the pane shows it (the host's own words when it gave any). */
export interface Failure {
  readonly kind: 'error';
  readonly detail: string | null;
}

/** A thrown value as a Failure: the host's message when there is one, else the catalogue's "unknown". */
export function failureOf(e: unknown): Failure {
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : null;
  return { kind: 'error', detail: detail === '' ? null : detail };
}
