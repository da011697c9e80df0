/** Writing one Analysis into the SQLite tables, in one transaction. */
import type { Statement } from 'better-sqlite3';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import { analysisRows, insertSql, TABLES, type Table } from '../rows.js';
import type { SaveOutcome } from '../types.js';
import { detachArticle } from './fusion.js';
import type { SqliteDb } from './open.js';

export class SqliteWriter {
  readonly save: (a: Analysis, input: ArticleInput | null, replace: boolean) => SaveOutcome;

  constructor(db: SqliteDb) {
    const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
    const remove = db.prepare('DELETE FROM articles WHERE id = ?');
    const inserts = Object.fromEntries(TABLES.map((t) => [t, db.prepare(insertSql(t))])) as Record<Table, Statement<unknown[]>>;
    this.save = db.transaction((a: Analysis, input: ArticleInput | null, replace: boolean): SaveOutcome => {
      const found = exists.get(a.article.id) !== undefined;
      if (found && !replace) return 'duplicate';
      if (found) {
        detachArticle(db, a.article.id);
        remove.run(a.article.id); // layers go with it (ON DELETE CASCADE)
      }
      const rows = analysisRows(a, input);
      for (const table of TABLES) for (const row of rows[table]) inserts[table].run(...row);
      return found ? 'replaced' : 'stored';
    });
  }
}
