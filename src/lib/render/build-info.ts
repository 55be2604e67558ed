/**
 * The build's own date: when git cannot say when a page changed, and the "retrieved on"
 * date shown without JavaScript. SOURCE_DATE_EPOCH (the reproducible-builds convention)
 * pins it, so two builds of the same commit can be byte-identical.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return started;
}

const started = new Date();
