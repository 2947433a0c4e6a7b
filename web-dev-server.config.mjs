// `npm start`: serves the demo site against the freshly built dist/, with the reference consent
// receiver at /demo/consent writing to demo/consent-log.jsonl.
import { createReceiver } from './demo/consent-receiver.mjs';

const receiver = createReceiver(new URL('./demo/consent-log.jsonl', import.meta.url).pathname);

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  nodeResolve: true,
  middleware: [
    (context, next) => {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      if (context.path !== '/demo/consent') return next();
      context.respond = false;
      return new Promise((resolve) => {
        context.res.on('finish', resolve);
        receiver(context.req, context.res);
      });
    },
  ],
};
