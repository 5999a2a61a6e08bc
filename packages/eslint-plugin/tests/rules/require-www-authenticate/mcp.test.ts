import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

// MCP servers (MCP authorization spec 2025-06-18): a 401's challenge names the protected-resource
// metadata in resource_metadata (RFC 9728, section 5.1).
const SDK_HTTP = "import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';\n";
const SDK_MCP = "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\n";
const SDK_WEB = "import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';\n";
const SDK2_EXPRESS = "import { mcpAuthMetadataRouter } from '@modelcontextprotocol/express';\n";
const SDK2_NODE = "import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';\n";
const SDK_TYPES = "import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';\n";
const SDK_CLIENT = "import { Client } from '@modelcontextprotocol/sdk/client/index.js';\n";

createRuleTester().run('require-www-authenticate (MCP servers)', rule, {
  valid: [
    // not an MCP server: a plain Bearer challenge is enough
    {
      code: `app.post('/api', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
    },
    // express: the challenge names the metadata
    `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').end(); });`,
    // express: a template literal names it
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', \`Bearer resource_metadata="\${metadataUrl}"\`).end(); });`,
    // express: with error parameters first
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).header('WWW-Authenticate', \`Bearer error="invalid_token", resource_metadata="\${url}"\`).end(); });`,
    // express: built with +
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer resource_metadata="' + metadataUrl + '"').end(); });`,
    // express: a constant that names it
    `${SDK_MCP}const CHALLENGE = \`Bearer resource_metadata="\${process.env.METADATA_URL}"\`;
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', CHALLENGE).end(); });`,
    // express: the parameter name in capitals
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer Resource_Metadata="https://mcp.example.com/.well-known/oauth-protected-resource"').end(); });`,
    // express: the value comes from a call: not known
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', buildChallenge('invalid_token')).end(); });`,
    // express: the value is a parameter: not known
    `${SDK_MCP}function deny(res, challenge) { return res.status(401).set('WWW-Authenticate', challenge).end(); }`,
    // express: an expression outside a quoted value may add parameters: not known
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', \`Bearer \${params}\`).end(); });`,
    // express: the SDK helper inside the quoted value
    `${SDK_MCP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', \`Bearer resource_metadata="\${getOAuthProtectedResourceMetadataUrl(serverUrl)}"\`).end(); });`,
    // express: the SDK's bearer-auth middleware answers the 401 itself
    `${SDK_MCP}import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
app.post('/mcp', requireBearerAuth({ verifier, resourceMetadataUrl }), handleMcp);`,
    // the SDK's own middleware source: a header built by a function, in a file that imports no SDK module
    `import { InvalidTokenError } from '../errors';
export function requireAuth({ verifier, resourceMetadataUrl }) {
  const challengeFor = (code, message) => \`Bearer error="\${code}", error_description="\${message}"\` + (resourceMetadataUrl ? \`, resource_metadata="\${resourceMetadataUrl}"\` : '');
  return async (req, res, next) => {
    try { req.auth = await verifier.verify(req.headers.authorization); next(); }
    catch (error) { if (error instanceof InvalidTokenError) { res.set('WWW-Authenticate', challengeFor(error.errorCode, error.message)); res.status(401).json(error.toResponseObject()); } }
  };
}`,
    // the same middleware shape inside an MCP server: the value is built by a call, not known
    `${SDK_MCP}const challengeFor = (code) => \`Bearer error="\${code}"\` + extra;
app.use('/mcp', async (req, res, next) => { try { req.auth = await verify(req); next(); } catch (error) { res.set('WWW-Authenticate', challengeFor(error.errorCode)); res.status(401).json({ error: 'invalid_token' }); } });`,
    // an OAuth authorization server on the SDK's auth modules: its token endpoint's 401 names the client's scheme
    "import { InvalidClientError } from '@modelcontextprotocol/sdk/server/auth/errors.js';\napp.post('/token', (req, res) => { if (!client) return res.status(401).set('WWW-Authenticate', 'Basic realm=\"oauth\"').json(new InvalidClientError('unknown client').toResponseObject()); });",
    // an MCP client is no server
    {
      code: `${SDK_CLIENT}app.get('/callback', (req, res) => { if (!req.query.code) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
    },
    // the SDK's types without an MCP route or transport
    {
      code: `${SDK_TYPES}app.post('/api/tools', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
    },
    // express: a 403 for insufficient scope is not this rule's
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth.scopes.includes('tools')) return res.status(403).set('WWW-Authenticate', 'Bearer error="insufficient_scope"').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
    },
    // express: 401 errors handled centrally (errorHandlerAddsChallenge)
    {
      code: `${SDK_HTTP}import createError from 'http-errors';
app.post('/mcp', (req, res, next) => { if (!req.auth) return next(createError(401, 'no token')); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp', errorHandlerAddsChallenge: true }],
    },
    // express: the header object form
    `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.set({ 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }).status(401).end(); });`,
    // express: two challenges, the Bearer one names it
    `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Basic realm="mcp", Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').end(); });`,
    // express: a helper sets the challenge: not known
    `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) { setChallenge(res); return res.status(401).end(); } });`,
    // express: the header set earlier in the handler
    `${SDK_HTTP}app.post('/mcp', (req, res) => {
  res.setHeader('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"');
  if (!req.auth) return res.status(401).end();
  res.removeHeader('WWW-Authenticate');
});`,
    // express: a test of the server reads statuses, it sends none
    `${SDK_HTTP}it('rejects', async () => { const res = await request(app).post('/mcp'); expect(res.status).toBe(401); });`,
    // express: a client-side status check in an MCP server
    `${SDK_HTTP}async function callUpstream() { const r = await fetch(url); if (r.status === 401) await refreshToken(); }`,
    // express: the option set, but the file is no MCP server
    {
      code: `app.get('/me', (req, res) => { if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer realm="api"').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
    },
    // hono: the headers argument names it
    `${SDK_WEB}app.post('/mcp', (c) => { if (!c.get('auth')) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }); });`,
    // hono: c.header() earlier names it
    `${SDK_WEB}app.post('/mcp', (c) => { if (!c.get('auth')) { c.header('WWW-Authenticate', \`Bearer resource_metadata="\${metadataUrl}"\`); return c.json({ error: 'unauthorized' }, 401); } });`,
    // hono: c.res.headers.set() names it
    `${SDK_WEB}app.post('/mcp', (c) => { c.status(401); c.res.headers.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"'); return c.body(null); });`,
    // hono: bearerAuth sets the challenge itself
    `${SDK_WEB}import { bearerAuth } from 'hono/bearer-auth';
app.use('/mcp', bearerAuth({ verifyToken }));`,
    // hono: headers passed in: not known
    `${SDK_WEB}const deny = (c, headers) => c.json({ error: 'unauthorized' }, 401, headers);`,
    // node:http: writeHead with the metadata
    `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }); res.end(); } });`,
    // node:http: setHeader with the metadata, then statusCode
    `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.setHeader('WWW-Authenticate', \`Bearer resource_metadata="\${metadataUrl}"\`); res.statusCode = 401; res.end(); } });`,
    // node:http: headers from a variable: not known
    `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.writeHead(401, unauthorizedHeaders); res.end(); } });`,
    // node:http: a stdio server answers no HTTP request
    `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
const transport = new StdioServerTransport();
await server.connect(transport);`,
    // next: a Response with the metadata
    `${SDK_WEB}export async function POST(request: Request) { if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' } }); }`,
    // next: NextResponse.json with the metadata
    `${SDK_WEB}import { NextResponse } from 'next/server';
export async function GET(req) { if (!req.headers.get('authorization')) return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' } }); }`,
    // web: new Headers with the metadata
    `${SDK_WEB}export async function POST(request: Request) {
  const headers = new Headers({ 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' });
  if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers });
}`,
    // web: headers.set with the metadata
    `${SDK_WEB}export async function POST(request: Request) {
  const headers = new Headers();
  headers.set('WWW-Authenticate', \`Bearer resource_metadata="\${metadataUrl}"\`);
  if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers });
}`,
    // web: Response.json with the metadata
    `${SDK_WEB}export default { async fetch(request) { if (!request.headers.get('authorization')) return Response.json({ error: 'invalid_token' }, { status: 401, headers: { 'www-authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' } }); } };`,
    // web: a ResponseInit from elsewhere: not known
    `${SDK_WEB}export async function POST(request: Request) { if (!request.headers.get('authorization')) return new Response(null, unauthorizedInit); }`,
    // web: a 200 from the metadata route
    `${SDK_WEB}export async function GET() { return Response.json({ resource: 'https://mcp.example.com/mcp', authorization_servers: ['https://auth.example.com'] }); }`,
    // koa: ctx.set with the metadata
    `${SDK_HTTP}router.post('/mcp', (ctx) => { if (!ctx.state.auth) { ctx.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"'); ctx.status = 401; return; } });`,
    // fastify: reply.header with the metadata
    `${SDK_HTTP}fastify.post('/mcp', async (request, reply) => { if (!request.auth) return reply.header('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').code(401).send({ error: 'unauthorized' }); });`,
  ],
  invalid: [
    // express: no challenge, no URL known: the message says what to add, no suggestion
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.headers.authorization) return res.status(401).json({ error: 'unauthorized' }); });`,
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 84,
          data: { challenge: 'Bearer resource_metadata="<absolute URL of the /.well-known/oauth-protected-resource metadata>"' },
          suggestions: [],
        },
      ],
    },
    // express: no challenge, the URL from the option
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.headers.authorization) return res.status(401).json({ error: 'unauthorized' }); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 84,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.headers.authorization) return res.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').status(401).json({ error: 'unauthorized' }); });`,
            },
          ],
        },
      ],
    },
    // express: no challenge, the URL held by a constant built with the SDK helper
    {
      code: `${SDK_MCP}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.post('/mcp', (req, res) => { if (!req.headers.authorization) return res.status(401).json({ error: 'unauthorized' }); });`,
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 3, column: 84,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_MCP}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.post('/mcp', (req, res) => { if (!req.headers.authorization) return res.set('WWW-Authenticate', \`Bearer resource_metadata="\${metadataUrl}"\`).status(401).json({ error: 'unauthorized' }); });`,
            },
          ],
        },
      ],
    },
    // express: no challenge, the URL as a literal constant
    {
      code: `${SDK_MCP}const RESOURCE_METADATA = 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp';
app.post('/mcp', (req, res) => { if (!req.auth) return res.sendStatus(401); });`,
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 3, column: 71,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_MCP}const RESOURCE_METADATA = 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp';
app.post('/mcp', (req, res) => { if (!req.auth) return res.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').sendStatus(401); });`,
            },
          ],
        },
      ],
    },
    // express: no challenge, the metadata route the file serves joined to its base URL
    {
      code: `${SDK_MCP}const BASE_URL = 'http://localhost:3000';
app.get('/.well-known/oauth-protected-resource/mcp', (req, res) => res.json(metadata));
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).end(); });`,
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 4, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_MCP}const BASE_URL = 'http://localhost:3000';
app.get('/.well-known/oauth-protected-resource/mcp', (req, res) => res.json(metadata));
app.post('/mcp', (req, res) => { if (!req.auth) return res.set('WWW-Authenticate', 'Bearer resource_metadata="http://localhost:3000/.well-known/oauth-protected-resource/mcp"').status(401).end(); });`,
            },
          ],
        },
      ],
    },
    // express: no challenge, the metadata route without a base URL: the message names the route
    {
      code: `${SDK_MCP}app.get('/.well-known/oauth-protected-resource/mcp', (req, res) => res.json(metadata));
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).end(); });`,
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 3, column: 67,
          data: { challenge: 'Bearer resource_metadata="<absolute URL of the route /.well-known/oauth-protected-resource/mcp>"' },
          suggestions: [],
        },
      ],
    },
    // express: a Bearer challenge without resource_metadata, chained
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' }); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').json({ error: 'unauthorized' }); });`,
            },
          ],
        },
      ],
    },
    // express: a challenge with a parameter, set before the status
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => {
  if (!req.auth) {
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
    return res.status(401).json({ error: 'invalid_token' });
  }
});`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 5, column: 23,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_HTTP}app.post('/mcp', (req, res) => {
  if (!req.auth) {
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"');
    return res.status(401).json({ error: 'invalid_token' });
  }
});`,
            },
          ],
        },
      ],
    },
    // express: a double-quoted literal: the URL is escaped for it
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.header("WWW-Authenticate", "Bearer").status(401).end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 104,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.header("WWW-Authenticate", "Bearer resource_metadata=\\"https://mcp.example.com/.well-known/oauth-protected-resource/mcp\\"").status(401).end(); });`,
            },
          ],
        },
      ],
    },
    // express: a template literal, the URL held by a constant
    {
      code: `${SDK_MCP}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', \`Bearer realm="\${realm}"\`).end(); });`,
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 3, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_MCP}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', \`Bearer realm="\${realm}", resource_metadata="\${metadataUrl}"\`).end(); });`,
            },
          ],
        },
      ],
    },
    // express: a string literal, the URL held by a constant: it becomes a template literal
    {
      code: `${SDK_MCP}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer realm="mcp"').end(); });`,
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 3, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_MCP}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', \`Bearer realm="mcp", resource_metadata="\${metadataUrl}"\`).end(); });`,
            },
          ],
        },
      ],
    },
    // express: a challenge without resource_metadata and no URL known: no suggestion
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); });`,
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 67,
          data: { parameter: 'resource_metadata="<absolute URL of the /.well-known/oauth-protected-resource metadata>"' },
          suggestions: [],
        },
      ],
    },
    // express: the challenge held by a constant is read, but only a literal at the site is edited
    {
      code: `${SDK_HTTP}const CHALLENGE = 'Bearer realm="mcp"';
