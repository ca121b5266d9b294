#!/usr/bin/env node
// Validate Teams app manifests and their localization files against the official JSON schemas shipped in
// the npm package `@microsoft/app-manifest` (build/json-schemas/teams/v1.NN/*.schema.json), offline.
//
// stdin:  a JSON array of documents (manifest.json, en-us.json, ...). Each document names its schema in
//         `$schema`, e.g. "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json"
//         or ".../MicrosoftTeams.Localization.schema.json".
// stdout: a JSON array, same order, of lists of problem strings (an empty list = valid).
// Exit status 0 whenever the batch was checked (problems are data, not failures); 2 on bad input,
// 3 when the schemas or the validator library cannot be loaded.
//
// The validation copies `AppManifestUtils.validateAgainstSchema` of @microsoft/app-manifest 1.1.2 (what the
// Microsoft 365 Agents Toolkit runs): Ajv for draft-04 schemas (Ajv 2020 for 2020-12 ones) with
// `allErrors: true, strictTypes: false`, ajv-formats "uri", "email", "regex", the same clean-up of `\a` and
// `\v` escapes in the schema text, and the same error text. We do not call that function itself: the
// package's entry point requires `fs-extra`, which it does not declare, and it would fetch any schema it
// cannot find locally from the network. Here a `$schema` that does not resolve to a shipped file is a
// problem, never a download.
//
// One deviation: Ajv 8 compiles `pattern`s with the `u` flag, and MicrosoftTeams.Localization.schema.json
// (every version from v1.8 to v1.30, and vDevPreview) has patterns such as `^activities.activityTypes\[\b(...)\b]\.description$` whose lone
// `]` is a syntax error under `u` (so the official function cannot compile that schema at all). When a schema
// fails to compile for that reason only, it is compiled again with `unicodeRegExp: false`, i.e. the patterns
// are read as plain ECMAScript regular expressions, which is what draft-04 specifies.

"use strict";

const fs = require("fs");
const path = require("path");

// node_modules lives at the repository root (two levels above tools/manifestcheck), whatever the cwd is.
const REPO_ROOT = path.resolve(__dirname, "..", "..");
const NODE_MODULES = path.join(REPO_ROOT, "node_modules");
const SCHEMA_ROOT = path.join(NODE_MODULES, "@microsoft", "app-manifest", "build", "json-schemas");
const SCHEMA_HOST_PREFIX = "https://developer.microsoft.com/";

function load(name) {
  try {
    return require(require.resolve(name, { paths: [NODE_MODULES] }));
  } catch (err) {
    process.stderr.write(`manifestcheck: cannot load ${name} from ${NODE_MODULES} (run \`npm ci\`): ${err.message}\n`);
    process.exit(3);
  }
}

if (!fs.existsSync(SCHEMA_ROOT)) {
  process.stderr.write(`manifestcheck: ${SCHEMA_ROOT} is missing; run \`npm ci\` in ${REPO_ROOT}\n`);
  process.exit(3);
}

const AjvDraft04 = load("ajv-draft-04");
const Ajv2020 = load("ajv/dist/2020");
const addFormats = load("ajv-formats");

// The same mapping as AppManifestUtils.getLocalSchemaSuffix: drop a locale segment ("/en-us/json-schemas/..."),
// then everything after the host is the path below the package's build folder.
function schemaFile(schemaUrl) {
  if (typeof schemaUrl !== "string") return { error: "has no $schema string naming its schema" };
  let url;
  try {
    url = new URL(schemaUrl);
  } catch {
    return { error: `$schema ${JSON.stringify(schemaUrl)} is not a URL` };
  }
  let normalised = schemaUrl;
  if (url.hostname === "developer.microsoft.com") {
    const localised = url.pathname.match(/^\/[a-z]{2}(?:-[a-z]{2})?(\/json-schemas\/.*)$/i);
    normalised = `${url.origin}${localised ? localised[1] : url.pathname}`;
  }
  if (!normalised.startsWith(SCHEMA_HOST_PREFIX + "json-schemas/teams/")) {
    return { error: `$schema ${schemaUrl} is not a Teams schema of developer.microsoft.com` };
  }
  const suffix = normalised.substring(SCHEMA_HOST_PREFIX.length + "json-schemas/".length);
  const file = path.resolve(SCHEMA_ROOT, suffix);
  if (!file.startsWith(SCHEMA_ROOT + path.sep) || !fs.existsSync(file)) {
    return { error: `$schema ${schemaUrl} is not shipped in @microsoft/app-manifest (looked for ${file})` };
  }
  return { file };
}

const compiled = new Map();

function validatorFor(file) {
  if (!compiled.has(file)) {
    const raw = fs.readFileSync(file, "utf8");
    const schema = JSON.parse(raw.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
    const Ajv = schema.$schema && schema.$schema.includes("2020-12") ? Ajv2020 : AjvDraft04;
    const compile = (extra) => {
      const ajv = new Ajv({ allErrors: true, strictTypes: false, ...extra });
      addFormats(ajv, ["uri", "email", "regex"]);
      return ajv.compile(schema);
    };
    let validate;
    try {
      validate = compile({});
    } catch (err) {
      // See the header: the v1.30 localization schema has a pattern that is only valid without the `u` flag.
      if (!(err instanceof SyntaxError) || !/Invalid regular expression/.test(err.message)) throw err;
      validate = compile({ unicodeRegExp: false });
    }
    compiled.set(file, validate);
  }
  return compiled.get(file);
}

function documentProblems(doc) {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    return [`not a JSON object: ${JSON.stringify(doc)}`.slice(0, 200)];
  }
  const found = schemaFile(doc.$schema);
  if (found.error) return [found.error];
  const validate = validatorFor(found.file);
  if (validate(doc)) return [];
  return (validate.errors || []).map(
    (error) => `${error.instancePath} ${error.message || ""}. Details: ${error.params ? JSON.stringify(error.params) : ""}`
  );
}

function main() {
  let docs;
  try {
    docs = JSON.parse(fs.readFileSync(0, "utf8"));
  } catch (err) {
    process.stderr.write(`manifestcheck: stdin is not JSON: ${err.message}\n`);
    process.exit(2);
  }
  if (!Array.isArray(docs)) {
    process.stderr.write("manifestcheck: stdin must be a JSON array of documents\n");
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(docs.map(documentProblems)));
}

if (require.main === module) main();

module.exports = { documentProblems };
