// Reading a process's Prometheus counters from its metrics port (the bench's before/after deltas).
export async function counters(metricsUrl: string, name: string): Promise<Map<string, number>> {
  let text = '';
  try {
    text = await (await fetch(metricsUrl)).text();
  } catch {
    // A process too busy to answer its metrics port: the figure that needs it is left out.
    return new Map([['', Number.NaN]]);
  }
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name} `) && !line.startsWith(`${name}{`)) continue;
    const labels = line.startsWith(`${name}{`) ? line.slice(name.length + 1, line.indexOf('}')) : '';
    values.set(labels, (values.get(labels) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return values;
}

/** The sum of a counter's series whose labels contain `match` (all of them when omitted). */
export async function counter(metricsUrl: string, name: string, match = ''): Promise<number> {
  let sum = 0;
  for (const [labels, value] of await counters(metricsUrl, name)) if (labels.includes(match)) sum += value;
  return sum;
}
