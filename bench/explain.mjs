// EXPLAIN (ANALYZE, BUFFERS) of the hot read queries against the bench database. The SQL is not copied here: it is
// captured from the real repositories of the server build (dist/server) by handing them a recording `query()`, so the
// plans always belong to the code that was measured. Returns one summary per query; full plans go to `planFile`.
//   BENCH_DATABASE_URL=postgres://… node bench/explain.mjs [plans.txt]   (also called by run.mjs)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SEARCH_QUERIES } from './scenarios.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The SQL and parameters one repository call sends. */
async function capture(call) {
  const sent = [];
  const record = async (sql, params) => { sent.push({ sql, params }); return []; };
  // Hot reads run as named prepared statements on the pg pool (`driver.master.query({ name, text, values })`).
  const pool = { query: async ({ text, values }) => { sent.push({ sql: text, params: values }); return { rows: [] }; } };
  await call({ query: record, driver: { master: pool } }).catch(() => {});
  return sent;
}

function summarise(plan) {
  const lines = plan.map((row) => row['QUERY PLAN']);
  const indexes = [...new Set(lines.flatMap((line) => [...line.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1])))];
  const seqScans = [...new Set(lines.flatMap((line) => [...line.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1])))];
  const time = Number(/Execution Time: ([\d.]+) ms/.exec(lines.join('\n'))?.[1] ?? NaN);
  const planning = Number(/Planning Time: ([\d.]+) ms/.exec(lines.join('\n'))?.[1] ?? NaN);
  return { lines, indexes, seqScans, time, planning };
}

export async function explainHotQueries(databaseUrl, { trackingCode, planFile } = {}) {
  const { CatalogueRepository } = require(path.join(root, 'dist/server/libs/server/catalogue/src/lib/catalogue.repository.js'));
  const { DossiersRepository } = require(path.join(root, 'dist/server/libs/server/dossiers/src/lib/dossiers.repository.js'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const code = trackingCode ?? (await client.query(`SELECT code FROM dossier ORDER BY submitted_at DESC LIMIT 1`)).rows[0]?.code;
    const queries = [];
    for (const q of SEARCH_QUERIES) {
      const [call] = await capture((db) => new CatalogueRepository(db).searchPublished(q, {}, 20, 0));
      queries.push({ name: `catalogue search "${q}"`, group: 'catalogue search', ...call });
    }
    // findPublishedVersion goes through TypeORM's findOneBy (not capturable this way): the same filter by hand,
    // for the last procedure of the table (the worst case of a scan).
    const lastCode = (await client.query(`SELECT procedure_code FROM procedure_version ORDER BY ctid DESC LIMIT 1`)).rows[0]?.procedure_code;
    queries.push({
      name: 'procedure detail: version by code (findOneBy, same filter)',
      sql: `SELECT * FROM procedure_version WHERE procedure_code = $1 AND status = 'published' LIMIT 1`,
      params: [lastCode],
    });
    const [tracking] = await capture((db) => new DossiersRepository(db).findForTracking(code));
    queries.push({ name: 'tracking: dossier and its history by code', ...tracking });

    const results = [];
    const text = [];
    for (const query of queries) {
      await client.query(query.sql, query.params); // warm, as under load
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
      const summary = summarise(rows);
      results.push({
        query: query.name, group: query.group, execution_ms: summary.time, planning_ms: summary.planning,
        indexes: summary.indexes, seq_scans: summary.seqScans,
      });
      text.push(`── ${query.name}  params ${JSON.stringify(query.params)}\n${summary.lines.join('\n')}\n`);
    }
    if (planFile) writeFileSync(planFile, text.join('\n'));
    return results;
  } finally {
    await client.end();
  }
}

const uses = (result) => [
  result.indexes.length ? `index ${result.indexes.join(', ')}` : null,
  result.seq_scans.length ? `seq scan ${result.seq_scans.join(', ')}` : null,
].filter(Boolean).join('; ');

/** One line per query; the search queries as one line (median and slowest). */
export function printPlans(results) {
  const groups = new Map();
  for (const result of results) {
    if (!result.group) {
      console.log(`  ${result.query.padEnd(60)} exec ${result.execution_ms.toFixed(2).padStart(6)} ms + plan ${result.planning_ms.toFixed(2)} ms  ${uses(result)}`);
      continue;
    }
    groups.set(result.group, [...(groups.get(result.group) ?? []), result]);
  }
  for (const [group, members] of groups) {
    const sorted = [...members].sort((a, b) => a.execution_ms - b.execution_ms);
    const median = sorted[Math.floor(sorted.length / 2)];
    const slowest = sorted[sorted.length - 1];
    const planning = members.reduce((sum, m) => sum + m.planning_ms, 0) / members.length;
    const seq = members.filter((m) => m.seq_scans.some((table) => table !== 'sector'));
    const withIndex = members.filter((m) => m.indexes.length > 0).length;
    console.log(`  ${`${group} (${members.length} queries)`.padEnd(60)} exec median ${median.execution_ms.toFixed(2)} ms, ` +
      `slowest ${slowest.execution_ms.toFixed(2)} ms (${slowest.query.replace(`${group} `, '')}), plan ~${planning.toFixed(2)} ms; ` +
      `index used by ${withIndex}/${members.length}${seq.length ? `, seq scan in ${seq.length}` : ''}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('BENCH_DATABASE_URL (or DATABASE_URL) is required');
    process.exit(1);
  }
  const results = await explainHotQueries(url, { planFile: process.argv[2] });
  printPlans(results);
  if (process.argv[2]) console.log(`full plans: ${process.argv[2]}`);
}
