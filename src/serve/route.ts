import type { IncomingMessage } from 'node:http';
import type { Reply } from './reply.js';
import type { Workspace } from './workspace.js';

/** What a route is given: the folder, and the request already checked (host, path, origin). */
export interface RouteRequest {
  workspace: Workspace;
  method: string;
  /** The path's segments after the route's own name, decoded and checked (`requestSegments`). */
  rest: string[];
  query: URLSearchParams;
  request: IncomingMessage;
}

export type Route = (request: RouteRequest) => Promise<Reply>;
