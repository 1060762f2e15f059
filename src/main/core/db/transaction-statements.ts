/**
 * The statements of a migration's SQL that would end or open a transaction of their own (BEGIN, COMMIT, END,
 * ROLLBACK, SAVEPOINT, RELEASE). Migrations run all together in one transaction; one of these inside a file
 * would commit half of them while the error says "rolled back". A trigger's own BEGIN … END, and a CASE's END,
 * are not statements and are not reported.
 */
const TRANSACTION_WORDS = new Set(['BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE']);

/** The SQL's words and top-level semicolons, with comments, strings and quoted names left out. */
function tokens(sql: string): string[] {
  const found: string[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql[at] as string;
    if (char === '-' && sql[at + 1] === '-') {
      const end = sql.indexOf('\n', at);
      at = end === -1 ? sql.length : end + 1;
    } else if (char === '/' && sql[at + 1] === '*') {
      const end = sql.indexOf('*/', at + 2);
      at = end === -1 ? sql.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`' || char === '[') {
      const close = char === '[' ? ']' : char;
      let end = sql.indexOf(close, at + 1);
      // A doubled quote is an escaped one inside the string.
      while (end !== -1 && close !== ']' && sql[end + 1] === close) end = sql.indexOf(close, end + 2);
      at = end === -1 ? sql.length : end + 1;
    } else if (char === ';') {
      found.push(';');
      at += 1;
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(at))?.[0] ?? char;
      found.push(word.toUpperCase());
      at += word.length;
    } else {
      at += 1;
    }
  }
  return found;
}

export function transactionStatements(sql: string): string[] {
  const found: string[] = [];
  let first: string | null = null;
  let trigger = false;
  let inBody = false;
  let caseDepth = 0;
  for (const token of tokens(sql)) {
    if (token === ';') {
      if (!inBody) {
        first = null;
        trigger = false;
      }
      continue;
    }
    if (first === null) {
      first = token;
      if (TRANSACTION_WORDS.has(token)) found.push(token);
      continue;
    }
    if (first === 'CREATE' && token === 'TRIGGER') trigger = true;
    else if (trigger && !inBody && token === 'BEGIN') inBody = true;
    else if (inBody && token === 'CASE') caseDepth += 1;
    else if (inBody && token === 'END') {
      if (caseDepth > 0) caseDepth -= 1;
      else inBody = false;
    }
  }
  return found;
}
