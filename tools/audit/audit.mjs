// GraphQL-over-HTTP conformance audit of a running hub: `node tools/audit/audit.mjs http://127.0.0.1:PORT/graphql`.
// Runs graphql-http's auditServer (the spec's reference audit) and fails on any error or warning.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tools/audit/audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  if (result.status !== 'ok') {
    const detail = result.status === 'notice' ? '' : ` (${result.reason})`;
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}${detail}`);
  }
}
console.log(
  `graphql-http audit of ${url}: ${results.length} audits, ` +
    `${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`,
);
process.exit(counts.error + counts.warn === 0 ? 0 : 1);
