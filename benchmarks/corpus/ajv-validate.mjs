// The Node contender: ajv (2020-12) validates each line against the published schema of its format. Prints the number of
// documents and of valid ones (the schema checks shape only, so the broken totals pass it).
import { readFileSync, createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [corpus, schemas] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats.default(ajv);
const validators = {
  "2021": ajv.compile(JSON.parse(readFileSync(`${schemas}/report-2021.schema.json`, "utf8"))),
  "2019": ajv.compile(JSON.parse(readFileSync(`${schemas}/report-2019.schema.json`, "utf8"))),
};
let n = 0, valid = 0;
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  n++;
  const doc = JSON.parse(line);
  const check = validators[doc.format];
  if (check && check(doc)) valid++;
}
console.log(`${n} ${valid}`);
