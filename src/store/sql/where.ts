/** A WHERE-clause builder that keeps every value a bound parameter. */
export class Where {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: string, ...params: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...params);
    return this;
  }

  /** Add the clause only when the value is set. */
  when<T>(value: T | undefined | null, clause: string, ...params: unknown[]): this {
    if (value !== undefined && value !== null && value !== '') this.add(clause, ...(params.length ? params : [value]));
    return this;
  }

  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
