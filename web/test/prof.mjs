import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
const server = spawn("../../bin/serve", ["-addr", "127.0.0.1:8799", "-dir", "../dist"], { stdio: "inherit" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
await page.goto("http://127.0.0.1:8799/");
await page.waitForFunction(() => window.hsmFirstFrame > 0, null, { timeout: 120000 });
const { profile } = await cdp.send("Profiler.stop");
console.log(JSON.stringify(await page.evaluate(() => ({ m: window.hsmMarks, f: window.hsmFirstFrame }))));
writeFileSync("/tmp/prof.json", JSON.stringify(profile));
await browser.close(); server.kill();
// self time by function
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = nodes.get(profile.samples[i]);
  const k = n.callFrame.functionName || "(anon)";
  self.set(k, (self.get(k) || 0) + (dt[i] || 0));
}
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(7), k);
