import { CONSOLE_PATHS } from './console-paths.js';

/**
 * The console page: a roster picker and the conversations of the played person on the left, Web Chat on
 * the right. The script (public/console.js) fills both in; the page's words follow the played person's
 * language, also after `language en` / `språk nb` (it asks `/console/api/status` every second), and it opens its
 * conversation again by itself after the app was out of reach or restarted.
 */
export function renderConsolePage(options: { webChatAvailable: boolean }): string {
  const missing = options.webChatAvailable
    ? ''
    : `<p class="problem" role="alert">Web Chat (botframework-webchat) er ikke installert: kjør <code>npm install</code>. / Web Chat is not installed: run <code>npm install</code>.</p>`;
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saksgang – lokal konsoll</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CONSOLE_PATHS.assets}/console.css">
</head>
<body>
<aside id="console-sidebar">
  <h1>Saksgang</h1>
  <p class="subtle" id="console-intro"></p>
  <label for="console-person" id="console-person-label"></label>
  <select id="console-person"></select>
  <p class="subtle" id="console-person-details"></p>
  <h2 id="console-conversations-title"></h2>
  <nav id="console-conversations" aria-labelledby="console-conversations-title"></nav>
  <button type="button" id="console-reload" class="link"></button>
</aside>
<main>
  <header><h2 id="console-title"></h2></header>
  ${missing}
  <div id="console-webchat" role="region" aria-labelledby="console-title"></div>
</main>
${options.webChatAvailable ? `<script src="${CONSOLE_PATHS.webChat}/webchat.js"></script>` : ''}
<script src="${CONSOLE_PATHS.assets}/console.js"></script>
</body>
</html>`;
}
