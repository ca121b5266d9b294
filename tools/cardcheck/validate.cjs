#!/usr/bin/env node
// Validate Adaptive Cards with the official parser (npm `adaptivecards`), for Teams (schema 1.5).
//
// stdin:  a JSON array of Adaptive Card objects.
// stdout: a JSON array, same order, of lists of problem strings (an empty list = no problem).
// Exit status 0 whenever the batch was checked (problems are data, not failures); 2 on bad input.
//
// Checks, per card:
//  - every event the parser logs in its SerializationContext while parsing with target version 1.5
//    (unknown element/action types, invalid enum/property values, properties newer than 1.5, actions
//    not allowed in a context, ...), then every event of the library's own validation pass
//    (`validateProperties`: duplicate ids, inputs without id, required inputs without label/error
//    message, more actions than the host config allows, ...);
//  - unknown properties. The parser silently drops a property it does not know (a typo such as
//    "wieght" would go unnoticed), so each parsed object's JSON keys are compared with the property
//    schema the library itself declares for that object, plus the few collection keys that the
//    library parses by hand (items/body, columns, rows, cells, inlines, actions, card, fallback).
//
// Allowances (deliberate, because Teams accepts these and the generic parser cannot know them):
//  - `msteams` on the root card (Teams-specific: {"width": "Full"}, mention `entities`, ...). The parser
//    ignores it without an event; the unknown-property check would flag it, so it is exempt there only.
//  - An unknown element whose type starts with "Chart." (Teams renders Chart.Line, Chart.VerticalBar,
//    Chart.Gauge, Chart.Donut, ...) is accepted when it carries a `fallback`. The parser's
//    "Unknown element type" events for Chart.* are dropped and replaced by our own recursive check on the
//    JSON, which reports every Chart.* element without a `fallback` (with its JSON path).
//  - `firstRowAsHeader` on Table: that is the name in the official 1.5 schema, but this library declares
//    `firstRowAsHeaders` instead, so the schema's spelling is accepted too (both default to true).
//  - `requires` maps host names to versions (free-form keys), so its keys are not checked.
//  - `refresh` (with an Action.Execute `action` and `userIds`) and Action.Execute itself are known to the
//    parser at 1.4+ and produce no event; nothing had to be allowed for them.
//
// Teams size/version/userIds limits are checked by tests/support/cardcheck.py.
//
// The parser runs in plain Node: parsing never touches the DOM (only rendering does), so no shim is needed.

"use strict";

const path = require("path");
const fs = require("fs");

// node_modules lives at the repository root (two levels above tools/cardcheck), whatever the cwd is.
const REPO_ROOT = path.resolve(__dirname, "..", "..");
const AC_PATH = path.join(REPO_ROOT, "node_modules", "adaptivecards", "dist", "adaptivecards.js");

let AC;
try {
  AC = require(AC_PATH);
} catch (err) {
  process.stderr.write(
    `cardcheck: cannot load the Adaptive Cards parser at ${AC_PATH} (run \`npm ci\` in ${REPO_ROOT}): ${err.message}\n`
  );
  process.exit(3);
}

const TARGET_VERSION = new AC.Version(1, 5);

// --- unknown-property check, hooked into the parser -------------------------------------------------

let currentRoot = null; // the AdaptiveCard being parsed (only it may carry `msteams`)

function describe(obj) {
  const typeName = typeof obj.getJsonTypeName === "function" ? obj.getJsonTypeName() : undefined;
  const name = typeName || obj.constructor.name;
  return obj.id ? `${name} (id "${obj.id}")` : name;
}

