/** A Playwright reporter that prints the summed gate counts (see gates.ts) once every test has run. */
import { siteConfig } from '../../../scripts/lib/config.ts';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { GATE_PREFIX } from './gates.ts';

export default class GateReporter implements Reporter {
  private readonly totals = new Map<string, number>();

  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const a of result.annotations) {
      if (!a.type.startsWith(GATE_PREFIX)) continue;
      const name = a.type.slice(GATE_PREFIX.length);
      this.totals.set(name, (this.totals.get(name) ?? 0) + Number(a.description ?? 0));
    }
  }

  onEnd(): void {
    if (!this.totals.size) return;
    const { base: path } = siteConfig();
    const base = path !== '/' ? ` (base ${path})` : '';
    console.log(`\nGate counts${base}:`);
    for (const [name, n] of [...this.totals].sort()) console.log(`  ${n.toLocaleString('en')} ${name}`);
  }
}
