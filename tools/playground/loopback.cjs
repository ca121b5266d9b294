// Preload for `node --require`: every TCP server in this process binds to loopback only.
// The Agents Playground calls `server.listen(port)`, which binds to all interfaces; this
// rewrites such calls (and `listen({port})`) to host 127.0.0.1. Unix sockets and handles
// are passed through untouched. LOOPBACK_HOST overrides the address (e.g. "::1").
"use strict";

const net = require("node:net");

const HOST = process.env.LOOPBACK_HOST || "127.0.0.1";
const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
  const first = args[0];
  let options;
  if (first === undefined || first === null || isPort(first)) {
    // listen([port[, host[, backlog]]]) or listen(port, backlog)
    options = { port: first == null ? 0 : Number(first), host: HOST };
    const backlog = typeof args[1] === "number" ? args[1] : args[2];
    if (typeof backlog === "number") options.backlog = backlog;
  } else if (typeof first === "object" && first.path === undefined && first.fd === undefined && !first._handle) {
    options = { ...first, host: HOST };
  } else {
    // Unix socket path, handle or file descriptor: nothing to rewrite.
    return originalListen.apply(this, callback ? [...args, callback] : args);
  }
  return callback ? originalListen.call(this, options, callback) : originalListen.call(this, options);
};
