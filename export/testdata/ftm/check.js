// Checks a FollowTheMoney entities file (one JSON entity a line) against
// the model of @alephdata/followthemoney: every line is an entity of a
// known, concrete schema with only that schema's properties (its own and
// inherited), its required properties, string values of the property's
// type (dates, countries), and every reference resolves to an entity of
// the file whose schema fits the property's range.
// Usage: node check.js FILE; prints a JSON summary.
const fs = require("fs");
const { Model, defaultModel } = require("@alephdata/followthemoney");

const model = new Model(defaultModel);
const raw = defaultModel.schemata;
const errors = [];
const fail = (line, msg) => { if (errors.length < 50) errors.push(`line ${line}: ${msg}`); };

// required gathers the required properties of a schema and its parents.
function required(name) {
  const s = raw[name];
  let out = [...(s.required || [])];
  for (const p of s.extends || []) out = out.concat(required(p));
  return out;
}

const dateRe = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const countries = defaultModel.types.country.values;
const schemas = {};
const refs = [];
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l !== "");
lines.forEach((text, i) => {
  const line = i + 1;
  let e;
  try { e = JSON.parse(text); } catch (err) { return fail(line, "bad JSON: " + err.message); }
  const keys = Object.keys(e).sort().join(",");
  if (keys !== "id,properties,schema") return fail(line, "keys " + keys);
  if (typeof e.id !== "string" || !/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/.test(e.id)) fail(line, "bad id " + e.id);
  if (schemas[e.id]) fail(line, "id written twice: " + e.id);
  let schema;
  try { schema = model.getSchema(e.schema); } catch (err) { return fail(line, "unknown schema " + e.schema); }
  if (schema.abstract) return fail(line, "abstract schema " + e.schema);
  schemas[e.id] = e.schema;
  for (const r of required(e.schema)) {
    if (!e.properties[r] || e.properties[r].length === 0) fail(line, `${e.schema} without required ${r}`);
  }
  for (const [name, values] of Object.entries(e.properties)) {
    if (!schema.hasProperty(name)) { fail(line, `${e.schema} has no property ${name}`); continue; }
    const prop = schema.getProperty(name);
    if (!Array.isArray(values) || values.length === 0) { fail(line, `${name} is not a list of values`); continue; }
    for (const v of values) {
      if (typeof v !== "string" || v === "") { fail(line, `${name} value ${JSON.stringify(v)}`); continue; }
      switch (prop.type.name) {
        case "date": if (!dateRe.test(v)) fail(line, `${name} is not a date: ${v}`); break;
        case "country": if (!(v in countries)) fail(line, `${name} is not a country code: ${v}`); break;
        case "entity": refs.push({ line, name, id: v, range: prop.getRange() }); break;
      }
    }
  }
});
for (const r of refs) {
  const target = schemas[r.id];
  if (!target) { fail(r.line, `${r.name} points at ${r.id}, which is not in the file`); continue; }
  if (!model.getSchema(target).isA(r.range)) fail(r.line, `${r.name} points at a ${target}, want a ${r.range.name}`);
}
const counts = {};
for (const s of Object.values(schemas)) counts[s] = (counts[s] || 0) + 1;
process.stdout.write(JSON.stringify({ lines: lines.length, references: refs.length, schemata: counts, errors }));
