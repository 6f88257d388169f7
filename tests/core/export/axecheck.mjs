// Runs axe-core on exported pages in headless Chromium and exits non-zero listing every
// violation. It also fails when a page asks for anything but local files: exported pages may
// load no remote resources.
// Usage: NODE_PATH=<npm node_modules> node axecheck.mjs PAGE.html...
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.NODE_PATH;
if (!modules || !fs.existsSync(path.join(modules, 'playwright-core'))) {
    console.error(`axecheck: playwright-core not found in NODE_PATH (${modules})`);
    process.exit(2);
}
const require = createRequire(path.join(modules, 'axecheck.cjs'));
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const pages = process.argv.slice(2);
if (pages.length === 0) {
    console.error('axecheck: no pages given');
    process.exit(2);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'axecheck-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
});
const problems = [];
try {
    const remote = [];
    await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) {
            route.continue();
        } else {
            remote.push(url);
            route.abort();
        }
    });
    const page = context.pages()[0] ?? await context.newPage();
    for (const file of pages) {
        remote.length = 0;
        await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
        const name = path.basename(file);
        for (const violation of result.violations) {
            for (const node of violation.nodes) {
                problems.push(`${name}: ${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`);
            }
        }
        for (const url of remote) {
            problems.push(`${name}: remote resource requested: ${url}`);
        }
        console.log(`axecheck: ${name}: ${result.violations.length} violations, ${result.passes?.length ?? 0} rules passed`);
    }
} finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
}
if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
}
