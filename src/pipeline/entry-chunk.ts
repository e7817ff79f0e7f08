import type { Plugin } from 'vite';

/** Every module reachable from `entries` through static imports, the entries included. */
export function staticClosure(entries: Iterable<string>, importsOf: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...importsOf(id));
  }
  return seen;
}

/**
 * A chunk group (for `output.codeSplitting.groups`) that keeps in the entry's file everything the
 * entry imports statically, and `alsoWith`: code that every page uses even where the entry's own
 * modules do not. Left to itself, Rolldown gives each module that lazy chunks import as well (React,
 * the router, the message runtime…) a file of its own, which costs every page a few KB of first load.
 */
export function entryChunk(alsoWith: RegExp): {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean };
} {
  let modules = new Set<string>();
  const plugin: Plugin = {
    name: 'yuelan-entry-chunk',
    apply: 'build',
    // The module graph is complete here; chunks, which ask the group's test, are made after.
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      modules = staticClosure(entries, (id) => this.getModuleInfo(id)?.importedIds ?? []);
    },
  };
  return { plugin, group: { name: 'index', test: (id) => modules.has(id) || alsoWith.test(id) } };
}
