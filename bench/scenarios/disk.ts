/** The disk the durable-ack and cold-start scenarios write to. */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../server/src/index.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import { nowMs } from '../lib/time.ts';

/** One-row commits with Placard's pragmas (WAL, synchronous=FULL): at most 200 or 3 s. */
export function fsyncProbe(dir: string): Summary {
  const folder = mkdtempSync(join(dir, 'placard-fsync-'));
  try {
    const db = openDatabase(join(folder, 'probe.db'));
    db.exec('CREATE TABLE probe (v INTEGER)');
    const insert = db.prepare('INSERT INTO probe (v) VALUES (?)');
    const times: number[] = [];
    const until = nowMs() + 3000;
    for (let i = 0; i < 200 && nowMs() < until; i++) {
      const t = nowMs();
      insert.run(i);
      times.push(nowMs() - t);
    }
    db.close();
    return summarize(times);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
