/**
 * Builds a benchmark database on its own, to time the generator or to look at the pages by hand:
 *
 *   npx tsx tests/bench/make-db.ts [path] [--gezinnen N] [--no-plan]
 *
 * A fresh demo database at `path` (default data/bench.db), plus the realistic plan on De Boer
 * (unless --no-plan) and N generated gezinnen (default 0), with the plan's saves interleaved with
 * theirs as in the `groeiplan-schaal` benchmark. Log in with the demo password as in the demo;
 * the generated accounts (bench-prof-0 …, bench-g0-0 …) share the demo password too.
 * Serve it with `DATABASE_PATH=<path> ORIGIN=http://localhost:3000 node server/index.js`.
 */
import { freshDemoDatabase } from '../../src/cli/seed-demo';
import { verifyAuditChain } from '../../src/lib/server/audit';
import { addManyGezinnen, addRealisticPlan, planSummary, realisticPlanSteps } from './lib/generate';
import { prepareDatabase } from './lib/server';

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const flag = (name: string) => {
		const i = args.indexOf(name);
		if (i < 0) return undefined;
		const value = args[i + 1];
		args.splice(i, 2);
		return value;
	};
	const gezinnen = Number(flag('--gezinnen') ?? 0);
	const noPlan = args.includes('--no-plan');
	const path = args.filter((a) => !a.startsWith('--'))[0] ?? 'data/bench.db';
	if (!Number.isInteger(gezinnen) || gezinnen < 0) throw new Error('--gezinnen must be a whole number ≥ 0.');

	let started = performance.now();
	const ids = await freshDemoDatabase(path);
	console.log(`demo database ${path} in ${Math.round(performance.now() - started)} ms`);
	await prepareDatabase(path, ids, (handle) => {
		if (gezinnen > 0) {
			const between = noPlan ? [] : realisticPlanSteps(ids.deBoer, ids.accounts);
			const summary = addManyGezinnen(gezinnen, { between });
			console.log(`${gezinnen} gezinnen generated in ${summary.milliseconds} ms:`, summary);
		} else if (!noPlan) {
			started = performance.now();
			addRealisticPlan(ids.deBoer, ids.accounts);
			console.log(`realistic plan in ${Math.round(performance.now() - started)} ms`);
		}
		if (!noPlan) console.log('De Boer plan:', planSummary(ids.deBoer));
		started = performance.now();
		const chain = verifyAuditChain(handle.sqlite);
		console.log(
			`audit chain ${chain.ok ? 'intact' : `BROKEN at ${chain.brokenAt}: ${chain.reason}`} (${chain.checked} rows, ${Math.round(performance.now() - started)} ms)`
		);
		if (!chain.ok) process.exitCode = 1;
	});
	console.log(JSON.stringify(ids));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