function handParsedKeys(obj) {
  // Keys that the library reads from the source outside the object's property schema.
  const keys = new Set();
  if (obj instanceof AC.CardObject) keys.add("fallback"); // parseCardObject reads it for elements/actions
  if (typeof obj.getItemsCollectionPropertyName === "function") keys.add(obj.getItemsCollectionPropertyName());
  if (typeof obj.getCollectionPropertyName === "function") keys.add(obj.getCollectionPropertyName());
  if (obj instanceof AC.AdaptiveCard) keys.add("actions");
  if (obj instanceof AC.ActionSet) keys.add("actions");
  if (obj instanceof AC.ColumnSet) keys.add("columns");
  if (obj instanceof AC.RichTextBlock) keys.add("inlines");
  if (obj instanceof AC.ShowCardAction) keys.add("card");
  if (obj instanceof AC.Table) keys.add("firstRowAsHeader"); // schema name; see the header
  if (obj === currentRoot) keys.add("msteams"); // Teams-specific, see the header
  return keys;
}

const originalInternalParse = AC.SerializableObject.prototype.internalParse;
AC.SerializableObject.prototype.internalParse = function (source, context) {
  originalInternalParse.call(this, source, context);
  if (!source || typeof source !== "object" || Array.isArray(source)) return;
  if (!(context instanceof AC.SerializationContext)) return;
  if (AC.HostCapabilities && this instanceof AC.HostCapabilities) return; // `requires`: free-form keys
  const known = handParsedKeys(this);
  const schema = this.getSchema();
  for (let i = 0; i < schema.getCount(); i++) known.add(schema.getItemAt(i).name);
  for (const key of Object.keys(source)) {
    if (!known.has(key)) {
      context.logParseEvent(
        this,
        AC.ValidationEvent.UnsupportedProperty,
        `Unknown property "${key}" on ${describe(this)}; the parser ignores it.`
      );
    }
  }
};

// --- Chart.* elements --------------------------------------------------------------------------------

function chartProblems(node, where, out) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => chartProblems(item, `${where}[${i}]`, out));
    return;
  }
  if (!node || typeof node !== "object") return;
  if (typeof node.type === "string" && node.type.startsWith("Chart.") && !("fallback" in node)) {
    out.push(`${node.type} at ${where} has no "fallback"; clients without chart support would show nothing.`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "data") continue; // action payloads and chart data are not card structure
    chartProblems(value, `${where}.${key}`, out);
  }
}

function isChartUnknownTypeEvent(e) {
  return (
    e.event === AC.ValidationEvent.UnknownElementType && /Unknown element type "Chart\.[^"]*"/.test(e.message)
  );
}

// --- one card ----------------------------------------------------------------------------------------

function eventText(phase, e) {
  return `${phase} ${AC.ValidationEvent[e.event]}: ${e.message}`;
}

function cardProblems(json) {
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    return [`not a JSON object: ${JSON.stringify(json)}`.slice(0, 200)];
  }
  const problems = [];
  const context = new AC.SerializationContext(TARGET_VERSION);
  const card = new AC.AdaptiveCard();
  currentRoot = card;
  try {
    card.parse(json, context);
  } catch (err) {
    return [`parser threw: ${err && err.stack ? err.stack : err}`];
  } finally {
    currentRoot = null;
  }
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    if (!isChartUnknownTypeEvent(e)) problems.push(eventText("parse", e));
  }
  chartProblems(json, "$", problems);
  try {
    const results = card.validateProperties();
    for (const e of results.validationEvents) problems.push(eventText("validate", e));
  } catch (err) {
    problems.push(`validation threw: ${err && err.stack ? err.stack : err}`);
  }
  return problems;
}

// --- main --------------------------------------------------------------------------------------------

function main() {
  let cards;
  try {
    cards = JSON.parse(fs.readFileSync(0, "utf8"));
  } catch (err) {
    process.stderr.write(`cardcheck: stdin is not JSON: ${err.message}\n`);
    process.exit(2);
  }
  if (!Array.isArray(cards)) {
    process.stderr.write("cardcheck: stdin must be a JSON array of cards\n");
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(cards.map(cardProblems)));
}

if (require.main === module) main();

module.exports = { cardProblems };
