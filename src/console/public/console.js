// The Saksgang console page: pick who to play, pick a conversation, chat through Web Chat (Direct Line).
(function () {
  'use strict';

  var TEXTS = {
    nb: {
      intro: 'Lokal konsoll: spill hvem som helst i rosteret, uten Slack eller Teams.',
      playAs: 'Du er',
      conversations: 'Samtaler',
      direct: 'Direktemeldinger',
      channel: 'Kanal',
      reload: 'Last rosteret på nytt',
      empty: 'Rosteret er tomt. Kjør «npm run seed» eller «npm run import -- <fil>», og last på nytt.',
      directWith: 'Direktemeldinger med Saksgang',
      channelAs: 'som',
      roles: { secretariat: 'sekretariat', chair: 'leder', member: 'medlem', observer: 'observatør', owner: 'tiltakseier', contact: 'porteføljekontakt' },
      groups: { secretariat: 'Sekretariat', chair: 'Ledere', member: 'Medlemmer', observer: 'Observatører', owner: 'Tiltakseiere', contact: 'Porteføljekontakter', none: 'Andre' },
      failed: 'Konsollen fikk ikke kontakt med Saksgang: ',
      title: 'Saksgang – lokal konsoll',
    },
    en: {
      intro: 'Local console: play anyone in the roster, without Slack or Teams.',
      playAs: 'You are',
      conversations: 'Conversations',
      direct: 'Direct messages',
      channel: 'Channel',
      reload: 'Reload the roster',
      empty: 'The roster is empty. Run "npm run seed" or "npm run import -- <file>", then reload.',
      directWith: 'Direct messages with Saksgang',
      channelAs: 'as',
      roles: { secretariat: 'secretariat', chair: 'chair', member: 'member', observer: 'observer', owner: 'initiative owner', contact: 'portfolio contact' },
      groups: { secretariat: 'Secretariat', chair: 'Chairs', member: 'Members', observer: 'Observers', owner: 'Initiative owners', contact: 'Portfolio contacts', none: 'Others' },
      failed: 'The console could not reach Saksgang: ',
      title: 'Saksgang – local console',
    },
  };
  var GROUP_ORDER = ['secretariat', 'chair', 'member', 'observer', 'owner', 'contact', 'none'];

  var state = {
    roster: { people: [], channels: [] },
    locale: (navigator.language || 'nb').toLowerCase().indexOf('en') === 0 ? 'en' : 'nb',
    person: null,
    channel: null,
    directLine: null,
    webChatElement: null,
    session: null,
    // The app start the page talks to (from /console/api/status) and whether it was out of reach since.
    bootId: null,
    lost: false,
    opening: false,
    rosterFailed: false,
  };
  // How often the page asks the app whether it restarted and which language the played person has.
  var STATUS_EVERY_MS = 1000;
  // For tests and curious developers: what the page currently shows.
  window.saksgangConsole = { ready: false, conversationId: null, person: null };

  function $(id) { return document.getElementById(id); }
  function text() { return TEXTS[state.locale]; }
  function readUrl() {
    var params = new URLSearchParams(location.search);
    return { person: params.get('person'), channel: params.get('channel') };
  }
  function writeUrl() {
    var params = new URLSearchParams();
    if (state.person) params.set('person', state.person.key);
    if (state.channel) params.set('channel', state.channel.key);
    history.replaceState(null, '', '?' + params.toString());
  }

  function describe(person) {
    var t = text();
    var roles = person.roles.map(function (r) { return t.roles[r.kind] + ' ' + r.of; });
    return [person.organisation].concat(roles).filter(Boolean).join(' · ');
  }

  function renderChrome() {
    var t = text();
    document.documentElement.lang = state.locale;
    document.title = t.title;
    $('console-intro').textContent = t.intro;
    $('console-person-label').textContent = t.playAs;
    $('console-conversations-title').textContent = t.conversations;
    $('console-reload').textContent = t.reload;
  }

  function renderPicker() {
    var t = text();
    var select = $('console-person');
    select.textContent = '';
    var groups = {};
    state.roster.people.forEach(function (person) {
      var kind = person.roles[0] ? person.roles[0].kind : 'none';
      (groups[kind] = groups[kind] || []).push(person);
    });
    GROUP_ORDER.forEach(function (kind) {
      if (!groups[kind]) return;
      var group = document.createElement('optgroup');
      group.label = t.groups[kind];
      groups[kind].forEach(function (person) {
        var option = document.createElement('option');
        option.value = person.key;
        option.textContent = person.name + (person.organisation ? ' – ' + person.organisation : '');
        group.appendChild(option);
      });
      select.appendChild(group);
    });
    if (state.person) select.value = state.person.key;
  }

  function renderConversations() {
    var t = text();
    var nav = $('console-conversations');
    nav.textContent = '';
    function add(label, channel) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.dataset.conversation = channel ? channel.key : 'direct';
      button.setAttribute('aria-current', String((state.channel && channel && state.channel.key === channel.key) || (!state.channel && !channel)));
      button.addEventListener('click', function () {
        state.channel = channel;
        open();
      });
      nav.appendChild(button);
    }
    add(t.direct, null);
    state.roster.channels.forEach(function (channel) { add('# ' + channel.key, channel); });
  }

  function showProblem(message) {
    var host = $('console-webchat');
    host.textContent = '';
    var p = document.createElement('p');
    p.className = 'problem';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    host.appendChild(p);
  }

  // Everything on the page around Web Chat, in the played person's language.
  function renderPage() {
    state.locale = state.person.locale;
    renderChrome();
    renderPicker();
    renderConversations();
    var t = text();
    $('console-person-details').textContent = describe(state.person);
    $('console-title').textContent = state.channel
      ? t.channel + ' #' + state.channel.key + ' (' + state.channel.name + ') – ' + t.channelAs + ' ' + state.person.name
      : t.directWith + ' – ' + state.person.name;
  }

  function renderChat() {
    window.WebChat.renderWebChat(
      {
        directLine: state.directLine,
        userID: state.session.user.id,
        username: state.session.user.name,
        locale: state.locale === 'en' ? 'en-US' : 'nb-NO',
        styleOptions: { botAvatarInitials: 'SG', userAvatarInitials: initials(state.session.user.name), bubbleMaxWidth: 720, hideUploadButton: true },
      },
      state.webChatElement,
    );
  }

  async function open() {
    if (!state.person) return;
    state.opening = true;
    try {
      await openConversation();
    } finally {
      state.opening = false;
    }
  }

  async function openConversation() {
    renderPage();
    writeUrl();
    var t = text();
    window.saksgangConsole.ready = false;
    if (state.directLine) {
      state.directLine.end();
      state.directLine = null;
    }
    var response = await fetch('/console/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person: state.person.key, channel: state.channel ? state.channel.key : undefined }),
    });
    if (!response.ok) return showProblem(t.failed + response.status);
    var session = await response.json();
    state.session = session;
    if (!window.WebChat) return;
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: location.origin + '/console/directline',
      webSocket: false,
      pollingInterval: 500,
    });
    state.directLine = directLine;
    // A fresh element per conversation, so nothing of the previous transcript is left behind.
    var host = $('console-webchat');
    host.textContent = '';
    var element = document.createElement('div');
    host.appendChild(element);
    state.webChatElement = element;
    renderChat();
    window.saksgangConsole = { ready: true, conversationId: session.conversationId, person: state.person.key, locale: state.locale, opened: (window.saksgangConsole.opened || 0) + 1 };
  }

  // Direct Line (polling) stops for good at the first failed poll, and a restarted app has forgotten the
  // transcript: when the app was out of reach or started anew, the conversation is opened again. When the
  // played person changed language (`language en`), the page's words and Web Chat's follow.
  async function checkStatus() {
    if (state.opening) return;
    if (!state.person) {
      // The app was out of reach when the page loaded: load the roster once it answers.
      if (state.rosterFailed) await loadRoster();
      return;
    }
    var status;
    try {
      var response = await fetch('/console/api/status?person=' + encodeURIComponent(state.person.key), { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      status = await response.json();
    } catch (error) {
      state.lost = true;
      return;
    }
    var restarted = state.bootId !== null && status.bootId !== state.bootId;
    var reconnect = state.lost || restarted;
    state.bootId = status.bootId;
    state.lost = false;
    if (status.locale && status.locale !== state.person.locale) {
      state.person.locale = status.locale;
      if (!reconnect) {
        renderPage();
        if (state.directLine && state.webChatElement) renderChat();
        window.saksgangConsole.locale = state.locale;
      }
    }
    if (reconnect) await open();
  }

  function watchStatus() {
    checkStatus().catch(function () { state.lost = true; }).then(function () { setTimeout(watchStatus, STATUS_EVERY_MS); });
  }

  function initials(name) {
    return name.split(/\s+/).map(function (part) { return part.charAt(0); }).join('').slice(0, 2).toUpperCase();
  }

  async function loadRoster() {
    state.rosterFailed = true;
    var response = await fetch('/console/api/roster');
    if (!response.ok) return showProblem(text().failed + response.status);
    state.roster = await response.json();
    state.rosterFailed = false;
    renderChrome();
    if (state.roster.people.length === 0) {
      renderPicker();
      renderConversations();
      return showProblem(text().empty);
    }
    var wanted = readUrl();
    state.person = state.roster.people.find(function (p) { return p.key === (state.person ? state.person.key : wanted.person); }) || state.roster.people[0];
    var channelKey = state.channel ? state.channel.key : wanted.channel;
    state.channel = state.roster.channels.find(function (c) { return c.key === channelKey; }) || null;
    await open();
  }

  $('console-person').addEventListener('change', function (event) {
    state.person = state.roster.people.find(function (p) { return p.key === event.target.value; }) || null;
    state.channel = null;
    open();
  });
  $('console-reload').addEventListener('click', function () { loadRoster(); });
  renderChrome();
  loadRoster()
    .catch(function (error) { showProblem(text().failed + error.message); })
    .then(function () { setTimeout(watchStatus, STATUS_EVERY_MS); });
})();
