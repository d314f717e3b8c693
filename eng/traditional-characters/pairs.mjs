// Step 2: each run and each of its characters converted to traditional script by OpenCC (cn→tw, cn→hk, cn→t; phrases
// matter: 行政复议 → 行政複議, while 复 alone → 復); a pair (traditional, simplified) is kept when OpenCC converts the
// traditional character back to the simplified one (t→cn). Written to pairs.json in code-point order.
import * as OpenCC from 'opencc-js';
import fs from 'fs';
const here = 'eng/traditional-characters/';
const runs = JSON.parse(fs.readFileSync(here + 'runs.json', 'utf8'));
const converters = [['cn', 'tw'], ['cn', 'hk'], ['cn', 't']].map(([from, to]) => OpenCC.Converter({ from, to }));
const back = OpenCC.Converter({ from: 't', to: 'cn' });
const pairs = new Map();
for (const run of runs) {
  for (const convert of converters) {
    for (const piece of [run, ...run]) {
      const simplified = [...piece];
      const traditional = [...convert(piece)];
      if (traditional.length !== simplified.length) continue;
      for (let i = 0; i < simplified.length; i++) {
        if (traditional[i] !== simplified[i] && back(traditional[i]) === simplified[i] && !pairs.has(traditional[i])) {
          pairs.set(traditional[i], simplified[i]);
        }
      }
    }
  }
}
const sorted = [...pairs.entries()].sort((a, b) => a[0].codePointAt(0) - b[0].codePointAt(0));
fs.writeFileSync(here + 'pairs.json', JSON.stringify(sorted));
