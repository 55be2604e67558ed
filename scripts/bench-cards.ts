/**
 * `npm run bench:cards [-- --actors 2000 --events 8000]`
 *
 * What share cards cost at the size of the bench's corpus (10,000 pages by default), apart
 * from the rest of the build: the cards of every actor and event page of the synthetic corpus
 * (seed 1), with their titles, kinds and dates as the pages write them, drawn
 *   1. cold: into an empty cache, on the build's card threads (src/lib/figures/cards/off-thread.ts),
 *      one per core beside the main one, as a build draws them;
 *   2. warm: every card found in the cache and copied to an output folder, as a rebuild does;
 * and the CPU time of one card on one thread. Prints wall and CPU seconds and the cards' bytes.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { CardThreads } from '../src/lib/figures/cards/off-thread.ts';
import { cardRecipe } from '../src/lib/figures/cards/recipe.ts';
import { cardHash } from '../src/lib/figures/cards/registry.ts';
import { renderCard } from '../src/lib/figures/cards/render.ts';
import type { CardSpec } from '../src/lib/figures/cards/template.ts';
import { DEFAULT_MODEL } from '../src/lib/content/site-config.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { actors: { type: 'string', default: '2000' }, events: { type: 'string', default: '8000' } } });
const files = generateCorpus({ actors: Number(values.actors), events: Number(values.events), seed: 1 });
const siteTitle = 'Synthetic corpus';
const { i18n, vocabularies } = DEFAULT_MODEL;
const label = (vocabulary: { term(code: string): { label: string } }, code: string) => {
  try {
    return vocabulary.term(code).label;
  } catch {
    return code;
  }
};

const specs: CardSpec[] = [];
for (const [path, text] of files) {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  if (!front || !/^(actors|events)\//.test(path)) continue;
  const data = parse(front) as { title?: string; name?: string; kind: string; date?: string };
  specs.push(path.startsWith('events/')
    ? { title: data.title!, kind: label(vocabularies.eventKinds, data.kind), date: i18n.date(data.date!), site: siteTitle, direction: 'ltr' }
    : { title: data.name!, kind: label(vocabularies.actorKinds, data.kind), site: siteTitle, direction: 'ltr' });
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// One card on this thread: the per-card CPU cost, without threads.
const sample = specs.slice(0, 50);
renderCard(sample[0]!);
let t = performance.now();
for (const spec of sample) renderCard(spec);
const perCard = (performance.now() - t) / sample.length;

const root = mkdtempSync(join(tmpdir(), 'bench-cards-'));
const cache = join(root, 'cache');
const out = join(root, 'out');
mkdirSync(cache);
mkdirSync(out);
try {
  const recipe = cardRecipe();
  const hashes = specs.map((spec) => cardHash(recipe, spec));

  const threads = new CardThreads();
  let c = cpu();
  t = performance.now();
  specs.forEach((spec, i) => threads.draw(hashes[i]!, spec, join(cache, `${hashes[i]}.png`)));
  await threads.finish();
  for (const hash of hashes) copyFileSync(join(cache, `${hash}.png`), join(out, `${hash}.png`));
  const cold = { wall: performance.now() - t, cpu: cpu() - c };

  rmSync(out, { recursive: true });
  mkdirSync(out);
  c = cpu();
  t = performance.now();
  let missing = 0;
  for (const hash of hashes) {
    const file = join(cache, `${hash}.png`);
    if (!existsSync(file)) missing++;
    else copyFileSync(file, join(out, `${hash}.png`));
  }
  const warm = { wall: performance.now() - t, cpu: cpu() - c };

  const bytes = readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  console.log(`${specs.length} cards (${values.actors} actors, ${values.events} events), ${availableParallelism()} cores, ${Math.max(1, availableParallelism() - 1)} card thread(s), node ${process.version}`);
  console.log(`one card on one thread: ${perCard.toFixed(1)} ms`);
  console.log(`cold (empty cache): ${seconds(cold.wall)} s wall, ${seconds(cold.cpu)} s CPU (all threads)`);
  console.log(`warm (all cached):  ${seconds(warm.wall)} s wall, ${seconds(warm.cpu)} s CPU, ${missing} missing`);
  console.log(`cards: ${(bytes / 2 ** 20).toFixed(1)} MB, ${(bytes / specs.length / 1024).toFixed(1)} KB each on average`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
