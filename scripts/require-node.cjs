// Stops `npm ci` and `npm start` under a Node older than the studio needs, with one
// line instead of a crash later. Plain CommonJS of the oldest syntax, so any Node runs it.
'use strict';
var needed = 24;
var major = Number(process.versions.node.split('.')[0]);
if (major < needed) {
  console.error(
    'CrossLive Studio needs Node ' +
      needed +
      ' or newer (this is ' +
      process.version +
      '): ' +
      'install it with `npm i -g node@' +
      needed +
      '`, nvm (`nvm install ' +
      needed +
      '`) or from nodejs.org.',
  );
  process.exit(1);
}
