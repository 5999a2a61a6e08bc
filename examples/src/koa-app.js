// Koa: ctx.assert and ctx.throw.
import Koa from 'koa';

export const app = new Koa();

app.use(async (ctx, next) => {
  // ✗ an anonymous requester gets 403: should be 401.
  ctx.assert(ctx.state.user, 403, 'Please log in');
  await next();
});

app.use(async (ctx, next) => {
  if (!ctx.headers.authorization) {
    // ✗ Koa's error handler drops headers set on ctx before a throw.
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.throw(401, 'token required');
  }
  await next();
});

app.use(async (ctx) => {
  if (!ctx.state.user) {
    // ✓ the challenge travels with the error.
    ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  // ✓ ownership: 403.
  if (ctx.state.user.id !== ctx.params.ownerId) ctx.throw(403, 'not yours');
});
