import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../test-support/temp-database';
import { transactionStatements } from './transaction-statements';

describe('transaction statements in a migration', () => {
  it('are found where they would end or open a transaction', () => {
    expect(transactionStatements('CREATE TABLE a (x int);\nCOMMIT;\nCREATE TABLE b (y int);')).toEqual(['COMMIT']);
    expect(transactionStatements('begin immediate; INSERT INTO a VALUES (1); end;')).toEqual(['BEGIN', 'END']);
    expect(transactionStatements('SAVEPOINT s; RELEASE s; ROLLBACK')).toEqual(['SAVEPOINT', 'RELEASE', 'ROLLBACK']);
  });

  it('are not found in a trigger body, a CASE, a comment, a string or a quoted name', () => {
    const trigger = `CREATE TRIGGER t AFTER INSERT ON a BEGIN
  UPDATE b SET y = CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END;
  UPDATE b SET y = 2;
END;
-- COMMIT; is said here only
INSERT INTO a (note, "end") VALUES ('BEGIN; COMMIT;', 'it''s; END');
/* ROLLBACK; */`;
    expect(transactionStatements(trigger)).toEqual([]);
  });

  it('are in none of the migrations Stint ships', () => {
    const files = readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(15);
    for (const name of files) expect(transactionStatements(readFileSync(join(MIGRATIONS_FOLDER, name), 'utf8')), name).toEqual([]);
  });
});
