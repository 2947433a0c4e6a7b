// `npm start`: serves the demo against the freshly built dist/.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  appIndex: undefined,
  nodeResolve: true,
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
