import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { request as httpsRequest } from 'node:https';

// Hop-by-hop headers (RFC 9110 §7.6.1) are never forwarded by a proxy.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const listed = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || listed.has(name)) continue;
    result[name] = value;
  }
  return result;
}

export type ForwardOptions = {
  timeoutMs: number;
  /** Headers to set on the upstream request (e.g. an internal token), replacing the client's. */
  setHeaders?: OutgoingHttpHeaders;
  /** Client headers never to pass upstream (e.g. `cookie`, once the caller is authenticated). */
  dropHeaders?: readonly string[];
  /** Answers the client when the upstream cannot be reached (before anything was sent). */
  onUnavailable: (res: ServerResponse) => void;
};

/**
 * Streams a request to `target` (path and query already set) and the answer back, with
 * X-Forwarded-* set and hop-by-hop headers dropped. Nothing is buffered.
 */
export function forwardRequest(
  target: URL,
  req: IncomingMessage,
  res: ServerResponse,
  options: ForwardOptions,
): void {
  const headers = withoutHopByHop(req.headers);
  for (const name of options.dropHeaders ?? []) delete headers[name.toLowerCase()];
  Object.assign(headers, options.setHeaders);
  headers.host = target.host;
  const clientAddress = req.socket.remoteAddress;
  if (clientAddress) {
    const prior = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = prior ? `${String(prior)}, ${clientAddress}` : clientAddress;
  }
  if (req.headers.host && !req.headers['x-forwarded-host']) headers['x-forwarded-host'] = req.headers.host;
  if (!req.headers['x-forwarded-proto']) {
    headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  }

  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method ?? 'GET', headers }, (upstreamRes) => {
    res.writeHead(upstreamRes.statusCode ?? 502, withoutHopByHop(upstreamRes.headers));
    upstreamRes.pipe(res);
    upstreamRes.on('error', () => res.destroy());
  });
  upstream.setTimeout(options.timeoutMs, () => upstream.destroy(new Error('upstream timed out')));
  upstream.on('error', () => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    options.onUnavailable(res);
  });
  // The client went away: stop talking upstream too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}