app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', CHALLENGE).end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 3, column: 67,
          suggestions: [],
        },
      ],
    },
    // express: the challenge option is kept, the parameter follows its own
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp', challenge: 'Bearer realm="mcp"' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.set('WWW-Authenticate', 'Bearer realm="mcp", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').status(401).end(); });`,
            },
          ],
        },
      ],
    },
    // express: v2 middleware package
    {
      code: `${SDK2_EXPRESS}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).json({ error: 'unauthorized' }); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK2_EXPRESS}app.post('/mcp', (req, res) => { if (!req.auth) return res.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').status(401).json({ error: 'unauthorized' }); });`,
            },
          ],
        },
      ],
    },
    // express: the SDK's types and an /mcp route
    {
      code: `${SDK_TYPES}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_TYPES}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').end(); });`,
            },
          ],
        },
      ],
    },
    // express: CommonJS require of the SSE transport
    {
      code: `const { SSEServerTransport } = require('@modelcontextprotocol/sdk/server/sse.js');
app.get('/sse', (req, res) => { if (!req.auth) { res.status(401).send('Unauthorized'); return; } });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 61,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `const { SSEServerTransport } = require('@modelcontextprotocol/sdk/server/sse.js');
app.get('/sse', (req, res) => { if (!req.auth) { res.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').status(401).send('Unauthorized'); return; } });`,
            },
          ],
        },
      ],
    },
    // express: resource_metadata only inside another parameter's quoted value does not count
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer error_description="resource_metadata=missing"').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 67,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Bearer error_description="resource_metadata=missing", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"').end(); });`,
            },
          ],
        },
      ],
    },
    // express: two challenges in one value: reported, no suggestion
    {
      code: `${SDK_HTTP}app.post('/mcp', (req, res) => { if (!req.auth) return res.status(401).set('WWW-Authenticate', 'Basic realm="mcp", Bearer').end(); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 67,
          suggestions: [],
        },
      ],
    },
    // hono: c.json without a challenge
    {
      code: `${SDK_WEB}app.post('/mcp', (c) => { if (!c.req.header('Authorization')) return c.json({ error: 'unauthorized' }, 401); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 104,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_WEB}app.post('/mcp', (c) => { if (!c.req.header('Authorization')) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }); });`,
            },
          ],
        },
      ],
    },
    // hono: c.header() earlier, without resource_metadata
    {
      code: `${SDK_WEB}app.post('/mcp', (c) => {
  if (!c.get('auth')) {
    c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
    return c.json({ error: 'invalid_token' }, 401);
  }
});`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 5, column: 47,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_WEB}app.post('/mcp', (c) => {
  if (!c.get('auth')) {
    c.header('WWW-Authenticate', 'Bearer error="invalid_token", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"');
    return c.json({ error: 'invalid_token' }, 401);
  }
});`,
            },
          ],
        },
      ],
    },
    // hono: the headers argument, without resource_metadata
    {
      code: `${SDK_WEB}app.post('/mcp', (c) => { if (!c.get('auth')) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' }); });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 88,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_WEB}app.post('/mcp', (c) => { if (!c.get('auth')) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }); });`,
            },
          ],
        },
      ],
    },
    // hono: middleware with the constant the SDK helper builds
    {
      code: `${SDK_WEB}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.use('/mcp', async (c, next) => { if (!c.req.header('Authorization')) return c.text('Unauthorized', 401, { 'WWW-Authenticate': \`Bearer error="invalid_request"\` }); await next(); });`,
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 3, column: 104,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_WEB}const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL('https://mcp.example.com/mcp'));
app.use('/mcp', async (c, next) => { if (!c.req.header('Authorization')) return c.text('Unauthorized', 401, { 'WWW-Authenticate': \`Bearer error="invalid_request", resource_metadata="\${metadataUrl}"\` }); await next(); });`,
            },
          ],
        },
      ],
    },
    // node:http: writeHead(401) without a challenge
    {
      code: `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.writeHead(401); res.end(); return; } });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 78,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }); res.end(); return; } });`,
            },
          ],
        },
      ],
    },
    // node:http: writeHead(401, headers) without resource_metadata
    {
      code: `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end(); return; } });`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 78,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK2_NODE}createServer((req, res) => { if (!req.headers.authorization) { res.writeHead(401, { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' }).end(); return; } });`,
            },
          ],
        },
      ],
    },
    // node:http: setHeader then statusCode
    {
      code: `${SDK2_NODE}createServer((req, res) => {
  if (!req.headers.authorization) {
    res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
    res.statusCode = 401;
    res.end();
  }
});`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 5, column: 22,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK2_NODE}createServer((req, res) => {
  if (!req.headers.authorization) {
    res.setHeader('www-authenticate', 'Bearer error="invalid_token", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"');
    res.statusCode = 401;
    res.end();
  }
});`,
            },
          ],
        },
      ],
    },
    // next: a route handler's Response without a challenge
    {
      code: `${SDK_WEB}export async function POST(request: Request) { if (!request.headers.get('authorization')) return new Response('Unauthorized', { status: 401 }); }`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 2, column: 137,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_WEB}export async function POST(request: Request) { if (!request.headers.get('authorization')) return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' } }); }`,
            },
          ],
        },
      ],
    },
    // next: a Response whose challenge lacks resource_metadata
    {
      code: `${SDK_WEB}export async function POST(request: Request) { if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); }`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 127,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_WEB}export async function POST(request: Request) { if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' } }); }`,
            },
          ],
        },
      ],
    },
    // next: NextResponse.json without a challenge
    {
      code: `${SDK_WEB}import { NextResponse } from 'next/server';
export async function GET(req) { if (!req.headers.get('authorization')) return NextResponse.json({ error: 'unauthorized' }, { status: 401 }); }`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingMcpChallenge', line: 3, column: 135,
          suggestions: [
            {
              messageId: 'suggestAddChallenge',
              output: `${SDK_WEB}import { NextResponse } from 'next/server';
export async function GET(req) { if (!req.headers.get('authorization')) return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"' } }); }`,
            },
          ],
        },
      ],
    },
    // web: Response.json with a template literal challenge and a literal URL
    {
      code: `${SDK_WEB}export default { async fetch(request) { if (!request.headers.get('authorization')) return Response.json({ error: 'invalid_token' }, { status: 401, headers: { 'WWW-Authenticate': \`Bearer error="invalid_token"\` } }); } };`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 2, column: 143,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_WEB}export default { async fetch(request) { if (!request.headers.get('authorization')) return Response.json({ error: 'invalid_token' }, { status: 401, headers: { 'WWW-Authenticate': \`Bearer error="invalid_token", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"\` } }); } };`,
            },
          ],
        },
      ],
    },
    // web: Headers built earlier, without resource_metadata
    {
      code: `${SDK_WEB}export async function POST(request: Request) {
  const headers = new Headers();
  headers.set('WWW-Authenticate', 'Bearer');
  if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers });
}`,
      options: [{ resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp' }],
      errors: [
        {
          messageId: 'missingResourceMetadata', line: 5, column: 82,
          suggestions: [
            {
              messageId: 'suggestAddResourceMetadata',
              output: `${SDK_WEB}export async function POST(request: Request) {
  const headers = new Headers();
  headers.set('WWW-Authenticate', 'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"');
  if (!request.headers.get('authorization')) return new Response(null, { status: 401, headers });
}`,
            },
          ],
        },
      ],
    },
  ],
});
